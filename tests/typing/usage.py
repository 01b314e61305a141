"""Uses the public API the way a dependent package would.

Type-checked with mypy --strict (tests/test_typing.py), never run.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import assert_type

import pendulum

import honduras_brief as hb

rate: hb.Quantity = hb.HOMICIDE_RATE_2012
assert_type(rate.low, Decimal | None)
assert_type(rate.value, Decimal | None)
assert_type(rate.span, tuple[int, int] | None)
assert_type(hb.percent_change(Decimal("85.5"), Decimal("80")), Decimal)
assert_type(hb.percent_change(85.5, 80), Decimal)

assert_type(hb.CHALLENGES, tuple[hb.Challenge, ...])
assert_type(hb.ACTORS, tuple[hb.Actor, ...])
assert_type(hb.OPERATION_NEPTUNE.period, hb.DateRange | None)
assert_type(hb.BRIEF.get("gangs"), hb.Record | None)
assert_type(hb.BRIEF.get("gangs", 0), hb.Record | int)
assert_type(hb.BRIEF.lookup("gangs"), hb.Record)
assert_type(hb.SOURCE_TEXT, str)

record = hb.BRIEF.lookup("operation-neptune")
if isinstance(record, hb.Operation):
    assert_type(record.targets, tuple[hb.Actor, ...])

citation = hb.Citation.of("Los Cachiros")
assert_type(citation.start, int)
assert_type(citation.section, hb.Section | None)
assert_type(citation.source, hb.Source)

period = hb.DateRange(
    start=pendulum.date(2013, 9, 19),
    end=pendulum.date(2013, 9, 26),
    precision=hb.Precision.DAY,
)
assert_type(period.days, int)
assert_type(period.start, pendulum.Date | None)

mine = hb.Quantity(
    id="my-figure",
    measure="something counted",
    text="12",
    qualifier=hb.Qualifier.EXACT,
    unit=hb.Unit.PERSONS,
    basis=hb.Basis.REPORTED,
    low=Decimal(12),
    high=Decimal(12),
)

try:
    hb.BRIEF.lookup("nope")
except hb.UnknownRecordError as error:
    assert_type(error.id, str)

# Helpers: numbers give a Decimal, figures a ChangeRange.
assert_type(hb.percent_change(hb.HOMICIDE_RATE_2012, hb.HOMICIDE_RATE_2013), hb.ChangeRange)
assert_type(hb.percent_change(100, hb.NEPTUNE_SEIZED_VALUE), hb.ChangeRange)
assert_type(hb.percentage_point_change(Decimal("12.5"), 10), Decimal)
assert_type(hb.percentage_point_change(hb.COCAINE_FLOW_SHARE_2012, 90), hb.ChangeRange)
described = hb.describe_change(Decimal("85.5"), Decimal("80"), places=1)
assert_type(described.direction, hb.Direction)
assert_type(described.magnitude, Decimal | None)
checked = hb.check_change(hb.HOMICIDE_RATE_2012, hb.HOMICIDE_RATE_2013, stated=Decimal("-6.4"))
assert_type(checked.agrees, bool)
assert_type(checked.computed, Decimal | hb.ChangeRange)

parsed = hb.DateRange.parse("September 19-26", year=2013)
assert_type(parsed, hb.DateRange)
assert_type(parsed.intersection(period), hb.DateRange | None)
assert_type(parsed.span(period), hb.DateRange)
assert_type(parsed.to_interval(), pendulum.Interval[pendulum.Date])
assert_type(parsed.to_datetime_interval(), pendulum.Interval[pendulum.DateTime])
assert_type(parsed.fiscal_years, tuple[int, ...])
assert_type(list(parsed.iter("week")), list[pendulum.Date])
assert_type(sorted([parsed, period]), list[hb.DateRange])

# Serialization: from_json gives back the type asked for.
text: str = hb.to_json(hb.BRIEF)
assert_type(hb.from_json(text, hb.Brief), hb.Brief)
assert_type(hb.from_dict(hb.to_dict(hb.HOMICIDE_RATE_2012), hb.Quantity), hb.Quantity)
rows = hb.to_records(hb.BRIEF)
assert_type(rows, list[hb.FigureRow])
assert_type(rows[0]["low"], Decimal | None)
assert_type(hb.to_csv(hb.CHALLENGES), str)
try:
    hb.from_json("[]", hb.Brief)
except hb.InvalidDataError as invalid:
    assert_type(invalid.problems, tuple[tuple[str, str], ...])

statement = hb.BRIEF.statements[0]
assert_type(statement, hb.Statement)
assert_type(statement.subject, hb.Argument)
assert_type(statement.objects, tuple[hb.Argument, ...])
assert_type(statement.factuality, hb.Factuality)
assert_type(statement.factuality.factbank, str)
assert_type(statement.according_to, hb.Actor)
assert_type(statement.period, hb.DateRange | None)
assert_type(statement.grading, tuple[hb.Grade, ...])
assert_type(hb.BRIEF.statements_about(hb.Role.JUDGES), tuple[hb.Statement, ...])
assert_type(hb.GOALS[0].aims, tuple[hb.Aim, ...])
assert_type(hb.Predicate.SEIZED.example, str | None)

trained = hb.BRIEF.lookup("people-trained-by-the-united-states", kind=hb.Quantity)
assert_type(trained, hb.Quantity)
assert_type(trained.text, str)
assert_type(hb.percent_change(trained, 1500), hb.ChangeRange)
assert_type(hb.BRIEF.lookup("Los Cachiros", kind=hb.Actor).name, str)
assert_type(hb.BRIEF.lookup("inl"), hb.Record)
assert_type(len(hb.BRIEF), int)
assert_type("inl" in hb.BRIEF, bool)
assert_type(list(hb.BRIEF), list[hb.Record])
assert_type(hb.__version__, str)

assert_type(hb.cite("los-cachiros"), str)
assert_type(hb.cite(hb.Citation.of("Los Cachiros"), "bibtex", brief=hb.BRIEF), str)
assert_type(hb.to_jsonld(), dict[str, object])


def _writes_files() -> None:
    # Checked, never called: pytest imports this file to look for doctests.
    assert_type(hb.write_datapackage("brief-data", hb.BRIEF, overwrite=True), Path)
