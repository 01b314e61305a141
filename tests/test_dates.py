"""DateRange validation."""

from __future__ import annotations

import datetime as dt

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
def test_aligned_ranges_are_accepted(start: tuple[int, int, int], end: tuple[int, int, int], precision: Precision) -> None:
    """A range that starts and ends on its precision's boundaries is valid."""
    r = day_range(pendulum.date(*start), pendulum.date(*end), precision)
    assert (r.start, r.end, r.precision) == (pendulum.date(*start), pendulum.date(*end), precision)


@pytest.mark.parametrize(
    ("start", "end", "precision", "message"),
    [
        ((2013, 9, 26), (2013, 9, 19), Precision.DAY, r"'end' \(2013-09-19\) is before 'start' \(2013-09-26\)"),
        ((2013, 1, 2), (2013, 12, 31), Precision.YEAR, "a range of year precision"),
        ((2013, 1, 1), (2013, 12, 30), Precision.YEAR, "a range of year precision"),
        ((2013, 2, 1), (2013, 6, 30), Precision.HALF_YEAR, "half-year precision"),
        ((2013, 1, 1), (2013, 7, 31), Precision.HALF_YEAR, "half-year precision"),
        ((2013, 2, 2), (2013, 2, 28), Precision.MONTH, "month precision"),
        ((2012, 2, 1), (2012, 2, 28), Precision.MONTH, "month precision"),
    ],
)
def test_impossible_ranges_are_refused(start: tuple[int, int, int], end: tuple[int, int, int], precision: Precision, message: str) -> None:
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
        (None, "'start' must be a pendulum.Date"),
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
    with pytest.raises(TypeError, match="'precision' must be of type Precision, got 'day' of type str"):
        attrs.evolve(r, precision="day")
    inferred = attrs.evolve(r, inferred="the year is not written")
    assert not inferred.is_stated
