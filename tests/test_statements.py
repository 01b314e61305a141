"""Statements: the model, and every proposition of the brief as one."""

from __future__ import annotations

import re

import attrs
import pytest
from conftest import replace_everywhere
from test_content import SENTENCES

import honduras_brief as hb
from honduras_brief import (
    BRIEF,
    SOURCE_TEXT,
    Factuality,
    Grade,
    Predicate,
    Role,
    Scope,
    Section,
    Statement,
)
from honduras_brief import content as c

STATEMENTS = BRIEF.statements


def statement_params() -> list[object]:
    """Every statement of the brief as a pytest param named by its id."""
    return [pytest.param(s, id=s.id) for s in STATEMENTS]


def _statement(**changes: object) -> Statement:
    """A valid statement of the brief, with *changes*."""
    return attrs.evolve(BRIEF.lookup("supreme-court-dismissed-judges"), **changes)  # type: ignore[misc]


# --- The model -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("factuality", "factbank", "hedge", "negated"),
    [
        (Factuality.CERTAIN, "CT+", "", False),
        (Factuality.PROBABLE, "PR+", "probably", False),
        (Factuality.POSSIBLE, "PS+", "possibly", False),
        (Factuality.CERTAIN_NOT, "CT-", "not", True),
        (Factuality.PROBABLE_NOT, "PR-", "probably not", True),
        (Factuality.POSSIBLE_NOT, "PS-", "possibly not", True),
        (Factuality.UNDERSPECIFIED, "Uu", "perhaps", False),
    ],
)
def test_factuality_maps_to_factbank(
    factuality: Factuality, factbank: str, hedge: str, negated: bool
) -> None:
    """Each factuality has its FactBank value, its hedge words and its polarity."""
    assert (factuality.factbank, factuality.hedge, factuality.is_negated) == (
        factbank,
        hedge,
        negated,
    )


@pytest.mark.parametrize("predicate", list(Predicate), ids=lambda p: p.value)
def test_every_predicate_is_documented_with_words_of_the_text(predicate: Predicate) -> None:
    """A predicate has a meaning and an example that stands verbatim in the content."""
    assert predicate.meaning.startswith("The subject") and predicate.meaning.endswith(".")
    start = SOURCE_TEXT.find(predicate.example)
    assert Section.CHALLENGES.start <= start < Section.ACCOMPLISHMENTS.end, predicate.example
    assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", predicate.value)


def test_the_vocabulary_of_predicates_is_the_brief_s() -> None:
    """Every predicate is used by a statement of the brief, and none is missing."""
    assert {s.predicate for s in STATEMENTS} == set(Predicate)


def test_str_keeps_the_hedge_with_the_relation() -> None:
    """A negated or hedged statement never reads as a plain assertion."""
    assert str(BRIEF.lookup("gangs-not-part-of-the-logistics-chain")) == (
        "Transnational gangs do not appear to be a formal part of the transnational "
        "drug logistics chain."
    )
    assert str(BRIEF.lookup("homicide-rate-will-likely-remain-the-highest")) == (
        "According to the Violence Observatory, the homicide rate in Honduras will "
        "likely remain the highest in the world for 2013."
    )


def test_arguments_mentions_and_is_stated() -> None:
    """A statement knows its subject and objects, by record, term or key."""
    s = BRIEF.lookup("supreme-court-dismissed-judges")
    assert isinstance(s, Statement)
    assert s.arguments == (
        c.SUPREME_COURT,
        Role.JUDGES,
        c.JUDGES_DISMISSED,
        hb.Practice.REVIEW_OF_JUDGES_WORK,
    )
    assert s.mentions(c.SUPREME_COURT) and s.mentions("judges-dismissed")
    assert s.mentions("Role:judges") and not s.mentions("judges")
    assert s.inferred is None and not s.is_stated  # its period, "by mid-year", is read
    assert BRIEF.lookup("honduras-suffers-from-violence", kind=Statement).is_stated
    assert not BRIEF.lookup("operation-neptune-targeted-los-cachiros", kind=Statement).is_stated
    designation = c.KINGPIN_DESIGNATION
    coordinated = BRIEF.lookup("operation-neptune-was-coordinated-with-a-designation")
    assert isinstance(coordinated, Statement) and coordinated.mentions(designation)


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        ({"subject": "Supreme Court"}, TypeError, "'subject' must be a record or a term"),
        ({"subject": Grade.MAJOR}, TypeError, "'subject' must be a record or a term"),
        ({"objects": [Role.JUDGES]}, TypeError, "'objects' must be a tuple, got"),
        ({"objects": (Role.JUDGES, 57)}, TypeError, "'objects'[1] must be a record or a term"),
        (
            {"objects": (Role.STUDENTS,)},
            hb.CitationError,
            "'objects[0]': 'students' does not stand",
        ),
        ({"subject": c.PEOPLE_TRAINED}, hb.CitationError, "'subject': 'more than 1,200' does not"),
        ({"grading": (Grade.PIVOTAL,)}, hb.CitationError, "'grading[0]': 'pivotal' does not stand"),
        ({"grading": ("pivotal",)}, TypeError, "'grading'[0] must be of type Grade"),
        ({"according_to": "INL"}, TypeError, "'according_to' must be of type Actor"),
        ({"factuality": "certain"}, TypeError, "'factuality' must be of type Factuality"),
        ({"scope": None}, TypeError, "'scope' must be of type Scope"),
        ({"period": "2013"}, TypeError, "'period' must be of type DateRange"),
        ({"place": c.COLOMBIA}, TypeError, "'place' must be of type Place"),
        ({"inferred": ""}, ValueError, "'inferred' must not be empty"),
        ({"id": "Not A Slug"}, ValueError, "'id' must be a slug"),
        ({"citation": "the Supreme Court"}, TypeError, "'citation' must be of type Citation"),
    ],
)
def test_a_bad_statement_is_refused_naming_the_field(
    changes: dict[str, object], error: type[Exception], message: str
) -> None:
    """Each wrong field is refused with an error that names it."""
    with pytest.raises(error, match=re.escape(message)):
        _statement(**changes)


def test_a_term_is_found_whatever_its_case() -> None:
    """'Transshipment' at the start of a sentence grounds the term 'transshipment'."""
    s = BRIEF.lookup("transshipment-departs-from-the-region")
    assert isinstance(s, Statement) and s.citation.quote.startswith("Transshipment")


def test_statements_about_takes_records_terms_and_ids() -> None:
    """statements_about finds by record, term or id, in document order, and refuses the rest."""
    by_record = BRIEF.statements_about(c.LOS_CACHIROS)
    assert by_record == BRIEF.statements_about("los-cachiros")
    assert [s.predicate for s in by_record] == [
        *[Predicate.BELONGED_TO] * 4,
        Predicate.TARGETED,
        Predicate.IS_A,
    ]
    assert [s.id for s in BRIEF.statements_about(Role.JUDGES)] == [
        "supreme-court-dismissed-judges",
        "supreme-court-suspended-judges",
        "united-states-trained-police-prosecutors-and-judges",
    ]
    assert BRIEF.statements_about("HNP") == BRIEF.statements_about(c.HONDURAN_NATIONAL_POLICE)
    assert BRIEF.statements_about("Los Cachiros") == by_record
    with pytest.raises(hb.UnknownRecordError, match="'atlantis'"):
        BRIEF.statements_about("atlantis")
    for bad in (None, 7, STATEMENTS[0], Grade.MAJOR):
        with pytest.raises(TypeError, match="'thing' must be a record a statement can be about"):
            BRIEF.statements_about(bad)


def test_a_brief_refuses_two_statements_with_one_id() -> None:
    """Two different statements may not share an id, nor a statement and a record."""
    twin = attrs.evolve(STATEMENTS[1], id=STATEMENTS[0].id)
    challenge = attrs.evolve(c.DRUG_TRANSIT, statements=(*c.DRUG_TRANSIT.statements, twin))
    with pytest.raises(
        hb.DuplicateIdError, match="share the id 'honduras-is-a-major-transit-country-for-cocaine'"
    ):
        attrs.evolve(BRIEF, challenges=(challenge, *c.CHALLENGES[1:]))
    clash = attrs.evolve(STATEMENTS[0], id="los-cachiros")
    challenge = attrs.evolve(c.DRUG_TRANSIT, statements=(clash,))
    with pytest.raises(hb.DuplicateIdError, match="'los-cachiros'"):
        attrs.evolve(BRIEF, challenges=(challenge, *c.CHALLENGES[1:]))


# --- Every statement of the brief ------------------------------------------------


def test_statements_are_in_document_order_once_each() -> None:
    """BRIEF.statements holds each statement once, ordered by where its clause stands."""
    keys = [(s.citation.start, s.citation.end) for s in STATEMENTS]
    assert keys == sorted(keys)
    assert len({s.id for s in STATEMENTS}) == len(STATEMENTS) == 80
    owned = {s.id for r in (*hb.CHALLENGES, *hb.GOALS, *hb.ACCOMPLISHMENTS) for s in r.statements}
    assert owned == {s.id for s in STATEMENTS}


@pytest.mark.parametrize("statement", statement_params())
def test_a_statement_stands_inside_one_sentence(statement: Statement) -> None:
    """Each statement's clause lies inside one content sentence."""
    c_ = statement.citation
    assert SOURCE_TEXT[c_.start : c_.end] == c_.quote
    assert any(start <= c_.start and c_.end <= end for _, start, end in SENTENCES), c_.quote


@pytest.mark.parametrize("statement", statement_params())
def test_terms_and_figures_stand_in_the_clause(statement: Statement) -> None:
    """Every term, grading word and figure of a statement is in its own words."""
    quote = statement.citation.quote.casefold()
    for argument in (*statement.arguments, *statement.grading):
        words = getattr(argument, "text", None) or getattr(argument, "value", None)
        if isinstance(argument, hb.Quantity) or hasattr(argument, "value"):
            assert str(words).casefold() in quote, (statement.id, words)


@pytest.mark.parametrize("statement", statement_params())
def test_a_statement_is_held_by_a_record_and_names_its_source(statement: Statement) -> None:
    """A statement belongs to a record, and is INL's unless the text names another source."""
    holders = [
        r for r in (*hb.CHALLENGES, *hb.GOALS, *hb.ACCOMPLISHMENTS) if statement in r.statements
    ]
    assert holders
    named = statement.according_to is not c.INL
    (sentence,) = [
        SOURCE_TEXT[start:end]
        for _, start, end in SENTENCES
        if start <= statement.citation.start < end
    ]
    assert not named or re.search(r"According to|estimates", sentence), statement.id


_WORD = re.compile(r"\w")


@pytest.mark.parametrize(
    ("section", "start", "end"),
    SENTENCES,
    ids=[SOURCE_TEXT[s:e][:40] for _, s, e in SENTENCES],
)
def test_statements_cover_each_sentence(section: Section, start: int, end: int) -> None:
    """The statements' citations cover at least 95% of the word characters of every sentence."""
    covered = set()
    for s in STATEMENTS:
        covered.update(range(max(s.citation.start, start), min(s.citation.end, end)))
    words = [i for i in range(start, end) if _WORD.match(SOURCE_TEXT[i])]
    share = sum(1 for i in words if i in covered) / len(words)
    assert share >= 0.95, (section, SOURCE_TEXT[start:end], share)


def test_coverage_is_measured_over_every_sentence() -> None:
    """The coverage test sees the 25 content sentences, so it cannot pass vacuously."""
    assert len(SENTENCES) == 25


# --- Hedges, negations, sources, rankings and open periods ----------------------------


@pytest.mark.parametrize(
    ("ident", "factuality"),
    [
        ("homicide-rate-could-fall-to-80-in-2013", Factuality.POSSIBLE),  # "could fall"
        ("homicide-rate-could-decrease-by-6-4-percent", Factuality.POSSIBLE),
        ("homicide-rate-will-likely-remain-the-highest", Factuality.PROBABLE),  # "will likely"
        ("gangs-not-part-of-the-logistics-chain", Factuality.PROBABLE_NOT),  # "do not appear to"
        ("homicide-rate-was-85-5-in-2012", Factuality.CERTAIN),
        ("gangs-participate-in-drug-distribution", Factuality.CERTAIN),
    ],
)
def test_hedges_and_negations(ident: str, factuality: Factuality) -> None:
    """Each hedge and negation of the text is the statement's factuality."""
    s = BRIEF.lookup(ident)
    assert isinstance(s, Statement)
    assert s.factuality is factuality


def test_no_other_statement_is_hedged() -> None:
    """Only the four hedged clauses are anything but certain."""
    hedged = {s.id for s in STATEMENTS if s.factuality is not Factuality.CERTAIN}
    assert hedged == {
        "homicide-rate-could-fall-to-80-in-2013",
        "homicide-rate-could-decrease-by-6-4-percent",
        "homicide-rate-will-likely-remain-the-highest",
        "gangs-not-part-of-the-logistics-chain",
    }
    was = BRIEF.lookup("homicide-rate-was-the-highest-in-the-world")
    assert isinstance(was, Statement) and was.factuality is Factuality.CERTAIN
    assert "presupposes" in (was.inferred or "")


def test_sources_are_who_the_text_says() -> None:
    """The observatory gives the homicide figures, the United States its estimate, INL the rest."""
    by = {s.id: s.according_to.id for s in STATEMENTS}
    assert {i for i, who in by.items() if who == "violence-observatory"} == {
        "homicide-rate-could-fall-to-80-in-2013",
        "homicide-rate-was-85-5-in-2012",
        "homicide-rate-could-decrease-by-6-4-percent",
        "homicide-rate-was-the-highest-in-the-world",
        "homicide-rate-will-likely-remain-the-highest",
    }
    assert {i for i, who in by.items() if who == "us-government"} == {
        "cocaine-flow-transited-the-central-american-corridor",
        "cocaine-is-trafficked-to-the-united-states",
    }
    assert by["united-states-estimates-the-cocaine-flow-share"] == "inl"
    assert set(by.values()) == {"inl", "violence-observatory", "us-government"}
    remains = BRIEF.lookup("homicide-rate-will-likely-remain-the-highest")
    assert isinstance(remains, Statement) and "According to" in (remains.inferred or "")


@pytest.mark.parametrize(
    ("ident", "grading"),
    [
        ("homicide-rate-will-likely-remain-the-highest", [Grade.HIGHEST_IN_THE_WORLD]),
        ("los-cachiros-is-the-largest-dto", [Grade.LARGEST]),
        ("honduras-is-a-major-transit-country-for-cocaine", [Grade.MAJOR]),
        ("honduras-is-a-transit-country-for-some-chemical-precursors", [Grade.SOME]),
        ("honduras-is-a-transit-country-for-synthetic-drugs", []),
        ("honduras-suffers-from-a-high-homicide-rate", [Grade.HIGH]),
        ("honduras-suffers-from-violence", []),
        ("northern-atlantic-region-is-a-landing-zone", [Grade.PRIMARY]),
        ("operation-neptune-was-planned-with-us-support", [Grade.SUBSTANTIAL]),
        ("inl-advisor-assisted-the-hondurans", [Grade.PIVOTAL]),
        ("gangs-participate-in-drug-distribution", [Grade.GENERALLY]),
        ("programs-focus-on-institutional-change", [Grade.PRIMARILY]),
    ],
)
def test_rankings_and_grading_words(ident: str, grading: list[Grade]) -> None:
    """The text's grading words are held, typed, on the statement they qualify."""
    s = BRIEF.lookup(ident)
    assert isinstance(s, Statement)
    assert list(s.grading) == grading


def test_the_ranking_is_held() -> None:
    """'will likely remain the highest in the world' is a probable ranking of the 2013 rate."""
    s = BRIEF.lookup("homicide-rate-will-likely-remain-the-highest")
    assert isinstance(s, Statement)
    assert (s.predicate, s.subject, s.objects, s.place) == (
        Predicate.REMAINS_HIGHEST,
        hb.Domain.HOMICIDE_RATE,
        (),
        c.HONDURAS,
    )
    assert s.period is not None and s.period.format() == "2013"
    assert not s.period.is_stated  # no year is written with "remain"
    was = BRIEF.lookup("homicide-rate-was-the-highest-in-the-world")
    assert isinstance(was, Statement) and was.predicate is Predicate.IS_HIGHEST
    assert was.period is not None and was.period.format() == "2012" and not was.period.is_stated


@pytest.mark.parametrize(
    ("ident", "scope"),
    [
        ("transnational-gangs-include-ms-and-18th-street", Scope.EXAMPLES),  # "such as"
        ("gangs-conduct-other-illicit-activities", Scope.EXAMPLES),  # "such as"
        ("honduran-government-expanded-vetting", Scope.EXAMPLES),  # "other types of"
        ("ministry-of-security-took-steps", Scope.EXAMPLES),  # "for example"
        ("honduran-government-seized-assets-in-operation-neptune", Scope.EXAMPLES),  # "including"
        ("region-is-vulnerable-because-of-its-conditions", Scope.COMPLETE),
        ("operation-neptune-included-230-vetted-personnel", Scope.EXAMPLES),  # "other"
    ],
)
def test_scope_follows_the_words(ident: str, scope: Scope) -> None:
    """Lists given as examples are EXAMPLES; the others are COMPLETE."""
    s = BRIEF.lookup(ident)
    assert isinstance(s, Statement)
    assert s.scope is scope


def test_examples_only_where_the_text_says_so() -> None:
    """Every EXAMPLES statement's clause has an example cue."""
    cues = re.compile(r"such as|including|for example|other types of|as well as other")
    examples = [s for s in STATEMENTS if s.scope is Scope.EXAMPLES]
    assert len(examples) == 7
    for s in examples:
        assert cues.search(s.citation.quote), s.id


def test_by_mid_year_is_an_open_period() -> None:
    """The judges' dismissals hold by mid-year: an end, and no start invented."""
    for ident in ("supreme-court-dismissed-judges", "supreme-court-suspended-judges"):
        s = BRIEF.lookup(ident)
        assert isinstance(s, Statement) and s.period is not None
        assert s.period.start is None and str(s.period.end) == "2013-06-30"
        assert s.period.is_open and not s.period.is_stated
    assert c.JUDGES_DISMISSED.period is c.BY_MID_YEAR
    assert c.JUDICIAL_REVIEW.period is c.BY_MID_YEAR


# --- Honest readings -------------------------------------------------------------------


def test_neptune_s_year_is_argued_from_the_text_and_inferred() -> None:
    """The year of September 19-26 is inferred, with both readings the text allows."""
    period = c.NEPTUNE_DAYS
    reason = period.inferred or ""
    assert not period.is_stated
    assert "2012 if it was written before September 19, 2013" in reason
    assert "does not say when it was written" in reason
    assert "not a fact of the text" in reason
    assert "so it was written during that year" not in reason
    assert "unwritten only here" not in reason  # no accomplishment gives a year


def test_only_the_seizure_is_dated() -> None:
    """The seizure carries September 19-26; the participation and the travel carry no date."""
    assert c.NEPTUNE_SEIZED_VALUE.period is c.NEPTUNE_DAYS
    assert c.NEPTUNE_PERSONNEL.period is None
    assert c.NEPTUNE_TRAVELLERS.period is None
    dated = {s.id for s in BRIEF.statements_about(c.OPERATION_NEPTUNE) if s.period is not None}
    assert dated == {"honduran-government-seized-assets-in-operation-neptune"}
    assert c.OPERATION_NEPTUNE.period is None  # the operation as a whole is not dated
    assert c.NEPTUNE_SEIZURE.period is c.NEPTUNE_DAYS
    for ident in (
        "operation-neptune-included-230-vetted-personnel",
        "inl-advisor-facilitated-travel",
    ):
        s = BRIEF.lookup(ident)
        assert isinstance(s, Statement) and s.period is None


@pytest.mark.parametrize(
    "actor",
    [
        c.SUPREME_COURT,
        c.PUBLIC_MINISTRY,
        c.MINISTRY_OF_SECURITY,
        c.SEIZED_ASSETS_OFFICE,
        c.FINANCIAL_CRIMES_TASK_FORCE,
        c.CRIMINAL_INVESTIGATIVE_SCHOOL,
        c.OTHER_VETTED_UNITS,
        c.VETTED_UNITS_AND_TASK_FORCES,
    ],
    ids=lambda a: a.id,
)
def test_unstated_actor_kinds_are_inferred(actor: hb.Actor) -> None:
    """An actor the text never calls Honduran, or whose owner it leaves open, says why."""
    assert actor.kind is hb.ActorKind.HOST_GOVERNMENT
    assert not actor.is_stated and actor.inferred


@pytest.mark.parametrize(
    "actor",
    [c.GOVERNMENT_OF_HONDURAS, c.HONDURAN_NATIONAL_POLICE, c.HONDURAN_ARMED_FORCES],
    ids=lambda a: a.id,
)
def test_stated_actor_kinds_are_stated(actor: hb.Actor) -> None:
    """An actor whose name says whose it is is stated."""
    assert actor.is_stated


def test_the_treasury_s_kind_is_stated_and_its_full_name_read() -> None:
    """'U.S. Treasury' says whose it is; the department's full name is read from it."""
    assert [r.field for r in c.US_TREASURY.readings] == ["name"]
    assert c.US_TREASURY.inferred is None


def test_ownership_is_stated_and_the_targeting_inferred() -> None:
    """The assets 'belonged to' Los Cachiros; that the operation targeted them is a reading."""
    owned = [s for s in STATEMENTS if s.predicate is Predicate.BELONGED_TO]
    assert [(s.subject, s.objects) for s in owned] == [
        (kind, (c.LOS_CACHIROS,)) for kind in c.OPERATION_NEPTUNE.assets_seized
    ]
    # The words say it of the businesses; of the other kinds, it is a reading.
    assert [s.is_stated for s in owned] == [False, False, False, True]
    targeted = BRIEF.lookup("operation-neptune-targeted-los-cachiros")
    assert isinstance(targeted, Statement)
    assert targeted.predicate is Predicate.TARGETED and not targeted.is_stated
    assert "belonged to" in (targeted.inferred or "")


def test_us_colombian_cooperation_is_cooperation() -> None:
    """The United States cooperated with Colombia; it is not said to support Colombia's training."""
    training = c.COLOMBIAN_TRAINING
    assert training.supported_by == () and training.partners == (c.US_GOVERNMENT,)
    (cooperation,) = [s for s in training.statements if s.predicate is Predicate.COOPERATED_WITH]
    assert (cooperation.subject, cooperation.objects) == (c.US_GOVERNMENT, (c.COLOMBIA,))
    assert not any(s.predicate is Predicate.SUPPORTED for s in training.statements)


def test_us_training_went_to_a_number_of_the_units() -> None:
    """U.S.-supported training and advisors are for 'a number of these units', not the bullet."""
    assert c.VETTED_UNITS.supported_by == ()
    support = c.VETTED_UNITS_SUPPORT
    assert support.supported_by == (c.US_GOVERNMENT,)
    received = [s for s in support.statements if s.predicate is Predicate.RECEIVED]
    assert [s.objects for s in received] == [(hb.Practice.TRAINING, c.UNITS_WITH_US_TRAINING)]
    assert c.UNITS_WITH_US_TRAINING.text == "A number of these units"
    assert not any(c.US_GOVERNMENT in a.supported_by for a in (c.VETTING, c.VETTED_UNITS))


def test_whoever_gives_a_figure_is_its_source_not_a_participant() -> None:
    """The estimator and the observatory are sources of their challenges, not actors in them."""
    assert c.DRUG_TRANSIT.actors == () and c.DRUG_TRANSIT.sources == (c.US_GOVERNMENT,)
    assert c.VIOLENCE.actors == ()
    assert c.VIOLENCE.sources == (c.VIOLENCE_OBSERVATORY, c.NATIONAL_AUTONOMOUS_UNIVERSITY)
    for q in (c.HOMICIDE_RATE_2012, c.HOMICIDE_RATE_2013, c.HOMICIDE_RATE_DECREASE):
        assert q.attributed_to is c.VIOLENCE_OBSERVATORY


_NAMED = [*hb.ACTORS, *hb.PLACES]


def _occurrences(name: str) -> list[int]:
    # Where a name stands as a word in the content, not inside a longer word.
    lo, hi = Section.CHALLENGES.start, Section.ACCOMPLISHMENTS.end
    pattern = re.compile(rf"(?<![\w.-]){re.escape(name)}(?![\w-])")
    return [m.start() for m in pattern.finditer(SOURCE_TEXT, lo, hi)]


@pytest.mark.parametrize("named", _NAMED, ids=lambda n: n.id)
def test_every_mention_is_cited(named: hb.Actor | hb.Place) -> None:
    """Each use of a record's name in the content is among its mentions, unless inside another name."""
    names = {named.name, *named.aliases}
    acronym = getattr(named, "acronym", None)
    if acronym:
        names.add(acronym)
    own = {m.start for m in named.mentions}
    # Words inside a mention of a longer name ("Honduras" in "Government of
    # Honduras"), or naming another record ("United States" the place),
    # belong to that mention.
    others = [(m.start, m.end) for n in _NAMED for m in n.mentions if m.start not in own]
    others += [(m.start, m.end) for m in named.mentions]
    # So do words inside a term that names people by what they are ("U.S. or
    # international advisors" are advisors, not a mention of the government).
    others += [
        (start, start + len(role.value))
        for role in hb.Role
        for start in _occurrences(role.value)
        if " " in role.value and role.value[:1].isupper()
    ]
    for name in names:
        for at in _occurrences(name):
            inside = any(
                s <= at and at + len(name) <= e
                for s, e in others
                if (s, e) != (at, at + len(name)) or at not in own
            )
            assert at in own or inside, (named.id, name, SOURCE_TEXT[at - 20 : at + 30])


def test_us_and_honduras_mentions_are_complete() -> None:
    """Every 'U.S.' and 'Honduras' the issue counted is a mention now."""
    us = [m.quote for m in c.US_GOVERNMENT.mentions]
    assert us.count("U.S.") == 4 and us.count("United States") == 3
    assert len(c.HONDURAS.mentions) == 6


# --- One truth -------------------------------------------------------------------------


def test_the_shipped_brief_has_one_truth() -> None:
    """verify() finds no field without a statement, and no statement outside the fields."""
    result = hb.verify(BRIEF)
    assert result.ok and result.statements == 80


def test_a_field_value_without_a_statement_is_caught() -> None:
    """A place added to a record's fields, but to none of its statements, fails verify()."""
    gangs = attrs.evolve(c.GANGS, places=(*c.GANGS.places, c.PAN_AMERICAN_HIGHWAY))
    brief = attrs.evolve(BRIEF, challenges=(*c.CHALLENGES[:2], gangs, c.CHALLENGES[3]))
    assert hb.verify(brief).failures == (
        "gangs.places[2]: 'Pan American Highway' is in no statement of the record",
    )


def test_a_statement_outside_the_fields_is_caught() -> None:
    """A statement about an actor that no field of its record holds fails verify()."""
    gangs = attrs.evolve(c.GANGS, actors=c.GANGS.actors[:3])
    brief = attrs.evolve(BRIEF, challenges=(*c.CHALLENGES[:2], gangs, c.CHALLENGES[3]))
    assert hb.verify(brief).failures == (
        (
            "gangs: the statement transnational-gangs-include-ms-and-18th-street is about "
            "'18th Street', which no field of the record holds"
        ),
    )


def test_a_period_without_a_statement_is_caught() -> None:
    """A record's period, and a figure's, must be a period of their statements."""
    review = attrs.evolve(c.JUDICIAL_REVIEW, period=c.YEAR_2012)
    brief = replace_everywhere(BRIEF, c.JUDICIAL_REVIEW, review)
    assert hb.verify(brief).failures == (
        "judicial-review.period: 2012 is the period of none of its statements",
    )
    moved = attrs.evolve(c.JUDGES_DISMISSED, period=c.YEAR_2012)
    brief = replace_everywhere(BRIEF, c.JUDGES_DISMISSED, moved)
    assert hb.verify(brief).failures == (
        "judges-dismissed.period: 2012 is the period of none of its statements",
    )


def test_a_figure_s_source_must_be_a_statement_s() -> None:
    """A figure attributed to someone no statement of it is according to fails verify()."""
    moved = attrs.evolve(c.HOMICIDE_RATE_2013, attributed_to=c.US_GOVERNMENT)
    brief = replace_everywhere(BRIEF, c.HOMICIDE_RATE_2013, moved)
    assert hb.verify(brief).failures == (
        "homicide-rate-2013.attributed_to: no statement of the figure is according to us-government",
    )


def test_a_figure_no_statement_states_is_caught() -> None:
    """A figure in a record that no statement states fails verify()."""
    statements = tuple(
        s for s in c.INSTITUTIONAL_CHANGE.statements if not s.mentions(c.CITIZENS_AFFECTED)
    )
    goal = attrs.evolve(c.INSTITUTIONAL_CHANGE, statements=statements)
    brief = replace_everywhere(BRIEF, c.INSTITUTIONAL_CHANGE, goal)
    failures = hb.verify(brief).failures
    assert "citizens-affected-by-everyday-crimes: no statement states the figure" in failures
    assert "institutional-change.quantities[0]: 'many' is in no statement of the record" in failures


def test_a_statement_over_two_sentences_is_caught() -> None:
    """A statement whose clause runs over a sentence end fails verify()."""
    wide = attrs.evolve(
        STATEMENTS[0],
        citation=hb.Citation.of(
            "synthetic drugs. The United States estimates",
        ),
        objects=(hb.Substance.SYNTHETIC_DRUGS,),
        grading=(),
    )
    challenge = attrs.evolve(c.DRUG_TRANSIT, statements=(wide, *c.DRUG_TRANSIT.statements[1:]))
    brief = attrs.evolve(BRIEF, challenges=(challenge, *c.CHALLENGES[1:]))
    failures = hb.verify(brief).failures
    assert (
        "honduras-is-a-major-transit-country-for-cocaine: the citation 'synthetic drugs. The United States "
        "estim'... runs over more than one sentence"
    ) in failures


def test_a_nested_copy_that_differs_is_caught() -> None:
    """A record nested in another that is not the brief's own record of its id fails verify()."""
    renamed = attrs.evolve(c.LOS_CACHIROS, note="A note the brief's own record does not have.")
    operation = attrs.evolve(c.OPERATION_NEPTUNE, targets=(renamed,))
    seizure = attrs.evolve(c.NEPTUNE_SEIZURE, operation=operation)
    brief = replace_everywhere(BRIEF, c.NEPTUNE_SEIZURE, seizure)
    assert set(hb.verify(brief).failures) == {
        "operation-neptune: a copy (Operation) inside the brief differs from the brief's own record",
        "los-cachiros: a copy (Actor) inside the brief differs from the brief's own record",
    }
    stranger = attrs.evolve(c.LOS_CACHIROS, id="los-cachiros-2")
    operation = attrs.evolve(c.OPERATION_NEPTUNE, targets=(stranger,))
    seizure = attrs.evolve(c.NEPTUNE_SEIZURE, operation=operation)
    brief = replace_everywhere(BRIEF, c.NEPTUNE_SEIZURE, seizure)
    assert "los-cachiros-2: a record (Actor) inside the brief is not one of its records" in (
        hb.verify(brief).failures
    )


def test_a_place_read_from_two_spellings_is_inferred() -> None:
    """'Northern' and 'North Atlantic coastal region' read as one place say so; Honduras is stated."""
    assert not c.NORTHERN_ATLANTIC_COAST.is_stated
    assert "read as one region" in (c.NORTHERN_ATLANTIC_COAST.inferred or "")
    assert c.HONDURAS.is_stated
