"""Finding statements: about a thing, by a filter, of a record; and lookups that suggest."""

from __future__ import annotations

import pickle
import re

import attrs
import pytest

import honduras_brief as hb
from honduras_brief import BRIEF, DateRange, Factuality, Predicate, Role, Statement
from honduras_brief import content as c
from honduras_brief._models import nearest

OBSERVATORY_SAYS = (
    "homicide-rate-was-the-highest-in-the-world",
    "homicide-rate-will-likely-remain-the-highest",
    "homicide-rate-could-fall-to-80-in-2013",
    "homicide-rate-was-85-5-in-2012",
    "homicide-rate-could-decrease-by-6-4-percent",
)


def ids(statements: tuple[Statement, ...]) -> list[str]:
    """The ids of *statements*, in their order."""
    return [s.id for s in statements]


def in_document_order(statements: tuple[Statement, ...]) -> bool:
    """Whether *statements* stand in the order of the brief, each once."""
    order = {s.id: i for i, s in enumerate(BRIEF.statements)}
    places = [order[s.id] for s in statements]
    return places == sorted(set(places))


# --- statements_about --------------------------------------------------------------


def test_statements_about_finds_what_a_source_says() -> None:
    """The Observatory's statements are found with the one it is the subject of."""
    found = BRIEF.statements_about(c.VIOLENCE_OBSERVATORY)
    assert ids(found) == [
        *OBSERVATORY_SAYS[:2],
        "violence-observatory-is-part-of-the-university",
        *OBSERVATORY_SAYS[2:],
    ]
    assert BRIEF.statements_about("violence-observatory") == found
    assert BRIEF.statements_about("Violence Observatory") == found


def test_statements_about_finds_where_a_statement_holds() -> None:
    """Honduras is found as a subject, an object and a place, in document order, each once."""
    found = BRIEF.statements_about("honduras")
    assert ids(found) == [
        "honduras-is-a-major-transit-country-for-cocaine",
        "honduras-is-a-transit-country-for-some-chemical-precursors",
        "honduras-is-a-transit-country-for-synthetic-drugs",
        "northern-atlantic-region-is-part-of-honduras",
        "drug-trafficking-organizations-contribute-to-violence",
        "transnational-gangs-contribute-to-violence",
        "honduras-suffers-from-violence",
        "honduras-suffers-from-a-high-homicide-rate",
        *OBSERVATORY_SAYS,
        "los-cachiros-is-the-largest-dto",
    ]
    placed = [s for s in found if s.place == c.HONDURAS]
    assert len(placed) == 8
    assert not any(s.mentions("honduras") for s in placed)  # found by their place alone
    assert in_document_order(found)


@pytest.mark.parametrize("thing", [*hb.ACTORS, *hb.PLACES], ids=lambda r: str(getattr(r, "id", r)))
def test_statements_about_an_actor_or_place_is_every_statement_naming_it(
    thing: hb.Actor | hb.Place,
) -> None:
    """Each statement whose subject, object, source or place is the record is found once."""
    expected = [
        s.id for s in BRIEF.statements if s.mentions(thing) or thing in (s.according_to, s.place)
    ]
    assert ids(BRIEF.statements_about(thing)) == expected


def test_statements_about_reads_a_terms_words() -> None:
    """Words no record answers to are read as the term of those words the statements use."""
    assert BRIEF.statements_about("homicide rate") == BRIEF.statements_about("Domain:homicide rate")
    assert "homicide-rate-could-fall-to-80-in-2013" in ids(BRIEF.statements_about("homicide rate"))
    assert BRIEF.statements_about("JUDGES") == BRIEF.statements_about(Role.JUDGES)
    with pytest.raises(hb.UnknownRecordError, match="'judgez'"):
        BRIEF.statements_about("judgez")


# --- statements_where --------------------------------------------------------------


@pytest.mark.parametrize(
    "source", [c.VIOLENCE_OBSERVATORY, "violence-observatory", "Violence Observatory"]
)
def test_everything_a_source_says_in_one_call(source: object) -> None:
    """according_to takes an actor, its id or its name, and gives exactly its statements."""
    found = BRIEF.statements_where(according_to=source)  # type: ignore[arg-type]
    assert ids(found) == list(OBSERVATORY_SAYS)
    assert all(type(s) is Statement for s in found)


def test_a_source_named_as_a_country_is_its_government() -> None:
    """'United States' as a source is the government, not the place of that name."""
    assert ids(BRIEF.statements_where(according_to="United States")) == [
        "cocaine-flow-transited-the-central-american-corridor",
        "cocaine-is-trafficked-to-the-united-states",
    ]
    assert BRIEF.statements_where(according_to="INL") == BRIEF.statements_where(according_to=c.INL)


@pytest.mark.parametrize("factuality", [Factuality.POSSIBLE, "possible", " POSSIBLE "])
def test_everything_the_text_calls_possible_in_one_call(factuality: object) -> None:
    """The factuality is a member or its value, and matches that value exactly."""
    found = BRIEF.statements_where(factuality=factuality)  # type: ignore[arg-type]
    assert ids(found) == [
        "homicide-rate-could-fall-to-80-in-2013",
        "homicide-rate-could-decrease-by-6-4-percent",
    ]
    assert ids(BRIEF.statements_where(factuality=Factuality.PROBABLE_NOT)) == [
        "gangs-not-part-of-the-logistics-chain"
    ]
    assert BRIEF.statements_where(factuality=Factuality.POSSIBLE_NOT) == ()


def test_subject_predicate_and_place_filter() -> None:
    """The subject matches the subject only; the predicate is a member or its value; the place the place."""
    assert ids(BRIEF.statements_where(predicate=Predicate.FALLS_TO)) == [
        "homicide-rate-could-fall-to-80-in-2013"
    ]
    assert BRIEF.statements_where(predicate="falls-to") == BRIEF.statements_where(
        predicate=Predicate.FALLS_TO
    )
    assert ids(BRIEF.statements_where(subject="Role:drug kingpins")) == [
        "kingpins-are-associated-with-the-sinaloa-cartel"
    ]
    assert BRIEF.statements_where(subject=Role.JUDGES) == ()  # an object, never the subject
    assert ids(BRIEF.statements_where(subject="Los Cachiros")) == [
        "los-cachiros-is-the-largest-dto"
    ]
    assert ids(BRIEF.statements_where(place=c.LOCAL_COMMUNITIES)) == [
        "gangs-participate-in-drug-distribution"
    ]
    assert BRIEF.statements_where(place="honduras") == tuple(
        s for s in BRIEF.statements if s.place == c.HONDURAS
    )


def test_period_takes_a_range_or_a_year_and_meets_open_ranges() -> None:
    """A year is that calendar year; a period open at its start meets every earlier year."""
    in_2013 = [
        "homicide-rate-will-likely-remain-the-highest",
        "homicide-rate-could-fall-to-80-in-2013",
        "homicide-rate-could-decrease-by-6-4-percent",
        "supreme-court-dismissed-judges",
        "supreme-court-suspended-judges",
        "honduran-government-seized-assets-in-operation-neptune",
    ]
    assert ids(BRIEF.statements_where(period=2013)) == in_2013
    assert ids(BRIEF.statements_where(period=DateRange.parse("September 2013"))) == [
        in_2013[0],
        in_2013[1],
        in_2013[2],
        in_2013[5],
    ]
    assert ids(BRIEF.statements_where(period=2011)) == [
        "supreme-court-dismissed-judges",  # "by mid-year" does not say since when
        "supreme-court-suspended-judges",
    ]


def test_a_subject_may_be_a_terms_words() -> None:
    """subject= reads a term's words as statements_about does, as the subject only."""
    assert ids(BRIEF.statements_where(subject="homicide rate", factuality="possible")) == [
        "homicide-rate-could-fall-to-80-in-2013",
        "homicide-rate-could-decrease-by-6-4-percent",
    ]
    assert BRIEF.statements_where(subject="judges") == ()  # an object, never the subject


def test_conditions_combine_and_none_is_everything() -> None:
    """Every condition given must hold; with none, every statement is returned."""
    assert BRIEF.statements_where() == BRIEF.statements
    assert ids(BRIEF.statements_where(according_to="violence-observatory", period=2012)) == [
        "homicide-rate-was-the-highest-in-the-world",
        "homicide-rate-was-85-5-in-2012",
        "homicide-rate-could-decrease-by-6-4-percent",
    ]
    assert BRIEF.statements_where(according_to="inl", factuality="possible") == ()


@pytest.mark.parametrize(
    ("conditions", "error", "message"),
    [
        (
            {"according_to": "honduras"},
            ValueError,
            "'according_to' must name an actor, got 'honduras', a Place",
        ),
        (
            {"according_to": "Honduras"},
            ValueError,
            "'according_to' must name an actor, got 'Honduras', a Place",
        ),
        ({"place": "inl"}, ValueError, "'place' must name a place, got 'inl', an Actor"),
        (
            {"subject": "judicial-review"},
            ValueError,
            "'subject' must name a record or a term a statement can be about, got 'judicial-review', an Accomplishment",
        ),
        (
            {"subject": hb.Grade.MAJOR},
            TypeError,
            "'subject' must be a record or a term a statement can be about, an id or a name, got <Grade.MAJOR: 'major'> of type Grade",
        ),
        ({"place": 5}, TypeError, "'place' must be a place, an id or a name, got 5 of type int"),
        (
            {"according_to": c.HONDURAS},
            TypeError,
            "'according_to' must be an actor, an id or a name, got Place(",
        ),
        (
            {"factuality": "maybe"},
            ValueError,
            "'factuality' must be a Factuality or its value (certain, probable, possible, certain-not, probable-not, possible-not, underspecified), got 'maybe'",
        ),
        (
            {"predicate": "is"},
            ValueError,
            "'predicate' must be a Predicate or its value (see Predicate), got 'is'",
        ),
        (
            {"predicate": Factuality.POSSIBLE},
            TypeError,
            "'predicate' must be a Predicate or its value, got <Factuality.POSSIBLE: 'possible'> of type Factuality",
        ),
        (
            {"period": True},
            TypeError,
            "'period' must be a DateRange or a year (an int), got True of type bool",
        ),
        (
            {"period": "2013"},
            TypeError,
            "'period' must be a DateRange or a year (an int), got '2013' of type str",
        ),
        ({"period": 0}, ValueError, "'period' must be a year from 1 to 9999, got 0"),
        ({"period": 10_000}, ValueError, "'period' must be a year from 1 to 9999, got 10000"),
        ({"according_to": "atlantis"}, hb.UnknownRecordError, "'atlantis'"),
        ({"subject": "United States"}, hb.AmbiguousRecordError, "names 2 records"),
    ],
)
def test_statements_where_refuses_what_it_cannot_read(
    conditions: dict[str, object], error: type[Exception], message: str
) -> None:
    """Each condition of the wrong type or kind is refused, naming the condition."""
    with pytest.raises(error, match=re.escape(message)) as info:
        BRIEF.statements_where(**conditions)  # type: ignore[arg-type]
    assert type(info.value) is error


# --- statements_of ----------------------------------------------------------------


@pytest.mark.parametrize(
    "owner",
    [*hb.CHALLENGES, *hb.GOALS, *hb.ACCOMPLISHMENTS],
    ids=lambda r: str(getattr(r, "id", r)),
)
def test_an_owner_gives_its_own_statements_in_document_order(
    owner: hb.Challenge | hb.Goal | hb.Accomplishment,
) -> None:
    """A challenge, goal or accomplishment gives the statements it holds, by record or id."""
    found = BRIEF.statements_of(owner)
    assert type(found) is tuple
    assert sorted(ids(found)) == sorted(ids(owner.statements))
    assert in_document_order(found)
    assert BRIEF.statements_of(owner.id) == found


def test_an_operation_gives_the_statements_of_its_sentences() -> None:
    """Operation Neptune gives what the accomplishment reporting it holds, and all about it."""
    found = BRIEF.statements_of(c.OPERATION_NEPTUNE)
    reported = BRIEF.lookup("operation-neptune-seizure", kind=hb.Accomplishment)
    assert sorted(ids(found)) == sorted(ids(reported.statements))
    assert set(BRIEF.statements_about(c.OPERATION_NEPTUNE)) <= set(found)
    assert in_document_order(found)
    assert BRIEF.statements_of("Operation Neptune") == found


def test_an_operation_of_a_users_brief_gives_the_statements_about_it_too() -> None:
    """A statement about the operation that lies outside its sentences is among its own."""
    elsewhere = attrs.evolve(
        BRIEF.lookup("us-treasury-designated-seven-kingpins", kind=Statement),
        id="the-treasury-designation-was-about-neptune",
        objects=(c.OPERATION_NEPTUNE,),
        citation=c.CHALLENGES[0].citations[0],
    )
    challenge = attrs.evolve(c.CHALLENGES[0], statements=(elsewhere,))
    brief = attrs.evolve(BRIEF, challenges=(challenge,))
    found = brief.statements_of(c.OPERATION_NEPTUNE)
    assert found == (elsewhere, *BRIEF.statements_of(c.OPERATION_NEPTUNE))


@pytest.mark.parametrize(
    "record",
    [c.VIOLENCE_OBSERVATORY, c.HONDURAS, c.HOMICIDE_RATE_2013, c.LOS_CACHIROS],
    ids=lambda r: str(getattr(r, "id", r)),
)
def test_an_actor_place_or_figure_gives_the_statements_about_it(record: hb.Record) -> None:
    """For what statements are about, its statements are those about it."""
    assert BRIEF.statements_of(record) == BRIEF.statements_about(record)
    assert BRIEF.statements_of(record.id) == BRIEF.statements_about(record)


def test_a_figure_and_a_statement_give_their_statements() -> None:
    """A figure gives the statement that states it; a statement gives itself."""
    assert ids(BRIEF.statements_of("judges-dismissed")) == ["supreme-court-dismissed-judges"]
    statement = BRIEF.lookup("supreme-court-dismissed-judges", kind=Statement)
    assert BRIEF.statements_of(statement) == (statement,)
    assert BRIEF.statements_of(statement.id) == (statement,)


@pytest.mark.parametrize(
    ("record", "error", "message"),
    [
        (Role.JUDGES, TypeError, "'record' must be a record (Challenge, Goal, Accomplishment,"),
        (None, TypeError, "or an id, got None of type NoneType"),
        ("atlantis", hb.UnknownRecordError, "no record of the brief has the id 'atlantis'"),
    ],
)
def test_statements_of_refuses_what_is_not_a_record(
    record: object, error: type[Exception], message: str
) -> None:
    """A term (use statements_about) or anything else but a record or a key is refused."""
    with pytest.raises(error, match=re.escape(message)):
        BRIEF.statements_of(record)  # type: ignore[arg-type]


# --- The content --------------------------------------------------------------------


def test_the_treasury_is_part_of_the_us_government() -> None:
    """The U.S. Treasury belongs to the United States Government actor."""
    assert c.US_TREASURY.part_of is c.US_GOVERNMENT
    assert BRIEF.lookup("U.S. Treasury", kind=hb.Actor).part_of == c.US_GOVERNMENT


# --- lookup suggests ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "suggestions"),
    [
        ("Neptune", ("Operation Neptune",)),
        ("cachiro", ("Los Cachiros",)),
        ("HNPP", ("Honduran National Police",)),
        # A name that several records answer to is offered by an id instead.
        ("United Sates", ("United States Government", "united-states", "units and task forces")),
        # Hyphens and spaces aside; at most three.
        (
            "homicide rate 2012",
            ("homicide-rate-2012", "homicide-rate-2013", "homicide-rate-was-85-5-in-2012"),
        ),
        ("atlantis", ()),
    ],
)
def test_an_unknown_name_suggests_the_nearest(key: str, suggestions: tuple[str, ...]) -> None:
    """lookup() of an unknown key names the nearest names, in the message and as an attribute."""
    with pytest.raises(hb.UnknownRecordError) as info:
        BRIEF.lookup(key)
    assert (info.value.id, info.value.suggestions) == (key, suggestions)
    near = " or ".join(repr(s) for s in suggestions)
    hint = f" (did you mean {near}?)" if suggestions else ""
    assert str(info.value) == f"no record of the brief has the id {key!r}{hint}"


def test_suggestions_are_of_the_kind_asked_for() -> None:
    """With kind=, only records of that kind are suggested."""
    with pytest.raises(hb.UnknownRecordError) as info:
        BRIEF.lookup("Neptune", kind=hb.Place)
    assert info.value.suggestions == ()
    with pytest.raises(hb.UnknownRecordError) as info:
        BRIEF.lookup("Neptune", kind=hb.Operation)
    assert info.value.suggestions == ("Operation Neptune",)


def test_suggestions_go_with_statements_about_and_where() -> None:
    """A misspelt source or thing is refused with the nearest names."""
    with pytest.raises(hb.UnknownRecordError, match=re.escape("'Violence Observatory'")):
        BRIEF.statements_where(according_to="Violence Observatry")
    with pytest.raises(hb.UnknownRecordError, match=re.escape("(did you mean 'Los Cachiros'?)")):
        BRIEF.statements_about("cachiro")


def test_a_long_key_is_not_echoed_whole() -> None:
    """A pasted paragraph is cut to 60 characters in every lookup error, with its length."""
    long = "Operation Neptune " * 20
    with pytest.raises(hb.UnknownRecordError) as info:
        BRIEF.lookup(long)
    assert info.value.id == long  # the attribute keeps it whole
    shown = repr(long[:59] + "\u2026") + " (360 characters)"
    assert str(info.value).startswith(f"no record of the brief has the id {shown}")
    assert str(hb.WrongKindError(long, "Actor", "Place")) == f"{shown} is an Actor, not a Place"
    assert str(hb.AmbiguousRecordError(long, (("a", "Actor"),))).startswith(f"{shown} names 1")
    with pytest.raises(TypeError) as refused:
        BRIEF.lookup(list(range(100)))  # type: ignore[call-overload]
    assert str(refused.value).endswith("\u2026 (390 characters as written) of type list")
    assert len(str(refused.value)) == len("'key' must be a str, got  of type list") + 60 + 28


def test_an_unknown_record_error_pickles_with_its_suggestions() -> None:
    """UnknownRecordError survives pickling with its key and suggestions."""
    error = hb.UnknownRecordError("Neptune", ("Operation Neptune",))
    back = pickle.loads(pickle.dumps(error))  # noqa: S301 -- our own object
    assert (type(back), back.id, back.suggestions, str(back)) == (
        hb.UnknownRecordError,
        "Neptune",
        ("Operation Neptune",),
        str(error),
    )


def test_nearest_ignores_case_accents_and_hyphens() -> None:
    """nearest() compares folded words, gives names as written, best first, at most n."""
    names = ["Operation Neptune", "operation-neptune", "Hondurán police", "Los Cachiros"]
    assert nearest("OPERATION neptune", names) == ("Operation Neptune",)
    assert nearest("honduran polic", names) == ("Hondurán police",)
    assert nearest("operation", names, n=1) == ("Operation Neptune",)
    assert nearest("atlantis", names) == ()


def test_statements_about_a_part_of_the_page_are_its_own() -> None:
    """'gangs' is the challenge's id: the statements about it are the challenge's own."""
    gangs = BRIEF.lookup("gangs", kind=hb.Challenge)
    found = BRIEF.statements_about("gangs")
    assert found == BRIEF.statements_about(gangs) == BRIEF.statements_of(gangs)
    assert set(found) == set(gangs.statements) and len(found) == 6
