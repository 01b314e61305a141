"""verify(): the hash, citations, derived figures, figures and dates against their words, ids."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, TypeVar

import attrs
import pendulum
import pytest
from conftest import CITATIONS, DATE_RANGES, QUANTITIES, replace_everywhere
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from strategies import date_ranges

import honduras_brief as hb
from honduras_brief import (
    BRIEF,
    Basis,
    Citation,
    DateRange,
    Precision,
    Qualifier,
    Quantity,
    Unit,
    parse_figure,
)
from honduras_brief import content as c
from honduras_brief._quantities import _BOUNDS

T = TypeVar("T")


def _with_decrease(decrease: hb.Quantity) -> hb.Brief:
    """The brief with the stated decrease replaced, wherever it stands."""
    return replace_everywhere(c.BRIEF, c.HOMICIDE_RATE_DECREASE, decrease)


def _failures(old: object, new: object) -> tuple[str, ...]:
    """What verify() finds once *old* is replaced by *new* everywhere in the brief."""
    return hb.verify(replace_everywhere(BRIEF, old, new)).failures


def test_the_shipped_brief_verifies() -> None:
    """Every check passes on the brief as shipped, and says how much it checked."""
    result = hb.verify(hb.BRIEF)
    assert result.ok
    assert result.failures == ()
    assert result.citations == len(set(CITATIONS)) > 150
    assert result.derived == 1
    assert (result.statements, result.figures, result.dates) == (80, 15, 7)


def test_verify_checks_the_shipped_brief_by_default() -> None:
    """verify() with no argument checks BRIEF."""
    assert hb.verify() == hb.verify(hb.BRIEF)


@pytest.mark.parametrize("brief", [42, "BRIEF", [hb.BRIEF], hb.OPERATION_NEPTUNE])
def test_verify_refuses_anything_but_a_brief(brief: object) -> None:
    """A value that is not a Brief is a TypeError naming 'brief', not a list of odd failures."""
    with pytest.raises(TypeError, match=r"^'brief' must be a Brief, got .* of type "):
        hb.verify(brief)  # type: ignore[arg-type]


def test_a_wrong_hash_is_refused_and_a_forged_one_fails() -> None:
    """A source whose hash is not its text's cannot be made; one forged past that fails verify."""
    with pytest.raises(ValueError, match="but the text's SHA-256 is 3232e6f5"):
        attrs.evolve(c.SOURCE, sha256="0" * 64)
    source = _forged(c.SOURCE, sha256="0" * 64)
    result = hb.verify(_forged(c.BRIEF, source=source))
    assert not result.ok
    assert f"the text's sha256 is {c.SOURCE.sha256}, not {'0' * 64}" in result.failures


def _forged(record: T, **changes: object) -> T:
    """A copy of *record* with *changes* set past its validators, as no constructor allows."""
    forged = attrs.evolve(record)  # type: ignore[misc]
    for name, value in changes.items():
        object.__setattr__(forged, name, value)
    return forged


def test_a_citation_at_the_wrong_offsets_fails() -> None:
    """A citation whose offsets do not hold its quote fails, quoting it."""
    cited = c.NEPTUNE_SEIZED_VALUE.citation
    assert cited is not None
    failures = _failures(cited, _forged(cited, start=0, end=1))
    assert any(
        f.startswith("the citation 'On September 19-26, the Government")
        and f.endswith("is not at 0:1")
        for f in failures
    )


def test_a_wrong_stated_change_fails() -> None:
    """A stated decrease that its figures do not give fails, with the computed value; so do its words."""
    wrong = attrs.evolve(c.HOMICIDE_RATE_DECREASE, low=Decimal("6.5"), high=Decimal("6.5"))
    derived, low, high = hb.verify(_with_decrease(wrong)).failures
    assert derived.startswith("homicide-rate-decrease-2012-2013: stated 6.4 percent decrease, but")
    assert "(-6.4 at the precision stated)" in derived
    assert low == "homicide-rate-decrease-2012-2013.low: the words '6.4 percent' give 6.4, not 6.5"
    assert (
        high == "homicide-rate-decrease-2012-2013.high: the words '6.4 percent' give 6.4, not 6.5"
    )


def test_a_derived_figure_must_name_two_exact_figures() -> None:
    """derived_from naming an unknown figure fails, naming the id."""
    orphan = attrs.evolve(c.HOMICIDE_RATE_DECREASE, derived_from=("homicide-rate-2012", "nope"))
    assert hb.verify(_with_decrease(orphan)).failures == (
        "homicide-rate-decrease-2012-2013.derived_from[1]: no record of the brief has the id 'nope'",
        (
            "homicide-rate-decrease-2012-2013: derived_from must name two exact figures of the "
            "brief, got ('homicide-rate-2012', 'nope')"
        ),
    )


def test_a_derived_figure_must_name_figures() -> None:
    """derived_from naming records that are not figures, or one figure, fails once."""
    for ids in (("los-cachiros", "inl"), ("homicide-rate-2012",)):
        orphan = attrs.evolve(c.HOMICIDE_RATE_DECREASE, derived_from=ids)
        (failure,) = hb.verify(_with_decrease(orphan)).failures
        assert "derived_from must name two exact figures of the brief" in failure


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"qualifier": Qualifier.MORE_THAN, "high": None},
            "a figure stated as derived from others is exact, not 'more-than'",
        ),
        (
            {"citation": None},
            "a figure stated as derived from others is cited, but its citation is None",
        ),
    ],
    ids=["inexact", "uncited"],
)
def test_a_derived_figure_is_exact_and_cited(changes: dict[str, object], expected: str) -> None:
    """A derived figure that is not one exact, cited number fails instead of breaking verify()."""
    failures = hb.verify(_with_decrease(attrs.evolve(c.HOMICIDE_RATE_DECREASE, **changes))).failures  # type: ignore[arg-type]
    assert f"homicide-rate-decrease-2012-2013: {expected}" in failures


def test_a_derived_figure_of_figures_in_other_units_fails() -> None:
    """Figures in different units give no change to check against: a failure, not an exception."""
    other = attrs.evolve(c.HOMICIDE_RATE_2013, unit=Unit.PERSONS)
    failures = _failures(c.HOMICIDE_RATE_2013, other)
    assert (
        "homicide-rate-decrease-2012-2013: no change from homicide-rate-2012 to homicide-rate-2013 "
        "can be computed: 'old' is in per-100000-population but 'new' is in persons"
    ) in failures


def test_a_derived_figure_must_say_its_direction() -> None:
    """A derived figure whose words do not say increase or decrease fails."""
    unclear = attrs.evolve(c.HOMICIDE_RATE_DECREASE, text="100,000 for")
    failures = hb.verify(_with_decrease(unclear)).failures
    assert (
        "homicide-rate-decrease-2012-2013: the words after '100,000 for' do not say whether it "
        "is an increase or a decrease"
    ) in failures


def test_an_increase_is_read_as_positive() -> None:
    """A stated increase is checked with a positive sign."""
    from honduras_brief._verify import _DIRECTION

    match = _DIRECTION.match(" increase in")
    assert match is not None
    assert match.group(2) == "increase"


# --- Figures against their words -----------------------------------------------------


@pytest.mark.parametrize(
    ("figure", "changes", "expected"),
    [
        (
            c.PEOPLE_TRAINED,
            {"qualifier": Qualifier.AT_LEAST},
            [
                "people-trained-by-the-united-states.qualifier: the words 'more than 1,200' read as 'more-than', not 'at-least'"
            ],
        ),
        (
            c.PEOPLE_TRAINED,
            {"low": Decimal("1200.0")},
            [
                "people-trained-by-the-united-states.low: the words 'more than 1,200' give 1200, not 1200.0"
            ],
        ),
        (
            c.STUDENTS_TRAINED,
            {"high": Decimal(251)},
            [
                "criminal-investigative-school-students.high: the words 'almost 250' give 250, not 251"
            ],
        ),
        (
            c.PEOPLE_TRAINED,
            {"qualifier": Qualifier.ALMOST, "low": None, "high": Decimal(1200)},
            [
                "people-trained-by-the-united-states.qualifier: the words 'more than 1,200' read as 'more-than', not 'almost'",
                "people-trained-by-the-united-states.low: the words 'more than 1,200' give 1200, not no bound",
                "people-trained-by-the-united-states.high: the words 'more than 1,200' give no bound, not 1200",
            ],
        ),
        (
            c.COCAINE_FLOW_SHARE_2012,
            {"unit": Unit.PERSONS},
            [
                "cocaine-flow-share-2012.unit: the words 'more than 80 percent' give 'percent', not 'persons'"
            ],
        ),
        (
            c.JUDGES_DISMISSED,
            {"unit": Unit.US_DOLLARS},
            [
                "judges-dismissed.unit: the words '57' name no unit, but a figure in 'usd' is written with its unit"
            ],
        ),
        (
            c.JUDGES_DISMISSED,
            {"inferred": "A reason the words do not call for."},
            [
                "judges-dismissed.inferred: a reason is given, but the words '57' give the bounds as written"
            ],
        ),
    ],
    ids=[
        "qualifier",
        "exponent",
        "high",
        "qualifier-and-bounds",
        "unit",
        "unwritten-unit",
        "inferred",
    ],
)
def test_a_figure_is_checked_against_its_words(
    figure: Quantity, changes: dict[str, object], expected: list[str]
) -> None:
    """A figure's qualifier, bounds (digits and exponent), unit and inference are what its words say."""
    assert list(_failures(figure, attrs.evolve(figure, **changes))) == expected  # type: ignore[arg-type]


def test_words_that_are_no_figure_fail() -> None:
    """A figure whose words parse_figure refuses fails, with the reason."""
    words = attrs.evolve(c.JUDGES_DISMISSED, text="dismissed 57")
    assert _failures(c.JUDGES_DISMISSED, words) == (
        "judges-dismissed.text: cannot read 'dismissed 57' as a figure: 'dismissed' is not a number",
    )


def test_an_indefinite_needs_its_reason() -> None:
    """A 'dozens' read as an inexact 'at least 24' with no reason fails: the words give no number."""
    plain = attrs.evolve(
        c.POLICE_AND_PROSECUTORS_REMOVED, qualifier=Qualifier.AT_LEAST, inferred=None
    )
    assert _failures(c.POLICE_AND_PROSECUTORS_REMOVED, plain) == (
        "police-and-prosecutors-removed.qualifier: the words 'dozens' read as 'dozens', not 'at-least'",
        "police-and-prosecutors-removed.inferred: None, but 'dozens' gives no number; two dozen (24) is the least it can mean.",
    )


@pytest.mark.parametrize(
    ("figure", "basis", "expected"),
    [
        (
            c.HOMICIDE_RATE_2013,
            Basis.REPORTED,
            "'reported', but no statement of it is certain, so it is 'projected'",
        ),
        (
            c.JUDGES_DISMISSED,
            Basis.PROJECTED,
            "'projected', but a statement states it as certain, so it is 'reported'",
        ),
        (
            c.COCAINE_FLOW_SHARE_2012,
            Basis.REPORTED,
            "'reported', but a statement estimates it, so it is 'estimated'",
        ),
    ],
    ids=["projected", "reported", "estimated"],
)
def test_a_figure_s_basis_is_what_its_statements_say(
    figure: Quantity, basis: Basis, expected: str
) -> None:
    """Estimated where a statement estimates it, else reported where one is certain of it, else projected."""
    assert _failures(figure, attrs.evolve(figure, basis=basis)) == (
        f"{figure.id}.basis: {expected}",
    )


def test_a_figure_someone_else_gives_must_say_so() -> None:
    """A figure with no source, but a statement of it according to someone not the author, fails."""
    assert _failures(
        c.HOMICIDE_RATE_2013, attrs.evolve(c.HOMICIDE_RATE_2013, attributed_to=None)
    ) == (
        "homicide-rate-2013.attributed_to: None, but a statement of the figure is according to violence-observatory",
    )


def test_without_an_author_among_the_actors_no_source_is_required() -> None:
    """A brief that does not hold its publisher as an actor is not checked for unsourced figures."""
    unsourced = replace_everywhere(
        BRIEF, c.HOMICIDE_RATE_2013, attrs.evolve(c.HOMICIDE_RATE_2013, attributed_to=None)
    )
    anonymous = _forged(unsourced, source=_forged(c.SOURCE, bureau="Nobody"))
    assert not any(".attributed_to" in f for f in hb.verify(anonymous).failures)


def test_a_figure_s_period_is_that_of_its_statements() -> None:
    """A figure with no period, whose statements all hold for one, fails."""
    expected = (
        "judges-dismissed.period: None, but a statement of the figure holds for "
        "'by the end of the first half of 2013'"
    )
    assert _failures(c.JUDGES_DISMISSED, attrs.evolve(c.JUDGES_DISMISSED, period=None)) == (
        expected,
    )


def test_a_figure_stated_by_cited_statements_is_cited() -> None:
    """A figure with no citation, or whose words stand outside its statements' citations, fails."""
    assert _failures(c.JUDGES_SUSPENDED, attrs.evolve(c.JUDGES_SUSPENDED, citation=None)) == (
        "judges-suspended.citation: None, but the statements of the figure cite it",
    )
    cited = c.JUDGES_SUSPENDED.citation
    assert cited is not None
    narrow = attrs.evolve(c.JUDGES_SUSPENDED, citation=Citation.of("suspended 16"))
    assert _failures(c.JUDGES_SUSPENDED, narrow) == ()  # the words are where they were
    # Words that stand more than once in a text could be cited at another of their places.
    elsewhere = _forged(cited, start=cited.start - 100, end=cited.end - 100)
    failures = _failures(c.JUDGES_SUSPENDED, attrs.evolve(c.JUDGES_SUSPENDED, citation=elsewhere))
    start = cited.start - 100 + cited.quote.index("16")
    assert (
        f"judges-suspended.citation: its words '16' at {start}:{start + 2} stand in the citation "
        "of none of its statements"
    ) in failures


# --- Dates against their words ---------------------------------------------------------


def _year(year: int, like: DateRange) -> DateRange:
    return attrs.evolve(like, start=pendulum.date(year, 1, 1), end=pendulum.date(year, 12, 31))


def test_a_2012_figure_altered_to_2011_is_caught() -> None:
    """A stated year changed everywhere it stands no longer matches the words it cites."""
    shown = "2012 (2012-01-01/2012-12-31, year), not 2011 (2011-01-01/2011-12-31, year)"
    assert _failures(c.YEAR_2012, _year(2011, c.YEAR_2012)) == (
        f"cocaine-flow-share-2012.period: the words '2012' give {shown}",
        f"united-states-estimates-the-cocaine-flow-share.period: the words '2012' give {shown}",
        f"cocaine-flow-transited-the-central-american-corridor.period: the words '2012' give {shown}",
    )


def test_words_without_a_year_cannot_give_a_stated_range() -> None:
    """A range read from 'September 19-26' is stated only by mistake: the year is supplied."""
    failures = _failures(c.NEPTUNE_DAYS, attrs.evolve(c.NEPTUNE_DAYS, inferred=None))
    assert failures[0] == (
        "operation-neptune-seized-value.period: stated, but cannot read 'September 19-26' as a "
        "date range: it gives no year; pass year= (the year is never guessed)"
    )
    assert {f.split(":")[0] for f in failures} == {
        "operation-neptune-seized-value.period",
        "honduran-government-seized-assets-in-operation-neptune.period",
        "operation-neptune-seizure.period",
    }


def test_an_inferred_range_is_read_with_its_own_year() -> None:
    """The year an inferred range supplies is the one its words are read with."""
    later = attrs.evolve(c.BY_MID_YEAR, end=pendulum.date(2013, 12, 31))
    assert _failures(c.BY_MID_YEAR, later)[0] == (
        "judges-dismissed.period: the words 'by mid-year' give by the end of the first half of "
        "2013 (../2013-06-30, half-year, inferred), not by the end of the second half of 2013 "
        "(../2013-12-31, half-year, inferred)"
    )


def test_words_that_are_no_date_fail() -> None:
    """A cited range whose words no reading makes a date fails, with the reason."""
    nowhere = attrs.evolve(c.BY_MID_YEAR, citation=Citation.of("the Supreme Court dismissed"))
    assert _failures(c.BY_MID_YEAR, nowhere)[0] == (
        "judges-dismissed.period: cannot read 'the Supreme Court dismissed' as a date range: "
        "it is not a form this library reads"
    )


def test_an_inferred_reason_on_a_full_date_is_not_checked() -> None:
    """Whether 2012 holds for a clause is a reading of the sentence: words that give the year in full cannot say."""
    assert (
        _failures(c.YEAR_2012, attrs.evolve(c.YEAR_2012, inferred="Read from the sentence.")) == ()
    )


def test_a_change_holds_over_the_span_of_its_figures() -> None:
    """The period of a statement of a derived figure is the span of its figures' periods."""
    (statement,) = BRIEF.statements_about(c.HOMICIDE_RATE_DECREASE.id)
    assert statement.period is not None
    failures = _failures(statement, attrs.evolve(statement, period=c.HOMICIDE_YEAR_2013))
    spanned = "2012–2013 (2012-01-01/2013-12-31, year)"
    periods = f"the periods of homicide-rate-2012 and homicide-rate-2013, {spanned}"
    assert failures == (
        f"{statement.id}.period: 2013 (2013-01-01/2013-12-31, year) is not the span of {periods}",
    )
    assert _failures(statement, attrs.evolve(statement, period=None)) == (
        f"{statement.id}.period: None is not the span of {periods}",
    )


def test_a_change_of_figures_without_a_span_is_not_dated() -> None:
    """No span is required where a figure has no period, or none covers both (open on opposite sides)."""
    undated = _failures(c.HOMICIDE_RATE_2012, attrs.evolve(c.HOMICIDE_RATE_2012, period=None))
    assert undated
    assert not any("is not the span" in f for f in undated)
    until = attrs.evolve(c.HOMICIDE_YEAR_2012, start=None)
    since = attrs.evolve(c.HOMICIDE_YEAR_2013, end=None)
    brief = replace_everywhere(
        replace_everywhere(BRIEF, c.HOMICIDE_YEAR_2012, until), c.HOMICIDE_YEAR_2013, since
    )
    opposite = hb.verify(brief).failures
    assert opposite
    assert not any("is not the span" in f for f in opposite)


# --- Ids -------------------------------------------------------------------------------


def test_an_operation_targeting_another_los_cachiros_is_caught() -> None:
    """An Operation whose target is a 'Los Cachiros' with another name is not the brief's."""
    other = attrs.evolve(c.LOS_CACHIROS, name="Los Otros", mentions=())
    operation = attrs.evolve(c.OPERATION_NEPTUNE, targets=(other,))
    assert _failures(c.OPERATION_NEPTUNE, operation) == (
        "los-cachiros: a copy (Actor) inside the brief differs from the brief's own record",
    )


def test_ids_are_unique_across_kinds_even_when_construction_is_bypassed() -> None:
    """A record sharing another kind's id fails, though Brief() already refuses it."""
    place = attrs.evolve(c.HONDURAS, id="los-cachiros")
    with pytest.raises(hb.DuplicateIdError):
        attrs.evolve(BRIEF, places=(*BRIEF.places, place))
    forged = attrs.evolve(BRIEF)
    object.__setattr__(forged, "places", (*BRIEF.places, place))
    assert hb.verify(forged).failures == (
        "los-cachiros: a record (Place) inside the brief has the id of its Actor",
    )


# --- Every single-field change is caught -------------------------------------------------

# A qualifier that keeps the figure's bounds, where there is one.
_SAME_BOUNDS = {
    Qualifier.MORE_THAN: Qualifier.AT_LEAST,
    Qualifier.AT_LEAST: Qualifier.MORE_THAN,
    Qualifier.DOZENS: Qualifier.AT_LEAST,
    Qualifier.HUNDREDS: Qualifier.AT_LEAST,
    Qualifier.ALMOST: Qualifier.AT_MOST,
    Qualifier.LESS_THAN: Qualifier.ALMOST,
    Qualifier.AT_MOST: Qualifier.ALMOST,
    Qualifier.SOME: Qualifier.MANY,
    Qualifier.MANY: Qualifier.SOME,
    Qualifier.ABOUT: Qualifier.SOME,
    Qualifier.EXACT: Qualifier.AT_LEAST,  # drops the high bound it no longer has
    Qualifier.BETWEEN: Qualifier.MORE_THAN,  # likewise
}


def requalified(q: Quantity, qualifier: Qualifier) -> Quantity:
    """*q* with another qualifier, and the bounds that qualifier needs from its numbers."""
    number = q.low if q.low is not None else q.high if q.high is not None else Decimal(24)
    has_low, has_high = _BOUNDS[qualifier]
    low = (q.low if q.low is not None else number) if has_low else None
    high = (q.high if q.high is not None else number) if has_high else None
    if qualifier is Qualifier.EXACT:
        high = low
    if qualifier is Qualifier.BETWEEN and low == high:
        high = number + 1
    needs_reason = qualifier in {Qualifier.DOZENS, Qualifier.HUNDREDS}
    inferred = q.inferred or ("A reason." if needs_reason else None)
    return attrs.evolve(q, qualifier=qualifier, low=low, high=high, inferred=inferred)


def _other_exponent(value: Decimal) -> Decimal:
    """The same number with one more digit written: 85.5 becomes 85.50, 57 becomes 57.0."""
    return Decimal(f"{value}0" if "." in str(value) else f"{value}.0")


def _reworded(q: Quantity) -> Quantity:
    """*q* with other words of its citation: its first word dropped, or the word before or after added."""
    assert q.citation is not None
    quote = q.citation.quote
    before, _, after = quote.partition(q.text)
    candidates = [q.text.split(" ", 1)[1]] if " " in q.text else []
    candidates += [f"{w} {q.text}" for w in before.split()[-1:]]
    candidates += [f"{q.text} {w}" for w in after.split()[:1]]
    for text in candidates:
        if quote.count(text) == 1:
            return attrs.evolve(q, text=text)
    raise AssertionError(q.text)  # pragma: no cover -- every figure of the brief has one


def figure_changes(q: Quantity) -> list[tuple[str, Quantity]]:
    """One change to each field of *q* that its words or its statements bear on."""
    changes = [("qualifier", requalified(q, _SAME_BOUNDS[q.qualifier]))]
    if q.low is not None:
        low = _other_exponent(q.low)
        changes += [("low", attrs.evolve(q, low=low))]
        if q.qualifier is Qualifier.EXACT:
            changes += [("value", attrs.evolve(q, low=q.low + 1, high=q.low + 1))]
        else:
            changes += [("low+1", attrs.evolve(q, low=q.low + 1))]
    if q.high is not None:
        changes += [("high", attrs.evolve(q, high=_other_exponent(q.high)))]
        if q.qualifier is not Qualifier.EXACT:
            changes += [("high+1", attrs.evolve(q, high=q.high + 1))]
    written = parse_figure(q.text).unit is not None
    changes += [("unit", attrs.evolve(q, unit=Unit.PERSONS if written else Unit.PERCENT))]
    changes += [("basis", attrs.evolve(q, basis=next(b for b in Basis if b is not q.basis)))]
    who = None if q.attributed_to is not None else c.US_GOVERNMENT
    changes += [("attributed_to", attrs.evolve(q, attributed_to=who))]
    changes += [("period", attrs.evolve(q, period=None if q.period is not None else c.YEAR_2012))]
    changes += [("citation", attrs.evolve(q, citation=None))]
    changes += [("text", _reworded(q))]
    if q.qualifier is not Qualifier.DOZENS:  # Quantity() itself refuses 'dozens' without a reason
        changes += [("inferred", attrs.evolve(q, inferred=None if q.inferred else "A reason."))]
    derived = () if q.derived_from else (c.HOMICIDE_RATE_2012.id, c.HOMICIDE_RATE_2013.id)
    changes += [("derived_from", attrs.evolve(q, derived_from=derived))]
    return changes


def _yearless(period: DateRange) -> bool:
    """Whether the words the range cites give no year of their own."""
    return period.citation is not None and not re.search(r"\d{4}", period.citation.quote)


def _moved_end(period: DateRange) -> DateRange:
    """*period* ending one day, month, half-year or year later (earlier in December), in the same year where it can."""
    end = period.end
    assert end is not None
    if period.precision is Precision.YEAR:
        return attrs.evolve(period, end=end.add(years=1))
    step = {
        Precision.DAY: {"days": 1},
        Precision.MONTH: {"months": 1},
        Precision.HALF_YEAR: {"months": 6},
    }[period.precision]
    later = (
        end.add(**step).end_of("month")
        if period.precision is not Precision.DAY
        else end.add(**step)
    )
    if later.year != end.year:
        later = (
            end.subtract(**step).end_of("month")
            if period.precision is not Precision.DAY
            else end.subtract(**step)
        )
    return attrs.evolve(period, end=later)


def date_changes(period: DateRange) -> list[tuple[str, DateRange]]:
    """One change to each field of *period* that its words (or the figures it spans) bear on."""
    changes: list[tuple[str, DateRange]] = []
    if period.start is not None:
        changes += [("start", attrs.evolve(period, start=period.start.subtract(years=1)))]
    else:
        assert period.end is not None
        changes += [("start", attrs.evolve(period, start=pendulum.date(period.end.year, 1, 1)))]
    if period.end is not None:
        changes += [("end", _moved_end(period))]
    for precision in Precision:
        if precision is not period.precision:
            try:
                changes += [("precision", attrs.evolve(period, precision=precision))]
                break
            except hb.InvalidRangeError:
                continue
    if _yearless(period) or period.citation is None:
        changes += [
            ("inferred", attrs.evolve(period, inferred=None if period.inferred else "A reason."))
        ]
    other = (
        Citation.of("2013")
        if period.citation is None or period.citation.quote != "2013"
        else c.YEAR_2012.citation
    )
    changes += [("citation", attrs.evolve(period, citation=other))]
    return changes


FIGURE_CHANGES = [
    pytest.param(q, new, id=f"{q.id}.{field}")
    for q in QUANTITIES
    for field, new in figure_changes(q)
]
DATE_CHANGES = [
    pytest.param(
        d,
        new,
        id=f"{d.format()}{'' if d.citation is None else f'@{d.citation.start}'}{'' if d.is_stated else '~'}.{field}",
    )
    for d in DATE_RANGES
    for field, new in date_changes(d)
]


def test_the_changes_cover_every_figure_and_every_date() -> None:
    """The property below alters every figure and every date range of the brief."""
    assert {p.values[0].id for p in FIGURE_CHANGES} == {q.id for q in BRIEF.quantities}  # type: ignore[union-attr]
    assert len({id(p.values[0]) for p in DATE_CHANGES}) == len(DATE_RANGES) == 8


@pytest.mark.parametrize(("old", "new"), FIGURE_CHANGES)
def test_every_change_to_a_figure_is_caught(old: Quantity, new: Quantity) -> None:
    """Any one field of any figure, changed everywhere it stands, fails verify() naming the figure or its statement."""
    failures = _failures(old, new)
    assert failures
    stating = {s.id for s in BRIEF.statements_about(old.id)}
    assert any(f.split(":")[0].split(".")[0] in {old.id, *stating} for f in failures), failures


@pytest.mark.parametrize(("old", "new"), DATE_CHANGES)
def test_every_change_to_a_date_is_caught(old: DateRange, new: DateRange) -> None:
    """Any one field of any date range, changed everywhere it stands, fails verify()."""
    assert _failures(old, new)


_ALL_UNITS = list(Unit)


@st.composite
def changed_figures(draw: st.DrawFn) -> tuple[Quantity, Quantity]:
    """A figure of the brief, and the figure with one field drawn anew."""
    q = draw(st.sampled_from(QUANTITIES))
    field = draw(st.sampled_from(["qualifier", "value", "unit", "basis", "period"]))
    if field == "qualifier":
        new = requalified(q, draw(st.sampled_from([x for x in Qualifier if x is not q.qualifier])))
    elif field == "value":
        value = draw(st.decimals(min_value=0, max_value=10**9, places=draw(st.integers(0, 2))))
        held = [b.as_tuple() for b in (q.low, q.high) if b is not None]
        assume(held and value.as_tuple() not in held)
        if q.qualifier is Qualifier.EXACT:
            new = attrs.evolve(q, low=value, high=value)
        elif q.qualifier is Qualifier.BETWEEN:
            assume(value < q.high)  # type: ignore[operator]
            new = attrs.evolve(q, low=value)
        else:
            new = attrs.evolve(q, **{"low" if q.low is not None else "high": value})  # type: ignore[arg-type]
    elif field == "unit":
        # A bare count's words name no unit, so persons and units are the caller's to say.
        bare = {Unit.PERSONS, Unit.UNITS} if parse_figure(q.text).unit is None else set()
        new = attrs.evolve(
            q,
            unit=draw(
                st.sampled_from(
                    [
                        u
                        for u in _ALL_UNITS
                        if u is not q.unit and not (q.unit in bare and u in bare)
                    ]
                )
            ),
        )
    elif field == "basis":
        new = attrs.evolve(q, basis=draw(st.sampled_from([b for b in Basis if b is not q.basis])))
    else:
        period = draw(date_ranges())
        assume(period != q.period)
        new = attrs.evolve(q, period=period)
    return q, new


@settings(max_examples=40, deadline=None)
@given(changed_figures())
def test_a_random_change_to_a_figure_is_caught(change: tuple[Quantity, Quantity]) -> None:
    """Any qualifier, value, unit, basis or period drawn anew for a figure fails verify()."""
    old, new = change
    assert _failures(old, new)


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(DATE_RANGES), date_ranges())
def test_a_random_change_to_a_date_is_caught(old: DateRange, days: DateRange) -> None:
    """Any other days, at any precision, under a date range's words fail verify()."""
    assume((days.start, days.end, days.precision) != (old.start, old.end, old.precision))
    new = attrs.evolve(days, inferred=old.inferred, citation=old.citation)
    assert _failures(old, new)


def test_a_change_is_shown_as_a_point_or_as_its_range() -> None:
    """A failure shows a change between exact figures as its point, and any other as a range."""
    from honduras_brief._verify import _change

    point = hb.ChangeRange(low=Decimal("-6.4"), high=Decimal("-6.4"))
    spread = hb.ChangeRange(low=Decimal(-1), high=Decimal(2), high_exclusive=True)
    assert _change(point) == "-6.4"
    assert _change(spread) == str(spread)
    assert _change(Decimal("5")) == "5"


# --- The walk over the brief ----------------------------------------------------------------


def _generic_walk(obj: object, owner: str = "brief", path: str = "", seen: Any = None) -> Any:
    """The walk verify made before: every value, by recursion over every field."""
    seen = {} if seen is None else seen
    yield owner, path, obj
    if isinstance(obj, tuple):
        for index, item in enumerate(obj):
            yield from _generic_walk(item, owner, f"{path}[{index}]", seen)
    elif attrs.has(cls := type(obj)):
        ident = getattr(obj, "id", None)
        if isinstance(ident, str):
            entered = seen.setdefault((cls, ident), [])
            if any(other is obj or other == obj for other in entered):
                return
            entered.append(obj)
            owner, path = ident, ""
        for field in attrs.fields(cls):
            if field.init:
                name = f"{path}.{field.name}" if path else field.name
                yield from _generic_walk(getattr(obj, field.name), owner, name, seen)


def test_the_walk_finds_every_record_the_generic_walk_found() -> None:
    """The walk over the known fields gives every record, with its owner and path, in the same order."""
    from honduras_brief._verify import _located

    # A source is checked once, as the brief's own, and not walked.
    expected = [
        (o, p, x)
        for o, p, x in _generic_walk(BRIEF)
        if attrs.has(type(x)) and not isinstance(x, hb.Source)
    ]
    found = _located(BRIEF)
    assert [(o, p) for o, p, _ in found] == [(o, p) for o, p, _ in expected]
    assert all(a is b for (_, _, a), (_, _, b) in zip(found, expected, strict=True))


def test_a_bad_citation_deep_in_a_repeated_record_is_caught() -> None:
    """A citation at wrong offsets inside an actor's mentions, nested in statements, fails."""
    actor = BRIEF.lookup("los-cachiros")
    bad = attrs.evolve(actor.mentions[0])
    object.__setattr__(bad, "start", bad.start + 1)
    forged = replace_everywhere(actor, actor.mentions[0], bad)
    object.__setattr__(forged, "mentions", (bad, *actor.mentions[1:]))
    brief = replace_everywhere(BRIEF, actor, forged)
    assert (
        f"the citation {bad.quote!r} is not at {bad.start}:{bad.end}" in hb.verify(brief).failures
    )


def test_fields_with_unreadable_annotations_are_all_walked() -> None:
    """A record whose annotations cannot be resolved has every init field walked."""
    from honduras_brief._verify import _record_fields

    @attrs.frozen
    class Odd:
        a: Unknown  # type: ignore[name-defined]  # noqa: F821
        b: int
        c: int = attrs.field(init=False, default=0)

    assert _record_fields(Odd) == ("a", "b")
    assert _record_fields(hb.Actor) == ("part_of", "mentions", "readings")
    assert _record_fields(Citation) == ()
    assert _record_fields(str) is None


# --- What the text settles ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("url", "http://example.com/honduras"),
        ("publisher", "Someone Else"),
        ("rights", "All rights reserved."),
        ("years", (2014,)),
        ("public_domain", False),
    ],
)
def test_the_shipped_text_carries_the_shipped_metadata(field: str, value: object) -> None:
    """A source of the shipped text that says another address, publisher or rights fails, naming the field."""
    expected = getattr(c.SOURCE, field)
    assert _failures(c.SOURCE, attrs.evolve(c.SOURCE, **{field: value})) == (  # type: ignore[arg-type]
        f"source.{field}: {value!r}, but the shipped text's source has {expected!r}",
    )


def test_another_text_carries_what_it_says_of_itself() -> None:
    """A source of any other text may give any address, publisher or rights."""
    from pages import PAGE
    from pages import brief as page_brief

    page = attrs.evolve(PAGE, url="http://example.com/", publisher="Someone", rights="Any.")
    assert hb.verify(page_brief(page)).failures == ()


def test_a_record_listed_twice_fails() -> None:
    """A brief built in Python that lists one challenge twice names both places."""
    twice = attrs.evolve(BRIEF, challenges=(*c.CHALLENGES, c.CHALLENGES[0]))
    assert hb.verify(twice).failures == (
        "drug-transit: listed twice in the brief, at challenges[0] and at challenges[4]",
    )


def test_an_operation_s_name_is_written_in_its_citations() -> None:
    """A renamed operation fails; a name the record says it reads passes."""
    renamed = attrs.evolve(c.OPERATION_NEPTUNE, name="Operation Trident")
    assert _failures(c.OPERATION_NEPTUNE, renamed) == (
        "operation-neptune.name: 'Operation Trident' is written in none of its citations",
    )
    reading = hb.Reading(field="name", value="Operation Trident", reason="A reason.")
    read = attrs.evolve(renamed, readings=(*renamed.readings, reading))
    assert _failures(c.OPERATION_NEPTUNE, read) == ()
    shouted = attrs.evolve(c.OPERATION_NEPTUNE, name="OPERATION NEPTUNE")
    assert _failures(c.OPERATION_NEPTUNE, shouted) == ()  # the text's words, in any case


def test_a_designation_is_in_the_text_s_words() -> None:
    """A designation its citation does not write fails, naming the operation and the field."""
    (designation,) = c.OPERATION_NEPTUNE.coordinated_with
    changed = attrs.evolve(designation, designation="drug lords")
    assert _failures(designation, changed) == (
        "operation-neptune.coordinated_with[0].designation: 'drug lords' is not in its citation",
    )


def test_an_accomplishment_s_bullet_is_the_one_it_stands_under() -> None:
    """A bullet number the text's bullets do not give fails, saying which they give."""
    assert _failures(c.NEPTUNE_SEIZURE, attrs.evolve(c.NEPTUNE_SEIZURE, bullet=1)) == (
        "operation-neptune-seizure.bullet: 1, but its citations stand under bullet 3",
    )
    both = attrs.evolve(c.US_TRAINING, citations=(*c.VETTING.citations, *c.US_TRAINING.citations))
    failures = _failures(c.US_TRAINING, both)
    assert "us-training.bullet: 2, but its citations stand under bullet 1 and bullet 2" in failures


def test_a_citation_before_the_first_bullet_stands_under_none() -> None:
    """In a text without sections, bullets count from its start; words before them are under none."""
    text = "Intro words here.\n\u2022 First thing done.\n\u2022 Second thing done.\n"
    page = hb.Source(text=text, title="A list")
    done = hb.Accomplishment(
        id="done", title="Done", bullet=1, citations=(page.cite("Intro words here."),)
    )
    second = hb.Accomplishment(
        id="second", title="Second", bullet=2, citations=(page.cite("Second thing done."),)
    )
    brief = hb.Brief(
        source=page,
        challenges=(),
        goals=(),
        accomplishments=(done, second),
        operations=(),
        actors=(),
        places=(),
    )
    assert hb.verify(brief).failures == ("done.bullet: 1, but its citations stand under no bullet",)


def test_a_text_without_bullets_numbers_none() -> None:
    """Where the text has no bullets, an accomplishment's bullet is not checked."""
    page = hb.Source(text="One thing was done.", title="A note")
    done = hb.Accomplishment(
        id="done", title="Done", bullet=7, citations=(page.cite("One thing was done."),)
    )
    brief = hb.Brief(
        source=page,
        challenges=(),
        goals=(),
        accomplishments=(done,),
        operations=(),
        actors=(),
        places=(),
    )
    assert hb.verify(brief).failures == ()


def test_a_figure_is_not_attributed_to_the_page_s_own_author() -> None:
    """A figure only the author gives, attributed to the author, fails."""
    inl = BRIEF.lookup("inl", hb.Actor)
    assert _failures(c.JUDGES_DISMISSED, attrs.evolve(c.JUDGES_DISMISSED, attributed_to=inl)) == (
        (
            "judges-dismissed.attributed_to: inl is the page's own author, and a figure only the "
            "author gives has no source"
        ),
    )


def test_a_figure_s_source_is_the_one_its_statements_give() -> None:
    """A figure whose statements are according to someone besides its source and the author fails."""
    (stating, _) = BRIEF.statements_about("cocaine-flow-share-2012")
    observatory = BRIEF.lookup("violence-observatory", hb.Actor)
    other = attrs.evolve(stating, according_to=observatory)
    failures = _failures(stating, other)
    assert (
        "cocaine-flow-share-2012.attributed_to: us-government, but a statement of the figure "
        "is according to violence-observatory"
    ) in failures


def test_a_statement_s_period_is_read_from_its_own_sentence() -> None:
    """A stated period quoted from another sentence, or from no words, fails; an inferred one passes."""
    elsewhere = _failures(c.YEAR_2012, c.HOMICIDE_YEAR_2012)
    assert elsewhere == tuple(
        f"{s}.period: '2012' is read from '2012' at 1530:1534, outside the statement's "
        "sentence, and it is not marked inferred"
        for s in (
            "united-states-estimates-the-cocaine-flow-share",
            "cocaine-flow-transited-the-central-american-corridor",
        )
    )
    inferred = attrs.evolve(c.HOMICIDE_YEAR_2012, inferred="A reason.")
    assert not any(".period" in f for f in _failures(c.YEAR_2012, inferred))
    uncited = attrs.evolve(c.YEAR_2012, citation=None)
    assert _failures(c.YEAR_2012, uncited) == tuple(
        f"{s}.period: '2012' cites no words, and it is not marked inferred"
        for s in (
            "united-states-estimates-the-cocaine-flow-share",
            "cocaine-flow-transited-the-central-american-corridor",
        )
    )


def test_a_statement_s_place_is_named_in_its_own_sentence() -> None:
    """A place its sentence does not name fails, unless the statement says it is read."""
    statement = BRIEF.lookup("los-cachiros-is-the-largest-dto", hb.Statement)
    moved = attrs.evolve(statement, place=c.UNITED_STATES)
    assert (
        "los-cachiros-is-the-largest-dto.place: united-states is named nowhere in the "
        "statement's sentence, and the statement is not marked inferred"
    ) in _failures(statement, moved)
    for marked in (
        attrs.evolve(moved, inferred="A reason."),
        attrs.evolve(
            moved, readings=(hb.Reading(field="place", value="united-states", reason="A reason."),)
        ),
    ):
        assert not any(".place" in f for f in _failures(statement, marked))


def test_a_place_named_in_its_sentence_need_not_list_that_mention() -> None:
    """The sentence's words name the place even where its mentions leave that place out."""
    fewer = attrs.evolve(c.HONDURAS, mentions=c.HONDURAS.mentions[:1])
    assert _failures(c.HONDURAS, fewer) == ()


def test_a_sentence_runs_to_the_end_of_a_text_without_a_last_full_stop() -> None:
    """The last sentence of a text that does not end with a full stop runs to its end."""
    from honduras_brief._verify import _sentence

    page = hb.Source(text="First. Then the U.S. went on", title="A note")
    assert _sentence(page.text, page.cite("went")) == (6, len(page.text))
    assert _sentence(page.text, page.cite("First")) == (0, 6)


def test_every_name_of_an_actor_is_in_the_text_unless_inferred() -> None:
    """An acronym the text never writes fails; one read, or of an inferred record, passes."""
    cachiros = c.LOS_CACHIROS
    assert _failures(cachiros, attrs.evolve(cachiros, acronym="XYZ")) == (
        "los-cachiros.acronym: 'XYZ' is not in the text, and los-cachiros is not marked inferred",
    )
    hnp = BRIEF.lookup("honduran-national-police", hb.Actor)
    assert _failures(hnp, attrs.evolve(hnp, aliases=("NP",))) == (  # inside "HNP" only
        (
            "honduran-national-police.aliases[0]: 'NP' is not in the text, and "
            "honduran-national-police is not marked inferred"
        ),
    )
    assert _failures(cachiros, attrs.evolve(cachiros, acronym="XYZ", aliases=("ABC",))) == (
        "los-cachiros.acronym: 'XYZ' is not in the text, and los-cachiros is not marked inferred",
        "los-cachiros.aliases[0]: 'ABC' is not in the text, and los-cachiros is not marked inferred",
    )
    reading = hb.Reading(field="acronym", value="XYZ", reason="A reason.")
    assert _failures(cachiros, attrs.evolve(cachiros, acronym="XYZ", readings=(reading,))) == ()
    inferred = attrs.evolve(cachiros, acronym="XYZ", inferred="A reason.")
    assert _failures(cachiros, inferred) == ()
    shouted = attrs.evolve(cachiros, aliases=("LOS CACHIROS",))  # the text's words in any case
    assert _failures(cachiros, shouted) == ()
    assert _failures(c.HONDURAS, attrs.evolve(c.HONDURAS, aliases=("Atlantis",))) == (
        "honduras.aliases[0]: 'Atlantis' is not in the text, and honduras is not marked inferred",
    )


def test_a_record_the_text_never_names_has_names_the_text_cannot_settle() -> None:
    """An actor without mentions (the speaker of tests/pages.py) is not checked for its names."""
    from pages import brief as page_brief

    brief = page_brief()
    assert not brief.lookup("lincoln", hb.Actor).mentions
    assert hb.verify(brief).failures == ()
