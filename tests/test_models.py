"""The records and the Brief: validation, lookup and relations."""

from __future__ import annotations

import re

import attrs
import pytest

import honduras_brief as hb
from honduras_brief import (
    BRIEF,
    Actor,
    ActorKind,
    Challenge,
    Citation,
    CitationError,
    DuplicateIdError,
    UnknownRecordError,
)


def test_get_returns_a_default_for_unknown_ids() -> None:
    """get() gives None, or the default asked for, for an id not in the brief."""
    assert BRIEF.get("atlantis") is None
    assert BRIEF.get("atlantis", "nothing") == "nothing"
    assert BRIEF.get("los-cachiros") is hb.content.LOS_CACHIROS


def test_lookup_raises_a_lookup_error_naming_the_id() -> None:
    """lookup() raises UnknownRecordError, a LookupError, with the id."""
    with pytest.raises(
        UnknownRecordError, match="no record of the brief has the id 'atlantis'"
    ) as info:
        BRIEF.lookup("atlantis")
    assert isinstance(info.value, LookupError)
    assert info.value.id == "atlantis"


def test_top_level_tuples_are_the_briefs() -> None:
    """The exported tuples are the Brief's own, in document order."""
    assert BRIEF.challenges is hb.CHALLENGES
    assert BRIEF.goals is hb.GOALS
    assert BRIEF.accomplishments is hb.ACCOMPLISHMENTS
    assert BRIEF.operations == (hb.OPERATION_NEPTUNE,)
    assert BRIEF.actors is hb.ACTORS
    assert BRIEF.places is hb.PLACES
    assert BRIEF.source is hb.SOURCE
    bullets = [a.bullet for a in hb.ACCOMPLISHMENTS]
    assert bullets == sorted(bullets) and set(bullets) == {1, 2, 3}
    starts = [c.citations[0].start for c in hb.CHALLENGES]
    assert starts == sorted(starts)


def test_ids_are_unique_and_complete() -> None:
    """Every record, figure, actor, place and statement has one id in the index."""
    assert len(BRIEF.ids) == len(set(BRIEF.ids))
    assert len(BRIEF.ids) == (
        len(hb.CHALLENGES) + len(hb.GOALS) + len(hb.ACCOMPLISHMENTS) + len(hb.OPERATIONS)
        + len(hb.ACTORS) + len(hb.PLACES) + len(BRIEF.quantities) + len(BRIEF.statements)
    )  # fmt: skip


def test_two_records_may_not_share_an_id() -> None:
    """A brief whose records share an id is refused."""
    clash = attrs.evolve(hb.content.GANGS, id="drug-transit")
    with pytest.raises(DuplicateIdError, match="share the id 'drug-transit'"):
        attrs.evolve(BRIEF, challenges=(*hb.CHALLENGES, clash))


def test_brief_equality_ignores_its_index() -> None:
    """Two briefs with the same records are equal and hash alike."""
    copy = attrs.evolve(BRIEF)
    assert copy == BRIEF
    assert hash(copy) == hash(BRIEF)


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        ({"citations": ()}, ValueError, "Length of 'citations' must be >= 1"),
        (
            {"citations": [Citation.of("Los Cachiros")]},
            TypeError,
            "'citations' must be a tuple, got \\[Citation",
        ),
        (
            {"actors": ("los-cachiros",)},
            TypeError,
            r"'actors'\[0\] must be of type Actor, got 'los-cachiros' of type str",
        ),
        ({"title": ""}, ValueError, "'title' must not be empty"),
        (
            {"substances": ("cocaine",)},
            TypeError,
            r"'substances'\[0\] must be of type Substance, got 'cocaine'",
        ),
    ],
)
def test_bad_challenges_are_refused(
    changes: dict[str, object], error: type[Exception], message: str
) -> None:
    """A record refuses missing citations, lists and untyped members by field name."""
    with pytest.raises(error, match=message):
        attrs.evolve(hb.content.GANGS, **changes)


def test_accomplishment_bullets_count_from_one() -> None:
    """A bullet number is a positive int, never a bool."""
    with pytest.raises(ValueError, match="'bullet' must be >= 1"):
        attrs.evolve(hb.content.VETTING, bullet=0)
    with pytest.raises(TypeError, match="'bullet' must be an int, got True"):
        attrs.evolve(hb.content.VETTING, bullet=True)


def test_an_actors_mentions_must_name_it() -> None:
    """A mention that quotes another name is refused."""
    with pytest.raises(
        CitationError,
        match="the mention 'Sinaloa Cartel' is not one of the names of 'los-cachiros'",
    ):
        attrs.evolve(hb.content.LOS_CACHIROS, mentions=(Citation.of("Sinaloa Cartel"),))


def test_part_of_must_be_an_actor() -> None:
    """part_of takes an Actor, not an id."""
    with pytest.raises(
        TypeError, match="'part_of' must be of type Actor, got 'national-autonomous"
    ):
        attrs.evolve(
            hb.content.VIOLENCE_OBSERVATORY, part_of="national-autonomous-university-of-honduras"
        )


@pytest.mark.parametrize("actor", hb.ACTORS, ids=[a.id for a in hb.ACTORS])
def test_every_actor_is_named_in_the_text(actor: Actor) -> None:
    """Every actor has at least one mention, each quoting one of its names."""
    assert actor.mentions
    assert all(m.quote in {actor.name, actor.acronym, *actor.aliases} for m in actor.mentions)


def test_relations_point_at_the_briefs_own_actors() -> None:
    """Every actor a record refers to is one of ACTORS (nothing dangling)."""
    for record in (*hb.CHALLENGES, *hb.GOALS, *hb.ACCOMPLISHMENTS, *hb.OPERATIONS):
        for field in attrs.fields(type(record)):
            value = getattr(record, field.name)
            for item in value if isinstance(value, tuple) else (value,):
                if isinstance(item, Actor):
                    assert item in hb.ACTORS, (record.id, field.name, item.id)


def test_a_user_can_build_records_of_their_own() -> None:
    """The model is not tied to our content: a minimal challenge builds."""
    actor = Actor(id="some-gang", name="Some gang", kind=ActorKind.GANG)
    challenge = Challenge(
        id="extortion",
        title="Extortion",
        citations=(Citation.of("extortion"),),
        actors=(actor,),
        activities=(hb.Activity.EXTORTION,),
    )
    assert challenge.actors[0].mentions == ()
    assert challenge.quantities == ()


@pytest.mark.parametrize(
    ("aliases", "error", "message"),
    [
        (("",), ValueError, "^'aliases' must not be empty or only white space$"),
        ((" ",), ValueError, "^'aliases' must not be empty or only white space$"),
        ((1,), TypeError, r"^'aliases'\[0\] must be of type str, got 1 of type int$"),
        (["x"], TypeError, r"^'aliases' must be a tuple, got \['x'\] of type list$"),
    ],
)
def test_aliases_are_a_tuple_of_words(
    aliases: object, error: type[Exception], message: str
) -> None:
    """Every alias is a non-empty str, in a tuple."""
    with pytest.raises(error, match=message):
        Actor(id="x", name="X", kind=ActorKind.GANG, aliases=aliases)  # type: ignore[arg-type]


def test_an_actor_may_be_mentioned_by_its_acronym() -> None:
    """A mention that quotes the acronym names the actor; the error lists every name."""
    from honduras_brief import Citation

    hnp = Actor(
        id="hnp",
        name="Honduran National Police",
        kind=ActorKind.HOST_GOVERNMENT,
        acronym="HNP",
        mentions=(Citation.of("HNP", within="internal controls in the HNP"),),
    )
    assert hnp.mentions[0].quote == "HNP"
    with pytest.raises(
        CitationError,
        match=r"^'mentions': the mention 'Colombia' is not one of the names of 'hnp' "
        r"\(HNP, Honduran National Police\)$",
    ):
        attrs.evolve(hnp, mentions=(Citation.of("Colombia", within="Colombia trained staff"),))


def test_equal_copies_may_share_an_id() -> None:
    """The same actor, copied, is one record, not a clash."""
    copy = attrs.evolve(hb.content.LOS_CACHIROS)
    assert copy is not hb.content.LOS_CACHIROS
    brief = attrs.evolve(BRIEF, actors=(*hb.ACTORS, copy))
    assert brief.lookup("los-cachiros") == copy


def test_a_place_may_be_mentioned() -> None:
    """Places, which have no acronym, check their mentions by name and aliases."""
    from honduras_brief import Citation, Place, PlaceKind

    place = Place(
        id="highway",
        name="Pan American Highway",
        kind=PlaceKind.ROAD,
        mentions=(Citation.of("Pan American Highway"),),
    )
    assert place.mentions[0].start > 0


def test_more_validation_messages_in_full() -> None:
    """Type errors name the field and the type they got."""
    with pytest.raises(TypeError, match=r"^'id' must be a str, got 5 of type int$"):
        Actor(id=5, name="X", kind=ActorKind.GANG)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^'name' must be a str, got None of type NoneType$"):
        Actor(id="x", name=None, kind=ActorKind.GANG)  # type: ignore[arg-type]


# --- Lookup by id, name, acronym or alias; len, iteration and membership -------------


@pytest.mark.parametrize(
    ("key", "ident"),
    [
        ("los-cachiros", "los-cachiros"),
        ("Los Cachiros", "los-cachiros"),
        ("LOS CACHIROS", "los-cachiros"),
        ("Lós Cachíros", "los-cachiros"),  # accents aside
        ("  los   cachiros ", "los-cachiros"),  # spacing aside
        ("INL", "inl"),
        ("inl", "inl"),
        ("HNP", "honduran-national-police"),
        ("U.S.", "us-government"),
        ("Honduran government", "government-of-honduras"),
        ("North Atlantic coastal region", "northern-atlantic-coastal-region"),
        ("Operation Neptune", "operation-neptune"),
        ("Violence and the homicide rate", "violence-and-homicide"),
        ("homicide-rate-2012", "homicide-rate-2012"),
    ],
)
def test_lookup_by_id_name_acronym_or_alias(key: str, ident: str) -> None:
    """A record answers to its id, name, acronym and aliases, whatever the case and accents."""
    assert BRIEF.lookup(key).id == ident


def test_lookup_with_a_kind_returns_that_kind_or_names_both() -> None:
    """kind= picks among homonyms and refuses a record of another kind, naming both."""
    assert BRIEF.lookup("United States", kind=hb.Place).id == "united-states"
    assert BRIEF.lookup("United States", kind=hb.Actor).id == "us-government"
    trained = BRIEF.lookup("people-trained-by-the-united-states", kind=hb.Quantity)
    assert type(trained) is hb.Quantity
    with pytest.raises(hb.WrongKindError, match="'los-cachiros' is an Actor, not a Place") as info:
        BRIEF.lookup("los-cachiros", kind=hb.Place)
    assert isinstance(info.value, LookupError)
    assert (info.value.key, info.value.found, info.value.wanted) == (
        "los-cachiros",
        "Actor",
        "Place",
    )
    with pytest.raises(UnknownRecordError, match="'atlantis'"):
        BRIEF.lookup("atlantis", kind=hb.Place)


def test_an_ambiguous_name_lists_the_candidates() -> None:
    """'United States' is an actor and a place: refused, with both listed."""
    with pytest.raises(hb.AmbiguousRecordError) as info:
        BRIEF.lookup("united states")
    assert isinstance(info.value, LookupError)
    assert info.value.candidates == ("us-government", "united-states")
    assert str(info.value) == (
        "'united states' names 2 records: us-government (Actor), united-states (Place); "
        "pass kind= or an id"
    )


@pytest.mark.parametrize(
    ("key", "kind", "error", "message"),
    [
        (5, None, TypeError, "'key' must be a str, got 5 of type int"),
        ("inl", str, TypeError, "'kind' must be a record class (Challenge, Goal,"),
        ("inl", hb.Citation, TypeError, "'kind' must be a record class"),
    ],
)
def test_lookup_refuses_bad_arguments(
    key: object, kind: object, error: type[Exception], message: str
) -> None:
    """A key that is not a str, or a kind that is not a record class, is refused by name."""
    with pytest.raises(error, match=re.escape(message)):
        BRIEF.lookup(key, kind=kind)  # type: ignore[call-overload]


def test_lookup_errors_pickle() -> None:
    """The lookup errors survive pickling (as multiprocessing sends them) with their fields."""
    import pickle

    for error in (
        hb.WrongKindError("x", "Actor", "Place"),
        hb.AmbiguousRecordError("y", (("a", "Actor"), ("b", "Place"))),
    ):
        back = pickle.loads(pickle.dumps(error))  # noqa: S301 -- our own object
        assert (type(back), str(back)) == (type(error), str(error))


def test_get_keeps_its_contract() -> None:
    """get() takes an exact id only, and gives the default otherwise."""
    assert BRIEF.get("Los Cachiros") is None
    assert BRIEF.get("los-cachiros") is hb.content.LOS_CACHIROS


def test_len_iteration_and_membership() -> None:
    """A brief has a length, iterates over its records once each, and knows its records and ids."""
    records = list(BRIEF)
    assert len(records) == len(BRIEF) == len(BRIEF.ids) == 146
    assert [r.id for r in records] == list(BRIEF.ids)
    assert hb.content.LOS_CACHIROS in BRIEF and "los-cachiros" in BRIEF
    assert BRIEF.statements[0] in BRIEF
    assert attrs.evolve(hb.content.LOS_CACHIROS, note="a variant") not in BRIEF
    assert "atlantis" not in BRIEF and 5 not in BRIEF and None not in BRIEF


def test_date_errors_pickle() -> None:
    """A DateParseError survives pickling with its words and reason."""
    import pickle

    error = hb.DateParseError("next Tuesday", "it is not a form this library reads")
    back = pickle.loads(pickle.dumps(error))  # noqa: S301 -- our own object
    assert (back.text, back.reason, str(back)) == (error.text, error.reason, str(error))
