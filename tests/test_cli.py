"""The honduras-brief command line, run as the installed console script."""

from __future__ import annotations

import io
import json
import os
import pty
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Final

import pages
import pytest
from test_terminal import run_in_a_terminal

import honduras_brief as hb
from honduras_brief import _terminal, cli

SCRIPT = shutil.which("honduras-brief", path=str(Path(sys.executable).parent))
WIDE: Final = {"COLUMNS": "1000"}
"""A width at which every record and statement is one line, on a terminal too."""
KIND_FIELDS: Final = {"figures": "quantities"}
"""The brief's field that each kind 'list' takes is, where its name differs."""


def run(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the console script with *args* at 80 columns (or as *env* says), capturing its output."""
    assert SCRIPT is not None, (
        "the honduras-brief console script is not installed beside this Python"
    )
    return subprocess.run(
        [SCRIPT, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "80", **(env or {})},
        cwd=cwd,
    )


def terminal(*args: str, columns: int = 80, env: dict[str, str] | None = None) -> tuple[int, str]:
    """Run the console script in a pseudo-terminal of *columns*, without colour; status, output."""
    return run_in_a_terminal(list(args), columns, env={"NO_COLOR": "1", **(env or {})})


NEPTUNE: Final = (
    "Operation Neptune  between $500 and $800 million worth of assets seized "
    "(September 19\u201326, 2013, date inferred); target: Los Cachiros (inferred); "
    "230 vetted personnel from 5 named bodies and others"
)
"""The summary's line on Operation Neptune, unwrapped."""


def test_summary_is_the_default_and_fits_one_screen() -> None:
    """With no command, the summary: source, challenges, figures, goals, accomplishments, Neptune."""
    status, text = terminal()
    assert status == 0
    assert terminal("summary") == (0, text)
    lines = text.splitlines()
    assert len(lines) <= 23  # 80 x 24, with the prompt on the last line
    for expected in (
        "INL country program page for Honduras (U.S. Department of State, INL), 2012-2013",
        "http://www.state.gov/j/inl/regions/westernhemisphere/219171.htm (public domain)",
        "Challenges         drug-transit, northern-atlantic-landing-zone, gangs,",
        "Homicide rate      85.5 per 100,000 (2012) to 80 per 100,000 (2013, projected):",
        "                   a 6.4 percent decrease, according to the Violence Observatory",
        "Cocaine            more than 80 percent of the primary flow to the U.S. first",
        "                   transited the Central American corridor (2012, estimated)",
        "                   police-professionalization",
        "                   operation-neptune-seizure",
        "Operation Neptune  between $500 and $800 million worth of assets seized",
        "                   (September 19\u201326, 2013, date inferred); target: Los Cachiros",
        "                   (inferred); 230 vetted personnel from 5 named bodies and",
        "                   others",
    ):
        assert expected in lines, expected


def test_the_summary_piped_is_one_line_a_row() -> None:
    """Piped, each row of the summary is one line, whatever COLUMNS says, and has no colour."""
    done = run()
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == run("summary").stdout == run(env={"COLUMNS": "40"}).stdout
    lines = done.stdout.splitlines()
    assert (
        "Challenges         drug-transit, northern-atlantic-landing-zone, gangs, violence-and-homicide"
        in lines
    )
    assert NEPTUNE in lines
    assert lines[-1] == "More: honduras-brief list KIND, show ID, search WORDS, --help"
    assert len(lines) == 10
    assert "\x1b[" not in done.stdout  # piped: no colour


@pytest.mark.parametrize(
    ("kind", "first"),
    [
        ("challenges", "drug-transit"),
        ("goals", "counter-transnational-criminal-organizations"),
        ("accomplishments", "vetting-of-police-and-prosecutors"),
        ("operations", "operation-neptune"),
        ("actors", "us-government"),
        ("places", "honduras"),
        ("figures", "cocaine-flow-share-2012"),
    ],
)
def test_list_each_kind(kind: str, first: str) -> None:
    """List KIND prints each record of that kind, id first: piped, one a line, id and tab."""
    done = run("list", kind)
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert lines[0].split("\t")[0] == first
    records = hb.BRIEF.quantities if kind == "figures" else getattr(hb.BRIEF, kind)
    assert [line.split("\t")[0] for line in lines] == [r.id for r in records]
    assert all(line.count("\t") == 1 for line in lines)
    # On a terminal of 80 columns each record's id starts a line; its words may run on below.
    status, text = terminal("list", kind)
    ids = [line.split()[0] for line in text.splitlines() if line[2] != " "]
    assert (status, ids) == (0, [r.id for r in records])


def test_list_everything() -> None:
    """List with no kind prints every kind under a heading; piped, every record, one a line."""
    done = run("list")
    assert done.returncode == 0
    fields = [KIND_FIELDS.get(kind, kind) for kind in cli.KINDS]
    every = [r.id for field in fields for r in getattr(hb.BRIEF, field)]
    assert [line.split("\t")[0] for line in done.stdout.splitlines()] == every
    status, text = terminal("list", env=WIDE)
    assert status == 0
    for heading in (
        "Challenges",
        "Goals",
        "Accomplishments",
        "Operations",
        "Actors",
        "Places",
        "Figures",
        "Statements",
    ):
        assert f"\n{heading}\n" in f"\n{text}"


def test_show_prints_quotes_and_where_they_stand() -> None:
    """Show ID gives every field, quotes with their offsets and section, its figures marked."""
    done = run("show", "judges-dismissed")
    assert done.returncode == 0
    assert done.stdout.startswith("Figure judges-dismissed\n")  # a person reads "figure"
    c = hb.BRIEF.lookup("judges-dismissed", hb.Quantity).citation
    assert c is not None
    marked = c.quote.replace(" 57 ", " *57* ")  # plainly: no colour in a pipe
    assert f"  citation       \u201c{marked}\u201d [{c.start}:{c.end}, accomplishments]\n" in (
        done.stdout
    )
    assert "  period         by the end of the first half of 2013 (inferred)\n" in done.stdout
    assert "\n  id " not in done.stdout  # the id heads the record, once
    coloured = run("show", "judges-dismissed", env={"FORCE_COLOR": "1"}).stdout
    assert "dismissed \x1b[1m57\x1b[0m judges" in coloured
    assert "\x1b[2m[2961:3104, accomplishments]\x1b[0m" in coloured


def test_show_marks_every_figure_of_an_operation_and_spells_out_its_designation() -> None:
    """An operation's figures are marked in its quotes; a designation reads field by field."""
    done = run("show", "operation-neptune")
    assert done.returncode == 0
    for figure in ("*between $500 and $800 million*", "*seven*", "*230*", "*more than 200*"):
        assert figure in done.stdout, figure
    assert "Designation(" not in done.stdout
    assert "  coordinated_with   Designation\n" in done.stdout
    assert "    by               us-treasury (United States Department of the Treasury)\n" in (
        done.stdout
    )
    assert "    designees        kingpins-designated (seven)\n" in done.stdout
    assert "    associated_with  sinaloa-cartel (Sinaloa Cartel)\n" in done.stdout


def test_search_finds_records_by_words_and_actors() -> None:
    """Search matches all words, in any record's quotes or actors; piped, one hit a line."""
    done = run("search", "CACHIROS")
    assert done.returncode == 0
    ids = [line.split("\t")[0] for line in done.stdout.splitlines()]
    assert {"operation-neptune", "operation-neptune-seizure", "los-cachiros"} <= set(ids)
    assert len(ids) == len(set(ids))  # each hit once
    assert done.stdout.startswith("los-cachiros\t(actor; matched in its name) Los *Cachiros*\n")
    (quoted,) = (h for h in hb.search("CACHIROS") if h.record.id == "operation-neptune")
    marked = quoted.snippet.replace("Cachiros", "*Cachiros*")
    assert (
        f"operation-neptune\t(operation; matched in a quote) \u201c{marked}\u201d\n" in done.stdout
    )
    # On a terminal, the snippet goes below the id.
    status, text = terminal("search", "CACHIROS")
    assert status == 0
    assert text.startswith("  los-cachiros (actor; matched in its name)\n      Los *Cachiros*\n")
    # The words are its id: the id is said once, with nothing after it; a figure is a figure.
    lines = run("search", "judges", "dismissed").stdout.splitlines()
    assert lines[0] == "judges-dismissed\t(figure; matched in its id)"
    assert (
        "judicial-review\t(accomplishment; matched in its name) "
        "*Judges* *dismissed* and suspended after\u2026"
    ) in lines
    coloured = run("search", "dismissed", env={"FORCE_COLOR": "1"}).stdout
    assert "\x1b[1mdismissed\x1b[0m" in coloured and "*" not in coloured
    nothing = run("search", "atlantis")
    assert (nothing.returncode, nothing.stdout) == (1, "")
    assert "nothing matches 'atlantis'" in nothing.stderr


@pytest.mark.parametrize("fmt", ["json", "csv", "markdown"])
def test_export_to_stdout_and_file(fmt: str, tmp_path: Path) -> None:
    """Export writes the brief as JSON, CSV or Markdown, to stdout or -o FILE."""
    done = run("export", "--format", fmt)
    assert done.returncode == 0
    target = tmp_path / f"brief.{fmt}"
    assert run("export", "--format", fmt, "-o", str(target)).stdout == ""
    assert target.read_text(encoding="utf-8") == done.stdout
    if fmt == "json":
        assert hb.from_json(done.stdout, hb.Brief) == hb.BRIEF
    elif fmt == "csv":
        assert done.stdout == hb.to_csv(hb.BRIEF)
    else:
        assert done.stdout.startswith("# INL country program page for Honduras\n")
        assert "| homicide-rate-2012 | 85.5 per 100,000 |" in done.stdout


def test_verify_passes() -> None:
    """Verify checks the hash, every citation and the stated derived figure."""
    done = run("verify")
    assert done.returncode == 0
    assert "stated derived figure" in done.stdout
    assert done.stdout.rstrip().endswith("all checks passed")


def test_verify_fails_on_a_wrong_statement() -> None:
    """Verify exits 1 and lists the failure when a stated change is wrong."""
    code = (
        "import attrs, sys\n"
        "import honduras_brief.content as c\n"
        "from decimal import Decimal\n"
        "import honduras_brief.cli as cli\n"
        "bad = attrs.evolve(c.HOMICIDE_RATE_DECREASE, low=Decimal('6.5'), high=Decimal('6.5'))\n"
        f"sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "from conftest import replace_everywhere\n"
        "cli.BRIEF = replace_everywhere(c.BRIEF, c.HOMICIDE_RATE_DECREASE, bad)\n"
        "sys.exit(cli.main(['verify']))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 1
    failures = done.stderr.splitlines()  # one a line, on standard error
    assert failures[0].startswith(
        "honduras-brief: FAIL homicide-rate-decrease-2012-2013: stated 6.4 percent decrease"
    )
    # The value is wrong against its own words too ('6.4 percent'): low and high.
    assert len(failures) == 3 and all(f.startswith("honduras-brief: FAIL ") for f in failures)
    assert done.stdout.endswith("\n3 check(s) failed\n")
    assert "FAIL" not in done.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["show", "nepune"],
            "no record has the id or name 'nepune' (did you mean 'operation-neptune'?)",
        ),
        (["lst"], "unknown command 'lst' (did you mean 'list'?)"),
        (["list", "actor"], "unknown kind 'actor' (did you mean 'actors'?)"),
        (["search", ""], "the words to search for must have words in it, got ''"),
        (["export", "-o", ""], "-o needs a file name (or - for standard output)"),
        (["export", "--format", "xml"], "invalid choice: 'xml'"),
        (["--bogus"], "unrecognized arguments: --bogus"),
    ],
)
def test_mistakes_exit_2_with_a_suggestion(args: list[str], message: str) -> None:
    """Unknown ids, commands and options exit 2, suggesting the nearest valid ones."""
    done = run(*args)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith("honduras-brief: error: ")
    assert message in done.stderr


@pytest.mark.parametrize("command", ["", "summary", "list", "show", "search", "export", "verify"])
def test_help_on_every_command(command: str) -> None:
    """--help works for the program and each command."""
    done = run(*([command] if command else []), "--help")
    assert done.returncode == 0
    assert done.stdout.startswith("usage: honduras-brief")


def test_version() -> None:
    """--version prints the installed version."""
    done = run("--version")
    assert (done.returncode, done.stdout) == (0, f"honduras-brief {hb.__version__}\n")


def test_python_dash_m() -> None:
    """Python -m honduras_brief is the same command line."""
    done = subprocess.run(
        [sys.executable, "-m", "honduras_brief", "list", "operations"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout) == (0, run("list", "operations").stdout)


def test_piped_into_head_ends_quietly() -> None:
    """A reader that stops early gets no traceback."""
    assert SCRIPT is not None
    done = subprocess.run(  # noqa: S602 -- the point is a real shell pipe into head
        f"'{SCRIPT}' export --format json | head -n 1",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.stdout, done.stderr) == ("{\n", "")
    # A reader that is gone before the first write: the write fails at once.
    with subprocess.Popen(
        [SCRIPT, "list"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as piped:
        assert piped.stdout is not None and piped.stderr is not None
        piped.stdout.close()
        assert piped.wait(timeout=60) == 141  # as a shell reports a process ended by SIGPIPE
        assert piped.stderr.read() == b""


def _on_a_terminal(env: dict[str, str]) -> str:
    assert SCRIPT is not None
    leader, follower = pty.openpty()
    with subprocess.Popen(
        [SCRIPT, "list", "operations"], stdout=follower, stderr=follower, env={**os.environ, **env}
    ) as proc:
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        proc.wait(timeout=60)
    os.close(leader)
    return b"".join(chunks).decode()


def test_colour_on_a_terminal_unless_no_color() -> None:
    """A terminal gets colour; NO_COLOR turns it off."""
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    assert "\x1b[36moperation-neptune" in _on_a_terminal({**env, "NO_COLOR": ""})
    assert "\x1b[" not in _on_a_terminal({"NO_COLOR": "1"})


def test_list_statements_marks_hedges_sources_and_readings() -> None:
    """'list statements' gives every statement, its sentence, whose word and whether inferred."""
    done = run("list", "statements")
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert len(lines) == len(hb.BRIEF.statements)
    assert lines[0].split("\t")[0] == "honduras-is-a-major-transit-country-for-cocaine"
    for line, statement in zip(lines, hb.BRIEF.statements, strict=True):
        assert line.startswith(f"{statement.id}\t{statement}"), line
        assert line.endswith("inferred)") is not statement.is_stated, line
        if statement.according_to.id != "inl":
            assert statement.according_to.name in line, line
    target = hb.BRIEF.lookup("operation-neptune-targeted-los-cachiros")
    assert f"operation-neptune-targeted-los-cachiros\t{target} (inferred)" in lines


def test_grep_finds_every_statement_of_a_source() -> None:
    """Piped, 'grep' finds each of the Violence Observatory's five statements: no line is cut."""
    assert SCRIPT is not None
    done = subprocess.run(  # noqa: S602 -- the point is a real shell pipe into grep
        f"COLUMNS=80 '{SCRIPT}' list statements | grep 'Violence Observatory' | cut -f1",
        shell=True, capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    said = [s.id for s in hb.BRIEF.statements if s.according_to.id == "violence-observatory"]
    assert len(said) == 5
    assert set(said) <= set(done.stdout.split())


def test_show_prints_a_record_s_statements() -> None:
    """'show' lists a record's statements, or the statements about an actor, and shows one in full."""
    done = run("show", "judicial-review")
    assert done.returncode == 0
    assert "\nStatements\n" in done.stdout
    dismissed = hb.BRIEF.lookup("supreme-court-dismissed-judges")
    assert f"\nsupreme-court-dismissed-judges\t{dismissed} (inferred)\n" in done.stdout
    status, text = terminal("show", "judicial-review", env=WIDE)
    assert status == 0
    assert f"  supreme-court-dismissed-judges\n      {dismissed} (inferred)\n" in text
    about = run("show", "los-cachiros").stdout
    assert "Statements about it" in about and "operation-neptune-targeted-los-cachiros" in about
    one = run("show", "gangs-not-part-of-the-logistics-chain").stdout
    assert "  factuality    probable-not\n" in one
    assert "  predicate     formal-part-of\n" in one
    assert "Statements" not in one
    assert "Statements" not in run("show", "inl-advisor-facilitated-travel").stdout


def test_search_finds_statements() -> None:
    """Search reads statements too: their words, their terms and their grading words."""
    done = run("search", "pivotal", env=WIDE)
    assert done.returncode == 0
    heads = [line.split() for line in done.stdout.splitlines() if line[2] != " "]
    kinds = {words[0]: words[1].strip("(;") for words in heads}
    assert {i for i, kind in kinds.items() if kind == "statement"} == {
        "inl-advisor-assisted-the-hondurans",
        "inl-advisor-facilitated-travel",
        "inl-advisor-supported-operation-neptune",
    }
    assert kinds["operation-neptune"] == "operation"  # its quotes say "pivotal" too
    found = run("search", "Colombia", "cooperation").stdout
    assert "united-states-cooperated-with-colombia" in found


def test_show_prints_no_statements_heading_without_statements(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A record with no statements shows no empty Statements heading."""
    import io

    import attrs

    from honduras_brief import cli
    from honduras_brief import content as c

    bare = attrs.evolve(c.DRUG_TRANSIT, statements=())
    monkeypatch.setattr(cli, "BRIEF", attrs.evolve(c.BRIEF, challenges=(bare, *c.CHALLENGES[1:])))
    out = io.StringIO()
    assert cli.main(["show", "drug-transit"], stdout=out) == 0
    assert "Challenge drug-transit" in out.getvalue()
    assert "Statements" not in out.getvalue()


# --- No traceback, no silent overwrite: where output goes ---------------------------------


def test_export_defaults_to_json_and_dash_is_stdout(tmp_path: Path) -> None:
    """Export writes JSON by default; -o - is standard output, not a file named '-'."""
    default = run("export")
    assert default.returncode == 0 and default.stdout.startswith('{\n  "source"')
    dash = subprocess.run(
        [str(SCRIPT), "export", "-o", "-"], cwd=tmp_path, capture_output=True, text=True,
        encoding="utf-8", check=False, timeout=60,
    )  # fmt: skip
    assert (dash.returncode, dash.stdout) == (0, default.stdout)
    assert list(tmp_path.iterdir()) == []


def test_export_never_overwrites_without_force(tmp_path: Path) -> None:
    """An existing file is refused unless --force, and left as it was."""
    target = tmp_path / "brief.json"
    target.write_text("keep me\n", encoding="utf-8")
    refused = run("export", "-o", str(target))
    assert refused.returncode == 2
    assert (
        refused.stderr
        == f"honduras-brief: error: {str(target)!r} exists; pass --force to replace it\n"
    )
    assert target.read_text(encoding="utf-8") == "keep me\n"
    forced = run("export", "-o", str(target), "--force")
    assert forced.returncode == 0 and target.read_text(encoding="utf-8").startswith("{")


@pytest.mark.parametrize(
    ("where", "reason"),
    [
        ("missing/brief.json", "No such file or directory"),
        ("/dev/full", "No space left on device"),
    ],
)
def test_an_unwritable_output_is_one_line_and_exit_1(
    where: str, reason: str, tmp_path: Path
) -> None:
    """A missing directory or a full disk: one line on stderr, exit 1, no traceback."""
    target = where if where.startswith("/") else str(tmp_path / where)
    done = run("export", "--format", "csv", "-o", target, "--force")
    assert done.returncode == 1
    assert done.stderr == f"honduras-brief: error: cannot write {target!r}: {reason}\n"
    assert Path("/dev/full").is_char_device()  # a device is written to, never replaced


@pytest.mark.parametrize("args", [["export"], ["annotate"], ["export", "--format", "csv"]])
@pytest.mark.parametrize("where", [".", "new/", "new" + os.sep + os.sep])
def test_a_folder_is_not_a_file_to_write(args: list[str], where: str, tmp_path: Path) -> None:
    """An existing folder, or a name ending with a slash, is refused: exit 2, nothing written."""
    target = str(tmp_path) if where == "." else str(tmp_path / where.rstrip("/")) + where[-1]
    done = run(*args, "-o", target, "--force")
    assert done.returncode == 2
    what = "is a folder" if where == "." else "names a folder (it ends with a slash)"
    assert done.stderr == f"honduras-brief: error: {target!r} {what}; give a file name\n"
    assert list(tmp_path.iterdir()) == []


def test_a_device_or_a_pipe_is_written_to(tmp_path: Path) -> None:
    """/dev/null and a FIFO take the bytes as they are, without --force; neither is replaced."""
    assert run("export", "-o", "/dev/null").returncode == 0
    assert Path("/dev/null").is_char_device()
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    done = run("export", "--format", "csv", "-o", str(fifo))
    reader.join()
    assert done.returncode == 0, done.stderr
    assert got == [hb.to_csv(hb.BRIEF).encode("utf-8")]
    assert fifo.is_fifo()


def test_a_link_is_written_through(tmp_path: Path) -> None:
    """-o LINK --force replaces the file the link points to; the link stays a link."""
    target = tmp_path / "brief.csv"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    assert run("export", "--format", "csv", "-o", str(link)).returncode == 2  # it exists
    assert run("export", "--format", "csv", "-o", str(link), "--force").returncode == 0
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == hb.to_csv(hb.BRIEF)


ASCII: Final = ({"LC_ALL": "C", "PYTHONUTF8": "0"}, {"PYTHONIOENCODING": "ascii"})
"""Standard output that holds ASCII only: the C locale without UTF-8 mode, or as Python is told."""
NOTE: Final = (
    "honduras-brief: note: standard output's encoding (ascii) cannot hold every character "
    "of the text: written as UTF-8\n"
)


def _ascii(env: dict[str, str]) -> dict[str, str]:
    return {"PYTHONIOENCODING": "", **env}  # empty: the locale decides


@pytest.mark.parametrize("env", ASCII, ids=["LC_ALL=C", "PYTHONIOENCODING=ascii"])
def test_an_ascii_stream_gets_every_character(env: dict[str, str]) -> None:
    """Under an ASCII locale the text's curly quotes and dashes are kept, as UTF-8, with a note."""
    done = run("show", "operation-neptune-seizure", env=_ascii(env))
    assert done.returncode == 0, done.stderr
    assert "September 19\u201326, 2013 (inferred)" in done.stdout
    assert "\u201cOn September 19-26, the Government of Honduras" in done.stdout  # its own hyphen
    assert done.stdout == run("show", "operation-neptune-seizure").stdout
    assert done.stderr == NOTE


WRITERS: Final = (
    ([], None),
    (["list"], None),
    (["list", "--format", "json"], "json"),
    (["show", "judges-dismissed"], None),
    (["show", "judges-dismissed", "--format", "json"], "json"),
    (["show", "inl-is-committed-to-supporting-the-honduran-government"], None),
    (["search", "effort"], None),
    (["search", "effort", "--format", "json"], "json"),
    (["cite", "judges-dismissed"], None),
    (["cite", "judges-dismissed", "--format", "csl"], "json"),
    (["cite", "judges-dismissed", "--format", "bibtex"], None),
    (["export"], "json"),
    (["export", "--format", "jsonld"], "json"),
    (["export", "--format", "csv"], None),
    (["export", "--format", "markdown"], None),
    (["annotate"], "html"),
    (["verify"], None),
    (["check", "The homicide rate was 85.5 per 100,000 in 2012."], None),
    (["check", "The homicide rate was 85.5 per 100,000 in 2012.", "--format", "json"], "json"),
    (["check", "The homicide rate was 85.5 per 100,000 in 2012.", "--format", "claimreview"], "json"),
)  # fmt: skip
"""Every command that writes, with each format, and the escapes that format has."""


@pytest.mark.parametrize("env", ASCII, ids=["LC_ALL=C", "PYTHONIOENCODING=ascii"])
@pytest.mark.parametrize(
    ("args", "escape"), WRITERS, ids=[" ".join(a) or "summary" for a, _ in WRITERS]
)
def test_every_command_keeps_every_character_on_an_ascii_stream(
    args: list[str], escape: str | None, env: dict[str, str]
) -> None:
    """Escaped where the format has escapes (the same JSON, the same HTML), else UTF-8 and a note."""
    utf8 = subprocess.run([SCRIPT, *args], capture_output=True, check=False, timeout=60, env={**os.environ, "PYTHONIOENCODING": "utf-8"})  # fmt: skip
    ascii_ = subprocess.run([SCRIPT, *args], capture_output=True, check=False, timeout=60, env={**os.environ, **_ascii(env)})  # fmt: skip
    assert ascii_.returncode == utf8.returncode, ascii_.stderr
    text = utf8.stdout.decode("utf-8")
    if text.isascii():  # nothing to keep: the same bytes, and no note
        assert (ascii_.stdout, ascii_.stderr) == (utf8.stdout, b"")
    elif escape == "json":
        assert ascii_.stdout.isascii() and ascii_.stderr == b""
        assert json.loads(ascii_.stdout) == json.loads(text)
    elif escape == "html":
        assert ascii_.stdout.isascii() and ascii_.stderr == b""
        assert ascii_.stdout == text.encode("ascii", "xmlcharrefreplace")
    else:
        assert ascii_.stdout == utf8.stdout
        assert ascii_.stderr.decode() == NOTE


def test_html_with_characters_in_a_script_is_written_as_utf8() -> None:
    """In a <script> or <style>, &#8217; would be read as it stands: such a page goes as UTF-8."""
    from honduras_brief._terminal import Terminal

    notes: list[str] = []
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="ascii")
    out = Terminal(stream, colour=False, columns=None, note=notes.append)
    page = "<p>it\u2019s</p><script>let s = '\u2019';</script>"
    out.write(page, "html")
    out.write("<p>\u2019</p>", "html")  # outside a script: escaped
    stream.flush()
    assert raw.getvalue() == page.encode("utf-8") + b"<p>&#8217;</p>"
    assert len(notes) == 1


def test_json_beyond_the_first_plane_is_a_surrogate_pair() -> None:
    """A character past U+FFFF is escaped as JSON writes it, so the JSON reads back the same."""
    from honduras_brief._terminal import Terminal

    stream = io.TextIOWrapper(io.BytesIO(), encoding="latin-1")
    out = Terminal(stream, colour=False, columns=None)
    out.write('["caf\u00e9 \U0001f600"]', "json")
    stream.flush()
    written = stream.buffer.getvalue()  # type: ignore[attr-defined]
    assert written == b'["caf\xe9 \\ud83d\\ude00"]'  # latin-1 holds the accent
    assert json.loads(written.decode("latin-1")) == ["caf\u00e9 \U0001f600"]


def test_a_closed_stdout_exits_quietly() -> None:
    """Standard output closed before the first write: one line on stderr, exit 1."""
    done = subprocess.run(  # noqa: S602 -- the point is a shell closing stdout
        f"{SCRIPT} list figures >&-", shell=True, capture_output=True, text=True, check=False,
        timeout=60,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr == "honduras-brief: error: standard output is closed\n"


def test_a_stdout_that_fails_is_one_line() -> None:
    """A standard output that raises OSError on write: one line, exit 1."""
    import io

    class Failing(io.StringIO):
        def write(self, _: str) -> int:
            raise OSError(5, "Input/output error")

    assert cli.main(["list", "places"], stdout=Failing()) == 1


def test_a_value_error_that_is_not_a_closed_stream_still_raises() -> None:
    """Only a closed stream is an output problem; another ValueError is a bug and is raised."""
    import io

    class Broken(io.StringIO):
        def write(self, _: str) -> int:
            raise ValueError("not a closed stream")

    with pytest.raises(ValueError, match="not a closed stream"):
        cli.main(["list", "places"], stdout=Broken())


def test_force_color_turns_colour_on_and_no_color_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    """FORCE_COLOR paints a pipe; NO_COLOR turns colour off whatever else is set."""
    import io

    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    out = io.StringIO()
    assert cli.main(["list", "places"], stdout=out) == 0
    assert "\x1b[36m" in out.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    out = io.StringIO()
    cli.main(["list", "places"], stdout=out)
    assert "\x1b[" not in out.getvalue()


def test_version_is_computed_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """--version prints the installed version; other commands never compute it."""
    import io

    done = run("--version")
    assert done.returncode == 0 and done.stdout.startswith("honduras-brief ")

    def refuse() -> str:
        raise AssertionError("the version was computed")

    monkeypatch.setattr(cli, "_version", refuse)
    assert cli.main(["list", "places"], stdout=io.StringIO()) == 0


def test_a_stream_that_holds_neither_the_characters_nor_bytes_is_refused(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A text stream of an unknown encoding without bytes beneath: exit 2, never altered text."""

    class Odd(io.StringIO):
        encoding = "no-such-codec"

    out = Odd()
    assert cli.main(["cite", "judges-dismissed"], stdout=out) == 2
    assert out.getvalue() == ""
    assert capsys.readouterr().err == (
        "honduras-brief: error: standard output's encoding (ascii) cannot hold the text's "
        "characters; set PYTHONIOENCODING=utf-8, or write to a file with -o FILE\n"
    )


def test_show_takes_a_name_an_acronym_or_an_alias() -> None:
    """'show HNP' shows the Honduran National Police; an ambiguous name lists the candidates."""
    done = run("show", "HNP")
    assert done.returncode == 0
    assert done.stdout.startswith("Actor honduran-national-police\n")
    ambiguous = run("show", "United States")
    assert ambiguous.returncode == 2
    assert "'United States' names 2 records: us-government (Actor), united-states (Place)" in (
        ambiguous.stderr
    )


def test_verify_checks_a_brief_sent_as_json(tmp_path: Path) -> None:
    """'verify FILE' reads a brief from JSON and checks it; doctored figures are caught."""
    exported = tmp_path / "brief.json"
    assert run("export", "-o", str(exported)).returncode == 0
    assert run("verify", str(exported)).stdout.endswith("all checks passed\n")
    doctored = tmp_path / "doctored.json"
    text = exported.read_text(encoding="utf-8")
    doctored.write_text(
        text.replace('"low": "85.5"', '"low": "90"').replace('"high": "85.5"', '"high": "90"'),
        encoding="utf-8",
    )
    done = run("verify", str(doctored), env=WIDE)
    assert done.returncode == 1
    assert (
        "honduras-brief: FAIL homicide-rate-2012.low: the words '85.5 per 100,000' give 85.5, "
        "not 90\n"
    ) in done.stderr
    malformed = tmp_path / "malformed.json"
    malformed.write_text('{"source": 1, "' + "k" * 100_000 + '": 1}', encoding="utf-8")
    refused = run("verify", str(malformed), env=WIDE)
    assert (refused.returncode, refused.stdout) == (1, "")
    lines = refused.stderr.splitlines()
    assert lines[0] == f"honduras-brief: error: {malformed} is not a brief this library can read:"
    assert "honduras-brief: FAIL $.source: expected an object, got 1" in lines
    assert max(map(len, lines)) < 400  # the long key is not echoed whole
    missing = run("verify", str(tmp_path / "nope.json"))
    assert (missing.returncode, missing.stdout) == (1, "")
    assert missing.stderr.endswith("No such file or directory\n")


# --- annotate and cite -----------------------------------------------------------------


def test_annotate_writes_the_annotated_page(tmp_path: Path) -> None:
    """'annotate -o FILE' writes annotated_html(); '-o -' and no -o write it to stdout."""
    page = hb.annotated_html()
    target = tmp_path / "brief.html"
    done = run("annotate", "-o", str(target))
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    assert target.read_text(encoding="utf-8") == page
    assert run("annotate", "-o", "-").stdout == page
    assert run("annotate").stdout == page


def test_annotate_never_overwrites_without_force(tmp_path: Path) -> None:
    """As export: an existing file is refused unless --force; an empty -o is a mistake."""
    target = tmp_path / "brief.html"
    target.write_text("keep me\n", encoding="utf-8")
    refused = run("annotate", "-o", str(target))
    assert (refused.returncode, refused.stdout) == (2, "")
    assert (
        refused.stderr
        == f"honduras-brief: error: {str(target)!r} exists; pass --force to replace it\n"
    )
    assert target.read_text(encoding="utf-8") == "keep me\n"
    assert run("annotate", "-o", str(target), "--force").returncode == 0
    assert target.read_text(encoding="utf-8") == hb.annotated_html()
    empty = run("annotate", "-o", "")
    assert (empty.returncode, empty.stderr) == (
        2,
        "honduras-brief: error: -o needs a file name (or - for standard output)\n",
    )


def test_cite_piped_is_one_line_to_paste_and_formats_whole() -> None:
    """Piped, a text citation is the one line cite() writes (a terminal wraps it: test_terminal)."""
    record = hb.BRIEF.lookup("judges-dismissed")
    done = run("cite", "judges-dismissed")
    assert done.returncode == 0
    assert done.stdout == hb.cite(record) + "\n"
    assert len(done.stdout) > 80
    for fmt in ("csl", "bibtex"):
        assert (
            run("cite", "judges-dismissed", "--format", fmt).stdout == hb.cite(record, fmt) + "\n"
        )


def test_figures_say_when_and_how_the_text_knows() -> None:
    """`list figures` and the Markdown export tell the projection and the inferred dates apart."""
    listed = " ".join(run("list", "figures", env=WIDE).stdout.split())
    assert "80 per 100,000 — homicide rate in Honduras (2013, projected)" in listed
    assert "85.5 per 100,000 — homicide rate in Honduras (2012)" in listed
    assert (
        "57 — judges dismissed by the Supreme Court (by the end of the first half of 2013, date inferred)"
        in listed
    )
    markdown = run("export", "--format", "markdown", "-o", "-").stdout
    assert "| id | figure | measure | when, and how known | low | high | unit |" in markdown
    assert (
        "| homicide-rate-2013 | 80 per 100,000 | homicide rate in Honduras | 2013, projected | 80 | 80 |"
        in markdown
    )
    assert (
        "| kingpins-designated | seven | individuals designated by the U.S. Treasury as drug kingpins | — |"
        in markdown
    )


# --- For programs: --format json ---------------------------------------------------------


def test_list_writes_json_for_programs() -> None:
    """'list --format json' is an array of every record: id, kind, text, and what a program needs."""
    done = run("list", "--format", "json")
    assert (done.returncode, done.stderr) == (0, "")
    entries = json.loads(done.stdout)
    fields = [KIND_FIELDS.get(kind, kind) for kind in cli.KINDS]
    assert [e["id"] for e in entries] == [r.id for f in fields for r in getattr(hb.BRIEF, f)]
    keys = {e["kind"]: tuple(e) for e in entries}
    basic = ("id", "kind", "text")
    assert keys == {
        "challenge": basic,
        "goal": basic,
        "accomplishment": basic,
        "operation": basic,
        "actor": basic,
        "place": basic,
        "figure": (*basic, "measure", "low", "high", "unit", "basis", "start", "end", "stated"),
        "statement": (*basic, "subject", "predicate", "according_to", "factuality", "stated"),
    }
    by_id = {e["id"]: e for e in entries}
    assert by_id["homicide-rate-2013"] == {
        "id": "homicide-rate-2013",
        "kind": "figure",
        "text": "80 per 100,000",
        "measure": "homicide rate in Honduras",
        "low": "80",
        "high": "80",
        "unit": "per-100000-population",
        "basis": "projected",
        "start": "2013-01-01",
        "end": "2013-12-31",
        "stated": True,
    }
    assert by_id["cocaine-flow-share-2012"]["high"] is None  # "more than 80 percent"
    assert by_id["operation-neptune-seized-value"]["stated"] is False  # its year is read
    fall = hb.BRIEF.lookup("homicide-rate-could-fall-to-80-in-2013", hb.Statement)
    assert by_id[fall.id] == {
        "id": fall.id,
        "kind": "statement",
        "text": str(fall),
        "subject": "Domain:homicide rate",
        "predicate": fall.predicate.value,
        "according_to": "violence-observatory",
        "factuality": "possible",
        "stated": True,
    }
    assert by_id["operation-neptune-targeted-los-cachiros"]["stated"] is False
    assert by_id["operation-neptune"] == {
        "id": "operation-neptune",
        "kind": "operation",
        "text": "Operation Neptune",
    }
    one = json.loads(run("list", "places", "--format", "json").stdout)
    assert [e["id"] for e in one] == [p.id for p in hb.BRIEF.places]


def test_a_figure_open_on_one_side_has_a_null_end() -> None:
    """A figure whose period the text leaves open on one side gives null for that side."""
    done = run("list", "figures", "--format", "json")
    for entry in json.loads(done.stdout):
        period = hb.BRIEF.lookup(entry["id"], hb.Quantity).period
        start = period and period.start and period.start.isoformat()
        end = period and period.end and period.end.isoformat()
        assert (entry["start"], entry["end"]) == (start or None, end or None), entry["id"]
    judges = next(e for e in json.loads(done.stdout) if e["id"] == "judges-dismissed")
    assert (judges["start"], judges["end"]) == (None, "2013-06-30")


def test_show_writes_the_record_as_to_json_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """'show ID --format json' is the record as to_json() writes it, for every record."""
    import io

    monkeypatch.delenv("FORCE_COLOR", raising=False)
    for record in hb.BRIEF:
        out = io.StringIO()
        assert cli.main(["show", record.id, "--format", "json"], stdout=out) == 0
        assert json.loads(out.getvalue()) == json.loads(hb.to_json(record)), record.id
    done = run("show", "HNP", "--format", "json")  # a name, as 'show' takes it
    assert json.loads(done.stdout)["id"] == "honduran-national-police"


def test_search_writes_its_hits_as_json() -> None:
    """'search --format json' is an array of hits, best first: id, kind, where, snippet, score."""
    done = run("search", "judges", "dismissed", "--format", "json")
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(done.stdout) == [
        {
            "id": hit.record.id,
            "kind": "figure"
            if isinstance(hit.record, hb.Quantity)
            else type(hit.record).__name__.lower(),
            "where": hit.where,
            "snippet": hit.snippet,
            "score": hit.score,
        }
        for hit in hb.search("judges dismissed")
    ]
    assert json.loads(done.stdout)[0]["kind"] == "figure"
    nothing = run("search", "atlantis", "--format", "json")
    assert (nothing.returncode, nothing.stdout) == (1, "[]\n")
    assert nothing.stderr == "honduras-brief: nothing matches 'atlantis'\n"


@pytest.mark.parametrize(
    "args",
    [["list", "statements"], ["show", "operation-neptune-seizure"], ["search", "Honduras"]],
    ids=" ".join,
)
def test_json_is_never_wrapped_nor_coloured(args: list[str]) -> None:
    """On a terminal of 40 columns, with colour forced, JSON is as piped: valid, and the same."""
    piped = run(*args, "--format", "json").stdout
    status, text = terminal(*args, "--format", "json", columns=40, env={"FORCE_COLOR": "1"})
    assert (status, text) == (0, piped)
    assert json.loads(text)


@pytest.mark.parametrize(
    "args",
    [
        ["show", "counter-transnational-criminal-organizations", "--format", "json"],
        ["search", "effort", "--format", "json"],
        ["export"],
        ["export", "--format", "jsonld"],
    ],
    ids=" ".join,
)
def test_json_to_an_ascii_stream_is_escaped_not_changed(args: list[str]) -> None:
    """Under an ASCII locale, JSON escapes the text's characters: still valid, still the same."""
    utf8 = run(*args).stdout
    ascii_ = run(*args, env={"PYTHONIOENCODING": "ascii"}).stdout
    assert "\u2019" in utf8  # "the Honduran government\u2019s effort"
    assert ascii_.isascii()
    assert json.loads(ascii_) == json.loads(utf8)


def test_format_must_be_text_or_json() -> None:
    """Another format is a mistake: exit 2, naming the option."""
    done = run("list", "--format", "csv")
    assert (done.returncode, done.stdout) == (2, "")
    assert "argument --format: invalid choice: 'csv'" in done.stderr


# --- The summary and show say the same -------------------------------------------------


def test_the_summary_and_show_agree_on_operation_neptune() -> None:
    """The summary and 'show' give Operation Neptune the same dates, marks and figures."""
    summary = run().stdout.splitlines()
    (neptune,) = (line for line in summary if line.startswith("Operation Neptune "))
    assert neptune == NEPTUNE
    shown = run("show", "operation-neptune").stdout
    seized = hb.OPERATION_NEPTUNE.seized_value
    assert seized is not None and seized.period is not None
    when = f"{seized.period.format()}, date inferred"
    # The seizure is dated, the year inferred; the operation itself is not.
    assert f"{seized.text} worth of assets seized ({when})" in neptune
    assert f"  seized_value       {seized.id} ({seized.text}; {when})\n" in shown
    assert "  period             \u2014\n" in shown
    # The target is read, not stated, in both, as the operation's readings say.
    assert "target: Los Cachiros (inferred)" in neptune
    assert "  targets            los-cachiros (Los Cachiros; inferred)\n" in shown
    read = {(r.field, r.value) for r in hb.OPERATION_NEPTUNE.readings}
    assert read == {("targets", "los-cachiros"), ("conducted_by", "government-of-honduras")}
    assert "conducted_by       government-of-honduras (Government of Honduras; inferred)\n" in (
        shown
    )
    # The personnel and the bodies they came from, by the figure's own words.
    assert "230 vetted personnel from 5 named bodies and others" in neptune
    assert "  personnel          operation-neptune-personnel (230)\n" in shown
    assert "  participants       honduran-national-police (Honduran National Police)\n" in shown
    # What is stated is not marked.
    assert "  supported_by       us-government (United States Government)\n" in shown


def test_show_marks_every_value_a_record_reads_into_the_words() -> None:
    """A value a record's readings name is marked inferred, once, whatever the record's kind."""
    assert "  aliases   We (inferred)\n" in run("show", "inl").stdout
    gangs = run("show", "transnational-gangs").stdout
    assert "  aliases   Gangs (inferred)\n            gangs (inferred)\n" in gangs
    dismissed = run("show", "supreme-court-dismissed-judges").stdout
    assert "  period        by the end of the first half of 2013 (inferred)\n" in dismissed
    assert "                a review of the work performed by all judges (inferred)\n" in (
        dismissed
    )
    assert "  objects       judges\n" in dismissed  # an object the text states


def test_a_person_reads_figure_never_quantity() -> None:
    """'show' and 'search' call a Quantity a figure, and a record's quantities its figures."""
    assert run("show", "judges-dismissed").stdout.startswith("Figure judges-dismissed\n")
    review = run("show", "judicial-review").stdout
    assert "  figures        judges-dismissed (57; by the end of the first half of 2013, " in review
    for args in (["show", "operation-neptune"], ["search", "judges"], ["list"], []):
        assert "quantit" not in run(*args).stdout.lower(), args


# --- Filters: the statements that answer a plain question -----------------------------


def test_list_finds_everything_a_source_says() -> None:
    """'list --source NAME' gives every statement whose source NAME is, by id, name or acronym."""
    said = [s.id for s in hb.BRIEF.statements if s.according_to.id == "violence-observatory"]
    assert len(said) == 5
    for name in ("violence-observatory", "Violence Observatory"):
        done = run("list", "statements", "--source", name)
        assert done.returncode == 0
        assert [line.split("\t")[0] for line in done.stdout.splitlines()] == said
    assert run("list", "--source", "Violence Observatory").stdout == done.stdout  # no KIND
    inl = run("list", "--source", "INL", "--format", "json")
    assert {e["according_to"] for e in json.loads(inl.stdout)} == {"inl"}


def test_list_finds_everything_the_text_calls_possible() -> None:
    """'list --factuality VALUE' gives exactly the statements of that factuality."""
    for factuality in hb.Factuality:
        done = run("list", "--factuality", factuality.value, "--format", "json")
        expected = [s.id for s in hb.BRIEF.statements if s.factuality is factuality]
        assert (done.returncode, [e["id"] for e in json.loads(done.stdout)]) == (
            (0 if expected else 1),
            expected,
        )
    possible = run("list", "--factuality", "possible").stdout.splitlines()
    assert [line.split("\t")[0] for line in possible] == [
        "homicide-rate-could-fall-to-80-in-2013",
        "homicide-rate-could-decrease-by-6-4-percent",
    ]


def test_list_finds_the_statements_about_a_thing_and_filters_combine() -> None:
    """'--about NAME' is statements_about(NAME); given together, every filter must hold."""
    about = run("list", "--about", "Honduras", "--format", "json")
    assert [e["id"] for e in json.loads(about.stdout)] == [
        s.id for s in hb.BRIEF.statements_about("honduras")
    ]
    both = run("list", "--about", "Domain:homicide rate", "--source", "Violence Observatory",
               "--factuality", "possible", "--format", "json")  # fmt: skip
    assert [e["id"] for e in json.loads(both.stdout)] == [
        "homicide-rate-could-fall-to-80-in-2013",
        "homicide-rate-could-decrease-by-6-4-percent",
    ]
    status, text = terminal("list", "--source", "Violence Observatory", "--factuality", "possible")
    assert status == 0
    assert text.startswith("  homicide-rate-could-fall-to-80-in-2013\n      ")


def test_nothing_that_matches_the_filters_exits_1() -> None:
    """Filters that no statement passes: nothing (or [] as JSON) and exit 1, as search does."""
    done = run("list", "--source", "INL", "--factuality", "possible-not")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == (
        "honduras-brief: no statement matches --source 'INL', --factuality 'possible-not'\n"
    )
    as_json = run("list", "--about", "INL", "--factuality", "possible-not", "--format", "json")
    assert (as_json.returncode, as_json.stdout) == (1, "[]\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--factuality", "probably"],
            (
                "--factuality: unknown value 'probably' (did you mean 'probable' or 'probable-not' "
                "or 'possible'?); the values are: certain, probable, possible, certain-not, "
                "probable-not, possible-not, underspecified"
            ),
        ),
        (["--source", "honduras"], "--source: 'honduras' is a Place, not an Actor"),
        (
            ["--source", "violence-observatry"],
            (
                "--source: no actor has the id or name 'violence-observatry' "
                "(did you mean 'violence-observatory'?)"
            ),
        ),
        (
            ["--about", "United States"],
            (
                "--about: 'United States' names 2 records: us-government (Actor), "
                "united-states (Place); give its id"
            ),
        ),
        (
            ["--about", "nepune"],
            "--about: no record has the id or name 'nepune' (did you mean 'operation-neptune'?)",
        ),
        (["figures", "--source", "INL"], "--source chooses among statements, not figures"),
        (["actors", "--about", "INL"], "--about chooses among statements, not actors"),
    ],
)
def test_a_bad_filter_exits_2_naming_the_option(args: list[str], message: str) -> None:
    """A filter's bad value exits 2 with one line that names the option."""
    done = run("list", *args)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"honduras-brief: error: {message}\n"


def test_a_source_the_sentence_does_not_name_is_noted(monkeypatch: pytest.MonkeyPatch) -> None:
    """A user's statement whose sentence does not name its source says whose word it is."""
    import io

    import attrs

    challenge, *others = hb.BRIEF.challenges
    first, *rest = challenge.statements
    observatory = hb.BRIEF.lookup("violence-observatory", hb.Actor)
    theirs = attrs.evolve(first, according_to=observatory)
    assert "Violence Observatory" not in str(theirs)
    changed = attrs.evolve(challenge, statements=(theirs, *rest))
    monkeypatch.setattr(cli, "BRIEF", attrs.evolve(hb.BRIEF, challenges=(changed, *others)))
    out = io.StringIO()
    assert cli.main(["list", "statements"], stdout=out) == 0
    assert out.getvalue().splitlines()[0] == (
        f"{first.id}\t{theirs} (according to Violence Observatory)"
    )


def test_show_says_a_statement_first_and_a_reading_in_one_line() -> None:
    """'show' puts a statement's sentence under its heading, and each reading on one line."""
    shown = run("show", "supreme-court-dismissed-judges")
    lines = shown.stdout.splitlines()
    assert lines[0] == "Statement supreme-court-dismissed-judges"
    assert lines[1].startswith("The Supreme Court dismissed 57 judges by mid-year")
    assert "Reading" not in shown.stdout
    assert any(line.lstrip().startswith("readings      period 'by mid-year': ") for line in lines)


def test_a_quote_of_a_text_without_sections_says_only_where_it_stands() -> None:
    """The quote's place is its offsets, with its section only where the text has one."""
    out = _terminal.Terminal(io.StringIO(), colour=False, columns=None)
    mention = pages.brief().actors[0].mentions[0]
    assert cli._quote(out, mention, [(mention.start, mention.end)]) == (
        f"\u201c*our{_terminal.GLUE}fathers*\u201d [{mention.start}:{mention.end}]"
    )
    shipped = hb.BRIEF.challenges[0].citations[0]
    assert cli._quote(out, shipped, []).endswith(
        f" [{shipped.start}:{shipped.end},{_terminal.GLUE}challenges]"
    )


# --- Tables: --table for CSV, and Parquet -------------------------------------------


def test_the_tables_are_those_of_to_records() -> None:
    """--table offers exactly the tables the library writes."""
    from typing import get_args

    from honduras_brief._tables import Table

    assert cli.TABLES == get_args(Table)


@pytest.mark.parametrize("table", cli.TABLES)
def test_export_writes_each_table(table: str, tmp_path: Path) -> None:
    """CSV of --table is to_csv's; Parquet of --table reads back as to_arrow's, lists and all."""
    pq = pytest.importorskip("pyarrow.parquet")
    csv = run("export", "--format", "csv", "--table", table)
    assert (csv.returncode, csv.stdout) == (0, hb.to_csv(hb.BRIEF, table=table))  # type: ignore[call-overload]
    target = tmp_path / f"{table}.parquet"
    done = run("export", "--format", "parquet", "--table", table, "-o", str(target))
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    assert pq.read_table(target).equals(hb.to_arrow(hb.BRIEF, table=table))  # type: ignore[arg-type]


def test_parquet_goes_to_a_pipe_never_to_a_terminal(tmp_path: Path) -> None:
    """Parquet to standard output: the bytes, for a program; to a terminal, refused (exit 2)."""
    pq = pytest.importorskip("pyarrow.parquet")
    piped = subprocess.run(
        [SCRIPT, "export", "--format", "parquet"], capture_output=True, check=True, timeout=60
    )
    assert pq.read_table(io.BytesIO(piped.stdout)).equals(hb.to_arrow(hb.BRIEF))
    status, shown = terminal("export", "--format", "parquet")
    assert status == 2
    assert shown == (
        "honduras-brief: error: --format parquet is binary: give -o FILE, or pipe it to a\n"
        "  program\n"
    )
    existing = tmp_path / "f.parquet"
    existing.write_bytes(b"keep")
    refused = run("export", "--format", "parquet", "-o", str(existing))
    assert (refused.returncode, existing.read_bytes()) == (2, b"keep")
    assert "exists; pass --force to replace it" in refused.stderr
    assert run("export", "--format", "parquet", "-o", str(existing), "--force").returncode == 0
    assert pq.read_table(existing).num_rows == len(hb.to_records(hb.BRIEF))


def test_parquet_without_the_extra_says_which(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without pyarrow: one line naming the pandas extra, exit 1, nothing written."""
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    target = tmp_path / "f.parquet"
    assert cli.main(["export", "--format", "parquet", "-o", str(target)], stdout=io.StringIO()) == 1
    assert "needs the pandas extra" in capsys.readouterr().err
    assert not target.exists()
    no_bytes = io.StringIO()  # a text stream with no bytes beneath
    assert cli.main(["export", "--format", "parquet"], stdout=no_bytes) == 2


def test_table_is_for_csv_and_parquet() -> None:
    """--table with another format is a mistake: exit 2, naming both."""
    done = run("export", "--format", "markdown", "--table", "actors")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == "honduras-brief: error: --table is for csv and parquet, not markdown\n"


# --- What is read has a limit, and failures are counted ----------------------------


def test_verify_reads_no_more_than_its_limit() -> None:
    """Verify /dev/zero: one line naming the limit, exit 1, within a second or so."""
    done = run("verify", "/dev/zero")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == (
        "honduras-brief: error: '/dev/zero' is larger than 67,108,864 bytes, "
        "the most a brief may be\n"
    )


def test_verify_lists_at_most_twenty_failures(tmp_path: Path) -> None:
    """Past twenty problems, one line says how many more; none goes to standard output."""
    data = hb.to_dict(hb.BRIEF)

    def inexact(value: object) -> None:  # every exact figure called approximate, wherever it stands
        if isinstance(value, dict):
            if value.get("qualifier") == "exact":
                value["qualifier"] = "about"
            for item in value.values():
                inexact(item)
        elif isinstance(value, list):
            for item in value:
                inexact(item)

    inexact(data)
    doctored = tmp_path / "doctored.json"
    doctored.write_text(json.dumps(data), encoding="utf-8")
    done = run("verify", str(doctored))
    assert (done.returncode, done.stdout) == (1, "")
    lines = done.stderr.splitlines()
    assert lines[0] == f"honduras-brief: error: {doctored} is not a brief this library can read:"
    assert len(lines) == 1 + cli.SHOWN_FAILURES + 1
    assert all(line.startswith("honduras-brief: FAIL $.") for line in lines[1:-1])
    more = lines[-1].removeprefix("honduras-brief: ... and ").removesuffix(" more")
    assert int(more) > 0


def test_check_reads_a_limited_standard_input() -> None:
    """Check - refuses more than MAX_CLAIM characters, in one line, exit 2."""
    done = subprocess.run(
        [SCRIPT, "check", "-"], input="a" * (cli.MAX_CLAIM + 1), capture_output=True,
        text=True, check=False, timeout=60,
    )  # fmt: skip
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        "honduras-brief: error: standard input holds more than 1,048,576 characters; "
        "a claim is a sentence\n"
    )


# --- Standard output by name, and words under a locale that is not UTF-8 -------------


def test_dev_stdout_is_the_stream_the_shell_opened(tmp_path: Path) -> None:
    """-o /dev/stdout writes to the descriptor: '>>' appends, and nothing is replaced or refused."""
    target = tmp_path / "out.csv"
    target.write_text("pre\n", encoding="utf-8")
    done = subprocess.run(  # noqa: S602 -- the point is the shell's own redirection
        f"{SCRIPT} export --format csv -o /dev/stdout >> {target}", shell=True,
        capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert target.read_text(encoding="utf-8") == "pre\n" + hb.to_csv(hb.BRIEF)
    assert Path("/dev/stdout").is_symlink() or Path("/dev/stdout").is_char_device()


@pytest.mark.parametrize(
    ("path", "number"),
    [("/dev/stdout", 1), ("/dev/stderr", 2), ("/dev/stdin", 0), ("/dev/fd/7", 7),
     ("/proc/self/fd/12", 12), ("/dev/fd/x", None), ("/dev/fd/", None), ("out.csv", None)],
)  # fmt: skip
def test_names_of_descriptors(path: str, number: int | None) -> None:
    """The names of the process's own streams, and nothing else."""
    from honduras_brief._io import descriptor

    assert descriptor(path) == number


def test_parquet_to_a_closed_or_full_stdout() -> None:
    """A reader gone: quiet, 141; a full device: one line naming standard output, exit 1."""
    pytest.importorskip("pyarrow")
    gone = subprocess.run(  # noqa: S602 -- a reader that closes at once
        f"{SCRIPT} export --format parquet | (exec 0<&-; sleep 1); exit ${{PIPESTATUS[0]}}",
        shell=True, executable="/bin/bash", capture_output=True, check=False, timeout=60,
    )  # fmt: skip
    assert (gone.returncode, gone.stderr) == (141, b"")
    with Path("/dev/full").open("wb") as full:
        done = subprocess.run(
            [SCRIPT, "export", "--format", "parquet"], stdout=full, stderr=subprocess.PIPE,
            check=False, timeout=60,
        )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr == (
        b"honduras-brief: error: cannot write to standard output: No space left on device\n"
    )


def test_words_are_read_as_utf8_under_the_c_locale() -> None:
    """LC_ALL=C without UTF-8 mode: a typed apostrophe, in an argument or on stdin, is itself."""
    env = {"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""}
    sentence = "Honduras\u2019 homicide rate was 85.5 per 100,000 in 2012."
    typed = run("check", sentence, "--format", "json", env=env)
    piped = subprocess.run(
        [SCRIPT, "check", "-", "--format", "json"], input=sentence.encode("utf-8"),
        capture_output=True, check=False, timeout=60, env={**os.environ, **env},
    )  # fmt: skip
    for done in (typed.stdout.encode("utf-8"), piped.stdout):
        assert json.loads(done)["claim"] == sentence
    assert piped.returncode == typed.returncode == 0
    refused = subprocess.run(
        [SCRIPT, "check", "-"], input=b"\xff\xfe", capture_output=True, check=False,
        timeout=60, env={**os.environ, **env},
    )  # fmt: skip
    assert (refused.returncode, refused.stderr) == (
        2, b"honduras-brief: error: standard input is not UTF-8 text\n"
    )  # fmt: skip


def test_a_word_that_is_not_utf8_is_left_as_given() -> None:
    """Bytes that are not UTF-8 stay as the system read them, and are refused where read."""
    assert cli._utf8("caf\udce9") == "caf\udce9"
    assert cli._utf8("caf\udcc3\udca9") == "caf\u00e9"
    assert cli._utf8("plain") == "plain"
