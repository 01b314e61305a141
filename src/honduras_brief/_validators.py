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
    return f"{value!r} (a {type(value).__name__})"


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


def tuple_of(*types: type) -> Any:
    """A ``tuple`` (not a list, which could change under us) of *types*."""
    return attrs.validators.deep_iterable(
        member_validator=attrs.validators.instance_of(types),
        iterable_validator=attrs.validators.instance_of(tuple),
    )


def text_tuple(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    """A ``tuple`` of what :func:`text` accepts."""
    if not isinstance(value, tuple):
        msg = f"{attribute.name!r} must be a tuple, got {_describe(value)}"
        raise TypeError(msg)
    for item in value:
        text(instance, attribute, item)
