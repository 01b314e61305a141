"""
A page that is not the shipped one, for the tests of any text: a brief of it built with the public API.

The first sentences of the Gettysburg Address (Bliss copy), a public-domain
text with none of the INL page's headings, so its citations have no sections.
"""

from __future__ import annotations

import honduras_brief as hb
from honduras_brief import ActorKind, PlaceKind, Predicate, Source

TEXT = (
    "Four score and seven years ago our fathers brought forth on this continent, a new "
    "nation, conceived in Liberty, and dedicated to the proposition that all men are "
    "created equal.\n\nNow we are engaged in a great civil war, testing whether that "
    "nation, or any nation so conceived and so dedicated, can long endure.\n"
)
PAGE = Source(text=TEXT, title="Gettysburg Address (Bliss copy)", years=(1863,))


def brief(page: Source = PAGE) -> hb.Brief:
    """A brief of the text, built with the public API only."""
    cite = page.cite
    fathers = hb.Actor(
        id="our-fathers",
        name="our fathers",
        kind=ActorKind("founders"),
        generic=True,
        mentions=(cite("our fathers"),),
    )
    speaker = hb.Actor(id="lincoln", name="Abraham Lincoln", kind=ActorKind.PERSON)
    continent = hb.Place(
        id="this-continent",
        name="this continent",
        kind=PlaceKind("continent"),
        mentions=(cite("this continent"),),
    )
    nation = hb.Place(
        id="a-new-nation",
        name="a new nation",
        kind=PlaceKind.COUNTRY,
        mentions=(cite("a new nation"),),
    )
    founded = hb.Statement(
        id="fathers-brought-forth-a-nation",
        citation=cite("our fathers brought forth on this continent, a new nation"),
        subject=fathers,
        predicate=Predicate("brought-forth"),
        objects=(nation,),
        according_to=speaker,
        place=continent,
        tense=hb.Tense.PAST,
    )
    war = hb.Statement(
        id="we-are-engaged-in-a-civil-war",
        citation=cite("we are engaged in a great civil war"),
        subject=hb.Role("we"),
        predicate=Predicate("engaged-in"),
        objects=(hb.Activity("civil war"),),
        according_to=speaker,
        grading=(hb.Grade("great"),),
    )
    founding = hb.Challenge(
        id="founding",
        title="The founding and the war",
        citations=(
            cite(TEXT[: TEXT.index("\n")]),
            cite(TEXT[TEXT.index("Now") : -1]),
        ),
        statements=(founded, war),
        actors=(fathers,),
        places=(continent, nation),
        activities=(hb.Activity("civil war"),),
    )
    return hb.Brief(
        source=page,
        challenges=(founding,),
        goals=(),
        accomplishments=(),
        operations=(),
        actors=(fathers, speaker),
        places=(continent, nation),
    )
