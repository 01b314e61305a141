"""
The brief as flat rows, for CSV and for pandas.

One row per figure, or one row per statement (``table="statements"``).
Every row ends with its source's key and address (``source_key``,
``source_url``), so the tables of several briefs concatenate and can be
told apart. The tables own what their columns mean: the data package's
field descriptions and the Arrow and Parquet field metadata are read from
here.

CSV needs only the standard library; pandas comes with the ``pandas`` extra.
"""

from __future__ import annotations

import csv
import functools
import io
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, BinaryIO, Final, Literal, TypedDict, overload

import pendulum

from ._actors import Actor, ActorKind, Place, PlaceKind
from ._dates import DateRange, Precision
from ._docstrings import meanings, plain
from ._english import Tense
from ._io import PathOrBuffer, check_overwrite, replace_file, write
from ._models import Accomplishment, Brief, Challenge, Goal
from ._operations import Operation
from ._quantities import Basis, Qualifier, Quantity, Unit
from ._source import Citation, Section, Source
from ._statements import Factuality, Predicate, Scope, Statement, key, label
from .exceptions import _shown

if TYPE_CHECKING:  # pragma: no cover -- pandas and pyarrow are an optional extra
    import pandas as pd
    import pyarrow as pa

Owner = Challenge | Goal | Accomplishment | Operation
Tabular = (
    Brief
    | Owner
    | Quantity
    | Statement
    | Actor
    | Place
    | Iterable[Brief | Owner | Quantity | Statement | Actor | Place]
)
"""What the table functions take: a brief or several, records, figures or statements."""

Table = Literal["figures", "statements", "records", "actors", "places"]
"""Which table: one row per figure (the default), statement, record, actor or place."""
TABLES: Final[tuple[Table, ...]] = ("figures", "statements", "records", "actors", "places")


class FigureRow(TypedDict):
    """One figure as a flat row; see :data:`COLUMNS` for the order."""

    record_id: str | None
    record_kind: str | None
    section: str | None
    figure_id: str
    measure: str
    text: str
    qualifier: str
    low: Decimal | None
    high: Decimal | None
    unit: str
    basis: str
    period_start: pendulum.Date | None
    period_end: pendulum.Date | None
    period_precision: str | None
    attributed_to_id: str | None
    attributed_to: str | None
    derived_from: tuple[str, ...]
    factuality: str | None
    provenance: str
    inferred: str | None
    quote: str | None
    quote_start: int | None
    quote_end: int | None
    source_key: str
    source_url: str | None


COLUMNS: Final = tuple(FigureRow.__annotations__)
"""The columns of a figure row, in order."""


class StatementRow(TypedDict):
    """One statement as a flat row; see :data:`STATEMENT_COLUMNS` for the order."""

    statement_id: str
    record_ids: tuple[str, ...]
    section: str | None
    subject_id: str
    subject_kind: str
    subject: str
    predicate: str
    object_ids: tuple[str, ...]
    object_kinds: tuple[str, ...]
    objects: tuple[str, ...]
    factuality: str
    factbank: str
    according_to_id: str
    according_to: str
    reported_by_id: str | None
    tense: str
    period_start: pendulum.Date | None
    period_end: pendulum.Date | None
    period_precision: str | None
    place_id: str | None
    scope: str
    grading: tuple[str, ...]
    provenance: str
    inferred: str | None
    sentence: str
    quote: str
    quote_start: int
    quote_end: int
    source_key: str
    source_url: str | None


STATEMENT_COLUMNS: Final = tuple(StatementRow.__annotations__)
"""The columns of a statement row, in order."""


class RecordRow(TypedDict):
    """One challenge, goal, accomplishment or operation as a flat row."""

    record_id: str
    record_kind: str
    title: str
    section: str | None
    bullet: int | None
    period_start: pendulum.Date | None
    period_end: pendulum.Date | None
    period_precision: str | None
    operation_id: str | None
    quote: str
    spans: tuple[str, ...]
    source_key: str
    source_url: str | None


class ActorRow(TypedDict):
    """One actor as a flat row."""

    actor_id: str
    name: str
    kind: str
    acronym: str | None
    aliases: tuple[str, ...]
    generic: bool
    part_of_id: str | None
    note: str | None
    inferred: str | None
    spans: tuple[str, ...]
    source_key: str
    source_url: str | None


class PlaceRow(TypedDict):
    """One place as a flat row."""

    place_id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    generic: bool
    note: str | None
    spans: tuple[str, ...]
    source_key: str
    source_url: str | None


RECORD_COLUMNS: Final = tuple(RecordRow.__annotations__)
ACTOR_COLUMNS: Final = tuple(ActorRow.__annotations__)
PLACE_COLUMNS: Final = tuple(PlaceRow.__annotations__)

LIST_SEPARATOR: Final = "; "
"""How a CSV cell joins the items of a list column (``derived_from``, ``aliases``, ...)."""

_KINDS: Final = {
    Challenge: "challenge",
    Goal: "goal",
    Accomplishment: "accomplishment",
    Operation: "operation",
}


def _items(source: Tabular, argument: str) -> Sequence[object]:
    if isinstance(source, Brief | Challenge | Goal | Accomplishment | Operation):
        return (source,)
    if isinstance(source, Quantity | Statement | Actor | Place):
        return (source,)
    if isinstance(source, str | bytes) or not isinstance(source, Iterable):
        msg = (
            f"{argument!r} must be a Brief, records, figures or statements, "
            f"got {_shown(source)} of type {type(source).__name__}"
        )
        raise TypeError(msg)
    return tuple(source)


def _refuse(record: object, argument: str) -> TypeError:
    return TypeError(
        f"{argument!r} must be a Brief, records, figures or statements, "
        f"got an item {_shown(record)} of type {type(record).__name__}"
    )


_NOUNS: Final = {**_KINDS, Quantity: "figure", Actor: "actor", Place: "place"}


def _source_of(record: Owner | Quantity | Actor | Place, cited: Iterable[Citation]) -> Source:
    # The one source a record given without its brief cites. One that cites
    # nothing, or two texts, has no source to name, and a table of several
    # briefs could not tell its row apart from another's: refused, not guessed.
    found = tuple(dict.fromkeys(c.source for c in cited))
    if len(found) == 1:
        return found[0]
    what = f"the {_NOUNS[type(record)]} {_shown(record.id)}"
    if not found:
        msg = (
            f"'records' holds {what}, which cites nothing, so its row would name no "
            "source: pass the Brief that holds it"
        )
    else:
        keys = ", ".join(s.key for s in found)
        msg = f"'records' holds {what}, which cites {len(found)} sources ({keys}): a row has one"
    raise ValueError(msg)


def _figure_source(owner: Owner | None, q: Quantity) -> Source:
    # A figure's own citation names its text; one without is its record's.
    if q.citation is not None:
        return q.citation.source
    if owner is None:
        return _source_of(q, ())
    return _source_of(owner, owner.citations)


Owned = tuple[Owner | None, Quantity, Sequence[Statement], Source]


def _owned(source: Tabular) -> Iterator[Owned]:
    for record in _items(source, "records"):
        if isinstance(record, Brief):
            owners: tuple[Owner, ...] = (
                *record.challenges,
                *record.goals,
                *record.accomplishments,
                *record.operations,
            )
            for owner in owners:
                for quantity in owner.quantities:
                    yield owner, quantity, record.statements, record.source
        elif isinstance(record, Quantity):
            yield None, record, (), _figure_source(None, record)
        elif isinstance(record, Challenge | Goal | Accomplishment | Operation):
            statements = getattr(record, "statements", ())
            for quantity in record.quantities:
                yield record, quantity, statements, _figure_source(record, quantity)
        elif not isinstance(record, Statement):
            raise _refuse(record, "records")


def _factuality(q: Quantity, statements: Sequence[Statement]) -> str | None:
    # A figure is as certain as the first statement that states it: "could
    # fall to 80" makes the 2013 rate possible.
    wanted = q.id
    for statement in statements:
        if statement.mentions(wanted):
            return statement.factuality.value
    return None


def _section(cited: Citation | None) -> str | None:
    # A text without the page's headings has no sections.
    if cited is None or cited.section is None:
        return None
    return cited.section.value


def _row(
    owner: Owner | None, q: Quantity, statements: Sequence[Statement], source: Source
) -> FigureRow:
    period, cited = q.period, q.citation
    reasons = [r for r in (q.inferred, period.inferred if period else None) if r]
    return FigureRow(
        record_id=None if owner is None else owner.id,
        record_kind=None if owner is None else _KINDS[type(owner)],
        section=_section(cited),
        figure_id=q.id,
        measure=q.measure,
        text=q.text,
        qualifier=q.qualifier.value,
        low=q.low,
        high=q.high,
        unit=q.unit.value,
        basis=q.basis.value,
        period_start=None if period is None else period.start,
        period_end=None if period is None else period.end,
        period_precision=None if period is None else period.precision.value,
        attributed_to_id=None if q.attributed_to is None else q.attributed_to.id,
        attributed_to=None if q.attributed_to is None else q.attributed_to.name,
        derived_from=q.derived_from,
        factuality=_factuality(q, statements),
        provenance="inferred" if reasons else "stated",
        inferred="; ".join(reasons) or None,
        quote=None if cited is None else cited.quote,
        quote_start=None if cited is None else cited.start,
        quote_end=None if cited is None else cited.end,
        source_key=source.key,
        source_url=source.url,
    )


def _statements(source: Tabular) -> Iterator[tuple[Statement, tuple[str, ...]]]:
    # Each statement once, with the ids of the records that hold it. Ids are
    # unique within a source, not across sources: two briefs may both have
    # a statement "x", and each is a row. Sources come in the order given,
    # each one's statements in document order.
    holders: dict[tuple[Source, str], list[str]] = {}
    found: dict[tuple[Source, str], Statement] = {}
    rank: dict[Source, int] = {}
    for record in _items(source, "records"):
        if isinstance(record, Brief):
            owners: Iterable[Challenge | Goal | Accomplishment] = (
                *record.challenges,
                *record.goals,
                *record.accomplishments,
            )
            pairs = [(s, o.id) for o in owners for s in o.statements]
        elif isinstance(record, Challenge | Goal | Accomplishment):
            pairs = [(s, record.id) for s in record.statements]
        elif isinstance(record, Statement):
            pairs = [(record, None)]  # type: ignore[list-item]
        elif isinstance(record, Operation | Quantity):
            pairs = []  # they hold no statements
        else:
            raise _refuse(record, "records")
        for statement, holder in pairs:
            text = statement.citation.source
            rank.setdefault(text, len(rank))
            found.setdefault((text, statement.id), statement)
            ids = holders.setdefault((text, statement.id), [])
            if holder is not None and holder not in ids:
                ids.append(holder)
    ordered = sorted(
        found.items(),
        key=lambda item: (rank[item[0][0]], item[1].citation.start, item[1].citation.end),
    )
    for where, statement in ordered:
        yield statement, tuple(holders[where])


def _period_cells(period: DateRange | None) -> tuple[pendulum.Date | None, ...]:
    if period is None:
        return None, None
    return period.start, period.end


def _statement_row(s: Statement, holders: tuple[str, ...]) -> StatementRow:
    reasons = [r for r in (s.inferred, s.period.inferred if s.period else None) if r]
    reasons += [f"{r.field} ({r.value}): {r.reason}" for r in s.readings]
    start, end = _period_cells(s.period)
    return StatementRow(
        statement_id=s.id,
        record_ids=holders,
        section=_section(s.citation),
        subject_id=key(s.subject),
        subject_kind=type(s.subject).__name__,
        subject=label(s.subject),
        predicate=s.predicate.value,
        object_ids=tuple(key(o) for o in s.objects),
        object_kinds=tuple(type(o).__name__ for o in s.objects),
        objects=tuple(label(o) for o in s.objects),
        factuality=s.factuality.value,
        factbank=s.factuality.factbank,
        according_to_id=s.according_to.id,
        according_to=s.according_to.name,
        reported_by_id=None if s.reported_by is None else s.reported_by.id,
        tense=s.tense.value,
        period_start=start,
        period_end=end,
        period_precision=None if s.period is None else s.period.precision.value,
        place_id=None if s.place is None else s.place.id,
        scope=s.scope.value,
        grading=tuple(g.value for g in s.grading),
        provenance="inferred" if reasons else "stated",
        inferred="; ".join(dict.fromkeys(reasons)) or None,
        sentence=str(s),
        quote=s.citation.quote,
        quote_start=s.citation.start,
        quote_end=s.citation.end,
        source_key=s.citation.source.key,
        source_url=s.citation.source.url,
    )


def _check_table(table: object) -> Table:
    for name in TABLES:
        if table == name and isinstance(table, str):
            return name
    msg = f"'table' must be one of {', '.join(map(repr, TABLES))}, got {_shown(table)}"
    raise ValueError(msg)


@overload
def to_records(records: Tabular, *, table: Literal["figures"] = ...) -> list[FigureRow]: ...


@overload
def to_records(records: Tabular, *, table: Literal["statements"]) -> list[StatementRow]: ...


@overload
def to_records(records: Tabular, *, table: Literal["records"]) -> list[RecordRow]: ...


@overload
def to_records(records: Tabular, *, table: Literal["actors"]) -> list[ActorRow]: ...


@overload
def to_records(records: Tabular, *, table: Literal["places"]) -> list[PlaceRow]: ...


def to_records(
    records: Tabular, *, table: Table = "figures"
) -> list[FigureRow] | list[StatementRow] | list[RecordRow] | list[ActorRow] | list[PlaceRow]:
    """
    One flat row per figure, or per statement.

    A figure row holds the record the figure belongs to, what it measures,
    its bounds, unit and period, who gives it (``attributed_to``), what it
    is derived from, how sure the text is of it (the factuality of the
    first statement that states it), whether it is stated or inferred, and
    its quote. A statement row holds its subject, predicate and objects (by
    key, kind and words), its factuality (and FactBank's value), whom it is
    according to, its period, place, scope, grading words, provenance and
    quote. The ``records``, ``actors`` and ``places`` tables hold one row
    per challenge, goal, accomplishment and operation, per actor and per
    place, with where their words stand (``spans``, ``start:end`` pairs).

    Values keep their types (``Decimal``, ``pendulum.Date``), and a column
    of several values holds a tuple of them, as the record does
    (``derived_from``, ``record_ids``, ``object_ids``, ``object_kinds``,
    ``objects``, ``grading``, ``spans``, ``aliases``), empty when there are
    none: a row is the record's values, flattened, and joining them into
    one string is CSV's business (:func:`to_csv`), not the row's. Each
    ``objects`` item stands at the same place as its ``object_ids`` and
    ``object_kinds`` items. ``inferred`` is prose (one reason or several,
    each of which may hold ``"; "``), not a list.

    Every row of every table ends with ``source_key`` (its source's
    :attr:`~Source.key`, always there) and ``source_url`` (its address, or
    ``None`` for a text that has none), so the rows of several briefs can
    be told apart. A brief's rows are of its source; a record given on its
    own is of the source its citations name (a figure's own citation, or
    its record's; an actor's or a place's mentions). ``section`` is
    ``None`` for a text without the page's headings.

    Args:
        records: A :class:`Brief` or several (an iterable of them), one or
            more challenges, goals, accomplishments or operations, figures,
            statements, actors or places, or a mix of them. Several briefs
            give their rows one brief after another.
        table: ``"figures"`` (the default), ``"statements"``, ``"records"``,
            ``"actors"`` or ``"places"``.

    Raises:
        TypeError: If *records* holds anything else.
        ValueError: If *table* is not one of the tables; or if *records*
            holds, outside a brief, a record that cites nothing (an actor
            never mentioned, a figure without a citation) or cites two
            sources, so that its row would have no one source to name.

    Examples:
        >>> from honduras_brief import BRIEF
        >>> row = to_records(BRIEF)[0]
        >>> row["record_id"], row["low"], row["high"], row["qualifier"]
        ('drug-transit', Decimal('80'), None, 'more-than')
        >>> row = to_records(BRIEF, table="statements")[-2]
        >>> row["subject"], row["predicate"], row["objects"], row["grading"]
        ('INL advisor', 'facilitated-travel-of', ('participants', 'more than 200'), ('pivotal',))
        >>> row["provenance"], row["according_to"]
        ('stated', 'Bureau of International Narcotics and Law Enforcement Affairs')
        >>> row["source_key"], row["source_url"]
        ('sha256:3232e6f5b6b5d3fc', 'http://www.state.gov/j/inl/regions/westernhemisphere/219171.htm')
    """
    chosen = _check_table(table)
    if chosen == "statements":
        return [_statement_row(s, holders) for s, holders in _statements(records)]
    if chosen == "records":
        kinds = (Challenge, Goal, Accomplishment, Operation)
        return [_record_row(r, s) for r, s in _of(records, kinds)]
    if chosen == "actors":
        return [_actor_row(a, s) for a, s in _of(records, (Actor,))]
    if chosen == "places":
        return [_place_row(p, s) for p, s in _of(records, (Place,))]
    return [_row(*owned) for owned in _owned(records)]


def _of(source: Tabular, kinds: tuple[type, ...]) -> Iterator[tuple[Any, Source | None]]:
    # The records of these kinds: all of a Brief's, with the brief's source
    # (an actor the page never names is still of it), or those given, whose
    # source their own citations name.
    for item in _items(source, "records"):
        if isinstance(item, Brief):
            yield from ((r, item.source) for r in item if isinstance(r, kinds))
        elif isinstance(item, kinds):
            yield item, None
        elif not isinstance(
            item,
            Challenge | Goal | Accomplishment | Operation | Quantity | Statement | Actor | Place,
        ):
            raise _refuse(item, "records")


def _spans(citations: Iterable[Citation]) -> tuple[str, ...]:
    return tuple(f"{c.start}:{c.end}" for c in citations)


def _record_row(record: Owner, source: Source | None) -> RecordRow:
    period: DateRange | None = getattr(record, "period", None)
    operation: Operation | None = getattr(record, "operation", None)
    if source is None:
        source = _source_of(record, record.citations)
    return RecordRow(
        record_id=record.id,
        record_kind=_KINDS[type(record)],
        title=record.name if isinstance(record, Operation) else record.title,
        section=_section(record.citations[0]),
        bullet=getattr(record, "bullet", None),
        period_start=None if period is None else period.start,
        period_end=None if period is None else period.end,
        period_precision=None if period is None else period.precision.value,
        operation_id=None if operation is None else operation.id,
        quote=" \u2026 ".join(c.quote for c in record.citations),
        spans=_spans(record.citations),
        source_key=source.key,
        source_url=source.url,
    )


def _actor_row(a: Actor, source: Source | None) -> ActorRow:
    if source is None:
        source = _source_of(a, a.mentions)
    return ActorRow(
        actor_id=a.id,
        name=a.name,
        kind=a.kind.value,
        acronym=a.acronym,
        aliases=a.aliases,
        generic=a.generic,
        part_of_id=None if a.part_of is None else a.part_of.id,
        note=a.note,
        inferred=a.inferred,
        spans=_spans(a.mentions),
        source_key=source.key,
        source_url=source.url,
    )


def _place_row(p: Place, source: Source | None) -> PlaceRow:
    if source is None:
        source = _source_of(p, p.mentions)
    return PlaceRow(
        place_id=p.id,
        name=p.name,
        kind=p.kind.value,
        aliases=p.aliases,
        generic=p.generic,
        note=p.note,
        spans=_spans(p.mentions),
        source_key=source.key,
        source_url=source.url,
    )


_COLUMNS: Final[dict[Table, tuple[str, ...]]] = {
    "figures": COLUMNS,
    "statements": STATEMENT_COLUMNS,
    "records": RECORD_COLUMNS,
    "actors": ACTOR_COLUMNS,
    "places": PLACE_COLUMNS,
}


def _columns(table: Table) -> tuple[str, ...]:
    return _COLUMNS[table]


# --- What each column means ------------------------------------------------------------
# Read from the records' own docstrings, as the data dictionary is, and
# given by the data package (its field descriptions) and by Arrow and
# Parquet (their field metadata) in the same words.


def _says(cls: type, field: str, lead: str = "", tail: str = "") -> str:
    # A field's meaning from its class's docstring, as the data dictionary
    # gives it; a lead puts it in the row's terms ("Of the figure's period:").
    meaning = plain(meanings(cls)[field])
    first = meaning[0].lower() if lead else meaning[0].upper()
    return f"{lead}{first}{meaning[1:]}{tail}"


_EXACT: Final = (
    " Exact: the decimal as the text writes it; read it as a decimal, not a binary "
    "float (frictionless reads a number field as a Python Decimal)."
)
_PROVENANCE: Final = (
    "'stated' when the words say all of it, 'inferred' when the row says more "
    "than they do (see inferred)."
)
_ACTOR_REF: Final = " The value is an actor_id of the actors table."
_PLACE_REF: Final = " The value is a place_id of the places table."
_NAME: Final = " The value is the actor's name."
_LIST: Final = (
    " A list, empty when there are none; a CSV cell joins its items with '; ' (an item "
    "holding ';', '\"' or a line break, or starting with a space, in double quotes as CSV "
    "quotes a field)."
)
_SPANS: Final = (
    "Where each of its citations stands in the page's text, as start:end character offsets." + _LIST
)

Meanings = Mapping[str, Callable[[], str]]


def _period(lead: str) -> dict[str, Callable[[], str]]:
    return {
        "period_start": lambda: _says(DateRange, "start", lead),
        "period_end": lambda: _says(DateRange, "end", lead),
        "period_precision": lambda: _says(DateRange, "precision", lead),
    }


def _source_meanings() -> dict[str, Callable[[], str]]:
    return {
        "source_key": lambda: (
            "The key of the row's source, the text it stands in: sha256: and the first 16 "
            "hex digits of the text's SHA-256 (Source.key), so rows of several briefs "
            "can be told apart."
        ),
        "source_url": lambda: _says(Source, "url", "Of the row's source: "),
    }


def _quote(lead: str) -> dict[str, Callable[[], str]]:
    return {
        "section": lambda: _says(Citation, "section", lead),
        "quote": lambda: _says(Citation, "quote", lead),
        "quote_start": lambda: _says(Citation, "start", lead),
        "quote_end": lambda: _says(Citation, "end", lead),
    }


_FIGURE_MEANINGS: Final[Meanings] = {
    "record_id": lambda: (
        "The id of the challenge, goal, accomplishment or operation that holds "
        "the figure (its record_id in the records table)."
    ),
    "record_kind": lambda: "What kind of record holds the figure.",
    "figure_id": lambda: _says(Quantity, "id", "The figure's id: "),
    "measure": lambda: _says(Quantity, "measure"),
    "text": lambda: _says(Quantity, "text"),
    "qualifier": lambda: _says(Quantity, "qualifier"),
    "low": lambda: _says(Quantity, "low", tail=_EXACT),
    "high": lambda: _says(Quantity, "high", tail=_EXACT),
    "unit": lambda: _says(Quantity, "unit"),
    "basis": lambda: _says(Quantity, "basis"),
    **_period("Of the figure's period: "),
    "attributed_to_id": lambda: _says(Quantity, "attributed_to", tail=_ACTOR_REF),
    "attributed_to": lambda: _says(Quantity, "attributed_to", tail=_NAME),
    "derived_from": lambda: _says(Quantity, "derived_from", tail=_LIST),
    "factuality": lambda: (
        "How sure the text is of the figure: the factuality of the first statement "
        "that states it (see the statements table)."
    ),
    "provenance": lambda: _PROVENANCE,
    "inferred": lambda: _says(
        Quantity, "inferred", tail=" The reasons for the figure and for its period, joined."
    ),
    **_quote("Of the figure's citation: "),
    **_source_meanings(),
}
_STATEMENT_MEANINGS: Final[Meanings] = {
    "statement_id": lambda: _says(Statement, "id", "The statement's id: "),
    "record_ids": lambda: (
        "The ids of the challenges, goals and accomplishments that hold the statement "
        "(their record_id in the records table)." + _LIST
    ),
    "subject_id": lambda: (
        "The subject's key: a record's id (in the actors, places, figures or records "
        "table), or Kind:words for a term of the text's vocabularies (Role:judges)."
    ),
    "subject_kind": lambda: (
        "The subject's type: Actor, Place, Quantity, Operation, Designation, or the "
        "vocabulary of a term (Role, Substance, ...)."
    ),
    "subject": lambda: _says(Statement, "subject", tail=" In words."),
    "predicate": lambda: _says(
        Statement, "predicate", tail=" One of the Predicate values (see the Statements page)."
    ),
    "object_ids": lambda: _says(
        Statement, "objects", "The objects' keys, as subject_id: ", tail=_LIST
    ),
    "object_kinds": lambda: _says(
        Statement, "objects", "The objects' types, as subject_kind: ", tail=_LIST
    ),
    "objects": lambda: _says(Statement, "objects", "In words: ", tail=_LIST),
    "factuality": lambda: _says(Statement, "factuality"),
    "factbank": lambda: "The factuality as FactBank's value (CT+, PR+, PS+, CT-, PR-, PS-, Uu).",
    "according_to_id": lambda: _says(Statement, "according_to", tail=_ACTOR_REF),
    "according_to": lambda: _says(Statement, "according_to", tail=_NAME),
    "reported_by_id": lambda: _says(Statement, "reported_by", tail=_ACTOR_REF),
    "tense": lambda: _says(Statement, "tense", tail=" One of present, past, future."),
    **_period("Of the statement's period: "),
    "place_id": lambda: _says(Statement, "place", tail=_PLACE_REF),
    "scope": lambda: _says(Statement, "scope"),
    "grading": lambda: _says(Statement, "grading", tail=_LIST),
    "provenance": lambda: _PROVENANCE,
    "inferred": lambda: _says(
        Statement,
        "inferred",
        tail=" The reasons for the statement, for its period and for its readings, joined.",
    ),
    "sentence": lambda: (
        "The statement as one English sentence that says what its words say (str(statement))."
    ),
    **_quote("Of the statement's citation: "),
    **_source_meanings(),
}
_RECORD_PERIOD: Final = "Of the record's period: "
_RECORD_MEANINGS: Final[Meanings] = {
    "record_id": lambda: _says(Challenge, "id", "The record's id: "),
    "record_kind": lambda: "What kind of record it is.",
    "title": lambda: _says(Challenge, "title", tail=" For an operation, its name."),
    "section": lambda: _says(Citation, "section", "Of its first citation: "),
    "bullet": lambda: _says(Accomplishment, "bullet", tail=" Accomplishments only."),
    **_period(_RECORD_PERIOD),
    "operation_id": lambda: _says(
        Accomplishment, "operation", tail=" The value is a record_id of this table."
    ),
    "quote": lambda: (
        "The words the record is stated in: its citations' quotes, joined with ' \u2026 '."
    ),
    "spans": lambda: _SPANS,
    **_source_meanings(),
}
_ACTOR_MEANINGS: Final[Meanings] = {
    "actor_id": lambda: _says(Actor, "id", "The actor's id: "),
    "name": lambda: _says(Actor, "name"),
    "kind": lambda: _says(Actor, "kind"),
    "acronym": lambda: _says(Actor, "acronym"),
    "aliases": lambda: _says(Actor, "aliases", tail=_LIST),
    "generic": lambda: _says(Actor, "generic"),
    "part_of_id": lambda: _says(Actor, "part_of", tail=" The value is an actor_id of this table."),
    "note": lambda: _says(Actor, "note"),
    "inferred": lambda: _says(Actor, "inferred"),
    "spans": lambda: _SPANS,
    **_source_meanings(),
}
_PLACE_MEANINGS: Final[Meanings] = {
    "place_id": lambda: _says(Place, "id", "The place's id: "),
    "name": lambda: _says(Place, "name"),
    "kind": lambda: _says(Place, "kind"),
    "aliases": lambda: _says(Place, "aliases", tail=_LIST),
    "generic": lambda: _says(Place, "generic"),
    "note": lambda: _says(Place, "note"),
    "spans": lambda: _SPANS,
    **_source_meanings(),
}
_MEANINGS: Final[Mapping[Table, Meanings]] = {
    "figures": _FIGURE_MEANINGS,
    "statements": _STATEMENT_MEANINGS,
    "records": _RECORD_MEANINGS,
    "actors": _ACTOR_MEANINGS,
    "places": _PLACE_MEANINGS,
}


@functools.cache
def descriptions(table: Table) -> Mapping[str, str]:
    """
    What each column of *table* means, in its order: the words every format gives it.

    The data package's field descriptions, the data dictionary, and the
    ``b"description"`` metadata of each Arrow and Parquet field.

    >>> descriptions("figures")["figure_id"]
    "The figure's id: stable slug."
    """
    meant = _MEANINGS[_check_table(table)]
    return {column: meant[column]() for column in _columns(table)}


# --- CSV ---------------------------------------------------------------------------------


def _item(value: str) -> str:
    # An item that the separator, a quote or a line break would split, or
    # whose leading space the reader skips, is quoted as CSV quotes a field.
    if any(c in value for c in ';"\r\n') or value[:1].isspace():
        return '"' + value.replace('"', '""') + '"'
    return value


def joined(items: Iterable[str]) -> str:
    """
    The items of a list column as one CSV cell: joined with ``"; "``, ``""`` for none.

    An item holding ``;``, ``"`` or a line break, or starting with white
    space, is quoted as CSV quotes a field (``"`` doubled inside), so that
    Python's ``csv`` module reads the items back: ``next(csv.reader([cell],
    delimiter=";", skipinitialspace=True))``. No item of the shipped brief
    needs it (ids are slugs, and no name, alias or word of it holds
    ``;``), so there a plain ``cell.split("; ")`` is enough.

    >>> joined(("United States", "U.S."))
    'United States; U.S.'
    >>> cell = joined(("Smith; Jones", 'a "Boss" here', "U.S."))
    >>> cell
    '"Smith; Jones"; "a ""Boss"" here"; U.S.'
    >>> import csv
    >>> next(csv.reader([cell], delimiter=";", skipinitialspace=True))
    ['Smith; Jones', 'a "Boss" here', 'U.S.']
    """
    return LIST_SEPARATOR.join(_item(item) for item in items)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, pendulum.Date):
        return value.isoformat()
    if isinstance(value, tuple):
        return joined(value)
    return str(value)


@overload
def to_csv(
    records: Tabular,
    path_or_buf: None = None,
    *,
    table: Table = "figures",
    overwrite: bool = False,
) -> str: ...


@overload
def to_csv(
    records: Tabular,
    path_or_buf: PathOrBuffer,
    *,
    table: Table = "figures",
    overwrite: bool = False,
) -> None: ...


def to_csv(
    records: Tabular,
    path_or_buf: PathOrBuffer | None = None,
    *,
    table: Table = "figures",
    overwrite: bool = False,
) -> str | None:
    """
    The rows of :func:`to_records` as CSV text with a header row.

    Lossless: decimals are written as their exact strings (``85.50`` stays
    ``85.50``, ``57`` stays ``57``), dates as ``YYYY-MM-DD``, and an empty
    cell is ``None`` or an empty list (no text field of a figure may be
    empty). A list column's items are joined with ``"; "``; an item that
    holds ``;``, ``"`` or a line break, or starts with white space, is put
    in double quotes as CSV quotes a field (``"`` doubled), so
    ``next(csv.reader([cell], delimiter=";", skipinitialspace=True))``
    reads the items back. No item of the shipped brief needs it (ids are
    slugs, and no name, alias or word of it holds ``;``), so there
    ``cell.split("; ")`` is enough.

    Args:
        records: As for :func:`to_records`.
        path_or_buf: Where to write, as pandas' ``to_csv`` takes it: a
            path, a ``PathLike`` or an open text file; ``None`` (the
            default) returns the text instead. A path is written whole: a
            reader sees the old file or the new one, never part of one.
        table: As for :func:`to_records`.
        overwrite: Replace the file at a path that exists; without it, an
            existing file is refused, as :func:`to_parquet` and
            :func:`write_datapackage` refuse theirs. An open file is
            written to whatever *overwrite* says.

    Raises:
        FileExistsError: If the path exists and *overwrite* is false.
        TypeError: If *overwrite* is not a bool, or *path_or_buf* is not a
            path or an open text file.

    Examples:
        >>> from honduras_brief import HOMICIDE_RATE_2012
        >>> print(to_csv(HOMICIDE_RATE_2012).splitlines()[1][:76])
        ,,challenges,homicide-rate-2012,homicide rate in Honduras,"85.5 per 100,000"
    """
    check_overwrite(overwrite)
    rows = to_records(records, table=table)
    columns = _columns(table)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row[column]) for column in columns])  # type: ignore[literal-required]
    return write(out.getvalue(), path_or_buf, overwrite=overwrite)


# --- Arrow, pandas and Parquet -------------------------------------------------------------

_CATEGORIES: Final = {
    "record_kind": tuple(_KINDS.values()),
    "section": tuple(s.value for s in Section),
    "qualifier": tuple(q.value for q in Qualifier),
    "unit": tuple(u.value for u in Unit),
    "basis": tuple(b.value for b in Basis),
    "period_precision": tuple(p.value for p in Precision),
    "provenance": ("stated", "inferred"),
    "factuality": tuple(f.value for f in Factuality),
    "factbank": tuple(f.factbank for f in Factuality),
    "predicate": tuple(p.value for p in Predicate),
    "scope": tuple(s.value for s in Scope),
    "tense": tuple(t.value for t in Tense),
}


_KIND_WORDS: Final[dict[Table, tuple[str, ...]]] = {
    "actors": tuple(k.value for k in ActorKind),
    "places": tuple(k.value for k in PlaceKind),
}


def _categories(table: Table) -> dict[str, tuple[str, ...]]:
    # "kind" is an actor's kind in one table, a place's in another.
    found = dict(_CATEGORIES)
    if table in _KIND_WORDS:
        found["kind"] = _KIND_WORDS[table]
    return found


_DECIMALS: Final = frozenset({"low", "high"})
_BOOLEANS: Final = frozenset({"generic"})
_INTEGERS: Final = frozenset({"quote_start", "quote_end", "bullet"})
_DATES: Final = frozenset({"period_start", "period_end"})
_LISTS: Final = frozenset(
    {"derived_from", "record_ids", "object_ids", "object_kinds", "objects", "grading"}
    | {"spans", "aliases"}
)


def _pandas_and_arrow(what: str) -> tuple[Any, Any]:
    try:
        import pandas as pd
        import pyarrow as pa
    except ModuleNotFoundError as error:
        msg = f"{what} needs the pandas extra: pip install '.[pandas]' in a clone ({error})"
        raise ModuleNotFoundError(msg) from error
    return pd, pa


def _decimal_type(pa: Any, values: list[Decimal | None]) -> Any:
    # decimal128 at the scale the data needs: 85.5 and 800000000 need (10, 1).
    scale = digits = 0
    for value in values:
        if value is not None:
            _, figures, exponent = value.as_tuple()
            assert isinstance(exponent, int)  # noqa: S101 -- finite: the records refuse the rest
            scale = max(scale, -exponent)
            digits = max(digits, len(figures) + exponent)
    return pa.decimal128(max(1, digits + scale), scale)


def _arrow_columns(rows: list[Any], table: Table, pa: Any) -> tuple[list[Any], list[Any]]:
    arrays, fields = [], []
    categories = _categories(table)
    described = descriptions(table)
    for column in _columns(table):
        values = [row[column] for row in rows]
        if column in categories:
            # The vocabularies are open: a user's words ("founders") follow
            # the shipped ones, in the order the rows give them.
            words = list(dict.fromkeys([*categories[column], *(v for v in values if v)]))
            indices = pa.array([None if v is None else words.index(v) for v in values], pa.int16())
            array = pa.DictionaryArray.from_arrays(indices, pa.array(words, pa.string()))
        elif column in _DECIMALS:
            array = pa.array(values, _decimal_type(pa, values))
        elif column in _DATES:
            array = pa.array(values, pa.date32())
        elif column in _INTEGERS:
            array = pa.array(values, pa.int64())
        elif column in _BOOLEANS:
            array = pa.array(values, pa.bool_())
        elif column in _LISTS:
            array = pa.array(values, pa.list_(pa.string()))
        else:
            array = pa.array(values, pa.string())
        arrays.append(array)
        meaning = {b"description": described[column].encode("utf-8")}
        fields.append(pa.field(column, array.type, metadata=meaning))
    return arrays, fields


def _arrow(rows: list[Any], table: Table, pa: Any) -> pa.Table:
    arrays, fields = _arrow_columns(rows, table, pa)
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields))


def to_arrow(records: Tabular, *, table: Table = "figures") -> pa.Table:
    """
    The rows of :func:`to_records` as an Apache Arrow table, for DuckDB, polars and Spark.

    Needs the ``pandas`` extra, which brings pyarrow. Each field carries
    what its column means as metadata (``field.metadata[b"description"]``,
    the words of the data package and the data dictionary), and Parquet
    keeps it.

    Bounds are exact ``decimal128`` at the scale the data needs (85.5 stays
    85.5, never a float). A column has one scale, in Arrow as in Parquet and
    SQL, so beside 85.5 a count of 57 is stored as 57.0: equal in value,
    but not the text's digits. Those are in :func:`to_records`,
    :func:`to_csv` and :func:`to_dataframe`; a table of figures of one
    scale (``[q for q in brief.quantities if q.unit is Unit.PERSONS]``)
    gets a column of that scale, 57 as 57. The bounds are not text, which
    would keep the digits but sort ``1200`` before ``57``.

    Dates are ``date32``; the vocabularies are dictionaries of their shipped
    words, then any other words the rows use (a user's
    ``ActorKind("founders")``); offsets are ``int64``; a column of several
    values is a ``list<string>``, empty where there are none (DuckDB:
    ``list_contains(derived_from, 'homicide-rate-2012')``, ``unnest``); other
    text, the source's key and address included, is ``string``. Bounds in
    several units share a column: filter on ``unit`` before you aggregate.

    Raises:
        ModuleNotFoundError: If pyarrow is not installed.

    Examples:
        >>> from honduras_brief import BRIEF
        >>> arrow = to_arrow(BRIEF)
        >>> str(arrow.schema.field("low").type), str(arrow.schema.field("unit").type)
        ('decimal128(10, 1)', 'dictionary<values=string, indices=int16, ordered=0>')
        >>> arrow.column("low")[1].as_py(), str(arrow.schema.field("derived_from").type)
        (Decimal('85.5'), 'list<item: string>')
        >>> arrow.schema.field("figure_id").metadata[b"description"]
        b"The figure's id: stable slug."
    """
    _check_table(table)  # before the extra: a bad argument is named first
    _, pa = _pandas_and_arrow("to_arrow")
    return _arrow(list(to_records(records, table=table)), table, pa)


def _check_path(path: object) -> str | None:
    # The path to write whole, or None for a binary file to write to. pyarrow
    # would take a text file and fail deep inside with its own words.
    if isinstance(path, str | os.PathLike):
        name = os.fspath(path)
        if isinstance(name, str) and name:
            return name
    elif callable(getattr(path, "write", None)) and not isinstance(path, io.TextIOBase):
        return None
    what = "a text file" if isinstance(path, io.TextIOBase) else repr(path)
    msg = (
        "'path' must be a path, a PathLike or a binary file open for writing, "
        f"got {what} of type {type(path).__name__}"
    )
    raise TypeError(msg)


def to_parquet(
    records: Tabular,
    path: str | os.PathLike[str] | BinaryIO,
    *,
    table: Table = "figures",
    overwrite: bool = False,
) -> None:
    """
    The rows of :func:`to_records` as a Parquet file, with :func:`to_arrow`'s types.

    Several briefs go into one file, told apart by ``source_key`` (and
    ``source_url``, where a source has one). Each field's metadata holds
    what it means (``pyarrow.parquet.read_schema(path).field("low").metadata``).
    DuckDB reads it back with SQL, its decimals exact and its lists lists::

        SELECT low FROM 'figures.parquet' WHERE figure_id = 'homicide-rate-2012'
        SELECT source_key, count(*) FROM 'figures.parquet' GROUP BY source_key
        SELECT figure_id FROM 'figures.parquet'
            WHERE list_contains(derived_from, 'homicide-rate-2012')

    Args:
        records: As for :func:`to_records`: a brief, records, or several
            briefs (``[BRIEF, mine]``).
        path: A path or a ``PathLike``, written whole (a reader sees the
            old file or the new one, never part of one); or a binary file
            open for writing (``sys.stdout.buffer``), written to and left
            open.
        table: ``"figures"`` (the default), ``"statements"``,
            ``"records"``, ``"actors"`` or ``"places"``.
        overwrite: Replace the file at *path* if it exists; without it, an
            existing file is refused.

    Raises:
        TypeError: If *records* holds anything else, *path* is not a path
            or a binary file (a text file, ``None``), or *overwrite* is
            not a bool.
        FileExistsError: If *path* exists and *overwrite* is false.
        ValueError: As for :func:`to_records`.
        ModuleNotFoundError: If pyarrow is not installed.
    """
    _check_table(table)
    check_overwrite(overwrite)
    name = _check_path(path)
    arrow = to_arrow(records, table=table)
    import pyarrow.parquet as pq

    if name is None:
        pq.write_table(arrow, path)
        return
    replace_file(name, lambda file: pq.write_table(arrow, file), overwrite=overwrite)


def to_dataframe(records: Tabular, *, table: Table = "figures") -> pd.DataFrame:
    """
    The rows of :func:`to_records` as a pandas DataFrame, typed as :func:`to_arrow` is.

    Needs the ``pandas`` extra (from a clone: ``pip install '.[pandas]'``).

    Bounds are the records' own ``Decimal`` objects (``object`` dtype,
    ``<NA>`` where there is no bound), so each keeps the text's digits: 57
    reads 57 and 85.5 reads 85.5 in one column, where an Arrow decimal
    column has one scale and would read 57.0, and a float would not be
    exact. Comparing, ``sum``, ``max`` and ``groupby`` work on them, exact;
    ``astype("float64")`` gives floats where speed matters more than
    exactness. Dates are dates (``date32[pyarrow]``); the closed
    vocabularies (kind, section, qualifier, unit, basis, precision,
    provenance, factuality, predicate, scope) are categoricals with every
    word of the vocabulary, then any other words the rows use; offsets are
    nullable integers; a column of several values holds lists
    (``list<item: string>[pyarrow]``: ``df.explode("derived_from")``,
    ``df["aliases"].list.len()``); other text (``source_key`` and
    ``source_url`` too) is ``string``.

    The figures table holds percents, rates, dollars and persons in one
    ``low`` column: filter on ``unit`` before you aggregate, or group by it.

    Raises:
        ModuleNotFoundError: If pandas or pyarrow is not installed.

    Examples:
        >>> from honduras_brief import BRIEF
        >>> df = to_dataframe(BRIEF)
        >>> str(df["period_start"].dtype), str(df["unit"].dtype), str(df["low"].dtype)
        ('date32[day][pyarrow]', 'category', 'object')
        >>> judges = df.set_index("figure_id")["low"]
        >>> judges["judges-dismissed"], judges["homicide-rate-2012"]
        (Decimal('57'), Decimal('85.5'))
        >>> persons = df[df["unit"] == "persons"]
        >>> persons.groupby("qualifier", observed=True)["figure_id"].count().to_dict()
        {'exact': 4, 'more-than': 2, 'almost': 1, 'dozens': 1, 'many': 1}
        >>> df.explode("derived_from").dropna(subset="derived_from")["derived_from"].tolist()
        ['homicide-rate-2012', 'homicide-rate-2013']
        >>> statements = to_dataframe(BRIEF, table="statements")
        >>> statements["factuality"].value_counts()["possible"]
        np.int64(2)
    """
    _check_table(table)
    pandas, pyarrow = _pandas_and_arrow("to_dataframe")
    rows: list[Any] = list(to_records(records, table=table))
    arrow = _arrow(rows, table, pyarrow)

    def mapped(kind: Any) -> Any:
        if pyarrow.types.is_date(kind) or pyarrow.types.is_list(kind):
            return pandas.ArrowDtype(kind)
        if pyarrow.types.is_integer(kind):
            return pandas.Int64Dtype()
        if pyarrow.types.is_string(kind):
            return pandas.StringDtype()
        if pyarrow.types.is_boolean(kind):
            return pandas.BooleanDtype()
        return None  # dictionaries become categoricals, decimals are replaced below

    frame: pd.DataFrame = arrow.to_pandas(types_mapper=mapped)
    for column in _DECIMALS.intersection(frame.columns):
        exact = [pandas.NA if row[column] is None else row[column] for row in rows]
        frame[column] = pandas.Series(exact, index=frame.index, dtype=object)
    return frame
