"""
Date ranges with a precision and a provenance, built on pendulum.

Dates here are calendar dates in Honduras; a :class:`DateRange` never holds
a time of day, so a ``datetime`` is refused rather than truncated. A range
may be open on one side, as "by September 26, 2013" (an end and no start) or
"since 2013" (a start and no end): the open side is ``None``, never a date
made up to close it.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable, Iterator
from typing import Any, Final, Literal

import attrs
import pendulum

from . import _validators as v
from ._record import RecordBase
from ._source import Citation
from .exceptions import DateParseError, InvalidRangeError
from .exceptions import _shown as _excerpt


class Precision(enum.Enum):
    """How finely the text pins a range down, from finest to coarsest."""

    DAY = "day"
    MONTH = "month"
    HALF_YEAR = "half-year"
    YEAR = "year"

    @property
    def rank(self) -> int:
        """0 for ``DAY`` up to 3 for ``YEAR``: smaller is finer."""
        return _RANKS[self]


_RANKS: Final = {p: i for i, p in enumerate(Precision)}

TIMEZONE: Final = "America/Tegucigalpa"
"""Where the brief's calendar dates are: Honduras, UTC-6 all year."""


def _refuse_datetime(value: object, name: str) -> None:
    # A datetime is a date to isinstance, but not a calendar day: never truncate it.
    if isinstance(value, dt.datetime):
        msg = f"{name!r} must be a date, not a datetime: got {_excerpt(value)}"
        raise TypeError(msg)


def _date(_instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    # None is the one value that is not a date: it marks the side the text leaves open.
    if value is None:
        return
    _refuse_datetime(value, attribute.name)
    if not isinstance(value, pendulum.Date):
        msg = (
            f"{attribute.name!r} must be a pendulum.Date (make one with "
            f"pendulum.date(y, m, d)), got {_excerpt(value)} of type {type(value).__name__}"
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


_MONTH_NAMES: Final = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTHS: Final = {
    **{name.lower(): number for number, name in enumerate(_MONTH_NAMES, 1)},
    **{name[:3].lower(): number for number, name in enumerate(_MONTH_NAMES, 1)},
    "sept": 9,
}
_HALVES: Final = {"first": 1, "second": 2}

# The forms parse() reads, as pattern strings: re compiles each on the first
# parse and keeps it in its cache, so that using the data (whose ranges are
# written out, not parsed) never pays for compiling them. (?i) is
# re.IGNORECASE, written into the pattern.
_M = r"(?P<{}>[A-Za-z]+)\.?"
_Y = r"(?P<{}>[0-9]{{4}})"
_DAY: Final = rf"(?i){_M.format('month')} (?P<day>[0-9]{{1,2}})(?:,? {_Y.format('year')})?"
_DAYS: Final = (
    rf"(?i){_M.format('month')} (?P<day>[0-9]{{1,2}}) ?[-\u2013] ?(?P<last>[0-9]{{1,2}})"
    rf"(?:,? {_Y.format('year')})?"
)
_MONTH: Final = rf"(?i){_M.format('month')}(?:,? {_Y.format('year')})?"
_YEAR: Final = _Y.format("year")
_YEARS: Final = rf"{_Y.format('year')} ?[-\u2013] ?{_Y.format('last')}"
_HALF: Final = r"(?i)(?:the )?(?P<half>first|second) half of (?:(?P<year>[0-9]{4})|the year)"
_MID: Final = r"(?i)mid-(?:(?P<year>[0-9]{4})|year)"
# ISO 8601-2 writes the open side of an interval as "..".
_ISO_SIDE = r"[0-9]{4}-[0-9]{2}-[0-9]{2}|\.\."
_ISO: Final = rf"(?P<start>{_ISO_SIDE})(?:/(?P<end>{_ISO_SIDE}))?"
_ONE_SIDED: Final = r"(?i)(?P<side>by|since) (?P<rest>.+)"
_END_OF: Final = r"(?i)the end of (?P<what>.+)"
_SEPARATOR: Final = r"\s+[-\u2013]\s+"
_LAST: Final = -1  # a day that no words give: "the month's last day"


class _Piece:
    """One side of a range as read, before a missing year is filled in."""

    # A plain class, not an attrs one: it never leaves the parser, and attrs
    # would compile its methods at every first use of the data.
    __slots__ = ("first", "last", "mid", "precision", "year")

    def __init__(
        self,
        precision: Precision,
        year: int | None,
        first: tuple[int, int],  # (month, day) of the first day
        last: tuple[int, int],  # (month, day) of the last day; day _LAST is "the month's last"
        mid: str | None = None,  # why a "mid-year" reading is an inference
    ) -> None:
        self.precision = precision
        self.year = year
        self.first = first
        self.last = last
        self.mid = mid


def _month(text: str, name: str) -> int:
    try:
        return _MONTHS[name.lower()]
    except KeyError:
        raise DateParseError(text, f"{_excerpt(name)} is not a month") from None


def _read_piece(text: str, words: str) -> _Piece:
    if re.fullmatch(_ONE_SIDED, words):
        raise DateParseError(
            text, "'by' and 'since' bound one side of a range, so they cannot begin one of two ends"
        )
    if m := re.fullmatch(_DAYS, words):
        month = _month(text, m["month"])
        year = int(m["year"]) if m["year"] else None
        return _Piece(Precision.DAY, year, (month, int(m["day"])), (month, int(m["last"])))
    if m := re.fullmatch(_DAY, words):
        month, day = _month(text, m["month"]), int(m["day"])
        year = int(m["year"]) if m["year"] else None
        return _Piece(Precision.DAY, year, (month, day), (month, day))
    if m := re.fullmatch(_HALF, words):
        first = _HALVES[m["half"].lower()] * 6 - 5
        year = int(m["year"]) if m["year"] else None
        return _Piece(Precision.HALF_YEAR, year, (first, 1), (first + 5, _LAST))
    if m := re.fullmatch(_MID, words):
        year = int(m["year"]) if m["year"] else None
        why = "'mid-year' names no month; it is read as June and July"
        return _Piece(Precision.MONTH, year, (6, 1), (7, _LAST), mid=why)
    if m := re.fullmatch(_YEAR, words):
        return _Piece(Precision.YEAR, int(m["year"]), (1, 1), (12, 31))
    if m := re.fullmatch(_MONTH, words):
        month = _month(text, m["month"])
        year = int(m["year"]) if m["year"] else None
        return _Piece(Precision.MONTH, year, (month, 1), (month, _LAST))
    raise DateParseError(text, "it is not a form this library reads")


def _day(text: str, year: int, month_day: tuple[int, int]) -> pendulum.Date:
    month, day = month_day
    try:
        if day == _LAST:
            return pendulum.date(year, month, 1).end_of("month")
        return pendulum.date(year, month, day)
    except ValueError:
        raise DateParseError(
            text, f"{_MONTH_NAMES[month - 1]} {day}, {year} is not a date"
        ) from None


def _iso_day(text: str, written: str) -> pendulum.Date | None:
    if written == "..":
        return None
    try:
        return pendulum.Date.fromisoformat(written)
    except ValueError:
        raise DateParseError(text, "it is not a real date") from None


def _inferred(text: str, reason: str | None, reasons: list[str]) -> str | None:
    if reason is None:
        return "; ".join(reasons) or None
    if not reasons:
        raise DateParseError(
            text, "it is stated in full, so there is no inference to give a reason for"
        )
    return reason


def _parse_one_sided(
    text: str, side: str, rest: str, year: int | None, reason: str | None
) -> DateRange:
    end_of = re.fullmatch(_END_OF, rest) if side == "by" else None
    what = end_of["what"] if end_of else rest
    one_date = f"{side!r} bounds a range on one side, so it takes one date, not a range"
    if re.fullmatch(_YEARS, what) or re.search(_SEPARATOR, what):
        raise DateParseError(text, one_date)
    piece = _read_piece(text, what)
    if piece.precision is Precision.DAY and piece.first != piece.last:
        raise DateParseError(text, one_date)
    if end_of:
        if piece.mid or piece.precision is Precision.DAY:
            raise DateParseError(
                text,
                "'by the end of' takes a month, a half-year or a year, "
                "as in 'by the end of June 2013'",
            )
    elif side == "by":
        if not (piece.mid or piece.precision is Precision.DAY):
            # "by June 2013" could mean by its first day or by its last: never guess which.
            raise DateParseError(
                text,
                "'by' a month, half-year or year could mean by its start or by its end; "
                "write 'by the end of' it",
            )
    elif piece.mid:
        # "mid-year" as an end is the end of June; as a start it could be June or July.
        raise DateParseError(text, "'since mid-year' could start in June or in July")
    if piece.year is not None and year is not None:
        raise DateParseError(text, "it gives its own year, so 'year' must not be given")
    chosen = piece.year if piece.year is not None else year
    if chosen is None:
        raise DateParseError(text, "it gives no year; pass year= (the year is never guessed)")
    reasons = []
    start: pendulum.Date | None = None
    end: pendulum.Date | None = None
    precision = piece.precision
    if side == "since":
        start = _day(text, chosen, piece.first)
    elif piece.mid:
        end, precision = _day(text, chosen, (6, _LAST)), Precision.HALF_YEAR
        reasons.append(
            "'by mid-year' gives an end and no start; 'mid-year' is read as the end of June"
        )
    else:
        end = _day(text, chosen, piece.last)
    if piece.year is None:
        reasons.append(f"the text gives no year; {chosen} was supplied")
    inferred = _inferred(text, reason, reasons)
    return DateRange(start=start, end=end, precision=precision, inferred=inferred)


def _parse(text: str, year: int | None, reason: str | None) -> DateRange:
    if not isinstance(text, str):
        msg = f"'text' must be a str, got {_excerpt(text)} of type {type(text).__name__}"
        raise TypeError(msg)
    if year is not None:
        _check_year(year, "year", lowest=1)
    if reason is not None and (not isinstance(reason, str) or not reason.strip()):
        msg = f"'reason' must be None or a str with words in it, got {_excerpt(reason)}"
        raise (TypeError if not isinstance(reason, str) else ValueError)(msg)
    words = " ".join(text.split())
    if m := re.fullmatch(_ISO, words):
        if year is not None:
            raise DateParseError(text, "it gives its own year, so 'year' must not be given")
        first, last = _iso_day(text, m["start"]), _iso_day(text, m["end"] or m["start"])
        if first is None and last is None:
            raise DateParseError(text, "it is open at both ends, so it bounds no time")
        if first is not None and last is not None and last < first:
            raise DateParseError(text, "it ends before it starts")
        return DateRange(start=first, end=last, precision=Precision.DAY)
    if m := re.fullmatch(_ONE_SIDED, words):
        return _parse_one_sided(text, m["side"].lower(), m["rest"], year, reason)
    if m := re.fullmatch(_YEARS, words):
        left, right = _read_piece(text, m["year"]), _read_piece(text, m["last"])
    elif not re.fullmatch(_DAYS, words) and len(parts := re.split(_SEPARATOR, words)) == 2:  # noqa: PLR2004 -- two sides of a range
        left, right = (_read_piece(text, part) for part in parts)
    else:
        left = right = _read_piece(text, words)
    if left.precision is not right.precision:
        raise DateParseError(text, "its two ends are not of the same kind")
    if right is not left and (left.mid or right.mid):
        raise DateParseError(text, "'mid-year' cannot be one end of a range")
    if (
        right is not left
        and left.precision is Precision.DAY
        and (left.first != left.last or right.first != right.last)
    ):
        # "September 19-26, 2013 - October 2, 2013": a range as one end would
        # lose its own last (or first) day.
        raise DateParseError(text, "one end of the range is itself a range of days")
    last_year = right.year if right.year is not None else year
    first_year = left.year if left.year is not None else last_year
    if last_year is None or first_year is None:
        raise DateParseError(text, "it gives no year; pass year= (the year is never guessed)")
    supplied = right.year is None  # a first date without a year borrows the last's
    if year is not None and not supplied:
        raise DateParseError(text, "it gives its own year, so 'year' must not be given")
    start = _day(text, first_year, left.first)
    end = _day(text, last_year, right.last)
    if end < start:
        why = "it ends before it starts"
        if left.year is None:
            why += "; give the first date's year if the range crosses a year"
        raise DateParseError(text, why)
    reasons = [left.mid] if left.mid else []
    if supplied:
        reasons.append(f"the text gives no year; {last_year} was supplied")
    inferred = _inferred(text, reason, reasons)
    return DateRange(start=start, end=end, precision=left.precision, inferred=inferred)


def _check_date(value: object, name: str) -> dt.date:
    _refuse_datetime(value, name)
    if not isinstance(value, dt.date):
        kind = type(value).__name__
        msg = f"{name!r} must be a date or a DateRange, got {_excerpt(value)} of type {kind}"
        raise TypeError(msg)
    return value


def _check_range(value: object, name: str) -> DateRange:
    if not isinstance(value, DateRange):
        msg = f"{name!r} must be a DateRange, got {_excerpt(value)} of type {type(value).__name__}"
        raise TypeError(msg)
    return value


def _fiscal_year(day: dt.date) -> int:
    # The U.S. federal fiscal year N runs from 1 October N-1 to 30 September N.
    return day.year + 1 if day.month >= 10 else day.year  # noqa: PLR2004 -- October


def _check_year(year: object, name: str, *, lowest: int) -> None:
    if isinstance(year, bool) or not isinstance(year, int):
        msg = f"{name!r} must be an int, got {_excerpt(year)} of type {type(year).__name__}"
        raise TypeError(msg)
    if not lowest <= year <= dt.MAXYEAR:
        shown = str(year) if abs(year) < 10**12 else f"an int of {len(str(abs(year)))} digits"
        msg = f"{name!r} must be from {lowest} to {dt.MAXYEAR}, got {shown}"
        raise ValueError(msg)


def _year(day: dt.date) -> str:
    # Four digits, as parse() reads a year: 999 is written "0999".
    return f"{day.year:04d}"


def _month_day(day: pendulum.Date) -> str:
    return f"{_MONTH_NAMES[day.month - 1]} {day.day}"


def _half(day: pendulum.Date) -> str:
    return f"the {'first' if day.month <= 6 else 'second'} half of {_year(day)}"  # noqa: PLR2004


def _one(day: pendulum.Date, precision: Precision) -> str:
    """The one day, month, half-year or year that *day* starts or ends, in words."""
    if precision is Precision.YEAR:
        return _year(day)
    if precision is Precision.HALF_YEAR:
        return _half(day)
    if precision is Precision.MONTH:
        return f"{_MONTH_NAMES[day.month - 1]} {_year(day)}"
    return f"{_month_day(day)}, {_year(day)}"


def _joined(reasons: tuple[str | None, str | None]) -> str | None:
    found = [r for r in dict.fromkeys(reasons) if r is not None]
    return "; ".join(found) or None


def _reaches(start: dt.date | None, end: dt.date | None) -> bool:
    # An open side reaches past any day.
    return start is None or end is None or start <= end


_Pick = Callable[[pendulum.Date, pendulum.Date], pendulum.Date]


def _tighter(pick: _Pick, a: pendulum.Date | None, b: pendulum.Date | None) -> pendulum.Date | None:
    # An open side bounds nothing, so the other range's side is the bound.
    if a is None:
        return b
    if b is None:
        return a
    return pick(a, b)


def _looser(pick: _Pick, a: pendulum.Date | None, b: pendulum.Date | None) -> pendulum.Date | None:
    # An open side reaches past any day, so nothing bounds the result on that side.
    if a is None or b is None:
        return None
    return pick(a, b)


def _shown(day: pendulum.Date | None, side: str) -> str:
    return f"an open {side}" if day is None else str(day)


@attrs.frozen(kw_only=True, order=False)
class DateRange(RecordBase):
    """
    An inclusive range of calendar days, as precise as the text is.

    A range may be open on one side when the text bounds it on one side
    only: "by September 26, 2013" gives an end and no start, "since 2013" a
    start and no end. The open side is ``None``; it is never filled in.

    Ranges are ordered by start, then end, then precision (finer first),
    then provenance, so that a timeline of dated facts sorts; an open start
    comes before every start and an open end after every end. Comparing
    with anything that is not a ``DateRange`` is a ``TypeError``.

    Attributes:
        start: The first day of the range, or ``None`` when the range is open
            at its start (the text gives only an end).
        end: The last day of the range (inclusive), never before *start*; or
            ``None`` when the range is open at its end (the text gives only a
            start). *start* and *end* are never both ``None``.
        precision: How finely the words pin the range down; a range of
            ``MONTH`` precision starts on the first of a month and ends on the
            last day of one, and likewise for half-years and years (on the
            sides that are given).
        inferred: ``None`` when the text states the range; otherwise why the
            library reads the range this way (for example, a year that the
            text leaves unwritten).
        citation: The words the range was read from, where it comes from
            the brief.

    Examples:
        >>> r = DateRange.parse("September 19-26", year=2013)
        >>> r.days, r.is_stated, str(r)
        (8, False, 'September 19–26, 2013')
        >>> by = DateRange.parse("by September 26, 2013")
        >>> by.start, str(by.end), by.is_open
        (None, '2013-09-26', True)
    """

    start: pendulum.Date | None = attrs.field(validator=_date)
    end: pendulum.Date | None = attrs.field(validator=_date)
    precision: Precision = attrs.field(validator=v.instance_of(Precision))
    inferred: str | None = attrs.field(default=None, validator=v.optional_text)
    citation: Citation | None = attrs.field(
        default=None, validator=v.optional_instance_of(Citation)
    )

    def __attrs_post_init__(self) -> None:
        start, end = self.start, self.end
        if start is None and end is None:
            msg = (
                "'start' and 'end' are both None, but a range must be bounded on at "
                "least one side (None marks the one side the text leaves open)"
            )
            raise InvalidRangeError(msg)
        if start is not None and end is not None and end < start:
            msg = f"'end' ({end}) is before 'start' ({start})"
            raise InvalidRangeError(msg)
        if self.precision is Precision.DAY:
            return
        starts, ends = _ALIGNMENT[self.precision]
        if (start is not None and not _is_first_of(start, starts)) or (
            end is not None and not _is_last_of(end, ends)
        ):
            msg = (
                f"a range of {self.precision.value} precision must run from the "
                f"start of a {self.precision.value} to the end of one, "
                f"got {_shown(start, 'start')} to {_shown(end, 'end')}"
            )
            raise InvalidRangeError(msg)

    # --- Reading and writing -------------------------------------------------

    @classmethod
    def parse(cls, text: str, *, year: int | None = None, reason: str | None = None) -> DateRange:
        """
        Read a date range from the words a report uses for it.

        The forms read are: "September 19, 2013"; "September 19-26, 2013"
        (hyphen or en dash, month names full or abbreviated as "Sept.");
        "September 28 - October 3, 2013"; "December 30, 2013 - January 2,
        2014"; "October 2015"; "June - July 2013"; "2012"; "2012-2013";
        "the first half of 2015" (or second); "mid-2013" (June and July);
        and ISO 8601 dates and intervals ("2013-09-19/2013-09-26").

        Ranges open on one side are read from: "by September 26, 2013" (no
        start; the end is that day); "by the end of June 2013", "by the end
        of the first half of 2013" and "by the end of 2013" (the end is the
        last day of the month, half-year or year); "by mid-2013" (the end
        is June 30, an inference); "since September 19, 2013", "since June
        2013", "since the second half of 2013" and "since 2013" (no end; the
        start is the first day of the day, month, half-year or year); and
        the ISO 8601-2 open intervals "../2013-06-30" and "2013-09-19/..".
        The open side is never filled in. Every form that :meth:`format`
        and :meth:`isoformat` write is read back.

        Args:
            text: The words.
            year: The year, for words that give none ("September 19-26",
                "by mid-year"). It must not be given for words that have
                their own year; it is never guessed or taken from today.
            reason: Why the range is read this way, when it is inferred (a
                supplied year, a "mid-year"); a default reason says what was
                supplied or read in. Refused for a range stated in full.

        Returns:
            A range whose precision is what the words give, stated when the
            words give it all, else inferred with the reason.

        Raises:
            DateParseError: For any other words, a missing year, a date that
                does not exist, a range that ends before it starts, or "by"
                and "since" given a range or used as one end of a range; the
                message quotes the words.

        Examples:
            >>> DateRange.parse("Sept. 19-26, 2013").format()
            'September 19–26, 2013'
            >>> r = DateRange.parse("by mid-year", year=2013)
            >>> (r.start, str(r.end), r.precision.value)
            (None, '2013-06-30', 'half-year')
            >>> for reason in r.inferred.split("; "):
            ...     print(reason)
            'by mid-year' gives an end and no start
            'mid-year' is read as the end of June
            the text gives no year
            2013 was supplied
            >>> since = DateRange.parse("since June 2013")
            >>> str(since.start), since.end, since.precision.value
            ('2013-06-01', None, 'month')
            >>> DateRange.parse("September 19-26")  # doctest: +ELLIPSIS
            Traceback (most recent call last):
              ...
            honduras_brief.exceptions.DateParseError: ... it gives no year; pass year= (...)
        """
        return _parse(text, year, reason)

    def format(self) -> str:
        """
        The range in words, as precise as it is; :meth:`parse` reads it back.

        Examples:
            >>> DateRange.parse("September 28 - October 3, 2013").format()
            'September 28 – October 3, 2013'
            >>> DateRange.parse("2012").format(), DateRange.parse("October 2015").format()
            ('2012', 'October 2015')
            >>> DateRange.parse("../2013-09-26").format()
            'by September 26, 2013'
            >>> DateRange.parse("by mid-2013").format()
            'by the end of the first half of 2013'
            >>> DateRange.parse("since Sept. 2013").format()
            'since September 2013'
        """
        start, end = self.start, self.end
        if start is None:
            assert end is not None  # noqa: S101 -- narrowing only; never both None
            if self.precision is Precision.DAY:
                return f"by {_one(end, self.precision)}"
            return f"by the end of {_one(end, self.precision)}"
        if end is None:
            return f"since {_one(start, self.precision)}"
        if self.precision is Precision.YEAR:
            if start.year == end.year:
                return _year(start)
            return f"{_year(start)}\u2013{_year(end)}"
        if self.precision is Precision.HALF_YEAR:
            first, last = _half(start), _half(end)
            return first if first == last else f"{first} \u2013 {last}"
        if self.precision is Precision.MONTH:
            first = _MONTH_NAMES[start.month - 1]
            last = f"{_MONTH_NAMES[end.month - 1]} {_year(end)}"
            if start.year != end.year:
                return f"{first} {_year(start)} \u2013 {last}"
            return last if start.month == end.month else f"{first} \u2013 {last}"
        if start == end:
            return f"{_month_day(start)}, {_year(start)}"
        if start.year != end.year:
            return f"{_month_day(start)}, {_year(start)} \u2013 {_month_day(end)}, {_year(end)}"
        if start.month != end.month:
            return f"{_month_day(start)} \u2013 {_month_day(end)}, {_year(end)}"
        return f"{_month_day(start)}\u2013{end.day}, {_year(end)}"

    def __str__(self) -> str:
        return self.format()

    def isoformat(self) -> str:
        """
        The range as an ISO 8601 interval of days.

        An open side is written ``..``, as ISO 8601-2 writes it. :meth:`parse`
        reads it back as a range of ``DAY`` precision over the same days (ISO
        intervals carry no precision).

        Examples:
            >>> DateRange.parse("2012").isoformat()
            '2012-01-01/2012-12-31'
            >>> DateRange.parse("by the end of June 2013").isoformat()
            '../2013-06-30'
            >>> DateRange.parse("since September 19, 2013").isoformat()
            '2013-09-19/..'
        """
        start = ".." if self.start is None else self.start.isoformat()
        end = ".." if self.end is None else self.end.isoformat()
        return f"{start}/{end}"

    # --- Size, membership and set operations ----------------------------------

    @property
    def is_stated(self) -> bool:
        """
        Whether the text states this range outright (it is not inferred).

        Examples:
            >>> DateRange.parse("2013").is_stated, DateRange.parse("mid-2013").is_stated
            (True, False)
        """
        return self.inferred is None

    @property
    def is_open(self) -> bool:
        """
        Whether the range is open on one side (its start or its end is ``None``).

        Examples:
            >>> DateRange.parse("by September 26, 2013").is_open
            True
            >>> DateRange.parse("since 2013").is_open, DateRange.parse("2013").is_open
            (True, False)
        """
        return self.start is None or self.end is None

    def _closed(self, what: str) -> tuple[pendulum.Date, pendulum.Date]:
        start, end = self.start, self.end
        if start is None or end is None:
            side = "start" if start is None else "end"
            msg = f"{self.format()!r} is open at its {side} ({side!r} is None), so it has no {what}"
            raise InvalidRangeError(msg)
        return start, end

    @property
    def days(self) -> int:
        """
        How many days the range covers, both ends included.

        Raises:
            InvalidRangeError: If the range is open on a side (it has no count).

        Examples:
            >>> DateRange.parse("September 19-26, 2013").days
            8
        """
        start, end = self._closed("number of days")
        return (end - start).days + 1

    def __contains__(self, item: object) -> bool:
        """
        Whether a date, or a whole range, lies within this range.

        An open side reaches past any day, so a range open at its start
        holds every day up to its end; a range open on a side lies within
        one only if that is open on the same side. A ``datetime`` is refused
        with a ``TypeError``: it is not a date.

        Examples:
            >>> r = DateRange.parse("September 19-26, 2013")
            >>> pendulum.date(2013, 9, 26) in r, pendulum.date(2013, 9, 27) in r
            (True, False)
            >>> DateRange.parse("September 20, 2013") in r
            True
            >>> r in DateRange.parse("by the end of 2013"), pendulum.date(1900, 1, 1) in r
            (True, False)
        """
        if isinstance(item, DateRange):
            starts_inside = self.start is None or (
                item.start is not None and self.start <= item.start
            )
            ends_inside = self.end is None or (item.end is not None and item.end <= self.end)
            return starts_inside and ends_inside
        day = _check_date(item, "item")
        return _reaches(self.start, day) and _reaches(day, self.end)

    def overlaps(self, other: DateRange) -> bool:
        """
        Whether the two ranges share at least one day.

        Examples:
            >>> a = DateRange.parse("September 19-26, 2013")
            >>> a.overlaps(DateRange.parse("September 26 - October 3, 2013"))
            True
            >>> a.overlaps(DateRange.parse("since October 2013"))
            False
        """
        other = _check_range(other, "other")
        return _reaches(self.start, other.end) and _reaches(other.start, self.end)

    def intersection(self, other: DateRange) -> DateRange | None:
        """
        The days both ranges share, or ``None`` when they share none.

        The result has the finer of the two precisions, is inferred if
        either range is, and cites nothing (it is computed, not quoted). It
        is open on a side only where both ranges are.

        Examples:
            >>> year = DateRange.parse("2013")
            >>> str(year.intersection(DateRange.parse("December 30, 2013 - January 2, 2014")))
            'December 30–31, 2013'
            >>> str(year.intersection(DateRange.parse("since the second half of 2013")))
            'the second half of 2013'
        """
        other = _check_range(other, "other")
        if not self.overlaps(other):
            return None
        start = _tighter(max, self.start, other.start)
        return self._combine(other, start, _tighter(min, self.end, other.end))

    def span(self, other: DateRange) -> DateRange:
        """
        The smallest range that covers both ranges (and any gap between).

        It is open on a side where either range is.

        Raises:
            InvalidRangeError: If one range is open at its start and the
                other at its end: what covers both is bounded on no side.

        Examples:
            >>> str(DateRange.parse("2012").span(DateRange.parse("2013")))
            '2012–2013'
            >>> str(DateRange.parse("2012").span(DateRange.parse("since 2013")))
            'since 2012'
        """
        other = _check_range(other, "other")
        start = _looser(min, self.start, other.start)
        end = _looser(max, self.end, other.end)
        if start is None and end is None:
            msg = (
                f"{self.format()!r} and {other.format()!r} are open on opposite sides, "
                "so the range that covers both is bounded on no side"
            )
            raise InvalidRangeError(msg)
        return self._combine(other, start, end)

    def _combine(
        self, other: DateRange, start: pendulum.Date | None, end: pendulum.Date | None
    ) -> DateRange:
        precision = min(self.precision, other.precision, key=_RANKS.__getitem__)
        inferred = _joined((self.inferred, other.inferred))
        return DateRange(start=start, end=end, precision=precision, inferred=inferred)

    # --- Iteration and pendulum ----------------------------------------------

    def __iter__(self) -> Iterator[pendulum.Date]:
        """
        Every day of the range, in order.

        Raises:
            InvalidRangeError: If the range is open on a side.

        Examples:
            >>> [d.day for d in DateRange.parse("September 19-21, 2013")]
            [19, 20, 21]
        """
        return self.iter("day")

    def iter(self, unit: Literal["day", "week", "month"] = "day") -> Iterator[pendulum.Date]:
        """
        The range's days, one every *unit* from :attr:`start`, up to :attr:`end`.

        Raises:
            ValueError: If *unit* is not one of the three.
            InvalidRangeError: If the range is open on a side.

        Examples:
            >>> [str(d) for d in DateRange.parse("September 2013").iter("week")]
            ['2013-09-01', '2013-09-08', '2013-09-15', '2013-09-22', '2013-09-29']
        """
        if unit not in ("day", "week", "month"):
            msg = f"'unit' must be 'day', 'week' or 'month', got {_excerpt(unit)}"
            raise ValueError(msg)
        start, end = self._closed("days to iterate over")
        return pendulum.Interval(start, end).range(f"{unit}s")

    def to_interval(self) -> pendulum.Interval[pendulum.Date]:
        """
        The range as a ``pendulum.Interval`` of ``pendulum.Date``.

        pendulum counts the days *between* the ends, so its ``in_days()``
        is one less than :attr:`days`.

        Raises:
            InvalidRangeError: If the range is open on a side.

        Examples:
            >>> DateRange.parse("September 19-26, 2013").to_interval().in_days()
            7
        """
        start, end = self._closed("pendulum Interval")
        return pendulum.Interval(start, end)

    def to_datetime_interval(self) -> pendulum.Interval[pendulum.DateTime]:
        """
        The range as instants in Honduras (``America/Tegucigalpa``).

        From the first moment of :attr:`start` to the last of :attr:`end`.

        Raises:
            InvalidRangeError: If the range is open on a side.

        Examples:
            >>> i = DateRange.parse("September 19, 2013").to_datetime_interval()
            >>> i.start.isoformat(), i.end.isoformat()
            ('2013-09-19T00:00:00-06:00', '2013-09-19T23:59:59.999999-06:00')
        """
        first, last = self._closed("interval of instants")
        if last == dt.date.max:
            # Its last moment in Honduras is after the last one a datetime
            # can hold once it is given in UTC.
            msg = f"{self} ends on the calendar's last day, whose instants cannot all be held"
            raise InvalidRangeError(msg)
        start = pendulum.datetime(first.year, first.month, first.day, tz=TIMEZONE)
        end = pendulum.datetime(last.year, last.month, last.day, tz=TIMEZONE)
        return pendulum.Interval(start, end.end_of("day"))

    @property
    def fiscal_years(self) -> tuple[int, ...]:
        """
        The U.S. federal fiscal years the range falls in.

        FY2013 runs from 1 October 2012 to 30 September 2013.

        Raises:
            InvalidRangeError: If the range is open on a side (the years
                would never end).

        Examples:
            >>> DateRange.parse("2013").fiscal_years
            (2013, 2014)
            >>> DateRange.parse("September 19-26, 2013").fiscal_years
            (2013,)
        """
        start, end = self._closed("finite tuple of fiscal years")
        return tuple(range(_fiscal_year(start), _fiscal_year(end) + 1))

    @classmethod
    def fiscal_year(cls, year: int) -> DateRange:
        """
        The U.S. federal fiscal year *year*, as a stated range of months.

        Examples:
            >>> str(DateRange.fiscal_year(2013))
            'October 2012 – September 2013'
        """
        # Fiscal year 1 would start in year 0, before the calendar's first year.
        _check_year(year, "year", lowest=2)
        return cls(
            start=pendulum.date(year - 1, 10, 1),
            end=pendulum.date(year, 9, 30),
            precision=Precision.MONTH,
        )

    # --- Order ---------------------------------------------------------------

    def _key(self) -> tuple[bool, dt.date, bool, dt.date, int, str, int, int]:
        cited = self.citation
        # The flags put an open start before every start and an open end after
        # every end, and keep an open side apart from any real date, so that
        # the order agrees with ==.
        return (
            self.start is not None,
            dt.date.min if self.start is None else self.start,
            self.end is None,
            dt.date.max if self.end is None else self.end,
            self.precision.rank,
            "" if self.inferred is None else "\x01" + self.inferred,
            -1 if cited is None else cited.start,
            -1 if cited is None else cited.end,
        )

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, DateRange):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, DateRange):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, DateRange):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, DateRange):
            return NotImplemented
        return self._key() >= other._key()
