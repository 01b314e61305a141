"""
Bad input, as a hostile user would give it: a catalogue.

Every public function, record and JSON reader is fed wrong values; each row
pins the exception's type and the start of its message, which names the
argument, the field or the JSON path (and quotes the words), so that a bad
input never gives a wrong answer or an unhelpful traceback.
"""

from __future__ import annotations

import copy
import datetime as dt
import fractions
import functools
import json
import math
import re
from collections.abc import Callable
from decimal import Decimal

import attrs
import pendulum
import pytest
from conftest import replace_everywhere

import honduras_brief as hb
from honduras_brief import content as c
from honduras_brief import serialization as s

D = hb.DateRange
SEPT = D.parse("September 19-26, 2013")


def _listed_twice() -> dict[str, object]:
    """The brief's JSON values with its first challenge listed again at the end."""
    data = s.to_dict(hb.BRIEF)
    data["challenges"].append(data["challenges"][0])
    return data


CATALOGUE: list[tuple[str, Callable[[], object], type[BaseException], str]] = [
    (
        "parse-empty",
        lambda: D.parse(""),
        hb.DateParseError,
        "cannot read '' as a date range: it is not a form this library reads",
    ),
    (
        "parse-spaces",
        lambda: D.parse("   "),
        hb.DateParseError,
        "cannot read '   ' as a date range: it is not a form this library reads",
    ),
    (
        "parse-none",
        lambda: D.parse(None),
        TypeError,
        "'text' must be a str, got None of type NoneType",
    ),
    ("parse-int", lambda: D.parse(2013), TypeError, "'text' must be a str, got 2013 of type int"),
    (
        "parse-nonsense",
        lambda: D.parse("next Tuesday"),
        hb.DateParseError,
        "cannot read 'next Tuesday' as a date range: it is not a form this libr",
    ),
    (
        "parse-no-year",
        lambda: D.parse("September 19-26"),
        hb.DateParseError,
        "cannot read 'September 19-26' as a date range: it gives no year; pass ",
    ),
    (
        "parse-day-0",
        lambda: D.parse("September 0, 2013"),
        hb.DateParseError,
        "cannot read 'September 0, 2013' as a date range: September 0, 2013 is ",
    ),
    (
        "parse-days-0",
        lambda: D.parse("September 10-0, 2013"),
        hb.DateParseError,
        "cannot read 'September 10-0, 2013' as a date range: September 0, 2013 ",
    ),
    (
        "parse-months-0",
        lambda: D.parse("February 0 - March 0, 2013"),
        hb.DateParseError,
        "cannot read 'February 0 - March 0, 2013' as a date range: February 0, ",
    ),
    (
        "parse-range-as-end",
        lambda: D.parse("September 19-26, 2013 - October 2, 2013"),
        hb.DateParseError,
        "cannot read 'September 19-26, 2013 - October 2, 2013' as a date range:",
    ),
    (
        "parse-feb-30",
        lambda: D.parse("February 30, 2013"),
        hb.DateParseError,
        "cannot read 'February 30, 2013' as a date range: February 30, 2013 is ",
    ),
    (
        "parse-backwards",
        lambda: D.parse("September 26-19, 2013"),
        hb.DateParseError,
        "cannot read 'September 26-19, 2013' as a date range: it ends before it",
    ),
    (
        "parse-backwards-months",
        lambda: D.parse("October - September 2013"),
        hb.DateParseError,
        "cannot read 'October - September 2013' as a date range: it ends before",
    ),
    (
        "parse-bad-month",
        lambda: D.parse("Septober 19, 2013"),
        hb.DateParseError,
        "cannot read 'Septober 19, 2013' as a date range: 'Septober' is not a m",
    ),
    (
        "parse-year-given-twice",
        lambda: D.parse("2013", year=2013),
        hb.DateParseError,
        "cannot read '2013' as a date range: it gives its own year, so 'year' m",
    ),
    (
        "parse-year-str",
        lambda: D.parse("September 19", year="2013"),
        TypeError,
        "'year' must be an int, got '2013' of type str",
    ),
    (
        "parse-year-bool",
        lambda: D.parse("September 19", year=True),
        TypeError,
        "'year' must be an int, got True of type bool",
    ),
    (
        "parse-year-0",
        lambda: D.parse("September 19", year=0),
        ValueError,
        "'year' must be from 1 to 9999, got 0",
    ),
    (
        "parse-year-huge",
        lambda: D.parse("September 19", year=2**70),
        ValueError,
        "'year' must be from 1 to 9999, got an int of 22 digits",
    ),
    (
        "parse-year-10000",
        lambda: D.parse("September 19", year=10000),
        ValueError,
        "'year' must be from 1 to 9999, got 10000",
    ),
    (
        "parse-reason-empty",
        lambda: D.parse("September 19", year=2013, reason=""),
        ValueError,
        "'reason' must be None or a str with words in it, got ''",
    ),
    (
        "parse-reason-int",
        lambda: D.parse("September 19", year=2013, reason=5),
        TypeError,
        "'reason' must be None or a str with words in it, got 5",
    ),
    (
        "parse-reason-stated",
        lambda: D.parse("2013", reason="because"),
        hb.DateParseError,
        "cannot read '2013' as a date range: it is stated in full, so there is ",
    ),
    (
        "parse-mixed-kinds",
        lambda: D.parse("June 2013 - 2014"),
        hb.DateParseError,
        "cannot read 'June 2013 - 2014' as a date range: its two ends are not o",
    ),
    (
        "parse-mid-as-end",
        lambda: D.parse("mid-2013 - 2014"),
        hb.DateParseError,
        "cannot read 'mid-2013 - 2014' as a date range: its two ends are not of",
    ),
    (
        "parse-iso-bad",
        lambda: D.parse("2013-02-30"),
        hb.DateParseError,
        "cannot read '2013-02-30' as a date range: it is not a real date",
    ),
    (
        "parse-iso-backwards",
        lambda: D.parse("2013-09-26/2013-09-19"),
        hb.DateParseError,
        "cannot read '2013-09-26/2013-09-19' as a date range: it ends before it",
    ),
    (
        "parse-iso-open-both",
        lambda: D.parse("../.."),
        hb.DateParseError,
        "cannot read '../..' as a date range: it is open at both ends, so it bo",
    ),
    (
        "parse-by-ambiguous",
        lambda: D.parse("by June 2013"),
        hb.DateParseError,
        "cannot read 'by June 2013' as a date range: 'by' a month, half-year or",
    ),
    (
        "parse-since-mid",
        lambda: D.parse("since mid-2013"),
        hb.DateParseError,
        "cannot read 'since mid-2013' as a date range: 'since mid-year' could s",
    ),
    (
        "parse-by-range",
        lambda: D.parse("by September 19-26, 2013"),
        hb.DateParseError,
        "cannot read 'by September 19-26, 2013' as a date range: 'by' bounds a ",
    ),
    (
        "parse-other-digits",
        lambda: D.parse("September ١٩, 2013"),
        hb.DateParseError,
        "cannot read 'September ١٩, 2013' as a date range: it is not a form thi",
    ),
    (
        "dr-datetime",
        lambda: D(
            start=pendulum.datetime(2013, 1, 1),
            end=pendulum.date(2013, 1, 2),
            precision=hb.Precision.DAY,
        ),
        TypeError,
        "'start' must be a date, not a datetime: got DateTime(2013, 1, 1, 0, 0,",
    ),
    (
        "dr-std-date",
        lambda: D(
            start=dt.date(2013, 1, 1), end=pendulum.date(2013, 1, 2), precision=hb.Precision.DAY
        ),
        TypeError,
        "'start' must be a pendulum.Date (make one with pendulum.date(y, m, d))",
    ),
    (
        "dr-str",
        lambda: D(start="2013-01-01", end=pendulum.date(2013, 1, 2), precision=hb.Precision.DAY),
        TypeError,
        "'start' must be a pendulum.Date (make one with pendulum.date(y, m, d))",
    ),
    (
        "dr-both-open",
        lambda: D(start=None, end=None, precision=hb.Precision.DAY),
        hb.InvalidRangeError,
        "'start' and 'end' are both None, but a range must be bounded on at lea",
    ),
    (
        "dr-backwards",
        lambda: D(
            start=pendulum.date(2013, 1, 2),
            end=pendulum.date(2013, 1, 1),
            precision=hb.Precision.DAY,
        ),
        hb.InvalidRangeError,
        "'end' (2013-01-01) is before 'start' (2013-01-02)",
    ),
    (
        "dr-misaligned",
        lambda: D(
            start=pendulum.date(2013, 1, 2),
            end=pendulum.date(2013, 1, 31),
            precision=hb.Precision.MONTH,
        ),
        hb.InvalidRangeError,
        "a range of month precision must run from the start of a month to the e",
    ),
    (
        "dr-precision-str",
        lambda: D(
            start=pendulum.date(2013, 1, 1), end=pendulum.date(2013, 1, 31), precision="month"
        ),
        TypeError,
        "'precision' must be of type Precision, got 'month' of type str",
    ),
    (
        "dr-inferred-empty",
        lambda: D(
            start=pendulum.date(2013, 1, 1),
            end=pendulum.date(2013, 1, 31),
            precision=hb.Precision.MONTH,
            inferred="",
        ),
        ValueError,
        "'inferred' must not be empty or only white space",
    ),
    (
        "dr-citation-str",
        lambda: D(
            start=pendulum.date(2013, 1, 1),
            end=pendulum.date(2013, 1, 31),
            precision=hb.Precision.MONTH,
            citation="2013",
        ),
        TypeError,
        "'citation' must be of type Citation, got '2013' of type str",
    ),
    (
        "dr-contains-datetime",
        lambda: pendulum.datetime(2013, 9, 20) in SEPT,
        TypeError,
        "'item' must be a date, not a datetime: got DateTime(2013, 9, 20, 0, 0,",
    ),
    (
        "dr-contains-str",
        lambda: "2013-09-20" in SEPT,
        TypeError,
        "'item' must be a date or a DateRange, got '2013-09-20' of type str",
    ),
    (
        "dr-overlaps-str",
        lambda: SEPT.overlaps("2013"),
        TypeError,
        "'other' must be a DateRange, got '2013' of type str",
    ),
    (
        "dr-intersection-date",
        lambda: SEPT.intersection(pendulum.date(2013, 9, 20)),
        TypeError,
        "'other' must be a DateRange, got Date(2013, 9, 20) of type Date",
    ),
    (
        "dr-span-none",
        lambda: SEPT.span(None),
        TypeError,
        "'other' must be a DateRange, got None of type NoneType",
    ),
    (
        "dr-iter-unit",
        lambda: list(SEPT.iter("year")),
        ValueError,
        "'unit' must be 'day', 'week' or 'month', got 'year'",
    ),
    (
        "dr-lt-str",
        lambda: SEPT < "2014",
        TypeError,
        "'<' not supported between instances of 'DateRange' and 'str'",
    ),
    ("dr-fy-1", lambda: D.fiscal_year(1), ValueError, "'year' must be from 2 to 9999, got 1"),
    (
        "dr-fy-huge",
        lambda: D.fiscal_year(2**70),
        ValueError,
        "'year' must be from 2 to 9999, got an int of 22 digits",
    ),
    (
        "dr-fy-str",
        lambda: D.fiscal_year("2013"),
        TypeError,
        "'year' must be an int, got '2013' of type str",
    ),
    (
        "dr-open-days",
        lambda: D.parse("by September 26, 2013").days,
        hb.InvalidRangeError,
        "'by September 26, 2013' is open at its start ('start' is None), so it ",
    ),
    (
        "dr-open-iter",
        lambda: list(D.parse("since 2013")),
        hb.InvalidRangeError,
        "'since 2013' is open at its end ('end' is None), so it has no days to ",
    ),
    (
        "dr-open-interval",
        lambda: D.parse("since 2013").to_interval(),
        hb.InvalidRangeError,
        "'since 2013' is open at its end ('end' is None), so it has no pendulum",
    ),
    (
        "dr-open-fy",
        lambda: D.parse("since 2013").fiscal_years,
        hb.InvalidRangeError,
        "'since 2013' is open at its end ('end' is None), so it has no finite t",
    ),
    (
        "dr-last-day-instants",
        lambda: D.parse("December 31, 9999").to_datetime_interval(),
        hb.InvalidRangeError,
        "December 31, 9999 ends on the calendar's last day, whose instants cann",
    ),
    (
        "pc-str",
        lambda: hb.percent_change("85.5", 80),
        hb.FigureTypeError,
        "'old' must be an int, a Decimal, a float or a Quantity, got '85.5' of ",
    ),
    (
        "pc-bool",
        lambda: hb.percent_change(True, 80),  # noqa: FBT003 -- the bool is the bad input
        hb.FigureTypeError,
        "'old' must be an int, a Decimal, a float or a Quantity, got True of ty",
    ),
    (
        "pc-none",
        lambda: hb.percent_change(85.5, None),
        hb.FigureTypeError,
        "'new' must be an int, a Decimal, a float or a Quantity, got None of ty",
    ),
    (
        "pc-nan",
        lambda: hb.percent_change(float("nan"), 80),
        hb.PercentChangeError,
        "'old' must be finite, got nan",
    ),
    (
        "pc-inf",
        lambda: hb.percent_change(85.5, math.inf),
        hb.PercentChangeError,
        "'new' must be finite, got inf",
    ),
    (
        "pc-dnan",
        lambda: hb.percent_change(Decimal("NaN"), 80),
        hb.PercentChangeError,
        "'old' must be finite, got Decimal('NaN')",
    ),
    (
        "pc-zero",
        lambda: hb.percent_change(0, 80),
        hb.PercentChangeError,
        "'old' is zero: a change from zero has no percent",
    ),
    (
        "pc-negative",
        lambda: hb.percent_change(-10, 5),
        hb.PercentChangeError,
        "'old' is negative (-10): a percent change needs a positive base; pass ",
    ),
    (
        "pc-flag-str",
        lambda: hb.percent_change(-10, 5, allow_negative_base="no"),
        TypeError,
        "'allow_negative_base' must be True or False, got 'no' of type str",
    ),
    (
        "pc-flag-int",
        lambda: hb.percent_change(-10, 5, allow_negative_base=1),
        TypeError,
        "'allow_negative_base' must be True or False, got 1 of type int",
    ),
    (
        "pc-complex",
        lambda: hb.percent_change(1j, 5),
        hb.FigureTypeError,
        "'old' must be an int, a Decimal, a float or a Quantity, got 1j of type",
    ),
    (
        "pc-fraction",
        lambda: hb.percent_change(fractions.Fraction(1, 2), 5),
        hb.FigureTypeError,
        "'old' must be an int, a Decimal, a float or a Quantity, got Fraction(1",
    ),
    (
        "pc-quantity-many",
        lambda: hb.percent_change(c.CITIZENS_AFFECTED, 5),
        hb.PercentChangeError,
        "'old' may be zero or negative (from -Infinity to Infinity): a percent ",
    ),
    (
        "pc-units",
        lambda: hb.percent_change(c.HOMICIDE_RATE_2012, c.PEOPLE_TRAINED),
        hb.PercentChangeError,
        "'old' is in per-100000-population but 'new' is in persons",
    ),
    (
        "ppc-not-percent",
        lambda: hb.percentage_point_change(c.HOMICIDE_RATE_2012, c.HOMICIDE_RATE_2013),
        hb.PercentChangeError,
        "'old' must be in percent for a percentage-point change, got per-100000",
    ),
    (
        "ppc-str",
        lambda: hb.percentage_point_change("1.5", 2),
        hb.FigureTypeError,
        "'old' must be an int, a Decimal, a float or a Quantity, got '1.5' of t",
    ),
    (
        "dc-places-str",
        lambda: hb.describe_change(85.5, 80, places="1"),
        TypeError,
        "'places' must be an int, got '1' of type str",
    ),
    (
        "dc-places-bool",
        lambda: hb.describe_change(85.5, 80, places=True),
        TypeError,
        "'places' must be an int, got True of type bool",
    ),
    (
        "dc-places-huge",
        lambda: hb.describe_change(85.5, 80, places=1000),
        ValueError,
        "'places' must be from -100 to 100, got 1000",
    ),
    (
        "dc-places-float",
        lambda: hb.describe_change(85.5, 80, places=1.0),
        TypeError,
        "'places' must be an int, got 1.0 of type float",
    ),
    (
        "dc-zero",
        lambda: hb.describe_change(0, 80),
        hb.PercentChangeError,
        "'old' is zero: a change from zero has no percent",
    ),
    (
        "cc-stated-quantity",
        lambda: hb.check_change(85.5, 80, stated=c.HOMICIDE_RATE_DECREASE),
        hb.FigureTypeError,
        "'stated' must be a number (the change in percent, signed), not a Quant",
    ),
    (
        "cc-stated-str",
        lambda: hb.check_change(85.5, 80, stated="-6.4"),
        hb.FigureTypeError,
        "'stated' must be an int, a Decimal or a float, got '-6.4' of type str",
    ),
    (
        "cc-stated-nan",
        lambda: hb.check_change(85.5, 80, stated=float("nan")),
        hb.PercentChangeError,
        "'stated' must be finite, got nan",
    ),
    (
        "cc-stated-missing",
        lambda: hb.check_change(85.5, 80),
        TypeError,
        "check_change() missing 1 required keyword-only argument: 'stated'",
    ),
    (
        "cc-places-huge",
        lambda: hb.check_change(85.5, 80, stated=-6, places=-1000),
        ValueError,
        "'places' must be from -100 to 100, got -1000",
    ),
    (
        "cc-flag",
        lambda: hb.check_change(85.5, 80, stated=-6, allow_negative_base=None),
        TypeError,
        "'allow_negative_base' must be True or False, got None of type NoneType",
    ),
    (
        "cite-empty",
        lambda: hb.Citation.of(""),
        hb.CitationError,
        "a quote must not be empty or only white space",
    ),
    (
        "cite-missing",
        lambda: hb.Citation.of("Atlantis"),
        hb.CitationError,
        "the quote 'Atlantis' is not in the text",
    ),
    (
        "cite-twice",
        lambda: hb.Citation.of("Honduras"),
        hb.CitationError,
        "the quote 'Honduras' occurs 9 times in the text; quote more words, or ",
    ),
    ("cite-int", lambda: hb.Citation.of(5), TypeError, "a quote must be a str, got 5 of type int"),
    (
        "cite-within-missing",
        lambda: hb.Citation.of("2012", within="nowhere 2012"),
        hb.CitationError,
        "the quote 'nowhere 2012' is not in the text",
    ),
    (
        "cite-chrome",
        lambda: hb.Citation.of("Back to Top"),
        hb.CitationError,
        "the quote 'Back to Top' stands outside the challenges, goals and accom",
    ),
    (
        "citation-wrong-offsets",
        lambda: hb.Citation(quote="Honduras", start=0, end=8, section=hb.Section.CHALLENGES),
        hb.CitationError,
        "the text at 0:8 is 'printabl', not the quote 'Honduras'",
    ),
    (
        "citation-bool-start",
        lambda: hb.Citation(quote="H", start=True, end=2, section=hb.Section.CHALLENGES),
        TypeError,
        "'start' must be an int, got True of type bool",
    ),
    (
        "citation-negative",
        lambda: hb.Citation(quote="H", start=-1, end=0, section=hb.Section.CHALLENGES),
        ValueError,
        "'start' must be >= 0: -1",
    ),
    (
        "citation-section-str",
        lambda: hb.Citation(quote="Los Cachiros", start=3874, end=3886, section="accomplishments"),
        TypeError,
        "'section' must be of type Section, got 'accomplishments' of type str",
    ),
    (
        "citation-wrong-section",
        lambda: hb.Citation(quote="Los Cachiros", start=3874, end=3886, section=hb.Section.GOALS),
        hb.CitationError,
        "the quote 'Los Cachiros' stands in accomplishments, not in goals",
    ),
    (
        "q-float-low",
        lambda: attrs.evolve(c.PEOPLE_TRAINED, low=1200.0),
        TypeError,
        "'low' must be a Decimal, got 1200.0 of type float",
    ),
    (
        "q-nan-low",
        lambda: attrs.evolve(c.PEOPLE_TRAINED, low=Decimal("NaN")),
        ValueError,
        "'low' must be a finite Decimal, got Decimal('NaN')",
    ),
    (
        "q-high-on-more-than",
        lambda: attrs.evolve(c.PEOPLE_TRAINED, high=Decimal(2000)),
        hb.InvalidRangeError,
        "a figure qualified 'more-than' has no 'high' bound, got Decimal('2000'",
    ),
    (
        "q-exact-unequal",
        lambda: attrs.evolve(c.JUDGES_DISMISSED, high=Decimal(58)),
        hb.InvalidRangeError,
        "an exact figure has 'low' == 'high', got 57 and 58",
    ),
    (
        "q-between-backwards",
        lambda: attrs.evolve(c.NEPTUNE_SEIZED_VALUE, low=Decimal(900000000)),
        hb.InvalidRangeError,
        "'low' (900000000) must be below 'high' (800000000)",
    ),
    (
        "q-text-not-in-citation",
        lambda: attrs.evolve(c.PEOPLE_TRAINED, text="more than 1,300"),
        hb.CitationError,
        "'text' 'more than 1,300' is not in its citation 'To strengthen investi",
    ),
    (
        "q-dozens-no-reason",
        lambda: attrs.evolve(c.POLICE_AND_PROSECUTORS_REMOVED, inferred=None),
        hb.InvalidRangeError,
        "a figure qualified 'dozens' needs 'inferred': the words give no number",
    ),
    (
        "q-unit-str",
        lambda: attrs.evolve(c.PEOPLE_TRAINED, unit="persons"),
        TypeError,
        "'unit' must be of type Unit, got 'persons' of type str",
    ),
    (
        "q-id-not-slug",
        lambda: attrs.evolve(c.PEOPLE_TRAINED, id="People Trained"),
        ValueError,
        "'id' must be a slug of lower-case letters, digits and single hyphens, ",
    ),
    (
        "q-derived-list",
        lambda: attrs.evolve(c.HOMICIDE_RATE_DECREASE, derived_from=["a", "b"]),
        TypeError,
        "'derived_from' must be a tuple, got ['a', 'b'] of type list",
    ),
    (
        "q-measure-empty",
        lambda: attrs.evolve(c.PEOPLE_TRAINED, measure=" "),
        ValueError,
        "'measure' must not be empty or only white space",
    ),
    (
        "q-attributed-str",
        lambda: attrs.evolve(c.PEOPLE_TRAINED, attributed_to="INL"),
        TypeError,
        "'attributed_to' must be of type Actor, got 'INL' of type str",
    ),
    (
        "actor-mention-not-a-name",
        lambda: attrs.evolve(c.LOS_CACHIROS, name="The Cachiros"),
        hb.CitationError,
        "'mentions': the mention 'Los Cachiros' is not one of the names of 'los",
    ),
    (
        "actor-kind-str",
        lambda: attrs.evolve(c.LOS_CACHIROS, kind="gang"),
        TypeError,
        "'kind' must be of type ActorKind, got 'gang' of type str",
    ),
    (
        "actor-generic-int",
        lambda: attrs.evolve(c.LOS_CACHIROS, generic=1),
        TypeError,
        "'generic' must be of type bool, got 1 of type int",
    ),
    (
        "actor-part-of-str",
        lambda: attrs.evolve(c.VIOLENCE_OBSERVATORY, part_of="university"),
        TypeError,
        "'part_of' must be of type Actor, got 'university' of type str",
    ),
    (
        "actor-aliases-list",
        lambda: attrs.evolve(c.LOS_CACHIROS, aliases=["LC"]),
        TypeError,
        "'aliases' must be a tuple, got ['LC'] of type list",
    ),
    (
        "actor-inferred-empty",
        lambda: attrs.evolve(c.LOS_CACHIROS, inferred=""),
        ValueError,
        "'inferred' must not be empty or only white space",
    ),
    (
        "place-generic-str",
        lambda: attrs.evolve(c.HONDURAS, generic="no"),
        TypeError,
        "'generic' must be of type bool, got 'no' of type str",
    ),
    (
        "place-kind-str",
        lambda: attrs.evolve(c.HONDURAS, kind="country"),
        TypeError,
        "'kind' must be of type PlaceKind, got 'country' of type str",
    ),
    (
        "source-sha",
        lambda: attrs.evolve(hb.SOURCE, sha256="xyz"),
        ValueError,
        "'sha256' must be 64 lower-case hex digits, got 'xyz'",
    ),
    (
        "source-years-str",
        lambda: attrs.evolve(hb.SOURCE, years=(2012, "2013")),
        TypeError,
        "'years' must be an int, got '2013' of type str",
    ),
    (
        "brief-lookup-missing",
        lambda: hb.BRIEF.lookup("atlantis"),
        hb.UnknownRecordError,
        "no record of the brief has the id 'atlantis'",
    ),
    (
        "brief-statements-about-int",
        lambda: hb.BRIEF.statements_about(5),
        TypeError,
        "'thing' must be a record a statement can be about, a term or an id, go",
    ),
    (
        "brief-statements-about-statement",
        lambda: hb.BRIEF.statements_about(hb.BRIEF.statements[0]),
        TypeError,
        "'thing' must be a record a statement can be about, a term or an id, go",
    ),
    (
        "brief-dup",
        lambda: attrs.evolve(hb.BRIEF, actors=(*hb.ACTORS, attrs.evolve(c.LOS_CACHIROS, note="x"))),
        hb.DuplicateIdError,
        "two different records share the id 'los-cachiros'",
    ),
    (
        "brief-challenges-list",
        lambda: attrs.evolve(hb.BRIEF, challenges=list(hb.CHALLENGES)),
        TypeError,
        "'challenges' must be a tuple, got [Challenge(id='drug-transit', title=",
    ),
    (
        "brief-source-none",
        lambda: attrs.evolve(hb.BRIEF, source=None),
        TypeError,
        "'source' must be of type Source, got None of type NoneType",
    ),
    (
        "records-none",
        lambda: hb.to_records(None),
        TypeError,
        "'records' must be a Brief, records, figures or statements, got None of",
    ),
    (
        "records-str",
        lambda: hb.to_records("BRIEF"),
        TypeError,
        "'records' must be a Brief, records, figures or statements, got 'BRIEF'",
    ),
    (
        "records-source",
        lambda: hb.to_records(hb.SOURCE),
        TypeError,
        "'records' must be a Brief, records, figures or statements, got Source(",
    ),
    (
        "records-actor",
        lambda: hb.to_records([c.LOS_CACHIROS]),
        TypeError,
        "'records' must be a Brief, records, figures or statements, got an item",
    ),
    (
        "records-table",
        lambda: hb.to_records(hb.BRIEF, table="people"),
        ValueError,
        "'table' must be one of 'figures', 'statements', 'records', 'actors', 'places', got 'people'",
    ),
    (
        "csv-source",
        lambda: hb.to_csv(hb.SOURCE),
        TypeError,
        "'records' must be a Brief, records, figures or statements, got Source(",
    ),
    (
        "csv-table",
        lambda: hb.to_csv(hb.BRIEF, table=None),
        ValueError,
        "'table' must be one of 'figures', 'statements', 'records', 'actors', 'places', got None",
    ),
    (
        "df-table",
        lambda: hb.to_dataframe(hb.BRIEF, table="figure"),
        ValueError,
        "'table' must be one of 'figures', 'statements', 'records', 'actors', 'places', got 'figure'",
    ),
    (
        "to-json-dict",
        lambda: hb.to_json({"a": 1}),
        TypeError,
        "'obj' must be a record of this library, got {'a': 1} of type dict",
    ),
    (
        "to-dict-int",
        lambda: hb.to_dict(5),
        TypeError,
        "'obj' must be a record of this library, got 5 of type int",
    ),
    (
        "from-json-int",
        lambda: hb.from_json(5, hb.Citation),
        TypeError,
        "'text' must be a str or bytes, got 5 of type int",
    ),
    (
        "from-json-not-json",
        lambda: hb.from_json("{", hb.Citation),
        hb.InvalidDataError,
        "$: not JSON: Expecting property name enclosed in double quotes: line 1",
    ),
    (
        "from-json-cls",
        lambda: hb.from_json("{}", dict),
        TypeError,
        "'cls' must be a record type of this library, got <class 'dict'>",
    ),
    (
        "from-json-repeat",
        lambda: hb.from_json(
            '{"quote": "H", "quote": "H", "start": 0, "end": 1, "section": "goals"}', hb.Citation
        ),
        hb.InvalidDataError,
        "$: not JSON: the key 'quote' is repeated in an object",
    ),
    (
        "from-json-deep",
        lambda: hb.from_json("[" * 10000, hb.Citation),
        hb.InvalidDataError,
        "$: nested too deeply to read",
    ),
    (
        "from-dict-deep",
        lambda: hb.from_dict(functools.reduce(lambda a, _: [a], range(10000), []), hb.Citation),
        hb.InvalidDataError,
        "$: nested too deeply to read",
    ),
    (
        "from-json-surrogate",
        lambda: hb.from_json(
            '{"quote": "\\ud800", "start": 0, "end": 1, "section": "goals"}', hb.Citation
        ),
        hb.InvalidDataError,
        "$.quote: expected a string of Unicode characters (no lone surrogate), ",
    ),
    (
        "from-json-bigint",
        lambda: hb.from_json(
            '{"quote": "H", "start": ' + "9" * 5000 + ', "end": 1, "section": "goals"}', hb.Citation
        ),
        hb.InvalidDataError,
        "$.start: expected an integer of at most 4300 digits, got a number of 5",
    ),
    (
        "from-json-nan",
        lambda: hb.from_json(
            '{"quote": "H", "start": NaN, "end": 1, "section": "goals"}', hb.Citation
        ),
        hb.InvalidDataError,
        "$.start: expected an integer, got NaN",
    ),
    (
        "from-json-infinity",
        lambda: hb.from_json(
            '{"quote": "H", "start": Infinity, "end": 1, "section": "goals"}', hb.Citation
        ),
        hb.InvalidDataError,
        "$.start: expected an integer, got Infinity",
    ),
    (
        "from-json-float-start",
        lambda: hb.from_json(
            '{"quote": "H", "start": 1.0, "end": 1, "section": "goals"}', hb.Citation
        ),
        hb.InvalidDataError,
        "$.start: expected an integer, got 1.0",
    ),
    (
        "from-json-arabic-decimal",
        lambda: hb.from_dict({**s.to_dict(c.PEOPLE_TRAINED), "low": "١٢٠٠"}, hb.Quantity),
        hb.InvalidDataError,
        '$.low: expected a decimal string, got "١٢٠٠"',
    ),
    (
        "from-json-fullwidth-decimal",
        lambda: hb.from_dict(
            {**s.to_dict(c.HOMICIDE_RATE_2012), "low": "８５.５", "high": "８５.５"}, hb.Quantity
        ),
        hb.InvalidDataError,
        '$.high: expected a decimal string, got "８５.５"',
    ),
    (
        "from-json-huge-value",
        lambda: hb.from_dict(
            {**s.to_dict(c.PEOPLE_TRAINED), "measure": ["x"] * 100000}, hb.Quantity
        ),
        hb.InvalidDataError,
        '$.measure: expected a string, got ["x", "x", "x", "x", "x", "x", "x", ',
    ),
    (
        "from-json-date-other-digits",
        lambda: hb.from_dict({**s.to_dict(c.YEAR_2012), "start": "٢٠١٢-01-01"}, hb.DateRange),
        hb.InvalidDataError,
        '$.start: expected a date string YYYY-MM-DD, got "٢٠١٢-01-01"',
    ),
    (
        "schema-dict",
        lambda: hb.json_schema(dict),
        TypeError,
        "'cls' must be a record type of this library, got <class 'dict'>",
    ),
    (
        "schema-instance",
        lambda: hb.json_schema(hb.BRIEF),
        TypeError,
        "'cls' must be a record type of this library, got Brief(source='INL cou",
    ),
    (
        "statement-subject-str",
        lambda: attrs.evolve(hb.BRIEF.statements[0], subject="Honduras"),
        TypeError,
        "'subject' must be a record or a term",
    ),
    (
        "statement-objects-list",
        lambda: attrs.evolve(hb.BRIEF.statements[0], objects=[hb.Substance.COCAINE]),
        TypeError,
        "'objects' must be a tuple",
    ),
    (
        "statement-term-not-in-quote",
        lambda: attrs.evolve(hb.BRIEF.statements[0], objects=(hb.Substance.SYNTHETIC_DRUGS,)),
        hb.CitationError,
        "'objects[0]': 'synthetic drugs' does not stand in the statement's citation",
    ),
    (
        "statement-predicate-str",
        lambda: attrs.evolve(hb.BRIEF.statements[0], predicate="transit-country-for"),
        TypeError,
        "'predicate' must be of type Predicate",
    ),
    (
        "statement-factuality-factbank",
        lambda: attrs.evolve(hb.BRIEF.statements[0], factuality="CT+"),
        TypeError,
        "'factuality' must be of type Factuality",
    ),
    (
        "from-json-argument-untyped",
        lambda: hb.from_dict(
            {**s.to_dict(hb.BRIEF.statements[0]), "objects": ["cocaine"]}, hb.Statement
        ),
        hb.InvalidDataError,
        '$.objects[0]: expected an object {"type": ..., "value": ...}, got "cocaine"',
    ),
    (
        "from-dict-listed-twice",
        lambda: hb.from_dict(_listed_twice(), hb.Brief),
        hb.InvalidDataError,
        "$.challenges[4]: the record 'drug-transit' is listed twice, at $.challenges[0] and $.c",
    ),
    (
        "from-json-listed-twice",
        lambda: hb.from_json(json.dumps(_listed_twice()), hb.Brief),
        hb.InvalidDataError,
        "$.challenges[4]: the record 'drug-transit' is listed twice, at $.challenges[0] and $.c",
    ),
    (
        "from-json-nan-enum",
        lambda: hb.from_json('{"quote": "H", "start": 0, "end": 1, "section": NaN}', hb.Citation),
        hb.InvalidDataError,
        '$.section: expected one of "challenges", "goals", "accomplishments", got NaN',
    ),
]


@pytest.mark.parametrize(
    ("thunk", "error", "message"),
    [pytest.param(t, e, m, id=n) for n, t, e, m in CATALOGUE],
)
def test_bad_input_is_refused_with_a_message_that_names_it(
    thunk: Callable[[], object], error: type[BaseException], message: str
) -> None:
    """The call raises the library's error (or the fitting builtin), naming what was wrong."""
    with pytest.raises(error) as info:
        thunk()
    shown = str(info.value).splitlines()[-1].strip()
    assert shown.startswith(message), shown
    assert len(str(info.value)) < 2_000  # a huge value is quoted short


def test_the_catalogue_is_large_and_every_error_is_the_library_s_or_a_builtin() -> None:
    """At least 150 bad inputs; library errors derive from HondurasBriefError and a builtin."""
    assert len(CATALOGUE) >= 150
    assert len({name for name, *_ in CATALOGUE}) == len(CATALOGUE)
    for _, _, error, _ in CATALOGUE:
        assert issubclass(error, TypeError | ValueError | LookupError)


def test_reading_bad_json_changes_nothing_it_was_given() -> None:
    """A refused dict is left as it was, and the brief's constants are untouched."""
    data = s.to_dict(hb.BRIEF)
    data["challenges"][0]["quantities"][0]["low"] = "\u0668\u0660"
    before = copy.deepcopy(data)
    with pytest.raises(hb.InvalidDataError, match=re.escape("$.challenges[0].quantities[0].low")):
        hb.from_dict(data, hb.Brief)
    assert data == before
    assert hb.verify(hb.BRIEF).ok


def test_a_nested_copy_that_differs_is_refused_with_its_path() -> None:
    """from_dict of a Brief refuses a nested record unlike the brief's own, and duplicate ids."""
    data = s.to_dict(hb.BRIEF)
    data["challenges"][3]["statements"][2]["according_to"]["name"] = "INL, renamed"
    with pytest.raises(hb.InvalidDataError) as info:
        hb.from_dict(data, hb.Brief)
    assert info.value.problems == (
        (
            "$.challenges[3].statements[2].according_to",
            "differs from the brief's own record of the id 'inl' at $.actors[1]",
        ),
    )
    data = s.to_dict(hb.BRIEF)
    data["actors"][1]["id"] = "us-government"
    with pytest.raises(hb.InvalidDataError) as info:
        hb.from_dict(data, hb.Brief)
    assert info.value.problems == (
        ("$.actors[1]", "the id 'us-government' is already used at $.actors[0] by another record"),
    )


def test_a_record_listed_twice_is_refused_at_load_with_both_paths() -> None:
    """from_dict and from_json of a brief whose challenges list one challenge twice name both paths."""
    expected = (
        (
            "$.challenges[4]",
            "the record 'drug-transit' is listed twice, at $.challenges[0] and $.challenges[4]",
        ),
    )
    with pytest.raises(hb.InvalidDataError) as read:
        hb.from_dict(_listed_twice(), hb.Brief)
    assert read.value.problems == expected
    with pytest.raises(hb.InvalidDataError) as parsed:
        hb.from_json(json.dumps(_listed_twice()), hb.Brief)
    assert parsed.value.problems == expected


# --- Tampering that loads, and that verify names -------------------------------------------

_INL = hb.BRIEF.lookup("inl", hb.Actor)
_LARGEST = hb.BRIEF.lookup("los-cachiros-is-the-largest-dto", hb.Statement)

TAMPERING: list[tuple[str, object, object, str]] = [
    (
        "fake-url",
        c.SOURCE,
        attrs.evolve(c.SOURCE, url="http://example.com/honduras"),
        (
            "source.url: 'http://example.com/honduras', but the shipped text's source has "
            "'http://www.state.gov/j/inl/regions/westernhemisphere/219171.htm'"
        ),
    ),
    (
        "fake-publisher",
        c.SOURCE,
        attrs.evolve(c.SOURCE, publisher="Ministry of Truth"),
        (
            "source.publisher: 'Ministry of Truth', but the shipped text's source has "
            "'U.S. Department of State'"
        ),
    ),
    (
        "fake-rights",
        c.SOURCE,
        attrs.evolve(c.SOURCE, rights="All rights reserved."),
        "source.rights: 'All rights reserved.', but the shipped text's source has 'A work of",
    ),
    (
        "acronym-xyz",
        c.LOS_CACHIROS,
        attrs.evolve(c.LOS_CACHIROS, acronym="XYZ"),
        "los-cachiros.acronym: 'XYZ' is not in the text, and los-cachiros is not marked inferred",
    ),
    (
        "renamed-operation",
        c.OPERATION_NEPTUNE,
        attrs.evolve(c.OPERATION_NEPTUNE, name="Operation Trident"),
        "operation-neptune.name: 'Operation Trident' is written in none of its citations",
    ),
    (
        "changed-bullet",
        c.VETTING,
        attrs.evolve(c.VETTING, bullet=2),
        "vetting-of-police-and-prosecutors.bullet: 2, but its citations stand under bullet 1",
    ),
    (
        "figure-attributed-to-the-author",
        c.JUDGES_DISMISSED,
        attrs.evolve(c.JUDGES_DISMISSED, attributed_to=_INL),
        (
            "judges-dismissed.attributed_to: inl is the page's own author, and a figure only the "
            "author gives has no source"
        ),
    ),
    (
        "period-from-another-sentence",
        c.YEAR_2012,
        c.HOMICIDE_YEAR_2012,
        (
            "united-states-estimates-the-cocaine-flow-share.period: '2012' is read from '2012' at "
            "1530:1534, outside the statement's sentence, and it is not marked inferred"
        ),
    ),
    (
        "place-not-in-its-sentence",
        _LARGEST,
        attrs.evolve(_LARGEST, place=c.UNITED_STATES),
        (
            "los-cachiros-is-the-largest-dto.place: united-states is named nowhere in the "
            "statement's sentence, and the statement is not marked inferred"
        ),
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "failure"), [pytest.param(o, n, f, id=i) for i, o, n, f in TAMPERING]
)
def test_tampering_that_loads_is_named_by_verify(old: object, new: object, failure: str) -> None:
    """A record changed in every copy builds, but verify names the record and the field."""
    failures = hb.verify(replace_everywhere(hb.BRIEF, old, new)).failures
    assert any(f.startswith(failure) for f in failures), failures
