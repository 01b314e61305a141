"""
What the records' fields mean, read from the classes' own docstrings.

The ``Attributes:`` section of a record's docstring is the one place a
field's meaning is written; the data dictionary and the data package's
field descriptions both read it from there, so they cannot drift apart.
"""

from __future__ import annotations

import inspect
import re
from typing import Final

_ROLE: Final = re.compile(r":[a-z]+:`~?(?:[\w.]*\.)?([^`]+)`")


def meanings(cls: type) -> dict[str, str]:
    """
    Each field of *cls* and what it means, from its ``Attributes:`` section.

    A meaning that runs over several lines is joined into one; a class
    without the section gives an empty dict.

    Examples:
        >>> from honduras_brief import Citation
        >>> meanings(Citation)["start"]
        "Offset of the quote's first character in the source's text."
    """
    doc = inspect.getdoc(cls) or ""
    block = doc.split("Attributes:", 1)[1] if "Attributes:" in doc else ""
    block = re.split(r"\n\S", block, maxsplit=1)[0]
    found: dict[str, str] = {}
    name = None
    for line in block.splitlines():
        if m := re.match(r"    (\w+): (.*)", line):
            name, found[m[1]] = m[1], m[2]
        elif name and line.strip():
            found[name] += " " + line.strip()
    return found


def plain(text: str) -> str:
    """
    *text* without reStructuredText markup, for readers outside Python.

    A role keeps its target's last name, literals and emphasis lose their
    marks, and ``None`` reads as "empty", as a missing value is in a table.

    Examples:
        >>> plain("The low bound, or ``None`` where :class:`~x.Quantity` gives *none*.")
        'The low bound, or empty where Quantity gives none.'
    """
    text = _ROLE.sub(r"\1", text).replace("``None``", "empty")
    return text.replace("``", "").replace("*", "")
