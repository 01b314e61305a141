"""
Helpers shared by the tests.

Every record of the brief, and a walker that finds every citation, quantity
and date range inside a record.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

import attrs
import pytest

from honduras_brief import BRIEF, Citation, DateRange, Quantity, Record

T = TypeVar("T")

RECORDS: tuple[Record, ...] = tuple(BRIEF.lookup(ident) for ident in BRIEF.ids)


def record_params() -> list[object]:
    """Every record of the brief as a pytest param named by its id."""
    return [pytest.param(r, id=r.id) for r in RECORDS]


def walk(obj: object, kind: type[T]) -> Iterator[T]:
    """Every instance of *kind* inside *obj*, through attrs fields and tuples."""
    if isinstance(obj, kind):
        yield obj
    if isinstance(obj, tuple):
        for item in obj:
            yield from walk(item, kind)
    elif attrs.has(type(obj)):
        for field in attrs.fields(type(obj)):
            yield from walk(getattr(obj, field.name), kind)


def all_of(kind: type[T]) -> list[T]:
    """Every distinct instance of *kind* anywhere in the brief."""
    seen: dict[int, T] = {}
    for record in RECORDS:
        for found in walk(record, kind):
            seen.setdefault(id(found), found)
    return list(seen.values())


def replace_everywhere(obj: T, old: object, new: object) -> T:
    """*obj* with every value equal to *old*, however deep, replaced by *new*."""
    if obj == old:
        return new  # type: ignore[return-value]
    if isinstance(obj, tuple):
        return tuple(replace_everywhere(item, old, new) for item in obj)  # type: ignore[return-value]
    if attrs.has(type(obj)):
        changes = {
            f.alias: replace_everywhere(getattr(obj, f.name), old, new)
            for f in attrs.fields(type(obj))
            if f.init
        }
        return attrs.evolve(obj, **changes)
    return obj


CITATIONS: list[Citation] = all_of(Citation)
QUANTITIES: list[Quantity] = all_of(Quantity)
DATE_RANGES: list[DateRange] = all_of(DateRange)
