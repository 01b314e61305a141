"""
Exceptions raised by :mod:`honduras_brief`.

Every exception derives from :class:`HondurasBriefError` *and* from the
builtin that fits it, so callers can catch either (the way attrs'
``FrozenError`` is an ``AttributeError``).
"""

from __future__ import annotations


class HondurasBriefError(Exception):
    """Base class of every error this library raises on purpose."""


class CitationError(HondurasBriefError, ValueError):
    """
    A quote cannot be pinned to one place in the source text.

    Raised when the quote is empty, absent from the text, found more than
    once (so its place is ambiguous), or when given offsets do not hold it.
    """


class InvalidRangeError(HondurasBriefError, ValueError):
    """
    A range is impossible.

    Its low end is above its high end, or its start after its end, or its
    bounds disagree with its qualifier or precision.
    """


class PercentChangeError(HondurasBriefError, ValueError):
    """
    A percent change is undefined for the figures given.

    A zero, negative or non-finite base, or a non-finite new value.
    """


class UnknownRecordError(HondurasBriefError, LookupError):
    """
    No record of the brief has the requested id.

    Attributes:
        id: The id that was asked for.
    """

    def __init__(self, id: str) -> None:
        self.id = id
        super().__init__(f"no record of the brief has the id {id!r}")


class FigureTypeError(HondurasBriefError, TypeError):
    """
    A figure is not a number.

    A ``bool``, a string, ``None`` or another type was passed where an
    ``int``, a ``Decimal`` or a ``float`` belongs.
    """


class DuplicateIdError(HondurasBriefError, ValueError):
    """Two different records of one brief share an id."""


class DateParseError(HondurasBriefError, ValueError):
    """
    Words that cannot be read as a date range, or not without guessing.

    The message quotes the words and says what is wrong with them.

    Attributes:
        text: The words that were given.
    """

    def __init__(self, text: str, reason: str) -> None:
        self.text = text
        super().__init__(f"cannot read {text!r} as a date range: {reason}")


class InvalidDataError(HondurasBriefError, ValueError):
    """
    Data that cannot be read into the records, with every problem in it.

    Attributes:
        problems: ``(path, message)`` pairs, one for each problem, where
            *path* is a JSON path such as
            ``$.challenges[2].quantities[0].low``.
    """

    def __init__(self, what: str, problems: tuple[tuple[str, str], ...]) -> None:
        self.problems = problems
        count = "1 problem" if len(problems) == 1 else f"{len(problems)} problems"
        lines = "".join(f"\n  {path}: {message}" for path, message in problems)
        super().__init__(f"{count} in the data for {what}:{lines}")
