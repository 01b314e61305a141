"""
The ``honduras-brief`` command line (also ``python -m honduras_brief``).

Standard library only, besides the package itself: argparse for the
commands, difflib for suggestions, ANSI colour only on a terminal and never
with ``NO_COLOR`` set.
"""

from __future__ import annotations

import argparse
import codecs
import difflib
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Final, TextIO

from . import _display
from ._changes import describe_change
from ._models import Brief, Record
from ._quantities import Quantity
from ._statements import Statement
from ._verify import verify
from .content import (
    BRIEF,
    COCAINE_FLOW_SHARE_2012,
    HOMICIDE_RATE_2012,
    HOMICIDE_RATE_2013,
    HOMICIDE_RATE_DECREASE,
    OPERATION_NEPTUNE,
)
from .exceptions import InvalidDataError, UnknownRecordError

PROG: Final = "honduras-brief"
KINDS: Final = (
    "challenges",
    "goals",
    "accomplishments",
    "operations",
    "actors",
    "places",
    "figures",
    "statements",
)
COMMANDS: Final = ("summary", "list", "show", "search", "cite", "export", "verify")


class _UsageError(Exception):
    """A mistake in the command line: exit status 2, with a message."""


class _Out:
    """Where output goes, with colour only where it belongs."""

    def __init__(self, stream: TextIO, *, colour: bool) -> None:
        self.stream = stream
        self.colour = colour
        self.plain = not _can_write(stream, _FANCY)

    def _paint(self, code: str, words: str) -> str:
        return f"\x1b[{code}m{words}\x1b[0m" if self.colour else words

    def heading(self, words: str) -> None:
        self.line(self._paint("1", words))

    def ident(self, words: str, width: int = 0) -> str:
        # Pad before painting: escape codes would count towards the width.
        return self._paint("36", f"{words:<{width}}")

    def dim(self, words: str) -> str:
        return self._paint("2", words)

    def line(self, words: str = "") -> None:
        self.write(words + "\n")

    def write(self, text: str) -> None:
        # Under LC_ALL=C or PYTHONIOENCODING=ascii, the text's curly quotes,
        # dashes and no-break spaces become their plain forms, and anything
        # else the stream cannot hold becomes "?": never a traceback.
        if self.plain:
            encoding = getattr(self.stream, "encoding", None) or "ascii"
            try:
                codecs.lookup(encoding)
            except LookupError:
                encoding = "ascii"  # a codec Python does not know: the safest
            text = text.translate(_PLAIN).encode(encoding, "replace").decode(encoding)
        self.stream.write(text)


_PLAIN: Final = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u2013": "-",
        "\u2014": "--",
        "\u2026": "...",
        "\u00a0": " ",
        "\u2022": "*",
    }
)
_FANCY: Final = "\u201c\u2013\u2014\u2019\u00a0\u2022"


def _can_write(stream: TextIO, words: str) -> bool:
    encoding = getattr(stream, "encoding", None)
    if not isinstance(encoding, str):
        return True  # a StringIO and the like hold any text
    try:
        words.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _wants_colour(stream: TextIO) -> bool:
    # https://no-color.org: any non-empty NO_COLOR turns colour off;
    # https://force-color.org: any non-empty FORCE_COLOR turns it on.
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return bool(getattr(stream, "isatty", lambda: False)())


def _records_of(kind: str, brief: Brief) -> Sequence[Record]:
    if kind == "figures":
        return brief.quantities
    if kind == "statements":
        return brief.statements
    records: Sequence[Record] = getattr(brief, kind)
    return records


def _suggest(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=3, cutoff=0.5)
    return f" (did you mean {' or '.join(repr(c) for c in close)}?)" if close else ""


# --- Commands ------------------------------------------------------------------------


def _summary(out: _Out, _: argparse.Namespace) -> int:
    source = BRIEF.source
    out.heading(
        f"{source.title} ({source.publisher}, {source.bureau_acronym}), "
        f"{source.years[0]}-{source.years[-1]}"
    )
    out.line(
        out.dim(
            f"{source.url}  sha256 {source.sha256[:12]}...  "
            f"public domain: {_display.text(source.public_domain)}"
        )
    )
    out.line()
    out.heading("Challenges")
    for c in BRIEF.challenges:
        out.line(f"  {out.ident(c.id, 44)} {c.title}")
    out.line()
    out.heading("Headline figures")
    for q in (HOMICIDE_RATE_2012, HOMICIDE_RATE_2013):
        year = q.period.format() if q.period else "?"
        who = q.attributed_to.name if q.attributed_to else "the text"
        out.line(f"  homicide rate {year}: {q.text} ({q.basis.value}, according to the {who})")
    change = describe_change(HOMICIDE_RATE_2012, HOMICIDE_RATE_2013)
    out.line(
        f"  change: {change.text} (the text: \u201ca {HOMICIDE_RATE_DECREASE.text} decrease\u201d)"
    )
    out.line(
        "  cocaine bound for the U.S. through Central America, 2012: "
        + COCAINE_FLOW_SHARE_2012.text
    )
    out.line(out.dim(f"  every figure: {PROG} list figures"))
    out.line()
    out.heading("Goals")
    for g in BRIEF.goals:
        out.line(f"  {out.ident(g.id, 44)} {g.title}")
    out.line()
    out.heading("Accomplishments")
    for a in BRIEF.accomplishments:
        out.line(f"  {out.ident(a.id, 44)} {a.title}")
    out.line()
    op = OPERATION_NEPTUNE
    out.heading(op.name)
    seized = op.seized_value
    out.line(f"  seized:  {_display.text(seized.period if seized else None)}")
    out.line(f"           {_display.text(seized.text if seized else None)} in "
             f"{', '.join(k.value for k in op.assets_seized)}")  # fmt: skip
    out.line(
        f"  target:  {', '.join(a.name for a in op.targets)} (inferred: the assets were theirs)"
    )
    out.line(f"  with:    {op.personnel.text if op.personnel else '?'} vetted personnel from "
             f"{len(op.participants)} bodies; coordinated with a U.S. Treasury designation"
             )  # fmt: skip
    return 0


def _list(out: _Out, args: argparse.Namespace) -> int:
    kinds = (args.kind,) if args.kind else KINDS
    for kind in kinds:
        if len(kinds) > 1:
            out.heading(kind.capitalize())
        for record in _records_of(kind, BRIEF):
            if isinstance(record, Quantity):
                detail = f"{record.text} \u2014 {record.measure}"
            elif isinstance(record, Statement):
                detail = _statement_line(record)
            else:
                detail = str(getattr(record, "title", None) or getattr(record, "name", ""))
            out.line(f"  {out.ident(record.id, 44)} {detail}")
        if len(kinds) > 1:
            out.line()
    return 0


def _statement_line(statement: Statement) -> str:
    # What a reader needs besides the proposition: how sure, and whose word.
    notes = []
    if statement.according_to.id != "inl":
        notes.append(f"according to {statement.according_to.name}")
    if not statement.is_stated:
        notes.append("inferred")
    return str(statement) + (f" ({', '.join(notes)})" if notes else "")


def _record(key: str) -> Record:
    try:
        return BRIEF.lookup(key)  # an id, or a name, an acronym, an alias
    except LookupError as error:
        missing = isinstance(error, UnknownRecordError)
        why = f"no record has the id or name {key!r}" if missing else str(error)
        raise _UsageError(why + (_suggest(key, BRIEF.ids) if missing else "")) from None


def _show(out: _Out, args: argparse.Namespace) -> int:
    record = _record(args.id)
    out.heading(f"{type(record).__name__} {record.id}")
    for name, value in _display.fields(record):
        if name == "statements":
            continue  # listed below, one to a line
        items = value if isinstance(value, tuple) and value else (value,)
        for index, item in enumerate(items):
            shown = _display.label(item) if hasattr(item, "id") else _display.text(item)
            out.line(f"  {name if index == 0 else '':<18} {shown}")
    if isinstance(record, Statement):
        return 0
    own = getattr(record, "statements", None)
    statements = BRIEF.statements_about(record) if own is None else own
    if statements:
        out.line()
        out.heading("Statements" if own is not None else "Statements about it")
        for statement in statements:
            out.line(f"  {out.ident(statement.id)}")
            out.line(f"      {_statement_line(statement)}")
    return 0


def _search(out: _Out, args: argparse.Namespace) -> int:
    from ._search import search

    query = " ".join(args.words)
    try:
        hits = search(query, BRIEF)
    except ValueError as error:
        raise _UsageError(str(error).replace("'query'", "the words to search for")) from None
    for hit in hits:
        kind = type(hit.record).__name__.lower()
        out.line(f"  {out.ident(hit.record.id, 44)} {kind:<14} {hit.where}: {hit.snippet}")
    if not hits:
        sys.stderr.write(f"{PROG}: nothing matches {query!r}\n")
        return 1
    return 0


def _markdown(brief: Brief) -> str:
    lines = [
        f"# {brief.source.title}",
        "",
        f"{brief.source.publisher}, {brief.source.bureau}. <{brief.source.url}>",
        "",
    ]
    for name in ("challenges", "goals", "accomplishments", "operations"):
        lines += [f"## {name.capitalize()}", ""]
        for record in getattr(brief, name):
            lines += [f"### {getattr(record, 'title', None) or record.name} (`{record.id}`)", ""]
            lines += [f"> {c.quote}" + "\n>" for c in record.citations]
            lines[-1] = lines[-1].removesuffix("\n>")
            lines.append("")
    lines += [
        "## Figures",
        "",
        "| id | figure | measure | low | high | unit |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for q in brief.quantities:
        cells = (q.id, q.text, q.measure, _display.text(q.low), _display.text(q.high), q.unit.value)
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


def _export(out: _Out, args: argparse.Namespace) -> int:
    if args.output == "":
        raise _UsageError("-o needs a file name (or - for standard output)")
    if args.format == "datapackage":
        from ._publish import write_datapackage

        if not args.output:
            raise _UsageError("--format datapackage writes a directory: give it with -o DIR")
        try:
            write_datapackage(args.output, BRIEF)
        except FileExistsError:
            raise _UsageError(
                f"{args.output!r} is a file, or a directory that holds files; "
                "give a new or empty directory"
            ) from None
        return 0
    if args.format == "json":
        from .serialization import to_json

        text = to_json(BRIEF, indent=2) + "\n"
    elif args.format == "jsonld":
        import json

        from ._linked import to_jsonld

        text = json.dumps(to_jsonld(BRIEF), ensure_ascii=False, indent=2) + "\n"
    elif args.format == "csv":
        from ._tables import to_csv

        text = to_csv(BRIEF)
    else:
        text = _markdown(BRIEF)
    if args.output is None or args.output == "-":
        out.write(text)
        return 0
    path = Path(args.output)
    if path.exists() and not path.is_dir() and not args.force:
        raise _UsageError(f"{args.output!r} exists; pass --force to replace it")
    try:
        path.write_text(text, encoding="utf-8", newline="")
    except OSError as error:
        sys.stderr.write(f"{PROG}: error: cannot write {args.output!r}: {error.strerror}\n")
        return 1
    return 0


def _cite(out: _Out, args: argparse.Namespace) -> int:
    from ._cite import cite

    out.line(cite(_record(args.id), args.format, brief=BRIEF))
    return 0


def _verify(out: _Out, args: argparse.Namespace) -> int:
    brief = BRIEF
    if args.file is not None:
        # A brief someone sent as JSON: read it strictly, then check all of it.
        from .serialization import from_json

        try:
            text = Path(args.file).read_bytes()
        except OSError as error:
            sys.stderr.write(f"{PROG}: error: cannot read {args.file!r}: {error.strerror}\n")
            return 1
        try:
            brief = from_json(text, Brief)
        except InvalidDataError as error:
            out.line(f"FAIL {args.file} is not a brief this library can read:")
            for path, message in error.problems:
                out.line(f"  {path}: {message}")
            return 1
    result = verify(brief)
    out.line(
        f"checked the text's sha256, {result.citations} citations, {result.figures} figures, "
        f"{result.dates} dates, {result.statements} statements "
        f"and {result.derived} stated derived figure(s)"
    )
    for failure in result.failures:
        out.line(f"FAIL {failure}")
    out.line("all checks passed" if result.ok else f"{len(result.failures)} check(s) failed")
    return 0 if result.ok else 1


# --- Parsing and running -----------------------------------------------------------


def _version() -> str:
    from importlib.metadata import version

    return f"{PROG} {version('honduras-brief')}"


class _Version(argparse.Action):
    # argparse's own version action takes the string up front: importing
    # importlib.metadata on every run costs more than most commands.
    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        sys.stdout.write(_version() + "\n")
        parser.exit()


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]  # raises instead of exiting
        raise _UsageError(message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="The U.S. State Department's 2012-2013 INL brief on Honduras, cited.",
        epilog="Run 'honduras-brief COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.add_parser("summary", help="the brief in one screen (the default)").set_defaults(
        run=_summary
    )
    listing = commands.add_parser("list", help="list records of one kind, or of every kind")
    listing.add_argument("kind", nargs="?", metavar="KIND", help=f"one of: {', '.join(KINDS)}")
    listing.set_defaults(run=_list)
    show = commands.add_parser(
        "show", help="one record in full, with its quotes, where they stand, and its statements"
    )
    show.add_argument("id", metavar="ID", help="a record's id, as 'list' prints it")
    show.set_defaults(run=_show)
    search = commands.add_parser(
        "search", help="records and statements whose words or actors match all the WORDS"
    )
    search.add_argument(
        "words",
        nargs="+",
        metavar="WORDS",
        help="words to find, in any order; case and accents aside",
    )
    search.set_defaults(run=_search)
    citing = commands.add_parser(
        "cite", help="a citation of one record, with its quote and where it stands"
    )
    citing.add_argument("id", metavar="ID", help="a record's id, as 'list' prints it")
    citing.add_argument(
        "--format",
        default="text",
        choices=("text", "csl", "bibtex"),
        help="text to paste (the default), CSL-JSON (Zotero, Mendeley, pandoc) or BibTeX",
    )
    citing.set_defaults(run=_cite)
    export = commands.add_parser(
        "export",
        help=(
            "the whole brief as JSON, CSV (one row per figure), Markdown, JSON-LD "
            "or a Frictionless Data Package"
        ),
    )
    export.add_argument(
        "--format",
        default="json",
        choices=("json", "csv", "markdown", "jsonld", "datapackage"),
        help=(
            "json (the default: every record, lossless), csv (one row per figure), "
            "markdown, jsonld (linked data) or datapackage (a Frictionless Data Package)"
        ),
    )
    export.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE instead of standard output ('-' is standard output; "
        "a directory, for datapackage)",
    )
    export.add_argument(
        "--force", action="store_true", help="replace FILE if it exists (never done silently)"
    )
    export.set_defaults(run=_export)
    checking = commands.add_parser(
        "verify",
        help="check every citation, figure, date and statement against the text",
    )
    checking.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="a brief as JSON (from 'export' or anyone else) to check instead of the shipped one",
    )
    checking.set_defaults(run=_verify)
    return parser


def _check(args: argparse.Namespace) -> None:
    kind = getattr(args, "kind", None)
    if kind is not None and kind not in KINDS:
        raise _UsageError(
            f"unknown kind {kind!r}{_suggest(kind, KINDS)}; the kinds are: {', '.join(KINDS)}"
        )


def _parse(argv: list[str]) -> argparse.Namespace:
    # argparse would call an unknown command an invalid choice, without
    # suggesting the nearest one.
    if argv and not argv[0].startswith("-") and argv[0] not in COMMANDS:
        raise _UsageError(f"unknown command {argv[0]!r}{_suggest(argv[0], COMMANDS)}")
    args = _parser().parse_args(argv)
    _check(args)
    return args


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    """Run the command line; return its exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    stream = sys.stdout if stdout is None else stdout
    if stream is None:  # started with standard output closed (">&-")
        sys.stderr.write(f"{PROG}: error: standard output is closed\n")
        return 1
    out = _Out(stream, colour=_wants_colour(stream))
    try:
        args = _parse(argv)
        run: Callable[[_Out, argparse.Namespace], int] = getattr(args, "run", _summary)
        status = run(out, args)
        stream.flush()
    except _UsageError as error:
        sys.stderr.write(f"{PROG}: error: {error}\n")
        return 2
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, and keep Python
        # from complaining again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        return 141  # as a shell reports a process ended by SIGPIPE
    except (OSError, ValueError) as error:
        # A closed or failing standard output: one line, not a traceback.
        if isinstance(error, ValueError) and not getattr(stream, "closed", False):
            raise
        sys.stderr.write(f"{PROG}: error: cannot write to standard output\n")
        return 1
    return status


def run() -> None:
    """The console script's entry point."""
    sys.exit(main())
