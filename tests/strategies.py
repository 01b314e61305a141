"""Hypothesis strategies for the records, shared by the property tests."""

from __future__ import annotations

from decimal import Decimal

import pendulum
from hypothesis import strategies as st

from honduras_brief import Basis, DateRange, Precision, Qualifier, Quantity, Unit

#: Finite decimals with up to three places, as figures in reports are.
decimals = st.decimals(
    min_value=Decimal("-100000"), max_value=Decimal("100000"), places=3, allow_nan=False, allow_infinity=False
)
positive_decimals = decimals.filter(lambda d: d > 0)

_BOUNDED = (
    Qualifier.EXACT,
    Qualifier.MORE_THAN,
    Qualifier.AT_LEAST,
    Qualifier.ALMOST,
    Qualifier.LESS_THAN,
    Qualifier.AT_MOST,
    Qualifier.BETWEEN,
)


@st.composite
def quantities(draw: st.DrawFn, values: st.SearchStrategy[Decimal] = decimals) -> Quantity:
    """A user-built figure with any bounded qualifier, in persons."""
    qualifier = draw(st.sampled_from(_BOUNDED))
    a, b = draw(values), draw(values)
    low: Decimal | None = min(a, b)
    high: Decimal | None = max(a, b)
    if qualifier is Qualifier.EXACT:
        high = low
    elif qualifier is Qualifier.BETWEEN:
        if low == high:
            high = low + 1  # type: ignore[operator]
    elif qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
        high = None
    else:
        low = None
    return Quantity(
        id="drawn",
        measure="a drawn figure",
        text="drawn",
        qualifier=qualifier,
        unit=Unit.PERSONS,
        basis=Basis.REPORTED,
        low=low,
        high=high,
    )


@st.composite
def points_in(draw: st.DrawFn, q: Quantity) -> Decimal:
    """A value that the figure *q* allows."""
    step = draw(st.decimals(min_value=Decimal("0.001"), max_value=Decimal("1000"), places=3))
    if q.low is not None and q.high is not None:
        if q.low == q.high:
            return q.low
        fraction = draw(st.fractions(min_value=0, max_value=1))
        return q.low + (q.high - q.low) * Decimal(fraction.numerator) / Decimal(fraction.denominator)
    if q.low is not None:
        return q.low + step if q.qualifier.low_is_exclusive else q.low + step - Decimal("0.001")
    assert q.high is not None
    return q.high - step if q.qualifier.high_is_exclusive else q.high - step + Decimal("0.001")


_DAYS = st.dates(min_value=pendulum.date(1950, 1, 1), max_value=pendulum.date(2100, 12, 31))


@st.composite
def date_ranges(draw: st.DrawFn, precision: Precision | None = None) -> DateRange:
    """A stated, uncited range of any (or the given) precision, aligned to it."""
    precision = draw(st.sampled_from(Precision)) if precision is None else precision
    a, b = sorted((draw(_DAYS), draw(_DAYS)))
    if draw(st.booleans()):  # short ranges, which the wide draws rarely give
        b = a.__class__.fromordinal(a.toordinal() + draw(st.integers(0, 40)))
    start, end = pendulum.date(a.year, a.month, a.day), pendulum.date(b.year, b.month, b.day)
    if precision is Precision.MONTH:
        start, end = start.start_of("month"), end.end_of("month")
    elif precision is Precision.HALF_YEAR:
        start = pendulum.date(start.year, 1 if start.month <= 6 else 7, 1)
        end = pendulum.date(end.year, 6, 30) if end.month <= 6 else pendulum.date(end.year, 12, 31)
    elif precision is Precision.YEAR:
        start, end = pendulum.date(start.year, 1, 1), pendulum.date(end.year, 12, 31)
    return DateRange(start=start, end=end, precision=precision)


days = _DAYS.map(lambda d: pendulum.date(d.year, d.month, d.day))
