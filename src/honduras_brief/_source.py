"""
The shipped source text, its sections, and citations into it.

The text is package data, read once by the package's own loader and
decoded as UTF-8 without any newline or Unicode normalisation, so that the
character offsets of every :class:`Citation` index into exactly the
document that was published.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Any, Final

import attrs

from . import _validators as v
from ._display import HTMLMixin
from .exceptions import CitationError


def _read_text() -> str:
    # The package's loader reads its data from a directory or a zip alike, as
    # pkgutil.get_data does; importlib.resources would import zipfile and its
    # readers first, half a megabyte at every first use of the data.
    loader: Any = __spec__.loader
    path = Path(__file__).parent / "data" / "honduras-inl-brief.txt"
    return bytes(loader.get_data(str(path))).decode("utf-8")


SOURCE_TEXT: Final[str] = _read_text()
"""The brief, byte for byte as published (UTF-8, LF line endings)."""


class Section(enum.Enum):
    """
    The three content sections of the brief, in document order.

    The page furniture above and below them (banner, seal, sign-in text) is
    not content, and no citation may point into it. The capture has no
    heading for the accomplishments: that section is the bulleted list
    after the goals.
    """

    CHALLENGES = "challenges"
    GOALS = "goals"
    ACCOMPLISHMENTS = "accomplishments"

    @property
    def start(self) -> int:
        """Offset in :data:`SOURCE_TEXT` of the section's first character."""
        return _SECTION_SPANS[self][0]

    @property
    def end(self) -> int:
        """Offset in :data:`SOURCE_TEXT` just past the section's last character."""
        return _SECTION_SPANS[self][1]

    @property
    def text(self) -> str:
        """The section's text, heading included."""
        return SOURCE_TEXT[self.start : self.end]


def _section_spans() -> dict[Section, tuple[int, int]]:
    # The markers are the headings the page prints; the accomplishments have
    # none in the capture, so their list begins at its first bullet.
    starts = (
        SOURCE_TEXT.index("Challenges:"),
        SOURCE_TEXT.index("Goals:"),
        SOURCE_TEXT.index("\u2022"),
        SOURCE_TEXT.index("Back to Top"),
    )
    spans: dict[Section, tuple[int, int]] = {}
    for section, start, stop in zip(Section, starts, starts[1:], strict=False):
        spans[section] = (start, len(SOURCE_TEXT[:stop].rstrip()))
    return spans


_SECTION_SPANS: Final = _section_spans()


def section_at(offset: int) -> Section:
    """
    The section that holds the character at *offset* in :data:`SOURCE_TEXT`.

    Raises:
        CitationError: If *offset* is in the page furniture or outside the text.

    Examples:
        >>> section_at(SOURCE_TEXT.index("Operation Neptune"))
        <Section.ACCOMPLISHMENTS: 'accomplishments'>
    """
    for section, (start, end) in _SECTION_SPANS.items():
        if start <= offset < end:
            return section
    msg = f"offset {offset} is not inside the challenges, goals or accomplishments"
    raise CitationError(msg)


@attrs.frozen(kw_only=True)
class Citation(HTMLMixin):
    """
    A verbatim quote from the brief and where it stands.

    Build one with :meth:`Citation.of`, which finds the offsets; building one
    by hand checks that the offsets hold the quote, so a citation that
    exists is always true: ``SOURCE_TEXT[c.start:c.end] == c.quote``.

    Attributes:
        quote: The exact words, as published (no-break spaces and curly
            apostrophes included).
        start: Offset of the quote's first character in :data:`SOURCE_TEXT`.
        end: Offset just past its last character.
        section: The section the quote stands in; a quote never spans two.
    """

    quote: str = attrs.field(validator=v.text)
    start: int = attrs.field(validator=[v.integer, attrs.validators.ge(0)])
    end: int = attrs.field(validator=v.integer)
    section: Section = attrs.field(validator=v.instance_of(Section))

    def __attrs_post_init__(self) -> None:
        found = SOURCE_TEXT[self.start : self.end]
        if found != self.quote:
            msg = f"the text at {self.start}:{self.end} is {found!r}, not the quote {self.quote!r}"
            raise CitationError(msg)
        start, end = _SECTION_SPANS[self.section]
        if start <= self.start and self.end <= end:
            return
        outside = self.start if self.start < start else self.end - 1
        msg = (
            f"the quote {self.quote!r} stands in {section_at(outside).value}, "
            f"not in {self.section.value}"
        )
        raise CitationError(msg)

    @classmethod
    def of(cls, quote: str, *, within: str | None = None) -> Citation:
        """
        Cite *quote*, finding where it stands in the text.

        Args:
            quote: The words to cite, exactly as published.
            within: A longer quote that holds *quote* and is itself unique in
                the text, for words that occur more than once ("2012" within
                "in 2012, a 6.4"). *quote* must occur once inside it.

        Raises:
            CitationError: If the quote (or *within*) is empty, not in the
                text, or occurs more than once there.

        Examples:
            >>> c = Citation.of("Los Cachiros")
            >>> (c.start, c.end, c.section.value)
            (3874, 3886, 'accomplishments')
            >>> Citation.of("2012", within="from 85.5 per 100,000 in 2012").start
            1530
        """
        if within is None:
            start = _find_once(quote, SOURCE_TEXT, "the text")
        else:
            start = _find_once(within, SOURCE_TEXT, "the text")
            start += _find_once(quote, within, repr(within))
        try:
            section = section_at(start)
        except CitationError:
            msg = f"the quote {quote!r} stands outside the challenges, goals and accomplishments"
            raise CitationError(msg) from None
        return cls(quote=quote, start=start, end=start + len(quote), section=section)


def _find_once(quote: str, haystack: str, where: str) -> int:
    if not isinstance(quote, str):
        msg = f"a quote must be a str, got {quote!r} of type {type(quote).__name__}"
        raise TypeError(msg)
    if not quote.strip():
        msg = "a quote must not be empty or only white space"
        raise CitationError(msg)
    first = haystack.find(quote)
    if first < 0:
        msg = f"the quote {quote!r} is not in {where}"
        raise CitationError(msg)
    if haystack.find(quote, first + 1) >= 0:
        count = haystack.count(quote)
        msg = (
            f"the quote {quote!r} occurs {count} times in {where}; "
            "quote more words, or pass within= a longer quote that holds it once"
        )
        raise CitationError(msg)
    return first


_HEX_DIGITS: Final = frozenset("0123456789abcdef")


def _sha256(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    # attrs' matches_re would print its arguments as a tuple; say it plainly.
    # A set test, not a regular expression, which would be compiled at every
    # first use of the data for the one digest the content holds.
    if len(value) != 64 or not set(value) <= _HEX_DIGITS:  # noqa: PLR2004 -- a SHA-256 in hex
        shown = value if len(value) <= 80 else value[:77] + "..."  # noqa: PLR2004
        msg = f"{attribute.name!r} must be 64 lower-case hex digits, got {shown!r}"
        raise ValueError(msg)


@attrs.frozen(kw_only=True)
class Source(HTMLMixin):
    """
    The document the library encodes, and how to check it.

    Attributes:
        publisher: Who published it.
        bureau: The bureau of the publisher that wrote it.
        bureau_acronym: The bureau's acronym.
        country: The country the page covers.
        title: A title for the page. The capture carries no title line, so
            this one is descriptive, from the notes that come with the text.
        url: The address the page was captured from.
        years: The years the page reports on, in order.
        sha256: The SHA-256 of the text's UTF-8 bytes, as hex.
        public_domain: Whether the text is in the public domain.
        rights: Why, in one sentence.
    """

    publisher: str = attrs.field(validator=v.text)
    bureau: str = attrs.field(validator=v.text)
    bureau_acronym: str = attrs.field(validator=v.text)
    country: str = attrs.field(validator=v.text)
    title: str = attrs.field(validator=v.text)
    url: str = attrs.field(validator=v.text)
    years: tuple[int, ...] = attrs.field(
        validator=attrs.validators.deep_iterable(
            member_validator=v.integer, iterable_validator=v.instance_of(tuple)
        )
    )
    sha256: str = attrs.field(validator=[v.text, _sha256])
    public_domain: bool = attrs.field(validator=v.instance_of(bool))
    rights: str = attrs.field(validator=v.text)
