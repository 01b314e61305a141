"""
Sources and citations into them: the shipped page, and any other text.

A :class:`Source` holds its text; a :class:`Citation` holds its source and
is checked against that source's text when it is made, so a citation that
exists is true of the text it names. The shipped page is :data:`SOURCE`,
read once by the package's own loader and decoded as UTF-8 without any
newline or Unicode normalisation, so that offsets index into exactly the
document that was published. It is defined here, below the content, because
:meth:`Citation.of` cites it when no other source is given.
"""

from __future__ import annotations

import enum
import functools
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

import attrs

from . import _validators as v
from ._record import RecordBase
from .exceptions import CitationError, _shown


def _read_text() -> str:
    # The package's loader reads its data from a directory or a zip alike, as
    # pkgutil.get_data does; importlib.resources would import zipfile and its
    # readers first, half a megabyte at every first use of the data.
    loader: Any = __spec__.loader
    path = Path(__file__).parent / "data" / "honduras-inl-brief.txt"
    return bytes(loader.get_data(str(path))).decode("utf-8")


SOURCE_TEXT: Final[str] = _read_text()
"""The shipped page, byte for byte as published (UTF-8, LF line endings)."""


class Section(enum.Enum):
    """
    The three content sections of a page of the INL series, in document order.

    A :class:`Source` finds them by the page's headings ("Challenges:",
    "Goals:", and the first bullet after the goals, since the capture has
    no heading for the accomplishments); a text without those headings has
    no sections. The page furniture above and below them (banner, seal,
    sign-in text) is not content, and no citation may point into it.
    """

    CHALLENGES = "challenges"
    GOALS = "goals"
    ACCOMPLISHMENTS = "accomplishments"

    @property
    def start(self) -> int:
        """Offset in :data:`SOURCE_TEXT` (the shipped page) of the section's first character."""
        return _SHIPPED_SPANS[self][0]

    @property
    def end(self) -> int:
        """Offset in :data:`SOURCE_TEXT` just past the section's last character."""
        return _SHIPPED_SPANS[self][1]

    @property
    def text(self) -> str:
        """The section's text in the shipped page, heading included."""
        return SOURCE_TEXT[self.start : self.end]


_BULLET: Final = "\u2022"
_END_OF_CONTENT: Final = "Back to Top"


def _heading(text: str, heading: str, after: int) -> int:
    # Where *heading* begins a line at or after *after*, or -1.
    at = text.find(heading, after)
    while at > 0 and text[at - 1] != "\n":
        at = text.find(heading, at + 1)
    return at


def _section_spans(text: str) -> tuple[tuple[Section, int, int], ...]:
    # The page's headings, each at the start of a line and in the page's
    # order; the accomplishments begin at the first bullet after the goals.
    # A section ends where the next begins, or at "Back to Top", less the
    # white space before it. Without a challenges or goals heading the text
    # is not laid out as the page is, and has no sections.
    marks: list[tuple[Section, int]] = []
    challenges = _heading(text, "Challenges:", 0)
    if challenges >= 0:
        marks.append((Section.CHALLENGES, challenges))
    goals = _heading(text, "Goals:", max(challenges, 0))
    if goals >= 0:
        marks.append((Section.GOALS, goals))
        bullet = text.find(_BULLET, goals)
        if bullet >= 0:
            marks.append((Section.ACCOMPLISHMENTS, bullet))
    if not marks:
        return ()
    last = marks[-1][1]
    stop = text.find(_END_OF_CONTENT, last)
    stops = [at for _, at in marks[1:]] + [len(text) if stop < 0 else stop]
    return tuple(
        (section, start, len(text[:end].rstrip()))
        for (section, start), end in zip(marks, stops, strict=True)
    )


_SHIPPED_SPANS: Final = {
    section: (start, end) for section, start, end in _section_spans(SOURCE_TEXT)
}


def section_at(offset: int) -> Section:
    """
    The section that holds the character at *offset* in the shipped page.

    For another text, use :meth:`Source.section_at`.

    Raises:
        CitationError: If *offset* is in the page furniture or outside the text.

    Examples:
        >>> section_at(SOURCE_TEXT.index("Operation Neptune"))
        <Section.ACCOMPLISHMENTS: 'accomplishments'>
    """
    found = SOURCE.section_at(offset)
    assert found is not None  # noqa: S101 -- the shipped page has its sections
    return found


_HEX_DIGITS: Final = frozenset("0123456789abcdef")
_SHOWN: Final = 60  # characters of a long value an error message quotes


def excerpt(value: str) -> str:
    """*value* quoted, or its first characters and its length if it is long."""
    if len(value) <= _SHOWN:
        return repr(value)
    return f"{value[:_SHOWN]!r}... ({len(value):,} characters)"


@functools.cache
def _sha256_function() -> Callable[[bytes], Any]:
    # CPython's own SHA-256 (_sha2 from 3.12, _sha256 before) is the same
    # function as hashlib's, without loading OpenSSL: a fifth of the cost of
    # importing hashlib, paid at every first use of the shipped page. This
    # Python's own name is tried first, and the one found kept: a name that
    # is not there is looked for along the whole of sys.path.
    names = ("_sha2", "_sha256") if sys.version_info >= (3, 12) else ("_sha256", "_sha2")
    for name in names:
        try:
            module = __import__(name)
        except ImportError:  # pragma: no cover -- a build without them
            continue
        return module.sha256  # type: ignore[no-any-return]
    import hashlib  # pragma: no cover

    return hashlib.sha256  # pragma: no cover


def _digest(text: str) -> str:
    return str(_sha256_function()(text.encode("utf-8")).hexdigest())


def _sha256(instance: Source, attribute: attrs.Attribute[str], value: str) -> None:
    # attrs' matches_re would print its arguments as a tuple; say it plainly.
    if len(value) != 64 or not set(value) <= _HEX_DIGITS:  # noqa: PLR2004 -- a SHA-256 in hex
        msg = f"{attribute.name!r} must be 64 lower-case hex digits, got {excerpt(value)}"
        raise ValueError(msg)
    if value != instance._computed_sha256:
        msg = (
            f"{attribute.name!r} is {value}, but the text's SHA-256 is "
            f"{instance._computed_sha256}: the text is not the one the digest names"
        )
        raise ValueError(msg)


_years: Final = attrs.validators.deep_iterable(
    member_validator=v.integer, iterable_validator=v.instance_of(tuple)
)


@attrs.frozen(kw_only=True)
class Source(RecordBase):
    """
    A document that records are read from: its text, and what is known of it.

    Only the text and a title are required; the rest is what a page of the
    INL series states about itself, and a user's page gives what it has.
    The SHA-256 is computed from the text when not given, and refused when
    given and wrong. The sections are found in the text by the page's
    headings (:class:`Section`); a text without them has none.

    Attributes:
        title: A title for the document.
        url: The address it was captured from, if any.
        publisher: Who published it.
        bureau: The part of the publisher that wrote it.
        bureau_acronym: That part's acronym.
        country: The country it covers.
        years: The years it reports on, in order.
        public_domain: Whether the text is in the public domain, if known.
        rights: Why, or under what terms it may be used, in one sentence.
        text: The whole text, exactly as published: citations index into it.
        sha256: The SHA-256 of the text's UTF-8 bytes, as hex.

    Examples:
        >>> page = Source(text="Honduras is a transit country.", title="A note")
        >>> page.sha256[:12], page.sections
        ('5b0b9adcdb8a', mappingproxy({}))
        >>> SOURCE.text == SOURCE_TEXT, list(SOURCE.sections)[0]
        (True, <Section.CHALLENGES: 'challenges'>)
    """

    title: str = attrs.field(validator=v.text)
    url: str | None = attrs.field(default=None, validator=v.optional_text)
    publisher: str | None = attrs.field(default=None, validator=v.optional_text)
    bureau: str | None = attrs.field(default=None, validator=v.optional_text)
    bureau_acronym: str | None = attrs.field(default=None, validator=v.optional_text)
    country: str | None = attrs.field(default=None, validator=v.optional_text)
    years: tuple[int, ...] = attrs.field(default=(), validator=_years)
    public_domain: bool | None = attrs.field(default=None, validator=v.optional_instance_of(bool))
    rights: str | None = attrs.field(default=None, validator=v.optional_text)
    text: str = attrs.field(repr=False, validator=v.text)
    _computed_sha256: str = attrs.field(
        init=False,
        repr=False,
        eq=False,
        default=attrs.Factory(lambda self: _digest(self.text), takes_self=True),
    )
    sha256: str = attrs.field(
        default=attrs.Factory(lambda self: self._computed_sha256, takes_self=True),
        validator=[v.text, _sha256],
    )
    _spans: tuple[tuple[Section, int, int], ...] = attrs.field(
        init=False,
        repr=False,
        eq=False,
        default=attrs.Factory(lambda self: _section_spans(self.text), takes_self=True),
    )

    @property
    def key(self) -> str:
        """
        How a citation names this source in JSON: ``sha256:`` and 16 hex digits.

        Examples:
            >>> SOURCE.key
            'sha256:3232e6f5b6b5d3fc'
        """
        return f"sha256:{self.sha256[:16]}"

    @property
    def sections(self) -> Mapping[Section, tuple[int, int]]:
        """The sections the text has, each with its start and end offsets, in order."""
        return MappingProxyType({section: (start, end) for section, start, end in self._spans})

    def section_at(self, offset: int) -> Section | None:
        """
        The section that holds the character at *offset*; ``None`` if the text has none.

        Raises:
            CitationError: If the text has sections and *offset* lies in none
                of them (in the page furniture, or outside the text).
        """
        if not self._spans:
            if 0 <= offset < len(self.text):
                return None
            msg = f"offset {offset} is outside the text of {self.title!r}"
            raise CitationError(msg)
        for section, start, end in self._spans:
            if start <= offset < end:
                return section
        msg = f"offset {offset} is not inside the challenges, goals or accomplishments"
        raise CitationError(msg)

    def cite(self, quote: str, *, within: str | None = None) -> Citation:
        """The same as :meth:`Citation.of` with ``source=`` this source."""
        return Citation.of(quote, source=self, within=within)


SOURCE: Final = Source(
    text=SOURCE_TEXT,
    publisher="U.S. Department of State",
    bureau="Bureau of International Narcotics and Law Enforcement Affairs",
    bureau_acronym="INL",
    country="Honduras",
    title="INL country program page for Honduras",
    url="http://www.state.gov/j/inl/regions/westernhemisphere/219171.htm",
    years=(2012, 2013),
    sha256="3232e6f5b6b5d3fc01f43831a4b6c8558c1f8a26c20af5ee40aff622713dc45f",
    public_domain=True,
    rights=(
        "A work of the United States Government, so in the public domain "
        "in the United States (17 U.S.C. 105)."
    ),
)
"""The shipped page: the source of every record of :data:`~honduras_brief.BRIEF`."""


def _section_of(citation: Citation) -> Section | None:
    # The default runs before the validators: a source that is not one is
    # left to them, and named there.
    if not isinstance(citation.source, Source) or not isinstance(citation.start, int):
        return None
    return citation.source.section_at(citation.start)


@attrs.frozen(kw_only=True)
class Citation(RecordBase):
    """
    Verbatim words of a source and where they stand in its text.

    Build one with :meth:`Citation.of`, which finds the offsets; building one
    by hand checks that the offsets hold the quote, so a citation that
    exists is always true: ``c.source.text[c.start:c.end] == c.quote``. Two
    citations of the same words at the same offsets of two sources are not
    equal.

    Attributes:
        quote: The exact words, as published (no-break spaces and curly
            apostrophes included).
        start: Offset of the quote's first character in the source's text.
        end: Offset just past its last character.
        source: The source whose text holds the quote; the shipped page,
            :data:`SOURCE`, when not given.
        section: The section the quote stands in (a quote never spans two),
            found from the offsets when not given; ``None`` for a text that
            has no sections.
    """

    quote: str = attrs.field(validator=v.text)
    start: int = attrs.field(validator=[v.integer, attrs.validators.ge(0)])
    end: int = attrs.field(validator=v.integer)
    source: Source = attrs.field(default=SOURCE, repr=False, validator=v.instance_of(Source))
    section: Section | None = attrs.field(
        default=attrs.Factory(_section_of, takes_self=True),
        validator=v.optional_instance_of(Section),
    )

    def __attrs_post_init__(self) -> None:
        found = self.source.text[self.start : self.end]
        if found != self.quote:
            msg = (
                f"the text at {self.start}:{self.end} is {excerpt(found)}, "
                f"not the quote {excerpt(self.quote)}"
            )
            raise CitationError(msg)
        spans = self.source._spans
        if not spans:
            if self.section is not None:
                msg = (
                    f"the quote {excerpt(self.quote)} is in {self.source.title!r}, "
                    f"which has no sections, not in {self.section.value}"
                )
                raise CitationError(msg)
            return
        outside = self.start
        for section, start, end in spans:
            if section is self.section:
                if start <= self.start and self.end <= end:
                    return
                if self.start >= start:
                    outside = self.end - 1
        where = self.source.section_at(outside)  # raises for the page furniture
        assert where is not None  # noqa: S101 -- the source has sections
        named = "no section" if self.section is None else self.section.value
        msg = f"the quote {excerpt(self.quote)} stands in {where.value}, not in {named}"
        raise CitationError(msg)

    @classmethod
    def of(cls, quote: str, *, source: Source | None = None, within: str | None = None) -> Citation:
        """
        Cite *quote*, finding where it stands in *source*'s text.

        Args:
            quote: The words to cite, exactly as published.
            source: The source to find them in; the shipped page,
                :data:`SOURCE`, when not given.
            within: A longer quote that holds *quote* and is itself unique in
                the text, for words that occur more than once ("2012" within
                "in 2012, a 6.4"). *quote* must occur once inside it.

        Raises:
            CitationError: If the quote (or *within*) is empty, not in the
                text, or occurs more than once there, or stands outside the
                sections of a text that has them.
            TypeError: If *source* is not a :class:`Source`.

        Examples:
            >>> c = Citation.of("Los Cachiros")
            >>> (c.start, c.end, c.section.value)
            (3874, 3886, 'accomplishments')
            >>> Citation.of("2012", within="from 85.5 per 100,000 in 2012").start
            1530
            >>> note = Source(text="Honduras is a transit country.", title="A note")
            >>> c = Citation.of("transit", source=note)
            >>> (c.start, c.section, c.source is note)
            (14, None, True)
        """
        if source is None:
            source = SOURCE
        elif not isinstance(source, Source):
            msg = f"'source' must be a Source, got {_shown(source)} of type {type(source).__name__}"
            raise TypeError(msg)
        text = source.text
        if within is None:
            start = _find_once(quote, text, "the text")
        else:
            start = _find_once(within, text, "the text")
            start += _find_once(quote, within, excerpt(within))
        try:
            section = source.section_at(start)
        except CitationError:
            msg = (
                f"the quote {excerpt(quote)} stands outside the challenges, goals "
                "and accomplishments"
            )
            raise CitationError(msg) from None
        return cls(quote=quote, start=start, end=start + len(quote), source=source, section=section)


def _find_once(quote: str, haystack: str, where: str) -> int:
    if not isinstance(quote, str):
        msg = f"a quote must be a str, got {_shown(quote)} of type {type(quote).__name__}"
        raise TypeError(msg)
    if not quote.strip():
        msg = "a quote must not be empty or only white space"
        raise CitationError(msg)
    first = haystack.find(quote)
    if first < 0:
        msg = f"the quote {excerpt(quote)} is not in {where}"
        raise CitationError(msg)
    if haystack.find(quote, first + 1) >= 0:
        count = haystack.count(quote)
        msg = (
            f"the quote {excerpt(quote)} occurs {count} times in {where}; "
            "quote more words, or pass within= a longer quote that holds it once"
        )
        raise CitationError(msg)
    return first
