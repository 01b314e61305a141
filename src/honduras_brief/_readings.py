"""
Readings: the values of a record's fields that are read, not stated.

A record says what the text says; where one of its values is the library's
reading of the words (a pronoun resolved, a name read as meaning a body, a
grading word read as covering one item of a list), the record holds a
:class:`Reading` that names the field, the value and why. This is one
mechanism for every kind of record, beside the whole-record ``inferred``
reason some records have.
"""

from __future__ import annotations

from typing import Any

import attrs

from . import _validators as v
from ._record import RecordBase


@attrs.frozen(kw_only=True)
class Reading(RecordBase):
    """
    One value of a record's field that the library reads into the words.

    Attributes:
        field: The name of the record's field ("aliases", "targets").
        value: The value read, as the field holds it: a name or words for
            text, a record's id for a record.
        reason: Why the words are read so, in a sentence that holds against
            the text.

    Examples:
        >>> from honduras_brief import BRIEF
        >>> reading = BRIEF.lookup("inl").readings[0]
        >>> reading.field, reading.value
        ('aliases', 'We')
    """

    field: str = attrs.field(validator=v.text)
    value: str = attrs.field(validator=v.text)
    reason: str = attrs.field(validator=v.text)


def values(record: object, field: str) -> tuple[str, ...]:
    """
    The values of *record*'s *field* as a :class:`Reading` names them.

    A record by its id, a term by its words, a citation by its quote, a
    period by the words it is read from, a text as it is; a tuple gives each
    of its items.
    """
    held = getattr(record, field)
    items = held if isinstance(held, tuple) else (held,)
    return tuple(_value(item) for item in items if item is not None)


def _value(item: object) -> str:
    ident = getattr(item, "id", None)
    if isinstance(ident, str):
        return ident
    words = getattr(item, "value", None)
    if isinstance(words, str):
        return words
    quote = getattr(item, "quote", None)
    if isinstance(quote, str):
        return quote
    # A period, by the words it is read from; anything else as it prints.
    return str(getattr(getattr(item, "citation", None), "quote", item))


def readings_of(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    """
    A tuple of readings, each of a field the record has.

    That the field still holds the value read is :func:`honduras_brief.verify`'s
    to check, so that a record can be changed one field at a time.
    """
    v.tuple_of(Reading)(instance, attribute, value)
    assert isinstance(value, tuple)  # noqa: S101 -- narrowing only; tuple_of() has checked it
    names = {f.name for f in attrs.fields(type(instance))} - {attribute.name}
    for index, reading in enumerate(value):
        where = f"{attribute.name}[{index}]"
        if reading.field not in names:
            msg = f"{where}: {type(instance).__name__} has no field {reading.field!r}"
            raise ValueError(msg)


def unheld(record: object) -> list[str]:
    """What is wrong with *record*'s readings: each value its field no longer holds."""
    return [
        f"readings[{index}]: {reading.field!r} does not hold {reading.value!r}"
        for index, reading in enumerate(getattr(record, "readings", ()))
        if reading.value not in values(record, reading.field)
    ]
