"""DateRange validation."""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Callable

import attrs
import pendulum
import pytest

from honduras_brief import DateRange, InvalidRangeError, Precision


def day_range(start: object, end: object, precision: Precision = Precision.DAY) -> DateRange:
    """A range built from loose arguments, for the error cases."""
    return DateRange(start=start, end=end, precision=precision)  # type: ignore[arg-type]


def test_a_range_counts_its_days_inclusively() -> None:
    """September 19-26 is eight days, both ends included."""
    r = day_range(pendulum.date(2013, 9, 19), pendulum.date(2013, 9, 26))
    assert r.days == 8
    assert r.is_stated
    assert type(r.start) is pendulum.Date


@pytest.mark.parametrize(
    ("start", "end", "precision"),
    [
        ((2013, 1, 1), (2013, 12, 31), Precision.YEAR),
        ((2013, 7, 1), (2013, 12, 31), Precision.HALF_YEAR),
        ((2013, 1, 1), (2013, 6, 30), Precision.HALF_YEAR),
        ((2012, 2, 1), (2012, 2, 29), Precision.MONTH),
        ((2013, 9, 1), (2013, 10, 31), Precision.MONTH),
        ((2013, 9, 19), (2013, 9, 19), Precision.DAY),
    ],
)
def test_aligned_ranges_are_accepted(
    start: tuple[int, int, int], end: tuple[int, int, int], precision: Precision
) -> None:
    """A range that starts and ends on its precision's boundaries is valid."""
    r = day_range(pendulum.date(*start), pendulum.date(*end), precision)
    assert (r.start, r.end, r.precision) == (pendulum.date(*start), pendulum.date(*end), precision)


@pytest.mark.parametrize(
    ("start", "end", "precision", "message"),
    [
        (
            (2013, 9, 26),
            (2013, 9, 19),
            Precision.DAY,
            r"'end' \(2013-09-19\) is before 'start' \(2013-09-26\)",
        ),
        ((2013, 1, 2), (2013, 12, 31), Precision.YEAR, "a range of year precision"),
        ((2013, 1, 1), (2013, 12, 30), Precision.YEAR, "a range of year precision"),
        ((2013, 2, 1), (2013, 6, 30), Precision.HALF_YEAR, "half-year precision"),
        ((2013, 1, 1), (2013, 7, 31), Precision.HALF_YEAR, "half-year precision"),
        ((2013, 2, 2), (2013, 2, 28), Precision.MONTH, "month precision"),
        ((2012, 2, 1), (2012, 2, 28), Precision.MONTH, "month precision"),
    ],
)
def test_impossible_ranges_are_refused(
    start: tuple[int, int, int], end: tuple[int, int, int], precision: Precision, message: str
) -> None:
    """End before start, or bounds off the precision's boundaries, are refused."""
    with pytest.raises(InvalidRangeError, match=message):
        day_range(pendulum.date(*start), pendulum.date(*end), precision)


@pytest.mark.parametrize(
    ("start", "message"),
    [
        (dt.datetime(2013, 9, 19, tzinfo=dt.UTC), "'start' must be a date, not a datetime"),
        (pendulum.datetime(2013, 9, 19), "'start' must be a date, not a datetime"),
        (dt.date(2013, 9, 19), "'start' must be a pendulum.Date"),
        ("2013-09-19", "'start' must be a pendulum.Date"),
    ],
)
def test_only_pendulum_dates_are_accepted(start: object, message: str) -> None:
    """A datetime is not a date, and nothing else is converted silently."""
    with pytest.raises(TypeError, match=message):
        day_range(start, pendulum.date(2013, 9, 26))


def test_inferred_needs_a_reason_and_precision_an_enum() -> None:
    """An empty reason and a precision given as a string are refused by name."""
    r = day_range(pendulum.date(2013, 9, 19), pendulum.date(2013, 9, 26))
    with pytest.raises(ValueError, match="'inferred' must not be empty"):
        attrs.evolve(r, inferred=" ")
    with pytest.raises(
        TypeError, match="'precision' must be of type Precision, got 'day' of type str"
    ):
        attrs.evolve(r, precision="day")
    inferred = attrs.evolve(r, inferred="the year is not written")
    assert not inferred.is_stated


# --- parse ------------------------------------------------------------------------

from hypothesis import given  # noqa: E402 -- grouped with the tests that use it
from hypothesis import strategies as st  # noqa: E402
from strategies import date_ranges, days  # noqa: E402

from honduras_brief import DateParseError  # noqa: E402

D = pendulum.date


@pytest.mark.parametrize(
    ("text", "year", "start", "end", "precision", "stated"),
    [
        ("September 19-26", 2013, D(2013, 9, 19), D(2013, 9, 26), Precision.DAY, False),
        ("September 19\u201326, 2013", None, D(2013, 9, 19), D(2013, 9, 26), Precision.DAY, True),
        ("September 19 \u2013 26, 2013", None, D(2013, 9, 19), D(2013, 9, 26), Precision.DAY, True),
        ("Sept. 19-26, 2013", None, D(2013, 9, 19), D(2013, 9, 26), Precision.DAY, True),
        ("sep 19-26 2013", None, D(2013, 9, 19), D(2013, 9, 26), Precision.DAY, True),
        (
            "September 28 - October 3, 2013",
            None,
            D(2013, 9, 28),
            D(2013, 10, 3),
            Precision.DAY,
            True,
        ),
        (
            "September 28 \u2013 October 3",
            2013,
            D(2013, 9, 28),
            D(2013, 10, 3),
            Precision.DAY,
            False,
        ),
        (
            "December 30, 2013 - January 2, 2014",
            None,
            D(2013, 12, 30),
            D(2014, 1, 2),
            Precision.DAY,
            True,
        ),
        ("September 19, 2013", None, D(2013, 9, 19), D(2013, 9, 19), Precision.DAY, True),
        ("  September   19,  2013 ", None, D(2013, 9, 19), D(2013, 9, 19), Precision.DAY, True),
        ("2012", None, D(2012, 1, 1), D(2012, 12, 31), Precision.YEAR, True),
        ("2012-2013", None, D(2012, 1, 1), D(2013, 12, 31), Precision.YEAR, True),
        ("2012 \u2013 2013", None, D(2012, 1, 1), D(2013, 12, 31), Precision.YEAR, True),
        ("October 2015", None, D(2015, 10, 1), D(2015, 10, 31), Precision.MONTH, True),
        ("Feb. 2012", None, D(2012, 2, 1), D(2012, 2, 29), Precision.MONTH, True),
        ("October", 2015, D(2015, 10, 1), D(2015, 10, 31), Precision.MONTH, False),
        ("June - July 2013", None, D(2013, 6, 1), D(2013, 7, 31), Precision.MONTH, True),
        (
            "December 2013 \u2013 January 2014",
            None,
            D(2013, 12, 1),
            D(2014, 1, 31),
            Precision.MONTH,
            True,
        ),
        ("mid-2013", None, D(2013, 6, 1), D(2013, 7, 31), Precision.MONTH, False),
        ("by mid-2013", None, None, D(2013, 6, 30), Precision.HALF_YEAR, False),
        ("by mid-year", 2013, None, D(2013, 6, 30), Precision.HALF_YEAR, False),
        ("By  Mid-Year", 2013, None, D(2013, 6, 30), Precision.HALF_YEAR, False),
        ("by September 26, 2013", None, None, D(2013, 9, 26), Precision.DAY, True),
        ("by Sept. 26", 2013, None, D(2013, 9, 26), Precision.DAY, False),
        ("by the end of June 2013", None, None, D(2013, 6, 30), Precision.MONTH, True),
        ("by the end of Feb. 2012", None, None, D(2012, 2, 29), Precision.MONTH, True),
        ("by the end of June", 2013, None, D(2013, 6, 30), Precision.MONTH, False),
        ("by the end of 2013", None, None, D(2013, 12, 31), Precision.YEAR, True),
        (
            "by the end of the first half of 2013",
            None,
            None,
            D(2013, 6, 30),
            Precision.HALF_YEAR,
            True,
        ),
        (
            "By the End of the second half of 2013",
            None,
            None,
            D(2013, 12, 31),
            Precision.HALF_YEAR,
            True,
        ),
        (
            "by the end of the second half of the year",
            2013,
            None,
            D(2013, 12, 31),
            Precision.HALF_YEAR,
            False,
        ),
        ("since September 19, 2013", None, D(2013, 9, 19), None, Precision.DAY, True),
        ("since Sept. 19", 2013, D(2013, 9, 19), None, Precision.DAY, False),
        ("since June 2013", None, D(2013, 6, 1), None, Precision.MONTH, True),
        ("Since 2013", None, D(2013, 1, 1), None, Precision.YEAR, True),
        ("since the second half of 2013", None, D(2013, 7, 1), None, Precision.HALF_YEAR, True),
        ("since first half of the year", 2013, D(2013, 1, 1), None, Precision.HALF_YEAR, False),
        ("../2013-06-30", None, None, D(2013, 6, 30), Precision.DAY, True),
        ("2013-09-19/..", None, D(2013, 9, 19), None, Precision.DAY, True),
        ("mid-year", 2013, D(2013, 6, 1), D(2013, 7, 31), Precision.MONTH, False),
        ("the first half of 2015", None, D(2015, 1, 1), D(2015, 6, 30), Precision.HALF_YEAR, True),
        (
            "The second half of 2015",
            None,
            D(2015, 7, 1),
            D(2015, 12, 31),
            Precision.HALF_YEAR,
            True,
        ),
        ("first half of the year", 2015, D(2015, 1, 1), D(2015, 6, 30), Precision.HALF_YEAR, False),
        ("2013-09-19/2013-09-26", None, D(2013, 9, 19), D(2013, 9, 26), Precision.DAY, True),
        ("2013-09-19", None, D(2013, 9, 19), D(2013, 9, 19), Precision.DAY, True),
    ],
)
def test_parse_reads_every_form(
    text: str,
    year: int | None,
    start: pendulum.Date | None,
    end: pendulum.Date | None,
    precision: Precision,
    stated: bool,
) -> None:
    """Each form reads to its days (None where open), its precision, and stated or inferred."""
    r = DateRange.parse(text, year=year)
    assert (r.start, r.end, r.precision, r.is_stated) == (start, end, precision, stated)
    assert type(r.start) is (pendulum.Date if start is not None else type(None))
    assert type(r.end) is (pendulum.Date if end is not None else type(None))
    assert r.is_open == (start is None or end is None)
    assert r.citation is None


def test_parse_says_why_a_range_is_inferred() -> None:
    """A supplied year, and a 'mid-year' reading, are given as the reasons."""
    assert DateRange.parse("September 19-26", year=2013).inferred == (
        "the text gives no year; 2013 was supplied"
    )
    assert (
        DateRange.parse("mid-2013").inferred
        == "'mid-year' names no month; it is read as June and July"
    )
    own = DateRange.parse("September 19-26", year=2013, reason="the report covers 2013")
    assert own.inferred == "the report covers 2013"


@pytest.mark.parametrize(
    ("text", "year", "reason", "message"),
    [
        (
            "September 19-26",
            None,
            None,
            "'September 19-26' as a date range: it gives no year; pass year=",
        ),
        ("by mid-year", None, None, "it gives no year"),
        ("September 19-26, 2013", 2013, None, "it gives its own year, so 'year' must not be given"),
        ("2013-09-19/2013-09-26", 2013, None, "it gives its own year"),
        ("2012", 2012, None, "it gives its own year"),
        ("2012", None, "because", "it is stated in full, so there is no inference"),
        ("Septober 19, 2013", None, None, "'Septober' is not a month"),
        ("September 31, 2013", None, None, "September 31, 2013 is not a date"),
        ("February 29, 2013", None, None, "February 29, 2013 is not a date"),
        ("2013-02-30", None, None, "it is not a real date"),
        ("2013-09-26/2013-09-19", None, None, "it ends before it starts"),
        ("September 26-19, 2013", None, None, "it ends before it starts"),
        (
            "December 30 - January 2, 2014",
            None,
            None,
            "ends before it starts; give the first date's year",
        ),
        ("2014 - 2012", None, None, "it ends before it starts"),
        ("September 2013 - October 3, 2013", None, None, "its two ends are not of the same kind"),
        ("mid-2013 - 2014", None, None, "its two ends are not of the same kind"),
        ("mid-2013 - mid-2014", None, None, "'mid-year' cannot be one end of a range"),
        ("last summer", None, None, "it is not a form this library reads"),
        ("", None, None, "it is not a form"),
        ("the 19th of September", None, None, "it is not a form"),
        ("2013-09-19T10:00", None, None, "it is not a form"),
    ],
)
def test_parse_refuses_what_it_cannot_read(
    text: str, year: int | None, reason: str | None, message: str
) -> None:
    """Anything else is refused with an error quoting the words; nothing is guessed."""
    with pytest.raises(DateParseError, match=message) as info:
        DateRange.parse(text, year=year, reason=reason)
    assert info.value.text == text
    assert repr(text) in str(info.value)


def test_parse_refuses_wrong_types() -> None:
    """The words must be a str and the year an int."""
    with pytest.raises(TypeError, match="'text' must be a str, got 2013 of type int"):
        DateRange.parse(2013)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="'year' must be an int, got '2013' of type str"):
        DateRange.parse("September 19-26", year="2013")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="'year' must be an int, got True"):
        DateRange.parse("September 19-26", year=True)


def test_the_briefs_periods_are_parsed_from_their_own_words() -> None:
    """Every date in the content is what DateRange.parse reads from its quote."""
    from conftest import DATE_RANGES

    cited = [p for p in DATE_RANGES if p.citation is not None]
    assert len(cited) == 7
    for period in cited:
        assert period.citation is not None
        given = period.start if period.start is not None else period.end
        assert given is not None
        written = str(given.year) in period.citation.quote
        year = None if written else given.year
        reason = None if written else period.inferred
        parsed = DateRange.parse(period.citation.quote, year=year, reason=reason)
        # A written year applied to a clause that does not carry it is
        # inferred, with its own reason, over the same days.
        assert attrs.evolve(parsed, citation=period.citation, inferred=period.inferred) == period
    # The span of a change is built from its two cited years.
    (span,) = [p for p in DATE_RANGES if p.citation is None]
    assert span.format() == "2012\u20132013"


# --- format and round trips --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "formatted"),
    [
        ("September 19-26, 2013", "September 19\u201326, 2013"),
        ("September 28 - October 3, 2013", "September 28 \u2013 October 3, 2013"),
        ("December 30, 2013 - January 2, 2014", "December 30, 2013 \u2013 January 2, 2014"),
        ("Sept. 19, 2013", "September 19, 2013"),
        ("October 2015", "October 2015"),
        ("June - July 2013", "June \u2013 July 2013"),
        ("December 2013 - January 2014", "December 2013 \u2013 January 2014"),
        ("the first half of 2015", "the first half of 2015"),
        (
            "the second half of 2015 - the first half of 2016",
            "the second half of 2015 \u2013 the first half of 2016",
        ),
        ("2012", "2012"),
        ("2012-2014", "2012\u20132014"),
    ],
)
def test_format(text: str, formatted: str) -> None:
    """Ranges are written in words as precise as they are."""
    r = DateRange.parse(text)
    assert (r.format(), str(r)) == (formatted, formatted)
    assert DateRange.parse(formatted) == r


@given(date_ranges())
def test_parse_reads_back_what_format_writes(r: DateRange) -> None:
    """parse(format(r)) == r, for every precision."""
    assert DateRange.parse(r.format()) == r


@given(date_ranges())
def test_iso_keeps_the_days(r: DateRange) -> None:
    """The ISO form reads back as the same days, at day precision."""
    back = DateRange.parse(r.isoformat())
    assert (back.start, back.end, back.precision) == (r.start, r.end, Precision.DAY)


# --- days, membership, sets ---------------------------------------------------------

SEPT = DateRange.parse("September 19-26, 2013")


def test_iteration_by_day_week_and_month() -> None:
    """Iteration yields pendulum dates from the start, by the unit asked."""
    assert [d.day for d in SEPT] == list(range(19, 27))
    assert all(type(d) is pendulum.Date for d in SEPT)
    assert [str(d) for d in SEPT.iter("week")] == ["2013-09-19", "2013-09-26"]
    assert [str(d) for d in DateRange.parse("2013").iter("month")][:3] == [
        "2013-01-01",
        "2013-02-01",
        "2013-03-01",
    ]
    with pytest.raises(ValueError, match="'unit' must be 'day', 'week' or 'month', got 'year'"):
        SEPT.iter("year")  # type: ignore[arg-type]


@given(date_ranges(), days)
def test_membership_agrees_with_iteration(r: DateRange, day: pendulum.Date) -> None:
    """D in r exactly when iterating r yields d; days counts them."""
    near = pendulum.date(r.start.year, r.start.month, r.start.day).add(
        days=(day.toordinal() % 60) - 30
    )
    listed = list(r) if r.days <= 800 else None
    if listed is not None:
        assert len(listed) == r.days
        assert (near in r) == (near in listed)
        assert (day in r) == (day in listed)
    assert (day in r) == (r.start <= day <= r.end)


@given(date_ranges(), date_ranges())
def test_set_operations_agree_with_sets_of_days(a: DateRange, b: DateRange) -> None:
    """overlaps, intersection and span agree with the sets of days they cover."""
    sa = set(range(a.start.toordinal(), a.end.toordinal() + 1))
    sb = set(range(b.start.toordinal(), b.end.toordinal() + 1))
    both = sa & sb
    assert a.overlaps(b) == b.overlaps(a) == bool(both)
    meet = a.intersection(b)
    if both:
        assert meet is not None
        assert (meet.start.toordinal(), meet.end.toordinal()) == (min(both), max(both))
        assert meet in a and meet in b
    else:
        assert meet is None
    cover = a.span(b)
    assert (cover.start.toordinal(), cover.end.toordinal()) == (min(sa | sb), max(sa | sb))
    assert a in cover and b in cover
    assert cover.precision.rank == min(a.precision.rank, b.precision.rank)


def test_intersection_and_span_keep_inference() -> None:
    """A result built from an inferred range is inferred, and cites nothing."""
    neptune = DateRange.parse("September 19-26", year=2013, reason="year supplied")
    meet = neptune.intersection(DateRange.parse("September 2013"))
    assert meet is not None
    assert (meet.inferred, meet.precision, meet.citation) == ("year supplied", Precision.DAY, None)
    assert DateRange.parse("2013").span(DateRange.parse("2012")).is_stated


def test_contains_and_compare_refuse_datetimes() -> None:
    """A datetime is not a date: membership and ordering refuse it."""
    with pytest.raises(TypeError, match="'item' must be a date, not a datetime"):
        pendulum.datetime(2013, 9, 20) in SEPT  # noqa: B015 -- the check is the raise
    with pytest.raises(TypeError, match="'item' must be a date or a DateRange, got '2013-09-20'"):
        "2013-09-20" in SEPT  # noqa: B015
    with pytest.raises(
        TypeError, match="not supported between instances of 'DateRange' and 'DateTime'"
    ):
        SEPT < pendulum.datetime(2013, 9, 20)  # type: ignore[operator]  # noqa: B015
    with pytest.raises(TypeError, match="'other' must be a DateRange"):
        SEPT.overlaps(pendulum.date(2013, 9, 20))  # type: ignore[arg-type]
    assert dt.date(2013, 9, 20) in SEPT


@given(st.lists(date_ranges(), min_size=2, max_size=6))
def test_ordering_is_total_and_sorts_timelines(ranges: list[DateRange]) -> None:
    """Sorting works, and the order is by start, then end, and agrees with ==."""
    ordered = sorted(ranges)
    for a, b in itertools.pairwise(ordered):
        assert a <= b and not b < a
        assert (a.start, a.end) <= (b.start, b.end)
    for a in ranges:
        for b in ranges:
            assert (a == b) == (a <= b <= a)
            assert (a < b) == (b > a) and (a <= b) == (b >= a)


def test_the_briefs_timeline_sorts() -> None:
    """The dated facts of the brief sort into a timeline."""
    from conftest import DATE_RANGES

    timeline = sorted(DATE_RANGES)
    assert [str(r) for r in timeline] == [
        "by the end of the first half of 2013",
        "2012", "2012", "2012", "2012\u20132013", "2013", "2013",
        "September 19\u201326, 2013",
    ]  # fmt: skip


# --- pendulum and fiscal years --------------------------------------------------------


def test_to_interval() -> None:
    """A pendulum Interval of pendulum Dates, over the same ends."""
    interval = SEPT.to_interval()
    assert isinstance(interval, pendulum.Interval)
    assert (interval.start, interval.end) == (SEPT.start, SEPT.end)
    assert type(interval.start) is pendulum.Date
    assert interval.in_days() == SEPT.days - 1


def test_instants_are_in_honduras() -> None:
    """Turned into instants, a range runs from midnight to midnight in Tegucigalpa."""
    interval = SEPT.to_datetime_interval()
    assert interval.start.isoformat() == "2013-09-19T00:00:00-06:00"
    assert interval.end.isoformat() == "2013-09-26T23:59:59.999999-06:00"
    assert interval.start.timezone_name == "America/Tegucigalpa"
    assert interval.start.in_timezone("UTC").isoformat() == "2013-09-19T06:00:00+00:00"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("September 30, 2013", (2013,)),
        ("October 1, 2012", (2013,)),
        ("September 30, 2012", (2012,)),
        ("September 19-26, 2013", (2013,)),
        ("September 28 - October 3, 2013", (2013, 2014)),
        ("2013", (2013, 2014)),
        ("2012-2013", (2012, 2013, 2014)),
    ],
)
def test_fiscal_years(text: str, years: tuple[int, ...]) -> None:
    """The U.S. fiscal years a range touches; FY2013 is October 2012 to September 2013."""
    assert DateRange.parse(text).fiscal_years == years


def test_a_fiscal_year_as_a_range() -> None:
    """DateRange.fiscal_year builds the year's months."""
    fy = DateRange.fiscal_year(2013)
    assert (str(fy.start), str(fy.end), fy.precision, fy.fiscal_years) == (
        "2012-10-01",
        "2013-09-30",
        Precision.MONTH,
        (2013,),
    )
    with pytest.raises(TypeError, match="'year' must be an int"):
        DateRange.fiscal_year("2013")  # type: ignore[arg-type]


def test_every_comparison_refuses_what_is_not_a_range() -> None:
    """<, <=, > and >= with a date or a datetime are TypeErrors, not answers."""
    for other in (pendulum.date(2013, 9, 20), pendulum.datetime(2013, 9, 20), "2013"):
        for compare in (
            lambda o: SEPT < o,
            lambda o: SEPT <= o,
            lambda o: SEPT > o,
            lambda o: SEPT >= o,
        ):
            with pytest.raises(TypeError, match="not supported between instances of 'DateRange'"):
                compare(other)


def test_ranges_differing_only_in_provenance_or_citation_are_ordered() -> None:
    """Same days, but stated or inferred, cited here or there: never tied, never equal."""
    import honduras_brief as hb

    first = DateRange.parse("2012")
    inferred = attrs.evolve(first, inferred="a reason")
    cited = attrs.evolve(first, citation=hb.Citation.of("2012", within="corridor in 2012"))
    later = attrs.evolve(first, citation=hb.Citation.of("2012", within="per 100,000 in 2012"))
    assert sorted([later, inferred, cited, first]) == [first, cited, later, inferred]
    assert cited < later and not later < cited and cited != later
    assert first < cited and first < inferred
    assert attrs.evolve(first, inferred="a") < attrs.evolve(first, inferred="b")


@pytest.mark.parametrize(
    ("text", "year", "reason", "message"),
    [
        ("September 19-26, 2013", 2013, None, "it gives its own year, so 'year' must not be given"),
        ("2013-09-19", 2013, None, "it gives its own year, so 'year' must not be given"),
        ("2013-02-30", None, None, "it is not a real date"),
        ("2013-09-26/2013-09-19", None, None, "it ends before it starts"),
        ("September 2013 - October 3, 2013", None, None, "its two ends are not of the same kind"),
        ("mid-2013 - August 2013", None, None, "'mid-year' cannot be one end of a range"),
        (
            "September 28, 2013 - October 3",
            None,
            None,
            "it gives no year; pass year= (the year is never guessed)",
        ),
        (
            "2012",
            None,
            "why",
            "it is stated in full, so there is no inference to give a reason for",
        ),
        ("last summer", None, None, "it is not a form this library reads"),
        ("Septober 19-26, 2013", None, None, "'Septober' is not a month"),
        ("Septober 2013", None, None, "'Septober' is not a month"),
        ("Septober 19 - October 3, 2013", None, None, "'Septober' is not a month"),
        ("September 28 - February 30, 2013", None, None, "February 30, 2013 is not a date"),
    ],
)
def test_parse_errors_in_full(
    text: str, year: int | None, reason: str | None, message: str
) -> None:
    """Each refusal quotes the words and says exactly what is wrong."""
    with pytest.raises(DateParseError) as info:
        DateRange.parse(text, year=year, reason=reason)
    assert str(info.value) == f"cannot read {text!r} as a date range: {message}"


def test_parse_joins_its_reasons() -> None:
    """A supplied year and a 'by mid-year' reading are both given, in order."""
    assert DateRange.parse("by mid-year", year=2013).inferred == (
        "'by mid-year' gives an end and no start; 'mid-year' is read as the end of June; "
        "the text gives no year; 2013 was supplied"
    )


def test_more_edges_found_by_mutation_testing() -> None:
    """Defaults, containment of a range that sticks out, joined reasons, full messages."""
    import honduras_brief as hb

    assert list(SEPT.iter()) == list(SEPT)
    assert DateRange.parse("September 25 - October 3, 2013") not in SEPT
    a = DateRange.parse("September 19-26", year=2013, reason="first reason")
    b = DateRange.parse("September 20-30", year=2013, reason="second reason")
    meet = a.intersection(b)
    assert meet is not None
    assert meet.inferred == "first reason; second reason"
    for method in (SEPT.intersection, SEPT.span):
        with pytest.raises(TypeError, match=r"^'other' must be a DateRange, got 1 of type int$"):
            method(1)  # type: ignore[arg-type]
    with pytest.raises(
        TypeError, match=r"^'item' must be a date or a DateRange, got 1 of type int$"
    ):
        _ = 1 in SEPT
    with pytest.raises(TypeError, match=r"^'year' must be an int, got '2013' of type str$"):
        DateRange.fiscal_year("2013")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"got '2013-09-19' of type str$"):
        day_range("2013-09-19", pendulum.date(2013, 9, 26))
    # Two citations with the same start, or the same end, still order the ranges.
    year = DateRange.parse("2012")
    short = attrs.evolve(year, citation=hb.Citation.of("2012", within="corridor in 2012."))
    longer = attrs.evolve(year, citation=hb.Citation.of("2012.", within="corridor in 2012."))
    wider = attrs.evolve(year, citation=hb.Citation.of("in 2012", within="corridor in 2012."))
    assert short < longer and not longer < short
    assert wider < short and not short < wider


# --- ranges open on one side ------------------------------------------------------

BY_SEPT_26 = DateRange.parse("by September 26, 2013")
SINCE_2013 = DateRange.parse("since 2013")


@st.composite
def open_ranges(draw: st.DrawFn) -> DateRange:
    """A stated range of any precision, aligned to it, with its start or its end open."""
    closed = draw(date_ranges())
    if draw(st.booleans()):
        return attrs.evolve(closed, start=None)
    return attrs.evolve(closed, end=None)


any_ranges = st.one_of(date_ranges(), open_ranges())


def ordinals(r: DateRange) -> tuple[float, float]:
    """The range's first and last days as ordinals, an open side as an infinity."""
    first = -math.inf if r.start is None else r.start.toordinal()
    last = math.inf if r.end is None else r.end.toordinal()
    return first, last


@pytest.mark.parametrize(
    ("start", "end", "precision"),
    [
        (None, (2013, 9, 26), Precision.DAY),
        ((2013, 9, 19), None, Precision.DAY),
        (None, (2012, 2, 29), Precision.MONTH),
        ((2012, 2, 1), None, Precision.MONTH),
        (None, (2013, 6, 30), Precision.HALF_YEAR),
        ((2013, 7, 1), None, Precision.HALF_YEAR),
        (None, (2013, 12, 31), Precision.YEAR),
        ((2013, 1, 1), None, Precision.YEAR),
    ],
)
def test_none_marks_an_open_side(
    start: tuple[int, int, int] | None, end: tuple[int, int, int] | None, precision: Precision
) -> None:
    """None is an open side; the given side need only be aligned to the precision."""
    first = None if start is None else pendulum.date(*start)
    last = None if end is None else pendulum.date(*end)
    r = day_range(first, last, precision)
    assert (r.start, r.end, r.precision, r.is_open) == (first, last, precision, True)
    assert type(r.start if start is not None else r.end) is pendulum.Date


@pytest.mark.parametrize(
    ("start", "end", "precision", "message"),
    [
        (
            None,
            None,
            Precision.DAY,
            (
                "'start' and 'end' are both None, but a range must be bounded on at least one "
                "side (None marks the one side the text leaves open)"
            ),
        ),
        (
            None,
            (2013, 6, 15),
            Precision.MONTH,
            (
                "a range of month precision must run from the start of a month to the end of "
                "one, got an open start to 2013-06-15"
            ),
        ),
        (
            (2013, 7, 2),
            None,
            Precision.HALF_YEAR,
            (
                "a range of half-year precision must run from the start of a half-year to the "
                "end of one, got 2013-07-02 to an open end"
            ),
        ),
        (
            None,
            (2013, 6, 30),
            Precision.YEAR,
            (
                "a range of year precision must run from the start of a year to the end of one, "
                "got an open start to 2013-06-30"
            ),
        ),
        (
            (2013, 7, 1),
            None,
            Precision.YEAR,
            (
                "a range of year precision must run from the start of a year to the end of one, "
                "got 2013-07-01 to an open end"
            ),
        ),
    ],
)
def test_open_ranges_that_cannot_be_are_refused(
    start: tuple[int, int, int] | None,
    end: tuple[int, int, int] | None,
    precision: Precision,
    message: str,
) -> None:
    """Both sides open is no range, and the given side must be aligned."""
    first = None if start is None else pendulum.date(*start)
    last = None if end is None else pendulum.date(*end)
    with pytest.raises(InvalidRangeError) as info:
        day_range(first, last, precision)
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (None, pendulum.datetime(2013, 9, 26), "'end' must be a date, not a datetime"),
        (pendulum.datetime(2013, 9, 19), None, "'start' must be a date, not a datetime"),
        (None, dt.date(2013, 9, 26), "'end' must be a pendulum.Date"),
        ("2013-09-19", None, "'start' must be a pendulum.Date"),
    ],
)
def test_the_given_side_of_an_open_range_must_be_a_pendulum_date(
    start: object, end: object, message: str
) -> None:
    """An open side does not loosen the type of the other."""
    with pytest.raises(TypeError, match=message):
        day_range(start, end)


def test_parse_says_why_an_open_range_is_inferred() -> None:
    """'by mid-year' reads as an end of June 30, and a supplied year is said; reason= replaces."""
    assert DateRange.parse("by mid-2013").inferred == (
        "'by mid-year' gives an end and no start; 'mid-year' is read as the end of June"
    )
    assert DateRange.parse("since June", year=2013).inferred == (
        "the text gives no year; 2013 was supplied"
    )
    own = DateRange.parse("by mid-year", year=2013, reason="the report covers 2013")
    assert (own.start, own.end, own.inferred) == (
        None,
        pendulum.date(2013, 6, 30),
        "the report covers 2013",
    )
    assert DateRange.parse("by the end of June", year=2013, reason="why").inferred == "why"
    assert DateRange.parse("by September 26, 2013").is_stated


@pytest.mark.parametrize(
    ("text", "year", "reason", "message"),
    [
        (
            "by September 19 - October 3, 2013",
            None,
            None,
            "'by' bounds a range on one side, so it takes one date, not a range",
        ),
        (
            "by September 19-26, 2013",
            None,
            None,
            "'by' bounds a range on one side, so it takes one date, not a range",
        ),
        (
            "by mid-2013 - 2014",
            None,
            None,
            "'by' bounds a range on one side, so it takes one date, not a range",
        ),
        (
            "by the end of June - July 2013",
            None,
            None,
            "'by' bounds a range on one side, so it takes one date, not a range",
        ),
        (
            "by the end of 2012-2013",
            None,
            None,
            "'by' bounds a range on one side, so it takes one date, not a range",
        ),
        (
            "since 2012 \u2013 2013",
            None,
            None,
            "'since' bounds a range on one side, so it takes one date, not a range",
        ),
        (
            "Since September 19-26",
            2013,
            None,
            "'since' bounds a range on one side, so it takes one date, not a range",
        ),
        (
            "June 2013 - by July 2013",
            None,
            None,
            "'by' and 'since' bound one side of a range, so they cannot begin one of two ends",
        ),
        (
            "2012 - since 2013",
            None,
            None,
            "'by' and 'since' bound one side of a range, so they cannot begin one of two ends",
        ),
        (
            "by 2013",
            None,
            None,
            (
                "'by' a month, half-year or year could mean by its start or by its end; "
                "write 'by the end of' it"
            ),
        ),
        (
            "by June 2013",
            None,
            None,
            (
                "'by' a month, half-year or year could mean by its start or by its end; "
                "write 'by the end of' it"
            ),
        ),
        (
            "by the first half of 2013",
            None,
            None,
            (
                "'by' a month, half-year or year could mean by its start or by its end; "
                "write 'by the end of' it"
            ),
        ),
        (
            "by the end of September 26, 2013",
            None,
            None,
            "'by the end of' takes a month, a half-year or a year, as in 'by the end of June 2013'",
        ),
        (
            "by the end of mid-2013",
            None,
            None,
            "'by the end of' takes a month, a half-year or a year, as in 'by the end of June 2013'",
        ),
        ("since mid-2013", None, None, "'since mid-year' could start in June or in July"),
        ("by September 26", None, None, "it gives no year; pass year= (the year is never guessed)"),
        ("since June", None, None, "it gives no year; pass year= (the year is never guessed)"),
        ("since 2013", 2013, None, "it gives its own year, so 'year' must not be given"),
        (
            "by the end of June 2013",
            2013,
            None,
            "it gives its own year, so 'year' must not be given",
        ),
        ("by September 31, 2013", None, None, "September 31, 2013 is not a date"),
        ("since February 29, 2013", None, None, "February 29, 2013 is not a date"),
        ("since Septober 2013", None, None, "'Septober' is not a month"),
        (
            "by September 26, 2013",
            None,
            "why",
            "it is stated in full, so there is no inference to give a reason for",
        ),
        (
            "since 2013",
            None,
            "why",
            "it is stated in full, so there is no inference to give a reason for",
        ),
        ("../..", None, None, "it is open at both ends, so it bounds no time"),
        ("..", None, None, "it is open at both ends, so it bounds no time"),
        ("../2013-02-30", None, None, "it is not a real date"),
        ("2013-02-30/..", None, None, "it is not a real date"),
        ("../2013-06-30", 2013, None, "it gives its own year, so 'year' must not be given"),
        ("since the end of 2013", None, None, "it is not a form this library reads"),
        ("by the end of", None, None, "it is not a form this library reads"),
        ("2013-09-19/", None, None, "it is not a form this library reads"),
    ],
)
def test_parse_refuses_open_forms_it_cannot_read(
    text: str, year: int | None, reason: str | None, message: str
) -> None:
    """'by' and 'since' take one date, never inside a two-sided range; nothing is guessed."""
    with pytest.raises(DateParseError) as info:
        DateRange.parse(text, year=year, reason=reason)
    assert str(info.value) == f"cannot read {text!r} as a date range: {message}"
    assert info.value.text == text


@pytest.mark.parametrize(
    ("text", "formatted", "iso"),
    [
        ("by Sept. 26, 2013", "by September 26, 2013", "../2013-09-26"),
        ("by the end of Feb. 2012", "by the end of February 2012", "../2012-02-29"),
        (
            "by the end of the first half of 2013",
            "by the end of the first half of 2013",
            "../2013-06-30",
        ),
        (
            "by the end of the second half of 2013",
            "by the end of the second half of 2013",
            "../2013-12-31",
        ),
        ("by the end of 2013", "by the end of 2013", "../2013-12-31"),
        ("since Sept. 19, 2013", "since September 19, 2013", "2013-09-19/.."),
        ("since June 2013", "since June 2013", "2013-06-01/.."),
        ("since the first half of 2013", "since the first half of 2013", "2013-01-01/.."),
        ("since the second half of 2013", "since the second half of 2013", "2013-07-01/.."),
        ("since 2013", "since 2013", "2013-01-01/.."),
        ("../2013-06-30", "by June 30, 2013", "../2013-06-30"),
        ("2013-09-19/..", "since September 19, 2013", "2013-09-19/.."),
    ],
)
def test_format_open_ranges(text: str, formatted: str, iso: str) -> None:
    """An open start is written 'by', an open end 'since'; ISO writes '..' for the open side."""
    r = DateRange.parse(text)
    assert (r.format(), str(r), r.isoformat()) == (formatted, formatted, iso)
    assert DateRange.parse(formatted) == r


def test_by_mid_year_is_written_so_that_it_reads_back_stated() -> None:
    """'by mid-2013' is written in full, and reads back with the same days and precision."""
    by_mid = DateRange.parse("by mid-year", year=2013)
    assert by_mid.format() == "by the end of the first half of 2013"
    back = DateRange.parse(by_mid.format())
    assert back == attrs.evolve(by_mid, inferred=None)
    assert (back.start, back.end, back.is_stated) == (None, pendulum.date(2013, 6, 30), True)


@given(open_ranges())
def test_parse_reads_back_what_format_writes_for_open_ranges(r: DateRange) -> None:
    """parse(format(r)) == r for a range open on either side, at every precision."""
    back = DateRange.parse(r.format())
    assert back == r
    assert type(back.start if back.start is not None else back.end) is pendulum.Date


@given(open_ranges())
def test_iso_keeps_the_days_of_open_ranges(r: DateRange) -> None:
    """The ISO form of an open range reads back as the same days and sides, at day precision."""
    back = DateRange.parse(r.isoformat())
    assert (back.start, back.end, back.precision) == (r.start, r.end, Precision.DAY)
    assert ".." in r.isoformat()


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: BY_SEPT_26.days, "'by September 26, 2013' is open at its start ('start' is None), so it has no number of days"),
        (lambda: list(SINCE_2013), "'since 2013' is open at its end ('end' is None), so it has no days to iterate over"),
        (lambda: SINCE_2013.iter("week"), "'since 2013' is open at its end ('end' is None), so it has no days to iterate over"),
        (BY_SEPT_26.to_interval, "'by September 26, 2013' is open at its start ('start' is None), so it has no pendulum Interval"),
        (SINCE_2013.to_datetime_interval, "'since 2013' is open at its end ('end' is None), so it has no interval of instants"),
        (lambda: BY_SEPT_26.fiscal_years, "'by September 26, 2013' is open at its start ('start' is None), so it has no finite tuple of fiscal years"),
    ],
)  # fmt: skip
def test_what_has_no_finite_answer_is_refused_on_open_ranges(
    call: Callable[[], object], message: str
) -> None:
    """Counting, iterating, intervals and fiscal years need both sides: an open one is refused."""
    with pytest.raises(InvalidRangeError) as info:
        call()
    assert str(info.value) == message


def test_iter_checks_its_unit_before_the_sides() -> None:
    """A bad unit is a ValueError naming 'unit', open range or not."""
    with pytest.raises(ValueError, match=r"^'unit' must be 'day', 'week' or 'month', got 'year'$"):
        SINCE_2013.iter("year")  # type: ignore[arg-type]


def test_is_open() -> None:
    """is_open is True when either side is None, False for a closed range."""
    assert (BY_SEPT_26.is_open, SINCE_2013.is_open, SEPT.is_open) == (True, True, False)
    assert type(SEPT.is_open) is bool


def test_an_open_side_is_unbounded_for_membership() -> None:
    """A ray holds every day on its open side, and a range lies in a ray only on the same side."""
    assert pendulum.date(1, 1, 1) in BY_SEPT_26 and pendulum.date(2013, 9, 27) not in BY_SEPT_26
    assert dt.date(9999, 12, 31) in SINCE_2013 and pendulum.date(2012, 12, 31) not in SINCE_2013
    since_2012 = DateRange.parse("since 2012")
    assert SEPT in SINCE_2013 and SINCE_2013 in since_2012 and since_2012 not in SINCE_2013
    assert SINCE_2013 not in DateRange.parse("2013") and BY_SEPT_26 not in SINCE_2013
    assert BY_SEPT_26 in DateRange.parse("by the end of 2013")
    assert DateRange.parse("by the end of 2013") not in BY_SEPT_26
    assert BY_SEPT_26 in DateRange.parse("../2013-09-26")
    assert SINCE_2013 in DateRange.parse("since January 1, 2013")


def test_the_algebra_of_open_ranges_by_example() -> None:
    """A closed range meets a ray in a closed range; a span is open where either side is."""
    by_june = DateRange.parse("by the end of June 2013")
    meet = by_june.intersection(SINCE_2013)
    assert meet == DateRange(
        start=pendulum.date(2013, 1, 1), end=pendulum.date(2013, 6, 30), precision=Precision.MONTH
    )
    assert meet is not None and not meet.is_open and meet.days == 181
    assert by_june.intersection(BY_SEPT_26) == DateRange(
        start=None, end=pendulum.date(2013, 6, 30), precision=Precision.DAY
    )
    assert SINCE_2013.intersection(DateRange.parse("since the second half of 2013")) == (
        DateRange.parse("since the second half of 2013")
    )
    assert DateRange.parse("by the end of 2012").intersection(SINCE_2013) is None
    assert not DateRange.parse("by the end of 2012").overlaps(SINCE_2013)
    assert DateRange.parse("by the end of 2013").overlaps(SINCE_2013)
    assert str(DateRange.parse("by the end of 2012").span(DateRange.parse("2013"))) == (
        "by the end of 2013"
    )
    assert str(SEPT.span(SINCE_2013)) == "since January 1, 2013"
    assert BY_SEPT_26.span(SINCE_2013.intersection(BY_SEPT_26) or SEPT) == BY_SEPT_26
    with pytest.raises(InvalidRangeError) as info:
        BY_SEPT_26.span(SINCE_2013)
    assert str(info.value) == (
        "'by September 26, 2013' and 'since 2013' are open on opposite sides, "
        "so the range that covers both is bounded on no side"
    )
    inferred = DateRange.parse("by mid-2013").intersection(SINCE_2013)
    assert inferred is not None and inferred.inferred == (
        "'by mid-year' gives an end and no start; 'mid-year' is read as the end of June"
    )


@given(any_ranges, any_ranges, days)
def test_set_operations_treat_an_open_side_as_unbounded(
    a: DateRange, b: DateRange, day: pendulum.Date
) -> None:
    """Membership, overlaps, intersection and span agree with rays of days."""
    (a_first, a_last), (b_first, b_last) = ordinals(a), ordinals(b)
    assert (day in a) == (a_first <= day.toordinal() <= a_last)
    first, last = max(a_first, b_first), min(a_last, b_last)
    assert a.overlaps(b) == b.overlaps(a) == (first <= last)
    meet = a.intersection(b)
    if first <= last:
        assert meet is not None
        assert ordinals(meet) == (first, last)
        assert meet in a and meet in b
        # Closed wherever either range bounds it: open only where both are open.
        both_open = (a.start is None and b.start is None) or (a.end is None and b.end is None)
        assert meet.is_open == both_open
    else:
        assert meet is None
    lowest, highest = min(a_first, b_first), max(a_last, b_last)
    if (lowest, highest) == (-math.inf, math.inf):
        with pytest.raises(InvalidRangeError, match="are open on opposite sides"):
            a.span(b)
    else:
        cover = a.span(b)
        assert ordinals(cover) == (lowest, highest)
        assert a in cover and b in cover
        assert cover.precision.rank == min(a.precision.rank, b.precision.rank)


@given(st.lists(any_ranges, min_size=2, max_size=6))
def test_an_open_start_sorts_first_and_an_open_end_last(ranges: list[DateRange]) -> None:
    """Sorting is by start (open first), then end (open last), and agrees with ==."""
    ordered = sorted(ranges)
    for a, b in itertools.pairwise(ordered):
        assert a <= b and not b < a
        assert ordinals(a) <= ordinals(b)
    for a in ranges:
        for b in ranges:
            assert (a == b) == (a <= b <= a)
            assert (a < b) == (b > a) and (a <= b) == (b >= a)


def test_open_ranges_sort_into_a_timeline() -> None:
    """By-ranges come before every start, since-ranges after every end of the same start."""
    texts = ["since 2013", "2013", "by the end of 2013", "since 2012", "by the end of 2012"]
    timeline = sorted(DateRange.parse(t) for t in texts)
    assert [str(r) for r in timeline] == [
        "by the end of 2012", "by the end of 2013", "since 2012", "2013", "since 2013",
    ]  # fmt: skip
    earliest = DateRange(start=pendulum.date(1, 1, 1), end=None, precision=Precision.DAY)
    latest = DateRange(start=None, end=pendulum.date(9999, 12, 31), precision=Precision.DAY)
    assert DateRange.parse("by mid-2013") < earliest and latest < earliest
    assert DateRange.parse("since 2013") != DateRange(
        start=pendulum.date(2013, 1, 1), end=pendulum.date(9999, 12, 31), precision=Precision.YEAR
    )


@given(
    year=st.integers(1, 9999),
    month=st.integers(1, 12),
    day=st.integers(1, 28),
    kind=st.sampled_from(["day", "month", "year", "half", "by", "since"]),
)
def test_every_year_from_1_to_9999_round_trips(year: int, month: int, day: int, kind: str) -> None:
    """parse(format(r)) == r for ranges in any year a date can have, 999 written 0999."""
    first = pendulum.date(year, month, day)
    if kind == "day":
        r = DateRange(start=first, end=first, precision=Precision.DAY)
    elif kind == "month":
        r = DateRange(
            start=first.start_of("month"), end=first.end_of("month"), precision=Precision.MONTH
        )
    elif kind == "year":
        r = DateRange(
            start=first.start_of("year"), end=first.end_of("year"), precision=Precision.YEAR
        )
    elif kind == "half":
        r = DateRange(
            start=pendulum.date(year, 1, 1),
            end=pendulum.date(year, 6, 30),
            precision=Precision.HALF_YEAR,
        )
    elif kind == "by":
        r = DateRange(start=None, end=first, precision=Precision.DAY)
    else:
        r = DateRange(start=first, end=None, precision=Precision.DAY)
    assert DateRange.parse(r.format()) == r
