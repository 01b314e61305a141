"""
What the brief asserts, one proposition at a time.

A :class:`Statement` is a subject, a :class:`Predicate` and its objects,
with what the text says of it: how sure it is (a :class:`Factuality`, after
FactBank), according to whom, when and where it holds, whether a list is
complete or only gives examples (a :class:`Scope`), and the text's grading
words. Its citation is the clause it stands on. This follows Wikidata's
statements (a value with qualifiers and a reference) and FactBank's event
factuality (Saurí and Pustejovsky, 2009).
"""

from __future__ import annotations

import enum
from typing import Any, Final, TypeAlias

import attrs

from . import _validators as v
from ._actors import Actor, Place
from ._dates import DateRange
from ._english import Tense
from ._operations import Designation, Operation
from ._quantities import Quantity
from ._readings import Reading, readings_of
from ._record import RecordBase
from ._source import Citation
from ._vocabulary import (
    TERMS,
    Activity,
    Aim,
    AssetKind,
    Domain,
    Equipment,
    Grade,
    Heading,
    Practice,
    Role,
    SlugVocabulary,
    Substance,
    Topic,
    TransportMode,
    Vulnerability,
)
from .exceptions import CitationError, _shown

Term: TypeAlias = (
    Substance
    | Activity
    | TransportMode
    | Heading
    | Vulnerability
    | AssetKind
    | Role
    | Practice
    | Equipment
    | Aim
    | Topic
    | Domain
)
"""A word of one of the text's vocabularies."""

Entity: TypeAlias = Actor | Place | Quantity | Operation | Designation
"""A record a statement can be about."""

Argument: TypeAlias = Entity | Term
"""What a statement's subject and objects can be: a record or a term."""

ARGUMENT_TYPES: Final[tuple[type, ...]] = (Actor, Place, Quantity, Operation, Designation, *TERMS)


class Factuality(enum.Enum):
    """
    How sure the text is that a statement holds, after FactBank.

    ==================  ========  ===========================================
    member              FactBank  the text says
    ==================  ========  ===========================================
    ``CERTAIN``         CT+       it is so ("Honduras suffers from violence")
    ``PROBABLE``        PR+       it is likely ("will likely remain")
    ``POSSIBLE``        PS+       it may be ("could fall to")
    ``CERTAIN_NOT``     CT-       it is not so
    ``PROBABLE_NOT``    PR-       it is likely not ("do not appear to be")
    ``POSSIBLE_NOT``    PS-       it may not be
    ``UNDERSPECIFIED``  Uu        it does not commit either way
    ==================  ========  ===========================================
    """

    CERTAIN = "certain"
    PROBABLE = "probable"
    POSSIBLE = "possible"
    CERTAIN_NOT = "certain-not"
    PROBABLE_NOT = "probable-not"
    POSSIBLE_NOT = "possible-not"
    UNDERSPECIFIED = "underspecified"

    @property
    def factbank(self) -> str:
        """
        The FactBank value ("CT+", "PR-", "Uu", ...).

        Examples:
            >>> Factuality.PROBABLE_NOT.factbank
            'PR-'
        """
        return _FACTBANK[self]

    @property
    def hedge(self) -> str:
        """
        The words that say it in a line of text: "" for certain, else "probably not" and so on.

        Examples:
            >>> Factuality.POSSIBLE.hedge, Factuality.CERTAIN.hedge
            ('possibly', '')
        """
        return _HEDGES[self]

    @property
    def is_negated(self) -> bool:
        """Whether the text says the statement does not hold (CT-, PR- or PS-)."""
        return self.factbank.endswith("-")


_FACTBANK: Final = {
    Factuality.CERTAIN: "CT+",
    Factuality.PROBABLE: "PR+",
    Factuality.POSSIBLE: "PS+",
    Factuality.CERTAIN_NOT: "CT-",
    Factuality.PROBABLE_NOT: "PR-",
    Factuality.POSSIBLE_NOT: "PS-",
    Factuality.UNDERSPECIFIED: "Uu",
}


_HEDGES: Final = {
    Factuality.CERTAIN: "",
    Factuality.PROBABLE: "probably",
    Factuality.POSSIBLE: "possibly",
    Factuality.CERTAIN_NOT: "not",
    Factuality.PROBABLE_NOT: "probably not",
    Factuality.POSSIBLE_NOT: "possibly not",
    Factuality.UNDERSPECIFIED: "perhaps",
}


class Scope(enum.Enum):
    """Whether a statement's objects are all there is, or examples of more."""

    COMPLETE = "complete"
    """The objects are the whole list the text gives."""
    EXAMPLES = "examples"
    """The text gives them as examples: "such as", "including", "for
    example", "other types of"."""


class Predicate(SlugVocabulary):
    """
    The relations the brief uses, as an open vocabulary.

    Each shipped member has a :attr:`meaning` (what the subject and the
    objects stand for) and an :attr:`example`, words of the brief that state
    it. A relation of another page is a term too (``Predicate("hampered-by")``):
    its meaning and its sentence are its own words, and it has no example.

    Examples:
        >>> Predicate.BELONGED_TO.meaning
        'The subject (things) belonged to the objects (their owners).'
        >>> Predicate.BELONGED_TO.example
        'businesses that belonged to the largest drug trafficking organization'
    """

    TRANSIT_COUNTRY_FOR = "transit-country-for"
    ESTIMATES = "estimates"
    TRAFFICKED_TO = "trafficked-to"
    TRANSITED_THROUGH = "transited-through"
    PART_OF = "part-of"
    FORMAL_PART_OF = "formal-part-of"
    IS_A = "is-a"
    INCLUDES = "includes"
    LANDING_ZONE_FOR = "landing-zone-for"
    VULNERABLE_TO = "vulnerable-to"
    VULNERABLE_BECAUSE_OF = "vulnerable-because-of"
    DEPARTS_FROM = "departs-from"
    FACILITATED_BY = "facilitated-by"
    HEADS = "heads"
    MOVES_ALONG = "moves-along"
    CONTRIBUTES_TO = "contributes-to"
    PARTICIPATES_IN = "participates-in"
    CONDUCTS = "conducts"
    SUFFERS_FROM = "suffers-from"
    AMOUNTS_TO = "amounts-to"
    FALLS_TO = "falls-to"
    DECREASES_BY = "decreases-by"
    IS_HIGHEST = "is-highest"
    REMAINS_HIGHEST = "remains-highest"
    COMMITTED_TO_SUPPORTING = "committed-to-supporting"
    AIMS_AT = "aims-at"
    FOCUSES_ON = "focuses-on"
    AFFECTS = "affects"
    PROVIDES = "provides"
    EXPANDED = "expanded"
    REMOVED = "removed"
    INCREASED_THE_CAPACITY_OF = "increased-the-capacity-of"
    COMPOSED_OF = "composed-of"
    RECEIVED = "received"
    HAD_ASSIGNED = "had-assigned"
    SUPPORTED = "supported"
    TOOK_STEPS = "took-steps"
    REQUIRED = "required"
    ASSIGNED_TO = "assigned-to"
    INSTALLED = "installed"
    DISMISSED = "dismissed"
    SUSPENDED = "suspended"
    TRAINED = "trained"
    COOPERATED_WITH = "cooperated-with"
    SEIZED = "seized"
    BELONGED_TO = "belonged-to"
    TARGETED = "targeted"
    PLANNED_WITH_SUPPORT_FROM = "planned-with-support-from"
    COORDINATED_WITH = "coordinated-with"
    DESIGNATED = "designated"
    ASSOCIATED_WITH = "associated-with"
    INCLUDED_PARTICIPATION_FROM = "included-participation-from"
    ASSISTED = "assisted"
    FACILITATED_TRAVEL_OF = "facilitated-travel-of"

    @property
    def meaning(self) -> str:
        """What the relation says of its subject and objects."""
        if not self.shipped:
            return f"The subject {self.words} the objects."
        return _PREDICATES[self][0]

    @property
    def example(self) -> str | None:
        """Words of the brief that state the relation, verbatim; ``None`` for an open term."""
        if not self.shipped:
            return None
        return _PREDICATES[self][1]

    @property
    def frame(self) -> str:
        """
        The sentence a statement of this relation is written in.

        ``{s}`` is the subject, ``{v:LEMMA}`` the verb, ``{o}`` the objects;
        the statement's own words give the rest (see the Statements page).

        An open term's sentence is its words between the subject and the
        objects, in the present.

        Examples:
            >>> Predicate.CONTRIBUTES_TO.frame
            '{s} {v:contribute} to {o}'
            >>> Predicate("hampered-by").frame
            '{s} hampered by {o}'
        """
        if not self.shipped:
            return f"{{s}} {self.words} {{o}}"
        return _FRAMES[self][0]

    @property
    def tense(self) -> Tense:
        """The tense its statements take unless they say otherwise."""
        if not self.shipped:
            return Tense.PRESENT
        return _FRAMES[self][1]


P = Predicate
_PREDICATES: Final[dict[Predicate, tuple[str, str]]] = {
    P.TRANSIT_COUNTRY_FOR: (
        "The subject (a country) is crossed by the objects (drugs) on their way elsewhere.",
        "Honduras is a major transit country for cocaine",
    ),
    P.ESTIMATES: (
        "The subject puts a number on something; the objects are its figures.",
        "The United States estimates that more than 80 percent",
    ),
    P.TRAFFICKED_TO: (
        "The subject (a drug) is trafficked to the objects (places).",
        "the cocaine trafficked to the United States",
    ),
    P.TRANSITED_THROUGH: (
        (
            "The subject (drugs, or a share of their flow) passed through the objects "
            "(places); a figure among the objects says how much."
        ),
        "first transited through the Central American corridor",
    ),
    P.PART_OF: (
        "The subject is part of, or lies within, the objects.",
        "The Northern Atlantic coastal region of Honduras",
    ),
    P.FORMAL_PART_OF: (
        (
            "The subject is formally a member or a component of the objects; "
            "taking part informally is not being a formal part."
        ),
        "a formal part of the transnational drug logistics chain",
    ),
    P.IS_A: (
        "The subject is one of the objects (a class of organisations or things).",
        "the largest drug trafficking organization in Honduras, Los Cachiros",
    ),
    P.INCLUDES: (
        "The subject (a class or a group) has the objects among its members.",
        "transnational gangs such as Mara Salvatrucha and 18th Street",
    ),
    P.LANDING_ZONE_FOR: (
        (
            "The subject (a place) is where the objects (kinds of traffic) land; a "
            "substance among them is what they carry."
        ),
        "a primary landing zone for drug-carrying flights and maritime traffic",
    ),
    P.VULNERABLE_TO: (
        "The subject (a place) is exposed to the objects (activities).",
        "The region is vulnerable to narcotics trafficking",
    ),
    P.VULNERABLE_BECAUSE_OF: (
        "The subject (a place) is vulnerable because of the objects (its conditions).",
        "due to its remoteness, limited infrastructure",
    ),
    P.DEPARTS_FROM: (
        "The subject (a movement) starts from the objects (places).",
        "Transshipment from the North Atlantic coastal region",
    ),
    P.FACILITATED_BY: (
        "The subject (an activity) is made easier by the objects (means).",
        "is facilitated by subsequent flights north",
    ),
    P.HEADS: (
        "The subject (a movement) goes in the direction of the objects.",
        "subsequent flights north",
    ),
    P.MOVES_ALONG: (
        "The subject (a movement) runs along the objects (roads).",
        "land movement on the Pan American Highway",
    ),
    P.CONTRIBUTES_TO: (
        "The subject adds to the objects (problems).",
        "contribute to violence and trafficking in Honduras",
    ),
    P.PARTICIPATES_IN: (
        "The subject takes part in the objects (activities).",
        "participate in drug distribution in local communities",
    ),
    P.CONDUCTS: (
        "The subject carries out the objects (activities, or a review).",
        "gangs conduct other illicit activities",
    ),
    P.SUFFERS_FROM: (
        "The subject (a place) is afflicted by the objects.",
        "Honduras suffers from violence and a high homicide rate",
    ),
    P.AMOUNTS_TO: (
        "The subject (a measure) has the objects (figures) as its value.",
        "from 85.5 per 100,000 in 2012",
    ),
    P.FALLS_TO: (
        "The subject (a measure) goes down to the objects (figures).",
        "could fall to 80 per 100,000 for 2013",
    ),
    P.DECREASES_BY: (
        "The subject (a measure) goes down by the objects (figures of change).",
        "a 6.4 percent decrease",
    ),
    P.IS_HIGHEST: (
        (
            "The subject is the highest of its kind, within the scope its grading "
            "words give; it has no objects. In the brief, only presupposed by 'remain'."
        ),
        "remain the highest in the world",
    ),
    P.REMAINS_HIGHEST: (
        (
            "The subject stays the highest of its kind, within the scope its grading "
            "words give; it has no objects."
        ),
        "will likely remain the highest in the world",
    ),
    P.COMMITTED_TO_SUPPORTING: (
        "The subject has pledged to support the objects (and their efforts).",
        "INL is committed to supporting the Honduran government",
    ),
    P.AIMS_AT: (
        (
            "The subject acts for the sake of the objects (aims, and whom or what they "
            "concern); the aims themselves are not said to be reached."
        ),
        "to promote professionalization, respect for human rights, and accountability",
    ),
    P.FOCUSES_ON: (
        "The subject (or its programmes) gives its attention to the objects.",
        "Programs primarily focus on the need for institutional change",
    ),
    P.AFFECTS: (
        "The subject bears on the objects (people); a figure says how many.",
        "everyday crimes that affect many Honduran citizens",
    ),
    P.PROVIDES: (
        (
            "The subject gives the practices among the objects (training, assistance) "
            "to the people and bodies among them; figures and topics say how many and in what."
        ),
        "We provide training and assistance to officers",
    ),
    P.EXPANDED: (
        "The subject widened the use of the objects (practices), for the people among them.",
        "expanded the use of financial disclosures",
    ),
    P.REMOVED: (
        "The subject removed the objects (people) from their positions.",
        "remove dozens of police and prosecutors from their positions",
    ),
    P.INCREASED_THE_CAPACITY_OF: (
        "The subject made the objects (bodies) able to do more.",
        "increased the capacity of units and task forces",
    ),
    P.COMPOSED_OF: (
        "The subject (a body) is made up of the objects (people, and how they were vetted).",
        "composed of polygraphed and/or background checked Honduran police",
    ),
    P.RECEIVED: (
        "The subject was given the objects; a figure among them says how many received it.",
        "A number of these units received U.S.-supported training",
    ),
    P.HAD_ASSIGNED: (
        "The subject had the objects (people) assigned to it.",
        "had U.S. or international advisors assigned to them",
    ),
    P.SUPPORTED: (
        "The subject backed the objects (bodies, activities or practices).",
        "The United States also provided support to the Criminal Investigative School",
    ),
    P.TOOK_STEPS: (
        "The subject took the objects (measures) as steps towards an aim.",
        "took steps to improve internal controls in the HNP",
    ),
    P.REQUIRED: (
        (
            "The subject obliged the people among the objects to submit the equipment "
            "among them to the practice among them."
        ),
        "requiring police officers to present for an inventory",
    ),
    P.ASSIGNED_TO: (
        "The subject (equipment) is assigned to the objects (people).",
        "the weapons assigned to them",
    ),
    P.INSTALLED: (
        "The subject put the objects (equipment) in place.",
        "installing GPS in police cars",
    ),
    P.DISMISSED: (
        "The subject dismissed the objects (people); a figure says how many.",
        "the Supreme Court dismissed 57 judges",
    ),
    P.SUSPENDED: (
        "The subject suspended the objects (people); a figure says how many.",
        "and suspended 16",
    ),
    P.TRAINED: (
        (
            "The subject trained the objects (people); figures and topics among them "
            "say how many and in what."
        ),
        "which trained almost 250 students in basic criminal investigations",
    ),
    P.COOPERATED_WITH: (
        "The subject worked together with the objects.",
        "U.S.-Colombian cooperation",
    ),
    P.SEIZED: (
        (
            "The subject took the objects (assets) into custody; a figure says their "
            "worth, and an operation among the objects is the one it was done in."
        ),
        "the Government of Honduras seized between $500 and $800 million worth of assets",
    ),
    P.BELONGED_TO: (
        "The subject (things) belonged to the objects (their owners).",
        "businesses that belonged to the largest drug trafficking organization",
    ),
    P.TARGETED: (
        (
            "The subject (an operation) was directed against the objects. The brief "
            "never says so outright: it is read from what the operation seized."
        ),
        "assets during Operation Neptune, including properties",
    ),
    P.PLANNED_WITH_SUPPORT_FROM: (
        "The subject (an operation) was planned with the objects' support.",
        "The operation was planned with substantial U.S. support",
    ),
    P.COORDINATED_WITH: (
        "The subject was timed or aligned with the objects (other actions).",
        "coordinated with the U.S. Treasury designation",
    ),
    P.DESIGNATED: (
        "The subject named the objects (people) as what the text says; a figure says how many.",
        "designation of seven individuals as drug kingpins",
    ),
    P.ASSOCIATED_WITH: (
        "The subject (people) is linked to the objects (organisations).",
        "drug kingpins associated with the Sinaloa Cartel",
    ),
    P.INCLUDED_PARTICIPATION_FROM: (
        (
            "The subject (an operation) had the objects (people, and the bodies they "
            "came from) taking part; a figure says how many."
        ),
        "Operation Neptune included participation from 230 vetted personnel",
    ),
    P.ASSISTED: (
        "The subject helped the objects (people).",
        "pivotal in assisting the Hondurans",
    ),
    P.FACILITATED_TRAVEL_OF: (
        (
            "The subject arranged or eased the travel of the objects (people); a figure "
            "says how many."
        ),
        "facilitating the travel of more than 200 participants",
    ),
}


_FRAMES: Final[dict[Predicate, tuple[str, Tense]]] = {
    # The sentence each relation is written in (see _sentences), and the
    # tense its statements take unless they say otherwise.
    P.TRANSIT_COUNTRY_FOR: ("{s} {v:be} {a} {g} transit country for {o}", Tense.PRESENT),
    P.ESTIMATES: ("{s} {v:estimate} [the {m} at] {o}", Tense.PRESENT),
    P.TRAFFICKED_TO: ("{s} {v:be} trafficked to {o}", Tense.PRESENT),
    P.TRANSITED_THROUGH: ("{s} {v:transit} through {o}", Tense.PAST),
    P.PART_OF: ("{s} {v:be} part of {o}", Tense.PRESENT),
    P.FORMAL_PART_OF: ("{s} {v:be} a formal part of {o}", Tense.PRESENT),
    P.IS_A: ("{s} {v:be} {o}", Tense.PRESENT),
    P.INCLUDES: ("{s} {v:include} {o}", Tense.PRESENT),
    P.LANDING_ZONE_FOR: (
        "{s} {v:be} {a} {g} landing zone for [{o:Substance}-carrying] {o}",
        Tense.PRESENT,
    ),
    P.VULNERABLE_TO: ("{s} {v:be} vulnerable to {o}", Tense.PRESENT),
    P.VULNERABLE_BECAUSE_OF: (
        "{s} {v:be} vulnerable [to {o:Activity}] because of {o}",
        Tense.PRESENT,
    ),
    P.DEPARTS_FROM: ("{s} {v:start} from {o}", Tense.PRESENT),
    P.FACILITATED_BY: ("{s} {v:be} facilitated by {o}", Tense.PRESENT),
    P.HEADS: ("{s} {v:head} {o}", Tense.PRESENT),
    P.MOVES_ALONG: ("{s} {v:run} along {o}", Tense.PRESENT),
    P.CONTRIBUTES_TO: ("{s} {v:contribute} to {o}", Tense.PRESENT),
    P.PARTICIPATES_IN: ("{s} {v:participate} in {o}", Tense.PRESENT),
    P.CONDUCTS: ("{s} {v:conduct} {o}", Tense.PRESENT),
    P.SUFFERS_FROM: ("{s} {v:suffer} from {o}", Tense.PRESENT),
    P.AMOUNTS_TO: ("{s} {v:be} {o}", Tense.PRESENT),
    P.FALLS_TO: ("{s} {v:fall} to {o}", Tense.PRESENT),
    P.DECREASES_BY: ("{s} {v:decrease} by {o}", Tense.PRESENT),
    P.IS_HIGHEST: ("{s} {v:be} the {g:highest}", Tense.PRESENT),
    P.REMAINS_HIGHEST: ("{s} {v:remain} the {g:highest}", Tense.PRESENT),
    P.COMMITTED_TO_SUPPORTING: ("{s} {v:be} committed to supporting {o}", Tense.PRESENT),
    P.AIMS_AT: ("{s} {v:aim} {o:Aim} [in {o}]", Tense.PRESENT),
    P.FOCUSES_ON: ("{s} {v:focus} on {o}", Tense.PRESENT),
    P.AFFECTS: ("{s} {v:affect} {o}", Tense.PRESENT),
    P.PROVIDES: (
        "{s} {v:provide} {o:Practice} [{p:to/for} {o:Role|Actor|Quantity}] [on {o:Topic}] [{o}]",
        Tense.PRESENT,
    ),
    P.EXPANDED: (
        (
            "{s} {v:expand} the use of {o:Practice} [for {o:Role}] "
            "[as part of its efforts {o:Aim}] [in {o:Domain}] [{o}]"
        ),
        Tense.PAST,
    ),
    P.REMOVED: (
        (
            "{s} {v:remove} {o:Role|Quantity} from their positions "
            "[based on the results of {o:Practice}] [{o}]"
        ),
        Tense.PAST,
    ),
    P.INCREASED_THE_CAPACITY_OF: ("{s} {v:increase} the capacity of {o}", Tense.PAST),
    P.COMPOSED_OF: ("{s} {v:be} composed of [{o:Practice}] {o}", Tense.PRESENT),
    P.RECEIVED: ("{s} {v:receive} {o}", Tense.PAST),
    P.HAD_ASSIGNED: ("{s} {v:have} {o} assigned to them", Tense.PAST),
    P.SUPPORTED: ("{s} {v:support} {o}", Tense.PAST),
    P.TOOK_STEPS: ("{s} {v:take} steps that included[, {e},] {o}", Tense.PAST),
    P.REQUIRED: (
        "{s} {v:require} {o:Role} [to present {o:Equipment}] [for {o:Practice}] [{o}]",
        Tense.PAST,
    ),
    P.ASSIGNED_TO: ("{s} {v:be} assigned to {o}", Tense.PRESENT),
    P.INSTALLED: ("{s} {v:install} {o}", Tense.PAST),
    P.DISMISSED: ("{s} {v:dismiss} {o:Role|Quantity} {t} [after {o:Practice}] [{o}]", Tense.PAST),
    P.SUSPENDED: ("{s} {v:suspend} {o:Role|Quantity} {t} [after {o:Practice}] [{o}]", Tense.PAST),
    P.TRAINED: (
        "{s} {v:train} {o:Role|Actor|Quantity} [in {o:Topic}] [as part of {o:Practice}] [{o}]",
        Tense.PAST,
    ),
    P.COOPERATED_WITH: ("{s} {v:cooperate} with {o}", Tense.PAST),
    P.SEIZED: ("{s} {v:seize} {o:Quantity|AssetKind} [during {o:Operation}] [{o}]", Tense.PAST),
    P.BELONGED_TO: ("{s} {v:belong} to {o}", Tense.PAST),
    P.TARGETED: ("{s} {v:target} {o}", Tense.PAST),
    P.PLANNED_WITH_SUPPORT_FROM: ("{s} {v:be} planned with [{g}] support from {o}", Tense.PAST),
    P.COORDINATED_WITH: ("{s} {v:be} coordinated with {o}", Tense.PAST),
    P.DESIGNATED: ("{s} {v:designate} {o:Role#1|Quantity} [as {o}]", Tense.PAST),
    P.ASSOCIATED_WITH: ("{s} {v:be} associated with {o}", Tense.PRESENT),
    P.INCLUDED_PARTICIPATION_FROM: ("{s} {v:include} participation from {o}", Tense.PAST),
    P.ASSISTED: ("{s} {v:assist} {o}", Tense.PAST),
    P.FACILITATED_TRAVEL_OF: ("{s} {v:facilitate} the travel of {o}", Tense.PAST),
}
del P


def label(argument: object) -> str:
    """
    How a subject or an object reads in a line of text.

    A record by its name (a figure by its words), a term by its words.

    Examples:
        >>> label(Role.JUDGES), label(Grade.PIVOTAL)
        ('judges', 'pivotal')
    """
    if isinstance(argument, enum.Enum):
        return str(argument.value)
    if isinstance(argument, Quantity):
        return argument.text
    if isinstance(argument, Designation):
        return f"the {argument.by.name} designation as {argument.designation}"
    return str(getattr(argument, "name", argument))


def key(argument: object) -> str:
    """
    A stable key for a subject or an object: a record's id, ``Kind:words`` for a term.

    A designation, which has no id, is keyed by who made it and what it
    designates.

    Examples:
        >>> key(Role.JUDGES)
        'Role:judges'
    """
    if isinstance(argument, enum.Enum):
        return f"{type(argument).__name__}:{argument.value}"
    if isinstance(argument, Designation):
        return f"Designation:{argument.by.id}:{argument.designation}"
    return str(getattr(argument, "id", argument))


def _argument(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, ARGUMENT_TYPES):
        names = ", ".join(t.__name__ for t in ARGUMENT_TYPES)
        msg = (
            f"{attribute.name!r} must be a record or a term ({names}), "
            f"got {_shown(value)} of type {type(value).__name__}"
        )
        raise TypeError(msg)
    _grounded(instance, attribute.name, value)


def _arguments(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    v.tuple_of(object)(instance, attribute, value)
    assert isinstance(value, tuple)  # noqa: S101 -- narrowing only; tuple_of() has checked it
    for index, item in enumerate(value):
        if not isinstance(item, ARGUMENT_TYPES):
            msg = (
                f"{attribute.name!r}[{index}] must be a record or a term, "
                f"got {_shown(item)} of type {type(item).__name__}"
            )
            raise TypeError(msg)
        _grounded(instance, f"{attribute.name}[{index}]", item)


def _grades(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    v.tuple_of(Grade)(instance, attribute, value)
    assert isinstance(value, tuple)  # noqa: S101 -- narrowing only; tuple_of() has checked it
    for index, grade in enumerate(value):
        _grounded(instance, f"{attribute.name}[{index}]", grade)


def _grounded(instance: Any, where: str, value: object) -> None:
    # A term is the text's own words, and a figure its own phrase: both must
    # stand in the clause the statement cites, so that the statement says
    # nothing its words do not. (A record is referred to by pronouns too:
    # "The region", "it".)
    words = value.value if isinstance(value, enum.Enum) else getattr(value, "text", None)
    if not isinstance(words, str) or not isinstance(value, enum.Enum | Quantity):
        return
    quote: str = instance.citation.quote
    if words.casefold() not in quote.casefold():
        msg = (
            f"{where!r}: {_shown(words)} does not stand in the statement's citation {_shown(quote)}"
        )
        raise CitationError(msg)


@attrs.frozen(kw_only=True)
class Statement(RecordBase):
    """
    One proposition of the brief: who or what, does what, to what.

    Attributes:
        id: Stable slug, unique in the brief.
        citation: The clause the statement stands on, inside one sentence.
        subject: What the statement is about: a record (an :class:`Actor`,
            a :class:`Place`, a :class:`Quantity`, an :class:`Operation`, a
            :class:`Designation`) or a term of the text's vocabularies.
        predicate: The relation.
        objects: What the subject is related to, records and terms; a
            term, and a figure's words, stand in *citation*.
        factuality: How sure the text is that it holds.
        according_to: Who the text says asserts it; the page's author, INL,
            where the text names no one else.
        period: When it holds, as the text bounds it (a side the text does
            not bound stays open); ``None`` where the text gives no time.
        place: Where it holds, where the text says and the place is not an
            object.
        scope: Whether the objects are all there is, or examples.
        grading: The text's grading words ("major", "pivotal"), in order.
        tense: The tense the text puts it in ("We provide" against "the
            United States provided"); by default the predicate's usual one.
        reported_by: Who reports *according_to*'s words, where the text
            names a source other than its author: INL reports what the
            Violence Observatory says (FactBank's nested sources).
            ``None`` where *according_to* is the page's author itself.
        readings: The values of its fields that are read into the words
            rather than stated by them, each with its reason.
        inferred: ``None`` when the words say all the statement's own
            reading; otherwise why it says more than the words (a pronoun
            resolved, a source read as covering a second clause). A period
            that is inferred says why itself; :attr:`is_stated` looks at both.

    Examples:
        >>> from honduras_brief import BRIEF
        >>> s = BRIEF.lookup("gangs-not-part-of-the-logistics-chain")
        >>> print(s)  # doctest: +NORMALIZE_WHITESPACE
        Transnational gangs do not appear to be a formal part of the
        transnational drug logistics chain.
        >>> s.factuality.factbank, s.predicate.value
        ('PR-', 'formal-part-of')
    """

    id: str = attrs.field(validator=v.slug)
    citation: Citation = attrs.field(repr=False, validator=v.instance_of(Citation))
    subject: Argument = attrs.field(repr=False, validator=_argument)
    predicate: Predicate = attrs.field(validator=v.instance_of(Predicate))
    objects: tuple[Argument, ...] = attrs.field(repr=False, validator=_arguments)
    according_to: Actor = attrs.field(repr=False, validator=v.instance_of(Actor))
    factuality: Factuality = attrs.field(
        default=Factuality.CERTAIN, validator=v.instance_of(Factuality)
    )
    period: DateRange | None = attrs.field(
        repr=False, default=None, validator=v.optional_instance_of(DateRange)
    )
    place: Place | None = attrs.field(
        repr=False, default=None, validator=v.optional_instance_of(Place)
    )
    scope: Scope = attrs.field(repr=False, default=Scope.COMPLETE, validator=v.instance_of(Scope))
    grading: tuple[Grade, ...] = attrs.field(repr=False, default=(), validator=_grades)
    inferred: str | None = attrs.field(repr=False, default=None, validator=v.optional_text)
    tense: Tense = attrs.field(
        repr=False,
        default=attrs.Factory(lambda self: self.predicate.tense, takes_self=True),
        validator=v.instance_of(Tense),
    )
    reported_by: Actor | None = attrs.field(
        repr=False, default=None, validator=v.optional_instance_of(Actor)
    )
    readings: tuple[Reading, ...] = attrs.field(repr=False, default=(), validator=readings_of)

    def __str__(self) -> str:
        """
        The statement as one English sentence that says what its words say.

        Examples:
            >>> from honduras_brief import BRIEF
            >>> print(BRIEF.lookup("homicide-rate-could-fall-to-80-in-2013"))
            ... # doctest: +NORMALIZE_WHITESPACE
            According to the Violence Observatory, the homicide rate in Honduras
            could fall to 80 per 100,000 for 2013.
        """
        from ._sentences import sentence

        return sentence(self)

    @property
    def arguments(self) -> tuple[Argument, ...]:
        """The subject, then the objects."""
        return (self.subject, *self.objects)

    @property
    def is_stated(self) -> bool:
        """
        Whether the words say all of it: nothing about it, its period included, is inferred.

        Examples:
            >>> from honduras_brief import BRIEF
            >>> BRIEF.lookup("supreme-court-dismissed-judges").is_stated  # "by mid-year": no year
            False
        """
        return (
            self.inferred is None
            and not self.readings
            and (self.period is None or self.period.is_stated)
        )

    def mentions(self, thing: object) -> bool:
        """
        Whether *thing* is the subject or one of the objects.

        *thing* is a record, a term, or a record's id.

        Examples:
            >>> from honduras_brief import BRIEF, Role
            >>> s = BRIEF.lookup("supreme-court-dismissed-judges")
            >>> s.mentions("supreme-court"), s.mentions(Role.JUDGES), s.mentions(Role.STUDENTS)
            (True, True, False)
        """
        wanted = thing if isinstance(thing, str) else key(thing)
        return any(key(argument) == wanted for argument in self.arguments)
