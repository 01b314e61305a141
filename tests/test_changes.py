"""Changes between figures: percent, percentage points, words and checks."""

from __future__ import annotations

from decimal import Decimal, localcontext
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import decimals, points_in, positive_decimals, quantities

import honduras_brief as hb
from honduras_brief import (
    ChangeRange,
    Direction,
    FigureTypeError,
    PercentChangeError,
    Qualifier,
    Quantity,
    Unit,
    check_change,
    describe_change,
    percent_change,
    percentage_point_change,
)


def figure(
    qualifier: Qualifier, low: str | None = None, high: str | None = None, unit: Unit = Unit.PERSONS
) -> Quantity:
    """A user-built figure for the examples."""
    return Quantity(
        id="figure",
        measure="a figure",
        text="a figure",
        qualifier=qualifier,
        unit=unit,
        basis=hb.Basis.REPORTED,
        low=None if low is None else Decimal(low),
        high=None if high is None else Decimal(high),
    )


# --- percent_change --------------------------------------------------------------


def test_percent_change_is_exact() -> None:
    """85.5 to 80 is -6.4327..., agreeing with rational arithmetic to 28 digits."""
    result = percent_change(Decimal("85.5"), Decimal("80"))
    assert type(result) is Decimal
    assert result == Decimal("-6.432748538011695906432748538")


@given(old=positive_decimals, new=decimals)
def test_percent_change_agrees_with_rational_arithmetic(old: Decimal, new: Decimal) -> None:
    """The Decimal result is the exact rational change, to 28 significant digits."""
    result = percent_change(old, new)
    exact = (Fraction(new) - Fraction(old)) * 100 / Fraction(old)
    assert abs(Fraction(result) - exact) <= abs(exact) * Fraction(1, 10**27)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (200, 250, "25"),
        (Decimal("85.5"), Decimal("85.5"), "0"),
        (85.5, 80, "-6.432748538011695906432748538"),
        (0.1, 0.3, "200"),
        (3, 1, "-66.66666666666666666666666667"),
    ],
)
def test_percent_change_values(old: Decimal | float, new: Decimal | float, expected: str) -> None:
    """Ints, Decimals and floats (read by their shortest form) give exact results."""
    result = percent_change(old, new)
    assert (type(result), str(result)) == (Decimal, expected)


def test_percent_change_ignores_the_callers_decimal_context() -> None:
    """A caller's lower decimal precision does not change the result."""
    with localcontext() as ctx:
        ctx.prec = 3
        assert (
            str(percent_change(Decimal("85.5"), Decimal("80"))) == "-6.432748538011695906432748538"
        )


def test_a_negative_base_only_when_asked() -> None:
    """A negative base is refused, unless asked for: then measured against |old|."""
    with pytest.raises(
        PercentChangeError, match=r"'old' is negative \(-50\).*allow_negative_base=True"
    ):
        percent_change(-50, -25)
    assert percent_change(-50, -25, allow_negative_base=True) == Decimal(50)
    assert percent_change(-50, -100, allow_negative_base=True) == Decimal(-100)


@pytest.mark.parametrize(
    ("old", "new", "error", "message"),
    [
        (0, 5, PercentChangeError, "'old' is zero"),
        (Decimal("-0"), 5, PercentChangeError, "'old' is zero"),
        (Decimal("NaN"), 5, PercentChangeError, "'old' must be finite"),
        (float("inf"), 5, PercentChangeError, "'old' must be finite"),
        (5, Decimal("-Infinity"), PercentChangeError, "'new' must be finite"),
        (5, float("nan"), PercentChangeError, "'new' must be finite"),
        (
            "85.5",
            80,
            FigureTypeError,
            "'old' must be an int, a Decimal, a float or a Quantity, got '85.5'",
        ),
        (
            85,
            True,
            FigureTypeError,
            "'new' must be an int, a Decimal, a float or a Quantity, got True",
        ),
        (None, 80, FigureTypeError, "'old' must be"),
    ],
)
def test_percent_change_refuses_bad_input(
    old: object, new: object, error: type[Exception], message: str
) -> None:
    """Zero and non-finite bases and non-numbers are refused, naming the argument."""
    with pytest.raises(error, match=message):
        percent_change(old, new)  # type: ignore[call-overload]
    with pytest.raises(error, match=message):
        percent_change(old, new, allow_negative_base=True)  # type: ignore[call-overload]


def test_errors_are_also_builtin_errors() -> None:
    """Library errors can be caught as the builtins they subclass."""
    with pytest.raises(ValueError, match="zero"):
        percent_change(0, 1)
    with pytest.raises(TypeError, match="'old' must be"):
        percent_change("1", 1)  # type: ignore[call-overload]


# --- Quantities: approximate in, approximate out -----------------------------------


def test_exact_quantities_give_a_point_range() -> None:
    """Two exact figures give a range of one change: the point itself."""
    r = percent_change(hb.HOMICIDE_RATE_2012, hb.HOMICIDE_RATE_2013)
    assert r == ChangeRange(
        low=Decimal("-6.432748538011695906432748538"),
        high=Decimal("-6.432748538011695906432748538"),
    )
    assert r.is_point


def test_a_lower_bound_gives_a_range_never_a_point() -> None:
    """Going from “more than 1,200” to 1,500 allows from -100 (a limit) to just under 25."""
    r = percent_change(hb.BRIEF.lookup("people-trained-by-the-united-states"), 1500)  # type: ignore[call-overload]
    assert r == ChangeRange(
        low=Decimal(-100), high=Decimal(25), low_exclusive=True, high_exclusive=True
    )
    assert not r.is_point
    assert Decimal(25) not in r and Decimal("24.99") in r and Decimal(-100) not in r


def test_between_keeps_both_ends() -> None:
    """Between 500 and 800 to exactly 650 is a change from -18.75 to +30, both attained."""
    r = percent_change(figure(Qualifier.BETWEEN, "500", "800"), 650)
    assert (r.low, r.high, r.low_exclusive, r.high_exclusive) == (
        Decimal("-18.75"),
        Decimal(30),
        False,
        False,
    )


def test_an_unbounded_new_figure_gives_an_open_range() -> None:
    """A figure with no upper bound allows any increase: high is None."""
    r = percent_change(100, figure(Qualifier.AT_LEAST, "150"))
    assert (r.low, r.high, r.low_exclusive) == (Decimal(50), None, False)


def test_a_base_with_no_low_bound_may_be_zero() -> None:
    """A base of “almost 250” may be zero or negative, so it has no percent change."""
    students = hb.BRIEF.lookup("criminal-investigative-school-students")
    with pytest.raises(
        PercentChangeError, match=r"'old' may be zero or negative \(from -Infinity to 250\)"
    ):
        percent_change(students, 300)  # type: ignore[call-overload]
    with pytest.raises(PercentChangeError, match="'old' may be zero"):
        percent_change(students, 300, allow_negative_base=True)  # type: ignore[call-overload]


def test_a_negative_range_base_when_asked() -> None:
    """A wholly negative range of bases is measured against |old| when asked."""
    r = percent_change(figure(Qualifier.BETWEEN, "-200", "-100"), -50, allow_negative_base=True)
    assert (r.low, r.high) == (Decimal(50), Decimal(75))


def test_units_must_agree() -> None:
    """Figures in different units have no change between them."""
    with pytest.raises(PercentChangeError, match="'old' is in persons but 'new' is in usd"):
        percent_change(hb.BRIEF.lookup("judges-dismissed"), hb.NEPTUNE_SEIZED_VALUE)  # type: ignore[call-overload]


@given(data=st.data())
def test_range_bounds_contain_every_change_of_points_inside(data: st.DataObject) -> None:
    """The change of any two values the figures allow lies in the range of changes."""
    old = data.draw(quantities(positive_decimals))
    new = data.draw(quantities())
    if old.low is None:  # no low bound: the base may be zero, refused above
        return
    r = percent_change(old, new)
    o, n = data.draw(points_in(old)), data.draw(points_in(new))
    assert o > 0
    assert percent_change(o, n) in r
    points = percentage_point_change(
        attrs.evolve(old, unit=Unit.PERCENT), attrs.evolve(new, unit=Unit.PERCENT)
    )
    assert percentage_point_change(o, n) in points


# --- percentage points --------------------------------------------------------------


def test_percentage_point_change() -> None:
    """Rates in percent change by their difference, exactly."""
    assert percentage_point_change(Decimal("12.5"), Decimal("10")) == Decimal("-2.5")
    assert percentage_point_change(0.1, 0.3) == Decimal("0.2")
    more_than_80 = hb.COCAINE_FLOW_SHARE_2012
    r = percentage_point_change(more_than_80, 90)
    assert (r.low, r.high, r.high_exclusive) == (None, Decimal(10), True)


def test_percentage_points_need_percent() -> None:
    """A figure in another unit is refused."""
    with pytest.raises(
        PercentChangeError,
        match="'old' must be in percent for a percentage-point change, got persons",
    ):
        percentage_point_change(figure(Qualifier.EXACT, "5", "5"), 6)
    with pytest.raises(FigureTypeError, match="'new' must be"):
        percentage_point_change(5, "6")  # type: ignore[call-overload]


# --- describe_change --------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "places", "text", "direction"),
    [
        ("85.5", "80", 1, "a 6.4 percent decrease", Direction.DECREASE),
        ("100", "180", 0, "an 80 percent increase", Direction.INCREASE),
        ("100", "108", 1, "an 8.0 percent increase", Direction.INCREASE),
        ("100", "111", 0, "an 11 percent increase", Direction.INCREASE),
        ("100", "118", 0, "an 18 percent increase", Direction.INCREASE),
        ("100", "112", 0, "a 12 percent increase", Direction.INCREASE),
        ("100", "900", 0, "an 800 percent increase", Direction.INCREASE),
        ("100", "11100", 0, "an 11000 percent increase", Direction.INCREASE),
        ("100", "100.04", 1, "a 0.0 percent increase", Direction.INCREASE),
        ("100", "99.96", 1, "a 0.0 percent decrease", Direction.DECREASE),
        ("100", "100", 1, "no change", Direction.NO_CHANGE),
        ("200", "200.1", 2, "a 0.05 percent increase", Direction.INCREASE),
        ("1000", "1000.5", 2, "a 0.05 percent increase", Direction.INCREASE),
    ],
)
def test_describe_change(old: str, new: str, places: int, text: str, direction: Direction) -> None:
    """Direction and size, rounded half-up at the places asked, in words; never -0.0."""
    d = describe_change(Decimal(old), Decimal(new), places=places)
    assert (d.text, str(d), d.direction) == (text, text, direction)
    assert "-" not in d.text
    assert d.magnitude is not None and d.magnitude >= 0


def test_describe_rounds_half_up() -> None:
    """A size exactly half-way rounds up: 12.25 percent is 12.3 at one place."""
    assert describe_change(400, 449).text == "a 12.3 percent increase"  # 12.25
    assert describe_change(400, 351).text == "a 12.3 percent decrease"  # -12.25


@pytest.mark.parametrize(
    ("old", "new", "text", "direction"),
    [
        (
            figure(Qualifier.BETWEEN, "500", "800"),
            Decimal(1000),
            "an increase of between 25.0 and 100.0 percent",
            Direction.INCREASE,
        ),
        (
            Decimal(1000),
            figure(Qualifier.BETWEEN, "500", "800"),
            "a decrease of between 20.0 and 50.0 percent",
            Direction.DECREASE,
        ),
        (
            Decimal(100),
            figure(Qualifier.MORE_THAN, "150"),
            "an increase of at least 50.0 percent",
            Direction.INCREASE,
        ),
        (
            Decimal(100),
            figure(Qualifier.ALMOST, high="50"),
            "a decrease of at least 50.0 percent",
            Direction.DECREASE,
        ),
        (
            Decimal(100),
            figure(Qualifier.BETWEEN, "90", "110"),
            "a change of between -10.0 and 10.0 percent",
            Direction.MIXED,
        ),
        (
            Decimal(100),
            figure(Qualifier.AT_LEAST, "90"),
            "a change of at least -10.0 percent",
            Direction.MIXED,
        ),
        (
            Decimal(100),
            figure(Qualifier.AT_MOST, high="110"),
            "a change of at most 10.0 percent",
            Direction.MIXED,
        ),
        (Decimal(100), figure(Qualifier.SOME), "a change of unknown size", Direction.MIXED),
        (
            Decimal(3),
            figure(Qualifier.BETWEEN, "3.0001", "3.0002"),
            "an increase of between 0.0 and 0.1 percent",
            Direction.INCREASE,
        ),
        (
            hb.HOMICIDE_RATE_2012,
            hb.HOMICIDE_RATE_2013,
            "a 6.4 percent decrease",
            Direction.DECREASE,
        ),
    ],
)
def test_describe_a_range(
    old: Decimal | Quantity, new: Decimal | Quantity, text: str, direction: Direction
) -> None:
    """Approximate figures give a range in words, rounded outward so they stay true."""
    d = describe_change(old, new)
    assert (d.text, d.direction) == (text, direction)


def test_describe_refuses_bad_places() -> None:
    """The places argument must be an int."""
    with pytest.raises(TypeError, match=r"'places' must be an int, got 1\.0"):
        describe_change(1, 2, places=1.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="'places' must be an int, got True"):
        describe_change(1, 2, places=True)


# --- check_change ----------------------------------------------------------------


def test_the_briefs_stated_decrease_checks_out() -> None:
    """The brief's "6.4 percent decrease" agrees with 85.5 and 80 at one place."""
    stated = hb.HOMICIDE_RATE_DECREASE
    assert stated.value is not None
    c = check_change(hb.HOMICIDE_RATE_2012, hb.HOMICIDE_RATE_2013, stated=-stated.value)
    assert c.agrees and bool(c)
    assert (c.places, c.rounded, c.stated) == (1, Decimal("-6.4"), Decimal("-6.4"))
    assert c.computed == percent_change(hb.HOMICIDE_RATE_2012, hb.HOMICIDE_RATE_2013)
    assert not check_change(hb.HOMICIDE_RATE_2012, hb.HOMICIDE_RATE_2013, stated=Decimal("-6.5"))
    assert not check_change(hb.HOMICIDE_RATE_2012, hb.HOMICIDE_RATE_2013, stated=Decimal("6.4"))


def test_a_round_figure_from_another_report() -> None:
    """86.5 to 42.8 per 100,000 is a 50.5 percent fall: "50 percent" holds only as a round figure."""
    c = check_change(Decimal("86.5"), Decimal("42.8"), stated=-50)
    assert (c.agrees, c.rounded, c.places) == (False, Decimal(-51), 0)
    assert check_change(Decimal("86.5"), Decimal("42.8"), stated=-50, places=-1).agrees
    assert check_change(Decimal("86.5"), Decimal("42.8"), stated=Decimal("-50.5")).agrees


@pytest.mark.parametrize(
    ("old", "new", "stated", "agrees"),
    [
        (figure(Qualifier.BETWEEN, "500", "800"), Decimal(1000), Decimal(25), True),
        (figure(Qualifier.BETWEEN, "500", "800"), Decimal(1000), Decimal(100), True),
        (figure(Qualifier.BETWEEN, "500", "800"), Decimal(1000), Decimal(101), False),
        (figure(Qualifier.BETWEEN, "500", "800"), Decimal(1000), Decimal("24.9"), False),
        (figure(Qualifier.BETWEEN, "500", "800"), Decimal(1000), Decimal("24.95"), False),
        (figure(Qualifier.BETWEEN, "500", "800"), Decimal(1000), Decimal("25.0"), True),
        (figure(Qualifier.BETWEEN, "500", "800"), Decimal(1000), Decimal("24.96"), False),
        (Decimal(100), figure(Qualifier.MORE_THAN, "150"), Decimal(50), True),
        (Decimal(100), figure(Qualifier.MORE_THAN, "150"), Decimal("49.95"), False),
        (Decimal(100), figure(Qualifier.ALMOST, high="150"), Decimal("50"), True),
        (Decimal(100), figure(Qualifier.ALMOST, high="150"), Decimal("50.0"), True),
        (Decimal(100), figure(Qualifier.ALMOST, high="150"), Decimal("50.05"), False),
        (Decimal(100), figure(Qualifier.SOME), Decimal(-7), True),
    ],
)
def test_check_a_range(
    old: Decimal | Quantity, new: Decimal | Quantity, stated: Decimal, agrees: bool
) -> None:
    """A range agrees when some change it allows rounds to the stated one."""
    c = check_change(old, new, stated=stated)
    assert (c.agrees, c.rounded) == (agrees, None)


@given(old=positive_decimals, new=decimals, places=st.integers(-2, 4))
def test_a_computed_change_always_checks_out(old: Decimal, new: Decimal, places: int) -> None:
    """The rounded computed change always agrees, for points and for exact figures."""
    computed = percent_change(old, new)
    stated = computed.quantize(Decimal(1).scaleb(-places), rounding="ROUND_HALF_UP")
    assert check_change(old, new, stated=stated, places=places).agrees
    exact_old = figure(Qualifier.EXACT, str(old), str(old))
    assert check_change(exact_old, new, stated=stated, places=places).agrees


def test_check_refuses_a_bad_statement() -> None:
    """A stated change that is not a finite number is refused by name."""
    with pytest.raises(FigureTypeError, match="'stated' must be"):
        check_change(1, 2, stated="-6.4")  # type: ignore[arg-type]
    with pytest.raises(PercentChangeError, match="'stated' must be finite"):
        check_change(1, 2, stated=Decimal("NaN"))


def test_a_base_of_more_than_zero() -> None:
    """A base "more than 0" allows any increase: the change has no upper bound."""
    positive = figure(Qualifier.MORE_THAN, "0")
    up = percent_change(positive, 5)
    assert (up.low, up.low_exclusive, up.high) == (Decimal(-100), True, None)
    down = percent_change(positive, -5)
    assert (down.low, down.high) == (None, Decimal(-100))
    flat = percent_change(positive, 0)
    assert flat == ChangeRange(low=Decimal(-100), high=Decimal(-100))


# --- Edges found by mutation testing (docs/mutation-testing.md) -------------------------


@pytest.mark.parametrize(
    ("new", "text", "direction", "low", "high"),
    [
        (
            figure(Qualifier.AT_LEAST, "100"),
            "a change of at least 0.0 percent",
            Direction.MIXED,
            Decimal("0.0"),
            None,
        ),
        (
            figure(Qualifier.MORE_THAN, "100"),
            "an increase of at least 0.0 percent",
            Direction.INCREASE,
            Decimal("0.0"),
            None,
        ),
        (
            figure(Qualifier.AT_MOST, high="100"),
            "a change of at most 0.0 percent",
            Direction.MIXED,
            None,
            Decimal("0.0"),
        ),
        (
            figure(Qualifier.ALMOST, high="100"),
            "a decrease of at least 0.0 percent",
            Direction.DECREASE,
            Decimal("0.0"),
            None,
        ),
        (
            figure(Qualifier.BETWEEN, "90", "100.5"),
            "a change of between -10.0 and 0.5 percent",
            Direction.MIXED,
            Decimal("-10.0"),
            Decimal("0.5"),
        ),
        (
            figure(Qualifier.BETWEEN, "100.06", "100.2"),
            "an increase of between 0.0 and 0.2 percent",
            Direction.INCREASE,
            Decimal("0.0"),
            Decimal("0.2"),
        ),
        (
            figure(Qualifier.BETWEEN, "99.75", "99.94"),
            "a decrease of between 0.0 and 0.3 percent",
            Direction.DECREASE,
            Decimal("0.0"),
            Decimal("0.3"),
        ),
        (
            figure(Qualifier.BETWEEN, "99.75", "100.06"),
            "a change of between -0.3 and 0.1 percent",
            Direction.MIXED,
            Decimal("-0.3"),
            Decimal("0.1"),
        ),
        (
            figure(Qualifier.BETWEEN, "99.76", "100.04"),
            "a change of between -0.3 and 0.1 percent",
            Direction.MIXED,
            Decimal("-0.3"),
            Decimal("0.1"),
        ),
        (
            figure(Qualifier.BETWEEN, "99.76", "99.94"),
            "a decrease of between 0.0 and 0.3 percent",
            Direction.DECREASE,
            Decimal("0.0"),
            Decimal("0.3"),
        ),
    ],
)
def test_describe_a_range_at_its_edges(
    new: Quantity, text: str, direction: Direction, low: Decimal | None, high: Decimal | None
) -> None:
    """A change that may be zero is mixed; an open zero is not; bounds round outward."""
    d = describe_change(Decimal(100), new)
    assert (d.text, d.direction, d.low, d.high, d.places, d.magnitude) == (
        text,
        direction,
        low,
        high,
        1,
        None,
    )
    assert d.change == percent_change(Decimal(100), new)


def test_describe_a_point_in_parts() -> None:
    """A point's parts: equal low and high, the places asked, its magnitude."""
    d = describe_change(Decimal("85.5"), Decimal("80"), places=2)
    assert (d.low, d.high, d.places, d.magnitude, d.change) == (
        Decimal("6.43"), Decimal("6.43"), 2, Decimal("6.43"), Decimal("-6.432748538011695906432748538"),
    )  # fmt: skip
    assert describe_change(Decimal(100), Decimal("111.5")).text == "an 11.5 percent increase"


def test_words_ignore_the_callers_decimal_context() -> None:
    """Rounding for words and checks uses the library's context, not the caller's."""
    with localcontext() as ctx:
        ctx.prec = 1
        assert describe_change(Decimal("85.5"), Decimal("80")).text == "a 6.4 percent decrease"
        assert check_change(Decimal("85.5"), Decimal("80"), stated=Decimal("-6.4")).agrees


def test_a_rounded_zero_is_never_negative() -> None:
    """-0.04 percent at one place is 0.0, not -0.0."""
    c = check_change(Decimal(100), Decimal("99.96"), stated=0, places=1)
    assert (str(c.rounded), c.agrees) == ("0.0", True)


def test_describe_and_check_refuse_a_negative_base_unless_asked() -> None:
    """Like percent_change, the words and the checks need allow_negative_base."""
    with pytest.raises(PercentChangeError, match="'old' is negative"):
        describe_change(-50, -25)
    with pytest.raises(PercentChangeError, match="'old' is negative"):
        check_change(-50, -25, stated=50)
    assert describe_change(-50, -25, allow_negative_base=True).text == "a 50.0 percent increase"


@pytest.mark.parametrize(
    ("new", "stated", "places", "agrees"),
    [
        (figure(Qualifier.BETWEEN, "120", "124.5"), Decimal(25), 0, True),  # 24.5 rounds up to 25
        (figure(Qualifier.ALMOST, high="124.5"), Decimal(25), 0, False),  # but not below it
        (figure(Qualifier.BETWEEN, "125.5", "130"), Decimal(25), 0, False),  # 25.5 rounds to 26
        (figure(Qualifier.BETWEEN, "75.5", "80"), Decimal(-25), 0, True),  # -24.5 rounds to -25
        (figure(Qualifier.BETWEEN, "97", "99.5"), Decimal(0), 0, False),  # -0.5 rounds to -1
        (figure(Qualifier.BETWEEN, "100.5", "103"), Decimal(0), 0, False),  # 0.5 rounds to 1
        (figure(Qualifier.BETWEEN, "100", "100.5"), Decimal(1), 0, True),  # 0.5 rounds to 1
        (
            figure(Qualifier.BETWEEN, "100.55", "101"),
            Decimal("0.5"),
            1,
            False,
        ),  # 0.55 rounds to 0.6
    ],
)
def test_check_a_range_at_the_rounding_edges(
    new: Quantity, stated: Decimal, places: int, agrees: bool
) -> None:
    """Half-way values round away from zero, so the edges of a stated figure are exact."""
    c = check_change(Decimal(100), new, stated=stated, places=places)
    assert (c.agrees, c.stated, c.places, c.rounded) == (agrees, stated, places, None)
    assert c.computed == percent_change(Decimal(100), new)


def test_the_edges_of_a_negative_base() -> None:
    """A base below zero (open) is measured; a base that reaches zero or above is not."""
    below = percent_change(figure(Qualifier.LESS_THAN, high="-50"), -10, allow_negative_base=True)
    assert (below.low, below.high, below.low_exclusive, below.high_exclusive) == (
        Decimal(80),
        Decimal(100),
        True,
        True,
    )
    up_to_zero = percent_change(figure(Qualifier.LESS_THAN, high="0"), -5, allow_negative_base=True)
    assert up_to_zero.low is None
    for base in (figure(Qualifier.BETWEEN, "-1", "0.5"), figure(Qualifier.AT_MOST, high="0")):
        with pytest.raises(PercentChangeError, match="'old' may be zero"):
            percent_change(base, -5, allow_negative_base=True)


def test_messages_in_full() -> None:
    """The errors say exactly what is wrong and what to do."""
    with pytest.raises(
        PercentChangeError, match=r"^'old' is zero: a change from zero has no percent$"
    ):
        percent_change(0, 1)
    with pytest.raises(
        PercentChangeError,
        match=r"^'old' is negative \(-5\): a percent change needs a positive base; "
        r"pass allow_negative_base=True to measure it against \|old\|$",
    ):
        percent_change(-5, 1)
    with pytest.raises(FigureTypeError, match=r"got '1' of type str$"):
        percent_change("1", 1)  # type: ignore[call-overload]
    with pytest.raises(TypeError, match=r"^'places' must be an int, got 1\.0 of type float$"):
        describe_change(1, 2, places=1.0)  # type: ignore[arg-type]
    r = percent_change(figure(Qualifier.BETWEEN, "1", "2"), 3)
    with pytest.raises(FigureTypeError, match=r"^'value' must be an int"):
        _ = "x" in r
    with pytest.raises(
        PercentChangeError, match="'new' must be in percent for a percentage-point change"
    ):
        percentage_point_change(5, figure(Qualifier.EXACT, "6", "6"))


# --- The fast path of two decimals ---------------------------------------------------------

_DECIMALS = st.decimals(allow_nan=True, allow_infinity=True, places=None)


@given(old=_DECIMALS, new=_DECIMALS, flag=st.sampled_from([False, True, 0, "no", None]))
def test_two_decimals_give_what_the_general_path_gives(
    old: Decimal, new: Decimal, flag: object
) -> None:
    """percent_change of two decimals: the same result (digits and exponent) or the same error."""
    from honduras_brief._changes import _percent

    def outcome(function: Any) -> object:
        try:
            result = function(old, new, flag)
        except Exception as error:  # noqa: BLE001 -- the error is the outcome compared
            return type(error), str(error)
        return type(result), result.as_tuple() if isinstance(result, Decimal) else result

    fast = outcome(lambda o, n, f: percent_change(o, n, allow_negative_base=f))
    assert fast == outcome(_percent)


def test_a_decimal_subclass_takes_the_general_path() -> None:
    """Only exact Decimals take the fast path; a subclass is read as the general path reads it."""

    class Mine(Decimal):
        pass

    assert percent_change(Mine("50"), Decimal("75")) == Decimal("50")
    assert type(percent_change(Mine("50"), Decimal("75"))) is Decimal


@pytest.mark.parametrize(
    ("stated", "places", "agrees"),
    [
        (-50, -1, True),  # 50.52 at the ten: 50
        (-51, 0, True),  # no zeros: as written
        (-800, 0, False),  # 50.52 is below the hundred: read to the unit, and not 800
        (Decimal("-50.0"), 1, False),  # written to a tenth: as written
        (0, 0, False),  # nothing to round
    ],
)
def test_a_round_figure_is_read_at_the_precision_it_bears(
    stated: Decimal | int, places: int, agrees: bool
) -> None:
    """round_figure=True reads trailing zeros of a whole number as its precision."""
    check = check_change(Decimal("86.5"), Decimal("42.8"), stated=stated, round_figure=True)
    assert (check.places, check.agrees) == (places, agrees)


def test_round_figure_must_be_a_bool() -> None:
    """Anything but a bool is refused, naming it; places given wins over it."""
    with pytest.raises(TypeError, match=r"^'round_figure' must be a bool, got 1 of type int$"):
        check_change(Decimal("86.5"), Decimal("42.8"), stated=-50, round_figure=1)  # type: ignore[arg-type]
    assert (
        check_change(
            Decimal("86.5"), Decimal("42.8"), stated=-50, places=0, round_figure=True
        ).places
        == 0
    )


def test_a_change_smaller_than_a_round_figure_s_place_is_not_rounded_to_it() -> None:
    """'10 percent' for a fall of 6.43 is read to the unit, and disagrees."""
    check = check_change(Decimal("85.5"), Decimal("80"), stated=-10, round_figure=True)
    assert (check.places, check.agrees) == (0, False)


def test_a_range_of_changes_is_rounded_by_the_least_it_allows() -> None:
    """Approximate figures: a round figure only where every change the range allows is that big."""
    big = check_change(hb.Quantity(id="a", measure="m", text="about 100", qualifier=hb.Qualifier.BETWEEN, unit=hb.Unit.PERSONS, basis=hb.Basis.REPORTED, low=Decimal(100), high=Decimal(110)),
                       Decimal(50), stated=-50, round_figure=True)  # fmt: skip
    assert big.places == -1
    near_zero = check_change(hb.Quantity(id="b", measure="m", text="90 to 110", qualifier=hb.Qualifier.BETWEEN, unit=hb.Unit.PERSONS, basis=hb.Basis.REPORTED, low=Decimal(90), high=Decimal(110)),
                             Decimal(100), stated=10, round_figure=True)  # fmt: skip
    assert near_zero.places == 0
    rising = check_change(Decimal(50), hb.Quantity(id="c", measure="m", text="100 to 110", qualifier=hb.Qualifier.BETWEEN, unit=hb.Unit.PERSONS, basis=hb.Basis.REPORTED, low=Decimal(100), high=Decimal(110)),
                          stated=100, round_figure=True)  # fmt: skip
    assert rising.places == -2


# --- Exact digits at any places (issue 22, item 6) ---------------------------------------
# The oracle is the exact rational change, rounded by this file's own integer code.


def exact_change(old: Decimal | int, new: Decimal | int) -> Fraction:
    """The percent change as a fraction: 100 (new - old) / |old|."""
    return (Fraction(new) - Fraction(old)) * 100 / abs(Fraction(old))


def to_places(value: Fraction, places: int, how: str = "half-up") -> Fraction:
    """*value* rounded at *places*: half-up (away from zero), "floor" or "ceiling"."""
    scaled = value * Fraction(10) ** places
    whole, part = divmod(scaled.numerator, scaled.denominator)  # floor division
    if how == "half-up":
        size, rest = divmod(abs(scaled.numerator), scaled.denominator)
        size += 2 * rest >= scaled.denominator
        whole = size if value >= 0 else -size
    elif how == "ceiling":
        whole += part != 0
    return Fraction(whole) / Fraction(10) ** places


def to_28_digits(value: Fraction) -> Fraction:
    """*value* rounded half to even at 28 significant digits."""
    size, exponent = abs(value), 0
    while size >= 10**28:
        size, exponent = size / 10, exponent + 1
    while size < 10**27:
        size, exponent = size * 10, exponent - 1
    whole, rest = divmod(size.numerator, size.denominator)
    whole += 2 * rest > size.denominator or (2 * rest == size.denominator and whole % 2 == 1)
    return (1 if value > 0 else -1) * Fraction(whole) * Fraction(10) ** exponent


def written(value: Fraction, places: int) -> str:
    """*value* (a whole number of steps at *places*) written out in full."""
    steps = value * Fraction(10) ** places
    assert steps.denominator == 1
    digits, sign = str(abs(steps.numerator)), "-" if steps < 0 else ""
    if places <= 0:
        return sign + (digits + "0" * -places if steps else "0")
    digits = digits.rjust(places + 1, "0")
    return f"{sign}{digits[:-places]}.{digits[-places:]}"


def as_stated(value: Fraction, places: int) -> Decimal:
    """*value* as a Decimal written to *places* places, as a statement would give it."""
    return Decimal(f"{(value * Fraction(10) ** places).numerator}E{-places}")


def assert_at_places(value: Decimal | None, expected: Fraction, places: int) -> None:
    """*value* is *expected*, written with exactly *places* places."""
    assert type(value) is Decimal
    assert (Fraction(value), value.as_tuple().exponent) == (expected, -places)
    assert f"{value:f}" == written(expected, places)


def long_decimals(digits: int = 40, low: int = -40, high: int = 10) -> st.SearchStrategy[Decimal]:
    """Decimals of up to *digits* digits, exponents *low* to *high*, built exactly."""
    return st.builds(
        lambda whole, exponent: Decimal(f"{whole}E{exponent}"),
        st.integers(-(10**digits) + 1, 10**digits - 1),
        st.integers(low, high),
    )


_FIGURES = st.one_of(decimals, long_decimals())
_BASES = _FIGURES.filter(lambda d: d > 0)
_PLACES = (28, 29, 30, 100)


def between(low: Decimal | str | int, high: Decimal | str | int) -> Quantity:
    """A figure "between *low* and *high*", both ends held."""
    return figure(Qualifier.BETWEEN, str(low), str(high))


def test_the_testers_example() -> None:
    """85.5 to 80 at 30 places ends in ...538012, as the exact change does, not ...538000."""
    assert describe_change(85.5, 80, places=30).text == (
        "a 6.432748538011695906432748538012 percent decrease"
    )


@pytest.mark.parametrize("places", _PLACES)
@pytest.mark.parametrize(
    ("old", "new", "direction"),
    [
        (Decimal("85.5"), Decimal("80"), Direction.DECREASE),
        (Decimal(3), Decimal(7), Direction.INCREASE),
        (Decimal(7), Decimal(3), Direction.DECREASE),
        (Decimal("0.7"), Decimal("1.1"), Direction.INCREASE),
        (Decimal(6), Decimal(7), Direction.INCREASE),  # 16.666...67: a long carry
    ],
)
def test_a_point_is_described_exactly_at_many_places(
    old: Decimal, new: Decimal, direction: Direction, places: int
) -> None:
    """At 28, 29, 30 and 100 places, the size is the exact change rounded half-up."""
    d = describe_change(old, new, places=places)
    size = to_places(abs(exact_change(old, new)), places)
    assert_at_places(d.low, size, places)
    assert_at_places(d.high, size, places)
    assert d.direction is direction
    assert d.text.endswith(f" {written(size, places)} percent {direction.value}")
    assert d.change == percent_change(old, new)


@pytest.mark.parametrize("places", _PLACES)
@pytest.mark.parametrize(
    ("old", "new", "direction"),
    [
        (between("85.5", "86"), Decimal(80), Direction.DECREASE),
        (between(3, 7), Decimal(11), Direction.INCREASE),
        (Decimal(3), between(2, 4), Direction.MIXED),
        (Decimal(6), between(7, "7.000000000000000000000000000000000001"), Direction.INCREASE),
    ],
)
def test_a_range_is_described_exactly_at_many_places(
    old: Decimal | Quantity, new: Decimal | Quantity, direction: Direction, places: int
) -> None:
    """A range's two ends are the exact ends rounded outward, however many places."""
    d = describe_change(old, new, places=places)
    old_ends = (old.low, old.high) if isinstance(old, Quantity) else (old, old)
    new_ends = (new.low, new.high) if isinstance(new, Quantity) else (new, new)
    changes = [exact_change(o, n) for o in old_ends for n in new_ends]  # type: ignore[arg-type]
    low, high = min(changes), max(changes)
    if direction is Direction.DECREASE:
        low, high = -high, -low
    least, most = to_places(low, places, "floor"), to_places(high, places, "ceiling")
    assert d.direction is direction
    assert_at_places(d.low, least, places)
    assert_at_places(d.high, most, places)
    assert d.text.endswith(f"between {written(least, places)} and {written(most, places)} percent")
    assert d.change == percent_change(old, new)


@pytest.mark.parametrize("places", [-1, -2, -3, -5])
def test_negative_places_round_to_tens_and_beyond(places: int) -> None:
    """places=-1 rounds to tens, -2 to hundreds: points and ranges, up and down."""
    for old, new in ((Decimal("85.5"), Decimal("80")), (Decimal(3), Decimal("7654.3"))):
        d = describe_change(old, new, places=places)
        assert_at_places(d.low, to_places(abs(exact_change(old, new)), places), places)
    d = describe_change(between(3, 7), Decimal("7654.3"), places=places)
    assert_at_places(d.low, to_places(exact_change(7, Decimal("7654.3")), places, "floor"), places)
    assert_at_places(
        d.high, to_places(exact_change(3, Decimal("7654.3")), places, "ceiling"), places
    )
    assert describe_change(Decimal(3), Decimal(7), places=-1).text == "a 130 percent increase"
    assert describe_change(Decimal(3), Decimal(7), places=-2).text == "a 100 percent increase"


@pytest.mark.parametrize("places", [29, 30, 31, 60, 100])
def test_check_a_long_statement_digit_for_digit(places: int) -> None:
    """A change stated to 29 or more places agrees; one unit more or less in its last does not."""
    for old, new in ((Decimal("85.5"), Decimal("80")), (Decimal(6), Decimal(7))):
        right = to_places(exact_change(old, new), places)
        unit = Fraction(10) ** -places
        c = check_change(old, new, stated=as_stated(right, places))
        assert (c.agrees, c.places, c.computed) == (True, places, percent_change(old, new))
        assert_at_places(c.rounded, right, places)
        for wrong in (right - unit, right + unit):
            c = check_change(old, new, stated=as_stated(wrong, places))
            assert (c.agrees, c.places) == (False, places)
            assert_at_places(c.rounded, right, places)


@pytest.mark.parametrize("places", [29, 30, 100])
def test_check_a_long_statement_against_a_range(places: int) -> None:
    """Against a range, a long statement agrees from the rounded low end to the rounded high end."""
    old, new = between("85.5", "86"), Decimal(80)
    low = to_places(exact_change(Decimal(86), new), places)
    high = to_places(exact_change(Decimal("85.5"), new), places)
    unit = Fraction(10) ** -places
    for stated, agrees in (
        (low, True),
        (high, True),
        (low - unit, False),
        (high + unit, False),
    ):
        c = check_change(old, new, stated=as_stated(stated, places))
        assert (c.agrees, c.places, c.rounded) == (agrees, places, None)


def test_places_are_bounded_at_a_hundred() -> None:
    """From -100 to 100 places are taken; one past either is refused by name."""
    assert describe_change(1, 2, places=100).text == f"a 100.{'0' * 100} percent increase"
    assert describe_change(1, 2, places=-100).text == "a 0 percent increase"
    for places in (101, -101):
        with pytest.raises(ValueError, match=rf"^'places' must be from -100 to 100, got {places}$"):
            describe_change(1, 2, places=places)
        with pytest.raises(ValueError, match=rf"^'places' must be from -100 to 100, got {places}$"):
            check_change(1, 2, stated=100, places=places)
    with pytest.raises(ValueError, match=r"got 101$"):
        check_change(1, 2, stated=Decimal("1E-101"))


@given(old=_BASES, new=_FIGURES, places=st.integers(-5, 100))
def test_words_and_checks_agree_with_fractions(old: Decimal, new: Decimal, places: int) -> None:
    """For any figures and places from -5 to 100: the exact change rounded half-up, checked both ways."""
    exact = exact_change(old, new)
    right = to_places(exact, places)
    d = describe_change(old, new, places=places)
    assert_at_places(d.low, to_places(abs(exact), places), places)
    assert d.direction is (
        Direction.NO_CHANGE
        if exact == 0
        else Direction.INCREASE
        if exact > 0
        else Direction.DECREASE
    )
    c = check_change(old, new, stated=as_stated(right, places), places=places)
    assert c.agrees
    assert_at_places(c.rounded, right, places)
    unit = Fraction(10) ** -places
    assert not check_change(old, new, stated=as_stated(right + unit, places), places=places)
    assert not check_change(old, new, stated=as_stated(right - unit, places), places=places)


@given(
    ends=st.lists(_BASES, min_size=2, max_size=2, unique=True),
    new=_FIGURES,
    places=st.integers(-5, 100),
)
def test_ranges_agree_with_fractions(ends: list[Decimal], new: Decimal, places: int) -> None:
    """A base between two values: the words round the exact ends outward; checks meet them exactly."""
    low_old, high_old = sorted(ends)
    old = between(low_old, high_old)
    low, high = sorted((exact_change(low_old, new), exact_change(high_old, new)))
    d = describe_change(old, new, places=places)
    if low == high:  # to zero: -100 from any base, one change rounded as a point
        assert_at_places(d.low, to_places(-low, places), places)
        assert d.low == d.high
    elif d.direction is Direction.DECREASE:
        assert high < 0 or high == 0
        assert_at_places(d.low, to_places(-high, places, "floor"), places)
        assert_at_places(d.high, to_places(-low, places, "ceiling"), places)
    else:
        assert_at_places(d.low, to_places(low, places, "floor"), places)
        assert_at_places(d.high, to_places(high, places, "ceiling"), places)
    unit = Fraction(10) ** -places
    first, last = to_places(low, places), to_places(high, places)
    for stated, agrees in (
        (first, True),
        (last, True),
        (first - unit, False),
        (last + unit, False),
    ):
        c = check_change(old, new, stated=as_stated(stated, places), places=places)
        assert c.agrees is agrees


@given(old=_FIGURES.filter(lambda d: d != 0), new=_FIGURES)
def test_percent_change_is_the_exact_change_rounded_once(old: Decimal, new: Decimal) -> None:
    """28 significant digits, rounded half to even from the exact change, at any span of digits."""
    result = percent_change(old, new, allow_negative_base=True)
    exact = exact_change(old, new)
    assert Fraction(result) == (to_28_digits(exact) if exact else 0)
    assert len(result.as_tuple().digits) <= 28
    # Written as one division of the exact (new - old) * 100 writes it:
    with localcontext(hb._changes._CONTEXT.copy()) as wide:
        wide.prec = 1000
        scaled = (new - old) * 100
        wide.prec = 28
        assert result.as_tuple() == (scaled / old.copy_abs()).as_tuple()


def test_percent_change_is_rounded_once_where_new_minus_old_is_long() -> None:
    """New - old with 30 digits was rounded before the division: the last digit was 0, not 1."""
    new = Decimal("5.065782715596051934118817163E+29")
    assert str(percent_change(Decimal("54.1"), new)) == "9.363738845833737401328682371E+29"
    big = Decimal("123456789012345678901234567891")  # 30 digits: new - old is the base itself
    assert str(percent_change(big, Decimal("246913578024691357802469135782"))) == "100"
    assert str(percent_change(big, Decimal("246913578024691357802469135782.00"))) == "100.00"
    assert str(percent_change(big, Decimal(f"246913578024691357802469135782.{'0' * 40}"))) == (
        "100.0000000000000000000000000"
    )
    # 100 (new - old) is exact in 29 digits: rounded once, to 28
    assert str(percent_change(1, Decimal("123456789012345678901234567891"))) == (
        "1.234567890123456789012345679E+31"
    )
    assert str(percent_change(Decimal(3), Decimal("1E+40") + 1)) == (
        "3.333333333333333333333333333E+41"
    )


def test_a_change_to_a_figure_far_smaller_or_larger_is_cheap() -> None:
    """The digits between two far-apart exponents are never written out."""
    tiny, huge = Decimal("1E-999999999"), Decimal("1E+999999999")
    assert str(percent_change(Decimal(1), tiny)) == "-100.0000000000000000000000000"
    assert str(percent_change(tiny, Decimal(1))) == "1.000000000000000000000000000E+1000000001"
    assert str(percent_change(Decimal(3), huge)) == "3.333333333333333333333333333E+1000000000"
    assert (
        describe_change(Decimal(1), tiny, places=100).text == f"a 100.{'0' * 100} percent decrease"
    )
    assert check_change(Decimal(1), tiny, stated=-100, places=-100).agrees


@given(
    old=_FIGURES.filter(lambda d: d != 0),
    new=_FIGURES,
    exponent=st.integers(-40, 40),
)
def test_near_holds_the_change_to_its_unit(old: Decimal, new: Decimal, exponent: int) -> None:
    """_near gives the change when it is whole in units, else the middle of its unit."""
    from honduras_brief._changes import _near

    exact = exact_change(old, new) / Fraction(10) ** exponent
    units = exact.numerator // exact.denominator
    value, whole = _near(old, new, exponent)
    assert whole is (exact == units)
    assert Fraction(value) == (units + (0 if whole else Fraction(1, 2))) * Fraction(10) ** exponent


@pytest.mark.parametrize(
    ("old", "new", "value", "whole"),
    [
        (1, 10**10 + 1, 10**12, True),  # the remainder is k |o| itself
        (-1, 99, 10**4, True),  # ... one |o| above it (a negative base)
        (1, -9, -1000, True),  # ... one |o| below it
        (-1, Decimal("99.5"), Fraction(10500), False),  # 10.05 thousands: past the edge above
        (1, Decimal("-9.5"), Fraction(-1500), False),  # -1.05 thousands: past the edge below
    ],
)
def test_near_at_the_edges_of_a_coarse_unit(
    old: int, new: Decimal | int, value: Fraction | int, whole: bool
) -> None:
    """In thousands, 100 |old| is a tenth of a unit: each edge it can carry the change past."""
    from honduras_brief._changes import _near

    result = _near(Decimal(old), Decimal(new), 3)
    assert (Fraction(result[0]), result[1]) == (value, whole)


def test_a_round_figure_is_read_from_the_exact_change() -> None:
    """A change a hair under 10 is not "at least 10", though 28 digits round it to 10."""
    hair = Decimal("109.99999999999999999999999999999")
    assert percent_change(Decimal(100), hair) == 10
    check = check_change(Decimal(100), hair, stated=10, round_figure=True)
    assert (check.places, check.agrees) == (0, True)
    assert check_change(Decimal(100), Decimal(110), stated=10, round_figure=True).places == -1
    ranged = check_change(Decimal(100), between(hair, 120), stated=10, round_figure=True)
    assert ranged.places == 0
    with localcontext() as ctx:
        ctx.prec = 1  # abs() would have rounded 9.6 to 1E+1
        check = check_change(Decimal(100), Decimal("109.6"), stated=10, round_figure=True)
        assert (check.places, check.agrees) == (0, True)


def test_a_narrow_range_is_not_a_point() -> None:
    """A range narrower than the places is still a range; a change to zero from a range is -100."""
    narrow = between(1, "1.0000000000000000000000000000000000000001")
    d = describe_change(Decimal(3), narrow)
    assert (d.text, d.low, d.high) == (
        "a decrease of between 66.6 and 66.7 percent",
        Decimal("66.6"),
        Decimal("66.7"),
    )
    assert not check_change(Decimal(3), narrow, stated=Decimal("-66.7")).rounded
    flat = describe_change(between(1, 2), 0)
    assert (flat.text, flat.low, flat.high) == (
        "a 100.0 percent decrease",
        Decimal("100.0"),
        Decimal("100.0"),
    )


def test_the_records_show_short_and_whole() -> None:
    """Each record's repr shows five digits, its caption the change, and a Quantity is no statement."""
    r = percent_change(between(1, 2), 3)
    assert repr(r) == (
        "ChangeRange(low=Decimal('50'), high=Decimal('200'), low_exclusive=False, high_exclusive=False)"
    )
    assert r._summary() == "50 ≤ change ≤ 200"
    assert percent_change(Decimal(3), figure(Qualifier.SOME))._summary() == "any change"
    assert percent_change(Decimal(3), figure(Qualifier.EXACT, "7", "7"))._summary() == "133.33…"
    assert percent_change(Decimal(3), figure(Qualifier.MORE_THAN, "4"))._summary() == (
        "33.333… < change"
    )
    d = describe_change(Decimal(3), Decimal(7), places=30)
    assert (d._summary(), str(d)) == (d.text, d.text)
    assert repr(d) == (
        "ChangeDescription(direction=<Direction.INCREASE: 'increase'>, low=133.33…, high=133.33…,"
        f" places=30, change=133.33…, text='a 133.{'3' * 30} percent increase')"
    )
    c = check_change(Decimal(3), Decimal(7), stated=Decimal("133.3"))
    assert c._summary() == "the stated 133.3 agrees with the figures"
    assert repr(c) == (
        "ChangeCheck(agrees=True, stated=Decimal('133.3'), places=1, computed=133.33…,"
        " rounded=Decimal('133.3'))"
    )
    assert check_change(3, 7, stated=1)._summary() == "the stated 1 does not agree with the figures"
    with pytest.raises(FigureTypeError, match=r"^'stated' must be a number .*not a Quantity$"):
        check_change(3, 7, stated=figure(Qualifier.EXACT, "1", "1"))  # type: ignore[arg-type]
