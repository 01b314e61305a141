"""
Checks that a brief is what it claims.

The text's hash, every citation, every stated derived figure, every figure
and every date against their own words, every id, and every statement: each
stands inside one sentence, and a record's typed fields and its statements
say the same things (one truth, two views).
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import re
import typing
from bisect import bisect_right
from collections.abc import Iterator
from decimal import Decimal
from typing import Final

import attrs

from ._actors import Actor, Place
from ._changes import ChangeRange, check_change
from ._dates import DateRange
from ._edge import brief_or_default
from ._figures import parse_figure
from ._models import Accomplishment, Brief, Challenge, Goal, Route, fold
from ._operations import Designation, Operation
from ._quantities import Basis, Quantity, Unit
from ._readings import unheld
from ._record import RecordBase
from ._sentences import heads
from ._source import SOURCE, Citation, Section, Source
from ._statements import ARGUMENT_TYPES, Factuality, Predicate, Statement, key, label
from .exceptions import DateParseError, FigureParseError, InvalidRangeError, PercentChangeError

_OLD_AND_NEW: Final = 2  # a derived change comes from two figures
_DIRECTION: Final = re.compile(
    r"\s+(?:(decrease|reduction|decline|drop|fall)|(increase|rise|growth))\b"
)


@attrs.frozen(kw_only=True)
class Verification(RecordBase):
    """
    What :func:`verify` checked, and what failed.

    Attributes:
        citations: How many distinct citations were checked.
        derived: How many stated derived figures were checked.
        failures: One message per failed check, each naming the record id
            and the field; empty when all passed.
        statements: How many statements were checked.
        figures: How many figures were read back from their words.
        dates: How many cited date ranges were read back from their words.
    """

    citations: int
    derived: int
    failures: tuple[str, ...]
    statements: int = 0
    figures: int = 0
    dates: int = 0

    @property
    def ok(self) -> bool:
        """Whether every check passed."""
        return not self.failures

    def _summary(self) -> str:
        # For the notebook's caption.
        count = len(self.failures)
        return "every check passed" if self.ok else f"{count} check{'s' * (count > 1)} failed"


def _change(value: Decimal | ChangeRange) -> str:
    # A change between two exact figures is a range of one point: show the point.
    if isinstance(value, ChangeRange) and value.low is not None and value.low == value.high:
        return str(value.low)
    return str(value)


def _check_derived(brief: Brief, q: Quantity) -> str | None:
    sources = [brief.get(i) for i in q.derived_from]
    if len(sources) != _OLD_AND_NEW or not all(
        isinstance(s, Quantity) and s.value is not None for s in sources
    ):
        return (
            f"{q.id}: derived_from must name two exact figures of the brief, got {q.derived_from}"
        )
    old, new = sources
    assert isinstance(old, Quantity)  # noqa: S101 -- checked just above
    assert isinstance(new, Quantity)  # noqa: S101
    if q.value is None:
        return f"{q.id}: a figure stated as derived from others is exact, not {q.qualifier.value!r}"
    if q.citation is None:
        return f"{q.id}: a figure stated as derived from others is cited, but its citation is None"
    after = q.citation.quote[q.citation.quote.index(q.text) + len(q.text) :]
    direction = _DIRECTION.match(after)
    if direction is None:
        return (
            f"{q.id}: the words after {q.text!r} do not say whether it is an increase or a decrease"
        )
    stated = -q.value if direction.group(1) else q.value
    try:
        check = check_change(old, new, stated=stated)
    except PercentChangeError as error:
        return f"{q.id}: no change from {old.id} to {new.id} can be computed: {error}"
    if not check.agrees:
        computed = _change(check.computed)
        return (
            f"{q.id}: stated {q.text} {direction.group(1) or direction.group(2)}, but {old.id} to "
            f"{new.id} is {computed} percent ({check.rounded} at the precision stated)"
        )
    return None


def _change_periods(brief: Brief, q: Quantity, about: _About) -> list[str]:
    # A change between two dated figures holds from the one's period to the
    # other's, stated where both are: every statement of it must say so (the
    # period is computed, not quoted, so no words can check it).
    sources = [brief.get(i) for i in q.derived_from]
    if len(sources) != _OLD_AND_NEW:
        return []  # _check_derived says what is wrong with them
    old, new = sources
    if not isinstance(old, Quantity) or not isinstance(new, Quantity):
        return []
    if old.period is None or new.period is None:
        return []
    try:
        spanned = old.period.span(new.period)
    except InvalidRangeError:  # open on opposite sides: no range covers both
        return []
    return [
        f"{s.id}.period: {_shown(s.period)} is not the span of the periods of {old.id} "
        f"and {new.id}, {_shown(spanned)}"
        for s in about.get(q.id, ())
        if s.period is None
        or (*_days(s.period), s.period.inferred) != (*_days(spanned), spanned.inferred)
    ]


# --- Statements ---------------------------------------------------------------------

# A sentence ends at a full stop followed by white space, except the stop of
# the abbreviation "U.S." ("U.S. Treasury", "U.S. or international").
_SENTENCE_END: Final = re.compile(r"(?<!U\.S)\.\s")
_OWN_FIELDS: Final = frozenset({"id", "title", "citations", "statements", "bullet", "period"})


def _held(record: attrs.AttrsInstance, prefix: str = "") -> Iterator[tuple[str, object]]:
    # (field, value) for every value of a record's fields that a statement
    # could be about, through its routes, its operation and its designations.
    for field in attrs.fields(type(record)):
        if field.name in _OWN_FIELDS or not field.init:
            continue
        value = getattr(record, field.name)
        items = value if isinstance(value, tuple) else (value,)
        for index, item in enumerate(items):
            where = f"{prefix}{field.name}" + (f"[{index}]" if isinstance(value, tuple) else "")
            if isinstance(item, Route | Operation | Designation):
                yield from _held(item, f"{where}.")
            if isinstance(item, ARGUMENT_TYPES):
                yield where, item


_KINDS: Final[dict[type, frozenset[type]]] = {}


def _kinds(cls: type) -> frozenset[type]:
    # The argument types a record's fields can hold, from their annotations;
    # read once per class, not once per record.
    known = _KINDS.get(cls)
    if known is not None:
        return known
    found: set[type] = set()
    for field, hint in typing.get_type_hints(cls).items():
        if field in _OWN_FIELDS:
            continue
        for tp in (
            hint,
            *typing.get_args(hint),
            *(a for h in typing.get_args(hint) for a in typing.get_args(h)),
        ):
            if isinstance(tp, type) and issubclass(tp, ARGUMENT_TYPES):
                found.add(tp)
            if tp in (Route, Operation):
                found |= _kinds(tp)
    return _KINDS.setdefault(cls, frozenset(found))


def _one_truth(record: Challenge | Goal | Accomplishment) -> list[str]:
    failures: list[str] = []
    said: dict[str, Statement] = {}
    sources: set[str] = set()
    for statement in record.statements:
        for argument in (*statement.arguments, statement.place):
            if argument is not None:
                said.setdefault(key(argument), statement)
        sources.add(statement.according_to.id)
    held = list(_held(record))
    for where, value in held:
        found = key(value) in said or (where.startswith("sources") and key(value) in sources)
        if not found:
            failures.append(
                f"{record.id}.{where}: {label(value)!r} is in no statement of the record"
            )
    keys = {key(value) for _, value in held}
    kinds = tuple(_kinds(type(record)))
    for statement in record.statements:
        # The class an IS_A names, and the class an open list gives examples
        # of ("assets, including properties"), are no member of the record.
        classes = statement.objects if statement.predicate is Predicate.IS_A else heads(statement)
        for argument in (*statement.arguments, statement.place):
            if argument is None or argument in classes or not isinstance(argument, kinds):
                continue
            if key(argument) not in keys:
                failures.append(
                    f"{record.id}: the statement {statement.id} is about {label(argument)!r}, "
                    f"which no field of the record holds"
                )
    periods = {s.period for s in record.statements}
    period = getattr(record, "period", None)
    if period is not None and period not in periods:
        failures.append(f"{record.id}.period: {period} is the period of none of its statements")
    return failures


def _author(brief: Brief) -> Actor | None:
    # The page's author is the bureau that publishes it, where the brief
    # names it among its actors.
    return next((a for a in brief.actors if a.name == brief.source.bureau), None)


def _basis(q: Quantity, stating: tuple[Statement, ...]) -> str | None:
    # How sure the text is of a figure says how it comes: a figure some
    # statement says is estimated is an estimate; else one the text states
    # as certain is reported, and one it only hedges ("could fall to") is a
    # projection.
    if any(s.predicate is Predicate.ESTIMATES and q in s.objects for s in stating):
        expected, why = Basis.ESTIMATED, "a statement estimates it"
    elif any(s.factuality is Factuality.CERTAIN for s in stating):
        expected, why = Basis.REPORTED, "a statement states it as certain"
    else:
        expected, why = Basis.PROJECTED, "no statement of it is certain"
    if q.basis is expected:
        return None
    return f"{q.id}.basis: {q.basis.value!r}, but {why}, so it is {expected.value!r}"


_About = dict[str, tuple[Statement, ...]]


def _statements_about(brief: Brief) -> _About:
    # brief.statements_about for every key at once: the statements whose
    # subject or objects include it, in document order, each once.
    about: dict[str, list[Statement]] = {}
    for statement in brief.statements:
        for argument_key in dict.fromkeys(key(a) for a in statement.arguments):
            about.setdefault(argument_key, []).append(statement)
    return {k: tuple(v) for k, v in about.items()}


def _figure_failures(brief: Brief, about: _About) -> list[str]:
    # A figure's period, source, basis and words are those of the statements
    # that state it; the statements are cited, so it is too.
    failures: list[str] = []
    author = _author(brief)
    for q in brief.quantities:
        stating = about.get(q.id, ())
        if not stating:
            failures.append(f"{q.id}: no statement states the figure")
            continue
        periods = {s.period for s in stating}
        if q.period is not None and q.period not in periods:
            failures.append(f"{q.id}.period: {q.period} is the period of none of its statements")
        dated = sorted(p.format() for p in periods if p is not None)
        if q.period is None and dated and not q.derived_from:
            failures.append(
                f"{q.id}.period: None, but a statement of the figure holds for {dated[0]!r}"
            )
        failures += _attribution(q, stating, author)
        basis = _basis(q, stating)
        if basis is not None:
            failures.append(basis)
        span = q.span
        if span is None:
            failures.append(f"{q.id}.citation: None, but the statements of the figure cite it")
        elif not any(s.citation.start <= span[0] and span[1] <= s.citation.end for s in stating):
            failures.append(
                f"{q.id}.citation: its words {q.text!r} at {span[0]}:{span[1]} stand in the "
                "citation of none of its statements"
            )
    return failures


def _attribution(q: Quantity, stating: tuple[Statement, ...], author: Actor | None) -> list[str]:
    # A figure's source is who, besides the author, its statements are
    # according to: the author relays it ("According to the Violence
    # Observatory"), and a figure only the author gives has no source. Where
    # the brief does not hold its author, no one can be told from the author.
    who = q.attributed_to
    sources = {s.according_to for s in stating}
    if who is not None and who not in sources:
        return [f"{q.id}.attributed_to: no statement of the figure is according to {who.id}"]
    if author is None:
        return []
    if who is not None and who.id == author.id:
        return [
            (
                f"{q.id}.attributed_to: {who.id} is the page's own author, and a figure only the "
                "author gives has no source"
            )
        ]
    others = sorted({a.id for a in sources} - {author.id, getattr(who, "id", None)})
    if others:
        return [
            (
                f"{q.id}.attributed_to: {getattr(who, 'id', None)}, but a statement of the "
                f"figure is according to {others[0]}"
            )
        ]
    return []


def _nested_failures(brief: Brief, located: list[tuple[str, str, object]]) -> list[str]:
    # A record inside another (an actor in a statement, a figure in an
    # operation) must be the brief's own record of that id, not a variant.
    failures: dict[str, str] = {}
    for _, _, obj in located:
        ident = getattr(obj, "id", None)
        if not isinstance(ident, str) or not attrs.has(type(obj)) or ident in failures:
            continue
        own = brief.get(ident)
        kind = type(obj).__name__
        if own is None:
            failures[ident] = (
                f"{ident}: a record ({kind}) inside the brief is not one of its records"
            )
        elif type(own) is not type(obj):
            # Ids are unique across the brief, whatever the record's kind.
            failures[ident] = (
                f"{ident}: a record ({kind}) inside the brief has the id of its "
                f"{type(own).__name__}"
            )
        elif own is not obj and own != obj:
            failures[ident] = (
                f"{ident}: a copy ({kind}) inside the brief differs from the brief's own record"
            )
    return list(failures.values())


def _statement_failures(
    brief: Brief, located: list[tuple[str, str, object]], about: _About
) -> list[str]:
    failures = [
        f"{s.id}: the citation {s.citation.quote[:40]!r}... runs over more than one sentence"
        for s in brief.statements
        if _SENTENCE_END.search(s.citation.quote)
    ]
    records: tuple[Challenge | Goal | Accomplishment, ...] = (
        *brief.challenges,
        *brief.goals,
        *brief.accomplishments,
    )
    for record in records:
        failures += _one_truth(record)
    return failures + _figure_failures(brief, about) + _nested_failures(brief, located)


# --- Figures, dates and ids against their words ------------------------------------

# Units a report writes beside the number ("80 percent", "$500"); a bare
# count's unit ("57" judges) is in no figure's words.
_WRITTEN_UNITS: Final = frozenset({Unit.PERCENT, Unit.PER_100000_POPULATION, Unit.US_DOLLARS})


def _same(held: Decimal | None, read: Decimal | None) -> bool:
    # Exact, digits and exponent: the text says 85.5, the figure holds 85.5.
    if held is None or read is None:
        return held is read
    return held.as_tuple() == read.as_tuple()


def _bound(value: Decimal | None) -> str:
    return "no bound" if value is None else str(value)


def _word_failures(q: Quantity) -> list[str]:
    # A figure's qualifier, bounds and unit are what its words say.
    try:
        read = parse_figure(q.text)
    except FigureParseError as error:
        return [f"{q.id}.text: {error}"]
    words = f"the words {q.text!r}"
    failures: list[str] = []
    if read.qualifier is not q.qualifier:
        failures.append(
            f"{q.id}.qualifier: {words} read as {read.qualifier.value!r}, not {q.qualifier.value!r}"
        )
    for name, held, bound in (("low", q.low, read.low), ("high", q.high, read.high)):
        if not _same(held, bound):
            failures.append(f"{q.id}.{name}: {words} give {_bound(bound)}, not {_bound(held)}")
    if read.unit is not None and read.unit is not q.unit:
        failures.append(f"{q.id}.unit: {words} give {read.unit.value!r}, not {q.unit.value!r}")
    if read.unit is None and q.unit in _WRITTEN_UNITS:
        failures.append(
            f"{q.id}.unit: {words} name no unit, but a figure in {q.unit.value!r} is written "
            "with its unit"
        )
    if read.inferred is not None and q.inferred is None:
        failures.append(f"{q.id}.inferred: None, but {read.inferred}")
    if read.inferred is None and q.inferred is not None:
        failures.append(
            f"{q.id}.inferred: a reason is given, but {words} give the bounds as written"
        )
    return failures


def _located(obj: object) -> list[tuple[str, str, object]]:
    # (id of the record holding it, field path inside that record, record),
    # for every record inside *obj* and *obj* itself, depth first. Inside a
    # record with an id the paths start again from it, so its values read
    # the same wherever it is nested: a record is entered once, and a copy
    # equal to it is not entered again (the brief holds an actor in dozens
    # of statements). Only the fields that can hold a record are walked.
    found: list[tuple[str, str, object]] = []
    seen: dict[tuple[type, str], list[object]] = {}
    pending: list[tuple[str, str, object]] = [("brief", "", obj)]
    while pending:
        owner, path, item = pending.pop()
        cls = type(item)
        fields = _record_fields(cls)
        if fields is None:
            continue
        found.append((owner, path, item))
        ident = getattr(item, "id", None)
        if isinstance(ident, str):
            entered = seen.setdefault((cls, ident), [])
            if any(other is item or other == item for other in entered):
                continue
            entered.append(item)
            owner, path = ident, ""
        inside: list[tuple[str, str, object]] = []
        for field in fields:
            name = f"{path}.{field}" if path else field
            value = getattr(item, field)
            if isinstance(value, tuple):
                inside += [(owner, f"{name}[{i}]", v) for i, v in enumerate(value)]
            else:
                inside.append((owner, name, value))
        pending += reversed(inside)
    return found


# Values that hold no record: the walk does not look inside them.
_LEAVES: Final = (str, int, float, Decimal, dt.date, type(None), enum.Enum)


_FIELDS: Final[dict[type, tuple[str, ...] | None]] = {}


def _record_fields(cls: type) -> tuple[str, ...] | None:
    # The fields of *cls* that can hold a record, from their annotations,
    # read once per class; a brief's own index (not an init field) is not its
    # content. None for what is not a record.
    if cls in _FIELDS:
        return _FIELDS[cls]
    fields = None
    if attrs.has(cls):
        try:
            hints = typing.get_type_hints(cls)
        except Exception:  # noqa: BLE001 -- unreadable annotations: walk every field
            hints = {}
        fields = tuple(
            field.name
            for field in attrs.fields(cls)
            if field.init and not _holds_no_record(hints.get(field.name, object))
        )
    return _FIELDS.setdefault(cls, fields)


def _holds_no_record(hint: object) -> bool:
    # A source is checked once, as the brief's own: not walked in every citation.
    if hint is Source:
        return True
    args = typing.get_args(hint)
    if args:
        return all(a is Ellipsis or _holds_no_record(a) for a in args)
    return isinstance(hint, type) and issubclass(hint, _LEAVES) and not attrs.has(hint)


def _days(period: DateRange) -> tuple[object, object, object]:
    return period.start, period.end, period.precision


def _shown(period: DateRange | None) -> str:
    if period is None:
        return "None"
    how = "" if period.is_stated else ", inferred"
    return f"{period.format()} ({period.isoformat()}, {period.precision.value}{how})"


def _date_failure(where: str, period: DateRange) -> str | None:
    # A cited range is what its words give. Words with no year give a range
    # only with the year supplied, which is an inference: such a range must
    # say so, and is read with its own year.
    assert period.citation is not None  # noqa: S101 -- only cited ranges are checked
    quote = period.citation.quote
    try:
        read = DateRange.parse(quote)
    except DateParseError as error:
        if period.is_stated:
            return f"{where}: stated, but {error}"
        last = period.end if period.end is not None else period.start
        assert last is not None  # noqa: S101 -- a range is never open on both sides
        try:
            read = DateRange.parse(quote, year=last.year)
        except DateParseError as again:
            return f"{where}: {again}"
    if _days(read) != _days(period):
        return f"{where}: the words {quote!r} give {_shown(read)}, not {_shown(period)}"
    return None


def _date_failures(located: list[tuple[str, str, object]]) -> tuple[list[str], int]:
    failures: dict[str, None] = {}
    checked: set[DateRange] = set()
    for owner, path, obj in located:
        if isinstance(obj, DateRange) and obj.citation is not None:
            checked.add(obj)
            failure = _date_failure(f"{owner}.{path}", obj)
            if failure is not None:
                failures[failure] = None
    return list(failures), len(checked)


# --- What the text settles: the source, names, bullets, periods and places --------

_LISTS: Final = ("challenges", "goals", "accomplishments", "operations", "actors", "places")
_METADATA: Final = tuple(
    f.name for f in attrs.fields(Source) if f.init and f.name not in {"text", "sha256"}
)
_APOSTROPHES: Final = str.maketrans({"\u2019": "'", "\u2018": "'"})
_BULLET: Final = "\u2022"


def _listed_twice(brief: Brief) -> list[str]:
    # A record is the brief's once: listed again, its rows and figures count twice.
    # (Two different records of one id are _nested_failures' to name.)
    first: dict[str, tuple[str, int, object]] = {}
    failures: list[str] = []
    for name in _LISTS:
        for index, record in enumerate(getattr(brief, name)):
            seen = first.setdefault(record.id, (name, index, record))
            if seen[:2] != (name, index) and (seen[2] is record or seen[2] == record):
                failures.append(
                    f"{record.id}: listed twice in the brief, at {seen[0]}[{seen[1]}] and at "
                    f"{name}[{index}]"
                )
    return failures


def _held_elsewhere(brief: Brief) -> list[str]:
    # A record holds the statements of its own words: one whose sentence
    # stands outside every citation of the record (a challenge's statement
    # copied into an accomplishment) is not the record's to hold.
    failures: list[str] = []
    holders: tuple[Challenge | Goal | Accomplishment, ...] = (
        *brief.challenges, *brief.goals, *brief.accomplishments,
    )  # fmt: skip
    for record in holders:
        spans = [(c.start, c.end) for c in record.citations]
        for statement in record.statements:
            c = statement.citation
            if spans and not any(start <= c.start and c.end <= end for start, end in spans):
                failures.append(
                    f"{record.id}.statements: {statement.id} stands at {c.start}:{c.end}, "
                    "outside the record's own words"
                )
    return failures


def _metadata_failures(source: Source) -> list[str]:
    # The shipped text is the shipped page: what is known of it (its address,
    # publisher, rights) is the shipped source's, whoever builds the brief.
    if source is SOURCE or source.text != SOURCE.text:
        return []
    return [
        f"source.{name}: {getattr(source, name)!r}, but the shipped text's source has "
        f"{getattr(SOURCE, name)!r}"
        for name in _METADATA
        if getattr(source, name) != getattr(SOURCE, name)
    ]


def _plain(words: str) -> str:
    # Case, accents, apostrophes and spacing as a name's lookup ignores them.
    return " ".join(fold(words).translate(_APOSTROPHES).split())


def _written(name: str, words: str, plain: str | None = None) -> bool:
    # Whether *words* write *name* as words of their own ("NP" is not
    # written in "HNP"): as given, else both made plain (*plain*, if given,
    # is *words* made plain already), which costs a pass over the words.
    if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", words):
        return True
    plain = _plain(words) if plain is None else plain
    return re.search(rf"(?<!\w){re.escape(_plain(name))}(?!\w)", plain) is not None


def _names(record: Actor | Place) -> Iterator[tuple[str, str, str]]:
    # (field, where, name) for every name the record answers to.
    yield "name", "name", record.name
    acronym = getattr(record, "acronym", None)
    if acronym is not None:
        yield "acronym", "acronym", acronym
    for index, alias in enumerate(record.aliases):
        yield "aliases", f"aliases[{index}]", alias


def _name_failures(brief: Brief) -> list[str]:
    # Every name of an actor or a place the text names is written in the
    # text, unless the record says it is read (its inferred reason, or a
    # reading of that name): lookup finds a record by any of them. A record
    # with no mention is one the text never names (a speaker, say), whose
    # names the text cannot settle.
    text = brief.source.text
    plain: list[str] = []  # the text made plain once, when a name needs it
    failures: list[str] = []
    records: tuple[Actor | Place, ...] = (*brief.actors, *brief.places)
    for record in records:
        if not record.mentions:
            continue
        quoted = {m.quote for m in record.mentions}
        for field, where, name in _names(record):
            if name in quoted or record.inferred is not None:
                continue
            if any(r.field == field and r.value == name for r in record.readings):
                continue
            if not plain:
                plain.append(_plain(text))
            if not _written(name, text, plain[0]):
                failures.append(
                    f"{record.id}.{where}: {name!r} is not in the text, and {record.id} is not "
                    "marked inferred"
                )
    return failures


def _operation_failures(brief: Brief) -> list[str]:
    # A record's title is the library's words; what the text names is an
    # operation, in the sentences that describe it, and the designation it
    # was coordinated with, in the text's words.
    failures: list[str] = []
    for operation in brief.operations:
        read = any(r.field == "name" for r in operation.readings)
        if not read and not any(_written(operation.name, c.quote) for c in operation.citations):
            failures.append(
                f"{operation.id}.name: {operation.name!r} is written in none of its citations"
            )
        for index, designation in enumerate(operation.coordinated_with):
            where = f"{operation.id}.coordinated_with[{index}]"
            if not _written(designation.designation, designation.citation.quote):
                failures.append(
                    f"{where}.designation: {designation.designation!r} is not in its citation"
                )
            failures += _designation_failures(designation, where)
    seen = set(_held_designations(brief))
    for statement in brief.statements:
        for index, argument in enumerate((statement.subject, *statement.objects)):
            if isinstance(argument, Designation) and argument not in seen:
                seen.add(argument)  # one the operation does not hold: checked where it stands
                where = f"{statement.id}.{'subject' if index == 0 else f'objects[{index - 1}]'}"
                failures += _designation_failures(argument, where)
    return failures


def _held_designations(brief: Brief) -> Iterator[Designation]:
    for operation in brief.operations:
        yield from operation.coordinated_with


def _within(inner: Citation, outer: Citation) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _designation_failures(designation: Designation, where: str) -> list[str]:
    # Who was designated and whom they are linked to are named in the
    # designation's own words: its figure stands in them, and so does a
    # mention of each actor it is associated with (one the text names).
    failures: list[str] = []
    c, cited = designation.citation, designation.designees.citation
    if cited is not None and not _within(cited, c):
        failures.append(
            f"{where}.designees: {designation.designees.id} stands at {cited.start}:{cited.end}, "
            f"outside the designation's words at {c.start}:{c.end}"
        )
    for index, actor in enumerate(designation.associated_with):
        if actor.mentions and not any(_within(m, c) for m in actor.mentions):
            failures.append(
                f"{where}.associated_with[{index}]: {actor.id} is mentioned nowhere in the "
                f"designation's words at {c.start}:{c.end}"
            )
    return failures


def _bullet_failures(brief: Brief) -> list[str]:
    # An accomplishment's bullet is the one its citations stand under, counted
    # from the start of the accomplishments (or of a text without sections).
    # A text with no bullets there numbers none.
    source = brief.source
    text = source.text
    start = source.sections.get(Section.ACCOMPLISHMENTS, (0, 0))[0]
    bullets: list[int] = []
    at = text.find(_BULLET, start)
    while at >= 0:
        bullets.append(at)
        at = text.find(_BULLET, at + 1)
    if not bullets:
        return []
    failures: list[str] = []
    for record in brief.accomplishments:
        under = sorted({bisect_right(bullets, c.start) for c in record.citations})
        if under != [record.bullet]:
            shown = " and ".join(f"bullet {n}" if n else "no bullet" for n in under)
            failures.append(
                f"{record.id}.bullet: {record.bullet}, but its citations stand under {shown}"
            )
    return failures


def _sentence(text: str, citation: Citation) -> tuple[int, int]:
    # The offsets of the sentence that holds *citation*, found from its own
    # place outward (as the statements' check ends a sentence), not by
    # reading the whole text.
    start = citation.start
    while (dot := text.rfind(".", 0, start)) >= 0:
        if _SENTENCE_END.match(text, dot):
            start = dot + 1
            break
        start = dot
    else:
        start = 0
    end = _SENTENCE_END.search(text, max(citation.end - 1, 0))
    return start, len(text) if end is None else end.start() + 1


def _setting_failures(brief: Brief, spanned: set[str]) -> list[str]:
    # A statement's period and place are read from its own sentence, or it
    # says they are not: an inferred period says why itself, and a place is
    # read where the statement is inferred or holds a reading of it. A
    # change's period is the span of its figures', which _change_periods
    # checks, as _check_derived checks the figures (*spanned*: the
    # statements of such changes).
    text = brief.source.text
    failures: list[str] = []
    for s in brief.statements:
        period, place = s.period, s.place
        if period is None and place is None:
            continue
        read = {r.field for r in s.readings}
        start, end = _sentence(text, s.citation)
        if period is not None and period.is_stated and "period" not in read:
            cited = period.citation
            if cited is None and s.id not in spanned:
                failures.append(
                    f"{s.id}.period: {period.format()!r} cites no words, and it is not marked "
                    "inferred"
                )
            elif cited is not None and not start <= cited.start <= cited.end <= end:
                failures.append(
                    f"{s.id}.period: {period.format()!r} is read from {cited.quote!r} at "
                    f"{cited.start}:{cited.end}, outside the statement's sentence, and it is "
                    "not marked inferred"
                )
        if place is not None and s.inferred is None and "place" not in read:
            named = any(start <= m.start and m.end <= end for m in place.mentions) or any(
                _written(name, text[start:end]) for name in (place.name, *place.aliases)
            )
            if not named:
                failures.append(
                    f"{s.id}.place: {place.id} is named nowhere in the statement's sentence, "
                    "and the statement is not marked inferred"
                )
    return failures


def _unknown_ids(brief: Brief) -> list[str]:
    return [
        f"{q.id}.derived_from[{index}]: no record of the brief has the id {ident!r}"
        for q in brief.quantities
        for index, ident in enumerate(q.derived_from)
        if brief.get(ident) is None
    ]


def verify(brief: Brief | None = None) -> Verification:
    """
    Check a brief against its source's text and against itself.

    Every problem is listed, each naming the record's id and the field. The
    checks:

    - the source's text hashes to ``brief.source.sha256``, and every
      citation anywhere in the brief cites that source and quotes its text
      exactly where it says;
    - every figure's qualifier, bounds (digits and exponent) and unit are
      what :func:`~honduras_brief.parse_figure` reads from its words, its
      ``inferred`` is set exactly when its bounds say more than the words,
      and a percentage, a rate or a sum of money names its unit in them;
    - every cited date range is what ``DateRange.parse`` reads from its
      words (with the range's own year where the words give none, which
      only an inferred range may leave out);
    - every figure stated as derived from others ("a 6.4 percent decrease")
      names figures of the brief, agrees with them at the precision it is
      stated in, and its statements hold from the one's period to the
      other's;
    - ids are unique across the brief, whatever the record's kind, and
      every record nested anywhere is the brief's own record of its id;
    - every statement stands inside one sentence; every value of a record's
      typed fields is in one of its statements, everything its statements
      are about that a field could hold is in a field, and its period is a
      statement's (one truth, two views);
    - every figure is stated by a statement, with the figure's period (a
      figure all of whose statements hold for one period has it), its source
      (who, besides the page's author, its statements are according to: a
      figure no one but the author gives has none, and is never attributed
      to the author) and its words; its basis is what its statements say
      (estimated where one estimates it, else reported where one is certain
      of it, else projected);
    - a source whose text is the shipped text carries the shipped source's
      address, publisher, bureau, country, years and rights;
    - no record is listed twice in the brief's lists, and every statement a
      challenge, goal or accomplishment holds stands in that record's own
      citations;
    - every name, acronym and alias of an actor or a place the text names
      (one with mentions) is written in the text, case, accents and
      apostrophes aside, unless the record is inferred or holds a reading
      of that name;
    - an operation's name is written in its citations (unless a reading of
      it says it is read), and a designation's words in its citation, with
      its figure and a mention of each actor it is associated with; an
      accomplishment's bullet is the bullet its citations stand under, in a
      text that has bullets (a record's title is the library's words, which
      the text does not settle);
    - a statement's period is read from words of its own sentence, and its
      place is named in that sentence, unless it is marked inferred (an
      inferred period; for a place, the statement's ``inferred`` or a
      reading of it); a change's period is the span of its figures'.

    What it does not check is whether a statement reads its words rightly:
    its subject, predicate, objects, factuality and scope are a reading of
    the text, not something the text can be compared with. A brief whose
    statement says "certain" where the text says "do not appear to" passes;
    the shipped brief's readings are held by its tests and its reasons.

    Args:
        brief: The brief to check; the shipped ``BRIEF`` by default.

    Raises:
        TypeError: If *brief* is not a :class:`~honduras_brief.Brief`.

    Examples:
        >>> result = verify()
        >>> result.ok, result.derived, result.statements, result.figures, result.dates
        (True, 1, 80, 15, 7)
    """
    brief = brief_or_default(brief)
    failures: list[str] = []
    source = brief.source
    digest = hashlib.sha256(source.text.encode("utf-8")).hexdigest()
    if digest != source.sha256:
        failures.append(f"the text's sha256 is {digest}, not {source.sha256}")
    failures += _metadata_failures(source)
    failures += _listed_twice(brief)
    failures += _held_elsewhere(brief)
    located = _located(brief)
    about = _statements_about(brief)
    # Each distinct citation once: the brief quotes a name in dozens of places.
    cited: dict[Citation, str] = {}
    for owner, path, c in located:
        if isinstance(c, Citation):
            cited.setdefault(c, f"{owner}.{path}")
    citations = list(cited)
    failures += [
        f"{where}: cites {c.source.key} ({c.source.title!r}), not the brief's source {source.key}"
        for c, where in cited.items()
        if c.source is not source and c.source != source
    ]
    failures += [
        f"the citation {c.quote!r} is not at {c.start}:{c.end}"
        for c in citations
        if c.source.text[c.start : c.end] != c.quote
    ]
    failures += _unknown_ids(brief)
    derived = [q for q in brief.quantities if q.derived_from]
    failures += [p for p in (_check_derived(brief, q) for q in derived) if p is not None]
    failures += [p for q in derived for p in _change_periods(brief, q, about)]
    spanned = {s.id for q in derived for s in about.get(q.id, ())}
    failures += _setting_failures(brief, spanned)
    failures += _statement_failures(brief, located, about)
    failures += _name_failures(brief)
    failures += _operation_failures(brief)
    failures += _bullet_failures(brief)
    figures = brief.quantities
    failures += [f for q in figures for f in _word_failures(q)]
    dates, dated = _date_failures(located)
    failures += dates
    read = {id(r): r for _, _, r in located if getattr(r, "readings", ())}
    failures += [f"{getattr(r, 'id', 'brief')}.{p}" for r in read.values() for p in unheld(r)]
    return Verification(
        citations=len(citations),
        derived=len(derived),
        failures=tuple(dict.fromkeys(failures)),
        statements=len(brief.statements),
        figures=len(figures),
        dates=dated,
    )
