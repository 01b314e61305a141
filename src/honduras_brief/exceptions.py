"""
Exceptions raised by :mod:`honduras_brief`.

Every exception derives from :class:`HondurasBriefError` *and* from the
builtin that fits it, so callers can catch either (the way attrs'
``FrozenError`` is an ``AttributeError``).
"""

from __future__ import annotations

from typing import Final


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


_SHOWN: Final = 60
"""How many characters of a key a message echoes; a longer key is cut."""


def _shown(value: object) -> str:
    # A value as a message quotes it: a pasted paragraph is not echoed whole,
    # but its start and its length are.
    if isinstance(value, str):
        if len(value) <= _SHOWN:
            return repr(value)
        return f"{value[: _SHOWN - 1] + chr(0x2026)!r} ({len(value):,} characters)"
    text = repr(value)
    if len(text) <= _SHOWN:
        return text
    return f"{text[: _SHOWN - 1]}\u2026 ({len(text):,} characters as written)"


class UnknownRecordError(HondurasBriefError, LookupError):
    """
    No record of the brief has the requested id, name, acronym or alias.

    The message names the nearest names, if any are near, as
    ``(did you mean 'Operation Neptune'?)``.

    Attributes:
        id: The key that was asked for.
        suggestions: The nearest ids or names that records answer to, best
            first (at most three; none when nothing is near).
    """

    def __init__(self, id: str, suggestions: tuple[str, ...] = ()) -> None:
        self.id = id
        self.suggestions = suggestions
        near = " or ".join(_shown(s) for s in suggestions)
        hint = f" (did you mean {near}?)" if suggestions else ""
        super().__init__(f"no record of the brief has the id {_shown(id)}{hint}")

    def __reduce__(self) -> tuple[type[UnknownRecordError], tuple[str, tuple[str, ...]]]:
        return type(self), (self.id, self.suggestions)


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
        self.reason = reason
        super().__init__(f"cannot read {_shown(text)} as a date range: {reason}")

    def __reduce__(self) -> tuple[type[DateParseError], tuple[str, str]]:
        # Rebuilt from both arguments, so that it survives pickling.
        return type(self), (self.text, self.reason)


class FigureParseError(HondurasBriefError, ValueError):
    """
    Words that cannot be read as a figure, or not without guessing.

    The message quotes the words and says what is wrong with them.

    Attributes:
        text: The words that were given.
        reason: What is wrong with them.
    """

    def __init__(self, text: str, reason: str) -> None:
        self.text = text
        self.reason = reason
        super().__init__(f"cannot read {_shown(text)} as a figure: {reason}")

    def __reduce__(self) -> tuple[type[FigureParseError], tuple[str, str]]:
        # Rebuilt from both arguments, so that it survives pickling (and
        # multiprocessing), which would otherwise pass the message alone.
        return type(self), (self.text, self.reason)


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


def _a(noun: str) -> str:
    return f"{'an' if noun[:1] in 'AEIOU' else 'a'} {noun}"


class WrongKindError(HondurasBriefError, LookupError):
    """
    The record found is not of the kind asked for.

    Attributes:
        key: The key that was asked for.
        found: The kind of record found (its class name).
        wanted: The kind asked for.
    """

    def __init__(self, key: str, found: str, wanted: str) -> None:
        self.key = key
        self.found = found
        self.wanted = wanted
        super().__init__(f"{_shown(key)} is {_a(found)}, not {_a(wanted)}")

    def __reduce__(self) -> tuple[type[WrongKindError], tuple[str, str, str]]:
        return type(self), (self.key, self.found, self.wanted)


class AmbiguousRecordError(HondurasBriefError, LookupError):
    """
    Several records answer to one name; the message lists them.

    Attributes:
        key: The name that was asked for.
        candidates: The ids of the records that answer to it.
    """

    def __init__(self, key: str, candidates: tuple[tuple[str, str], ...]) -> None:
        self.key = key
        self.candidates = tuple(ident for ident, _ in candidates)
        self._given = candidates
        listed = ", ".join(f"{ident} ({kind})" for ident, kind in candidates)
        super().__init__(
            f"{_shown(key)} names {len(candidates)} records: {listed}; pass kind= or an id"
        )

    def __reduce__(
        self,
    ) -> tuple[type[AmbiguousRecordError], tuple[str, tuple[tuple[str, str], ...]]]:
        return type(self), (self.key, self._given)
