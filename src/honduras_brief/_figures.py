"""
Figures read from the words reports write them in.

:func:`parse_figure` reads "more than 1,200", "between $500 and $800
million", "seven" or "dozens of police" into the qualifier, the unit and the
bounds that a :class:`~honduras_brief.Quantity` holds. It is exact: a number
becomes a ``Decimal`` with the digits as written (never a ``float``), and a
bound the words do not give is never made up. Words it cannot read are
refused with a :class:`~honduras_brief.exceptions.FigureParseError` that
quotes them.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

import attrs

from . import _validators as v
from ._display import DisplayMixin
from ._quantities import Qualifier, Unit, amount_words
from .exceptions import FigureParseError, _shown

_ONES: Final = {
    word: n
    for n, word in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"), 1
    )
}
_TEENS: Final = {
    word: n
    for n, word in enumerate(
        (
            "ten", "eleven", "twelve", "thirteen", "fourteen",
            "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ),
        10,
    )
}  # fmt: skip
_TENS: Final = {
    word: 10 * n
    for n, word in enumerate(
        ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"), 2
    )
}
# The scale words, as powers of ten ("hundred" is read inside a group).
_SCALES: Final = {"thousand": 3, "million": 6, "billion": 9}

# "1,200", "85.5", "79.0", "0.5", "$500", "80%": the digits 0-9 only (\d
# would take any script's), thousands grouped by commas or not at all, no
# sign, no exponent, no leading zero.
_NUMERAL: Final = re.compile(
    r"(?P<dollar>\$)?"
    r"(?P<number>(?:0|[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]*)(?:\.[0-9]+)?)"
    r"(?P<percent>%)?"
)

QUALIFIER_WORDS: Final[tuple[tuple[tuple[str, ...], Qualifier], ...]] = (
    (("more", "than"), Qualifier.MORE_THAN),
    (("over",), Qualifier.MORE_THAN),
    (("above",), Qualifier.MORE_THAN),
    (("at", "least"), Qualifier.AT_LEAST),
    (("almost",), Qualifier.ALMOST),
    (("nearly",), Qualifier.ALMOST),
    (("less", "than"), Qualifier.LESS_THAN),
    (("fewer", "than"), Qualifier.LESS_THAN),
    (("under",), Qualifier.LESS_THAN),
    (("at", "most"), Qualifier.AT_MOST),
    (("up", "to"), Qualifier.AT_MOST),
    (("as", "many", "as"), Qualifier.AT_MOST),
    (("as", "much", "as"), Qualifier.AT_MOST),
    (("about",), Qualifier.ABOUT),
    (("some",), Qualifier.ABOUT),
    (("roughly",), Qualifier.ABOUT),
    (("approximately",), Qualifier.ABOUT),
    (("around",), Qualifier.ABOUT),
    (("an", "estimated"), Qualifier.ABOUT),
    (("estimated",), Qualifier.ABOUT),
)
"""The words before a number that qualify it, and how (the claim checker reads them too)."""
_LOW_ONLY: Final = frozenset({Qualifier.MORE_THAN, Qualifier.AT_LEAST})
_HIGH_ONLY: Final = frozenset({Qualifier.ALMOST, Qualifier.LESS_THAN, Qualifier.AT_MOST})

# The indefinites that give no number: the least each can mean, and why.
_INDEFINITES: Final = {
    "dozens": (Qualifier.DOZENS, Decimal(24), "two dozen (24)"),
    "hundreds": (Qualifier.HUNDREDS, Decimal(200), "two hundred (200)"),
}

# Words that go on a figure, so that what follows it cannot begin with them:
# "seven seven", "5 million million" and "more than 80 per" are refused, not
# read as a figure and a noun.
_RESERVED: Final = frozenset(
    {
        *_ONES, *_TEENS, *_TENS, *_SCALES,
        "hundred", "dozen", "dozens", "hundreds", "percent", "per", "cent", "%",
        "dollars", "and", "than", "of",
    }
)  # fmt: skip


@attrs.frozen(kw_only=True)
class FigureReading(DisplayMixin):
    """
    What the words of a figure say: its qualifier, its unit and its bounds.

    The fields mean what they mean on :class:`~honduras_brief.Quantity`, so
    a reading can be checked against a figure field by field.

    Attributes:
        text: The words that were read, as given.
        qualifier: How the words bound the figure.
        unit: The unit the words name ("percent", "per 100,000", "$"), else
            the one passed to :func:`parse_figure`, else ``None``: the unit
            of a bare count ("57 judges") is what the caller says it counts.
        low: The low bound, or ``None`` where the words give none.
        high: The high bound, or ``None`` where the words give none.
        approximately: The number an approximation is near ("about 50" is
            near 50), which bounds nothing; ``None`` for any other figure.
        counted: The words after the figure that name what it counts
            ("these units" in "A number of these units"), without a leading
            "of"; ``None`` when nothing follows it.
        inferred: ``None`` when the bounds are as written; otherwise why
            they say more than the words ("dozens" gives no number).
    """

    text: str = attrs.field(validator=v.instance_of(str))
    qualifier: Qualifier = attrs.field(validator=v.instance_of(Qualifier))
    unit: Unit | None = attrs.field(validator=v.optional_instance_of(Unit))
    low: Decimal | None = attrs.field(default=None, validator=v.optional_decimal)
    high: Decimal | None = attrs.field(default=None, validator=v.optional_decimal)
    approximately: Decimal | None = attrs.field(default=None, validator=v.optional_decimal)
    counted: str | None = attrs.field(default=None, validator=v.optional_text)
    inferred: str | None = attrs.field(default=None, validator=v.optional_text)

    @property
    def value(self) -> Decimal | None:
        """The figure, when the words give one exact number; else ``None``."""
        return self.low if self.qualifier is Qualifier.EXACT else None

    def format(self) -> str:
        """
        The reading in words, as :meth:`~honduras_brief.Quantity.format` gives a figure.

        Examples:
            >>> parse_figure("between $500 and $800 million").format()
            '$500 million – $800 million'
            >>> parse_figure("about 50", unit=Unit.PERSONS).format()
            'about 50 persons'
        """
        return amount_words(self.qualifier, self.unit, self.low, self.high, self.approximately)


@attrs.frozen
class _Amount:
    """One number as read: its value, its unit, and the scale word ending it."""

    value: Decimal
    unit: Unit | None
    scaled: bool  # whether a scale word ("million") is part of it
    power: int | None  # the power of ten of the scale word it ends with, if any


def _scaled(number: Decimal, power: int) -> Decimal:
    # "1.5 million" is 1500000: the written digits with the point moved, and
    # zeros rather than a positive exponent where it moves past them. Built
    # from the digits, so no decimal context can round it.
    sign, digits, exponent = number.as_tuple()
    assert isinstance(exponent, int)  # noqa: S101 -- narrowing: a numeral is finite
    exponent += power
    if exponent > 0:
        digits, exponent = (*digits, *(0,) * exponent), 0
    return Decimal((sign, digits, exponent))


def _small(word: str) -> int | None:
    # 1 to 99 in words: "seven", "nineteen", "forty", "twenty-five".
    if word in _ONES:
        return _ONES[word]
    if word in _TEENS:
        return _TEENS[word]
    if word in _TENS:
        return _TENS[word]
    tens, _, ones = word.partition("-")
    if tens in _TENS and ones in _ONES:
        return _TENS[tens] + _ONES[ones]
    return None


class _Reader:
    """The words of one figure, read left to right."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words = text.split()
        self.lowered = [w.lower() for w in self.words]
        self.at = 0

    def fail(self, reason: str) -> FigureParseError:
        return FigureParseError(self.text, reason)

    def peek(self, ahead: int = 0) -> str | None:
        at = self.at + ahead
        return self.lowered[at] if at < len(self.lowered) else None

    def take(self, *words: str) -> bool:
        if tuple(self.lowered[self.at : self.at + len(words)]) == words:
            self.at += len(words)
            return True
        return False

    def group(self, *, first: bool) -> int | None:
        # Below a thousand: "seven", "a hundred", "two hundred forty-five".
        # "a" counts as one only before "hundred", "dozen" or a scale word,
        # and only at the start ("one million a hundred" is not a number).
        word = self.peek()
        if word == "a" and first and self.peek(1) in {"hundred", "dozen", *_SCALES}:
            value = 1
        elif word is not None and (small := _small(word)) is not None:
            value = small
        else:
            return None
        self.at += 1
        if self.peek() == "hundred":
            if value > 9:  # noqa: PLR2004 -- "nineteen hundred" is a year's way of speaking
                raise self.fail(f"'{word} hundred' is not how a number is written")
            self.at += 1
            value *= 100
            rest = self.peek()
            if rest is not None and (small := _small(rest)) is not None:
                self.at += 1
                value += small
        return value

    def number_words(self) -> Decimal | None:
        group = self.group(first=True)
        if group is None:
            return None
        if self.take("dozen"):
            return Decimal(group * 12)
        total, last = 0, max(_SCALES.values()) + 1
        while (power := _SCALES.get(self.peek() or "")) is not None and power < last:
            self.at += 1
            total, last = total + group * 10**power, power
            group = self.group(first=False) or 0
        return Decimal(total + group)

    def amount(self) -> _Amount:
        word = self.peek()
        if word is None:
            raise self.fail("it gives no number")
        start = self.at
        unit: Unit | None = None
        if numeral := _NUMERAL.fullmatch(word):
            self.at += 1
            if numeral["dollar"] and numeral["percent"]:
                raise self.fail(f"{_shown(self.words[start])} is both dollars and a percentage")
            unit = Unit.US_DOLLARS if numeral["dollar"] else None
            unit = Unit.PERCENT if numeral["percent"] else unit
            value = Decimal(numeral["number"].replace(",", ""))
            power = _SCALES.get(self.peek() or "")
            if power is not None:
                self.at += 1
                value = _scaled(value, power)
        else:
            read = self.number_words()
            if read is None:
                raise self.fail(f"{_shown(self.words[start])} is not a number")
            value = read
        ends = self.lowered[self.at - 1]
        scaled = any(w in _SCALES for w in self.lowered[start : self.at])
        named = self.unit_words()
        if named is not None and unit is not None:
            raise self.fail("it names two units")
        return _Amount(value, named or unit, scaled, _SCALES.get(ends))

    def unit_words(self) -> Unit | None:
        if self.take("percent") or self.take("per", "cent") or self.take("%"):
            return Unit.PERCENT
        if self.take("per", "100,000") or self.take("per", "100000"):
            return Unit.PER_100000_POPULATION
        if self.take("dollars"):
            return Unit.US_DOLLARS
        return None

    def counted(self, *, after_of: bool = False) -> str | None:
        # What follows the figure names what it counts: "judges", "of police".
        after_of = self.take("of") or after_of
        if self.peek() is None:
            if after_of:
                raise self.fail("'of' is not followed by what the figure counts")
            return None
        first = self.lowered[self.at]
        if first in _RESERVED or _small(first) is not None:
            raise self.fail(f"{_shown(self.words[self.at])} cannot follow the figure")
        rest = self.words[self.at :]
        if any(ch.isdigit() for word in rest for ch in word):
            raise self.fail(f"{_shown(' '.join(rest))} after the figure holds a number")
        return " ".join(rest)


def _between(reader: _Reader) -> tuple[Decimal, Decimal, Unit | None]:
    low = reader.amount()
    if not reader.take("and"):
        raise reader.fail("'between' needs 'and' between its two numbers")
    high = reader.amount()
    if low.unit is not None and high.unit is not None and low.unit is not high.unit:
        raise reader.fail(f"its two numbers are in {low.unit.value} and {high.unit.value}")
    low_value = low.value
    # "between 500 and 800 million": a scale word on the second number only
    # is the scale of both, as it is read.
    if not low.scaled and high.power is not None:
        low_value = _scaled(low_value, high.power)
    if not low_value < high.value:
        raise reader.fail(f"its low bound {low_value} is not below its high bound {high.value}")
    return low_value, high.value, low.unit or high.unit


def _refuse(text: object) -> str:
    if not isinstance(text, str):
        msg = f"'text' must be a str, got {_shown(text)} of type {type(text).__name__}"
        raise TypeError(msg)
    if not text.strip():
        raise FigureParseError(text, "it is empty")
    # int() and Decimal() would read "٨٥" as 85: only 0-9 are digits here.
    foreign = [ch for ch in text if ch.isnumeric() and not ("0" <= ch <= "9")]
    if foreign:
        raise FigureParseError(text, f"{_shown(foreign[0])} is not one of the digits 0-9")
    return text


def parse_figure(text: str, *, unit: Unit | None = None) -> FigureReading:
    """
    Read a figure from the words a report writes it in.

    The forms read, in any case and with any spacing:

    - numerals: "57", "1,200", "85.5", "79.0" (the ``Decimal`` keeps the
      digits written, so "79.0" is ``Decimal('79.0')``);
    - number words: "seven", "twenty-five", "a hundred", "two hundred
      forty-five", "a dozen", "three thousand";
    - scale words after either: "1.5 million" (1500000), "$800 million",
      "$1.2 billion";
    - units: "$500" and "500 dollars" (``US_DOLLARS``), "80 percent",
      "80 per cent" and "80%" (``PERCENT``), "85.5 per 100,000"
      (``PER_100000_POPULATION``);
    - qualifiers before the number: "more than", "over" and "above"
      (``MORE_THAN``), "at least" (``AT_LEAST``), "almost" and "nearly"
      (``ALMOST``), "less than", "fewer than" and "under" (``LESS_THAN``),
      "at most", "up to", "as many as" and "as much as" (``AT_MOST``), and
      "between ... and ..." (``BETWEEN``; a
      unit or a scale word on one number is that of both, so "between $500
      and $800 million" is 500000000 to 800000000);
    - approximations: "about", "some", "roughly", "approximately",
      "around" and "an estimated" (``ABOUT``): no bound, and the number in
      :attr:`FigureReading.approximately`;
    - indefinites: "many" (``MANY``) and "a number of" (``SOME``), with no
      bound; "dozens" (``DOZENS``, at least 24) and "hundreds"
      (``HUNDREDS``, at least 200), inferred with the reason.

    Words after the figure name what it counts ("57 judges", "dozens of
    police", "A number of these units"): they are returned in
    :attr:`FigureReading.counted`, never read as a unit. A unit of a bare
    count is not in the words: pass it as *unit*, or the reading has none.

    Args:
        text: The words of the figure.
        unit: The unit of what the figure counts, when the words do not
            name one; it must agree with the unit they do name.

    Returns:
        What the words say, with the fields of :class:`~honduras_brief.Quantity`.

    Raises:
        FigureParseError: A ``ValueError`` quoting the words, for anything
            else: no number ("", "more than", "eleventy", "NaN"), an
            exponent or a sign ("1e999"), digits other than 0-9 ("٨٥"), a
            "between" whose low number is not below its high one, two
            units, or a unit other than *unit*.
        TypeError: If *text* is not a ``str`` or *unit* not a ``Unit``.

    Examples:
        >>> r = parse_figure("between $500 and $800 million")
        >>> r.qualifier, r.unit, r.low, r.high
        (<Qualifier.BETWEEN: 'between'>, <Unit.US_DOLLARS: 'usd'>, Decimal('500000000'), Decimal('800000000'))
        >>> r = parse_figure("A number of these units", unit=Unit.UNITS)
        >>> r.qualifier, r.unit, r.low, r.counted
        (<Qualifier.SOME: 'some'>, <Unit.UNITS: 'units'>, None, 'these units')
        >>> parse_figure("dozens").low, parse_figure("almost 250").high
        (Decimal('24'), Decimal('250'))
        >>> parse_figure("eleventy")
        Traceback (most recent call last):
          ...
        honduras_brief.exceptions.FigureParseError: cannot read 'eleventy' as a figure: 'eleventy' is not a number
    """  # noqa: E501 -- a doctest's output is one line
    text = _refuse(text)
    if unit is not None and not isinstance(unit, Unit):
        msg = f"'unit' must be a Unit or None, got {_shown(unit)} of type {type(unit).__name__}"
        raise TypeError(msg)
    reader = _Reader(text)
    low: Decimal | None = None
    high: Decimal | None = None
    near: Decimal | None = None
    named: Unit | None = None
    inferred: str | None = None
    word = reader.peek()
    if word in _INDEFINITES:
        reader.at += 1
        qualifier, low, least = _INDEFINITES[word]
        inferred = f"{_shown(reader.words[0])} gives no number; {least} is the least it can mean."
        counted = reader.counted()
    elif reader.take("many"):
        qualifier, counted = Qualifier.MANY, reader.counted()
    elif reader.take("a", "number", "of"):
        qualifier, counted = Qualifier.SOME, reader.counted(after_of=True)
    elif reader.take("between"):
        qualifier = Qualifier.BETWEEN
        low, high, named = _between(reader)
        counted = reader.counted()
    else:
        taken = (q for words, q in QUALIFIER_WORDS if reader.take(*words))
        qualifier = next(taken, Qualifier.EXACT)
        amount = reader.amount()
        named = amount.unit
        if qualifier is Qualifier.EXACT:
            low = high = amount.value
        elif qualifier in _LOW_ONLY:
            low = amount.value
        elif qualifier in _HIGH_ONLY:
            high = amount.value
        else:
            near = amount.value
        counted = reader.counted()
    if named is not None and unit is not None and named is not unit:
        raise reader.fail(f"the words give {named.value}, not {unit.value}")
    return FigureReading(
        text=text,
        qualifier=qualifier,
        unit=named or unit,
        low=low,
        high=high,
        approximately=near,
        counted=counted,
        inferred=inferred,
    )
