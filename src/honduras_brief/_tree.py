"""Walking a record and everything inside it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs


def walk(obj: Any) -> Iterator[object]:
    """
    *obj*, then every value inside it, depth first.

    Goes through tuples and the fields of attrs records, so it finds every
    citation, figure and date range of a record, however deep.

    Examples:
        >>> from honduras_brief import Citation, HOMICIDE_RATE_2012
        >>> quotes = [c.quote for c in walk(HOMICIDE_RATE_2012) if isinstance(c, Citation)]
        >>> quotes[1:]
        ['2012', 'National Autonomous University of Honduras', 'Violence Observatory']
    """
    yield obj
    if isinstance(obj, tuple):
        for item in obj:
            yield from walk(item)
    elif attrs.has(type(obj)):
        for field in attrs.fields(type(obj)):
            yield from walk(getattr(obj, field.name))
