"""What people read fits their terminal: run in a pseudo-terminal at 60, 80 and 120 columns."""

from __future__ import annotations

import argparse
import fcntl
import io
import itertools
import os
import pty
import re
import shutil
import struct
import subprocess
import sys
import termios
import unicodedata
from pathlib import Path

import pytest

import honduras_brief as hb
from honduras_brief import _terminal, cli

SCRIPT = shutil.which("honduras-brief", path=str(Path(sys.executable).parent))
WIDTHS = (60, 80, 120)
ESCAPE = re.compile(r"\x1b\[[0-9;]*m")
FIGURES = tuple(q.text for q in hb.BRIEF.quantities)
# Every command that writes for people, and each kind 'list' takes.
COMMANDS = (
    [],
    ["list"],
    *(["list", kind] for kind in cli.KINDS),
    ["show", "operation-neptune"],
    ["show", "drug-transit"],
    ["show", "honduran-government-removed-dozens-of-police-and-prosecutors"],
    ["search", "cachiros"],
    ["search", "judges", "dismissed"],
    ["cite", "judges-dismissed"],
    ["verify"],
)
KIND_FIELDS = {"figures": "quantities"}  # 'list figures' lists BRIEF.quantities
HELP = ([], *([command] for command in cli.COMMANDS))


class Screen(io.StringIO):
    """A stream that says it is a terminal: what is written to it is wrapped, in process."""

    def isatty(self) -> bool:
        """A terminal, as a pseudo-terminal would say."""
        return True


def columns_of(line: str) -> int:
    """How many columns a printed line takes: escape codes none, wide characters two."""
    plain = ESCAPE.sub("", line)
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in plain
    )


def run_in_a_terminal(
    args: list[str],
    columns: int | None,
    lines: int = 24,
    env: dict[str, str] | None = None,
) -> tuple[int, str]:
    """Run the console script in a pseudo-terminal of *columns* x *lines*; its status and output."""
    assert SCRIPT is not None
    leader, follower = pty.openpty()
    if columns is not None:  # a pseudo-terminal nobody gave a size is 0 x 0
        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
    unset = ("COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR", "PYTHONIOENCODING")
    environment = {k: v for k, v in os.environ.items() if k not in unset}
    with subprocess.Popen(
        [SCRIPT, *args], stdout=follower, stderr=follower, env={**environment, **(env or {})}
    ) as proc:
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the other end closed: Linux says EIO
                break
            if not chunk:
                break
            chunks.append(chunk)
        done = proc.wait(timeout=60)
    os.close(leader)
    return done, b"".join(chunks).decode().replace("\r\n", "\n")


def on_a_terminal(
    args: list[str],
    columns: int | None,
    lines: int = 24,
    env: dict[str, str] | None = None,
    status: int = 0,
) -> str:
    """Run the console script in a pseudo-terminal of *columns* x *lines*; what it printed."""
    done, text = run_in_a_terminal(args, columns, lines, env)
    assert done == status
    return text


def assert_fits(text: str, width: int) -> list[str]:
    """No line of *text* is wider than *width*; its lines without colour codes."""
    lines = [ESCAPE.sub("", line) for line in text.splitlines()]
    wide = [line for line in lines if columns_of(line) > width]
    assert wide == [], f"wider than {width}: {wide}"
    return lines


def whole(word: str, lines: list[str]) -> bool:
    """*word* stands whole on one of *lines*, not run into a longer id."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    return any(pattern.search(line) for line in lines)


def cut_figures(lines: list[str]) -> list[str]:
    """The figures whose words run from the end of one line onto the next."""
    cut = []
    for end, start in itertools.pairwise(lines):
        for figure in FIGURES:
            words = figure.split(" ")
            for k in range(1, len(words)):
                head, tail = " ".join(words[:k]), " ".join(words[k:])
                if end.rstrip().endswith(head) and start.lstrip().startswith(tail):
                    cut.append(figure)
    return cut


def ids_of(args: list[str]) -> list[str]:
    """The ids a command must print whole."""
    if args[:1] == ["list"]:
        kinds = args[1:] or list(cli.KINDS)
        return [r.id for kind in kinds for r in getattr(hb.BRIEF, KIND_FIELDS.get(kind, kind))]
    if args[:1] == ["show"]:
        return [args[1]]
    if not args:
        brief = hb.BRIEF
        return (
            [c.id for c in brief.challenges]
            + [g.id for g in brief.goals]
            + [a.id for a in brief.accomplishments]
        )
    return []


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a) or "summary")
def test_every_command_fits_the_terminal(args: list[str], width: int) -> None:
    """At 60, 80 and 120 columns no line is wider, and ids and figures stand whole."""
    lines = assert_fits(on_a_terminal(args, width), width)
    missing = [i for i in ids_of(args) if not whole(i, lines)]
    assert missing == []
    if args[:2] == ["list", "figures"]:
        assert [f for f in FIGURES if not any(f in line for line in lines)] == []
    assert cut_figures(lines) == []


@pytest.mark.parametrize("args", HELP, ids=lambda a: " ".join(a) or "program")
def test_help_fits_sixty_columns(args: list[str]) -> None:
    """Every --help fits 60 columns, its lines broken at spaces only."""
    lines = assert_fits(on_a_terminal([*args, "--help"], 60), 60)
    assert lines[0].startswith("usage: honduras-brief")
    if args == ["cite"]:
        assert whole("(CSL-JSON:", lines)  # argparse alone would break it at the hyphen


def test_every_command_and_option_has_help() -> None:
    """Each command, argument and option says what it does."""
    parser = cli._parser()
    (commands,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert sorted(commands.choices) == sorted(cli.COMMANDS)
    assert all(choice.help for choice in commands._choices_actions)
    for each in (parser, *commands.choices.values()):
        undocumented = [a.dest for a in each._actions if not a.help]
        assert undocumented == [], each.prog


def test_the_summary_fits_80_by_24() -> None:
    """'honduras-brief' alone fits 80 x 24 without scrolling, the prompt on the last line."""
    text = on_a_terminal([], 80, 24)
    lines = assert_fits(text, 80)
    assert len(lines) <= 23
    assert lines[0] == (
        "INL country program page for Honduras (U.S. Department of State, INL), 2012-2013"
    )
    assert "Homicide rate      85.5 per 100,000 (2012) to 80 per 100,000 (2013, projected):" in (
        lines
    )
    assert lines[-1] == "More: honduras-brief list KIND, show ID, search WORDS, --help"


def test_columns_wins_over_the_terminal_s_width() -> None:
    """COLUMNS, when set, is the width, whatever the terminal says (as shutil reads it)."""
    assert on_a_terminal(["list", "figures"], 200, env={"COLUMNS": "60"}) == (
        on_a_terminal(["list", "figures"], 60)
    )
    assert on_a_terminal(["list", "figures"], 60, env={"COLUMNS": "120"}) == (
        on_a_terminal(["list", "figures"], 120)
    )


@pytest.mark.parametrize("columns", ["", "0", "-5", "wide", "\u00b2"])
def test_a_width_nobody_knows_is_80(columns: str) -> None:
    """A terminal never given a size, or a COLUMNS that is no positive number: 80."""
    at_80 = on_a_terminal(["list", "figures"], 80)
    assert on_a_terminal(["list", "figures"], None, env={"COLUMNS": columns}) == at_80


@pytest.mark.parametrize("columns", [None, "40", "80"])
def test_a_pipe_is_never_wrapped(columns: str | None) -> None:
    """To a pipe, whatever COLUMNS says, each figure is one line: its id, a tab, its words."""
    environment = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    piped = subprocess.run(
        [str(SCRIPT), "list", "figures"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        env=environment if columns is None else {**environment, "COLUMNS": columns},
    )
    lines = piped.stdout.splitlines()
    assert [line.split("\t")[0] for line in lines] == [q.id for q in hb.BRIEF.quantities]
    terminal = " ".join(ESCAPE.sub("", on_a_terminal(["list", "figures"], 80)).split())
    assert " ".join(piped.stdout.replace("\t", " ").split()) == terminal  # the same words
    assert max(map(len, lines)) > 120


@pytest.mark.parametrize("width", WIDTHS)
def test_show_fits_for_every_record(width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """'show' of every record fits, its id whole, its figures whole."""
    monkeypatch.setenv("COLUMNS", str(width))
    monkeypatch.setenv("FORCE_COLOR", "1")  # escape codes take no columns
    monkeypatch.delenv("NO_COLOR", raising=False)
    for record in hb.BRIEF:
        out = Screen()
        assert cli.main(["show", record.id], stdout=out) == 0
        lines = assert_fits(out.getvalue(), width)
        assert whole(record.id, lines), record.id
        if isinstance(record, hb.Quantity):
            assert any(record.text in line for line in lines), record.id


def test_an_id_wider_than_the_terminal_stands_whole() -> None:
    """At 30 columns a 56-character id overflows, whole, on a line of its own; a figure too."""
    longest = "office-for-administration-of-seized-and-forfeited-assets"
    lines = on_a_terminal(["show", "operation-neptune"], 30).splitlines()
    wide = [ESCAPE.sub("", line) for line in lines if columns_of(line) > 30]
    assert wide
    assert all(len(_terminal.glue(line, FIGURES).split(" ")) == 1 for line in wide), wide
    assert longest in wide
    listed = [ESCAPE.sub("", line) for line in on_a_terminal(["list", "actors"], 30).splitlines()]
    assert longest in listed  # flush left: it would not fit after the indent


def test_an_address_breaks_after_a_slash_only_when_it_cannot_fit() -> None:
    """The source's address is whole at 80 columns and broken after a slash at 60."""
    url = hb.BRIEF.source.url
    assert whole(url, assert_fits(on_a_terminal([], 80), 80))
    narrow = [ESCAPE.sub("", line) for line in on_a_terminal([], 60).splitlines()]
    assert "http://www.state.gov/j/inl/regions/westernhemisphere/" in narrow
    assert "219171.htm (public domain)" in narrow


def test_an_ascii_terminal_gets_the_same_lines() -> None:
    """An ASCII terminal gets the text's own characters (as UTF-8), wrapped as anywhere else."""
    ascii_ = on_a_terminal(["list", "figures"], 60, env={"PYTHONIOENCODING": "ascii"})
    assert "\u2013" in ascii_  # "September 19\u201326": the text's en dash, not "-"
    note = (
        "honduras-brief: note: standard output's encoding (ascii)\n"
        "  cannot hold every character of the text: written as UTF-8\n"
    )
    assert ascii_.count(note) == 1  # standard error, on the same terminal, wrapped
    assert ascii_.replace(note, "") == on_a_terminal(["list", "figures"], 60)
    assert_fits(ascii_, 60)


def test_formats_are_written_as_the_library_writes_them() -> None:
    """Export, annotate and the CSL and BibTeX citations are never wrapped."""
    for args in (
        ["export"],
        ["export", "--format", "csv"],
        ["cite", "judges-dismissed", "--format", "bibtex"],
        ["cite", "judges-dismissed", "--format", "csl"],
    ):
        narrow = on_a_terminal(args, 40, env={"NO_COLOR": "1"})
        assert narrow == on_a_terminal(args, 400, env={"NO_COLOR": "1"}), args
    bibtex = on_a_terminal(["cite", "judges-dismissed", "--format", "bibtex"], 40)
    assert bibtex == hb.cite(hb.BRIEF.lookup("judges-dismissed"), "bibtex") + "\n"


def test_the_wrapping_rules() -> None:
    """Lines break at spaces, never inside glued words; addresses after a slash."""
    glued = _terminal.glue("from 85.5 per 100,000 to 80 per 100,000", FIGURES)
    assert _terminal.wrap(glued, 20) == ["from", "85.5 per 100,000 to", "80 per 100,000"]
    assert _terminal.wrap("a \x1b[36mcoloured\x1b[0m word", 10) == [
        "a \x1b[36mcoloured\x1b[0m",
        "word",
    ]
    assert _terminal.wrap("x https://example.org/one/two", 14, "", "  ") == [
        "x https://",
        "  example.org/",
        "  one/two",
    ]
    assert _terminal.wrap("unbreakable-identifier here", 10) == ["unbreakable-identifier", "here"]
    assert _terminal.wrap("", 10, "  ") == [""]
    assert _terminal.cells("Hondur\u00e1n \u6771\u4eac e\u0301") == 15


@pytest.mark.parametrize("width", [40, *WIDTHS])
def test_an_error_on_a_terminal_never_cuts_an_id(width: int) -> None:
    """An error wider than the terminal is wrapped between words, so the terminal cuts no id."""
    lines = assert_fits(on_a_terminal(["show", "nepune"], width, status=2), width)
    assert lines[0].startswith("honduras-brief: error: no record")
    assert whole("'operation-neptune'?)", lines)
    assert " ".join(" ".join(lines).split()) == (
        "honduras-brief: error: no record has the id or name 'nepune' "
        "(did you mean 'operation-neptune'?)"
    )


def test_an_error_to_a_pipe_is_one_line() -> None:
    """Piped, an error is one line as written, however long, at any COLUMNS."""
    done = subprocess.run(
        [str(SCRIPT), "show", "nepune"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        env={**os.environ, "COLUMNS": "40"},
    )
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        "honduras-brief: error: no record has the id or name 'nepune' "
        "(did you mean 'operation-neptune'?)\n"
    )


def test_no_standard_error_says_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Started with standard error closed, a mistake still exits 2, silently."""
    monkeypatch.setattr(sys, "stderr", None)
    assert cli.main(["lst"], stdout=io.StringIO()) == 2


def test_a_terminal_without_columns_never_wraps() -> None:
    """Built for a pipe, a Terminal writes each paragraph and each row on one line."""
    out = io.StringIO()
    screen = _terminal.Terminal(out, colour=False, columns=None, phrases=lambda: FIGURES)
    assert (screen.wraps, screen.width) == (False, sys.maxsize)
    words = " ".join(["word"] * 50)
    screen.para(words, indent=2)
    screen.rows([("key", words), ("a-much-longer-key", "short")])
    screen.flat("id\tfrom 85.5 per 100,000\nto 80 per 100,000")
    assert out.getvalue().splitlines() == [
        f"  {words}",
        f"  key                {words}",
        "  a-much-longer-key  short",
        "id\tfrom 85.5 per 100,000 to 80 per 100,000",
    ]


def test_only_a_terminal_is_a_terminal() -> None:
    """A pipe, a StringIO and a closed stream are not terminals; a pseudo-terminal is."""
    assert _terminal.is_terminal(io.StringIO()) is False
    closed = io.StringIO()
    closed.close()
    assert _terminal.is_terminal(closed) is False
    assert _terminal.wants_colour(closed) is False
    leader, follower = pty.openpty()
    with open(follower, "w", encoding="utf-8") as stream:  # noqa: PTH123 -- a descriptor
        assert _terminal.is_terminal(stream) is True
    os.close(leader)


def test_a_terminal_whose_size_cannot_be_read_is_80(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stream that says it is a terminal but has no descriptor to ask: 80 columns."""
    monkeypatch.delenv("COLUMNS", raising=False)
    assert _terminal.width(Screen()) == 80
