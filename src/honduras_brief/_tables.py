"""
The brief as flat rows, for CSV and for pandas.

One row per figure, or one row per statement (``table="statements"``).
Every row ends with its source's key and address (``source_key``,
``source_url``), so the tables of several briefs concatenate and can be
told apart.

CSV needs only the standard library; pandas comes with the ``pandas`` extra.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, BinaryIO, Final, Literal, TypedDict, overload

import pendulum

from ._actors import Actor, ActorKind, Place, PlaceKind
from ._dates import DateRange, Precision
from ._english import Tense
from ._io import PathOrBuffer, write
from ._models import Accomplishment, Brief, Challenge, Goal
from ._operations import Operation
from ._quantities import Basis, Qualifier, Quantity, Unit
from ._source import Citation, Section, Source
from ._statements import Factuality, Predicate, Scope, Statement, key, label

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
    derived_from: str | None
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
    record_ids: str | None
    section: str | None
    subject_id: str
    subject_kind: str
    subject: str
    predicate: str
    object_ids: str | None
    object_kinds: str | None
    objects: str | None
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
    grading: str | None
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
    spans: str
    source_key: str
    source_url: str | None


class ActorRow(TypedDict):
    """One actor as a flat row."""

    actor_id: str
    name: str
    kind: str
    acronym: str | None
    aliases: str | None
    generic: bool
    part_of_id: str | None
    note: str | None
    inferred: str | None
    spans: str | None
    source_key: str
    source_url: str | None


class PlaceRow(TypedDict):
    """One place as a flat row."""

    place_id: str
    name: str
    kind: str
    aliases: str | None
    generic: bool
    note: str | None
    spans: str | None
    source_key: str
    source_url: str | None


RECORD_COLUMNS: Final = tuple(RecordRow.__annotations__)
ACTOR_COLUMNS: Final = tuple(ActorRow.__annotations__)
PLACE_COLUMNS: Final = tuple(PlaceRow.__annotations__)

_LIST: Final = "; "  # how a cell joins several values

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
            f"got {source!r} of type {type(source).__name__}"
        )
        raise TypeError(msg)
    return tuple(source)


def _refuse(record: object, argument: str) -> TypeError:
    return TypeError(
        f"{argument!r} must be a Brief, records, figures or statements, "
        f"got an item {record!r} of type {type(record).__name__}"
    )


_NOUNS: Final = {**_KINDS, Quantity: "figure", Actor: "actor", Place: "place"}


def _source_of(record: Owner | Quantity | Actor | Place, cited: Iterable[Citation]) -> Source:
    # The one source a record given without its brief cites. One that cites
    # nothing, or two texts, has no source to name, and a table of several
    # briefs could not tell its row apart from another's: refused, not guessed.
    found = tuple(dict.fromkeys(c.source for c in cited))
    if len(found) == 1:
        return found[0]
    what = f"the {_NOUNS[type(record)]} {record.id!r}"
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
        derived_from=_LIST.join(q.derived_from) or None,
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
        record_ids=_LIST.join(holders) or None,
        section=_section(s.citation),
        subject_id=key(s.subject),
        subject_kind=type(s.subject).__name__,
        subject=label(s.subject),
        predicate=s.predicate.value,
        object_ids=_LIST.join(key(o) for o in s.objects) or None,
        object_kinds=_LIST.join(type(o).__name__ for o in s.objects) or None,
        objects=_LIST.join(label(o) for o in s.objects) or None,
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
        grading=_LIST.join(g.value for g in s.grading) or None,
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
    msg = f"'table' must be one of {', '.join(map(repr, TABLES))}, got {table!r}"
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
    key, kind and words; several values are joined with ``"; "``), its
    factuality (and FactBank's value), whom it is according to, its period,
    place, scope, grading words, provenance and quote. The ``records``,
    ``actors`` and ``places`` tables hold one row per challenge, goal,
    accomplishment and operation, per actor and per place, with where
    their words stand (``spans``, ``start:end`` pairs). Values keep their
    types (``Decimal``, ``pendulum.Date``).

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
        ('INL advisor', 'facilitated-travel-of', 'participants; more than 200', 'pivotal')
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


def _spans(citations: Iterable[Citation]) -> str:
    return _LIST.join(f"{c.start}:{c.end}" for c in citations)


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
        aliases=_LIST.join(a.aliases) or None,
        generic=a.generic,
        part_of_id=None if a.part_of is None else a.part_of.id,
        note=a.note,
        inferred=a.inferred,
        spans=_spans(a.mentions) or None,
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
        aliases=_LIST.join(p.aliases) or None,
        generic=p.generic,
        note=p.note,
        spans=_spans(p.mentions) or None,
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


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, pendulum.Date):
        return value.isoformat()
    return str(value)


@overload
def to_csv(records: Tabular, path_or_buf: None = None, *, table: Table = "figures") -> str: ...


@overload
def to_csv(records: Tabular, path_or_buf: PathOrBuffer, *, table: Table = "figures") -> None: ...


def to_csv(
    records: Tabular, path_or_buf: PathOrBuffer | None = None, *, table: Table = "figures"
) -> str | None:
    """
    The rows of :func:`to_records` as CSV text with a header row.

    Lossless: decimals are written as their exact strings (``85.50`` stays
    ``85.50``), dates as ``YYYY-MM-DD``, and an empty cell is ``None`` (no
    text field of a figure may be empty).

    Args:
        records: As for :func:`to_records`.
        path_or_buf: Where to write, as pandas' ``to_csv`` takes it: a
            path, a ``PathLike`` or an open text file; ``None`` (the
            default) returns the text instead.
        table: As for :func:`to_records`.

    Examples:
        >>> from honduras_brief import HOMICIDE_RATE_2012
        >>> print(to_csv(HOMICIDE_RATE_2012).splitlines()[1][:76])
        ,,challenges,homicide-rate-2012,homicide rate in Honduras,"85.5 per 100,000"
    """
    rows = to_records(records, table=table)
    columns = _columns(table)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row[column]) for column in columns])  # type: ignore[literal-required]
    return write(out.getvalue(), path_or_buf)


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
        else:
            array = pa.array(values, pa.string())
        arrays.append(array)
        fields.append(pa.field(column, array.type))
    return arrays, fields


def to_arrow(records: Tabular, *, table: Table = "figures") -> pa.Table:
    """
    The rows of :func:`to_records` as an Apache Arrow table, for DuckDB, polars and Spark.

    Needs the ``pandas`` extra, which brings pyarrow. Bounds are exact
    ``decimal128`` at the scale the data needs (85.5 stays 85.5, never a
    float; a column has one scale, so 57 beside 85.5 reads back as 57.0,
    equal in value); dates are ``date32``; the vocabularies are dictionaries
    of their shipped words, then any other words the rows use (a user's
    ``ActorKind("founders")``); offsets are ``int64``; text, the source's
    key and address included, is ``string``. Bounds in several units share
    a column: filter on ``unit`` before you aggregate.

    Raises:
        ModuleNotFoundError: If pyarrow is not installed.

    Examples:
        >>> from honduras_brief import BRIEF
        >>> arrow = to_arrow(BRIEF)
        >>> str(arrow.schema.field("low").type), str(arrow.schema.field("unit").type)
        ('decimal128(10, 1)', 'dictionary<values=string, indices=int16, ordered=0>')
        >>> arrow.column("low")[1].as_py()
        Decimal('85.5')
    """
    _check_table(table)  # before the extra: a bad argument is named first
    _, pa = _pandas_and_arrow("to_arrow")
    arrays, fields = _arrow_columns(list(to_records(records, table=table)), table, pa)
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields))


def _check_path(path: object) -> None:
    # pyarrow would take a text file and fail deep inside with its own words.
    if isinstance(path, str | os.PathLike):
        return
    if callable(getattr(path, "write", None)) and not isinstance(path, io.TextIOBase):
        return
    what = "a text file" if isinstance(path, io.TextIOBase) else repr(path)
    msg = (
        "'path' must be a path, a PathLike or a binary file open for writing, "
        f"got {what} of type {type(path).__name__}"
    )
    raise TypeError(msg)


def to_parquet(
    records: Tabular, path: str | os.PathLike[str] | BinaryIO, *, table: Table = "figures"
) -> None:
    """
    The rows of :func:`to_records` as a Parquet file, with :func:`to_arrow`'s types.

    Several briefs go into one file, told apart by ``source_key`` (and
    ``source_url``, where a source has one). DuckDB reads it back with SQL,
    its decimals exact::

        SELECT low FROM 'figures.parquet' WHERE figure_id = 'homicide-rate-2012'
        SELECT source_key, count(*) FROM 'figures.parquet' GROUP BY source_key

    Args:
        records: As for :func:`to_records`: a brief, records, or several
            briefs (``[BRIEF, mine]``).
        path: A path, a ``PathLike`` or a binary file open for writing.
        table: ``"figures"`` (the default), ``"statements"``,
            ``"records"``, ``"actors"`` or ``"places"``.

    Raises:
        TypeError: If *records* holds anything else, or *path* is not a
            path or a binary file (a text file, ``None``).
        ValueError: As for :func:`to_records`.
        ModuleNotFoundError: If pyarrow is not installed.
    """
    _check_table(table)
    _check_path(path)
    arrow = to_arrow(records, table=table)
    import pyarrow.parquet as pq

    pq.write_table(arrow, path)


def to_dataframe(records: Tabular, *, table: Table = "figures") -> pd.DataFrame:
    """
    The rows of :func:`to_records` as a pandas DataFrame, with :func:`to_arrow`'s types.

    Needs the ``pandas`` extra (from a clone: ``pip install '.[pandas]'``).

    Bounds are exact decimals (``decimal128[pyarrow]``, nullable: a figure
    with no upper bound has ``<NA>``, and an element is a ``Decimal``);
    dates are dates (``date32[pyarrow]``); the closed vocabularies (kind,
    section, qualifier, unit, basis, precision, provenance, factuality,
    predicate, scope) are categoricals with every word of the vocabulary,
    then any other words the rows use; offsets are nullable integers; text
    (``source_key`` and ``source_url`` too) is ``string``.

    The figures table holds percents, rates, dollars and persons in one
    ``low`` column: filter on ``unit`` before you aggregate, or group by it.

    Raises:
        ModuleNotFoundError: If pandas or pyarrow is not installed.

    Examples:
        >>> from honduras_brief import BRIEF
        >>> df = to_dataframe(BRIEF)
        >>> str(df["period_start"].dtype), str(df["unit"].dtype), type(df["low"][0]).__name__
        ('date32[day][pyarrow]', 'category', 'Decimal')
        >>> str(df["low"].dtype)
        'decimal128(10, 1)[pyarrow]'
        >>> persons = df[df["unit"] == "persons"]
        >>> persons.groupby("qualifier", observed=True)["figure_id"].count().to_dict()
        {'exact': 4, 'more-than': 2, 'almost': 1, 'dozens': 1, 'many': 1}
        >>> statements = to_dataframe(BRIEF, table="statements")
        >>> statements["factuality"].value_counts()["possible"]
        np.int64(2)
    """
    _check_table(table)
    pandas, pyarrow = _pandas_and_arrow("to_dataframe")
    arrow = to_arrow(records, table=table)

    def mapped(kind: Any) -> Any:
        if pyarrow.types.is_decimal(kind) or pyarrow.types.is_date(kind):
            return pandas.ArrowDtype(kind)
        if pyarrow.types.is_integer(kind):
            return pandas.Int64Dtype()
        if pyarrow.types.is_string(kind):
            return pandas.StringDtype()
        if pyarrow.types.is_boolean(kind):
            return pandas.BooleanDtype()
        return None  # dictionaries become categoricals

    frame: pd.DataFrame = arrow.to_pandas(types_mapper=mapped)
    return frame
