"""
Field validators shared by the records.

attrs' own validators are used wherever they say exactly what we need; the
ones here close the gaps that would otherwise let a value be coerced or
misread: ``bool`` passing as ``int``, a ``float`` or NaN passing as a
figure, an empty string passing as a quote.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import attrs

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _describe(value: object) -> str:
    return f"{value!r} of type {type(value).__name__}"


def text(_instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    """A ``str`` with something in it besides white space."""
    if not isinstance(value, str):
        msg = f"{attribute.name!r} must be a str, got {_describe(value)}"
        raise TypeError(msg)
    if not value.strip():
        msg = f"{attribute.name!r} must not be empty or only white space"
        raise ValueError(msg)


def optional_text(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    """``None``, or what :func:`text` accepts."""
    if value is not None:
        text(instance, attribute, value)


def slug(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    """A stable id: lower-case ASCII letters and digits joined by single hyphens."""
    text(instance, attribute, value)
    assert isinstance(value, str)  # noqa: S101 -- narrowing only; text() has checked it
    if not _SLUG.fullmatch(value):
        msg = (
            f"{attribute.name!r} must be a slug of lower-case letters, digits "
            f"and single hyphens, got {value!r}"
        )
        raise ValueError(msg)


def integer(_instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    """An ``int`` that is not a ``bool`` (``True`` is not the number 1 here)."""
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{attribute.name!r} must be an int, got {_describe(value)}"
        raise TypeError(msg)


def decimal(_instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    """A finite :class:`~decimal.Decimal`; floats are refused, never converted."""
    if not isinstance(value, Decimal):
        msg = f"{attribute.name!r} must be a Decimal, got {_describe(value)}"
        raise TypeError(msg)
    if not value.is_finite():
        msg = f"{attribute.name!r} must be a finite Decimal, got {value!r}"
        raise ValueError(msg)


def optional_decimal(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    """``None``, or what :func:`decimal` accepts."""
    if value is not None:
        decimal(instance, attribute, value)


def instance_of(cls: type) -> Any:
    """
    An instance of *cls*, with a one-line message that names the field.

    attrs' own ``instance_of`` puts its message in a tuple of arguments,
    which reads badly when printed; this one says the same thing plainly.
    """

    def check(_instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, cls):
            msg = f"{attribute.name!r} must be of type {cls.__name__}, got {_describe(value)}"
            raise TypeError(msg)

    return check


def optional_instance_of(cls: type) -> Any:
    """``None``, or an instance of *cls*."""
    return attrs.validators.optional(instance_of(cls))


def tuple_of(cls: type) -> Any:
    """A ``tuple`` (not a list, which could change under us) of *cls* instances."""

    def check(_instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            msg = f"{attribute.name!r} must be a tuple, got {_describe(value)}"
            raise TypeError(msg)
        for index, item in enumerate(value):
            if not isinstance(item, cls):
                msg = (
                    f"{attribute.name!r}[{index}] must be of type {cls.__name__}, "
                    f"got {_describe(item)}"
                )
                raise TypeError(msg)

    return check


def text_tuple(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    """A ``tuple`` of what :func:`text` accepts."""
    tuple_of(str)(instance, attribute, value)
    for item in value:  # type: ignore[attr-defined]  # tuple_of() has checked it
        text(instance, attribute, item)
