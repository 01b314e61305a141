"""Readings: field values a record reads into the words, with their reasons."""

from __future__ import annotations

import attrs
import pytest

import honduras_brief as hb
from honduras_brief import BRIEF, Reading
from honduras_brief import content as c
from honduras_brief._readings import unheld, values

# The readings a hostile fact-check found stated as fact, each now flagged.
_FLAGGED = [
    ("inl", "aliases", "We"),
    ("transnational-gangs", "aliases", "Gangs"),
    ("transnational-gangs", "aliases", "gangs"),
    ("vetted-units-and-task-forces", "aliases", "these units"),
    ("operation-neptune", "conducted_by", "government-of-honduras"),
    ("operation-neptune", "targets", "los-cachiros"),
    ("supreme-court-dismissed-judges", "period", "by mid-year"),
    ("supreme-court-dismissed-judges", "objects", "a review of the work performed by all judges"),
]


@pytest.mark.parametrize(
    ("ident", "field", "value"), _FLAGGED, ids=[f"{i}.{f}" for i, f, _ in _FLAGGED]
)
def test_a_reading_is_flagged_with_its_reason(ident: str, field: str, value: str) -> None:
    """Each reading names its field and value, holds a reason, and the record is not 'stated'."""
    record = BRIEF.lookup(ident)
    found = [r for r in record.readings if (r.field, r.value) == (field, value)]  # type: ignore[union-attr]
    assert len(found) == 1 and found[0].reason.endswith(".")
    assert value in values(record, field)
    assert record.is_stated is False  # type: ignore[union-attr]


def test_every_reading_holds_in_the_shipped_brief() -> None:
    """No reading of the shipped brief names a value its field does not hold."""
    assert all(not unheld(r) for r in BRIEF)
    assert not any("readings" in f for f in hb.verify().failures)


def test_a_reading_the_record_no_longer_holds_is_caught() -> None:
    """Change a field and leave its reading, and verify() names the record and the reading."""
    neptune = attrs.evolve(c.OPERATION_NEPTUNE, targets=(c.SINALOA_CARTEL,))
    brief = attrs.evolve(BRIEF, operations=(neptune,))
    assert (
        "operation-neptune.readings[1]: 'targets' does not hold 'los-cachiros'"
        in hb.verify(brief).failures
    )


def test_a_reading_of_a_field_the_record_lacks_is_refused() -> None:
    """A reading must name one of the record's own fields."""
    reading = Reading(field="colour", value="blue", reason="No such field.")
    with pytest.raises(ValueError, match=r"readings\[0\]: Actor has no field 'colour'"):
        attrs.evolve(c.INL, readings=(reading,))
    with pytest.raises(TypeError, match="'readings' must be a tuple"):
        attrs.evolve(c.INL, readings=[reading])


def test_values_name_records_terms_citations_and_periods() -> None:
    """A reading's value is an id, a term's words, a quote or a period's words."""
    assert values(c.OPERATION_NEPTUNE, "targets") == ("los-cachiros",)
    assert values(c.INL, "mentions") == ("INL", "We", "INL")
    assert values(c.INL, "name") == (c.INL.name,)
    assert values(c.INL, "part_of") == ()
    judges = BRIEF.lookup("supreme-court-dismissed-judges")
    assert values(judges, "period") == ("by mid-year",)
    assert values(judges, "predicate") == ("dismissed",)
    assert values(judges, "generic" if hasattr(judges, "generic") else "id") == (
        "supreme-court-dismissed-judges",
    )
    assert values(c.TRANSNATIONAL_GANGS, "generic") == ("True",)


def test_major_is_read_as_grading_cocaine_alone() -> None:
    """The precursors and the synthetic drugs say that 'major' is not carried over to them."""
    for ident in (
        "honduras-is-a-transit-country-for-some-chemical-precursors",
        "honduras-is-a-transit-country-for-synthetic-drugs",
    ):
        statement = BRIEF.lookup(ident, kind=hb.Statement)
        assert "'major' is read as grading cocaine alone" in statement.readings[0].reason
        assert hb.Grade.MAJOR not in statement.grading and not statement.is_stated


@pytest.mark.parametrize(
    "owner", [*hb.CHALLENGES, *hb.GOALS, *hb.ACCOMPLISHMENTS], ids=lambda r: r.id
)
def test_a_part_of_the_page_is_stated_until_it_holds_a_reading(
    owner: hb.Challenge | hb.Goal | hb.Accomplishment,
) -> None:
    """Challenges, goals and accomplishments take readings as every record does."""
    assert owner.is_stated
    reading = Reading(field="title", value=owner.title, reason="A title is ours, not the text's.")
    read = attrs.evolve(owner, readings=(reading,))
    assert not read.is_stated and not unheld(read)
