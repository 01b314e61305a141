"""The examples run as a newcomer would run them, and say what they should."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from checkout import copy_checkout, git

EXAMPLES = Path(__file__).parents[1] / "examples"
SCRIPTS = sorted(path.name for path in EXAMPLES.glob("*.py"))  # tour.ipynb runs in a kernel below
WIDTH = 80  # columns: what an example prints for people to read fits a terminal this wide


def run(name: str) -> str:
    """Run an example in a fresh interpreter and return what it printed."""
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / name)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    return done.stdout


def test_quickstart_tours_the_brief() -> None:
    """The quickstart prints the challenges, the homicide figures and Neptune, quoted."""
    out = run("quickstart.py")
    assert "CHALLENGES\n  [drug-transit] Honduras as a transit country for drugs" in out
    assert "  2012: 85.5 (reported)\n  2013: 80 (projected)" in out
    assert "computed change: -6.4327 percent, -6.4 at the text's precision" in out
    assert "a 6.4 percent decrease -> agrees: True" in out
    assert "seized:  September 19-26, 2013 (8 days)" in out
    assert "inferred: The text gives the month and days but no year" in out
    assert "worth:   $500 to $800 million" in out
    assert "target:  Los Cachiros" in out
    assert '"Honduras suffers from violence and a high homicide rate."' in out


def test_homicide_change_is_checked() -> None:
    """The homicide example computes the change and checks the stated one."""
    out = run("homicide_change.py")
    assert "exact change: -6.432748538011695906432748538 percent" in out
    assert "in words:     a 6.4 percent decrease" in out
    assert (
        "the text says: a 6.4 percent decrease -> agrees\n"
        "               (computed -6.4 at 1 decimal place)\n"
    ) in out
    assert "quoted from characters 1538-1549: '6.4 percent'" in out


def test_timeline_lists_every_dated_fact_in_order() -> None:
    """The timeline holds every dated figure and record under its period, sorted, stated or inferred."""
    out = run("timeline.py")
    headings = [line for line in out.splitlines() if not line.startswith(" ")]
    assert headings == [  # open first; the two records dated 2012 in their own words, once
        "by the end of the first half of 2013 (inferred)",
        "2012 (stated)",
        "2013 (stated)",
        "September 19\u201326, 2013 (inferred)",
    ]
    facts = [line for line in out.splitlines() if line.startswith("  ") and line[2] != " "]
    assert len(facts) == 8
    assert (
        "2012 (stated)\n"
        "  share of the primary flow of cocaine trafficked to the United States that\n"
        "    first transited through the Central American corridor\n"
        "  homicide rate in Honduras\n"
    ) in out


def test_export_writes_csv_and_a_dataframe(tmp_path: Path) -> None:
    """The export example writes the CSV and shows the DataFrame's types."""
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "export.py"), str(tmp_path)],
        capture_output=True, text=True, encoding="utf-8", check=True, timeout=120,
    )  # fmt: skip
    assert "wrote 15 figures to" in done.stdout
    assert (
        (tmp_path / "honduras-figures.csv")
        .read_text(encoding="utf-8")
        .startswith("record_id,record_kind,")
    )
    dtypes = dict(line.split(maxsplit=1) for line in done.stdout.splitlines()[-3:])
    assert dtypes["period_start"] == "date32[day][pyarrow]"
    rows = {line.split()[0]: line.split()[1:] for line in done.stdout.splitlines()[2:-3]}
    qualifier, low, high = rows["police-and-prosecutors-removed"]  # "dozens": at least 24
    assert (qualifier, Decimal(low), high) == ("dozens", Decimal(24), "<NA>")


def closed_pipe(args: list[str], cwd: Path, *, buffered: bool) -> subprocess.CompletedProcess[str]:
    """Run *args* with standard output a pipe whose reader has already left."""
    reader, writer = os.pipe()
    os.close(reader)  # as ``| head`` does once it has its line: every write now fails
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    if not buffered:  # each print is written at once, so the failure comes inside main()
        env["PYTHONUNBUFFERED"] = "1"
    try:
        return subprocess.run(
            args, stdout=writer, stderr=subprocess.PIPE, cwd=cwd, env=env,
            text=True, encoding="utf-8", check=False, timeout=120,
        )  # fmt: skip
    finally:
        os.close(writer)


@pytest.mark.parametrize("buffered", [True, False], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize("name", SCRIPTS)
def test_an_example_stops_quietly_when_its_reader_leaves(
    name: str, buffered: bool, tmp_path: Path
) -> None:
    """Piped into a reader that has gone (``| head -1``), an example says nothing and exits 141."""
    done = closed_pipe([sys.executable, str(EXAMPLES / name)], tmp_path, buffered=buffered)
    assert done.stderr == ""
    assert done.returncode == 141  # as the package's command line, and a shell after SIGPIPE


@pytest.mark.parametrize("name", SCRIPTS)
def test_an_example_prints_lines_that_fit_80_columns(name: str, tmp_path: Path) -> None:
    """Every line an example prints fits 80 columns: quotes and lists are wrapped."""
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / name)],
        cwd=tmp_path, capture_output=True, text=True, encoding="utf-8", check=False, timeout=120,
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.strip()
    too_long = [line for line in done.stdout.splitlines() if len(line) > WIDTH]
    assert too_long == []


# The chart example is tested in test_chart.py: as a script, and read back from its figure.


@pytest.mark.parametrize("name", SCRIPTS)
def test_an_example_writes_only_into_the_ignored_output_folder(name: str, tmp_path: Path) -> None:
    """Run from a clean copy's root with no arguments, an example leaves git status empty."""
    checkout = copy_checkout(tmp_path / "checkout")
    done = subprocess.run(
        [sys.executable, f"examples/{name}"],
        cwd=checkout, capture_output=True, text=True, encoding="utf-8", check=False, timeout=120,
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert git(checkout, "status", "--porcelain", "--untracked-files=all") == ""
    wrote = [line.rpartition(" ")[2] for line in done.stdout.splitlines() if line[:6] == "wrote "]
    for path in wrote:
        assert Path(path).parts[0] == "output" and (checkout / path).is_file()
    assert bool(wrote) == (name in {"chart.py", "export.py"})  # the others only print


# (example, its arguments under out/, the library hidden, what it says, the extra)
MISSING = [
    ("chart.py", ["-o", "out/chart.svg"], "matplotlib", "chart.py needs the plot extra (matplotlib)", "plot"),
    ("export.py", ["out"], "pandas", "export.py needs the pandas extra (pandas, pyarrow)", "pandas"),
    ("export.py", ["out"], "pyarrow", "export.py needs the pandas extra (pandas, pyarrow)", "pandas"),
    ("api.py", [], "fastapi", "this example needs the api extra (pydantic, FastAPI)", "api"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "args", "hidden", "says", "extra"), MISSING)
def test_a_missing_extra_is_named_in_one_line_before_anything_is_written(
    name: str, args: list[str], hidden: str, says: str, extra: str, tmp_path: Path
) -> None:
    """Without its optional library, an example names the extra, exits 1 and writes nothing."""
    hide_and_run = (
        "import runpy, sys\n"
        f"sys.modules[{hidden!r}] = None  # import {hidden} now raises ModuleNotFoundError\n"
        f"sys.path.insert(0, {str(EXAMPLES)!r})\n"
        f"sys.argv = {[name, *args]!r}\n"
        f"runpy.run_path({str(EXAMPLES / name)!r}, run_name='__main__')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", hide_and_run],
        cwd=tmp_path, capture_output=True, text=True, encoding="utf-8", check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr == (
        f"{says}; from the repository's root: python -m pip install '.[{extra}]'\n"
    )
    assert done.stdout == ""
    assert sorted(tmp_path.iterdir()) == []  # no out/, no output/: nothing written


@pytest.fixture(scope="module")
def api() -> Any:
    """FastAPI's TestClient on examples/api.py's app, answering 500 where the app fails."""
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    spec = importlib.util.spec_from_file_location("api_example", EXAMPLES / "api.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return TestClient(module.app, raise_server_exceptions=False)


# The query parameters that name a record, and the one that does not.
TAKE_A_RECORD = {("/statements", "about"), ("/lookup/actor", "key")}
NOT_A_RECORD = {("/search", "q")}


def test_the_api_answers_404_for_a_name_of_several_records(api: Any) -> None:
    """A name of two records is a 404 that lists them, not the statements of either."""
    several = api.get("/statements", params={"about": "United States"})
    assert several.status_code == 404
    assert several.json()["detail"] == (
        "'United States' names 2 records: us-government (Actor), united-states (Place);"
        " pass kind= or an id"
    )


def test_the_api_lists_every_parameter_that_names_a_record(api: Any) -> None:
    """TAKE_A_RECORD holds every query parameter of the app but the search words."""
    paths = api.get("/openapi.json").json()["paths"]
    params = {
        (path, param["name"])
        for path, operations in paths.items()
        for operation in operations.values()
        for param in operation.get("parameters", [])
    }
    assert params == TAKE_A_RECORD | NOT_A_RECORD


@pytest.mark.parametrize(("path", "param"), sorted(TAKE_A_RECORD))
def test_the_api_answers_404_for_an_unknown_record(api: Any, path: str, param: str) -> None:
    """An id no record has is a 404 whose JSON says so and suggests the nearest names."""
    unknown = api.get(path, params={param: "atlantis"})
    assert (unknown.status_code, unknown.json()) == (
        404,
        {"detail": "no record of the brief has the id 'atlantis'"},
    )
    misspelt = api.get(path, params={param: "Hondran National Police"})
    assert misspelt.status_code == 404
    assert "(did you mean 'Honduran National Police'" in misspelt.json()["detail"]
    found = api.get(path, params={param: "HNP"})
    assert found.status_code == 200


@pytest.fixture(scope="module")
def tour() -> tuple[Any, Any]:
    """The tour notebook as saved, and as a Jupyter kernel runs it now."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    stored = nbformat.read(EXAMPLES / "tour.ipynb", as_version=4)
    notebook = nbformat.read(EXAMPLES / "tour.ipynb", as_version=4)
    nbclient.NotebookClient(
        notebook,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(EXAMPLES)}},
    ).execute()
    return stored, notebook


def test_the_notebook_runs_in_a_real_kernel(tour: tuple[Any, Any]) -> None:
    """The tour runs in a Jupyter kernel, showing records, statements, a check and a verification."""
    stored, notebook = tour
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    out = {cell.source.splitlines()[-1]: cell.outputs[0] for cell in code}
    html = {line: "".join(o["data"]["text/html"]) for line, o in out.items() if "data" in o}
    caption = '<table class="honduras-brief"><caption style="text-align:left;white-space:nowrap">'
    assert html["hb.BRIEF"].startswith(f"{caption}<b>Brief</b>: 80 statements, 15 figures")
    assert "<details><summary>25 actors</summary>" in html["hb.BRIEF"]
    assert out["hb.BRIEF"]["data"]["text/plain"].startswith(
        "Brief(source='INL country program page for Honduras'"
    )
    homicide = html['hb.BRIEF.lookup("violence-and-homicide")']
    assert "<mark>85.5 per 100,000</mark>" in homicide and "<mark>6.4 percent</mark>" in homicide
    statement = html['hb.BRIEF.lookup("homicide-rate-could-fall-to-80-in-2013")']
    assert statement.startswith(f"{caption}<b>Statement</b>")
    assert "<mark>80 per 100,000</mark>" in statement
    about = next(o["text"] for line, o in out.items() if line.startswith("    print(textwrap"))
    assert (
        "operation-neptune-targeted-los-cachiros\n  Operation Neptune targeted Los Cachiros.\n"
        in about
    )
    described = "print(hb.describe_change(hb.HOMICIDE_RATE_2012, hb.HOMICIDE_RATE_2013))"
    assert out[described]["text"] == "a 6.4 percent decrease\n"
    check = next(text for line, text in html.items() if line.startswith("hb.check_change("))
    assert "<b>ChangeCheck</b>: the stated -6.4 agrees with the figures</caption>" in check
    exact = "-6.432748538011695906432748538"
    assert f'<span title="{exact}">-6.4327\u2026</span>' in check
    assert check.count(exact) == check.count(f'title="{exact}"')  # 28 digits only on hover
    seized = html["hb.OPERATION_NEPTUNE.seized_value"]
    assert "<mark>between $500 and $800 million</mark>" in seized
    assert ": $500 million \u2013 $800 million</caption>" in seized
    assert "<b>Designation</b>" in html["hb.OPERATION_NEPTUNE"]
    assert "<b>Verification</b>: every check passed</caption>" in html["hb.verify()"]
    table = html['frame[["figure_id", "qualifier", "low", "high", "unit"]].head(3)']
    assert "homicide-rate-2012" in table and "police-and-prosecutors-removed" not in table
    # The outputs saved in the file are those a run gives (the table's HTML is
    # pandas' own, and differs between its versions).
    for saved, ran in zip(stored.cells[:-1], notebook.cells[:-1], strict=True):
        assert saved.get("outputs") == ran.get("outputs"), (
            "examples/tour.ipynb is out of date: run it top to bottom and save it "
            "(jupyter nbconvert --to notebook --execute --inplace examples/tour.ipynb)"
        )


def test_the_notebook_prints_lines_that_fit_80_columns(tour: tuple[Any, Any]) -> None:
    """What the tour's cells print, saved and run, fits 80 columns (records show as tables)."""
    for notebook in tour:
        printed = [
            line
            for cell in notebook.cells
            if cell.cell_type == "code"
            for output in cell.outputs
            if output["output_type"] == "stream"
            for line in output["text"].splitlines()
        ]
        assert printed
        assert [line for line in printed if len(line) > WIDTH] == []


def test_the_package_under_test_is_the_built_wheel() -> None:
    """In CI's second run, honduras_brief comes from the installed wheel, not src/."""
    import honduras_brief

    if os.environ.get("HONDURAS_BRIEF_TEST_WHEEL") != "1":
        pytest.skip("only in the run against the installed wheel (.ci/run sets it)")
    location = Path(honduras_brief.__file__).resolve()
    assert "site-packages" in location.parts
    assert not location.is_relative_to(Path(__file__).parents[1] / "src")
