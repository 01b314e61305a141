"""
Figures as the text gives them, and exact changes between figures.

A :class:`Quantity` keeps what the words say and no more: "more than 1,200"
is a lower bound of 1,200 with no upper bound, never the number 1,200.
"""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import Any, Final

import attrs

from . import _validators as v
from ._actors import Actor
from ._dates import DateRange
from ._readings import Reading, readings_of
from ._record import RecordBase
from ._source import Citation
from ._vocabulary import SlugVocabulary
from .exceptions import CitationError, InvalidRangeError, _shown


class Qualifier(enum.Enum):
    """
    How the words bound a figure, which fixes which bounds it has.

    ============  =====================================  =================
    qualifier     example                                bounds
    ============  =====================================  =================
    EXACT         "57 judges"                            low == high
    MORE_THAN     "more than 1,200" (exclusive)          low only
    AT_LEAST      "at least 10" (inclusive)              low only
    ALMOST        "almost 250" (exclusive)               high only
    LESS_THAN     "less than 10" (exclusive)             high only
    AT_MOST       "at most 10" (inclusive)               high only
    BETWEEN       "between $500 and $800 million"        low < high
    ABOUT         "about 50", "some 200" (near it)       neither
    DOZENS        "dozens of police" (24 or more)        low only, inferred
    HUNDREDS      "hundreds of officers" (200 or more)   low only, inferred
    SOME          "a number of these units"              neither
    MANY          "many Honduran citizens"               neither
    ============  =====================================  =================

    An approximation ("about", "some", "roughly", "approximately") bounds
    the figure on neither side: how far from its number it may fall, the
    words do not say, and no bound is made up for them.
    """

    EXACT = "exact"
    MORE_THAN = "more-than"
    AT_LEAST = "at-least"
    ALMOST = "almost"
    LESS_THAN = "less-than"
    AT_MOST = "at-most"
    BETWEEN = "between"
    ABOUT = "about"
    DOZENS = "dozens"
    HUNDREDS = "hundreds"
    SOME = "some"
    MANY = "many"

    @property
    def is_approximate(self) -> bool:
        """Whether a figure so qualified is anything but one exact number."""
        return self is not Qualifier.EXACT

    @property
    def low_is_exclusive(self) -> bool:
        """Whether the low bound itself is excluded ("more than")."""
        return self is Qualifier.MORE_THAN

    @property
    def high_is_exclusive(self) -> bool:
        """Whether the high bound itself is excluded ("almost", "less than")."""
        return self in (Qualifier.ALMOST, Qualifier.LESS_THAN)


# Which bounds each qualifier has: (low is set, high is set).
_BOUNDS: dict[Qualifier, tuple[bool, bool]] = {
    Qualifier.EXACT: (True, True),
    Qualifier.MORE_THAN: (True, False),
    Qualifier.AT_LEAST: (True, False),
    Qualifier.ALMOST: (False, True),
    Qualifier.LESS_THAN: (False, True),
    Qualifier.AT_MOST: (False, True),
    Qualifier.BETWEEN: (True, True),
    Qualifier.ABOUT: (False, False),
    Qualifier.DOZENS: (True, False),
    Qualifier.HUNDREDS: (True, False),
    Qualifier.SOME: (False, False),
    Qualifier.MANY: (False, False),
}


# The qualifiers whose low bound is read into words that give no number.
_INDEFINITE: Final = frozenset({Qualifier.DOZENS, Qualifier.HUNDREDS})


class Unit(SlugVocabulary):
    """
    What a figure counts or measures in (an open vocabulary).

    A unit the library did not ship is written after the number in its own
    words: ``Unit("metric-tons").format_value(Decimal("20"))`` is "20 metric tons".
    """

    PERCENT = "percent"
    PER_100000_POPULATION = "per-100000-population"
    US_DOLLARS = "usd"
    PERSONS = "persons"
    UNITS = "units"
    """Organisational units: squads, task forces and the like."""

    def format_value(self, value: Decimal | int) -> str:
        """
        *value* in this unit, as a person writes it.

        The digits are those held (``Decimal("79.0")`` stays "79.0"),
        grouped by commas; a whole number of millions or billions is
        written with the word ("$500 million").

        Raises:
            TypeError: If *value* is not a ``Decimal`` or an ``int``.
            ValueError: If *value* is NaN or infinite.

        Examples:
            >>> Unit.US_DOLLARS.format_value(Decimal("500000000"))
            '$500 million'
            >>> Unit.PER_100000_POPULATION.format_value(Decimal("85.5"))
            '85.5 per 100,000 people'
            >>> Unit.PERSONS.format_value(1200), Unit.PERSONS.format_value(1)
            ('1,200 persons', '1 person')
        """
        # Not named format: mypy reads a call of format on a member whose
        # value is a str as str.format, and refuses it.
        return _in_unit(_finite(value), self)


class Basis(enum.Enum):
    """Whether the text reports a figure, estimates it or projects it."""

    REPORTED = "reported"
    ESTIMATED = "estimated"
    PROJECTED = "projected"


def _in_citation(instance: Any, _attribute: attrs.Attribute[Any], value: object) -> None:
    # The literal phrase must stand once inside the cited words, so that its
    # own place in the source text is known exactly (see Quantity.span).
    if value is None:
        return
    assert isinstance(value, Citation)  # noqa: S101 -- narrowing; the validator before checked it
    count = value.quote.count(instance.text)
    if count != 1:
        where = "is not in" if count == 0 else f"occurs {count} times in"
        msg = f"'text' {_shown(instance.text)} {where} its citation {_shown(value.quote)}"
        raise CitationError(msg)


@attrs.frozen(kw_only=True)
class Quantity(RecordBase):
    """
    A figure from the text: its bounds, its words and where they stand.

    Attributes:
        id: Stable slug.
        measure: What the figure measures, in our words.
        text: The literal phrase as written ("more than 1,200"); it stands
            once inside *citation*.
        qualifier: How the words bound the figure; it fixes which of *low*
            and *high* are set (see :class:`Qualifier`).
        unit: What the figure counts or measures in.
        basis: Whether the text reports, estimates or projects it.
        low: The low bound, or ``None`` where the text gives none.
        high: The high bound, or ``None`` where the text gives none.
        citation: The words around the figure, where it comes from the brief.
        period: When the figure holds, where the text says.
        attributed_to: Who the text says gives the figure.
        derived_from: Ids of the figures this one is stated to derive from.
        readings: The values of its fields that are read into the words
            rather than stated by them, each with its reason.
        inferred: ``None`` when the bounds are as written; otherwise why
            they say more than the words ("dozens" read as 24 or more).

    Examples:
        >>> q = Quantity(
        ...     id="trained",
        ...     measure="people trained",
        ...     text="more than 1,200",
        ...     qualifier=Qualifier.MORE_THAN,
        ...     unit=Unit.PERSONS,
        ...     basis=Basis.REPORTED,
        ...     low=Decimal("1200"),
        ... )
        >>> q.value is None, q.low, q.high
        (True, Decimal('1200'), None)
    """

    id: str = attrs.field(validator=v.slug)
    measure: str = attrs.field(repr=False, validator=v.text)
    text: str = attrs.field(validator=v.text)
    qualifier: Qualifier = attrs.field(validator=v.instance_of(Qualifier))
    unit: Unit = attrs.field(validator=v.instance_of(Unit))
    basis: Basis = attrs.field(repr=False, validator=v.instance_of(Basis))
    low: Decimal | None = attrs.field(default=None, validator=v.optional_decimal)
    high: Decimal | None = attrs.field(default=None, validator=v.optional_decimal)
    citation: Citation | None = attrs.field(
        repr=False,
        default=None,
        validator=[v.optional_instance_of(Citation), _in_citation],
    )
    period: DateRange | None = attrs.field(
        repr=False, default=None, validator=v.optional_instance_of(DateRange)
    )
    attributed_to: Actor | None = attrs.field(
        repr=False, default=None, validator=v.optional_instance_of(Actor)
    )
    derived_from: tuple[str, ...] = attrs.field(repr=False, default=(), validator=v.tuple_of(str))
    inferred: str | None = attrs.field(repr=False, default=None, validator=v.optional_text)
    readings: tuple[Reading, ...] = attrs.field(repr=False, default=(), validator=readings_of)

    @property
    def is_stated(self) -> bool:
        """
        Whether the words say all of it: its bounds, its period and every value.

        Examples:
            >>> from honduras_brief import BRIEF
            >>> BRIEF.lookup("judges-dismissed").is_stated  # "by mid-year": no year
            False
        """
        return (
            self.inferred is None
            and not self.readings
            and (self.period is None or self.period.is_stated)
        )

    def __attrs_post_init__(self) -> None:
        wants_low, wants_high = _BOUNDS[self.qualifier]
        for name, wanted, bound in (("low", wants_low, self.low), ("high", wants_high, self.high)):
            if wanted and bound is None:
                msg = f"a figure qualified {self.qualifier.value!r} needs {name!r}, got None"
                raise InvalidRangeError(msg)
            if not wanted and bound is not None:
                msg = (
                    f"a figure qualified {self.qualifier.value!r} has no {name!r} bound, "
                    f"got {_shown(bound)}"
                )
                raise InvalidRangeError(msg)
        if self.low is not None and self.high is not None:
            if self.qualifier is Qualifier.EXACT and self.low != self.high:
                msg = f"an exact figure has 'low' == 'high', got {self.low} and {self.high}"
                raise InvalidRangeError(msg)
            if self.qualifier is Qualifier.BETWEEN and not self.low < self.high:
                msg = f"'low' ({self.low}) must be below 'high' ({self.high})"
                raise InvalidRangeError(msg)
        if self.qualifier in _INDEFINITE and self.inferred is None:
            msg = (
                f"a figure qualified {self.qualifier.value!r} needs 'inferred': "
                "the words give no number"
            )
            raise InvalidRangeError(msg)

    @property
    def value(self) -> Decimal | None:
        """The figure, when the text gives one exact number; else ``None``."""
        return self.low if self.qualifier is Qualifier.EXACT else None

    @property
    def span(self) -> tuple[int, int] | None:
        """Offsets of :attr:`text` in the source text, when it is cited."""
        if self.citation is None:
            return None
        start = self.citation.start + self.citation.quote.index(self.text)
        return start, start + len(self.text)

    def format(self) -> str:
        """
        The figure in words, from its qualifier, its unit and its bounds.

        It says what the record holds and no more: a bound says which it is
        ("more than 1,200 persons"), a range gives both ends, and "dozens"
        gives the least it is read as.

        Examples:
            >>> from honduras_brief import BRIEF, NEPTUNE_SEIZED_VALUE
            >>> NEPTUNE_SEIZED_VALUE.format()
            '$500 million – $800 million'
            >>> BRIEF.lookup("people-trained-by-the-united-states").format()
            'more than 1,200 persons'
            >>> BRIEF.lookup("homicide-rate-2012").format()
            '85.5 per 100,000 people'
            >>> BRIEF.lookup("police-and-prosecutors-removed").format()
            'dozens (at least 24 persons)'
        """
        return amount_words(self.qualifier, self.unit, self.low, self.high)


# --- In words ----------------------------------------------------------------------

_SCALE_WORDS: Final = ((9, "billion"), (6, "million"))
_SCALED_PLACES: Final = 3  # "$1.25 million"; a figure finer than that is written in full
_NO_NUMBER: Final = "\u2014"  # a bound the record lacks, though its qualifier wants it
_BOUND_WORDS: Final = {
    Qualifier.MORE_THAN: "more than",
    Qualifier.AT_LEAST: "at least",
    Qualifier.ALMOST: "almost",
    Qualifier.LESS_THAN: "less than",
    Qualifier.AT_MOST: "at most",
}
# What a unit counts, after a number (one, more) or a word such as "many".
_NOUNS: Final = {
    Unit.PERCENT: ("percent", "percent"),
    Unit.PER_100000_POPULATION: ("per 100,000 people", "per 100,000 people"),
    Unit.US_DOLLARS: ("US dollar", "US dollars"),  # after a word; a number takes "$"
    Unit.PERSONS: ("person", "persons"),
    Unit.UNITS: ("unit", "units"),
}


def _finite(value: object) -> Decimal | int:
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        kind = type(value).__name__
        msg = f"'value' must be a Decimal or an int, got {_shown(value)} of type {kind}"
        raise TypeError(msg)
    if isinstance(value, Decimal) and not value.is_finite():
        msg = f"'value' must be finite, got {_shown(value)}"
        raise ValueError(msg)
    return value


def _number(value: Decimal | int) -> str:
    # The digits held, grouped by commas; a whole number of millions or
    # billions with its word. Built from the digits, so no context rounds it.
    number = Decimal(value)
    for power, word in _SCALE_WORDS:
        if number.adjusted() >= power:
            sign, digits, exponent = number.as_tuple()
            assert isinstance(exponent, int)  # noqa: S101 -- narrowing: the number is finite
            exponent -= power
            while len(digits) > 1 and digits[-1] == 0 and exponent < 0:  # 500.000000 is 500
                digits, exponent = digits[:-1], exponent + 1
            if exponent >= -_SCALED_PLACES:
                return f"{Decimal((sign, digits, exponent)):,f} {word}"
            break
    return f"{number:,f}"


def _in_unit(value: Decimal | int | None, unit: Unit | None, *, noun: bool = True) -> str:
    # One number with its unit: "$500 million", "85.5 per 100,000 people",
    # "1 person"; without the noun of a unit written after the number when
    # *noun* is false (the first end of a range).
    if value is None:
        return _NO_NUMBER
    number = _number(value)
    if unit is Unit.US_DOLLARS:
        return f"-${number[1:]}" if number.startswith("-") else f"${number}"
    if unit is None or not noun:
        return number
    one, more = _NOUNS.get(unit, (unit.words, unit.words))
    return f"{number} {one if number == '1' else more}"


def amount_words(
    qualifier: Qualifier,
    unit: Unit | None,
    low: Decimal | None,
    high: Decimal | None,
    approximately: Decimal | None = None,
) -> str:
    """
    A figure in words, from its qualifier, its unit and its bounds.

    The one place figures are put in words: :meth:`Quantity.format`, a
    reading's :meth:`~honduras_brief.FigureReading.format` and the notebook
    display use it. *unit* may be ``None`` (a bare count); *approximately*
    is the number an "about" figure is near, where it is known.

    Examples:
        >>> amount_words(Qualifier.BETWEEN, Unit.PERCENT, Decimal(5), Decimal("7.5"))
        '5–7.5 percent'
        >>> amount_words(Qualifier.ABOUT, None, None, None, approximately=Decimal(50))
        'about 50'
        >>> amount_words(Qualifier.ABOUT, Unit.PERSONS, None, None)
        'an approximate number of persons'
        >>> amount_words(Qualifier.MANY, Unit.PERSONS, None, None)
        'many persons'
    """
    if qualifier is Qualifier.BETWEEN:
        first, last = _in_unit(low, unit, noun=False), _in_unit(high, unit, noun=False)
        dash = " \u2013 " if " " in first + last else "\u2013"  # "$500 million – $800 million"
        return f"{first}{dash}{_in_unit(high, unit)}"
    bound = low if low is not None else high
    if qualifier is Qualifier.EXACT:
        return _in_unit(bound, unit)
    if qualifier in _BOUND_WORDS:
        return f"{_BOUND_WORDS[qualifier]} {_in_unit(bound, unit)}"
    if qualifier in _INDEFINITE:
        return f"{qualifier.value} (at least {_in_unit(bound, unit)})"
    noun = "" if unit is None else f" {_NOUNS[unit][1]}"
    if qualifier is Qualifier.ABOUT:
        if approximately is not None:
            return f"about {_in_unit(approximately, unit)}"
        return f"an approximate number{' of' if noun else ''}{noun}"
    return f"{qualifier.value}{noun}"  # "many persons", "some units"
