"""The shipped text, its sections and citations into it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import attrs
import pytest

from honduras_brief import SOURCE, SOURCE_TEXT, Citation, CitationError, Section
from honduras_brief._source import section_at

SHARED = Path(__file__).parents[2] / "shared" / "source" / "honduras-inl-brief.txt"


def test_text_matches_its_recorded_hash() -> None:
    """The shipped text hashes to the sha256 that SOURCE records."""
    digest = hashlib.sha256(SOURCE_TEXT.encode("utf-8")).hexdigest()
    assert (
        digest
        == SOURCE.sha256
        == ("3232e6f5b6b5d3fc01f43831a4b6c8558c1f8a26c20af5ee40aff622713dc45f")
    )
    assert len(SOURCE_TEXT) == 4816


@pytest.mark.skipif(
    not SHARED.exists(), reason="the shared copy of the source is not beside this checkout"
)
def test_text_is_byte_identical_to_the_shared_source() -> None:
    """The package data is the shared file, byte for byte."""
    assert SOURCE_TEXT.encode("utf-8") == SHARED.read_bytes()


def test_text_keeps_its_special_characters() -> None:
    """No-break spaces, the curly apostrophe and the bullets are not normalised."""
    assert "Challenges: \u00a0Honduras" in SOURCE_TEXT
    assert "Goals: \u00a0INL" in SOURCE_TEXT
    assert "government\u2019s" in SOURCE_TEXT
    assert SOURCE_TEXT.count("\u2022") == 3
    assert "\r" not in SOURCE_TEXT


def test_source_record() -> None:
    """SOURCE describes the page: publisher, bureau, years and rights."""
    assert SOURCE.publisher == "U.S. Department of State"
    assert SOURCE.bureau_acronym == "INL"
    assert SOURCE.country == "Honduras"
    assert SOURCE.years == (2012, 2013)
    assert SOURCE.public_domain is True
    assert SOURCE.url.endswith("/219171.htm")


def test_sections_are_in_order_and_hold_no_furniture() -> None:
    """The three sections follow each other and leave out the page chrome."""
    assert [s.value for s in Section] == ["challenges", "goals", "accomplishments"]
    assert Section.CHALLENGES.text.startswith("Challenges:")
    assert Section.GOALS.text.startswith("Goals:")
    assert Section.ACCOMPLISHMENTS.text.startswith("\u2022 On") is False
    assert Section.ACCOMPLISHMENTS.text.startswith("\u2022 As part of its efforts")
    assert Section.ACCOMPLISHMENTS.text.endswith("more than 200 participants.")
    assert Section.CHALLENGES.end < Section.GOALS.start < Section.ACCOMPLISHMENTS.start
    for furniture in ("printable banner", "Diplomacy in Action", "Back to Top", "OpenID"):
        assert all(furniture not in s.text for s in Section)


@pytest.mark.parametrize("offset", [0, 50, Section.ACCOMPLISHMENTS.end, len(SOURCE_TEXT) + 5])
def test_section_at_refuses_furniture(offset: int) -> None:
    """Offsets outside the three sections belong to no section."""
    with pytest.raises(CitationError, match=f"offset {offset} is not inside"):
        section_at(offset)


def test_citation_of_finds_offsets() -> None:
    """Citation.of finds where the words stand and which section holds them."""
    c = Citation.of("Los Cachiros")
    assert SOURCE_TEXT[c.start : c.end] == "Los Cachiros"
    assert c.section is Section.ACCOMPLISHMENTS
    assert type(c.start) is int


def test_citation_within_a_longer_quote() -> None:
    """within= places repeated words by a longer, unique quote around them."""
    c = Citation.of("2012", within="from 85.5 per 100,000 in 2012")
    assert SOURCE_TEXT[c.start : c.end] == "2012"
    assert SOURCE_TEXT[c.start - 3 : c.end] == "in 2012"
    assert c.start == SOURCE_TEXT.index("85.5 per 100,000 in 2012") + len("85.5 per 100,000 in ")


@pytest.mark.parametrize(
    ("quote", "within", "message"),
    [
        ("Atlantis", None, "'Atlantis' is not in the text"),
        ("Honduras", None, "'Honduras' occurs 9 times in the text"),
        ("", None, "must not be empty"),
        ("   ", None, "must not be empty"),
        ("2012", "Honduras", "'Honduras' occurs 9 times"),
        ("2013", "from 85.5 per 100,000 in 2012", "'2013' is not in 'from 85.5"),
        ("printable banner", None, "stands outside the challenges, goals and accomplishments"),
    ],
)
def test_citation_of_fails_loudly(quote: str, within: str | None, message: str) -> None:
    """A quote that is absent, ambiguous, empty or in the furniture is refused."""
    with pytest.raises(CitationError, match=message):
        Citation.of(quote, within=within)


def test_citation_of_refuses_a_non_string() -> None:
    """A quote that is not a str is a TypeError, not a search for its repr."""
    with pytest.raises(TypeError, match="a quote must be a str, got 1200"):
        Citation.of(1200)  # type: ignore[arg-type]


def test_hand_built_citation_must_hold_its_quote() -> None:
    """Offsets that do not hold the quote are refused."""
    good = Citation.of("Los Cachiros")
    with pytest.raises(CitationError, match="not the quote 'Los Cachiros'"):
        Citation(quote="Los Cachiros", start=good.start + 1, end=good.end + 1, section=good.section)
    with pytest.raises(CitationError, match="stands in accomplishments, not in goals"):
        Citation(quote="Los Cachiros", start=good.start, end=good.end, section=Section.GOALS)
    assert (
        Citation(quote="Los Cachiros", start=good.start, end=good.end, section=good.section) == good
    )


def test_citation_cannot_span_two_sections() -> None:
    """A quote that runs from one section into the next is refused."""
    start = Section.GOALS.start - 20
    end = Section.GOALS.start + 5
    with pytest.raises(CitationError, match="stands in goals, not in challenges"):
        Citation(quote=SOURCE_TEXT[start:end], start=start, end=end, section=Section.CHALLENGES)


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        ({"quote": ""}, ValueError, "'quote' must not be empty"),
        ({"quote": None}, TypeError, "'quote' must be a str, got None"),
        ({"start": True}, TypeError, "'start' must be an int, got True"),
        ({"start": -1}, ValueError, "'start' must be >= 0"),
        ({"end": 3.0}, TypeError, "'end' must be an int, got 3.0"),
        (
            {"section": "challenges"},
            TypeError,
            "'section' must be of type Section, got 'challenges'",
        ),
    ],
)
def test_citation_fields_are_validated(
    changes: dict[str, object], error: type[Exception], message: str
) -> None:
    """Each field of a Citation refuses a value of the wrong type or range."""
    with pytest.raises(error, match=message):
        attrs.evolve(Citation.of("Los Cachiros"), **changes)


def test_citation_errors_in_full() -> None:
    """The errors of Citation.of say exactly what is wrong."""
    with pytest.raises(TypeError, match=r"^a quote must be a str, got 1200 of type int$"):
        Citation.of(1200)  # type: ignore[arg-type]
    with pytest.raises(CitationError, match=r"^a quote must not be empty or only white space$"):
        Citation.of(" ")
    with pytest.raises(
        CitationError,
        match=r"^the quote 'Honduras' occurs 9 times in the text; quote more words, "
        r"or pass within= a longer quote that holds it once$",
    ):
        Citation.of("Honduras")


def test_overlapping_repeats_are_not_unique() -> None:
    """A quote that recurs one character later ("00" in "000") is ambiguous."""
    with pytest.raises(CitationError, match="'00' occurs"):
        Citation.of("00", within="000 for 2013")


def test_citations_may_touch_the_ends_of_their_section() -> None:
    """A quote may start at a section's first character and end at its last."""
    first = Citation.of("Challenges:")
    assert first.start == Section.CHALLENGES.start
    last = Citation.of("more than 200 participants.")
    assert last.end == Section.ACCOMPLISHMENTS.end


def test_a_citation_outside_its_section_names_where_it_is() -> None:
    """A quote that starts in the furniture, or ends in the next section, says so."""
    start, end = Section.CHALLENGES.start - 5, Section.CHALLENGES.start + 5
    with pytest.raises(CitationError, match=rf"^offset {start} is not inside the challenges"):
        Citation(quote=SOURCE_TEXT[start:end], start=start, end=end, section=Section.CHALLENGES)
    start, end = Section.GOALS.start - 30, Section.GOALS.start + 1
    with pytest.raises(CitationError, match=r"stands in goals, not in challenges$"):
        Citation(quote=SOURCE_TEXT[start:end], start=start, end=end, section=Section.CHALLENGES)


def test_within_that_is_not_in_the_text() -> None:
    """A within= quote that is not in the text is named as such."""
    with pytest.raises(CitationError, match=r"^the quote 'Atlantis 2012' is not in the text$"):
        Citation.of("2012", within="Atlantis 2012")


def test_where_a_citation_strays_is_exact() -> None:
    """The error names the first character outside the section."""
    start, end = Section.CHALLENGES.start, Section.GOALS.start + 1
    with pytest.raises(CitationError, match=r"stands in goals, not in challenges$"):
        Citation(quote=SOURCE_TEXT[start:end], start=start, end=end, section=Section.CHALLENGES)
    start, end = Section.ACCOMPLISHMENTS.end - 5, Section.ACCOMPLISHMENTS.end + 1
    with pytest.raises(CitationError, match=rf"^offset {end - 1} is not inside"):
        Citation(
            quote=SOURCE_TEXT[start:end], start=start, end=end, section=Section.ACCOMPLISHMENTS
        )
