"""
How records look to people: short text for terminals, HTML for notebooks.

This module works on any attrs record by duck typing (a citation is what has
``quote``, ``start`` and ``end``; a source is what has ``text``, ``sha256``
and ``key``; a record is what has an ``id``; a figure or a date range is
what has ``format()``), so it imports nothing of the package, and no record
imports it: a record's ``_repr_html_`` reaches :func:`to_html` through
:mod:`honduras_brief._hooks`, on first use.

In HTML, a record is a table of its fields with a caption naming it. A
record inside it that has an id is a reference (its id and name); one that
has none (a source, a designation, a range of changes) is a table of its
own inside the cell. A source is captioned with its key, and its text is
its length and first words, never the whole page. A tuple of more than five
items folds into ``<details>``. Every text is escaped, and the table headers
are row headers for screen readers.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, Final

import attrs


def escape(value: str) -> str:
    """:func:`html.escape`, quotes included, without importing :mod:`html` at start-up."""
    return (
        value.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#x27;")
    )


_NOTHING: Final = "\u2014"  # an em dash for "no value"
_FOLD_AFTER: Final = 5  # a tuple of more items folds into <details>
_SHOWN_DIGITS: Final = 5  # significant digits a long computed decimal shows
_CUT: Final = "\u2026"  # after the digits shown of a longer decimal
_CELL: Final = "text-align:left;vertical-align:top"
_LIST: Final = "margin:0;padding-left:1.2em"
_CAPTION: Final = "text-align:left;white-space:nowrap"  # as wide as it says, not as the table
_FIRST_WORDS: Final = 8  # of a source's text, shown instead of the whole page


def _is_citation(value: object) -> bool:
    return all(hasattr(value, name) for name in ("quote", "start", "end", "section"))


def _is_source(value: object) -> bool:
    return all(hasattr(value, name) for name in ("text", "sha256", "key"))


def _is_period(value: object) -> bool:
    return hasattr(value, "precision") and hasattr(value, "format")


def fields(record: Any) -> list[tuple[str, object]]:
    """The record's fields and values, in order (those set at construction)."""
    return [(f.name, getattr(record, f.name)) for f in attrs.fields(type(record)) if f.init]


def _name(record: Any) -> str | None:
    # What a record is called besides its id, where it differs from the id.
    name = (
        getattr(record, "title", None)
        or getattr(record, "name", None)
        or getattr(record, "text", None)
        or (str(record) if hasattr(record, "predicate") else None)  # a statement
    )
    return str(name) if name and name != str(record.id) else None


def label(record: Any) -> str:
    """A record's id with its title or name: ``drug-transit (Honduras as ...)``."""
    name = _name(record)
    return f"{record.id} ({name})" if name else str(record.id)


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
        return f"\u201c{c.quote}\u201d [{_where(c)}]"
    if _is_source(value):
        return _source_text(value)
    if isinstance(value, tuple):
        return "; ".join(text(item) for item in value) if value else _NOTHING
    if hasattr(value, "id"):
        record: Any = value
        return str(record.id)
    if attrs.has(type(value)):
        parts = [f"{name} {text(v)}" for name, v in fields(value) if v not in (None, ())]
        return f"{type(value).__name__}({', '.join(parts)})"
    return str(value)


def _where(citation: Any) -> str:
    # "1353:1608, challenges"; a citation of a text without sections has none to name.
    offsets = f"{citation.start}:{citation.end}"
    return f"{offsets}, {citation.section.value}" if citation.section else offsets


def first_words(value: str, count: int = _FIRST_WORDS) -> str:
    """
    The first *count* words of a text on one line, with an ellipsis if it goes on.

    Examples:
        >>> first_words("Four score and seven years ago", 4)
        'Four score and seven…'
        >>> first_words("Four score", 4)
        'Four score'
    """
    words = value.split()
    return " ".join(words[:count]) + (_CUT if len(words) > count else "")


def _length(value: str) -> str:
    return f"{len(value):,} characters"


def _source_text(source: Any) -> str:
    # A source by what names it, never its whole text: the shipped page is
    # thousands of characters, and every citation holds it.
    parts = [f"title {source.title}"]
    if source.url:
        parts.append(f"url {source.url}")
    parts += [f"key {source.key}", f"text {_length(source.text)}"]
    return f"{type(source).__name__}({', '.join(parts)})"


def short_decimal(value: Decimal) -> str:
    """
    A decimal as a person reads it: at most five significant digits.

    A decimal with more digits than that past its whole part (a change
    computed to 28 digits) is cut, toward zero, and ends in an ellipsis, so
    what is shown is always the start of the exact value; one with no more
    is shown exactly, its trailing zeros kept.

    Examples:
        >>> short_decimal(Decimal("-6.432748538011695906432748538"))
        '-6.4327…'
        >>> short_decimal(Decimal("25")), short_decimal(Decimal("85.50"))
        ('25', '85.50')
        >>> short_decimal(Decimal("123456.789"))
        '123456…'
    """
    if not value.is_finite():
        return str(value)
    places = max(0, _SHOWN_DIGITS - 1 - value.adjusted())
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # noqa: S101 -- narrowing: the value is finite
    if exponent >= -places:
        return f"{value:f}"
    # Built from the digits before the cut, so no context rounds them.
    sign, digits, _ = value.as_tuple()
    kept = digits[: len(digits) - (-exponent - places)]
    return f"{Decimal((sign, kept, -places)):f}{_CUT}"


def short_repr(record: Any) -> str:
    """
    A result's repr, its long computed decimals cut (see :func:`short_decimal`).

    A decimal shown exactly keeps its ``Decimal('...')``; a cut one is
    written bare, with its ellipsis, so it cannot be mistaken for the value.
    """
    parts = (
        f"{f.name}={_short(getattr(record, f.name))}" for f in attrs.fields(type(record)) if f.repr
    )
    return f"{type(record).__name__}({', '.join(parts)})"


def _short(value: object) -> str:
    if isinstance(value, Decimal):
        shown = short_decimal(value)
        return shown if shown.endswith(_CUT) else repr(value)
    return repr(value)


def marks(record: object) -> list[tuple[int, int]]:
    """Offsets in the source text of the figures a record holds, to highlight."""
    found = []
    held: list[object] = []
    for _, value in fields(record):
        held += value if isinstance(value, tuple) else [value]
    parts = (record, *getattr(record, "quantities", ()), *held)
    for quantity in parts:
        span = getattr(quantity, "span", None)
        if isinstance(span, tuple) and span not in found:
            found.append(span)
    return found


def _quote_html(citation: Any, spans: list[tuple[int, int]]) -> str:
    parts, cursor = [], citation.start
    for start, end in sorted(s for s in spans if citation.start <= s[0] and s[1] <= citation.end):
        if start < cursor:  # an overlapping figure is already marked
            continue
        parts.append(escape(citation.quote[cursor - citation.start : start - citation.start]))
        marked = citation.quote[start - citation.start : end - citation.start]
        parts.append(f"<mark>{escape(marked)}</mark>")
        cursor = end
    parts.append(escape(citation.quote[cursor - citation.start :]))
    offsets = f"characters {citation.start}\u2013{citation.end}"
    where = f"{citation.section.value}, {offsets}" if citation.section else offsets
    return (
        f'<q>{"".join(parts)}</q> <small title="{where}">[{citation.start}:{citation.end}]</small>'
    )


def _decimal_html(value: Decimal) -> str:
    shown = short_decimal(value)
    if shown.endswith(_CUT):  # the exact value is a hover away
        return f'<span title="{escape(str(value))}">{escape(shown)}</span>'
    return escape(shown)


def _date_html(value: dt.date) -> str:
    return escape(f"{value:%B} {value.day}, {value.year}")


def _reference_html(record: Any) -> str:
    # A record with an id is named, not unfolded: a brief holds an actor in
    # dozens of places. A figure says its amount.
    shown = getattr(record, "format", None)
    name = str(shown()) if callable(shown) else _name(record)
    ident = f"<code>{escape(str(record.id))}</code>"
    return f"{ident} {escape(name)}" if name else ident


def _source_text_html(value: str) -> str:
    return escape(f"{_length(value)}: \u201c{first_words(value)}\u201d")


def _words(value: object) -> bool:
    # Values that read well in a line: "properties, vehicles", "2012, 2013".
    return isinstance(value, enum.Enum | int | Decimal) and not isinstance(value, bool)


def _tuple_html(values: tuple[object, ...], spans: list[tuple[int, int]], name: str) -> str:
    if not values:
        return _NOTHING
    if len(values) == 1:  # one item needs no list around it
        return _value_html(values[0], spans)
    if len(values) <= _FOLD_AFTER and all(_words(v) for v in values):
        return ", ".join(_value_html(v, spans) for v in values)
    items = "".join(f"<li>{_value_html(v, spans)}</li>" for v in values)
    shown = f'<ul style="{_LIST}">{items}</ul>'
    if len(values) <= _FOLD_AFTER:
        return shown
    what = escape(name.replace("_", " "))
    return f"<details><summary>{len(values)} {what}</summary>{shown}</details>"


def _value_html(
    value: object, spans: list[tuple[int, int]], owner: object = None, name: str = ""
) -> str:
    if isinstance(value, str) and name == "text" and _is_source(owner):
        return _source_text_html(value)
    if value is None or isinstance(value, bool | str | enum.Enum):
        return escape(text(value))
    if isinstance(value, Decimal):
        # A bound of a figure is in the figure's unit: "$500 million".
        unit = getattr(owner, "unit", None)
        in_unit = getattr(unit, "format_value", None)
        return escape(str(in_unit(value))) if callable(in_unit) else _decimal_html(value)
    if isinstance(value, dt.date):
        return _date_html(value)
    if _is_citation(value):
        return _quote_html(value, spans)
    if _is_period(value):
        return escape(text(value))
    if isinstance(value, tuple):
        return _tuple_html(value, spans, name)
    if hasattr(value, "id"):
        return _reference_html(value)
    if attrs.has(type(value)):
        return to_html(value, spans)
    return escape(text(value))


def _summary(record: object) -> str | None:
    # A few words for the caption: what a figure or a date range reads as,
    # or what a result found.
    for hook in ("_summary", "format"):
        method = getattr(record, hook, None)
        if callable(method):
            return str(method())
    return None


def _rows(record: object, spans: list[tuple[int, int]]) -> Iterator[str]:
    for name, value in fields(record):
        yield (
            f'<tr><th scope="row" style="{_CELL}">{escape(name)}</th>'
            f'<td style="{_CELL}">{_value_html(value, spans, record, name)}</td></tr>'
        )


def to_html(record: object, spans: list[tuple[int, int]] | None = None) -> str:
    """
    A record as an HTML table of its fields, its quotes with figures marked.

    Args:
        record: An attrs record.
        spans: Figures to mark besides the record's own, for a record shown
            inside another.
    """
    found = [*(spans or ()), *marks(record)]
    ident = getattr(record, "id", None)
    caption = f"<b>{escape(type(record).__name__)}</b>"
    if isinstance(ident, str):
        caption += f" <code>{escape(ident)}</code>"
    elif _is_source(record):
        source: Any = record
        caption += f" <code>{escape(str(source.key))}</code>"
    summary = _summary(record)
    if summary:
        caption += f": {escape(summary)}"
    return (
        f'<table class="honduras-brief"><caption style="{_CAPTION}">{caption}</caption>'
        f"{''.join(_rows(record, found))}</table>"
    )


class DisplayMixin:
    """
    Gives a helper's result its notebook display (``_repr_html_``), and nothing else.

    The records have theirs from :class:`~honduras_brief._record.RecordBase`,
    which has their pydantic schema too; a result of a module that imports
    this one (a search hit, a figure read from words) takes this.

    A class may define ``_summary()``, a few words for the caption; a figure
    or a date range has its ``format()`` there.
    """

    __slots__ = ()

    def _repr_html_(self) -> str:
        return to_html(self)
