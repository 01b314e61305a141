"""The content: complete, exact and honest, record by record."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

import attrs
import pytest
from conftest import CITATIONS, DATE_RANGES, QUANTITIES, RECORDS, record_params, walk

import honduras_brief as hb
from honduras_brief import SOURCE_TEXT, Citation, Qualifier, Quantity, Section

# --- Sentences and figures of the three sections ----------------------------

_HEADING = re.compile(r"(?:Challenges|Goals):|\u2022")
# A sentence ends at a full stop followed by white space, except the stop of
# the abbreviation "U.S." ("U.S. Treasury", "U.S. or international").
_SENTENCE_END = re.compile(r"(?<!U\.S)\.(?=\s|$)")


def sentences() -> list[tuple[Section, int, int]]:
    """(section, start, end) of every sentence of the three sections."""
    found = []
    for section in Section:
        text = section.text
        cursor = 0
        for stop in _SENTENCE_END.finditer(text):
            chunk = text[cursor : stop.end()]
            lead = len(chunk) - len(_HEADING.sub(lambda m: " " * len(m.group()), chunk).lstrip())
            found.append((section, section.start + cursor + lead, section.start + stop.end()))
            cursor = stop.end()
        assert not text[cursor:].strip(), f"text after the last sentence of {section}"
    return found


SENTENCES = sentences()

_NUMBER = re.compile(
    r"\$?\d+(?:,\d{3})*(?:\.\d+)?(?:th)?"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozens?|half|"
    r"many|several|a number of)\b",
    re.IGNORECASE,
)
FIGURES = [
    (m.group(), m.start() + s.start, m.end() + s.start)
    for s in Section
    for m in _NUMBER.finditer(s.text)
]

RECORD_CITATIONS = [c for r in RECORDS for c in getattr(r, "citations", ())]


def test_the_splitter_finds_every_sentence() -> None:
    """The sections hold 10, 3 and 12 sentences; the splitter finds them all."""
    counts = {s: sum(1 for x in SENTENCES if x[0] is s) for s in Section}
    assert counts == {Section.CHALLENGES: 10, Section.GOALS: 3, Section.ACCOMPLISHMENTS: 12}
    assert SOURCE_TEXT[SENTENCES[0][1] : SENTENCES[0][2]].startswith("Honduras is a major")
    assert SOURCE_TEXT[SENTENCES[-1][1] : SENTENCES[-1][2]].startswith("An INL advisor")


@pytest.mark.parametrize(
    ("section", "start", "end"),
    SENTENCES,
    ids=[SOURCE_TEXT[s:e][:40] for _, s, e in SENTENCES],
)
def test_every_sentence_is_cited(section: Section, start: int, end: int) -> None:
    """Each sentence of the three sections lies inside a record's citation."""
    holders = [c for c in RECORD_CITATIONS if c.start <= start and end <= c.end]
    assert holders, f"no record cites {SOURCE_TEXT[start:end]!r}"
    assert all(c.section is section for c in holders)


def _figure_holders() -> list[tuple[int, int]]:
    spans = [q.span for q in QUANTITIES if q.span is not None]
    spans += [(d.citation.start, d.citation.end) for d in DATE_RANGES if d.citation]
    # Numerals inside a name ("18th Street") are names, not figures.
    spans += [(c.start, c.end) for a in hb.ACTORS for c in a.mentions]
    return spans


@pytest.mark.parametrize(("figure", "start", "end"), FIGURES, ids=[f[0] for f in FIGURES])
def test_every_figure_is_a_quantity_or_a_date(figure: str, start: int, end: int) -> None:
    """Each numeral or number word of the sections stands in a quantity or a date."""
    assert any(s <= start and end <= e for s, e in _figure_holders()), figure


def test_the_figures_found_are_the_ones_expected() -> None:
    """The figure scan sees every figure of the brief (so it cannot pass vacuously)."""
    assert [f[0] for f in FIGURES] == [
        "80", "2012", "18th", "80", "100,000", "2013", "85.5", "100,000", "2012", "6.4",
        "many", "dozens", "A number of", "57", "16", "1,200", "250", "19", "26", "$500",
        "$800", "million", "seven", "230", "200",
    ]  # fmt: skip


# --- Every record ------------------------------------------------------------


@pytest.mark.parametrize("record", record_params())
def test_citations_are_verbatim(record: hb.Record) -> None:
    """Every citation inside a record quotes the text exactly where it says."""
    found = list(walk(record, Citation))
    assert found, f"{record.id} cites nothing"
    for c in found:
        assert SOURCE_TEXT[c.start : c.end] == c.quote
        assert Section.CHALLENGES.start <= c.start and c.end <= Section.ACCOMPLISHMENTS.end


@pytest.mark.parametrize("record", record_params())
def test_records_are_immutable(record: hb.Record) -> None:
    """Assigning to any field of a constant raises FrozenInstanceError."""
    for field in attrs.fields(type(record)):
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(record, field.name, getattr(record, field.name))


@pytest.mark.parametrize("record", record_params())
def test_collections_are_tuples(record: hb.Record) -> None:
    """No list, set or dict hides anywhere in a record."""
    for obj in walk(record, object):
        assert not isinstance(obj, list | set | dict), obj


@pytest.mark.parametrize("record", record_params())
def test_lookup_finds_every_record(record: hb.Record) -> None:
    """BRIEF.get and BRIEF.lookup return each record by its id."""
    assert hb.BRIEF.get(record.id) is record
    assert hb.BRIEF.lookup(record.id) is record


@pytest.mark.parametrize(
    "record", [r for r in record_params() if hasattr(r.values[0], "citations")]
)
def test_typed_words_stand_in_the_records_quotes(record: hb.Record) -> None:
    """Substances, activities, vulnerabilities and assets are all in the record's words."""
    words = " ".join(c.quote for c in record.citations).lower()  # type: ignore[union-attr]
    for name in ("substances", "activities", "vulnerabilities", "assets_seized"):
        for member in getattr(record, name, ()):
            assert member.value in words, (name, member)


def test_routes_modes_stand_in_their_citations() -> None:
    """Each route's modes of transport are in the words that describe it."""
    routes = [route for c in hb.CHALLENGES for route in c.routes]
    assert len(routes) == 5
    for route in routes:
        for mode in route.modes:
            assert mode.value in route.citation.quote


# --- Figures -------------------------------------------------------------------

_WORDS = {"seven": Decimal(7)}


def read_bounds(text: str) -> tuple[Qualifier, Decimal | None, Decimal | None]:
    """What a figure's words say of its bounds, read independently of the content."""
    plain = text.replace(" per 100,000", "")
    scale = Decimal(1_000_000) if "million" in plain else Decimal(1)
    numbers = [
        Decimal(n.replace(",", "")) * scale for n in re.findall(r"\d+(?:,\d{3})*(?:\.\d+)?", plain)
    ]
    numbers += [_WORDS[w] for w in plain.split() if w in _WORDS]
    lowered = plain.lower()
    if lowered.startswith("more than"):
        return Qualifier.MORE_THAN, numbers[0], None
    if lowered.startswith("almost"):
        return Qualifier.ALMOST, None, numbers[0]
    if lowered.startswith("between"):
        return Qualifier.BETWEEN, numbers[0], numbers[1]
    if lowered == "dozens":
        return Qualifier.DOZENS, Decimal(24), None
    if lowered == "many":
        return Qualifier.MANY, None, None
    if lowered.startswith("a number of"):
        return Qualifier.SOME, None, None
    (number,) = numbers
    return Qualifier.EXACT, number, number


@pytest.mark.parametrize("quantity", QUANTITIES, ids=[q.id for q in QUANTITIES])
def test_bounds_agree_with_the_words(quantity: Quantity) -> None:
    """A figure's qualifier and bounds are what its literal words say."""
    assert (quantity.qualifier, quantity.low, quantity.high) == read_bounds(quantity.text)
    assert quantity.citation is not None
    assert quantity.span is not None
    start, end = quantity.span
    assert SOURCE_TEXT[start:end] == quantity.text


@pytest.mark.parametrize("quantity", QUANTITIES, ids=[q.id for q in QUANTITIES])
def test_every_figure_is_in_the_brief_index(quantity: Quantity) -> None:
    """Every figure anywhere in a record is one of BRIEF.quantities."""
    assert quantity in hb.BRIEF.quantities
    assert hb.BRIEF.lookup(quantity.id) is quantity


def test_approximate_figures_stay_approximate() -> None:
    """A figure of “more than 1,200” is a lower bound, and “between” keeps both ends."""
    trained = hb.BRIEF.lookup("people-trained-by-the-united-states")
    assert isinstance(trained, Quantity)
    assert (trained.low, trained.high, trained.value) == (Decimal(1200), None, None)
    assert trained.qualifier.is_approximate and trained.qualifier.low_is_exclusive
    assert (hb.NEPTUNE_SEIZED_VALUE.low, hb.NEPTUNE_SEIZED_VALUE.high) == (
        Decimal(500_000_000),
        Decimal(800_000_000),
    )
    students = hb.BRIEF.lookup("criminal-investigative-school-students")
    assert isinstance(students, Quantity)
    assert (students.low, students.high, students.qualifier.high_is_exclusive) == (
        None,
        Decimal(250),
        True,
    )


def test_the_stated_decrease_agrees_with_its_figures() -> None:
    """85.5 to 80 per 100,000 is a 6.4 percent decrease at the precision stated."""
    stated = hb.HOMICIDE_RATE_DECREASE
    old, new = (hb.BRIEF.lookup(i) for i in stated.derived_from)
    assert (old, new) == (hb.HOMICIDE_RATE_2012, hb.HOMICIDE_RATE_2013)
    assert isinstance(old, Quantity) and isinstance(new, Quantity)
    assert old.value is not None and new.value is not None and stated.value is not None
    change = hb.percent_change(old.value, new.value)
    assert change < 0  # a decrease
    places = Decimal(1).scaleb(stated.value.as_tuple().exponent)  # type: ignore[arg-type]
    assert (-change).quantize(places, rounding=ROUND_HALF_UP) == stated.value == Decimal("6.4")
    assert stated.value.as_tuple().exponent == -1  # kept as stated, not recomputed


def test_headline_figures() -> None:
    """The headline constants hold the homicide rates as the text gives them."""
    assert hb.HOMICIDE_RATE_2012.value == Decimal("85.5")
    assert hb.HOMICIDE_RATE_2013.value == Decimal("80")
    assert hb.HOMICIDE_RATE_2013.basis is hb.Basis.PROJECTED  # "could fall to"
    assert hb.HOMICIDE_RATE_2012.basis is hb.Basis.REPORTED
    assert hb.HOMICIDE_RATE_2012.unit is hb.Unit.PER_100000_POPULATION
    assert hb.HOMICIDE_RATE_2012.period is not None
    assert hb.HOMICIDE_RATE_2012.period.format() == "2012"
    assert hb.COCAINE_FLOW_SHARE_2012.basis is hb.Basis.ESTIMATED  # "estimates"
    assert hb.COCAINE_FLOW_SHARE_2012.attributed_to is hb.BRIEF.get("us-government")


# --- Honesty: stated or inferred ---------------------------------------------


@pytest.mark.parametrize(
    "period", DATE_RANGES, ids=[d.citation.quote if d.citation else "?" for d in DATE_RANGES]
)
def test_a_stated_year_is_written_and_an_inferred_one_is_not(period: hb.DateRange) -> None:
    """A range is stated only where its words give its year; else it is inferred."""
    if period.citation is None:
        # The span of a change ("from ... in 2012" to "for 2013"), whose two
        # years are each cited where they stand.
        assert period.format() == "2012\u20132013" and period.is_stated
        return
    day = period.start or period.end
    assert day is not None
    written = str(day.year) in period.citation.quote
    if not written:
        assert period.inferred is not None and "2013" in period.inferred
    elif not period.is_stated:
        # A written year applied to a clause that does not carry it ("remain").
        assert "no year is written" in (period.inferred or "") or "the fall" in (
            period.inferred or ""
        )


# The ranges are written out in the content, not parsed at import: the
# parser must read each one's quoted words as exactly that range.
WRITTEN_RANGES = [
    (hb.content.YEAR_2012, None),
    (hb.content.HOMICIDE_YEAR_2012, None),
    (hb.content.HOMICIDE_YEAR_2013, None),
    (hb.content.BY_MID_YEAR, 2013),
    (hb.content.NEPTUNE_DAYS, 2013),
]


@pytest.mark.parametrize(
    ("period", "year"),
    WRITTEN_RANGES,
    ids=[p.citation.quote if p.citation else "?" for p, _ in WRITTEN_RANGES],
)
def test_written_ranges_are_what_the_parser_reads(period: hb.DateRange, year: int | None) -> None:
    """DateRange.parse reads each range's quoted words as the content writes it."""
    assert period.citation is not None
    read = hb.DateRange.parse(period.citation.quote, year=year, reason=period.inferred)
    assert read == attrs.evolve(period, citation=None)
    assert type(read.start) is type(period.start) and type(read.end) is type(period.end)


def test_every_range_of_the_content_is_written_or_derived() -> None:
    """Every cited range of the brief is one of the written ones, or one changed from it."""
    written = {attrs.evolve(p, inferred=None) for p, _ in WRITTEN_RANGES}
    cited = [d for d in DATE_RANGES if d.citation is not None]
    assert cited
    assert {attrs.evolve(d, inferred=None) for d in cited} <= written


def test_neptune_and_mid_year_are_inferred() -> None:
    """The year of Operation Neptune and of "by mid-year" are inferred, with reasons."""
    neptune = hb.NEPTUNE_SEIZED_VALUE.period
    assert neptune is not None
    assert neptune.days == 8
    assert str(neptune.start) == "2013-09-19" and str(neptune.end) == "2013-09-26"
    assert not neptune.is_stated and "no year" in (neptune.inferred or "")
    judges = hb.BRIEF.lookup("judicial-review")
    assert isinstance(judges, hb.Accomplishment) and judges.period is not None
    # "by mid-year" gives an end and no start: the start stays open.
    assert judges.period.start is None and str(judges.period.end) == "2013-06-30"
    assert judges.period.precision is hb.Precision.HALF_YEAR
    assert not judges.period.is_stated


def test_only_dozens_has_inferred_bounds() -> None:
    """The one figure whose bounds go beyond its words says why."""
    inferred = [q.id for q in QUANTITIES if q.inferred is not None]
    assert inferred == ["police-and-prosecutors-removed"]


# --- Operation Neptune ---------------------------------------------------------


def test_operation_neptune_relations() -> None:
    """Who took part, whom it targeted, what was seized and what it was coordinated with."""
    op = hb.OPERATION_NEPTUNE
    assert [a.id for a in op.conducted_by] == ["government-of-honduras"]
    assert [a.id for a in op.targets] == ["los-cachiros"]
    assert len(op.participants) == 6
    assert [k.value for k in op.assets_seized] == [
        "properties",
        "vehicles",
        "bank accounts",
        "businesses",
    ]
    assert op.personnel is not None and op.personnel.value == Decimal(230)
    assert op.travellers is not None and op.travellers.low == Decimal(200)
    (designation,) = op.coordinated_with
    assert designation.by.id == "us-treasury"
    assert designation.designees.value == Decimal(7)
    assert [a.name for a in designation.associated_with] == ["Sinaloa Cartel"]
    assert op.quantities == (op.seized_value, op.personnel, op.travellers, designation.designees)


def test_every_citation_is_found_by_the_walker() -> None:
    """The walker sees many citations, so the per-record checks are not vacuous."""
    assert len(CITATIONS) > 80
    assert len(QUANTITIES) == 15
