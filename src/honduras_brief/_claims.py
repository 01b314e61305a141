"""
Check a claim against the brief: one English sentence in, a verdict and its evidence out.

How a claim is read, in the order :func:`check_claim` reads it:

1. **Its figures.** Every number the sentence writes ("more than 1,000",
   "85.5 per 100,000", "$800 million", "four-fifths", "seven", "dozens"),
   with the words that qualify it and its unit, becomes an interval of the
   values it allows: an exact count is itself, an exact measure is good to
   half its last written digit, "about" and its kin allow a tenth either
   side, "almost N" a tenth below N, "more than N" anything above. A year,
   a day of a month, an ordinal or a number in a name ("Barrio 18") is
   not a figure.
2. **What each figure measures.** The brief's figure whose unit fits and
   whose measure the words around the number name best (stemmed, with the
   synonyms reporters use: a murder rate is a homicide rate); where several
   measure the same thing, the one of the claim's time ("in 2013", "last
   year" with ``said_on``). Nothing matches on one word that merely occurs.
3. **The comparison.** The brief's interval inside the claim's:
   ``SUPPORTED`` (the brief implies the claim). Apart: ``CONTRADICTED``.
   Overlapping but saying more: ``OVERSTATED``. A figure of something the
   brief does not measure: ``NOT_IN_BRIEF``.
4. **Changes.** "from A to B" with a stated change ("a drop of 6.4
   percent", "by 5.5 per 100,000", "by a fifth") is checked by its own
   arithmetic at the precision it is stated in, a round figure at the
   precision it can bear: wrong arithmetic is ``MISCALCULATED``. So is a
   stated total ("73 in all") that is not the sum of its parts.
5. **How sure, and whether.** A claim that states as fact what the brief
   says could or will likely happen is ``OVERSTATED``; one of the opposite
   polarity ("are a formal part" where the brief says they do not appear
   to be) is ``CONTRADICTED``.
6. **Who says so, and who did it.** "according to X", "X said" against the
   source the brief names, where the page's own publisher may relay what
   the page reports but not originate it ("the State Department says" the
   Violence Observatory's figure, but does not project it); the actor who
   did what the claim says against the brief's. Another is
   ``MISATTRIBUTED``.
7. **When.** Years, months, "last year", "by mid-year" against the period
   of the figure, statement or operation: another time is ``CONTRADICTED``.

A claim with no figure is compared with the brief's statement whose words
it covers best, the same way; a change it states ("rose", "fell",
"doubled") of a statement that states none is ``NOT_IN_BRIEF``, not
supported by the statement's mere subject. The verdict is the most severe
finding's.

What it cannot judge: a reading the words do not carry ("lose its place"
for "will not remain"), a place named at another scale than the brief's
(Honduras for the Central American corridor), quantifiers in words ("all of
the units"), what a claim says of a statement's subject beyond a change
("the homicide rate was high" is supported by its being 85.5), and anything
but English. No network and no model: the rules
are below, and the tests hold sentences written before them.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import itertools
import math
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import Any, Final

import attrs
import pendulum

from . import _validators as v
from ._actors import Actor, Place
from ._dates import DateRange
from ._edge import PerBrief, brief_or_default
from ._figures import QUALIFIER_WORDS
from ._models import Brief, Operation
from ._quantities import Qualifier, Quantity, Unit
from ._record import RecordBase
from ._search import stem
from ._source import Citation, Source
from ._statements import Factuality, Statement
from .exceptions import DateParseError, _shown


class Verdict(enum.Enum):
    """
    What a claim is, held against the brief; in order of severity, least first.

    The verdict of a whole claim is that of its most severe finding.
    """

    SUPPORTED = "supported"
    """The brief says it, or implies it: its figure lies within the claim's."""
    NOT_IN_BRIEF = "not-in-brief"
    """The brief says nothing of it: no figure or statement of the same thing."""
    OVERSTATED = "overstated"
    """The claim says more than the brief: more precise, or surer, than it is."""
    MISATTRIBUTED = "misattributed"
    """The claim names another source, or another doer, than the brief does."""
    MISCALCULATED = "miscalculated"
    """The claim's own arithmetic is wrong: a change or a total it states."""
    CONTRADICTED = "contradicted"
    """The brief says otherwise: a figure out of its bounds, the opposite, another time."""

    @property
    def severity(self) -> int:
        """The verdict's rank: 0 for supported, 5 for contradicted."""
        return list(Verdict).index(self)

    @property
    def label(self) -> str:
        """The verdict in words, capitalised: "Not in the brief"."""
        return _LABELS[self]


_LABELS: Final = {
    Verdict.SUPPORTED: "Supported",
    Verdict.NOT_IN_BRIEF: "Not in the brief",
    Verdict.OVERSTATED: "Overstated",
    Verdict.MISATTRIBUTED: "Misattributed",
    Verdict.MISCALCULATED: "Miscalculated",
    Verdict.CONTRADICTED: "Contradicted",
}
# ClaimReview's ratings: 5 for supported down to 1; "not in the brief" rates nothing.
_RATINGS: Final = {
    Verdict.SUPPORTED: 5,
    Verdict.OVERSTATED: 3,
    Verdict.MISATTRIBUTED: 2,
    Verdict.MISCALCULATED: 2,
    Verdict.CONTRADICTED: 1,
}


class Aspect(enum.Enum):
    """What of a claim a finding is about."""

    FIGURE = "figure"
    """A figure the claim gives, against the brief's of the same measure."""
    CHANGE = "change"
    """A change the claim states, by its own arithmetic; its direction, by the brief's figures."""
    TOTAL = "total"
    """A total the claim states, against its parts or the brief's."""
    FACTUALITY = "factuality"
    """How sure the claim is, and whether, against the brief's statement."""
    ATTRIBUTION = "attribution"
    """Who the claim says says it, against the brief's source."""
    AGENT = "agent"
    """Who the claim says did it, against the subject of the brief's statement."""
    TIME = "time"
    """When the claim says it was, against the brief's period."""
    STATEMENT = "statement"
    """A claim without a figure, against the brief's statement it covers."""


def _compared(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, Quantity | Statement | Operation):
        msg = (
            f"{attribute.name!r} must be a Quantity, a Statement, an Operation or None, "
            f"got {type(value).__name__}"
        )
        raise TypeError(msg)


@attrs.frozen(kw_only=True)
class ClaimFinding(RecordBase):
    """
    One thing a claim says, held against the brief.

    Attributes:
        verdict: What this part of the claim is.
        aspect: What of the claim it is about: a figure, a change, a
            total, how sure it is, its source, its doer, its time, or a
            statement without a figure.
        claim_words: The claim's words it read, cited in the claim's own text.
        record: The brief's figure, statement or operation it was compared
            with; ``None`` when the brief has none.
        explanation: Why, in English, quoting both sides.
    """

    verdict: Verdict = attrs.field(validator=v.instance_of(Verdict))
    aspect: Aspect = attrs.field(validator=v.instance_of(Aspect))
    claim_words: Citation = attrs.field(validator=v.instance_of(Citation))
    record: Quantity | Statement | Operation | None = attrs.field(validator=_compared)
    explanation: str = attrs.field(validator=v.text)


@attrs.frozen(kw_only=True)
class ClaimCheck(RecordBase):
    """
    A claim, what it was held against, and the verdict.

    Attributes:
        claim: The claim as a text of its own (a :class:`Source`): the
            findings cite their words in it.
        said_on: When the claim was made, which "last year" is read by.
        brief: The brief it was checked against.
        findings: What each part of the claim is, in the order of its words.
    """

    claim: Source = attrs.field(validator=v.instance_of(Source))
    said_on: pendulum.Date | None = attrs.field(validator=v.optional_instance_of(pendulum.Date))
    brief: Brief = attrs.field(repr=False, validator=v.instance_of(Brief))
    findings: tuple[ClaimFinding, ...] = attrs.field(validator=v.tuple_of(ClaimFinding))

    @property
    def verdict(self) -> Verdict:
        """The most severe finding's verdict; not in the brief when nothing matched."""
        if not self.findings:
            return Verdict.NOT_IN_BRIEF
        return max((f.verdict for f in self.findings), key=lambda verdict: verdict.severity)

    def _summary(self) -> str:
        return f"{self.verdict.label}: {_quoted(self.claim.text)}"

    def explain(self) -> str:
        """The verdict and every finding's explanation, a line each."""
        lines = [f"{self.verdict.label}."]
        lines += [f"- {f.verdict.label} ({f.aspect.value}): {f.explanation}" for f in self.findings]
        if not self.findings:
            lines.append("- Nothing the claim says matches a figure or a statement of the brief.")
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        """
        The check as plain JSON-ready data: the claim, its verdict and its findings.

        Each finding gives its verdict, aspect, the claim's words with their
        offsets, the id of the brief's record (``None`` where there is none)
        and its explanation.
        """
        return {
            "claim": self.claim.text,
            "said_on": None if self.said_on is None else self.said_on.isoformat(),
            "verdict": self.verdict.value,
            "findings": [
                {
                    "verdict": f.verdict.value,
                    "aspect": f.aspect.value,
                    "claim_words": {
                        "quote": f.claim_words.quote,
                        "start": f.claim_words.start,
                        "end": f.claim_words.end,
                    },
                    "record": None if f.record is None else f.record.id,
                    "explanation": f.explanation,
                }
                for f in self.findings
            ],
        }

    def to_claimreview(self) -> dict[str, Any]:
        """
        The check as schema.org ClaimReview JSON-LD.

        ``itemReviewed`` is the claim, with its appearance where the claim's
        source has an address and the day it was made where it is known;
        ``reviewRating`` rates it from 5 (supported) to 1 (contradicted),
        with the verdict in ``alternateName`` (a claim not in the brief
        gets no number); ``isBasedOn`` is the brief's page.
        """
        claim: dict[str, Any] = {"@type": "Claim"}
        if self.claim.url is not None:
            claim["appearance"] = {"@type": "CreativeWork", "url": self.claim.url}
        if self.said_on is not None:
            claim["datePublished"] = self.said_on.isoformat()
        rating: dict[str, Any] = {"@type": "Rating", "alternateName": self.verdict.label}
        if self.verdict in _RATINGS:
            rating |= {"ratingValue": _RATINGS[self.verdict], "bestRating": 5, "worstRating": 1}
        page = self.brief.source
        based_on: dict[str, Any] = {"@type": "WebPage", "name": page.title}
        if page.url is not None:
            based_on["url"] = page.url
        return {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": self.claim.text,
            "itemReviewed": claim,
            "reviewRating": rating,
            "reviewBody": self.explain(),
            "author": {"@type": "Organization", "name": "honduras-brief (an automated check)"},
            "isBasedOn": based_on,
        }


# --- Words ---------------------------------------------------------------------------

# A figure ("$1,200", "85.5", "80%"), an abbreviation ("U.S."), a number
# word with its fraction ("four-fifths"), or a word; a hyphen between words
# splits them ("seized-assets" is two words), as an apostrophe does not.
_TOKEN: Final = re.compile(
    r"\$?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?%?"
    r"|[A-Za-z](?:\.[A-Za-z])+\.?"
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine)-(?:half|third|quarter|fifth|sixth|tenth|sixteenth)s?"
    r"|mid-(?:year|[0-9]{4})"
    r"|[A-Za-z]+(?:['’][A-Za-z]+)*['’]?",
    re.IGNORECASE,
)
# fmt: off
_STOP: Final = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "been", "being", "but", "by", "do", "does", "did",
    "for", "from", "had", "has", "have", "he", "her", "his", "in", "into", "is", "it", "its",
    "of", "on", "or", "our", "she", "so", "such", "than", "that", "the", "their", "them", "then",
    "there", "these", "they", "this", "those", "to", "was", "we", "were", "which", "who", "whom",
    "will", "with", "would", "during", "after", "before", "through", "between", "among",
    "within", "across", "against", "upon", "via", "per", "whose", "also",
})
# fmt: on
# What reporters write for the brief's words, each to the brief's word.
_SYNONYMS: Final = {
    **dict.fromkeys(("murder", "murders", "killing", "killings", "homicides"), "homicide"),
    **dict.fromkeys(("fired", "sacked", "ousted"), "dismissed"),
    **dict.fromkeys(("confiscated", "netted", "seizures", "seizure", "seizing"), "seized"),
    **dict.fromkeys(("adviser", "advisers", "advisors"), "advisor"),
    **dict.fromkeys(("officers", "officer"), "personnel"),
    **dict.fromkeys(("people", "persons", "individuals"), "individual"),
    **dict.fromkeys(("posts", "jobs"), "positions"),
    **dict.fromkeys(("main", "principal"), "primary"),
    **dict.fromkeys(("biggest",), "largest"),
    **dict.fromkeys(("top",), "supreme"),
    **dict.fromkeys(("participated", "participate", "joined"), "part"),
    **dict.fromkeys(("passed", "passes", "moved", "went", "came", "flowed"), "transited"),
    **dict.fromkeys(
        (
            "decline",
            "declined",
            "drop",
            "dropped",
            "fell",
            "fall",
            "falls",
            "slide",
            "slid",
            "decreased",
            "dip",
            "decreases",
            "halved",
            "plunged",
            "plummeted",
        ),
        "decrease",
    ),
    **dict.fromkeys(
        (
            "rose",
            "rise",
            "rises",
            "climb",
            "climbed",
            "grew",
            "grow",
            "increased",
            "increases",
            "doubled",
            "tripled",
            "surged",
            "soared",
            "jumped",
        ),
        "increase",
    ),
    **dict.fromkeys(("american", "americans"), "america"),
    **dict.fromkeys(("washington",), "us"),
}  # fmt: skip
_ABBREVIATIONS: Final = {"u.s.": "us", "u.s": "us", "us": "us", "u.s.a.": "us"}


def _word(token: str) -> str:
    # One folded word: its possessive and points dropped, a synonym as the
    # brief's word, stemmed as search stems it.
    token = token.lower().replace("’", "'")
    token = re.sub(r"'s?$", "", token)
    if token in _ABBREVIATIONS:
        return _ABBREVIATIONS[token]
    token = token.replace(".", "")
    return stem(_SYNONYMS.get(token, token))


@attrs.frozen
class _Token:
    """One token of a claim: its words, where they stand, and their folded form."""

    text: str
    start: int
    end: int
    word: str
    lowered: str
    glued: bool  # a number glued to letters ("18th", "MS-13"): part of a name


def _tokens(text: str) -> list[_Token]:
    found: list[_Token] = []
    for m in _TOKEN.finditer(text):
        words, start, end = m.group(), m.start(), m.end()
        lowered = words.lower().replace("’", "'")
        glued = words[0].isdigit() and (
            text[end : end + 1].isalpha()
            or (text[start - 1 : start] == "-" and text[start - 2 : start - 1].isalpha())
        )
        # "United States" is one word, as "U.S." is.
        if found and found[-1].lowered == "united" and lowered == "states":
            first = found.pop()
            found.append(
                _Token(
                    first.text + " " + words, first.start, end, "us", "united states", glued=False
                )
            )
            continue
        word = lowered if words[0].isdigit() or words[0] == "$" else _word(words)
        found.append(_Token(words, start, end, word, lowered, glued))
    return found


_STOP_WORDS: Final = _STOP | {_word(w) for w in _STOP}  # as the words are folded ("dur")


def _content(words: Iterable[str]) -> set[str]:
    # The folded words that say something: not function words, nor figures.
    return {w for w in words if w not in _STOP_WORDS and not w[:1].isdigit() and w[:1] != "$"}


def _words_of(text: str) -> set[str]:
    return _content(t.word for t in _tokens(text))


# --- Intervals -------------------------------------------------------------------------


@attrs.frozen
class _Interval:
    """The values a figure allows: bounds (``None`` for none) and whether each is open."""

    low: Fraction | None
    high: Fraction | None
    low_open: bool = False
    high_open: bool = False

    def within(self, other: _Interval) -> bool:
        """Whether every value of this interval is one of *other*'s."""
        if other.low is not None:
            if self.low is None or self.low < other.low:
                return False
            if self.low == other.low and other.low_open and not self.low_open:
                return False
        if other.high is not None:
            if self.high is None or self.high > other.high:
                return False
            if self.high == other.high and other.high_open and not self.high_open:
                return False
        return True

    def meets(self, other: _Interval) -> bool:
        """Whether the two intervals share a value."""
        return not (_below(self, other) or _below(other, self))

    def words(self, unit: Unit | None) -> str:
        """The interval in words, each end in its unit: "more than 80 percent", "exactly 57"."""

        def show(x: Fraction) -> str:
            shown = (Decimal(x.numerator) / Decimal(x.denominator)).quantize(Decimal("0.001"))
            shown = shown.normalize() if shown != shown.to_integral() else shown.quantize(1)
            return f"{shown:,f}" if unit is None else unit.format_value(shown)

        low, high = self.low, self.high
        if low is not None and low == high:
            return f"exactly {show(low)}"
        if low is not None and high is not None and not (self.low_open or self.high_open):
            return f"from {show(low)} to {show(high)}"
        parts = []
        if low is not None and (low != 0 or self.low_open):  # "at least 0" says nothing
            parts.append(("more than " if self.low_open else "at least ") + show(low))
        if high is not None:
            parts.append(("less than " if self.high_open else "at most ") + show(high))
        return " and ".join(parts) or "any value"


def _below(a: _Interval, b: _Interval) -> bool:
    # Whether all of a lies below all of b.
    if a.high is None or b.low is None:
        return False
    return a.high < b.low or (a.high == b.low and (a.high_open or b.low_open))


_TENTH: Final = Fraction(1, 10)  # how near "about" and "almost" are, either way
_BEFORE_FIGURE: Final = 1.01  # a word before a figure, its verb, outweighs one after it
_LEVEL_TOLERANCE: Final = 20  # an exact figure is never read wider than a twentieth of itself


def _reading(qualifier: Qualifier, value: Fraction, step: Fraction) -> _Interval:
    # The interval a qualified number allows (an exact one to its precision).
    near = value * _TENTH
    if qualifier is Qualifier.EXACT:
        return _Interval(value - step, value + step)
    if qualifier is Qualifier.MORE_THAN:
        return _Interval(value, None, low_open=True)
    if qualifier is Qualifier.AT_LEAST:
        return _Interval(value, None)
    if qualifier is Qualifier.ALMOST:
        return _Interval(value - near, value, high_open=True)
    if qualifier is Qualifier.LESS_THAN:
        return _Interval(Fraction(0), value, high_open=True)
    if qualifier is Qualifier.AT_MOST:
        return _Interval(Fraction(0), value)
    return _Interval(value - near, value + near)  # about, some, roughly, an estimated


# The indefinites with a size, and what each can mean: dozens are fewer
# than a hundred, or they would be hundreds.
_INDEFINITE: Final = {
    "dozens": _Interval(Fraction(24), Fraction(100), high_open=True),
    "hundreds": _Interval(Fraction(200), Fraction(1000), high_open=True),
    "handful": _Interval(Fraction(2), Fraction(10)),
}
_SIZELESS: Final = frozenset({"several", "many", "some", "number"})  # "a number of"
_INDEFINITE_QUALIFIER: Final = {Qualifier.DOZENS: "dozens", Qualifier.HUNDREDS: "hundreds"}


def _kind_of(q: Quantity) -> str:
    # How a figure's values are bounded: a share (a percent of a whole, not
    # derived), a change in percent, a rate, money, or a count.
    if q.unit is Unit.PERCENT:
        return "change" if q.derived_from else "share"
    if q.unit is Unit.PER_100000_POPULATION:
        return "rate"
    if q.unit is Unit.US_DOLLARS:
        return "money"
    return "count"


def _shaped(found: _Interval, kind: str) -> _Interval:
    # A share lies within 0 to 100 percent, a count is whole, nothing measured is below 0.
    low, high, low_open, high_open = found.low, found.high, found.low_open, found.high_open
    if kind == "share" and (high is None or high > 100):  # noqa: PLR2004 -- all of it
        high, high_open = Fraction(100), False
    if kind == "count":
        if low is not None:
            whole = Fraction(math.floor(low))
            low, low_open = (whole + 1 if low_open or whole < low else whole), False
        if high is not None:
            whole = Fraction(math.ceil(high))
            high, high_open = (whole - 1 if high_open or whole > high else whole), False
    if low is None or low < 0:
        low, low_open = Fraction(0), False
    return _Interval(low, high, low_open, high_open)


def _brief_interval(q: Quantity) -> _Interval | None:
    # What the brief's figure allows, as it states it: None where it gives
    # no number ("many", "a number of").
    low = None if q.low is None else Fraction(q.low)
    high = None if q.high is None else Fraction(q.high)
    if q.qualifier in _INDEFINITE_QUALIFIER:
        found = _INDEFINITE[_INDEFINITE_QUALIFIER[q.qualifier]]
    elif q.qualifier is Qualifier.BETWEEN and low is not None and high is not None:
        found = _Interval(low, high)
    elif (
        q.qualifier in {Qualifier.EXACT, Qualifier.MORE_THAN, Qualifier.AT_LEAST}
        and low is not None
    ):
        found = _reading(q.qualifier, low, Fraction(0))
    elif (
        q.qualifier in {Qualifier.ALMOST, Qualifier.LESS_THAN, Qualifier.AT_MOST}
        and high is not None
    ):
        found = _reading(q.qualifier, high, Fraction(0))
    else:
        return None
    return _shaped(found, _kind_of(q))


# --- Figures in a claim ------------------------------------------------------------------

_NUMBER_WORDS: Final = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip
_FRACTIONS: Final = {
    "half": Fraction(1, 2), "third": Fraction(1, 3), "quarter": Fraction(1, 4),
    "fifth": Fraction(1, 5), "sixth": Fraction(1, 6), "tenth": Fraction(1, 10),
    "sixteenth": Fraction(1, 16),
}  # fmt: skip
_SCALE: Final = {"thousand": 10**3, "million": 10**6, "billion": 10**9}
_A_NUMBER: Final = {"dozen": 12, "hundred": 100, **_SCALE}
# fmt: off
_MONTHS: Final = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)
# fmt: on
_MONTH_WORDS: Final = {
    **{m: i for i, m in enumerate(_MONTHS, 1)},
    **{m[:3]: i for i, m in enumerate(_MONTHS, 1)},
    "sept": 9,
}
# The words before a number that qualify it, as parse_figure reads them, longest first.
_BEFORE: Final = tuple(sorted(QUALIFIER_WORDS, key=lambda pair: -len(pair[0])))
_TOTAL_BEFORE: Final = ("a", "total", "of")
_TOTAL_AFTER: Final = (("in", "all"), ("altogether",), ("combined",), ("in", "total"))
_COUNT_WORDS: Final = frozenset({"more", "other", "others", "additional", "new", "of"})
_PER: Final = frozenset({"people", "inhabitants", "residents", "population", "persons"})


@attrs.frozen
class _Number:
    """A number as written: its value, its precision, and the token after it."""

    value: Fraction
    after: int
    step: Fraction  # half a unit of its last written digit; 0 for words
    scaled: bool  # whether a scale word ("million") ends it
    unit: str  # "money" ($), "percent" (%, or a fraction), else ""
    fraction: bool = False  # "a fifth": as near as "about" is


def _precision(digits: str) -> Fraction:
    # Half a unit of the last digit written: "85.5" is good to 0.05.
    return Fraction(1, 2 * 10 ** len(digits.partition(".")[2]))


def _number(tokens: Sequence[_Token], i: int) -> _Number | None:
    # The number that starts at token i, if one does.
    t = tokens[i].lowered
    nxt = tokens[i + 1].lowered if i + 1 < len(tokens) else ""
    if t[0] in "$0123456789":
        digits = t.lstrip("$").rstrip("%").replace(",", "")
        value, step, after = Fraction(digits), _precision(digits), i + 1
        scaled = nxt in _SCALE
        if scaled:
            value, step, after = value * _SCALE[nxt], step * _SCALE[nxt], i + 2
        unit = "money" if t[0] == "$" else ("percent" if t.endswith("%") else "")
        return _Number(value, after, step, scaled, unit)
    head, _, tail = t.partition("-")
    if tail.rstrip("s") in _FRACTIONS and (head in _NUMBER_WORDS or head == "a"):
        share = (1 if head == "a" else _NUMBER_WORDS[head]) * _FRACTIONS[tail.rstrip("s")] * 100
        return _Number(share, i + 1, Fraction(0), scaled=False, unit="percent", fraction=True)
    if t == "a" and nxt in _A_NUMBER:  # "a dozen", "a hundred", "a million"
        return _Number(Fraction(_A_NUMBER[nxt]), i + 2, Fraction(0), scaled=nxt in _SCALE, unit="")
    if t in {"a", "an"} and nxt in _FRACTIONS:
        share = _FRACTIONS[nxt] * 100
        return _Number(share, i + 2, Fraction(0), scaled=False, unit="percent", fraction=True)
    if t == "half":
        scale = tokens[i + 2].lowered if i + 2 < len(tokens) else ""
        if nxt == "a" and scale in _SCALE:  # "half a billion"
            return _Number(Fraction(_SCALE[scale], 2), i + 3, Fraction(0), scaled=True, unit="")
        return _Number(
            Fraction(50), i + 1, Fraction(0), scaled=False, unit="percent", fraction=True
        )
    if t in _NUMBER_WORDS:
        value, after = Fraction(_NUMBER_WORDS[t]), i + 1
        if nxt in _SCALE:
            value, after = value * _SCALE[nxt], i + 2
        return _Number(value, after, Fraction(0), nxt in _SCALE, "")
    return None


def _round_step(number: _Number) -> Fraction:
    # A round figure can bear the precision of its last digit that is not
    # zero: "50" is good to five either way, "800 million" to fifty million.
    value = number.value
    if value.denominator != 1 or value == 0 or number.fraction:
        return number.step
    whole, place = int(value), 1
    while whole % (place * 10) == 0:
        place *= 10
    return max(number.step, Fraction(place, 2))


@attrs.frozen
class _Figure:
    """One figure of the claim: its words, its values, its unit and where it stands."""

    start: int  # the claim's offsets of its words, qualifier and unit included
    end: int
    first: int  # the index of its first token, qualifier included
    at: int  # the index of its number's first token
    after: int  # the index of the token after its words
    interval: _Interval
    unit: str  # "percent", "rate", "money", "count", "bare"
    number: _Number | None  # None for an indefinite ("dozens")
    counted: str | None  # the first word of what it counts ("judges"), folded
    points: bool = False  # "6.4 points": a change in the measure's own unit
    total: bool = False  # "73 in all", "a total of 73"
    sizeless: bool = False  # "several": a number without a size


def _is_date_or_name(tokens: Sequence[_Token], i: int) -> bool:
    # A year, a day of a month ("Sept. 19"), an ordinal or a number in a
    # name ("18th", "MS-13", "Barrio 18") is not a figure.
    t = tokens[i]
    if t.glued or re.fullmatch(r"(19|20)[0-9]{2}", t.text):
        return True
    if i == 0 and i + 1 < len(tokens) and tokens[i + 1].lowered.rstrip(".") in _MONTH_WORDS:
        return True
    if i == 0 or not re.fullmatch(r"[0-9]{1,3}(,[0-9]{3})*", t.text):
        return False
    before = tokens[i - 1]
    if before.lowered.rstrip(".") in _MONTH_WORDS or before.lowered == "per":
        return True  # "Sept. 19"; "per 100,000"
    after = tokens[i + 1].lowered.rstrip(".") if i + 1 < len(tokens) else ""
    if after in _MONTH_WORDS and tokens[i + 1].text[:1].isupper():
        return True  # "16 January"
    if before.lowered in {"to", "and", "through"} and i > 1 and _is_date_or_name(tokens, i - 2):
        return not _YEAR.fullmatch(tokens[i - 2].text)  # "September 19 to 26"
    # A capitalised word (not the sentence's first, nor a possessive) right
    # before a number without a unit: "Barrio 18", "Route 66".
    follows_name = (
        before.text[:1].isupper() and i - 1 > 0 and not before.lowered.endswith(("'s", "'"))
    )
    unit = tokens[i + 1].lowered if i + 1 < len(tokens) else ""
    return follows_name and unit not in {"percent", "per", "%", "points", *_SCALE}


def _figures(tokens: Sequence[_Token]) -> list[_Figure]:
    found: list[_Figure] = []
    i = 0
    while i < len(tokens):
        figure = _figure_at(tokens, i)
        if figure is None:
            i += 1
            continue
        found.append(figure)
        i = figure.after
    return _shared_units(found, tokens)


def _shared_units(found: list[_Figure], tokens: Sequence[_Token]) -> list[_Figure]:
    # "from 85.5 to 80 per 100,000": the two ends of a change share a unit.
    shared = list(found)
    lowered = [t.lowered for t in tokens]
    for k in range(len(shared) - 1):
        a, b = shared[k], shared[k + 1]
        if _ends(lowered, a, b) is None:
            continue
        if a.unit == "bare" and b.unit != "bare":
            shared[k] = attrs.evolve(a, unit=b.unit)
        elif b.unit == "bare" and a.unit != "bare":
            shared[k + 1] = attrs.evolve(b, unit=a.unit)
    return shared


def _qualifier(lowered: Sequence[str], i: int) -> tuple[Qualifier, int]:
    for words, q in _BEFORE:
        if tuple(lowered[max(0, i - len(words)) : i]) == words:
            return q, i - len(words)
    return Qualifier.EXACT, i - (i > 0 and lowered[i - 1] == "only")


def _figure_at(tokens: Sequence[_Token], i: int) -> _Figure | None:
    lowered = [t.lowered for t in tokens]
    word = lowered[i]
    if (
        word in _INDEFINITE
        or word in {"several", "many"}
        or (word == "number" and lowered[i - 1 : i] == ["a"] and lowered[i + 1 : i + 2] == ["of"])
    ):
        first = i - 1 if word in {"handful", "number"} and lowered[i - 1 : i] == ["a"] else i
        after, unit, points, counted = _unit_after(tokens, i + 1, "")
        interval = _INDEFINITE.get(word, _Interval(None, None))
        return _Figure(
            tokens[first].start, tokens[i].end, first, i, i + 1, interval, "count", None, counted,
            sizeless=word not in _INDEFINITE,
        )  # fmt: skip
    if _is_date_or_name(tokens, i):
        return None
    number = _number(tokens, i)
    if number is None:
        return None
    qualifier, first = _qualifier(lowered, i)
    between = first > 0 and lowered[first - 1] == "between"
    after, unit = number.after, number.unit
    # an exact figure is good to half its last written digit, but "$1 billion"
    # is not $0.5 to 1.5 billion: never to more than a twentieth of itself
    step = min(number.step, number.value / _LEVEL_TOLERANCE)
    interval = _reading(qualifier, number.value, step)
    if number.fraction and qualifier is Qualifier.EXACT:
        interval = _reading(Qualifier.ABOUT, number.value, number.step)
    # "between A and B" and "A to B" (not "from A to B") are one figure of two numbers
    joined = lowered[after : after + 1] == (["and"] if between else ["to"])
    second = _number(tokens, after + 1) if joined and after + 1 < len(tokens) else None
    from_before = first > 0 and lowered[first - 1] == "from"
    if second is not None and not from_before:
        low = number.value
        if second.scaled and not number.scaled and low * 1000 <= second.value:
            low *= second.value / Fraction(tokens[after + 1].lowered.lstrip("$").replace(",", ""))
        if low < second.value:
            interval, after = _Interval(low, second.value), second.after
            unit = unit or second.unit
            first -= between
    end, unit_found, points, counted = _unit_after(tokens, after, unit)
    unit = unit_found
    # "a total of 73", "73 in all", "530 people in all"
    total = tuple(lowered[first - 3 : first]) == _TOTAL_BEFORE or any(
        tuple(lowered[k : k + len(w)]) == w
        for w in _TOTAL_AFTER
        for k in range(end, end + 2 + (counted is not None))
        if all(x.isalpha() and x not in _STOP for x in lowered[end:k])
    )
    if tuple(lowered[first - 3 : first]) == _TOTAL_BEFORE:
        first -= 3
    last = max(after, end) - 1
    return _Figure(
        tokens[first].start, tokens[last].end, first, i, max(after, end), interval, unit,
        number, counted, points=points, total=total,
    )  # fmt: skip


def _unit_after(tokens: Sequence[_Token], j: int, unit: str) -> tuple[int, str, bool, str | None]:
    # The unit the words after a number name ("percent", "per 100,000
    # (people)", "points", "dollars"): the index after the figure's words,
    # its unit, whether it is in points, and the first word of what it counts.
    lowered = [t.lowered.rstrip("'") for t in tokens]

    def at(k: int) -> str:
        return lowered[k] if k < len(lowered) else ""

    if at(j) in {"percent", "%"} or (at(j), at(j + 1)) == ("per", "cent"):
        return j + (2 if at(j) == "per" else 1), "percent", False, None
    if at(j) in {"point", "points"}:
        return j + 1, "rate", True, None
    for skip in (0, 1, 2):  # "85.5 homicides per 100,000 residents"
        skipped = lowered[j : j + skip]
        if any(not w.isalpha() or w in _STOP for w in skipped):
            break
        if at(j + skip) == "per" and at(j + skip + 1).replace(",", "") == "100000":
            end = j + skip + 2
            return end + (at(end) in _PER), "rate", False, None
    if at(j) in {"dollars", "dollar"}:
        return j + 1, "money", False, None
    if unit:
        return j, unit, False, None
    counted = _counted(tokens, j)
    return j, "count" if counted is not None else "bare", False, counted


def _counted(tokens: Sequence[_Token], j: int) -> str | None:
    # The head of what a number counts: the first word after it in lower
    # case that is not a participle ("vetted") or a word like "more".
    for t in tokens[j : j + 4]:
        if not t.text[:1].isalpha():
            return None
        if (
            t.text[:1].isupper()
            or t.lowered.endswith("ed")
            or t.lowered in _COUNT_WORDS
            or "-" in t.text
        ):
            continue
        return None if t.lowered in _STOP else t.word
    return None


# --- Names --------------------------------------------------------------------------------

_ROLE_WORDS: Final = frozenset(
    _word(w)
    for w in (
        "researchers", "officials", "experts", "analysts", "authorities", "figures", "data",
        "statistics", "numbers", "sources", "spokesman", "spokeswoman", "staff",
    )
)  # fmt: skip
# Verbs that pass words on, and verbs that make them: "says" relays what
# another found, "estimates" is the finding.
# fmt: off
_RELAYING: Final = frozenset({
    "said", "says", "say", "reported", "reports", "report", "describes", "described", "notes",
    "noted", "told", "stated", "warned", "warns", "added", "adds", "claims", "claimed", "writes",
    "wrote",
})
# fmt: on
# fmt: off
_ORIGINATING: Final = frozenset({
    "estimated", "estimates", "estimate", "projected", "projects", "project", "forecast",
    "forecasts", "predicted", "predicts", "calculated", "calculates",
})
# fmt: on
_FIGURES_PUT: Final = (
    frozenset({"figures", "data", "statistics", "numbers"}),
    frozenset({"put", "puts", "show", "shows", "showed"}),
)


@attrs.frozen
class _Name:
    """A name of the brief's (an actor's, or the page's publisher's), as folded words."""

    words: tuple[str, ...]
    actor: Actor | None  # None for the page's publisher, not an actor of the brief
    page: bool  # whether it names the page's own voice: its publisher or bureau


def _variants(name: str) -> set[str]:
    # A name as reporters write it: with or without its article, and "X of
    # the Y" as "Y X" ("Department of State", "State Department").
    forms = {name, re.sub(r"^(?:the|The) ", "", name)}
    m = re.fullmatch(r"(.*?)(\w+) of (?:the )?(\w+)", name)
    if m:
        forms |= {f"{m[3]} {m[2]}", f"{m[1]}{m[3]} {m[2]}".strip()}
    return forms


def _is_page(brief: Brief, actor: Actor) -> bool:
    # The page's own voice: its bureau (INL, the "We" of the page).
    source = brief.source
    return actor.name in {source.bureau, source.publisher} or (
        actor.acronym is not None and actor.acronym == source.bureau_acronym
    )


def _names(brief: Brief) -> list[_Name]:
    # Every name of the brief's actors, and of the page's publisher and bureau,
    # longest first (a longer name is read before a shorter one inside it).
    names: set[_Name] = set()
    for actor in brief.actors:
        written = [actor.name, *actor.aliases, *([actor.acronym] if actor.acronym else [])]
        for form in {f for w in written for f in _variants(w)}:
            words = tuple(t.word for t in _tokens(form))
            # "We" is the page's own word for INL, not a name a claim uses
            if words and not (len(words) == 1 and words[0] in _STOP):
                names.add(_Name(words, actor, page=_is_page(brief, actor)))
    page = brief.source
    for form in (f for f in (page.publisher, page.bureau, page.bureau_acronym) if f):
        for variant in _variants(form):
            words = tuple(t.word for t in _tokens(variant))
            names.add(_Name(words, None, page=True))
            if len(words) > 1 and words[0] == "us":  # "the State Department"
                names.add(_Name(words[1:], None, page=True))
    return sorted(names, key=lambda n: (-len(n.words), n.words))


@attrs.frozen
class _Mention:
    """Where the claim names one of the brief's names (token indexes)."""

    start: int
    end: int
    name: _Name
    modifier: bool  # "U.S.-backed": a name inside a compound, not a doer


def _mentions(tokens: Sequence[_Token], names: Sequence[_Name], text: str) -> list[_Mention]:
    words = [t.word for t in tokens]
    found: list[_Mention] = []
    taken: set[int] = set()
    for name in names:
        n = len(name.words)
        for i in range(len(words) - n + 1):
            if tuple(words[i : i + n]) == name.words and not taken & set(range(i, i + n)):
                end = tokens[i + n - 1].end
                found.append(_Mention(i, i + n, name, modifier=text[end : end + 1] == "-"))
                taken |= set(range(i, i + n))
    return sorted(found, key=lambda m: m.start)


def _ancestors(actor: Actor) -> list[Actor]:
    chain = [actor]
    while chain[-1].part_of is not None and chain[-1].part_of not in chain:
        chain.append(chain[-1].part_of)
    return chain


# --- Times --------------------------------------------------------------------------------


@attrs.frozen
class _Time:
    """A time the claim names: its first and last days (``None`` where open)."""

    start: pendulum.Date | None
    end: pendulum.Date | None
    words: tuple[int, int]  # token indexes
    by: bool = False  # "by mid-year": up to its end
    months: tuple[int, int] | None = None  # a month or months without a year


_YEAR: Final = re.compile(r"(19|20)[0-9]{2}")


def _times(tokens: Sequence[_Token], said_on: pendulum.Date | None) -> list[_Time]:
    # The times the claim names: years, months, "last year", "by mid-year".
    lowered = [t.lowered for t in tokens]
    found: list[_Time] = []
    i = 0
    while i < len(tokens):
        w = lowered[i]
        by = lowered[max(0, i - 1) : i] == ["by"] or (
            "by" in lowered[max(0, i - 4) : i] and "end" in lowered[max(0, i - 3) : i]
        )
        year: int | None = None
        span = (i, i + 1)
        if _YEAR.fullmatch(tokens[i].text):
            year = int(w)
        elif w in {"last", "this", "next"} and lowered[i + 1 : i + 2] in (["year"], ["year's"]):
            span = (i, i + 2)
            year = None if said_on is None else said_on.year + {"last": -1, "this": 0, "next": 1}[w]
            if year is None:
                i += 2
                continue
        elif w in {"last", "this"} and lowered[i + 1 : i + 2] in (["month"], ["month's"]):
            if said_on is not None:
                month = said_on.subtract(months=1 if w == "last" else 0)
                first = month.start_of("month")
                found.append(_Time(first, first.end_of("month"), (i, i + 2), by=by))
            i += 2
            continue
        if year is not None:
            found.append(_Time(pendulum.date(year, 1, 1), pendulum.date(year, 12, 31), span, by=by))
            i = span[1]
            continue
        if re.fullmatch(r"mid-(19|20)[0-9]{2}", w):
            found.append(_Time(None, pendulum.date(int(w[4:]), 6, 30), span, by=True))
        elif w in {"mid-year", "midyear"} or lowered[i : i + 4] == ["middle", "of", "the", "year"]:
            span = (i, i + (4 if w == "middle" else 1))
            end = None if said_on is None else pendulum.date(said_on.year, 6, 30)
            found.append(_Time(None, end, span, by=True, months=None if said_on else (6, 6)))
            i = span[1]
            continue
        elif w.rstrip(".") in _MONTH_WORDS and tokens[i].text[:1].isupper() and w != "may":
            found.append(_month(tokens, i, said_on, by=by))
            i = found[-1].words[1]
            continue
        i += 1
    return _joined(found, lowered)


def _month(tokens: Sequence[_Token], i: int, said_on: pendulum.Date | None, *, by: bool) -> _Time:
    # "September", "Sept. 19", "October 2015", "September 19, 2013".
    month = _MONTH_WORDS[tokens[i].lowered.rstrip(".")]
    k = i + 1
    day = None
    if k < len(tokens) and re.fullmatch(r"[0-9]{1,2}", tokens[k].text):
        day, k = int(tokens[k].text), k + 1
    last_day = day
    ranged = k + 1 < len(tokens) and tokens[k].lowered in {"to", "through"}
    if day and ranged and re.fullmatch(r"[0-9]{1,2}", tokens[k + 1].text):  # "September 19 to 26"
        last_day, k = int(tokens[k + 1].text), k + 2
    year = None
    if k < len(tokens) and _YEAR.fullmatch(tokens[k].text):
        year, k = int(tokens[k].text), k + 1
    known = year if year is not None else (said_on.year if said_on is not None else None)
    if known is None:
        return _Time(None, None, (i, k), by=by, months=(month, month))
    # the words as DateRange.parse reads them: "September 19-26, 2013", "October 2015"
    name = _MONTHS[month - 1].capitalize()
    days = "" if day is None else f" {day}" + ("" if last_day == day else f"-{last_day}") + ","
    try:
        period = DateRange.parse(f"{name}{days} {known}")
    except DateParseError:  # "September 31": a month, not a day
        period = DateRange.parse(f"{name} {known}")
    return _Time(period.start, period.end, (i, k), by=by)


def _joined(found: list[_Time], lowered: Sequence[str]) -> list[_Time]:
    # "from Sept. 19 to Sept. 26": one range of two times.
    joined: list[_Time] = []
    for t in found:
        if (
            joined
            and t.words[0] - joined[-1].words[1] == 1
            and lowered[joined[-1].words[1]] in {"to", "through", "until"}
        ):
            first = joined[-1]
            both = first.months is not None and t.months is not None
            months = (first.months[0], t.months[1]) if both else None  # type: ignore[index]
            joined[-1] = attrs.evolve(
                first, end=t.end, words=(first.words[0], t.words[1]), months=months
            )
            continue
        joined.append(t)
    return joined


def _overlaps(t: _Time, period: DateRange) -> bool:
    # Whether the claim's time and the brief's period can be the same time.
    start, end = period.start, period.end
    if t.months is not None:
        if start is None or end is None:
            return True
        theirs = (
            set(range(start.month, end.month + 1)) if start.year == end.year else set(range(1, 13))
        )
        return bool(theirs & set(range(t.months[0], t.months[1] + 1)))
    if t.by:
        # "by the end of 2012": done by then; the brief's "by" a later day does not say so
        return t.end is None or end is None or t.end >= end
    if t.end is not None and start is not None and t.end < start:
        return False
    return not (t.start is not None and end is not None and t.start > end)


# --- What of a brief the checker reads, once per brief -------------------------------------


@attrs.frozen
class _Index:
    """A brief's names, figures and statements as the checker compares them, made once."""

    names: tuple[_Name, ...]
    forms: frozenset[tuple[str, ...]]  # the words of its places' and operations' names
    lower_words: frozenset[str]  # the words its page writes in lower case
    page_parents: frozenset[str]  # the actors its publisher's name names ("U.S.")
    bags: tuple[tuple[Quantity, frozenset[str], frozenset[str]], ...]  # measure, other words
    measure_own: tuple[frozenset[str], ...]  # each measure's words no other has
    facts: Mapping[str, tuple[Statement, ...]]  # a figure's id: the statements of it
    cores: tuple[tuple[Statement, frozenset[str], frozenset[str]], ...]  # words, own words
    arguments: Mapping[str, tuple[tuple[frozenset[str], ...], tuple[frozenset[str], ...]]]
    # a statement's id: the words of its subject (unless an actor) and of its objects


def _argument_words(arguments: Iterable[object]) -> tuple[frozenset[str], ...]:
    found = []
    for argument in arguments:
        if isinstance(argument, enum.Enum):
            forms = [str(argument.value).replace("-", " ")]
        elif isinstance(argument, Actor | Place | Operation):
            forms = [argument.name, *getattr(argument, "aliases", ())]
        else:
            continue  # a figure, or a designation: read by their own checks
        words = frozenset(w for form in forms for w in _words_of(form))
        if words:
            found.append(words)
    return tuple(found)


def _arguments(s: Statement) -> tuple[tuple[frozenset[str], ...], tuple[frozenset[str], ...]]:
    # The words of what a statement is of: its subject, unless an actor
    # (whose doer the agent check reads), and its objects.
    subject = () if isinstance(s.subject, Actor) else _argument_words((s.subject,))
    return subject, _argument_words(s.objects)


def _of_the_same(
    arguments: tuple[tuple[frozenset[str], ...], tuple[frozenset[str], ...]], said: set[str]
) -> bool:
    # Whether a claim's words are of what a statement is of: its subject, and
    # its one object or half of a list of them. "A major transit country for
    # heroin" is not of cocaine.
    subject, objects = arguments
    if not all(words & said for words in subject):
        return False
    named = sum(bool(words & said) for words in objects)
    return named * 2 >= len(objects) if len(objects) > 1 else named == len(objects)


def _read(brief: Brief) -> _Index:
    # A brief cannot change, so what is read of it is kept (see _index).
    names = _names(brief)
    places = [form for p in brief.places for form in (p.name, *p.aliases)]
    forms = frozenset(
        tuple(t.word for t in _tokens(f)) for f in (*places, *(o.name for o in brief.operations))
    )
    publisher = brief.source.publisher or ""
    actors = [n for n in names if n.actor is not None]
    parents = frozenset(
        m.name.actor.id for m in _mentions(_tokens(publisher), actors, publisher) if m.name.actor
    )
    about = {q.id: brief.statements_about(q.id) for q in brief.quantities}
    bags = tuple((q, *_bag(q, about[q.id])) for q in brief.quantities)
    measure_own = tuple(frozenset(o) for o in _own_words([set(b[1]) for b in bags]))
    facts = {
        q.id: tuple(s for s in about[q.id] if q.id in _ids((s.subject, *s.objects)))
        for q in brief.quantities
    }
    words = [
        _words_of(str(s)) - _words_of(s.according_to.name) - {_word("according")}
        for s in brief.statements
    ]
    cores = tuple(
        (s, frozenset(w), frozenset(o))
        for s, w, o in zip(brief.statements, words, _own_words(words), strict=True)
    )
    arguments = {s.id: _arguments(s) for s in brief.statements}
    return _Index(
        tuple(names), forms, frozenset(re.findall(r"\b[a-z]+\b", brief.source.text)), parents,
        bags, measure_own, MappingProxyType(facts), cores, MappingProxyType(arguments),
    )  # fmt: skip


_index: Final[PerBrief[_Index]] = PerBrief(_read)
"""What is read of the last few briefs, by identity."""


# --- The claim, read ----------------------------------------------------------------------

_SUBORDINATE: Final = frozenset({"but", "although", "though", "while", "whereas"})
_DEMONYM: Final = 5  # letters a place's name shares with its adjective, past its last
_PLACE_WORDS: Final = frozenset({"in", "through", "for", "from", "via", "across", "into"})
_NEGATIONS: Final = frozenset({"not", "no", "never", "without", "neither", "nor", "none"})
_POSSIBLE: Final = frozenset({"could", "may", "might", "would", "if"})
_PROBABLE: Final = frozenset(
    {"likely", "probably", "apparently", "expected", "appear", "appears", "seem", "seems"}
)


@attrs.frozen
class _Change:
    """A change the claim states: from one figure to another, and by how much."""

    old: _Figure
    new: _Figure
    stated: _Figure | None
    falling: bool | None  # None when the claim names no direction


class _Claim:
    """A claim's words, figures, names and times, read once."""

    def __init__(self, text: str, brief: Brief, said_on: pendulum.Date | None) -> None:
        self.text = text
        self.brief = brief
        self.tokens = _tokens(text)
        self.words = [t.word for t in self.tokens]
        self.lowered = [t.lowered for t in self.tokens]
        self.figures = _figures(self.tokens)
        self.index = _index(brief)
        self.names = self.index.names
        self.mentions = _mentions(self.tokens, self.names, text)
        self.times = _times(self.tokens, said_on)
        self.changes = _changes(self)
        self.source = _attributed(self)
        self.sentence = _content(self.words)
        self.lower_words = self.index.lower_words

    def span(self, low: int, high: int) -> tuple[int, int]:
        """The claim's offsets of tokens *low* to *high* (exclusive)."""
        return self.tokens[low].start, self.tokens[high - 1].end

    def words_at(self, low: int, high: int) -> str:
        return self.text[slice(*self.span(low, high))]

    def weights(self, figure: _Figure) -> dict[str, float]:
        # How much each word of the sentence is this figure's: those between
        # the figures on either side whole, and those before it a little more
        # (the verb of what it counts: "suspended 16 judges and fired 57");
        # the rest half; either end of a change has the whole sentence.
        if any(figure in (c.old, c.new) for c in self.changes):
            return dict.fromkeys(self.sentence, 1.0)
        before = [f.after for f in self.figures if f.after <= figure.first]
        after = [f.first for f in self.figures if f.first >= figure.after]
        low, high = max(before, default=0), min(after, default=len(self.tokens))
        found = dict.fromkeys(self.sentence, 0.5)
        found |= dict.fromkeys(_content(self.words[figure.after : high]), 1.0)
        found |= dict.fromkeys(_content(self.words[low : figure.first]), _BEFORE_FIGURE)
        return found

    def hedge(self, low: int, high: int) -> Factuality:
        # How sure the words are: "could", "may", a verb of estimating:
        # possible; "likely", "apparently": probable; else certain. A
        # negation makes it negative.
        words = set(self.lowered[low:high])
        if self.source is not None and self.source.originating:
            words.add("estimated")  # "X projected a decline": a projection, not a fact
        negated = bool(words & _NEGATIONS) or any(w.endswith("n't") for w in words)
        if words & _POSSIBLE or words & _ORIGINATING:
            return Factuality.POSSIBLE_NOT if negated else Factuality.POSSIBLE
        if words & _PROBABLE:
            return Factuality.PROBABLE_NOT if negated else Factuality.PROBABLE
        return Factuality.CERTAIN_NOT if negated else Factuality.CERTAIN

    def clause(self, at: int) -> tuple[int, int]:
        """The tokens of the clause around token *at*: cut at ";", ", but" and the source."""
        cuts = sorted({0, len(self.tokens), *self._cuts()})
        low = max(c for c in cuts if c <= at)
        high = min(c for c in cuts if c > at)
        return low, high

    def _cuts(self) -> Iterator[int]:
        for i in range(1, len(self.tokens)):
            between = self.text[self.tokens[i - 1].end : self.tokens[i].start]
            if ";" in between or (self.lowered[i] in _SUBORDINATE and "," in between):
                yield i
        if self.source is not None:
            yield from self.source.words

    def clauses(self) -> list[tuple[int, int]]:
        cuts = sorted({0, len(self.tokens), *self._cuts()})
        attributed = set(range(*self.source.words)) if self.source is not None else set()
        return [
            (low, high) for low, high in itertools.pairwise(cuts)
            if high > low and not set(range(low, high)) <= attributed
        ]  # fmt: skip

    def doer(self, low: int, before: int) -> tuple[int, int, _Mention | None] | None:
        # Who the clause says did it: the name that opens it, or opens the
        # first of its parts after a comma that opens with one ("Under
        # U.S.-Colombian cooperation, Colombia trained"), past articles and a
        # possessive place ("The U.S.", "Honduras' Supreme Court"); one of the
        # brief's names, or a proper name it does not know ("Honduras's
        # Congress", "A DEA adviser"). The source's words are not a doer.
        said = set(range(*self.source.words)) if self.source is not None else set()
        known = self.known
        starts = [low, *(k for k in range(low + 1, before) if _comma_before(self, k))]
        for start in starts:
            k = start
            while k < before and (
                k in said
                or self.lowered[k] in {"the", "a", "an"}
                or (k in known and self.lowered[k].endswith(("'s", "'")))
            ):
                k += 1
            mention = next((m for m in self.mentions if m.start == k and not m.modifier), None)
            if mention is not None:
                return mention.start, mention.end, mention
            if k < before and self._proper(k, known):
                end = k + 1
                while end < before and self._proper(end, known):
                    end += 1
                return k, end, None
        return None

    def _proper(self, k: int, known: frozenset[int]) -> bool:
        # A capitalised word that is not a name the brief holds, nor a word
        # the page writes in lower case, nor the first of a sentence.
        t = self.tokens[k]
        return (
            t.text[:1].isupper() and k not in known and k > 0
            and re.sub(r"'s?$", "", t.lowered) not in self.lower_words
            and t.lowered.rstrip(".") not in _MONTH_WORDS
        )  # fmt: skip

    @functools.cached_property
    def known(self) -> frozenset[int]:
        # The tokens that are names the brief holds: actors, the page's
        # publisher, places and operations.
        found = {i for m in self.mentions for i in range(m.start, m.end)}
        forms = self.brief_names()
        for form in forms:
            n = len(form)
            for i in range(len(self.words) - n + 1):
                if tuple(self.words[i : i + n]) == form:
                    found |= set(range(i, i + n))
        # the adjective of a place or a one-word name ("Honduran", "Colombian")
        # is known with it
        stems = {w[:-1] for form in forms for w in form if len(w) > _DEMONYM}
        stems |= {
            n.words[0][:-1] for n in self.names if len(n.words) == 1 and len(n.words[0]) > _DEMONYM
        }
        for i, w in enumerate(self.words):
            if self.tokens[i].text[:1].isupper() and any(w.startswith(x) for x in stems):
                found.add(i)
        return frozenset(found)

    def brief_names(self) -> frozenset[tuple[str, ...]]:
        return self.index.forms

    def unknown_owner(self, low: int, high: int) -> str | None:
        # A proper name the brief does not know, where it says whose a
        # figure or a fact is: a possessive ("Guatemala's homicide rate"), or
        # a name of two words or more that opens the clause ("San Pedro
        # Sula had"). The source's name is not an owner.
        known = self.known
        skipped = set(range(*self.source.words)) if self.source is not None else set()

        def unknown(k: int) -> bool:
            # a name, not a word the page writes in lower case ("Many")
            t = self.tokens[k]
            return (
                t.text[:1].isupper() and k not in known and k not in skipped
                and t.lowered.rstrip(".") not in _MONTH_WORDS
                and re.sub(r"'s?$", "", t.lowered) not in self.lower_words
            )  # fmt: skip

        for i in range(low, high):
            if unknown(i) and self.tokens[i].lowered.endswith(("'s", "'")):
                return self.tokens[i].text
            if self.lowered[i] in _PLACE_WORDS and i + 1 < high and unknown(i + 1):
                # "bound for Europe", "through West Africa"; not "Central
                # America", whose words begin those of a place the brief has
                k = i + 1
                while k < high and unknown(k):
                    k += 1
                return self.words_at(i + 1, k)
        if high - low > 1 and unknown(low) and unknown(low + 1):
            return self.words_at(low, low + 2)
        return None


def _ends(lowered: Sequence[str], a: _Figure, b: _Figure) -> tuple[_Figure, _Figure] | None:
    # The old and new ends of a change, if a and b are "from A to B" or
    # "to B from A" (a time between allowed: "from last year's 85.5").
    timeless = [w for w in lowered[a.after : b.first] if not _YEAR.fullmatch(w)]
    if timeless[-1:] in (["to"], ["from"]):  # "to 80 for 2013, from 85.5"
        timeless = [w for w in timeless if w not in {"for", "in"}]
    between = timeless
    k = a.first - 1
    while k >= 0 and (
        lowered[k] in {"last", "this", "year's", "year"} or _YEAR.fullmatch(lowered[k])
    ):
        k -= 1
    lead = lowered[k] if k >= 0 else ""
    if between == ["to"] and lead == "from":
        return a, b
    if between == ["from"] and lead == "to":
        return b, a
    return None


def _changes(claim: _Claim) -> list[_Change]:
    # "from A to B" and "to B from A" (a time between allowed: "from last
    # year's 85.5"), with the change stated beside them.
    lowered = claim.lowered
    figures = claim.figures
    found = []
    for a, b in itertools.pairwise(figures):
        ends = _ends(lowered, a, b)
        if ends is None:
            continue
        old, new = ends
        stated = next(
            (
                f
                for f in figures
                if f is not a
                and f is not b
                and not f.total
                and (f.unit == "percent" or f.points or f.unit == "rate")
            ),
            None,
        )
        if stated is not None and stated.unit == "rate":
            stated = attrs.evolve(stated, points=True)
        words = set(claim.words)
        falling = (
            True
            if words & {_word("decrease"), "lower", "down", "cut"}
            else (False if words & {_word("increase"), "up", "higher"} else None)
        )
        found.append(_Change(old, new, stated, falling))
    return found


@attrs.frozen
class _Said:
    """Who the claim says says it: the token range of their name, its names, the verb's kind."""

    words: tuple[int, int]  # the whole phrase: "according to the UN", "the UN estimates that"
    named: tuple[int, int]  # the source's name in it: "the UN"
    names: tuple[_Name, ...]
    originating: bool


def _attributed(claim: _Claim) -> _Said | None:
    # "according to X", "per X", "X said", "X estimates that", "X figures put".
    lowered = claim.lowered
    for i, w in enumerate(lowered):
        introduces = (w == "according" and lowered[i + 1 : i + 2] == ["to"]) or (
            w == "per" and i + 1 < len(lowered) and lowered[i + 1][:1].isalpha()
        )
        if introduces:
            low = i + (2 if w == "according" else 1)
            high = next(
                (k for k in range(low + 1, len(lowered)) if _comma_before(claim, k)), len(lowered)
            )
            return _said(claim, (i, high), low, high, originating=False)
    for i, w in enumerate(lowered):
        figures_put = (
            w in _FIGURES_PUT[0] and lowered[i + 1 : i + 2] and lowered[i + 1] in _FIGURES_PUT[1]
        )
        if w not in _RELAYING and w not in _ORIGINATING and not figures_put:
            continue
        high = i + 1 if figures_put else i
        low = high
        while (
            low > 0
            and not _comma_before(claim, low)
            and lowered[low - 1] not in {"that", "and", "but", "while"}
        ):
            low -= 1
        # a subject, not a sentence; and someone: a name or a role, so that
        # "the low and high estimates" is not a source that estimates
        someone = any(
            claim.tokens[k].text[:1].isupper() or claim.words[k] in _ROLE_WORDS
            for k in range(low, high)
        )
        if 0 < high - low <= 8 and someone:  # noqa: PLR2004
            after = i + 2 if figures_put else i + 1
            extent = (low, after + (lowered[after : after + 1] == ["that"]))
            return _said(
                claim, extent, low, high, originating=w in _ORIGINATING or bool(figures_put)
            )
    return None


def _comma_before(claim: _Claim, k: int) -> bool:
    return "," in claim.text[claim.tokens[k - 1].end : claim.tokens[k].start]


def _with_wholes(name: _Name) -> set[str]:
    # A name's words and those of every whole its actor is part of.
    words = set(name.words)
    if name.actor is None:
        return words
    for whole in _ancestors(name.actor)[1:]:
        words |= {t.word for t in _tokens(whole.name)}
    return words


def _said(
    claim: _Claim, extent: tuple[int, int], low: int, high: int, *, originating: bool
) -> _Said:
    names = tuple(m.name for m in claim.mentions if low <= m.start and m.end <= high)
    if not names:
        # "University researchers", "Honduran authorities": the names whose
        # words hold all of the source's but its role
        # words; or, with the whole it is part of, "the university's observatory"
        significant = _content(claim.words[low:high]) - _ROLE_WORDS
        names = tuple(n for n in claim.names if significant and significant <= _with_wholes(n))
    return _Said(extent, (low, high), names, originating)


# --- Matching -------------------------------------------------------------------------------

_COMPATIBLE: Final = {
    "percent": {"share", "change"},
    "rate": {"rate"},
    "money": {"money"},
    "count": {"count"},
    "bare": {"rate", "count"},
}
_COVERED: Final = 0.5  # of a measure's words the claim must name; or:
_PARTLY: Final = 0.3  # with two more of the words its figure stands in
_MORE: Final = 2
_OWN: Final = 3  # or this many words that no other figure's measure (or statement) has
_TIMELY: Final = 0.2  # how much a statement of the claim's time is preferred


def _bag(q: Quantity, about: Iterable[Statement]) -> tuple[frozenset[str], frozenset[str]]:
    # A figure's measure words, and the other words it stands in: its
    # sentence, the sentences of the statements *about* it, who gives it.
    measure = _words_of(q.measure)
    rest = set() if q.citation is None else _words_of(q.citation.quote)
    for s in about:
        rest |= _words_of(str(s))
    if q.attributed_to is not None:
        rest |= _words_of(q.attributed_to.name)
    return frozenset(measure), frozenset(rest - measure)


def _own_words(groups: Sequence[set[str]]) -> list[set[str]]:
    # The words of each group that no other group has.
    seen: dict[str, int] = {}
    for group in groups:
        for w in group:
            seen[w] = seen.get(w, 0) + 1
    return [{w for w in group if seen[w] == 1} for group in groups]


def _candidates(claim: _Claim, figure: _Figure) -> list[tuple[float, Quantity]]:
    # The brief's figures this one may be of, best first: those whose measure
    # the claim names well enough (see _COVERED), of a unit that fits.
    weights = claim.weights(figure)
    bags = claim.index.bags
    # words that a third of the figures stand among ("Honduras") tell none apart
    common = {
        w for w in claim.sentence if sum(w in m or w in r for _, m, r in bags) * 3 > len(bags)
    }
    kinds = {q.measure for q, _, _ in bags if _kind_of(q) in _COMPATIBLE[figure.unit]}
    found = []
    for (q, measure, rest), mine in zip(bags, claim.index.measure_own, strict=True):
        if _kind_of(q) not in _COMPATIBLE[figure.unit]:
            continue
        if figure.counted is not None and figure.counted not in measure:
            continue  # "five vetted units" are not vetted personnel
        covered = sum(min(weights.get(w, 0.0), 1.0) for w in measure)
        before = sum(weights.get(w, 0.0) > 1.0 for w in measure)
        coverage = covered / len(measure)
        extra = len((rest & claim.sentence) - common)
        # a rate only one measure has says what is measured ("per 100,000")
        sole = len(kinds) == 1 and figure.unit == "rate"
        if (
            coverage >= _COVERED
            or (coverage >= _PARTLY and extra >= _MORE)
            or len(mine & claim.sentence) >= _OWN
            or (sole and extra >= _MORE)
        ):
            found.append((coverage + 0.05 * extra + 0.01 * before, q))
    return sorted(found, key=lambda pair: -pair[0])


def _time_of(claim: _Claim, figure: _Figure) -> _Time | None:
    # The claim's time nearest the figure, in its clause; the earlier end of
    # a change has none of its own.
    if any(figure is c.old for c in claim.changes):
        return None
    low, high = claim.clause(figure.at)
    near = [t for t in claim.times if low <= t.words[0] < high]

    def distance(t: _Time) -> tuple[int, int]:
        # words between, and a time after the figure first ("85.5 in 2012")
        if t.words[0] >= figure.after:
            return t.words[0] - figure.after, 0
        return figure.first - t.words[1], 1

    return min(near, key=distance, default=None)


def _choose(claim: _Claim, figure: _Figure) -> tuple[Quantity, _Time | None] | None:
    # The best match; among figures of the same measure, the one of the
    # claim's time, else the one the claim's number fits.
    found = _candidates(claim, figure)
    if not found:
        return None
    best = found[0][1]
    same = [q for _, q in found if q.measure == best.measure]
    time = _time_of(claim, figure)
    if time is not None:
        timed = [q for q in same if q.period is not None and _overlaps(time, q.period)]
        if timed:
            return timed[0], time
    fitting = [
        q
        for q in same
        if (b := _brief_interval(q)) is not None and b.meets(_shaped(figure.interval, _kind_of(q)))
    ]
    return (fitting or same)[0], time


def _best_statement(claim: _Claim, low: int, high: int) -> Statement | None:
    # The statement whose words the clause covers best, at least half of
    # them and two; one of the clause's time where it names one.
    said = _content(claim.words[low:high])
    times = [t for t in claim.times if low <= t.words[0] < high]
    found = []
    for s, core, mine in claim.index.cores:
        if not _of_the_same(claim.index.arguments[s.id], said):
            continue  # of something else
        shared = core & said
        score = len(shared) / len(core) if core else 0.0
        if len(mine & said) >= _OWN:
            score = max(score, _COVERED)
        if len(shared) >= _MORE and score >= _COVERED:
            # one of the claim's time is preferred to a near one of another
            timely = s.period is not None and any(_overlaps(t, s.period) for t in times)
            found.append((score + _TIMELY * timely, s))
    return max(found, key=lambda f: f[0])[1] if found else None


def _ids(arguments: Iterable[object]) -> set[str]:
    return {i for a in arguments if isinstance(i := getattr(a, "id", None), str)}


def _negative(f: Factuality) -> bool:
    return f in {Factuality.CERTAIN_NOT, Factuality.PROBABLE_NOT, Factuality.POSSIBLE_NOT}


_SURENESS: Final = {
    Factuality.CERTAIN: 2, Factuality.CERTAIN_NOT: 2,
    Factuality.PROBABLE: 1, Factuality.PROBABLE_NOT: 1,
    Factuality.POSSIBLE: 0, Factuality.POSSIBLE_NOT: 0,
    Factuality.UNDERSPECIFIED: 0,  # the text does not say how sure: a sure claim says more
}  # fmt: skip
_ANTONYMS: Final = {
    _word(a): _word(b)
    for pair in (
        ("major", "minor"),
        ("primary", "secondary"),
        ("highest", "lowest"),
        ("largest", "smallest"),
    )
    for a, b in (pair, pair[::-1])
}


# --- Findings -----------------------------------------------------------------------------


_DIRECTIONS: Final = frozenset({_word("increase"), _word("decrease")})
"""The words a change goes by ("rose", "fell", "doubled" are read as these)."""
_SHOWN: Final = 80  # characters of the claim's words an explanation quotes


def _quoted(words: str) -> str:
    # The claim's words in quotation marks; a long run of them by its start.
    shown = words if len(words) <= _SHOWN else words[: _SHOWN - 1].rstrip() + "\u2026"
    return f"\u201c{shown}\u201d"


class _Checker:
    """The findings of one claim."""

    def __init__(self, claim: _Claim, source: Source) -> None:
        self.claim = claim
        self.source = source
        self.findings: list[ClaimFinding] = []

    def add(
        self, verdict: Verdict, aspect: Aspect, span: tuple[int, int], record: Any, why: str
    ) -> None:
        start, end = span
        words = Citation(quote=self.claim.text[start:end], start=start, end=end, source=self.source)
        self.findings.append(
            ClaimFinding(
                verdict=verdict, aspect=aspect, claim_words=words, record=record, explanation=why
            )
        )

    def words(self, figure: _Figure) -> str:
        return self.claim.text[figure.start : figure.end]

    def run(self) -> None:
        claim = self.claim
        stated = {c.stated.first for c in claim.changes if c.stated is not None}
        for figure in claim.figures:
            if figure.total or figure.first in stated:
                continue
            self.figure(figure)
        for change in claim.changes:
            if change.stated is not None:
                self.change(change, change.stated)
            else:
                self.turned(change)
        for figure in claim.figures:
            if figure.total:
                self.total(figure)
        if not claim.figures:
            for low, high in claim.clauses():
                self.statement(low, high)
        self.operations()

    # --- a figure ---

    def figure(self, figure: _Figure) -> None:
        claim = self.claim
        chosen = _choose(claim, figure)
        span = (figure.start, figure.end)
        owner = claim.unknown_owner(*claim.clause(figure.at))
        if chosen is None or owner is not None:
            of = f" of {owner}" if owner is not None and chosen is not None else ""
            self.add(
                Verdict.NOT_IN_BRIEF,
                Aspect.FIGURE,
                span,
                None,
                f"The brief has no figure{of} of what {_quoted(self.words(figure))} measures.",
            )
            return
        q, time = chosen
        theirs = _brief_interval(q)
        said = _quoted(self.words(figure))
        named = f"the brief's \u201c{q.text}\u201d ({q.measure})"
        if theirs is None:
            verdict = Verdict.SUPPORTED if figure.sizeless else Verdict.OVERSTATED
            how = "gives no number either" if figure.sizeless else "gives no number"
            self.add(verdict, Aspect.FIGURE, span, q, f"The claim says {said} where {named} {how}.")
        else:
            kind = _kind_of(q)
            mine = _shaped(figure.interval, kind)
            unit = None if kind == "count" else q.unit
            if theirs.within(mine):
                verdict, how = Verdict.SUPPORTED, "lies within the claim's"
            elif theirs.meets(mine):
                verdict, how = Verdict.OVERSTATED, "is wider: the claim says more than the brief"
            else:
                verdict, how = Verdict.CONTRADICTED, "does not meet the claim's"
            self.add(
                verdict,
                Aspect.FIGURE,
                span,
                q,
                f"The claim says {said} ({mine.words(unit)}); {named} "
                f"({theirs.words(unit)}) {how}.",
            )
        if time is not None and q.period is not None and not _overlaps(time, q.period):
            self.add(
                Verdict.CONTRADICTED, Aspect.TIME, claim.span(*time.words), q,
                f"The claim puts {said} at {_quoted(claim.words_at(*time.words))}; "
                f"{named} is for {q.period.format()}.",
            )  # fmt: skip
        self.direction(q, figure)
        statements = claim.index.facts[q.id]
        for s in statements[:1]:  # how sure, who says so and who did it, as the brief's says
            self.factuality(s, claim.clause(figure.at), span)
            self.attribution(s, q.attributed_to)
            self.agent(statements, figure.first, claim.clause(figure.at)[0])

    def turned(self, change: _Change) -> None:
        # "rose from 85.5 to 80": the claim's word for the change against its numbers.
        old, new = change.old, change.new
        if change.falling is None or old.number is None or new.number is None:
            return
        if (
            new.number.value == old.number.value
            or (new.number.value < old.number.value) == change.falling
        ):
            return
        said = "fall" if change.falling else "rise"
        self.add(
            Verdict.MISCALCULATED, Aspect.CHANGE, (old.start, new.end), None,
            f"From {self.words(old)} to {self.words(new)} is a "
            f"{'rise' if change.falling else 'fall'}, not the {said} the claim says.",
        )  # fmt: skip

    def direction(self, q: Quantity, figure: _Figure) -> None:
        # Which way the claim says it went, against the brief: a change's own
        # measure ("could rise 6.4 percent" of a "percent decrease"), or the
        # brief's later figure of the same measure ("could rise in 2013 from
        # 85.5 in 2012").
        claim = self.claim
        low, high = claim.clause(figure.at)
        words = set(claim.words[low:high])
        rises, falls = _word("increase") in words, _word("decrease") in words
        if rises == falls:
            return
        theirs = _words_of(q.measure)
        brief_rises, brief_falls = _word("increase") in theirs, _word("decrease") in theirs
        one_way = brief_rises != brief_falls  # the measure names its direction
        if one_way and rises != brief_rises:
            self.add(
                Verdict.CONTRADICTED, Aspect.CHANGE, claim.span(low, high), q,
                f"The claim has it {'rise' if rises else 'fall'}; the brief's \u201c{q.text}\u201d "
                f"is a {'rise' if brief_rises else 'fall'} ({q.measure}).",
            )  # fmt: skip
            return
        if q.period is None or q.period.end is None or q.value is None:
            return
        later = [
            (o, o.value, o.period) for o in claim.brief.quantities
            if o.measure == q.measure and o.value is not None and o.period is not None
            and o.period.start is not None and o.period.start > q.period.end
        ]  # fmt: skip
        if not later or any(figure in (c.old, c.new) for c in claim.changes):
            return  # a change the claim states is checked by its own arithmetic
        after, value, period = later[0]
        went_up = value > q.value
        if went_up != rises:
            span = claim.span(low, high)
            self.add(
                Verdict.CONTRADICTED, Aspect.CHANGE, span, after,
                f"The claim has it {'rise' if rises else 'fall'} from \u201c{q.text}\u201d; "
                f"the brief's next figure is \u201c{after.text}\u201d ({period.format()}).",
            )  # fmt: skip

    def factuality(self, s: Statement, clause: tuple[int, int], span: tuple[int, int]) -> None:
        hedge = self.claim.hedge(*clause)
        theirs = s.factuality
        if _negative(hedge) != _negative(theirs):
            self.add(
                Verdict.CONTRADICTED,
                Aspect.FACTUALITY,
                span,
                s,
                f"The claim says the opposite of the brief: \u201c{s}\u201d",
            )
        elif _SURENESS[hedge] > _SURENESS[theirs]:
            self.add(
                Verdict.OVERSTATED, Aspect.FACTUALITY, span, s,
                f"The claim is surer ({hedge.value}) than the brief ({theirs.value}): "
                f"\u201c{s}\u201d",
            )  # fmt: skip

    def attribution(self, s: Statement, source: Actor | None) -> None:
        # The source the claim names, against the brief's: that one or a
        # whole it is part of; or the page's own publisher, relaying.
        claim = self.claim
        said = claim.source
        if said is None:
            return
        origin = source or s.according_to
        accepted = {a.id for a in _ancestors(origin)}
        if any(n.actor is not None and n.actor.id in accepted for n in said.names):
            return
        parents = claim.index.page_parents
        page = any(n.page or (n.actor is not None and n.actor.id in parents) for n in said.names)
        if page and (not said.originating or _is_page(claim.brief, origin)):
            return
        span = claim.span(*said.words)
        relay = " (the page reports it; it does not originate it)" if page else ""
        self.add(
            Verdict.MISATTRIBUTED, Aspect.ATTRIBUTION, span, s,
            f"The claim gives it to {_quoted(claim.words_at(*said.named))}; the brief gives it "
            f"to the {origin.name}{relay}: \u201c{s}\u201d",
        )  # fmt: skip

    def agent(self, statements: Sequence[Statement], before: int, low: int) -> None:
        # The doer the claim names before the figure, against the statement's subject.
        claim = self.claim
        acts = [s for s in statements if isinstance(s.subject, Actor)]
        if not acts:
            return
        doer = claim.doer(low, before)
        if doer is None:
            return
        start, end, m = doer
        accepted = {
            a.id for s in acts if isinstance(s.subject, Actor) for a in _ancestors(s.subject)
        }
        page = any(isinstance(s.subject, Actor) and _is_page(claim.brief, s.subject) for s in acts)
        if page:
            accepted |= claim.index.page_parents
        s = acts[0]
        if m is not None and (
            (m.name.actor is not None and m.name.actor.id in accepted) or (page and m.name.page)
        ):
            return
        assert isinstance(s.subject, Actor)  # noqa: S101 -- chosen for it
        self.add(
            Verdict.MISATTRIBUTED, Aspect.AGENT, claim.span(start, end), s,
            f"The claim says {_quoted(claim.words_at(start, end))} did it; the brief "
            f"says the {s.subject.name}: \u201c{s}\u201d",
        )  # fmt: skip

    # --- a change, a total ---

    def change(self, change: _Change, stated: _Figure) -> None:
        old, new = change.old, change.new
        if (
            old.number is None
            or new.number is None
            or old.number.value == 0
            or stated.number is None
        ):
            return
        if stated.points:
            computed, kind = new.number.value - old.number.value, "points"
        else:
            computed, kind = (
                (new.number.value - old.number.value) / old.number.value * 100,
                "percent",
            )
        falls = computed < 0
        magnitude = abs(computed)
        round_step = _round_step(stated.number)
        allowed = stated.interval
        precision = "at the precision it is written to"
        exact = stated.interval == _reading(
            Qualifier.EXACT,
            stated.number.value,
            min(stated.number.step, stated.number.value / _LEVEL_TOLERANCE),
        )
        # "50" for 50.52 is a round figure; "10" for 6.43 is not: a value below
        # the figure's last place is not rounded to it
        if exact and round_step > stated.number.step and magnitude >= 2 * round_step:
            allowed = _reading(Qualifier.EXACT, stated.number.value, round_step)
            precision = f"as a round figure, good to {float(round_step):g} either way"
        shown = f"{float(magnitude):.2f}".rstrip("0").rstrip(".")
        of = f"From {self.words(old)} to {self.words(new)}"
        direction_agrees = change.falling is None or change.falling == falls or computed == 0
        point = _Interval(magnitude, magnitude)
        span = (stated.start, stated.end)
        if point.within(allowed) and direction_agrees:
            self.add(
                Verdict.SUPPORTED,
                Aspect.CHANGE,
                span,
                None,
                f"{of} is a change of {shown} {kind}, which "
                f"{_quoted(self.words(stated))} gives {precision}.",
            )
        else:
            way = "a fall" if falls else "a rise"
            self.add(
                Verdict.MISCALCULATED,
                Aspect.CHANGE,
                span,
                None,
                f"{of} is {way} of {shown} {kind}, not {_quoted(self.words(stated))} "
                f"read {precision}.",
            )

    def total(self, figure: _Figure) -> None:
        claim = self.claim
        span = (figure.start, figure.end)
        interval = _shaped(figure.interval, "count")
        parts = [
            f
            for f in claim.figures
            if not f.total and f.number is not None and f.unit in {"count", "bare"}
        ]
        if parts:
            total = sum((f.number.value for f in parts if f.number is not None), Fraction(0))
            listed = " and ".join(_quoted(self.words(f)) for f in parts)
            verdict = (
                Verdict.SUPPORTED
                if _Interval(total, total).within(interval)
                else Verdict.MISCALCULATED
            )
            self.add(
                verdict,
                Aspect.TOTAL,
                span,
                None,
                f"{listed} make {total}; the claim says {_quoted(self.words(figure))}.",
            )
            return
        found = [q for _, q in _candidates(claim, figure) if q.value is not None]
        if not found:
            self.add(
                Verdict.NOT_IN_BRIEF,
                Aspect.TOTAL,
                span,
                None,
                f"The brief has no figures that {_quoted(self.words(figure))} adds up.",
            )
            return
        total = sum((Fraction(q.value) for q in found if q.value is not None), Fraction(0))
        listed = " and ".join(f"\u201c{q.text}\u201d ({q.measure})" for q in found)
        verdict = (
            Verdict.SUPPORTED if _Interval(total, total).within(interval) else Verdict.CONTRADICTED
        )
        self.add(
            verdict,
            Aspect.TOTAL,
            span,
            found[0],
            f"The brief's {listed} make {total}; the claim says {_quoted(self.words(figure))}.",
        )

    # --- a statement without a figure ---

    def statement(self, low: int, high: int) -> None:
        claim = self.claim
        owner = claim.unknown_owner(low, high)
        s = None if owner is not None else _best_statement(claim, low, high)
        if s is None:
            return
        span = claim.span(low, high)
        before = len(self.findings)
        self.factuality(s, (low, high), span)
        self.grading(s, low, high, span)
        self.attribution(s, None)
        self.agent([s], high, low)
        if s.period is not None:
            for t in claim.times:
                if low <= t.words[0] < high and not _overlaps(t, s.period):
                    self.add(
                        Verdict.CONTRADICTED,
                        Aspect.TIME,
                        claim.span(*t.words),
                        s,
                        f"The brief puts it at {s.period.format()}: \u201c{s}\u201d",
                    )
        if len(self.findings) == before:
            unsaid = self.unsaid(s, low, high)
            if unsaid:
                # Of the same thing, but saying more than the statement: "the
                # homicide rate rose" of "the homicide rate was 85.5 in 2012".
                said = ", ".join(f"\u201c{w}\u201d" for w in unsaid)
                self.add(
                    Verdict.NOT_IN_BRIEF,
                    Aspect.STATEMENT,
                    span,
                    s,
                    f"The brief says: \u201c{s}\u201d; it does not say {said}.",
                )
                return
            self.add(
                Verdict.SUPPORTED, Aspect.STATEMENT, span, s, f"The brief says: \u201c{s}\u201d"
            )

    def unsaid(self, s: Statement, low: int, high: int) -> list[str]:
        # A change the clause says of something the statement states no
        # change of: "the homicide rate rose" of "the homicide rate was 85.5
        # in 2012". The claim's words for it, as it writes them.
        claim = self.claim
        theirs = _words_of(str(s))
        return list(
            dict.fromkeys(
                claim.text[t.start : t.end]
                for t in claim.tokens[low:high]
                if t.word in _DIRECTIONS and not _DIRECTIONS & theirs
            )
        )

    def grading(self, s: Statement, low: int, high: int, span: tuple[int, int]) -> None:
        theirs = _words_of(s.citation.quote)
        for word in self.claim.words[low:high]:
            opposite = _ANTONYMS.get(word)
            if opposite is not None and opposite in theirs and word not in theirs:
                self.add(
                    Verdict.CONTRADICTED,
                    Aspect.STATEMENT,
                    span,
                    s,
                    f"The claim says {word!r} where the brief says {opposite!r}: \u201c{s}\u201d",
                )
                return

    def operations(self) -> None:
        # A time the claim gives an operation it names, against the operation's
        # period or that of the statements about it.
        claim = self.claim
        reported = {f.claim_words.start for f in self.findings if f.aspect is Aspect.TIME}
        for op in claim.brief.operations:
            words = tuple(t.word for t in _tokens(op.name))
            if not any(
                tuple(claim.words[i : i + len(words)]) == words for i in range(len(claim.words))
            ):
                continue
            periods = (
                [op.period]
                if op.period is not None
                else [s.period for s in claim.brief.statements_about(op) if s.period is not None]
            )
            for period, t in itertools.product(periods[:1], claim.times):
                if claim.span(*t.words)[0] in reported:
                    continue
                span = claim.span(*t.words)
                said = _quoted(claim.words_at(*t.words))
                if _overlaps(t, period):
                    self.add(
                        Verdict.SUPPORTED,
                        Aspect.TIME,
                        span,
                        op,
                        f"{op.name} was {period.format()}; the claim says {said}.",
                    )
                else:
                    self.add(
                        Verdict.CONTRADICTED,
                        Aspect.TIME,
                        span,
                        op,
                        f"{op.name} was {period.format()}, not {said}.",
                    )


# --- The public edge ----------------------------------------------------------------------

_MAX_READ: Final = 2_000  # characters of a claim that are read: a sentence, not a book


def check_claim(
    text: str,
    *,
    said_on: pendulum.Date | None = None,
    brief: Brief | None = None,
    url: str | None = None,
) -> ClaimCheck:
    """
    Check one English sentence against the brief: a verdict, its findings and their evidence.

    The rules are in this module's docstring and on the docs' page on
    checking claims: figures as intervals, changes by their arithmetic, how
    sure and whether, who says so and who did it, and when.

    Args:
        text: The claim, one sentence. Only its first 2,000 characters are
            read: a longer text is answered, and no message echoes it.
        said_on: The day the claim was made (a ``datetime.date`` or a
            ``pendulum.Date``), which "last year" and "this year" are read
            by; without it they are not read.
        brief: The brief to hold it against; by default the shipped one.
        url: Where the claim appeared, for its ClaimReview.

    Returns:
        A :class:`ClaimCheck`: its ``verdict``, its ``findings``, and
        ``to_claimreview()``.

    Raises:
        TypeError: If *text* is not a str, *said_on* not a date, *url* not a
            str or *brief* not a Brief.
        ValueError: If *text* is empty or blank.

    Examples:
        >>> check = check_claim("The U.S. trained more than 1,000 Honduran police, prosecutors and judges.")
        >>> check.verdict
        <Verdict.SUPPORTED: 'supported'>
        >>> check = check_claim("Honduras' murder rate was 85.5 per 100,000 in 2013.")
        >>> check.verdict, [f.verdict.value for f in check.findings]
        (<Verdict.CONTRADICTED: 'contradicted'>, ['overstated', 'contradicted'])
        >>> print(check.findings[1].explanation)
        The claim says “85.5 per 100,000” (from 85.45 per 100,000 people to 85.55 per 100,000 people); the brief's “80 per 100,000” (homicide rate in Honduras) (exactly 80 per 100,000 people) does not meet the claim's.
    """  # noqa: E501 -- a doctest is one line
    if not isinstance(text, str):
        msg = f"'text' must be a str, got a {type(text).__name__}"
        raise TypeError(msg)
    if not text.strip():
        msg = "'text' must not be empty or blank"
        raise ValueError(msg)
    if said_on is not None:
        if not isinstance(said_on, dt.date) or isinstance(said_on, dt.datetime):
            msg = (
                f"'said_on' must be a date (not a datetime) or None, got {_shown(said_on)} "
                f"of type {type(said_on).__name__}"
            )
            raise TypeError(msg)
        said_on = pendulum.date(said_on.year, said_on.month, said_on.day)  # the same day
    if url is not None and not isinstance(url, str):
        msg = f"'url' must be a str or None, got {_shown(url)} of type {type(url).__name__}"
        raise TypeError(msg)
    brief = brief_or_default(brief)
    source = Source(text=text, title="Claim", url=url)
    checker = _Checker(_Claim(text[:_MAX_READ], brief, said_on), source)
    checker.run()
    findings = sorted(checker.findings, key=lambda f: (f.claim_words.start, f.aspect.value))
    return ClaimCheck(claim=source, said_on=said_on, brief=brief, findings=tuple(findings))


def check_claims(
    texts: Iterable[str], *, said_on: pendulum.Date | None = None, brief: Brief | None = None
) -> Iterator[ClaimCheck]:
    """
    Check each claim of an archive in turn, as :func:`check_claim` does, lazily.

    Raises:
        TypeError: If *texts* is a str (one claim: use :func:`check_claim`)
            or not iterable; each claim as :func:`check_claim` raises.
    """
    if isinstance(texts, str) or not isinstance(texts, Iterable):
        msg = f"'texts' must be an iterable of str, got a {type(texts).__name__}"
        raise TypeError(msg)
    brief = brief_or_default(brief)
    return (check_claim(text, said_on=said_on, brief=brief) for text in texts)
