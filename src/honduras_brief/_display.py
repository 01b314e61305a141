"""
How records look to people: short text for terminals, HTML for notebooks.

This module works on any attrs record by duck typing (a citation is what has
``quote``, ``start`` and ``end``; a record is what has an ``id``), so it sits
below the models and imports none of them.
"""

from __future__ import annotations

import enum
import html
from decimal import Decimal
from typing import Any, Final

import attrs

_NOTHING: Final = "\u2014"  # an em dash for "no value"


def _is_citation(value: object) -> bool:
    return all(hasattr(value, name) for name in ("quote", "start", "end", "section"))


def _is_period(value: object) -> bool:
    return hasattr(value, "precision") and hasattr(value, "format")


def fields(record: Any) -> list[tuple[str, object]]:
    """The record's fields and values, in order (those set at construction)."""
    return [(f.name, getattr(record, f.name)) for f in attrs.fields(type(record)) if f.init]


def label(record: Any) -> str:
    """A record's id with its title or name: ``drug-transit (Honduras as ...)``."""
    name = (
        getattr(record, "title", None)
        or getattr(record, "name", None)
        or getattr(record, "text", None)
        or (str(record) if hasattr(record, "predicate") else None)  # a statement
    )
    ident = str(record.id)
    return f"{ident} ({name})" if name and name != ident else ident


def text(value: object) -> str:
    """A value as one line of plain text."""
    if value is None:
        return _NOTHING
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, str | int | Decimal):
        return str(value)
    if _is_period(value):
        period: Any = value
        return str(period.format()) + (" (inferred)" if period.inferred else "")
    if _is_citation(value):
        c: Any = value
        return f"\u201c{c.quote}\u201d [{c.start}:{c.end}, {c.section.value}]"
    if isinstance(value, tuple):
        return "; ".join(text(item) for item in value) if value else _NOTHING
    if hasattr(value, "id"):
        record: Any = value
        return str(record.id)
    if attrs.has(type(value)):
        parts = [f"{name} {text(v)}" for name, v in fields(value) if v not in (None, ())]
        return f"{type(value).__name__}({', '.join(parts)})"
    return str(value)


def marks(record: object) -> list[tuple[int, int]]:
    """Offsets in the source text of the figures a record holds, to highlight."""
    found = []
    parts = (
        record,
        *getattr(record, "quantities", ()),
        getattr(record, "subject", None),  # a statement's figures
        *getattr(record, "objects", ()),
    )
    for quantity in parts:
        span = getattr(quantity, "span", None)
        if isinstance(span, tuple):
            found.append(span)
    return found


def _quote_html(citation: Any, spans: list[tuple[int, int]]) -> str:
    parts, cursor = [], citation.start
    for start, end in sorted(s for s in spans if citation.start <= s[0] and s[1] <= citation.end):
        if start < cursor:  # an overlapping figure is already marked
            continue
        parts.append(html.escape(citation.quote[cursor - citation.start : start - citation.start]))
        marked = citation.quote[start - citation.start : end - citation.start]
        parts.append(f"<mark>{html.escape(marked)}</mark>")
        cursor = end
    parts.append(html.escape(citation.quote[cursor - citation.start :]))
    where = f"{citation.section.value}, characters {citation.start}\u2013{citation.end}"
    return (
        f'<q>{"".join(parts)}</q> <small title="{where}">[{citation.start}:{citation.end}]</small>'
    )


def _value_html(value: object, spans: list[tuple[int, int]]) -> str:
    if _is_citation(value):
        return _quote_html(value, spans)
    if (
        isinstance(value, tuple)
        and value
        and all(_is_citation(v) or hasattr(v, "id") for v in value)
    ):
        items = "".join(f"<li>{_value_html(v, spans)}</li>" for v in value)
        return f'<ul style="margin:0;padding-left:1.2em">{items}</ul>'
    if hasattr(value, "id") and not isinstance(value, tuple):
        return f"<code>{html.escape(label(value))}</code>"
    return html.escape(text(value))


def to_html(record: object) -> str:
    """A record as an HTML table of its fields, its quotes with figures marked."""
    spans = marks(record)
    rows = "".join(
        f'<tr><th style="text-align:left;vertical-align:top">{html.escape(name)}</th>'
        f'<td style="text-align:left">{_value_html(value, spans)}</td></tr>'
        for name, value in fields(record)
    )
    ident = getattr(record, "id", None)
    caption = f"<b>{type(record).__name__}</b>" + (
        f" <code>{html.escape(ident)}</code>" if ident else ""
    )
    return (
        f'<table class="honduras-brief"><caption style="text-align:left">{caption}</caption>'
        f"{rows}</table>"
    )


class HTMLMixin:
    """
    Gives a record its notebook display, and its pydantic schema.

    pydantic and FastAPI ask a type for ``__get_pydantic_core_schema__``;
    the answer is built on first use, so pydantic is never imported by a
    program that does not use it.
    """

    __slots__ = ()

    def _repr_html_(self) -> str:
        return to_html(self)

    @classmethod
    def __get_pydantic_core_schema__(cls, _source: object, _handler: object) -> Any:
        from ._pydantic import core_schema_of  # the serialization layer, on first use

        return core_schema_of(cls)

    @classmethod
    def __get_pydantic_json_schema__(cls, _core_schema: object, handler: Any) -> Any:
        from ._pydantic import json_schema_of

        return json_schema_of(cls, handler.generate_json_schema)
