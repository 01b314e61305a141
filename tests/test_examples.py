"""The examples run as a newcomer would run them, and say what they should."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from checkout import copy_checkout, git

EXAMPLES = Path(__file__).parents[1] / "examples"
SCRIPTS = sorted(path.name for path in EXAMPLES.glob("*.py"))  # tour.ipynb runs in a kernel below


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
        "the text says: a 6.4 percent decrease -> agrees (computed -6.4 at 1 decimal place)" in out
    )
    assert "quoted from characters 1538-1549: '6.4 percent'" in out


def test_timeline_lists_every_dated_fact_in_order() -> None:
    """The timeline holds every dated figure and record, sorted, stated or inferred."""
    lines = run("timeline.py").splitlines()
    assert len(lines) == 8
    assert lines[0].startswith("by the end of the first half of 2013 inferred")  # open: first
    assert lines[3].startswith("2012                         stated")
    assert lines[-1].startswith("September 19\u201326, 2013        inferred")
    assert sum("inferred" in line for line in lines) == 5


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
    assert "period_start          date32[day][pyarrow]" in done.stdout
    assert "police-and-prosecutors-removed    dozens   24.0  <NA>" in done.stdout


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


MISSING = [
    ("chart.py", "matplotlib", "chart.py needs the plot extra (matplotlib)", "plot"),
    ("export.py", "pandas", "the DataFrame needs the pandas extra (pandas, pyarrow)", "pandas"),
    ("api.py", "fastapi", "this example needs the api extra (pydantic, FastAPI)", "api"),
]


@pytest.mark.parametrize(("name", "hidden", "says", "extra"), MISSING)
def test_a_missing_extra_is_named_in_one_line(
    name: str, hidden: str, says: str, extra: str, tmp_path: Path
) -> None:
    """Without its optional library, an example names the extra to install and exits 1, no traceback."""
    hide_and_run = (
        "import runpy, sys\n"
        f"sys.modules[{hidden!r}] = None  # import {hidden} now raises ModuleNotFoundError\n"
        f"sys.path.insert(0, {str(EXAMPLES)!r})\n"
        f"sys.argv = [{name!r}, {str(tmp_path / 'out')!r}]\n"
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


def test_the_notebook_runs_in_a_real_kernel() -> None:
    """The tour runs in a Jupyter kernel, showing records, statements, a check and a verification."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    stored = nbformat.read(EXAMPLES / "tour.ipynb", as_version=4)
    notebook = nbformat.read(EXAMPLES / "tour.ipynb", as_version=4)
    nbclient.NotebookClient(notebook, timeout=120, kernel_name="python3").execute()
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
    about = out['    print(f"{statement.id}: {statement}")']["text"]
    assert (
        "operation-neptune-targeted-los-cachiros: Operation Neptune targeted Los Cachiros.\n"
        in (about)
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


def test_the_package_under_test_is_the_built_wheel() -> None:
    """In CI's second run, honduras_brief comes from the installed wheel, not src/."""
    import honduras_brief

    if os.environ.get("HONDURAS_BRIEF_TEST_WHEEL") != "1":
        pytest.skip("only in the run against the installed wheel (.ci/run sets it)")
    location = Path(honduras_brief.__file__).resolve()
    assert "site-packages" in location.parts
    assert not location.is_relative_to(Path(__file__).parents[1] / "src")
