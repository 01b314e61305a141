"""
The ``honduras-brief`` command line (also ``python -m honduras_brief``).

Standard library only, besides the package itself: argparse for the
commands, difflib for suggestions, ANSI colour only on a terminal and never
with ``NO_COLOR`` set.
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Final, TextIO

from . import _display
from ._changes import describe_change
from ._models import Brief, Record
from ._quantities import Quantity
from ._statements import Statement, label
from ._verify import verify
from .content import (
    BRIEF,
    COCAINE_FLOW_SHARE_2012,
    HOMICIDE_RATE_2012,
    HOMICIDE_RATE_2013,
    HOMICIDE_RATE_DECREASE,
    OPERATION_NEPTUNE,
)

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
        self.stream.write(words + "\n")


def _wants_colour(stream: TextIO) -> bool:
    # https://no-color.org: any non-empty NO_COLOR turns colour off.
    if os.environ.get("NO_COLOR"):
        return False
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


def _show(out: _Out, args: argparse.Namespace) -> int:
    record = BRIEF.get(args.id)
    if record is None:
        raise _UsageError(f"no record has the id {args.id!r}{_suggest(args.id, BRIEF.ids)}")
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


def _words(record: Record) -> str:
    parts = [_display.label(record)]
    if isinstance(record, Statement):
        parts += [record.citation.quote, *(label(a) for a in record.arguments)]
        parts += [g.value for g in record.grading]
    for _, value in _display.fields(record):
        items: tuple[Any, ...] = value if isinstance(value, tuple) else (value,)
        for item in items:
            if hasattr(item, "quote"):
                parts.append(str(item.quote))
            elif hasattr(item, "id"):
                parts.append(_display.label(item))
    return " ".join(parts).casefold()


def _search(out: _Out, args: argparse.Namespace) -> int:
    wanted = [w.casefold() for w in args.words]
    found = 0
    for kind in KINDS:
        for record in _records_of(kind, BRIEF):
            if all(w in _words(record) for w in wanted):
                found += 1
                out.line(f"  {out.ident(record.id, 44)} {kind[:-1]:<15} {_display.label(record)}")
    if not found:
        sys.stderr.write(f"{PROG}: no record matches {' '.join(args.words)!r}\n")
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
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8", newline="")
    else:
        out.stream.write(text)
    return 0


def _cite(out: _Out, args: argparse.Namespace) -> int:
    from ._cite import cite

    if BRIEF.get(args.id) is None:
        raise _UsageError(f"no record has the id {args.id!r}{_suggest(args.id, BRIEF.ids)}")
    out.line(cite(args.id, args.format, brief=BRIEF))
    return 0


def _verify(out: _Out, _: argparse.Namespace) -> int:
    result = verify(BRIEF)
    out.line(
        f"checked the text's sha256, {result.citations} citations "
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


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]  # raises instead of exiting
        raise _UsageError(message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="The U.S. State Department's 2012-2013 INL brief on Honduras, cited.",
        epilog="Run 'honduras-brief COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=_version())
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
    search.add_argument("words", nargs="+", metavar="WORDS")
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
        required=True,
        choices=("json", "csv", "markdown", "jsonld", "datapackage"),
    )
    export.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE instead of standard output (a directory, for datapackage)",
    )
    export.set_defaults(run=_export)
    commands.add_parser(
        "verify", help="check the text's hash, every citation and every stated derived figure"
    ).set_defaults(run=_verify)
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
    return status


def run() -> None:
    """The console script's entry point."""
    sys.exit(main())
