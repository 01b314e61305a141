"""
Date ranges with a precision and a provenance, built on pendulum.

Dates here are calendar dates in Honduras; a :class:`DateRange` never holds
a time of day, so a ``datetime`` is refused rather than truncated.
"""

from __future__ import annotations

import datetime as _dt
import enum
from typing import Any

import attrs
import pendulum

from . import _validators as v
from ._source import Citation
from .exceptions import InvalidRangeError


class Precision(enum.Enum):
    """How finely the text pins a range down."""

    DAY = "day"
    MONTH = "month"
    HALF_YEAR = "half-year"
    YEAR = "year"


def _date(_instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, _dt.datetime):
        msg = f"{attribute.name!r} must be a date, not a datetime: got {value!r}"
        raise TypeError(msg)
    if not isinstance(value, pendulum.Date):
        msg = (
            f"{attribute.name!r} must be a pendulum.Date (make one with "
            f"pendulum.date(y, m, d)), got {value!r} of type {type(value).__name__}"
        )
        raise TypeError(msg)


def _is_first_of(day: pendulum.Date, months: tuple[int, ...]) -> bool:
    return day.day == 1 and day.month in months


def _is_last_of(day: pendulum.Date, months: tuple[int, ...]) -> bool:
    return day.month in months and day == day.end_of("month")


_ALIGNMENT: dict[Precision, tuple[tuple[int, ...], tuple[int, ...]]] = {
    # precision: (months a range may start on the 1st of,
    #             months a range may end on the last day of)
    Precision.DAY: ((), ()),
    Precision.MONTH: (tuple(range(1, 13)), tuple(range(1, 13))),
    Precision.HALF_YEAR: ((1, 7), (6, 12)),
    Precision.YEAR: ((1,), (12,)),
}


@attrs.frozen(kw_only=True)
class DateRange:
    """
    An inclusive range of calendar days, as precise as the text is.

    Attributes:
        start: The first day of the range.
        end: The last day of the range (inclusive); never before *start*.
        precision: How finely the words pin the range down; a range of
            ``MONTH`` precision starts on the first of a month and ends on the
            last day of one, and likewise for half-years and years.
        inferred: ``None`` when the text states the range; otherwise why the
            library reads the range this way (for example, a year that the
            text leaves unwritten).
        citation: The words the range was read from, where it comes from
            the brief.

    >>> r = DateRange(
    ...     start=pendulum.date(2012, 1, 1),
    ...     end=pendulum.date(2012, 12, 31),
    ...     precision=Precision.YEAR,
    ... )
    >>> r.days, r.is_stated
    (366, True)
    """

    start: pendulum.Date = attrs.field(validator=_date)
    end: pendulum.Date = attrs.field(validator=_date)
    precision: Precision = attrs.field(validator=v.instance_of(Precision))
    inferred: str | None = attrs.field(default=None, validator=v.optional_text)
    citation: Citation | None = attrs.field(
        default=None, validator=v.optional_instance_of(Citation)
    )

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            msg = f"'end' ({self.end}) is before 'start' ({self.start})"
            raise InvalidRangeError(msg)
        if self.precision is Precision.DAY:
            return
        starts, ends = _ALIGNMENT[self.precision]
        if not (_is_first_of(self.start, starts) and _is_last_of(self.end, ends)):
            msg = (
                f"a range of {self.precision.value} precision must run from the "
                f"start of a {self.precision.value} to the end of one, "
                f"got {self.start} to {self.end}"
            )
            raise InvalidRangeError(msg)

    @property
    def is_stated(self) -> bool:
        """Whether the text states this range outright (it is not inferred)."""
        return self.inferred is None

    @property
    def days(self) -> int:
        """How many days the range covers, both ends included."""
        return (self.end - self.start).days + 1
