"""parse_figure: every form it reads, every figure of the brief, and what it refuses."""

from __future__ import annotations

import pickle
from decimal import Decimal

import pytest
from conftest import QUANTITIES
from hypothesis import given
from hypothesis import strategies as st

import honduras_brief as hb
from honduras_brief import (
    FigureParseError,
    FigureReading,
    HondurasBriefError,
    Qualifier,
    Quantity,
    Unit,
    parse_figure,
)

Q = Qualifier
PCT, RATE, USD = Unit.PERCENT, Unit.PER_100000_POPULATION, Unit.US_DOLLARS


def _exact(value: Decimal | None) -> tuple[object, ...] | None:
    """A bound as digits and exponent, so that 85.5 and 85.50 differ."""
    return None if value is None else tuple(value.as_tuple())


def _bounds(reading: FigureReading) -> tuple[object, ...]:
    return (reading.qualifier, reading.unit, _exact(reading.low), _exact(reading.high))


def _d(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


# --- The forms read ---------------------------------------------------------------

ACCEPTED = [
    # numerals
    ("57", Q.EXACT, None, "57", "57"),
    ("1,200", Q.EXACT, None, "1200", "1200"),
    ("1200", Q.EXACT, None, "1200", "1200"),
    ("85.5", Q.EXACT, None, "85.5", "85.5"),
    ("79.0", Q.EXACT, None, "79.0", "79.0"),
    ("85.50", Q.EXACT, None, "85.50", "85.50"),
    ("0.5", Q.EXACT, None, "0.5", "0.5"),
    ("0", Q.EXACT, None, "0", "0"),
    ("1,234,567.25", Q.EXACT, None, "1234567.25", "1234567.25"),
    # number words
    ("seven", Q.EXACT, None, "7", "7"),
    ("Seven", Q.EXACT, None, "7", "7"),
    ("nineteen", Q.EXACT, None, "19", "19"),
    ("forty", Q.EXACT, None, "40", "40"),
    ("twenty-five", Q.EXACT, None, "25", "25"),
    ("a dozen", Q.EXACT, None, "12", "12"),
    ("two dozen", Q.EXACT, None, "24", "24"),
    ("a hundred", Q.EXACT, None, "100", "100"),
    ("two hundred forty-five", Q.EXACT, None, "245", "245"),
    ("a thousand", Q.EXACT, None, "1000", "1000"),
    ("three thousand", Q.EXACT, None, "3000", "3000"),
    ("a hundred thousand", Q.EXACT, None, "100000", "100000"),
    ("one million two hundred thousand", Q.EXACT, None, "1200000", "1200000"),
    ("seven billion five", Q.EXACT, None, "7000000005", "7000000005"),
    # scale words
    ("1.5 million", Q.EXACT, None, "1500000", "1500000"),
    ("800 million", Q.EXACT, None, "800000000", "800000000"),
    ("$800 million", Q.EXACT, USD, "800000000", "800000000"),
    ("$1.2 billion", Q.EXACT, USD, "1200000000", "1200000000"),
    ("2 thousand", Q.EXACT, None, "2000", "2000"),
    ("1.2345678 thousand", Q.EXACT, None, "1234.5678", "1234.5678"),
    # units
    ("$500", Q.EXACT, USD, "500", "500"),
    ("500 dollars", Q.EXACT, USD, "500", "500"),
    ("80 percent", Q.EXACT, PCT, "80", "80"),
    ("80 per cent", Q.EXACT, PCT, "80", "80"),
    ("80%", Q.EXACT, PCT, "80", "80"),
    ("80 %", Q.EXACT, PCT, "80", "80"),
    ("6.4 percent", Q.EXACT, PCT, "6.4", "6.4"),
    ("85.5 per 100,000", Q.EXACT, RATE, "85.5", "85.5"),
    ("80 per 100000", Q.EXACT, RATE, "80", "80"),
    # qualifiers
    ("more than 80 percent", Q.MORE_THAN, PCT, "80", None),
    ("More than 1,200", Q.MORE_THAN, None, "1200", None),
    ("over 9,000", Q.MORE_THAN, None, "9000", None),
    ("at least ten", Q.AT_LEAST, None, "10", None),
    ("almost 250", Q.ALMOST, None, None, "250"),
    ("nearly 250", Q.ALMOST, None, None, "250"),
    ("less than 10", Q.LESS_THAN, None, None, "10"),
    ("fewer than a dozen", Q.LESS_THAN, None, None, "12"),
    ("at most 3 percent", Q.AT_MOST, PCT, None, "3"),
    ("up to 5%", Q.AT_MOST, PCT, None, "5"),
    ("as many as seven", Q.AT_MOST, None, None, "7"),
    ("as much as $1.2 billion", Q.AT_MOST, USD, None, "1200000000"),
    ("between $500 and $800 million", Q.BETWEEN, USD, "500000000", "800000000"),
    ("between 500 and 800 million", Q.BETWEEN, None, "500000000", "800000000"),
    ("between 1.5 and 2 million", Q.BETWEEN, None, "1500000", "2000000"),
    ("between 500 thousand and 2 million", Q.BETWEEN, None, "500000", "2000000"),
    ("between five and ten million", Q.BETWEEN, None, "5000000", "10000000"),
    ("between 5 and 10 percent", Q.BETWEEN, PCT, "5", "10"),
    ("between 5 percent and 10 percent", Q.BETWEEN, PCT, "5", "10"),
    ("between $5 and 10", Q.BETWEEN, USD, "5", "10"),
    ("between 79.0 and 85.50 per 100,000", Q.BETWEEN, RATE, "79.0", "85.50"),
    # approximations: no bound
    ("about 50", Q.ABOUT, None, None, None),
    ("some 200", Q.ABOUT, None, None, None),
    ("roughly $3 million", Q.ABOUT, USD, None, None),
    ("approximately 80 percent", Q.ABOUT, PCT, None, None),
    ("around twenty", Q.ABOUT, None, None, None),
    # indefinites
    ("many", Q.MANY, None, None, None),
    ("Many", Q.MANY, None, None, None),
    ("a number of units", Q.SOME, None, None, None),
    ("dozens", Q.DOZENS, None, "24", None),
    ("Dozens of police", Q.DOZENS, None, "24", None),
    ("hundreds", Q.HUNDREDS, None, "200", None),
    ("hundreds of officers", Q.HUNDREDS, None, "200", None),
]


@pytest.mark.parametrize(
    ("text", "qualifier", "unit", "low", "high"), ACCEPTED, ids=[a[0] for a in ACCEPTED]
)
def test_every_form_reads_exactly(
    text: str, qualifier: Qualifier, unit: Unit | None, low: str | None, high: str | None
) -> None:
    """Each form gives its qualifier, unit and bounds, digits and exponent as written."""
    reading = parse_figure(text)
    assert _bounds(reading) == (qualifier, unit, _exact(_d(low)), _exact(_d(high)))
    assert (str(reading.low), str(reading.high)) == (str(_d(low)), str(_d(high)))
    assert reading.text == text


def test_79_0_keeps_its_exponent() -> None:
    """'79.0' is Decimal('79.0'), not Decimal('79'): the text's precision is kept."""
    reading = parse_figure("79.0")
    assert reading.low is not None
    assert type(reading.low) is Decimal
    assert str(reading.low) == "79.0"
    assert reading.low.as_tuple() == (0, (7, 9, 0), -1)
    assert reading.value is reading.low


@pytest.mark.parametrize(
    ("text", "near"),
    [("about 50", "50"), ("some 200", "200"), ("roughly $3 million", "3000000")],
)
def test_an_approximation_keeps_its_number_apart(text: str, near: str) -> None:
    """An approximation bounds nothing; the number it is near is kept on its own."""
    reading = parse_figure(text)
    assert (reading.low, reading.high, reading.value) == (None, None, None)
    assert str(reading.approximately) == near


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("57 judges", "judges"),
        ("A number of these units", "these units"),
        ("dozens of police", "police"),
        ("many Honduran citizens", "Honduran citizens"),
        (
            "more than 1,200 Honduran police, prosecutors, and judges",
            "Honduran police, prosecutors, and judges",
        ),
        ("57 of the  judges", "the judges"),
        ("57", None),
    ],
)
def test_what_follows_the_figure_is_what_it_counts(text: str, counted: str | None) -> None:
    """The words after a figure are returned as what it counts, never read as a unit."""
    assert parse_figure(text).counted == counted


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("dozens", "'dozens' gives no number; two dozen (24) is the least it can mean."),
        ("hundreds", "'hundreds' gives no number; two hundred (200) is the least it can mean."),
        ("57", None),
        ("a number of units", None),
    ],
)
def test_only_indefinites_with_a_least_number_are_inferred(text: str, reason: str | None) -> None:
    """'dozens' and 'hundreds' give a low bound the words do not write, with the reason."""
    assert parse_figure(text).inferred == reason


def test_the_unit_of_a_bare_count_is_the_caller_s() -> None:
    """A count names no unit: it is the one passed, or None; a named unit must agree."""
    assert parse_figure("57").unit is None
    assert parse_figure("57", unit=Unit.PERSONS).unit is Unit.PERSONS
    assert parse_figure("80 percent", unit=Unit.PERCENT).unit is Unit.PERCENT
    with pytest.raises(
        FigureParseError,
        match=r"^cannot read '80 percent' as a figure: the words give percent, not persons$",
    ):
        parse_figure("80 percent", unit=Unit.PERSONS)


# --- Every figure of the brief ------------------------------------------------------


@pytest.mark.parametrize("quantity", QUANTITIES, ids=[q.id for q in QUANTITIES])
def test_every_figure_of_the_brief_reads_back(quantity: Quantity) -> None:
    """Each figure's words give its own qualifier, unit and bounds, exactly."""
    reading = parse_figure(quantity.text, unit=quantity.unit)
    assert _bounds(reading) == (
        quantity.qualifier,
        quantity.unit,
        _exact(quantity.low),
        _exact(quantity.high),
    )
    assert (reading.inferred is None) == (quantity.inferred is None)
    assert reading.inferred == quantity.inferred


def test_the_brief_s_figures_as_the_issue_lists_them() -> None:
    """The figures whose words need a decision read as documented."""
    units = parse_figure("A number of these units")
    assert (units.qualifier, units.unit, units.counted) == (Q.SOME, None, "these units")
    many = parse_figure("many")
    assert (many.qualifier, many.unit, many.low, many.high) == (Q.MANY, None, None, None)
    seized = parse_figure("between $500 and $800 million")
    assert _bounds(seized) == (
        Q.BETWEEN,
        USD,
        _exact(Decimal(500000000)),
        _exact(Decimal(800000000)),
    )


# --- What is refused -----------------------------------------------------------------

REFUSED = [
    ("", "it is empty"),
    ("   ", "it is empty"),
    ("more than", "it gives no number"),
    ("between", "it gives no number"),
    ("between 5 and", "it gives no number"),
    ("between 800 and 500", "its low bound 800 is not below its high bound 500"),
    ("between 500 and 500", "its low bound 500 is not below its high bound 500"),
    ("between 500 and 1 million", "its low bound 500000000 is not below its high bound 1000000"),
    ("between 5 or 6", "'between' needs 'and' between its two numbers"),
    ("between $5 and 10 percent", "its two numbers are in usd and percent"),
    ("eleventy", "'eleventy' is not a number"),
    ("NaN", "'NaN' is not a number"),
    ("Infinity", "'Infinity' is not a number"),
    ("1e999", "'1e999' is not a number"),
    ("1E3", "'1E3' is not a number"),
    ("-5", "'-5' is not a number"),
    ("+5", "'+5' is not a number"),
    ("05", "'05' is not a number"),
    ("1,20", "'1,20' is not a number"),
    ("1_000", "'1_000' is not a number"),
    (".5", "'.5' is not a number"),
    ("$seven", "'$seven' is not a number"),
    ("a", "'a' is not a number"),
    ("a lot", "'a' is not a number"),
    ("hundred", "'hundred' is not a number"),
    ("some units", "'units' is not a number"),
    ("\u0668\u0665", "'\u0668' is not one of the digits 0-9"),
    ("\u0968\u0966", "'\u0968' is not one of the digits 0-9"),
    ("\uff18\uff15", "'\uff18' is not one of the digits 0-9"),
    ("8\u00bd", "'\u00bd' is not one of the digits 0-9"),
    ("\u4e94", "'\u4e94' is not one of the digits 0-9"),
    ("seven seven", "'seven' cannot follow the figure"),
    ("twenty five", "'five' cannot follow the figure"),
    ("5 million million", "'million' cannot follow the figure"),
    ("one hundred and five", "'and' cannot follow the figure"),
    ("more than 80 per", "'per' cannot follow the figure"),
    ("twenty hundred", "'twenty hundred' is not how a number is written"),
    ("a number of", "'of' is not followed by what the figure counts"),
    ("dozens of", "'of' is not followed by what the figure counts"),
    ("$80%", "'$80%' is both dollars and a percentage"),
    ("$5 percent", "it names two units"),
    ("57 judges 2", "'judges 2' after the figure holds a number"),
]


@pytest.mark.parametrize(("text", "reason"), REFUSED, ids=[repr(r[0]) for r in REFUSED])
def test_anything_else_is_refused_quoting_the_words(text: str, reason: str) -> None:
    """Words that are no figure raise a FigureParseError (a ValueError) that quotes them."""
    with pytest.raises(FigureParseError) as caught:
        parse_figure(text)
    assert str(caught.value) == f"cannot read {text!r} as a figure: {reason}"
    assert caught.value.text == text
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, HondurasBriefError)


def test_int_and_decimal_would_have_read_the_other_digits() -> None:
    """The refusal matters: Python itself reads Arabic-Indic digits as 85."""
    assert int("\u0668\u0665") == 85
    assert Decimal("\u0668\u0665") == 85
    with pytest.raises(ValueError, match="is not one of the digits 0-9"):
        parse_figure("\u0668\u0665")


@pytest.mark.parametrize(
    ("text", "unit", "message"),
    [
        (57, None, "'text' must be a str, got 57 of type int"),
        (None, None, "'text' must be a str, got None of type NoneType"),
        ("57", "persons", "'unit' must be a Unit or None, got 'persons' of type str"),
    ],
)
def test_wrong_types_are_a_type_error(text: object, unit: object, message: str) -> None:
    """A text that is not a str, or a unit that is not a Unit, is a TypeError naming it."""
    with pytest.raises(TypeError, match=f"^{message}$"):
        parse_figure(text, unit=unit)  # type: ignore[arg-type]


def test_the_error_pickles() -> None:
    """A FigureParseError survives pickling with its message (as multiprocessing needs)."""
    error = FigureParseError("eleventy", "'eleventy' is not a number")
    again = pickle.loads(pickle.dumps(error))  # noqa: S301 -- our own object
    assert (type(again), str(again), again.text, again.reason) == (
        FigureParseError,
        str(error),
        "eleventy",
        error.reason,
    )


def test_the_names_are_public() -> None:
    """parse_figure, FigureReading and FigureParseError are exported at the top level."""
    assert {"parse_figure", "FigureReading", "FigureParseError"} <= set(hb.__all__)
    assert hb.parse_figure is parse_figure


# --- Property: a figure formatted in words reads back -------------------------------

_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_thousand(n: int) -> list[str]:
    words = [_ONES[n // 100], "hundred"] if n >= 100 else []
    n %= 100
    if n >= 20:
        words.append(_TENS[n // 10] + (f"-{_ONES[n % 10]}" if n % 10 else ""))
    elif n:
        words.append(_ONES[n])
    return words


def in_words(n: int) -> str:
    """*n* (1 to 999,999,999,999) in English words, as a report writes it."""
    words: list[str] = []
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        if n >= scale:
            words += [*_below_thousand(n // scale), name]
            n %= scale
    return " ".join(words + _below_thousand(n))


@st.composite
def numbers(draw: st.DrawFn, *, scaled: bool = True) -> tuple[str, Decimal, bool]:
    """A number as a report may write it, the Decimal it means, and whether it is digits."""
    form = draw(
        st.sampled_from(["plain", "grouped", "decimal", "words", "scaled"][: 5 if scaled else 4])
    )
    if form == "decimal":
        value = draw(st.decimals(min_value=0, max_value=10**7, places=draw(st.integers(1, 3))))
        return draw(st.sampled_from([f"{value:f}", f"{value:,f}"])), value, True
    if form == "scaled":
        places = draw(st.integers(0, 2))
        mantissa = draw(st.decimals(min_value=1, max_value=999, places=places))
        name, power = draw(st.sampled_from([("thousand", 3), ("million", 6), ("billion", 9)]))
        return f"{mantissa:f} {name}", Decimal(int(mantissa.scaleb(power))), True
    n = draw(st.integers(1 if form == "words" else 0, 10**12 - 1))
    if form == "words":
        return in_words(n), Decimal(n), False
    return (f"{n:,}" if form == "grouped" else str(n)), Decimal(n), True


_PHRASES = {
    Q.EXACT: [""],
    Q.MORE_THAN: ["more than", "over"],
    Q.AT_LEAST: ["at least"],
    Q.ALMOST: ["almost", "nearly"],
    Q.LESS_THAN: ["less than", "fewer than"],
    Q.AT_MOST: ["at most", "up to", "as many as", "as much as"],
    Q.ABOUT: ["about", "some", "roughly", "approximately", "around"],
}


def _with_unit(draw: st.DrawFn, number: str, digits: bool, unit: Unit | None) -> str:
    if unit is USD:
        return f"${number}" if digits and draw(st.booleans()) else f"{number} dollars"
    if unit is PCT:
        return draw(
            st.sampled_from(
                [f"{number} percent", f"{number} per cent"]
                + ([f"{number}%"] if digits and " " not in number else [])
            )
        )
    if unit is RATE:
        return f"{number} per 100,000"
    return number


@st.composite
def written_figures(
    draw: st.DrawFn,
) -> tuple[str, Qualifier, Unit | None, Decimal | None, Decimal | None, Decimal | None, str | None]:
    """Words of a figure and what they mean: qualifier, unit, low, high, near, what it counts."""
    unit = draw(st.sampled_from([None, PCT, RATE, USD]))
    qualifier = draw(st.sampled_from([*_PHRASES, Q.BETWEEN]))
    low = high = near = None
    if qualifier is Q.BETWEEN:
        # A scale word on the second number alone is both numbers' scale: keep it off here.
        (a, x, a_digits), (b, y, b_digits) = (
            draw(numbers(scaled=False)),
            draw(numbers(scaled=False)),
        )
        if x == y:
            b, y, b_digits = str(x + 1), x + 1, True
        if y < x:
            (a, x, a_digits), (b, y, b_digits) = (b, y, b_digits), (a, x, a_digits)
        first = _with_unit(draw, a, a_digits, unit) if draw(st.booleans()) else a
        words = f"between {first} and {_with_unit(draw, b, b_digits, unit)}"
        low, high = x, y
    else:
        number, value, digits = draw(numbers())
        phrase = draw(st.sampled_from(_PHRASES[qualifier]))
        words = f"{phrase} {_with_unit(draw, number, digits, unit)}".strip()
        if qualifier is Q.EXACT:
            low = high = value
        elif qualifier in (Q.MORE_THAN, Q.AT_LEAST):
            low = value
        elif qualifier is Q.ABOUT:
            near = value
        else:
            high = value
    counted = draw(st.sampled_from([None, "judges", "Honduran citizens", "of the police"]))
    if counted is not None:
        words = f"{words} {counted}"
    words = draw(
        st.sampled_from(
            [words, words.upper(), words[:1].upper() + words[1:], words.replace(" ", "  ")]
        )
    )
    shown = None if counted is None else " ".join(counted.removeprefix("of ").split())
    if shown is not None and words.isupper():
        shown = shown.upper()
    return words, qualifier, unit, low, high, near, shown


@given(written_figures())
def test_a_figure_written_out_reads_back_to_its_bounds(
    figure: tuple[
        str, Qualifier, Unit | None, Decimal | None, Decimal | None, Decimal | None, str | None
    ],
) -> None:
    """Any figure written in any form the reader knows gives back its qualifier, unit and exact bounds."""
    words, qualifier, unit, low, high, near, counted = figure
    reading = parse_figure(words)
    assert _bounds(reading) == (qualifier, unit, _exact(low), _exact(high))
    assert _exact(reading.approximately) == _exact(near)
    assert reading.counted == counted


@given(st.integers(1, 10**12 - 1))
def test_every_number_in_words_reads_back(n: int) -> None:
    """Every whole number below a trillion, written in words, reads back as itself."""
    assert parse_figure(in_words(n)).value == Decimal(n)


@given(st.text(max_size=20))
def test_any_text_is_read_or_refused_with_a_value_error(text: str) -> None:
    """Whatever the text, parse_figure reads it or raises FigureParseError, nothing else."""
    try:
        reading = parse_figure(text)
    except FigureParseError as error:
        refused: FigureParseError | None = error
    else:
        refused = None
        for bound in (reading.low, reading.high, reading.approximately):
            assert bound is None or (type(bound) is Decimal and bound.is_finite())
    assert refused is None or refused.text == text


def test_an_estimate_is_an_approximation() -> None:
    """'an estimated 56 per 100,000', as later reports write a rate: about 56, no bound."""
    r = hb.parse_figure("an estimated 56 per 100,000")
    assert (r.qualifier, r.approximately, r.unit) == (
        hb.Qualifier.ABOUT,
        Decimal(56),
        hb.Unit.PER_100000_POPULATION,
    )
    assert (r.low, r.high) == (None, None)
    assert hb.parse_figure("estimated 12,000").approximately == Decimal(12000)


def test_above_and_under_bound_a_figure() -> None:
    """'above 80 percent' is more than 80; 'under 50' less than 50."""
    above, under = hb.parse_figure("above 80 percent"), hb.parse_figure("under 50")
    assert (above.qualifier, above.low, above.high) == (hb.Qualifier.MORE_THAN, Decimal(80), None)
    assert (under.qualifier, under.low, under.high) == (hb.Qualifier.LESS_THAN, None, Decimal(50))
