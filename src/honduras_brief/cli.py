"""
The ``honduras-brief`` command line (also ``python -m honduras_brief``).

Standard library only, besides the package and attrs: argparse for the
commands, difflib for suggestions. What people read is wrapped to the
terminal's width (see :mod:`honduras_brief._terminal`), and only on a
terminal: to a pipe or a file each record is one line, its id, a tab and
its words, for ``grep``, ``cut`` and ``awk``. It is coloured only on a
terminal or with ``FORCE_COLOR``, never with ``NO_COLOR``. What programs
read (``export``, ``annotate``, ``cite --format csl|bibtex``, ``--format
json``) is written as the library writes it, never wrapped.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Final, TextIO

import attrs

from . import _display
from ._actors import Actor
from ._models import Brief, Record
from ._operations import Operation
from ._quantities import Quantity
from ._readings import Reading, values
from ._source import Citation
from ._statements import Factuality, Statement, key
from ._terminal import GLUE, Escape, Terminal, is_terminal, wants_colour, width, wrap
from ._tree import walk

if TYPE_CHECKING:
    import pendulum

    from ._search import Hit
from .content import (
    BRIEF,
    COCAINE_FLOW_SHARE_2012,
    HOMICIDE_RATE_2012,
    HOMICIDE_RATE_2013,
    OPERATION_NEPTUNE,
)
from .exceptions import InvalidDataError, UnknownRecordError
from .exceptions import _shown as _excerpt

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
COMMANDS: Final = (
    "summary",
    "list",
    "show",
    "search",
    "cite",
    "export",
    "annotate",
    "verify",
    "check",
)
EXPORT_FORMATS: Final = ("json", "csv", "markdown", "jsonld", "datapackage", "parquet")
TABLES: Final = ("figures", "statements", "records", "actors", "places")
"""The tables of ``to_records``, which ``export --format csv|parquet --table`` writes."""
CITE_FORMATS: Final = ("text", "csl", "bibtex")
CHECK_FORMATS: Final = ("text", "json", "claimreview")
FACTUALITIES: Final = tuple(f.value for f in Factuality)
"""What ``list --factuality`` takes: how sure the text is, after FactBank."""
FORMATS: Final = ("text", "json")
"""What ``list``, ``show`` and ``search`` write: text for people, or JSON for programs."""
_KIND_NAMES: Final = {"Quantity": "figure"}  # a person reads "figure", as 'list figures' says
_FIELD_NAMES: Final = {"quantities": "figures"}  # as 'show' names a field to a person


class _UsageError(Exception):
    """A mistake in the command line: exit status 2, with a message."""


def _records_of(kind: str, brief: Brief) -> Sequence[Record]:
    if kind == "figures":
        return brief.quantities
    if kind == "statements":
        return brief.statements
    records: Sequence[Record] = getattr(brief, kind)
    return records


def _kind(record: object) -> str:
    # What a record is called where a person reads it: "figure", "statement", "actor".
    name = type(record).__name__
    return _KIND_NAMES.get(name, name.lower())


def _say(words: str) -> None:
    # A message on standard error. On a terminal it is wrapped between words,
    # so that the terminal never cuts an id ("oper" / "ation-neptune") at
    # its edge; elsewhere it is one line, as written.
    stream = sys.stderr
    if stream is None:  # started with standard error closed: nowhere to say it
        return
    message = f"{PROG}: {words}"
    if not is_terminal(stream):
        stream.write(message + "\n")
        return
    Terminal(stream, colour=False, columns=width(stream)).para(message, hang=2)


def _bodies(participants: Sequence[Actor]) -> str:
    # "5 named bodies and others": a generic participant ("other
    # U.S.-supported vetted units") is no one body, and is not counted as one.
    named = sum(not p.generic for p in participants)
    counted = f"{named} named bod{'y' if named == 1 else 'ies'}"
    return f"{counted} and others" if named < len(participants) else counted


def _suggest(word: str, choices: Iterable[str]) -> str:
    import difflib  # only when a word is not known

    close = difflib.get_close_matches(word, list(choices), n=3, cutoff=0.5)
    return f" (did you mean {' or '.join(repr(c) for c in close)}?)" if close else ""


def _figures() -> tuple[str, ...]:
    # A figure's words are never cut across lines: "85.5 per 100,000".
    return tuple(q.text for q in BRIEF.quantities)


# --- Commands ------------------------------------------------------------------------


def _when(figure: Quantity) -> str:
    # "2013, projected": when (and whether the text leaves that to be
    # inferred), and how the text knows, unless simply reported.
    parts = []
    if figure.period is not None:
        parts.append(figure.period.format())
        parts += ["date inferred"] if figure.period.inferred else []
    parts += [] if figure.basis.value == "reported" else [figure.basis.value]
    return ", ".join(parts)


def _summary(out: Terminal, _: argparse.Namespace) -> int:
    # One screen of 80x24: the records by id, a line or two for each headline.
    from ._changes import describe_change

    source = BRIEF.source
    out.heading(
        f"{source.title} ({source.publisher}, {source.bureau_acronym}), "
        f"{source.years[0]}-{source.years[-1]}"
    )
    out.para(
        out.dim(source.url or source.key) + (" (public domain)" if source.public_domain else "")
    )
    out.line()
    old, new, share, op = (
        HOMICIDE_RATE_2012,
        HOMICIDE_RATE_2013,
        COCAINE_FLOW_SHARE_2012,
        OPERATION_NEPTUNE,
    )
    who = new.attributed_to.name if new.attributed_to else "the text"
    homicide = (
        f"{old.text} ({_when(old)}) to {new.text} ({_when(new)}): "
        f"{describe_change(old, new).text}, according to the {who}"
    )
    cocaine = (
        f"{share.text} of the primary flow to the U.S. first transited "
        f"the Central American corridor ({_when(share)})"
    )
    # The same facts, the same way, as 'show operation-neptune': the seizure
    # is dated (the operation is not), and a reading is marked as one.
    seized, read = op.seized_value, _read(op)
    targets = ", ".join(
        a.name + (" (inferred)" if ("targets", a.id) in read else "") for a in op.targets
    )
    neptune = (
        f"{_display.text(seized.text if seized else None)} worth of assets seized"
        f"{f' ({_when(seized)})' if seized and _when(seized) else ''}; "
        f"target: {targets}; "
        f"{op.personnel.text if op.personnel else '?'} vetted personnel "
        f"from {_bodies(op.participants)}"
    )
    rows = [
        ("Challenges", ", ".join(out.ident(c.id) for c in BRIEF.challenges)),
        ("Homicide rate", homicide),
        ("Cocaine", cocaine),
        ("Goals", ", ".join(out.ident(g.id) for g in BRIEF.goals)),
        ("Accomplishments", ", ".join(out.ident(a.id) for a in BRIEF.accomplishments)),
        (op.name, neptune),
    ]
    out.rows(rows, indent=0, key="1")
    out.para(out.dim(f"More: {PROG} list KIND, show ID, search WORDS, --help"))
    return 0


def _json(out: Terminal, data: object) -> None:
    # Never wrapped; where the stream cannot hold the text's characters,
    # escaped (\u201c), so the JSON stays valid and says what the text says.
    import json

    out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n", escape="json")


def _words_of(record: Record) -> str:
    # What a record reads as, without notes: a statement's sentence, a
    # figure's own words, a title or a name.
    if isinstance(record, Statement):
        return str(record)
    if isinstance(record, Quantity):
        return record.text
    return str(getattr(record, "title", None) or getattr(record, "name", ""))


def _iso(day: pendulum.Date | None) -> str | None:
    # A side of a period the text leaves open: null.
    return None if day is None else day.isoformat()


def _entry(record: Record) -> dict[str, object]:
    # One record of 'list --format json' (the shape is documented in docs/cli.md).
    entry: dict[str, object] = {"id": record.id, "kind": _kind(record), "text": _words_of(record)}
    if isinstance(record, Statement):
        entry |= {
            "subject": key(record.subject),
            "predicate": record.predicate.value,
            "according_to": record.according_to.id,
            "factuality": record.factuality.value,
            "stated": record.is_stated,
        }
    elif isinstance(record, Quantity):
        period = record.period
        entry |= {
            "measure": record.measure,
            "low": None if record.low is None else str(record.low),
            "high": None if record.high is None else str(record.high),
            "unit": record.unit.value,
            "basis": record.basis.value,
            "start": None if period is None else _iso(period.start),
            "end": None if period is None else _iso(period.end),
            "stated": record.is_stated,
        }
    return entry


def _detail(record: Record) -> str:
    # What 'list' shows after the id.
    if isinstance(record, Quantity):
        when = _when(record)
        return f"{record.text} \u2014 {record.measure}" + (f" ({when})" if when else "")
    if isinstance(record, Statement):
        return _statement_line(record)
    return _words_of(record)


def _filters(args: argparse.Namespace) -> list[str]:
    # The filters given, as the command line gave them: "--source 'INL'".
    given = (("--source", args.source), ("--factuality", args.factuality), ("--about", args.about))
    return [f"{option} {_excerpt(value)}" for option, value in given if value is not None]


def _named(key: str, option: str) -> Actor:
    # The actor an option names, or a one-line mistake that names the option.
    try:
        return BRIEF.lookup(key, Actor)
    except UnknownRecordError:
        near = _suggest(key, [a.id for a in BRIEF.actors])
        raise _UsageError(f"{option}: no actor has the id or name {_excerpt(key)}{near}") from None
    except LookupError as error:  # a place, not an actor; or several actors
        raise _UsageError(f"{option}: {_plainly(error)}") from None


def _plainly(error: LookupError) -> str:
    # A lookup error in the words of the command line, not of the Python API.
    return str(error).replace("pass kind= or an id", "give its id")


def _filtered(args: argparse.Namespace) -> tuple[Statement, ...]:
    source = None if args.source is None else _named(args.source, "--source")
    factuality = None if args.factuality is None else Factuality(args.factuality)
    statements = BRIEF.statements_where(according_to=source, factuality=factuality)
    if args.about is None:
        return statements
    try:
        about = set(BRIEF.statements_about(args.about))
    except UnknownRecordError:
        near = _suggest(args.about, BRIEF.ids)
        raise _UsageError(
            f"--about: no record has the id or name {_excerpt(args.about)}{near}"
        ) from None
    except LookupError as error:  # several records answer to the name
        raise _UsageError(f"--about: {_plainly(error)}") from None
    return tuple(s for s in statements if s in about)


def _list(out: Terminal, args: argparse.Namespace) -> int:
    filters = _filters(args)
    if filters and args.kind not in (None, "statements"):
        option = filters[0].split()[0]
        raise _UsageError(f"{option} chooses among statements, not {args.kind}")
    kinds = ("statements",) if filters else (args.kind,) if args.kind else KINDS
    listed = [(kind, _filtered(args) if filters else _records_of(kind, BRIEF)) for kind in kinds]
    if filters and not listed[0][1]:
        if args.format == "json":
            _json(out, [])
        _say(f"no statement matches {', '.join(filters)}")
        return 1
    if args.format == "json":
        _json(out, [_entry(record) for _, records in listed for record in records])
        return 0
    for kind, records in listed:
        rows = [(record.id, _detail(record)) for record in records]
        if not out.wraps:  # a pipe or a file: one record a line, its id and its words
            for ident, detail in rows:
                out.flat(f"{out.ident(ident)}\t{detail}")
            continue
        if len(kinds) > 1:
            out.heading(kind.capitalize())
        out.rows(rows)
        if len(kinds) > 1:
            out.line()
    return 0


def _statement_line(statement: Statement) -> str:
    # What a reader needs besides the sentence: whose word, where the
    # sentence does not say it already, and whether it is inferred.
    sentence = str(statement)
    source = statement.according_to
    notes = []
    if source.id != "inl" and source.name not in sentence:
        notes.append(f"according to {source.name}")
    if not statement.is_stated:
        notes.append("inferred")
    return sentence + (f" ({', '.join(notes)})" if notes else "")


def _record(key: str) -> Record:
    try:
        return BRIEF.lookup(key)  # an id, or a name, an acronym, an alias
    except LookupError as error:
        missing = isinstance(error, UnknownRecordError)
        why = f"no record has the id or name {_excerpt(key)}" if missing else str(error)
        raise _UsageError(why + (_suggest(key, BRIEF.ids) if missing else "")) from None


def _quote(out: Terminal, citation: Citation, spans: Sequence[tuple[int, int]]) -> str:
    # The quote with the figures in it marked, and where it stands.
    parts, cursor = [], citation.start
    for start, end in sorted(s for s in spans if citation.start <= s[0] and s[1] <= citation.end):
        if start < cursor:  # a figure inside one already marked
            continue
        parts.append(citation.quote[cursor - citation.start : start - citation.start])
        parts.append(out.mark(citation.quote[start - citation.start : end - citation.start]))
        cursor = end
    parts.append(citation.quote[cursor - citation.start :])
    section = "" if citation.section is None else f",{GLUE}{citation.section.value}"
    where = f"[{citation.start}:{citation.end}{section}]"
    return f"\u201c{''.join(parts)}\u201d {out.dim(where)}"


def _read(record: object) -> frozenset[tuple[str, str]]:
    # The (field, value) pairs that the record says are read into the words
    # rather than stated by them (Los Cachiros as Operation Neptune's target).
    return frozenset((r.field, r.value) for r in getattr(record, "readings", ()))


def _noted(shown: str, note: str) -> str:
    # "los-cachiros (Los Cachiros; inferred)": a note inside the value's own
    # brackets, once (a period read from "by mid-year" says so itself).
    if shown.endswith((f"({note})", f"; {note})")):
        return shown
    return f"{shown[:-1]}; {note})" if shown.endswith(")") else f"{shown} ({note})"


def _shown(out: Terminal, value: object, spans: Sequence[tuple[int, int]]) -> str:
    if isinstance(value, Citation):
        return _quote(out, value, spans)
    if isinstance(value, Quantity):
        # A figure by its own words, and when it holds, as 'list figures' says.
        when = _when(value)
        return f"{out.ident(value.id)} ({value.text}{f'; {when}' if when else ''})"
    ident = getattr(value, "id", None)
    if isinstance(ident, str):
        return out.ident(ident) + _display.label(value).removeprefix(ident)
    return _display.text(value)


def _nested(value: object) -> bool:
    # A record inside a record, with no id of its own (a designation, a route).
    return (
        attrs.has(type(value))
        and not hasattr(value, "id")
        and not isinstance(value, Citation)
        and not hasattr(value, "precision")  # a date range reads as one line
    )


def _field_rows(
    out: Terminal, record: object, spans: Sequence[tuple[int, int]], depth: int = 0
) -> list[tuple[str, str]]:
    rows = []
    read = _read(record)
    for name, value in _display.fields(record):
        if name in ("id", "statements"):
            continue  # the id heads the record; its statements are listed below
        items = value if isinstance(value, tuple) and value else (value,)
        # Each item as a reading names it (an id, a term's words, a quote).
        held = values(record, name) if any(field == name for field, _ in read) else ()
        for index, item in enumerate(items):
            field = _FIELD_NAMES.get(name, name)
            label = "  " * depth + field if index == 0 else ""
            marked = index < len(held) and (name, held[index]) in read
            if isinstance(item, Reading):  # a reading is one line: the value, then why
                rows.append((label, f"{item.field} {item.value!r}: {item.reason}"))
            elif _nested(item):
                shown = out.dim(type(item).__name__)
                rows.append((label, _noted(shown, "inferred") if marked else shown))
                rows += _field_rows(out, item, spans, depth + 1)
            else:
                shown = _shown(out, item, spans)
                rows.append((label, _noted(shown, "inferred") if marked else shown))
    return rows


def _show(out: Terminal, args: argparse.Namespace) -> int:
    record = _record(args.id)
    if args.format == "json":
        from .serialization import to_dict

        _json(out, to_dict(record))
        return 0
    out.heading(f"{_kind(record).capitalize()} {record.id}")
    if isinstance(record, Statement):  # what it says first, as 'list' says it
        if out.wraps:
            out.para(_statement_line(record), indent=2)
        else:
            out.flat(f"  {_statement_line(record)}")
    # Every figure the record holds is marked in its quotes.
    spans = [q.span for q in walk(record) if isinstance(q, Quantity) and q.span is not None]
    out.rows(_field_rows(out, record, spans), key="")
    if isinstance(record, Statement):
        return 0
    statements = BRIEF.statements_of(record)  # an operation's too, though it holds none
    if statements:
        out.line()
        own = isinstance(record, Operation) or hasattr(record, "statements")
        out.heading("Statements" if own else "Statements about it")
        for statement in statements:
            if not out.wraps:  # a pipe or a file: one a line, as 'list' writes them
                out.flat(f"{out.ident(statement.id)}\t{_statement_line(statement)}")
                continue
            out.para(out.ident(statement.id), indent=2)
            out.para(_statement_line(statement), indent=6)
    return 0


def _marked(out: Terminal, words: str, wanted: Sequence[str]) -> str:
    # The words a search matched, marked whole, found as search finds them:
    # case and accents aside.
    from ._models import fold

    folded, where = "", []
    for index, ch in enumerate(words):
        piece = fold(ch)
        folded += piece
        where += [index] * len(piece)
    hits = [False] * len(words)
    for word in wanted:
        at = folded.find(word)
        while at >= 0:
            for index in where[at : at + len(word)]:
                hits[index] = True
            at = folded.find(word, at + 1)
    parts, start = [], 0
    for index in range(len(words) + 1):
        inside = index < len(words) and (words[index].isalnum() or words[index] == "-")
        if inside:
            continue
        token = words[start:index]
        if token and any(hits[start:index]):
            token = out.mark(token)
        parts.append(token + words[index : index + 1])
        start = index + 1
    return "".join(parts)


def _hit(hit: Hit) -> dict[str, object]:
    # One hit of 'search --format json' (the shape is documented in docs/cli.md).
    record = hit.record
    return {
        "id": record.id,
        "kind": _kind(record),
        "where": hit.where,
        "snippet": hit.snippet,
        "score": hit.score,
    }


def _search(out: Terminal, args: argparse.Namespace) -> int:
    from ._models import fold
    from ._search import search

    query = " ".join(args.words)
    try:
        hits = search(query, BRIEF)
    except ValueError as error:
        raise _UsageError(str(error).replace("'query'", "the words to search for")) from None
    wanted = fold(query).split()
    if args.format == "json":
        _json(out, [_hit(hit) for hit in hits])
    for hit in hits if args.format == "text" else ():
        where = {"quote": "a quote", "vocabulary": "its words"}.get(hit.where, f"its {hit.where}")
        head = f"{out.ident(hit.record.id)} {out.dim(f'({_kind(hit.record)}; matched in {where})')}"
        snippet = "" if hit.where == "id" else _marked(out, hit.snippet, wanted)  # id: said once
        words = f"\u201c{snippet}\u201d" if hit.where == "quote" else snippet
        if not out.wraps:  # a pipe or a file: one hit a line
            out.flat(head.replace(" ", "\t", 1) + (f" {words}" if words else ""))
            continue
        out.para(head, 2, 6)
        if words:
            out.para(words, 6)
    if not hits:
        _say(f"nothing matches {_excerpt(query)}")
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
        "| id | figure | measure | when, and how known | low | high | unit |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for q in brief.quantities:
        when = _when(q) or _display.text(None)
        low, high = _display.text(q.low), _display.text(q.high)
        cells = (q.id, q.text, q.measure, when, low, high, q.unit.value)
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


def _check_output(args: argparse.Namespace) -> None:
    if args.output == "":
        raise _UsageError("-o needs a file name (or - for standard output)")


def _to_stdout(args: argparse.Namespace) -> bool:
    return args.output is None or args.output == "-"


def _unwritable(args: argparse.Namespace, error: OSError) -> int:
    # Why a file or a folder could not be written: a mistake in what was
    # asked (exit 2), or the system's refusal (exit 1), naming the path.
    package = getattr(args, "format", None) == "datapackage"
    if package and Path(args.output).exists() and not Path(args.output).is_dir():
        kind = "a file" if Path(args.output).is_file() else "not a folder"
        raise _UsageError(f"{args.output!r} is {kind}; give a new or empty folder")
    if isinstance(error, FileExistsError) and package and args.force:
        raise _UsageError(
            f"{args.output!r} holds files that are not a data package's, which --force "
            "would delete; give a new or empty folder"
        )
    if isinstance(error, FileExistsError):
        raise _UsageError(f"{args.output!r} exists; pass --force to replace it")
    if isinstance(error, IsADirectoryError):
        slashed = args.output.endswith(("/", os.sep))
        what = "names a folder (it ends with a slash)" if slashed else "is a folder"
        raise _UsageError(f"{args.output!r} {what}; give a file name")
    _say(f"error: cannot write {args.output!r}: {error.strerror}")
    return 1


def _put(out: Terminal, args: argparse.Namespace, text: str, escape: Escape | None = None) -> int:
    # A format's text, to standard output or to -o FILE: written whole, and
    # never replacing a file without --force.
    if _to_stdout(args):
        out.write(text, escape)
        return 0
    from ._io import write

    try:
        write(text, args.output, overwrite=args.force)
    except OSError as error:
        return _unwritable(args, error)
    return 0


def _export(out: Terminal, args: argparse.Namespace) -> int:
    _check_output(args)
    if args.table is not None and args.format not in {"csv", "parquet"}:
        raise _UsageError(f"--table is for csv and parquet, not {args.format}")
    if args.format == "parquet":
        return _parquet(out, args)
    if args.format == "datapackage":
        from ._publish import write_datapackage

        if _to_stdout(args):
            raise _UsageError(
                "--format datapackage writes a directory, not to standard output: "
                "give it with -o DIR"
            )
        try:
            write_datapackage(args.output, BRIEF, overwrite=args.force)
        except OSError as error:
            return _unwritable(args, error)
        return 0
    if args.format == "json":
        from .serialization import to_json

        # JSON and JSON-LD escape what the stream cannot hold (\u2019): the same JSON
        return _put(out, args, to_json(BRIEF, indent=2) + "\n", "json")
    if args.format == "jsonld":
        import json

        from ._linked import to_jsonld

        text = json.dumps(to_jsonld(BRIEF), ensure_ascii=False, indent=2) + "\n"
        return _put(out, args, text, "json")
    if args.format == "csv":
        from ._tables import to_csv

        return _put(out, args, to_csv(BRIEF, table=args.table or "figures"))
    return _put(out, args, _markdown(BRIEF))


def _parquet(out: Terminal, args: argparse.Namespace) -> int:
    # Binary: to -o FILE, or to standard output that is not a terminal.
    from ._io import descriptor
    from ._tables import Table, to_parquet

    table: Table = args.table or "figures"
    buffer: BinaryIO | None = getattr(out.stream, "buffer", None)
    number = None if _to_stdout(args) else descriptor(args.output)
    if (_to_stdout(args) and (out.wraps or buffer is None)) or (
        number is not None and os.isatty(number)
    ):
        raise _UsageError("--format parquet is binary: give -o FILE, or pipe it to a program")
    try:
        if buffer is not None and _to_stdout(args):
            out.stream.flush()
            to_parquet(BRIEF, buffer, table=table)
        else:
            to_parquet(BRIEF, args.output, table=table, overwrite=args.force)
    except ModuleNotFoundError as error:
        _say(f"error: {error}")
        return 1
    except BrokenPipeError:
        raise  # the reader left: main stops quietly
    except OSError as error:
        if _to_stdout(args):
            _say(f"error: cannot write to standard output: {error.strerror}")
            return 1
        return _unwritable(args, error)
    return 0


def _annotate(out: Terminal, args: argparse.Namespace) -> int:
    from ._annotate import annotated_html

    _check_output(args)
    return _put(out, args, annotated_html(BRIEF), "html")  # &#8217; where the stream needs it


def _cite(out: Terminal, args: argparse.Namespace) -> int:
    from ._cite import cite

    text = cite(_record(args.id), args.format, brief=BRIEF)
    if args.format == "text" and out.wraps:
        out.para(text)  # prose on a terminal: wrapped, as the rest of what people read
    else:  # to paste, and CSL-JSON and BibTeX: as the library writes them
        out.write(text + "\n", "json" if args.format == "csl" else None)
    return 0


def _check_claim(out: Terminal, args: argparse.Namespace) -> int:
    # One sentence against the brief: exit 0 when it is supported, 1 for any
    # other verdict, 2 for a sentence or a date that cannot be read.
    import pendulum

    from ._claims import Verdict, check_claim

    sentence = args.sentence
    if sentence == "-":
        # Bytes, read as UTF-8 whatever the locale says standard input holds.
        stdin = getattr(sys.stdin, "buffer", None)
        data = sys.stdin.read(MAX_CLAIM + 1) if stdin is None else stdin.read(4 * MAX_CLAIM + 4)
        if isinstance(data, bytes):
            data = data.decode("utf-8", "surrogateescape")
        if len(data) > MAX_CLAIM:
            raise _UsageError(
                f"standard input holds more than {MAX_CLAIM:,} characters; a claim is a sentence"
            )
        sentence = data.removesuffix("\n")  # the line's end, which the claim does not hold
    try:
        sentence.encode("utf-8")
    except UnicodeEncodeError:  # bytes that are not UTF-8, kept as surrogates by Python
        where = "standard input" if args.sentence == "-" else "the sentence"
        raise _UsageError(f"{where} is not UTF-8 text") from None
    said_on = None
    if args.said_on is not None:
        try:
            said_on = pendulum.Date.fromisoformat(args.said_on)
        except ValueError:
            raise _UsageError(
                f"--said-on: expected a day as YYYY-MM-DD, got {_excerpt(args.said_on)}"
            ) from None
    try:
        check = check_claim(sentence, said_on=said_on, brief=BRIEF, url=args.url)
    except ValueError as error:
        raise _UsageError(str(error).replace("'text'", "the sentence")) from None
    if args.format == "json":
        _json(out, check.as_dict())
    elif args.format == "claimreview":
        _json(out, check.to_claimreview())
    else:
        out.para(out.paint("1", f"{check.verdict.label}."))
        for f in check.findings:
            head = f"{f.verdict.label} ({f.aspect.value}):"
            out.para(f"{out.ident(head)} {f.explanation}", 2, 4)
        if not check.findings:
            out.para("Nothing the claim says matches a figure or a statement of the brief.", 2, 4)
    return 0 if check.verdict is Verdict.SUPPORTED else 1


MAX_CLAIM: Final = 2**20
"""The most characters ``check -`` reads from standard input (the checker reads the first 2,000)."""
SHOWN_FAILURES: Final = 20
"""The most failures ``verify`` lists, one a line on standard error; a count says how many more."""


def _failures(lines: Sequence[str]) -> None:
    # One line each on standard error, never wrapped: for grep, and for a person.
    for line in lines[:SHOWN_FAILURES]:
        _say(f"FAIL {line}")
    if len(lines) > SHOWN_FAILURES:
        _say(f"... and {len(lines) - SHOWN_FAILURES} more")


def _verify(out: Terminal, args: argparse.Namespace) -> int:
    from ._verify import verify

    brief = BRIEF
    if args.file is not None:
        # A brief someone sent as JSON: read it strictly, then check all of it.
        from ._io import MAX_READ, TooLargeError, read_limited
        from .serialization import from_json

        try:
            text = read_limited(args.file, MAX_READ)
        except TooLargeError as error:
            _say(f"error: {error}")
            return 1
        except OSError as error:
            _say(f"error: cannot read {args.file!r}: {error.strerror}")
            return 1
        try:
            brief = from_json(text, Brief)
        except InvalidDataError as error:
            _say(f"error: {args.file} is not a brief this library can read:")
            _failures([
                f"{_excerpt_words(path, 100)}: {_excerpt_words(message)}"
                for path, message in error.problems
            ])  # fmt: skip
            return 1
    result = verify(brief)
    out.para(
        f"checked the text's sha256, {result.citations} citations, {result.figures} figures, "
        f"{result.dates} dates, {result.statements} statements "
        f"and {result.derived} stated derived figure(s)"
    )
    _failures([" ".join(str(failure).split()) for failure in result.failures])
    out.line("all checks passed" if result.ok else f"{len(result.failures)} check(s) failed")
    return 0 if result.ok else 1


def _excerpt_words(message: str, most: int = 300) -> str:
    # A problem's message on one line, at most *most* characters of it.
    message = " ".join(message.split())
    return message if len(message) <= most else message[: most - 1] + "\u2026"


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


class _Help(argparse.HelpFormatter):
    # Lines break at spaces only, as in every other output: "CSL-JSON" stays whole.
    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(wrap(text, width, indent))


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]  # raises instead of exiting
        # argparse quotes what it refuses whole ("invalid choice: '...'"): a start of it will do.
        import re

        raise _UsageError(re.sub(r"'([^']{60,})'", lambda m: _excerpt(m[1]), message))


def _format_option(command: argparse.ArgumentParser, what: str) -> None:
    command.add_argument(
        "--format",
        default="text",
        choices=FORMATS,
        metavar="FORMAT",
        help=f"text for people (the default) or json: {what} (the shape is in docs/cli.md)",
    )


def _output_options(command: argparse.ArgumentParser, what: str) -> None:
    command.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=f"write to FILE instead of standard output ('-' is standard output{what})",
    )
    command.add_argument(
        "--force", action="store_true", help="replace FILE if it exists (never done silently)"
    )


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="The U.S. State Department's 2012-2013 INL brief on Honduras, cited.",
        epilog="Run 'honduras-brief COMMAND --help' for a command's options.",
        formatter_class=_Help,
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=_Parser, help="summary when none is given"
    )

    def command(name: str, words: str) -> argparse.ArgumentParser:
        # The list of commands gives the words; the command's own --help, a sentence.
        return commands.add_parser(
            name,
            help=words,
            description=f"{words[0].upper()}{words[1:]}.",
            formatter_class=_Help,
        )

    command("summary", "the brief in one screen (the default)").set_defaults(run=_summary)
    listing = command(
        "list", "list records of one kind, or of every kind, or the statements that match filters"
    )
    listing.add_argument(
        "kind", nargs="?", metavar="KIND", help=f"one of: {', '.join(KINDS)}; every kind if none"
    )
    listing.add_argument(
        "--source",
        metavar="NAME",
        help="only the statements whose source is NAME: an actor's id, name or acronym",
    )
    listing.add_argument(
        "--factuality",
        metavar="VALUE",
        help=(
            "only the statements whose factuality (how sure the text is) is VALUE: "
            + ", ".join(FACTUALITIES)
        ),
    )
    listing.add_argument(
        "--about",
        metavar="NAME",
        help=(
            "only the statements about NAME (its subject, an object, its source or its place): "
            "a record's id, name or acronym, or a term as Kind:words ('Role:judges')"
        ),
    )
    _format_option(listing, "an array of records, each with its id, kind and text")
    listing.set_defaults(run=_list)
    show = command(
        "show", "one record in full, with its quotes, where they stand, and its statements"
    )
    show.add_argument("id", metavar="ID", help="a record's id as 'list' prints it, or its name")
    _format_option(show, "the record as to_json() writes it")
    show.set_defaults(run=_show)
    search = command("search", "records and statements that match any of the WORDS, best first")
    search.add_argument(
        "words",
        nargs="+",
        metavar="WORDS",
        help="words to find, in any order; case and accents aside",
    )
    _format_option(search, "an array of hits, best first")
    search.set_defaults(run=_search)
    citing = command("cite", "a citation of one record, with its quote and where it stands")
    citing.add_argument("id", metavar="ID", help="a record's id as 'list' prints it, or its name")
    citing.add_argument(
        "--format",
        default="text",
        choices=CITE_FORMATS,
        metavar="FORMAT",
        help="text to paste (the default), csl (CSL-JSON: Zotero, Mendeley, pandoc) or bibtex",
    )
    citing.set_defaults(run=_cite)
    export = command(
        "export",
        (
            "the whole brief as JSON, CSV (one row per figure), Markdown, JSON-LD "
            "or a Frictionless Data Package"
        ),
    )
    export.add_argument(
        "--format",
        default="json",
        choices=EXPORT_FORMATS,
        metavar="FORMAT",
        help=(
            "json (the default: every record, lossless), csv (a table, as --table says), "
            "markdown, jsonld (linked data), datapackage (a Frictionless Data Package) "
            "or parquet (a table, typed, with lists; needs the pandas extra)"
        ),
    )
    export.add_argument(
        "--table",
        choices=TABLES,
        metavar="TABLE",
        help=(
            f"for csv and parquet, which table: {', '.join(TABLES)} "
            "(figures, one row per figure, by default)"
        ),
    )
    _output_options(export, "; a directory, for datapackage")
    export.set_defaults(run=_export)
    annotate = command(
        "annotate",
        "the whole text as one HTML page, every statement, figure, actor and place marked",
    )
    _output_options(annotate, "")
    annotate.set_defaults(run=_annotate)
    checking = command(
        "verify",
        "check every citation, figure and date against the text, and the statements "
        "against the records (not whether a statement reads its words rightly)",
    )
    checking.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="a brief as JSON (from 'export' or anyone else) to check instead of the shipped one",
    )
    checking.set_defaults(run=_verify)
    claims = command(
        "check",
        "hold one sentence (a claim, as an article writes it) against the brief: its verdict, "
        "and what of it the brief supports or not (exit status 0 when supported)",
    )
    claims.add_argument(
        "sentence",
        metavar="SENTENCE",
        help="the claim, in quotes; '-' reads it from standard input",
    )
    claims.add_argument(
        "--said-on",
        metavar="DATE",
        help="the day the claim was made (YYYY-MM-DD), which 'last year' is read by",
    )
    claims.add_argument(
        "--url", metavar="URL", help="where the claim appeared, for its ClaimReview"
    )
    claims.add_argument(
        "--format",
        default="text",
        choices=CHECK_FORMATS,
        metavar="FORMAT",
        help="text for people (the default), json, or claimreview (schema.org JSON-LD)",
    )
    claims.set_defaults(run=_check_claim)
    return parser


def _check(args: argparse.Namespace) -> None:
    kind = getattr(args, "kind", None)
    if kind is not None and kind not in KINDS:
        raise _UsageError(
            f"unknown kind {_excerpt(kind)}{_suggest(kind, KINDS)}; "
            f"the kinds are: {', '.join(KINDS)}"
        )
    factuality = getattr(args, "factuality", None)
    if factuality is not None and factuality not in FACTUALITIES:
        raise _UsageError(
            f"--factuality: unknown value {_excerpt(factuality)}"
            f"{_suggest(factuality, FACTUALITIES)}; "
            f"the values are: {', '.join(FACTUALITIES)}"
        )


WORDS: Final = (
    "kind",
    "source",
    "factuality",
    "about",
    "words",
    "id",
    "sentence",
    "said_on",
    "url",
)
"""The arguments that are words (not file names): read as UTF-8 whatever the locale."""


def _utf8(word: str) -> str:
    # Under a locale that is not UTF-8 (LC_ALL=C without UTF-8 mode), Python
    # reads arguments as ASCII and keeps each other byte as a surrogate; the
    # words were typed as UTF-8, so they are read as UTF-8. A file name is
    # left as the system gave it.
    if word.isascii() or not any("\udc80" <= ch <= "\udcff" for ch in word):
        return word
    try:
        return os.fsencode(word).decode("utf-8")
    except UnicodeDecodeError:  # not UTF-8 either: left, and refused where it is read
        return word


def _parse(argv: list[str]) -> argparse.Namespace:
    # argparse would call an unknown command an invalid choice, without
    # suggesting the nearest one.
    if argv and not argv[0].startswith("-") and argv[0] not in COMMANDS:
        raise _UsageError(f"unknown command {_excerpt(argv[0])}{_suggest(argv[0], COMMANDS)}")
    args = _parser().parse_args(argv)
    for name in WORDS:
        value = getattr(args, name, None)
        if isinstance(value, str):
            setattr(args, name, _utf8(value))
        elif isinstance(value, list):
            setattr(args, name, [_utf8(word) for word in value])
    _check(args)
    return args


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    """Run the command line; return its exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    stream = sys.stdout if stdout is None else stdout
    if stream is None:  # started with standard output closed (">&-")
        _say("error: standard output is closed")
        return 1
    # Only a terminal is wrapped: to a pipe or a file, one record a line, for grep.
    columns = width(stream) if is_terminal(stream) else None
    out = Terminal(
        stream, colour=wants_colour(stream), columns=columns, phrases=_figures, note=_say
    )
    try:
        args = _parse(argv)
        run: Callable[[Terminal, argparse.Namespace], int] = getattr(args, "run", _summary)
        status = run(out, args)
        stream.flush()
    except _UsageError as error:
        _say(f"error: {error}")
        return 2
    except UnicodeEncodeError as error:
        # A standard output that holds neither the text's characters nor bytes.
        _say(
            f"error: standard output's encoding ({error.encoding}) cannot hold the text's "
            "characters; set PYTHONIOENCODING=utf-8, or write to a file with -o FILE"
        )
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
        _say("error: cannot write to standard output")
        return 1
    return status


def run() -> None:
    """The console script's entry point."""
    sys.exit(main())
