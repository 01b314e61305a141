"""Any text, not only ours: sources with their text, citations of them, open vocabularies."""

from __future__ import annotations

import copy
import hashlib
import pickle
from decimal import Decimal

import attrs
import pytest
from pages import PAGE, TEXT
from pages import brief as _brief

import honduras_brief as hb
from honduras_brief import (
    SOURCE,
    SOURCE_TEXT,
    ActorKind,
    Citation,
    CitationError,
    InvalidDataError,
    PlaceKind,
    Predicate,
    Section,
    Source,
    Substance,
    Unit,
)
from honduras_brief._vocabulary import TERMS, Vocabulary

# --- A source holds its text ---------------------------------------------------------


def test_the_shipped_source_holds_the_shipped_text() -> None:
    """SOURCE.text is SOURCE_TEXT, and its sections are the ones Section gives."""
    assert SOURCE.text == SOURCE_TEXT
    assert list(SOURCE.sections) == list(Section)
    for section, (start, end) in SOURCE.sections.items():
        assert (section.start, section.end) == (start, end)


def test_the_digest_is_computed_from_the_text() -> None:
    """Left out, the SHA-256 is the text's; given wrong, it is refused, naming both."""
    assert PAGE.sha256 == hashlib.sha256(TEXT.encode()).hexdigest()
    assert PAGE.key == f"sha256:{PAGE.sha256[:16]}"
    given = Source(text=TEXT, title="t", years=(1863,), sha256=PAGE.sha256)
    assert given == attrs.evolve(PAGE, title="t")
    wrong = "0" * 64
    with pytest.raises(
        ValueError, match=f"^'sha256' is {wrong}, but the text's SHA-256 is {PAGE.sha256}"
    ):
        Source(text=TEXT, title="t", sha256=wrong)


def test_only_the_text_and_a_title_are_required() -> None:
    """A user's page gives what it has; the rest is None or empty."""
    page = Source(text="Some words.", title="A note")
    assert (page.url, page.publisher, page.bureau, page.country) == (None, None, None, None)
    assert (page.years, page.public_domain, page.rights) == ((), None, None)
    with pytest.raises(TypeError, match="missing 1 required keyword-only argument: 'text'"):
        Source(title="A note")  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="'text' must not be empty"):
        Source(text=" \n", title="A note")
    with pytest.raises(TypeError, match="'public_domain' must be of type bool"):
        Source(text="x", title="t", public_domain=1)  # type: ignore[arg-type]


def test_a_text_without_the_page_s_headings_has_no_sections() -> None:
    """Sections come from the headings, at the start of a line, in the page's order."""
    assert PAGE.sections == {}
    assert PAGE.section_at(0) is None
    inline = Source(text="We met our Goals: all of them.", title="t")
    assert inline.sections == {}
    laid_out = Source(text="Banner\nGoals: do good.\n\u2022 Done.\nBack to Top\n", title="t")
    assert dict(laid_out.sections) == {Section.GOALS: (7, 22), Section.ACCOMPLISHMENTS: (23, 30)}
    with pytest.raises(CitationError, match="offset 0 is not inside"):
        laid_out.section_at(0)
    with pytest.raises(CitationError, match="offset 999 is outside the text of 't'"):
        inline.section_at(999)
    goals_only = Source(text="Goals: do good.\n", title="t")  # no bullet: no accomplishments
    assert dict(goals_only.sections) == {Section.GOALS: (0, 15)}


def test_a_source_is_shown_without_its_whole_text() -> None:
    """repr() leaves the text out: a long page would fill the screen."""
    assert "Four score" not in repr(PAGE)
    assert repr(PAGE).startswith("Source(title='Gettysburg Address (Bliss copy)'")


# --- Citations know their source ------------------------------------------------------


def test_a_citation_is_found_in_its_own_source() -> None:
    """Citation.of(source=) finds the words there; without it, in the shipped page."""
    mine = Citation.of("continent", source=PAGE)
    at = TEXT.index("continent")
    assert (mine.start, mine.end, mine.section, mine.source) == (at, at + 9, None, PAGE)
    assert TEXT[mine.start : mine.end] == "continent"
    assert Citation.of("Los Cachiros").source is SOURCE
    assert PAGE.cite("nation", within="that nation") == Citation.of(
        "nation", source=PAGE, within="that nation"
    )


def test_words_in_both_texts_are_never_the_shipped_ones_unasked() -> None:
    """'80 percent' of a user's text is cited there, and differs from the shipped page's."""
    page = Source(text="More than 80 percent of the votes.", title="t")
    here = Citation.of("80 percent", source=page)
    there = Citation.of("80 percent")
    assert (here.start, here.source) == (10, page)
    assert here != there


def test_the_same_offsets_in_two_sources_are_two_citations() -> None:
    """Equal words at equal offsets of two texts are not equal citations, nor one key."""
    one = Source(text="Honduras is a transit country.", title="one")
    two = Source(text="Honduras is a transit country.", title="two")
    a, b = Citation.of("transit", source=one), Citation.of("transit", source=two)
    assert (a.quote, a.start, a.end) == (b.quote, b.start, b.end)
    assert a != b
    assert len({a, b}) == 2


def test_a_citation_is_checked_against_its_source() -> None:
    """Offsets that do not hold the quote in that source are refused, quoting briefly."""
    with pytest.raises(
        CitationError, match=r"^the text at 0:7 is 'Four sc', not the quote 'transit'$"
    ):
        Citation(quote="transit", start=0, end=7, source=PAGE)
    with pytest.raises(CitationError, match="has no sections, not in goals"):
        Citation(quote="Four", start=0, end=4, source=PAGE, section=Section.GOALS)
    at = SOURCE_TEXT.index("Honduras", Section.CHALLENGES.start)
    with pytest.raises(CitationError, match="stands in challenges, not in no section"):
        Citation(quote="Honduras", start=at, end=at + 8, section=None)
    with pytest.raises(TypeError, match="'source' must be of type Source, got 'text'"):
        Citation(quote="x", start=0, end=1, source="text")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^'source' must be a Source, got 'text' of type str$"):
        Citation.of("x", source="text")  # type: ignore[arg-type]
    long = "w" * 5000
    with pytest.raises(CitationError) as info:
        Citation.of(long, source=PAGE)
    assert "(5,000 characters)" in str(info.value)
    assert len(str(info.value)) < 200


def test_the_section_is_found_from_the_offsets() -> None:
    """Left out, the section is the one the offsets stand in; in the furniture, refused."""
    start = SOURCE_TEXT.index("Los Cachiros")
    assert (
        Citation(quote="Los Cachiros", start=start, end=start + 12).section
        is Section.ACCOMPLISHMENTS
    )
    with pytest.raises(CitationError, match="not inside the challenges, goals or accomplishments"):
        Citation(quote=SOURCE_TEXT[:5], start=0, end=5)


# --- JSON: compact citations, a brief that carries its text -----------------------------


def test_a_user_brief_round_trips_through_json() -> None:
    """from_json(to_json(b), Brief) == b, the source's text included, for a user's brief."""
    brief = _brief()
    text = hb.to_json(brief)
    assert TEXT.replace("\n", "\\n") in text
    assert text.count('"source":"sha256:') == text.count(f'"source":"{PAGE.key}"') > 0
    back = hb.from_json(text, hb.Brief)
    assert back == brief
    assert back.source.text == TEXT
    assert back.challenges[0].citations[0].source is back.source
    assert hb.from_dict(hb.to_dict(brief), hb.Brief) == brief


def test_a_record_read_alone_names_its_source_or_is_refused() -> None:
    """A record of another page reads with sources=; without, the problem names the path."""
    record = _brief().challenges[0]
    text = hb.to_json(record)
    with pytest.raises(InvalidDataError) as info:
        hb.from_json(text, hb.Challenge)
    assert info.value.problems[0] == (
        "$.citations[0].source",
        f"cites the source {PAGE.key}, which was not given: pass it in sources=",
    )
    assert hb.from_json(text, hb.Challenge, sources=[PAGE]) == record
    assert hb.from_dict(hb.to_dict(record), hb.Challenge, sources=(PAGE,)) == record
    with pytest.raises(
        TypeError, match=r"^'sources'\[0\] must be a Source, got \"x\" of type str$"
    ):
        hb.from_json(text, hb.Challenge, sources=["x"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match=r"^'sources' must be an iterable of Source"):
        hb.from_json(text, hb.Challenge, sources=PAGE)  # type: ignore[arg-type]


def test_a_brief_s_citations_name_its_own_source_only() -> None:
    """In a brief's JSON, a citation of another source is refused at its path."""
    data = hb.to_dict(_brief())
    data["challenges"][0]["citations"][1]["source"] = SOURCE.key
    with pytest.raises(InvalidDataError) as info:
        hb.from_dict(data, hb.Brief)
    assert info.value.problems == (
        (
            "$.challenges[0].citations[1].source",
            f"cites the source {SOURCE.key}, not the brief's own source {PAGE.key}",
        ),
    )
    data["challenges"][0]["citations"][1]["source"] = "page one"
    with pytest.raises(
        InvalidDataError,
        match=r'source: expected a source\'s key \("sha256:" and 16 hex digits\), got "page one"',
    ):
        hb.from_dict(data, hb.Brief)


def test_a_brief_whose_text_does_not_hash_is_refused_at_its_path() -> None:
    """A changed text or digest is one problem, at the source; the records are not read."""
    data = hb.to_dict(_brief())
    data["source"]["text"] = TEXT.replace("Liberty", "liberty")
    with pytest.raises(InvalidDataError) as info:
        hb.from_dict(data, hb.Brief)
    ((path, message),) = info.value.problems
    assert path == "$.source"
    assert "but the text's SHA-256 is" in message


def test_a_brief_citing_another_source_is_refused_when_made() -> None:
    """Records whose citations are not of the brief's source: an error naming the field."""
    brief = _brief()
    with pytest.raises(CitationError, match=r"^founding\.citations\[0\] cites 'Gettysburg"):
        attrs.evolve(brief, source=SOURCE)
    fathers = brief.actors[0]
    stray = attrs.evolve(
        fathers, mentions=(Citation.of("our fathers", source=attrs.evolve(PAGE, title="other")),)
    )
    with pytest.raises(CitationError, match=r"^our-fathers\.mentions\[0\] cites 'other'"):
        attrs.evolve(brief, actors=(stray, brief.actors[1]))


def test_verify_checks_a_user_brief_against_its_own_source() -> None:
    """verify(b) passes a sound user brief, and names a citation of another source."""
    brief = _brief()
    assert hb.verify(brief).failures == ()
    other = attrs.evolve(PAGE, title="other")
    period = hb.DateRange.parse("1863")
    dated = attrs.evolve(
        brief.challenges[0].statements[1],
        period=attrs.evolve(period, citation=Citation.of("Now", source=other)),
    )
    forged = attrs.evolve(brief.challenges[0])
    object.__setattr__(forged, "statements", (brief.challenges[0].statements[0], dated))
    result = hb.verify(attrs.evolve(brief, challenges=(forged,)))
    assert (
        f"we-are-engaged-in-a-civil-war.period.citation: cites {other.key} ('other'), "
        f"not the brief's source {PAGE.key}"
    ) in result.failures


# --- Open vocabularies ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("vocabulary", "words"),
    [
        (Substance, "opium poppies"),
        (Substance, "marijuana"),
        (hb.AssetKind, "bulk cash"),
        (hb.Activity, "corruption"),
        (hb.Vulnerability, "lack of funding"),
        (Predicate, "hampered-by"),
        (Predicate, "exported-to"),
        (Predicate, "moves-to-legalize"),
        (ActorKind, "intergovernmental-organization"),
        (PlaceKind, "continent"),
        (Unit, "metric-tons"),
    ],
)
def test_a_vocabulary_called_with_new_words_gives_a_term_of_it(
    vocabulary: type[Vocabulary], words: str
) -> None:
    """The term is of its vocabulary, the same each time, and pickles, copies and reads back."""
    term = vocabulary(words)
    assert isinstance(term, vocabulary)
    assert (term.value, term.shipped) == (words, False)
    assert term is vocabulary(words) == vocabulary(words)
    assert term not in list(vocabulary)
    assert pickle.loads(pickle.dumps(term)) is term  # noqa: S301 -- our own bytes
    assert copy.deepcopy(term) is term
    assert repr(term) == str(term) == f"{vocabulary.__name__}({words!r})"
    assert hash(term) == hash(vocabulary(words))


def test_the_shipped_terms_stay_named_constants() -> None:
    """Substance('cocaine') is Substance.COCAINE, and every shipped term says it is shipped."""
    assert Substance("cocaine") is Substance.COCAINE
    assert repr(Substance.COCAINE) == "<Substance.COCAINE: 'cocaine'>"
    for vocabulary in (*TERMS, Predicate, ActorKind, PlaceKind, Unit, hb.Grade):
        assert issubclass(vocabulary, Vocabulary)
        assert all(member.shipped for member in vocabulary)


def test_the_host_government_keeps_its_old_name() -> None:
    """HONDURAN_GOVERNMENT is an alias of HOST_GOVERNMENT, and its old value still reads."""
    assert ActorKind.HONDURAN_GOVERNMENT is ActorKind.HOST_GOVERNMENT
    assert ActorKind("honduran-government") is ActorKind.HOST_GOVERNMENT
    assert ActorKind.HOST_GOVERNMENT.value == "host-government"
    old = hb.to_dict(hb.BRIEF.lookup("Government of Honduras", hb.Actor)) | {
        "kind": "honduran-government"
    }
    assert hb.from_dict(old, hb.Actor).kind is ActorKind.HOST_GOVERNMENT


@pytest.mark.parametrize(
    ("vocabulary", "words", "message"),
    [
        (Substance, "", "a term must not be empty"),
        (Substance, " cocaine", "separated by single spaces, with none around them"),
        (Substance, "opium  poppies", "separated by single spaces"),
        (Predicate, "Hampered by", "lower-case letters and digits joined by single hyphens"),
        (ActorKind, "host_government", "lower-case letters and digits joined by single hyphens"),
    ],
)
def test_words_that_cannot_be_a_term_are_refused(
    vocabulary: type[Vocabulary], words: str, message: str
) -> None:
    """Nothing is trimmed or re-cased behind the user's back: the words are refused."""
    with pytest.raises(
        ValueError, match=f"^{words!r} is not a term of {vocabulary.__name__}: .*{message}"
    ):
        vocabulary(words)
    with pytest.raises(ValueError, match="is not a valid"):
        vocabulary(5)


def test_an_open_term_is_held_to_its_statement_s_words() -> None:
    """A term's words must stand in the statement's quote, open or shipped."""
    statement = _brief().challenges[0].statements[1]
    with pytest.raises(
        CitationError,
        match="'objects\\[0\\]': 'marijuana' does not stand in the statement's citation",
    ):
        attrs.evolve(statement, objects=(Substance("marijuana"),))


def test_a_term_of_one_vocabulary_is_refused_where_another_is_due() -> None:
    """An open Substance is no Activity: the field is named."""
    with pytest.raises(
        TypeError,
        match=r"^'activities'\[0\] must be of type Activity, got Substance\('civil war'\)",
    ):
        attrs.evolve(_brief().challenges[0], activities=(Substance("civil war"),))


def test_an_open_predicate_reads_as_its_words() -> None:
    """Its sentence, meaning and tense come from its words; it has no example."""
    founded, war = _brief().challenges[0].statements
    # The speaker is the text's author: what the text says needs no "according to".
    assert str(founded) == "Our fathers brought forth a new nation on this continent."
    assert Predicate("hampered-by").meaning == "The subject hampered by the objects."
    assert Predicate("hampered-by").example is None
    assert Predicate("hampered-by").tense is hb.Tense.PRESENT
    # The quote gives the auxiliary the slug leaves out.
    assert str(war) == "We are engaged in a great civil war."
    assert Predicate("engaged-in").frame == "{s} engaged in {o}"  # without a quote


def test_an_open_unit_is_written_in_its_words() -> None:
    """A figure in a unit the library did not ship reads '20 metric tons'."""
    assert Unit("metric-tons").format_value(Decimal(20)) == "20 metric tons"


def test_the_schema_accepts_open_terms_and_the_source_key() -> None:
    """The JSON Schema takes other words for a vocabulary, and a citation's source as a key."""
    jsonschema = pytest.importorskip("jsonschema")
    schema = hb.json_schema(hb.Brief)
    jsonschema.validate(hb.to_dict(_brief()), schema)
    assert schema["$defs"]["Citation"]["properties"]["source"]["pattern"] == "^sha256:[0-9a-f]{16}$"


def test_an_open_predicate_apart_in_its_quote_and_a_place_without_a_preposition() -> None:
    """Words the quote splits ('engaged, in') read as the slug's; a place with no preposition takes 'in'."""
    text = "We are engaged, in this land, in a war. This continent holds a new nation."
    page = Source(text=text, title="t")
    speaker = hb.Actor(id="speaker", name="the speaker", kind=ActorKind.PERSON)
    war = hb.Statement(
        id="w", citation=page.cite("We are engaged, in this land, in a war"), subject=hb.Role("we"),
        predicate=Predicate("engaged-in"), objects=(hb.Activity("war"),), according_to=speaker,
    )  # fmt: skip
    assert str(war) == "We engaged in a war."
    continent = hb.Place(
        id="c",
        name="This continent",
        kind=PlaceKind("continent"),
        mentions=(page.cite("This continent"),),
    )
    holds = hb.Statement(
        id="h", citation=page.cite("This continent holds a new nation"), subject=speaker,
        predicate=Predicate("holds"), objects=(hb.Activity("new nation"),), according_to=speaker,
        place=continent,
    )  # fmt: skip
    assert str(holds).endswith(" in This continent.")


def test_json_with_a_term_no_vocabulary_can_hold_is_refused_at_its_path() -> None:
    """Stray spaces in a term's words: refused where they stand, never trimmed."""
    data = hb.to_dict(_brief())
    data["challenges"][0]["activities"][0] = "civil  war"
    with pytest.raises(InvalidDataError) as raised:
        hb.from_dict(data, hb.Brief)
    assert raised.value.problems == (
        (
            "$.challenges[0].activities[0]",
            (
                "'civil  war' is not a term of Activity: a term's words are separated by single "
                "spaces, with none around them"
            ),
        ),
    )


def test_json_with_a_term_that_is_not_words_is_refused_at_its_path() -> None:
    """A number where a term's words belong: refused, naming what was expected."""
    data = hb.to_dict(_brief())
    data["challenges"][0]["activities"][0] = 5
    with pytest.raises(InvalidDataError) as raised:
        hb.from_dict(data, hb.Brief)
    assert raised.value.problems == (
        ("$.challenges[0].activities[0]", "expected a term of Activity (a string), got 5"),
    )
