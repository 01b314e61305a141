"""
Checks that the shipped data is what it claims.

The text's hash, every citation, every stated derived figure, and every
statement: each stands inside one sentence, and a record's typed fields and
its statements say the same things (one truth, two views).
"""

from __future__ import annotations

import hashlib
import re
import typing
from collections.abc import Iterator
from typing import Final

import attrs

from ._changes import check_change
from ._models import Accomplishment, Brief, Challenge, Goal, Route
from ._operations import Designation, Operation
from ._quantities import Quantity
from ._source import SOURCE_TEXT, Citation
from ._statements import ARGUMENT_TYPES, Predicate, Statement, key, label
from ._tree import walk

_OLD_AND_NEW: Final = 2  # a derived change comes from two figures
_DIRECTION: Final = re.compile(
    r"\s+(?:(decrease|reduction|decline|drop|fall)|(increase|rise|growth))\b"
)


@attrs.frozen(kw_only=True)
class Verification:
    """
    What :func:`verify` checked, and what failed.

    Attributes:
        citations: How many citations were checked.
        derived: How many stated derived figures were checked.
        failures: One message per failed check; empty when all passed.
        statements: How many statements were checked.
    """

    citations: int
    derived: int
    failures: tuple[str, ...]
    statements: int = 0

    @property
    def ok(self) -> bool:
        """Whether every check passed."""
        return not self.failures


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
    assert q.value is not None  # noqa: S101 -- a derived figure is exact and cited
    assert q.citation is not None  # noqa: S101
    after = q.citation.quote[q.citation.quote.index(q.text) + len(q.text) :]
    direction = _DIRECTION.match(after)
    if direction is None:
        return (
            f"{q.id}: the words after {q.text!r} do not say whether it is an increase or a decrease"
        )
    stated = -q.value if direction.group(1) else q.value
    check = check_change(old, new, stated=stated)
    if not check.agrees:
        return (
            f"{q.id}: stated {q.text} {direction.group(1) or direction.group(2)}, but {old.id} to "
            f"{new.id} is {check.computed} percent ({check.rounded} at the precision stated)"
        )
    return None


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


def _kinds(cls: type) -> set[type]:
    # The argument types a record's fields can hold, from their annotations.
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
    return found


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
        classes = statement.objects if statement.predicate is Predicate.IS_A else ()
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


def _figure_failures(brief: Brief) -> list[str]:
    # A figure's period and source are those of a statement that states it.
    failures: list[str] = []
    for q in brief.quantities:
        stating = brief.statements_about(q.id)
        if not stating:
            failures.append(f"{q.id}: no statement states the figure")
            continue
        if q.period is not None and q.period not in {s.period for s in stating}:
            failures.append(f"{q.id}.period: {q.period} is the period of none of its statements")
        who = q.attributed_to
        if who is not None and who not in {s.according_to for s in stating}:
            failures.append(
                f"{q.id}.attributed_to: no statement of the figure is according to {who.id}"
            )
    return failures


def _nested_failures(brief: Brief) -> list[str]:
    # A record inside another (an actor in a statement, a figure in an
    # operation) must be the brief's own record of that id, not a variant.
    failures: dict[str, str] = {}
    for obj in walk(brief):
        ident = getattr(obj, "id", None)
        if not isinstance(ident, str) or not attrs.has(type(obj)) or ident in failures:
            continue
        own = brief.get(ident)
        if own is None:
            kind = type(obj).__name__
            failures[ident] = (
                f"{ident}: a record ({kind}) inside the brief is not one of its records"
            )
        elif own != obj:
            kind = type(obj).__name__
            failures[ident] = (
                f"{ident}: a copy ({kind}) inside the brief differs from the brief's own record"
            )
    return list(failures.values())


def _statement_failures(brief: Brief) -> list[str]:
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
    return failures + _figure_failures(brief) + _nested_failures(brief)


def verify(brief: Brief) -> Verification:
    """
    Check the brief against its shipped text.

    The checks: the text hashes to ``brief.source.sha256``; every citation
    anywhere in the brief quotes the text exactly where it says; every
    figure stated as derived from others ("a 6.4 percent decrease") agrees
    with them at the precision it is stated in; every statement stands
    inside one sentence; every value of a record's typed fields is in one
    of its statements, and everything its statements are about that a
    field could hold is in a field (one truth, two views); every figure is
    stated by a statement with its period and its source.

    Examples:
        >>> from honduras_brief import BRIEF
        >>> result = verify(BRIEF)
        >>> result.ok, result.derived, result.statements
        (True, 1, 79)
    """
    failures: list[str] = []
    digest = hashlib.sha256(SOURCE_TEXT.encode("utf-8")).hexdigest()
    if digest != brief.source.sha256:
        failures.append(f"the text's sha256 is {digest}, not {brief.source.sha256}")
    citations = [c for c in walk(brief) if isinstance(c, Citation)]
    failures += [
        f"the citation {c.quote!r} is not at {c.start}:{c.end}"
        for c in citations
        if SOURCE_TEXT[c.start : c.end] != c.quote
    ]
    derived = [q for q in brief.quantities if q.derived_from]
    failures += [p for p in (_check_derived(brief, q) for q in derived) if p is not None]
    failures += _statement_failures(brief)
    return Verification(
        citations=len(citations),
        derived=len(derived),
        failures=tuple(failures),
        statements=len(brief.statements),
    )
