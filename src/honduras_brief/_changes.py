"""
Exact changes between figures, their description in words, and checks.

Percent and percentage-point changes, and checks of stated changes.

Every function takes plain numbers or :class:`Quantity` figures. Numbers give
a ``Decimal``; a figure that is a range or a bound gives the
:class:`ChangeRange` of every change its bounds allow, never a point.
"""

from __future__ import annotations

import decimal
import enum
import math
from collections.abc import Callable
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import Final, overload

import attrs

from ._display import short_decimal, short_repr
from ._quantities import Quantity, Unit
from ._record import RecordBase
from .exceptions import FigureTypeError, PercentChangeError, _shown

Number = int | Decimal | float
"""What the change functions take as a plain figure."""

_CONTEXT: Final = decimal.Context(
    prec=28, rounding=decimal.ROUND_HALF_EVEN, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN
)
# A private context, so that a caller's decimal.getcontext() settings cannot
# change our results, and so that a percent change carries 28 significant
# digits; its exponents are as wide as decimal allows, so that a change from
# a tiny or to a huge figure is computed, not overflowed. Every operation
# here goes through it, through a copy with as many digits as the operation
# needs (worked out from its operands), or is exact (copy_abs, copy_negate).
_EXACT: Final = decimal.Context(
    prec=_CONTEXT.prec,
    rounding=_CONTEXT.rounding,
    Emax=_CONTEXT.Emax,
    Emin=_CONTEXT.Emin,
    traps=[decimal.Rounded, decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)
# _CONTEXT, but refusing to drop a digit (even a zero): (new - old) * 100
# fits in 28 digits for figures as reports write them, and then one division
# rounds the change and writes it as the exact quantities would.
_MOST_PLACES: Final = 100
# The finest (and coarsest) rounding describe_change and check_change take:
# finer says nothing a figure can. Their words and verdicts are exact at any
# places within it, whatever digits the figures have.

_HUNDRED: Final = Decimal(100)
_INFINITY: Final = Decimal("Infinity")
_Change = Callable[[Decimal, Decimal], Decimal | None]


def to_decimal(value: object, name: str, *, quantity: bool = True) -> Decimal:
    """
    *value* as a finite :class:`~decimal.Decimal`, without loss.

    An ``int`` or a ``Decimal`` is taken as it is; a ``float`` through its
    shortest decimal form, so ``85.5`` stays ``Decimal('85.5')`` rather than
    the binary fraction nearest to it. ``bool``, strings and anything else
    are refused, and so are NaN and the infinities.

    Raises:
        FigureTypeError: If *value* is not a number; the message names *name*.
        PercentChangeError: If *value* is NaN or infinite.

    Examples:
        >>> to_decimal(85.5, "old")
        Decimal('85.5')
    """
    if isinstance(value, bool) or not isinstance(value, int | Decimal | float):
        kinds = (
            "an int, a Decimal, a float or a Quantity"
            if quantity
            else "an int, a Decimal or a float"
        )
        msg = f"{name!r} must be {kinds}, got {_shown(value)} of type {type(value).__name__}"
        raise FigureTypeError(msg)
    if isinstance(value, float):
        if not math.isfinite(value):
            msg = f"{name!r} must be finite, got {_shown(value)}"
            raise PercentChangeError(msg)
        # float() first: a subclass (numpy.float64) may repr itself otherwise.
        return Decimal(repr(float(value)))
    result = Decimal(value)
    if not result.is_finite():
        msg = f"{name!r} must be finite, got {_shown(value)}"
        raise PercentChangeError(msg)
    return result


@attrs.frozen
class _End:
    """
    One end of an interval.

    Its value is infinite where the interval is unbounded; *closed* says
    whether the value itself belongs to the interval.
    """

    value: Decimal
    closed: bool


def _ends(figure: object, name: str) -> tuple[_End, _End]:
    if isinstance(figure, Quantity):
        q = figure.qualifier
        low = (
            _End(_INFINITY.copy_negate(), closed=False)
            if figure.low is None
            else _End(figure.low, closed=not q.low_is_exclusive)
        )
        high = (
            _End(_INFINITY, closed=False)
            if figure.high is None
            else _End(figure.high, closed=not q.high_is_exclusive)
        )
        return low, high
    point = to_decimal(figure, name)
    return _End(point, closed=True), _End(point, closed=True)


@attrs.frozen(kw_only=True)
class ChangeRange(RecordBase):
    """
    The changes that approximate figures allow.

    Every change between a value the old figure allows and one the new
    figure allows lies in it.

    Attributes:
        low: The least change, or ``None`` when there is no least.
        high: The greatest change, or ``None`` when there is no greatest.
        low_exclusive: Whether *low* itself is excluded (it is a limit the
            changes approach, or comes from an exclusive bound).
        high_exclusive: Whether *high* itself is excluded.

    Examples:
        >>> from honduras_brief import BRIEF
        >>> r = percent_change(BRIEF.lookup("people-trained-by-the-united-states"), 1500)
        >>> r.low, r.high, r.high_exclusive
        (Decimal('-100'), Decimal('25'), True)
    """

    low: Decimal | None
    high: Decimal | None
    low_exclusive: bool = False
    high_exclusive: bool = False

    @property
    def is_point(self) -> bool:
        """Whether the range is one exact change (both figures were exact)."""
        return self.low is not None and self.low == self.high and not self.low_exclusive

    def __contains__(self, value: object) -> bool:
        """Whether *value* (a number) is a change the figures allow."""
        x = to_decimal(value, "value")
        above = self.low is None or x > self.low or (x == self.low and not self.low_exclusive)
        below = self.high is None or x < self.high or (x == self.high and not self.high_exclusive)
        return above and below

    def __repr__(self) -> str:
        # The values stay exact; their repr shows five significant digits.
        return short_repr(self)

    def _summary(self) -> str:
        # For the notebook's caption: "-6.4327…", "-100 ≤ change < 25".
        if self.is_point and self.low is not None:
            return short_decimal(self.low)
        low = high = ""
        if self.low is not None:
            low = f"{short_decimal(self.low)} {'<' if self.low_exclusive else '≤'} "
        if self.high is not None:
            high = f" {'<' if self.high_exclusive else '≤'} {short_decimal(self.high)}"
        return f"{low}change{high}" if low or high else "any change"


def _extremes(old: object, new: object, change: _Change, *, relative: bool) -> ChangeRange:
    # Each change function here is monotonic in each figure on its domain,
    # so its least and greatest values over the rectangle of allowed figures
    # lie at the corners; an infinite corner stands for a limit. A corner's
    # value is attained when both its ends are, or when the change does not
    # depend on the old figure there (a relative change to exactly zero).
    old_ends, new_ends = _ends(old, "old"), _ends(new, "new")
    corners: list[tuple[Decimal, bool]] = []
    for o in old_ends:
        for n in new_ends:
            value = change(o.value, n.value)
            if value is not None:
                flat = relative and n.value.is_zero()
                attained = (o.closed or flat) and n.closed and value.is_finite()
                corners.append((value, attained))
    low = min(value for value, _ in corners)
    high = max(value for value, _ in corners)
    return ChangeRange(
        low=low if low.is_finite() else None,
        high=high if high.is_finite() else None,
        low_exclusive=low.is_finite() and not any(a for v, a in corners if v == low),
        high_exclusive=high.is_finite() and not any(a for v, a in corners if v == high),
    )


def _check_units(old: object, new: object, *, percent: bool) -> None:
    units = {name: f.unit for name, f in (("old", old), ("new", new)) if isinstance(f, Quantity)}
    if len(set(units.values())) > 1:
        msg = f"'old' is in {units['old'].value} but 'new' is in {units['new'].value}"
        raise PercentChangeError(msg)
    if percent:
        for name, unit in units.items():
            if unit is not Unit.PERCENT:
                msg = f"{name!r} must be in percent for a percentage-point change, got {unit.value}"
                raise PercentChangeError(msg)


def _relative(o: Decimal, n: Decimal, exponent: int | None = None) -> Decimal | None:
    # The change to 28 significant digits, or with exponent: as _near gives it.
    if o.is_infinite():
        # (n - o) / |o| tends to -1 as o grows and to +1 as it falls.
        return None if n.is_infinite() else _HUNDRED.copy_sign(o.copy_negate())
    if o.is_zero():
        # Only an open end of a base range, "more than 0": the change tends
        # to infinity with the sign of n, and is -100 throughout where n is 0.
        return _HUNDRED.copy_negate() if n.is_zero() else _INFINITY.copy_sign(n)
    if n.is_infinite():
        return n
    if exponent is not None:
        return _near(o, n, exponent)[0]
    try:
        scaled = _EXACT.multiply(_EXACT.subtract(n, o), _HUNDRED)
    except decimal.Rounded:
        return _rounded(o, n)
    # Scaling before dividing keeps exact results short: 50 * 100 / 200 is
    # Decimal('25'), where 50 / 200 * 100 would be Decimal('25.00').
    return _CONTEXT.divide(scaled, o.copy_abs())


def _digits(value: Decimal) -> int:
    return len(value.as_tuple().digits)


def _wide(digits: int) -> decimal.Context:
    # _CONTEXT with room for *digits* digits: exact for what fits in them.
    context = _CONTEXT.copy()
    context.prec = max(digits, _CONTEXT.prec)
    return context


def _near(o: Decimal, n: Decimal, exponent: int) -> tuple[Decimal, bool]:
    """
    The change from *o* to *n* as far as units of ``10**exponent`` tell it.

    Returns the change itself and True when it is a whole number of units;
    otherwise the middle of the unit holding it, and False. Either way it
    lies where the change lies with respect to every multiple of
    ``5 * 10**exponent``, so it rounds, compares and orders as the exact
    change does at any coarser step.
    """
    # In units, the change 100 (n - o) / |o| is x / |o| - k, where
    # x = n * 10**shift and k = sign(o) * 10**shift: a quotient and a
    # remainder of x by |o| settle it exactly, without n - o, whose digits
    # would span every exponent between the two figures.
    base, shift = o.copy_abs(), 2 - exponent
    quotient_digits = max(n.adjusted() - o.adjusted() + shift + 2, shift + 1, 1)
    context = _wide(quotient_digits + _digits(n) + _digits(o) + 4)
    quotient, remainder = context.divmod(n.scaleb(shift, context), base)
    if shift >= 0:  # k is whole: take it from the quotient
        quotient = context.subtract(quotient, Decimal(1).scaleb(shift, context).copy_sign(o))
        kept = Decimal(0)
    else:  # k is a tenth of a unit or less: keep it, as k * |o|, beside the remainder
        kept = o.scaleb(shift, context)
    # The units past the quotient, (remainder - kept) / |o|, lie between -2
    # and 2: count the edges -1, 0 and 1 at or below them. The remainder
    # reaches an edge other than 0 only when it is near |o|; only then are
    # its sums with |o| worked out (their digits are then few).
    if remainder.adjusted() >= base.adjusted() - 1:
        edges = (context.add(remainder, base), remainder, context.subtract(remainder, base))
    else:
        edges = (base, remainder, base.copy_negate())
    units = context.add(quotient, sum(edge >= kept for edge in edges) - 2)
    if kept in edges:
        return units.scaleb(exponent, context), True
    return context.fma(units, 10, 5).scaleb(exponent - 1, context), False


def _rounded(o: Decimal, n: Decimal) -> Decimal:
    # The change to 28 significant digits where new - old has more: first
    # from two roundings (its size is right, its last digit may not be),
    # then settled by _near one digit past the 29th.
    approximate = _CONTEXT.divide(
        _CONTEXT.multiply(_CONTEXT.subtract(n, o), _HUNDRED), o.copy_abs()
    )
    value, exact = _near(o, n, approximate.adjusted() - _CONTEXT.prec - 1)
    if exact:
        context = _wide(_digits(value))
        last = value.normalize(context).as_tuple().exponent
        assert isinstance(last, int)  # noqa: S101 -- a finite Decimal's exponent is an int
        if value.adjusted() - last < _CONTEXT.prec:
            # As the one division would write it: at the exponent the figures
            # give (new - old has the finer of theirs), or as near it as the
            # digits allow.
            n_exponent, o_exponent = n.as_tuple().exponent, o.as_tuple().exponent
            assert isinstance(n_exponent, int)  # noqa: S101 -- as above
            assert isinstance(o_exponent, int)  # noqa: S101 -- as above
            ideal = min(n_exponent - o_exponent, 0)
            exponent = min(last, max(ideal, value.adjusted() - _CONTEXT.prec + 1))
            return value.quantize(Decimal(1).scaleb(exponent, context), context=context)
    return _CONTEXT.plus(value)


def _check_flag(value: object, name: str) -> None:
    # A flag is a bool: "no" is a non-empty string, so truthy, so never taken as False.
    if not isinstance(value, bool):
        msg = f"{name!r} must be True or False, got {_shown(value)} of type {type(value).__name__}"
        raise TypeError(msg)


def _check_base(old: object, allow_negative_base: bool) -> None:
    _check_flag(allow_negative_base, "allow_negative_base")
    low, high = _ends(old, "old")
    if low.value > 0 or (low.value == 0 and not low.closed):
        return
    if low.value == high.value == 0:
        msg = "'old' is zero: a change from zero has no percent"
        raise PercentChangeError(msg)
    if not allow_negative_base:
        what = "may be zero or negative" if isinstance(old, Quantity) else "is negative"
        msg = (
            f"'old' {what} ({_describe_ends(low, high)}): a percent change needs a "
            "positive base; pass allow_negative_base=True to measure it against |old|"
        )
        raise PercentChangeError(msg)
    if high.value > 0 or (high.value == 0 and high.closed):
        msg = f"'old' may be zero ({_describe_ends(low, high)}): a change from zero has no percent"
        raise PercentChangeError(msg)


def _describe_ends(low: _End, high: _End) -> str:
    if low.value == high.value:
        return str(low.value)
    return f"from {low.value} to {high.value}"


@overload
def percent_change(old: Number, new: Number, *, allow_negative_base: bool = ...) -> Decimal: ...
@overload
def percent_change(
    old: Quantity, new: Number | Quantity, *, allow_negative_base: bool = ...
) -> ChangeRange: ...
@overload
def percent_change(
    old: Number, new: Quantity, *, allow_negative_base: bool = ...
) -> ChangeRange: ...


def percent_change(
    old: Number | Quantity, new: Number | Quantity, *, allow_negative_base: bool = False
) -> Decimal | ChangeRange:
    """
    Relative change from *old* to *new*, in percent, to 28 significant digits.

    The exact change rounded once, half to even, whatever digits the figures
    have: not rounded again from a rounded ``new - old``.

    Args:
        old: The base figure; must be positive.
        new: The later figure.
        allow_negative_base: Measure a change from a negative base against
            its size, ``(new - old) / |old|``, instead of refusing it.

    Returns:
        A ``Decimal`` for two numbers; for a :class:`Quantity` on either
        side, the :class:`ChangeRange` its bounds allow.

    Raises:
        FigureTypeError: If either argument is not a number or a Quantity (a
            ``bool`` or a string is not).
        PercentChangeError: If *old* is zero, or negative (or may be, for a
            range) without *allow_negative_base*; if either argument is NaN
            or infinite; or if two quantities are in different units.

    Examples:
        >>> percent_change(Decimal("85.5"), Decimal("80"))
        Decimal('-6.432748538011695906432748538')
        >>> percent_change(200, 250), percent_change(-50, -25, allow_negative_base=True)
        (Decimal('25'), Decimal('50'))
    """
    # The common case, two finite decimals from a positive base, computed as
    # _relative computes it (|old| is old), with none of the checks it passes.
    if (
        type(old) is Decimal
        and type(new) is Decimal
        and type(allow_negative_base) is bool
        and old.is_finite()
        and new.is_finite()
        and old > 0
    ):
        try:
            scaled = _EXACT.multiply(_EXACT.subtract(new, old), _HUNDRED)
        except decimal.Rounded:
            return _rounded(old, new)
        return _CONTEXT.divide(scaled, old)
    return _percent(old, new, allow_negative_base)


def _percent(
    old: object, new: object, allow_negative_base: bool, exponent: int | None = None
) -> Decimal | ChangeRange:
    # With exponent, each change is as _near gives it: for words and checks.
    _check_units(old, new, percent=False)
    _check_base(old, allow_negative_base)
    return _apply(old, new, lambda o, n: _relative(o, n, exponent), relative=True)


def _apply(
    old: object, new: object, change: _Change, *, relative: bool = False
) -> Decimal | ChangeRange:
    if isinstance(old, Quantity) or isinstance(new, Quantity):
        return _extremes(old, new, change, relative=relative)
    result = change(to_decimal(old, "old"), to_decimal(new, "new"))
    assert result is not None  # noqa: S101 -- finite inputs give a finite change
    return result


def _difference(o: Decimal, n: Decimal) -> Decimal | None:
    if o.is_infinite() and n.is_infinite():
        return None  # no limit; the other corners bound the change
    return _CONTEXT.subtract(n, o)


@overload
def percentage_point_change(old: Number, new: Number) -> Decimal: ...
@overload
def percentage_point_change(old: Quantity, new: Number | Quantity) -> ChangeRange: ...
@overload
def percentage_point_change(old: Number, new: Quantity) -> ChangeRange: ...


def percentage_point_change(
    old: Number | Quantity, new: Number | Quantity
) -> Decimal | ChangeRange:
    """
    Change from *old* to *new*, two rates in percent, in percentage points.

    Quantities must be in :attr:`Unit.PERCENT`.

    Raises:
        FigureTypeError: If either argument is not a number or a Quantity.
        PercentChangeError: If either argument is NaN, infinite, or a
            Quantity in another unit than percent.

    Examples:
        >>> percentage_point_change(Decimal("12.5"), Decimal("10"))
        Decimal('-2.5')
    """
    _check_units(old, new, percent=True)
    return _apply(old, new, _difference)


class Direction(enum.Enum):
    """Which way a change goes."""

    INCREASE = "increase"
    DECREASE = "decrease"
    NO_CHANGE = "no change"
    MIXED = "mixed"
    """The figures allow both an increase and a decrease."""


def _places(places: object) -> Decimal:
    if isinstance(places, bool) or not isinstance(places, int):
        msg = f"'places' must be an int, got {_shown(places)} of type {type(places).__name__}"
        raise TypeError(msg)
    if not -_MOST_PLACES <= places <= _MOST_PLACES:
        msg = f"'places' must be from {-_MOST_PLACES} to {_MOST_PLACES}, got {places}"
        raise ValueError(msg)
    return Decimal(1).scaleb(-places, _CONTEXT)


def _round(value: Decimal, step: Decimal, rounding: str = ROUND_HALF_UP) -> Decimal:
    # Wide enough for every digit the rounded value keeps, however many
    # places are asked for: 28 significant digits would not hold -6.4 at 30.
    digits = max(value.adjusted(), step.adjusted()) - step.adjusted() + 2
    context = _CONTEXT.copy()
    context.prec = max(_CONTEXT.prec, digits)
    result = value.quantize(step, rounding=rounding, context=context)
    return result.copy_abs() if result.is_zero() else result  # never "-0.0"


def _plain(value: Decimal) -> str:
    return f"{value:f}"


def _article(number: str) -> str:
    # "an" before numbers said with a leading vowel: 8, 11, 18, 80-89, 800...
    whole = number.split(".", maxsplit=1)[0]
    leading_vowel = whole.startswith("8") or (len(whole) % 3 == 2 and whole[:2] in ("11", "18"))  # noqa: PLR2004
    return "an" if leading_vowel else "a"


@attrs.frozen(kw_only=True)
class ChangeDescription(RecordBase):
    """
    A change in words and in parts.

    Attributes:
        direction: Which way the change goes.
        low: The least size of the change, rounded at *places* (outward for
            a range, so that the words stay true), or ``None`` if unbounded.
        high: The greatest size, likewise; equal to *low* for a point.
        places: The decimal places rounded to.
        change: The exact change described.
        text: The change in words: "a 6.4 percent decrease".
    """

    direction: Direction
    low: Decimal | None
    high: Decimal | None
    places: int
    change: Decimal | ChangeRange
    text: str

    @property
    def magnitude(self) -> Decimal | None:
        """The size of the change when it is one number, else ``None``."""
        return self.low if isinstance(self.change, Decimal) else None

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return short_repr(self)

    def _summary(self) -> str:
        return self.text


def describe_change(
    old: Number | Quantity,
    new: Number | Quantity,
    *,
    places: int = 1,
    allow_negative_base: bool = False,
) -> ChangeDescription:
    """
    Describe the percent change from *old* to *new* in words.

    The size is rounded half-up (away from zero) at *places*, so 85.5 to 80
    reads "a 6.4 percent decrease"; a zero change reads "no change", never
    "-0.0". For approximate figures the words give the range the bounds
    allow, rounded outward so that they stay true. The rounding is of the
    exact change, at any *places*: ``places=30`` gives 30 right digits.

    Args:
        old: The base figure.
        new: The later figure.
        places: The decimal places to round to, from -100 to 100; a
            negative number rounds to tens (-1), hundreds (-2) and so on.
        allow_negative_base: As for :func:`percent_change`.

    Raises:
        FigureTypeError, PercentChangeError: As :func:`percent_change`.
        TypeError: If *places* is not an int.
        ValueError: If *places* is below -100 or above 100.

    Examples:
        >>> str(describe_change(Decimal("85.5"), Decimal("80")))
        'a 6.4 percent decrease'
        >>> str(describe_change(100, 180, places=0))
        'an 80 percent increase'
        >>> describe_change(80, 80).text
        'no change'
    """
    step = _places(places)
    change = _percent(old, new, allow_negative_base)
    near = _percent(old, new, allow_negative_base, _unit_exponent(places))
    point = _point(near, old, new)
    if point is None:
        assert isinstance(near, ChangeRange)  # noqa: S101 -- only a range has no point
        return _describe_range(near, step, places, change)
    size = _round(point.copy_abs(), step)
    if point.is_zero():
        direction, text = Direction.NO_CHANGE, "no change"
    else:
        direction = Direction.INCREASE if point > 0 else Direction.DECREASE
        number = _plain(size)
        text = f"{_article(number)} {number} percent {direction.value}"
    return ChangeDescription(
        direction=direction, low=size, high=size, places=places, change=change, text=text
    )


def _unit_exponent(places: int) -> int:
    # The unit _near works in for rounding at places: a tenth of the step,
    # so that its halves and whole steps are multiples of five units; and no
    # coarser than hundreds, so that the quotient keeps the base's 100 whole.
    return min(-places - 1, 2)


def _point(near: Decimal | ChangeRange, old: object, new: object) -> Decimal | None:
    # The one change the figures allow, if they allow one. Two values _near
    # gives may be equal where the changes are not, so a range's point is
    # read from the figures: one new value, and one old value unless the
    # new one is zero (a change to zero is -100 from any base).
    if isinstance(near, Decimal):
        return near
    (old_low, old_high), (new_low, new_high) = _ends(old, "old"), _ends(new, "new")
    one_new = new_low == new_high and new_low.closed
    one_old = old_low == old_high and old_low.closed
    return near.low if one_new and (one_old or new_low.value.is_zero()) else None


def _describe_range(
    near: ChangeRange, step: Decimal, places: int, change: Decimal | ChangeRange
) -> ChangeDescription:
    low, high = near.low, near.high
    least: Decimal | None
    if low is not None and (low > 0 or (low == 0 and near.low_exclusive)):
        direction = Direction.INCREASE
        least = _round(low, step, ROUND_FLOOR)
        most = None if high is None else _round(high, step, ROUND_CEILING)
    elif high is not None and (high < 0 or (high == 0 and near.high_exclusive)):
        direction = Direction.DECREASE
        least = _round(high.copy_negate(), step, ROUND_FLOOR)
        most = None if low is None else _round(low.copy_negate(), step, ROUND_CEILING)
    else:
        direction = Direction.MIXED
        least = None if low is None else _round(low, step, ROUND_FLOOR)
        most = None if high is None else _round(high, step, ROUND_CEILING)
    noun = "change" if direction is Direction.MIXED else direction.value
    article = "an" if direction is Direction.INCREASE else "a"
    text = f"{article} {noun} of {_bounds_in_words(least, most)}"
    return ChangeDescription(
        direction=direction, low=least, high=most, places=places, change=change, text=text
    )


def _bounds_in_words(least: Decimal | None, most: Decimal | None) -> str:
    if least is not None and most is not None:
        return f"between {_plain(least)} and {_plain(most)} percent"
    if least is not None:
        return f"at least {_plain(least)} percent"
    if most is not None:
        return f"at most {_plain(most)} percent"
    return "unknown size"


@attrs.frozen(kw_only=True)
class ChangeCheck(RecordBase):
    """
    Whether a stated change agrees with its figures.

    Attributes:
        agrees: Whether the computed change, rounded half-up at *places*,
            is the stated change (for a range: whether any change it allows
            is).
        stated: The change as stated, signed (a decrease is negative).
        places: The decimal places the statement is read at.
        computed: The exact change the figures give.
        rounded: *computed* rounded half-up at *places*, for a point; for a
            range, ``None``.
    """

    agrees: bool
    stated: Decimal
    places: int
    computed: Decimal | ChangeRange
    rounded: Decimal | None

    def __bool__(self) -> bool:
        return self.agrees

    def __repr__(self) -> str:
        return short_repr(self)

    def _summary(self) -> str:
        verdict = "agrees" if self.agrees else "does not agree"
        return f"the stated {self.stated:f} {verdict} with the figures"


def _smallest(changes: ChangeRange) -> Decimal | None:
    # The least size a range of changes allows; None when it allows any size near 0.
    low, high = changes.low, changes.high
    if low is not None and low > 0:
        return low
    if high is not None and high < 0:
        return -high
    return None


def check_change(  # noqa: PLR0913 -- the options are keyword-only
    old: Number | Quantity,
    new: Number | Quantity,
    *,
    stated: Number,
    places: int | None = None,
    allow_negative_base: bool = False,
    round_figure: bool = False,
) -> ChangeCheck:
    """
    Check a stated percent change against the figures it comes from.

    Args:
        old: The base figure.
        new: The later figure.
        stated: The stated change in percent, signed: a "6.4 percent
            decrease" is ``Decimal("-6.4")``.
        places: The decimal places the statement is precise to, from -100
            to 100; by default as many as *stated* has (``Decimal("6.4")``:
            1; ``50``: 0). A negative number reads a round figure: ``-1``
            for tens. The exact change is rounded, so a *stated* written to
            30 or 100 places is checked digit for digit.
        allow_negative_base: As for :func:`percent_change`.
        round_figure: Read a whole *stated* that ends in zeros as a round
            figure, precise to its last digit that is not zero (``50``: to
            the ten; ``800``: to the hundred), as a reader takes "a 50
            percent drop"; but not a change smaller than that place ("10"
            for 6.43 is read to the unit). Only when *places* is not given.

    Raises:
        FigureTypeError, PercentChangeError: As :func:`percent_change`, or
            for a *stated* that is not a finite number.
        TypeError: If *places* is not an int.
        ValueError: If *places* (given, or read from *stated*) is below -100
            or above 100.

    Examples:
        >>> check_change(Decimal("85.5"), Decimal("80"), stated=Decimal("-6.4")).agrees
        True
        >>> c = check_change(Decimal("86.5"), Decimal("42.8"), stated=-50)
        >>> c.agrees, c.rounded
        (False, Decimal('-51'))
        >>> check_change(Decimal("86.5"), Decimal("42.8"), stated=-50, places=-1).agrees
        True
        >>> c = check_change(Decimal("86.5"), Decimal("42.8"), stated=-50, round_figure=True)
        >>> c.agrees, c.places
        (True, -1)
    """
    if isinstance(stated, Quantity):
        msg = "'stated' must be a number (the change in percent, signed), not a Quantity"
        raise FigureTypeError(msg)
    claim = to_decimal(stated, "stated", quantity=False)
    if not isinstance(round_figure, bool):
        msg = (
            f"'round_figure' must be a bool, got {_shown(round_figure)} "
            f"of type {type(round_figure).__name__}"
        )
        raise TypeError(msg)
    written = places is None
    if places is None:
        exponent = claim.as_tuple().exponent
        assert isinstance(exponent, int)  # noqa: S101 -- a finite Decimal's exponent is an int
        places = -exponent
    computed = _percent(old, new, allow_negative_base)
    step = _places(places)
    # As exact as the places (or finer: a round figure is read coarser)
    near = _percent(old, new, allow_negative_base, _unit_exponent(places))
    if round_figure and written and places == 0 and claim != 0:
        # "50" for 50.52 is a round figure; "10" for 6.43 is not: a change
        # smaller than the figure's last place is not rounded to it
        whole, place = abs(int(claim)), 0
        while whole % 10 == 0:
            whole //= 10
            place -= 1
        smallest = near.copy_abs() if isinstance(near, Decimal) else _smallest(near)
        if smallest is not None and smallest >= Decimal(1).scaleb(-place, _CONTEXT):
            places = place
            step = _places(places)
    target = _round(claim, step)
    point = _point(near, old, new)
    if point is not None:
        rounded = _round(point, step)
        return ChangeCheck(
            agrees=rounded == target,
            stated=claim,
            places=places,
            computed=computed,
            rounded=rounded,
        )
    assert isinstance(near, ChangeRange)  # noqa: S101 -- only a range has no point
    return ChangeCheck(
        agrees=_meets(near, _rounding_to(target, step)),
        stated=claim,
        places=places,
        computed=computed,
        rounded=None,
    )


def _rounding_to(target: Decimal, step: Decimal) -> ChangeRange:
    # The values that round half-up (away from zero) to target at step.
    half = _CONTEXT.divide(step, 2)
    context = _wide(max(target.adjusted(), half.adjusted()) - half.adjusted() + 2)
    return ChangeRange(
        low=context.subtract(target, half),
        high=context.add(target, half),
        low_exclusive=target <= 0,
        high_exclusive=target >= 0,
    )


def _meets(a: ChangeRange, b: ChangeRange) -> bool:
    # Whether two ranges share a value: the greater low end must not pass
    # the lesser high end, and where they touch both must hold the value.
    # The second range (the values that round to a claim) has both ends.
    lows = [(end, x.low_exclusive) for x in (a, b) if (end := x.low) is not None]
    highs = [(end, x.high_exclusive) for x in (a, b) if (end := x.high) is not None]
    low, low_open = max(lows, key=lambda end: (end[0], end[1]))
    high, high_open = min(highs, key=lambda end: (end[0], not end[1]))
    return low < high or (low == high and not low_open and not high_open)
