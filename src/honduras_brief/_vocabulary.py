"""
The text's own words for kinds of things, as open vocabularies.

Each enum's values are words as the brief writes them ("chemical
precursors", "polygraphs", "highest in the world"), so every term a record
or a statement uses can be found in its own citation. The names are ours;
the values are the text's.

The vocabularies are open (:class:`Vocabulary`): another page's words are
terms too. ``Substance("opium poppies")`` is a term of :class:`Substance`
that the library did not ship; ``Substance("cocaine")`` is
``Substance.COCAINE``.
"""

from __future__ import annotations

import enum
import re
from typing import Any, Final

from .exceptions import _shown

_SLUG: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class Vocabulary(enum.Enum):
    """
    An enum that is open: calling it with words it lacks gives a term of it.

    The shipped terms are named constants. A term made from other words
    (an *open* term) is made once and kept, so it is the same object each
    time, equal to itself and to nothing else; it is an instance of its
    vocabulary, so every field that takes the vocabulary takes it, it
    pickles and round-trips through JSON by its words, and it is held to
    the same rules (its words must stand in its statement's quote). It is
    not listed by iterating the vocabulary, which gives the shipped terms.

    Words are refused only when they cannot be a term: not a ``str``, empty,
    or spaced other than by single spaces (``" cocaine"`` is not
    ``"cocaine"``: nothing passed in is trimmed behind your back).

    Examples:
        >>> from honduras_brief import Substance
        >>> poppies = Substance("opium poppies")
        >>> poppies, poppies.value, poppies.shipped
        (Substance('opium poppies'), 'opium poppies', False)
        >>> poppies is Substance("opium poppies"), Substance("cocaine") is Substance.COCAINE
        (True, True)
        >>> poppies in list(Substance)
        False
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        renamed = cls._renamed().get(value)
        if renamed is not None:
            return cls(renamed)
        problem = cls._problem(value)
        if problem is not None:
            msg = f"{_shown(value)} is not a term of {cls.__name__}: {problem}"
            raise ValueError(msg)
        term = object.__new__(cls)
        term._name_ = None  # type: ignore[assignment]  # an open term has no name of ours
        term._value_ = value
        # Made once: a later call with the same words finds it in the map.
        return cls._value2member_map_.setdefault(value, term)

    @classmethod
    def _renamed(cls) -> dict[str, str]:
        # Old values of shipped terms, so that data written before a rename reads.
        return {}

    @classmethod
    def _problem(cls, value: str) -> str | None:
        # Why *value* cannot be a term of this vocabulary, or None.
        if not value.strip():
            return "a term must not be empty or only white space"
        if value != " ".join(value.split()):
            return "a term's words are separated by single spaces, with none around them"
        return None

    @property
    def shipped(self) -> bool:
        """Whether the term is one of the library's named constants."""
        return self._name_ is not None

    def __repr__(self) -> str:
        if self._name_ is None:
            return f"{type(self).__name__}({self._value_!r})"
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self) -> str:
        if self._name_ is None:
            return f"{type(self).__name__}({self._value_!r})"
        return f"{type(self).__name__}.{self._name_}"

    def __hash__(self) -> int:
        return hash((type(self).__name__, self._value_))

    def __reduce_ex__(self, protocol: object) -> tuple[Any, ...]:
        return type(self), (self._value_,)


class SlugVocabulary(Vocabulary):
    """An open vocabulary whose values are slugs ("host-government"), not the text's words."""

    @classmethod
    def _problem(cls, value: str) -> str | None:
        if not _SLUG.fullmatch(value):
            return "its value must be lower-case letters and digits joined by single hyphens"
        return None

    @property
    def words(self) -> str:
        """The value as words: ``"hampered-by"`` reads "hampered by"."""
        return str(self._value_).replace("-", " ")


class Substance(Vocabulary):
    """A drug or drug input that the text names."""

    COCAINE = "cocaine"
    CHEMICAL_PRECURSORS = "chemical precursors"
    SYNTHETIC_DRUGS = "synthetic drugs"
    ILLICIT_NARCOTICS = "illicit narcotics"
    DRUGS = "drug"
    """Drugs in general, as in "drug-carrying flights"."""


class Activity(Vocabulary):
    """An illicit activity, or a kind of crime, that the text names."""

    TRANSIT = "transit"
    TRANSSHIPMENT = "transshipment"
    TRAFFICKING = "trafficking"
    NARCOTICS_TRAFFICKING = "narcotics trafficking"
    DRUG_DISTRIBUTION = "drug distribution"
    VIOLENCE = "violence"
    EXTORTION = "extortion"
    KIDNAPPING = "kidnapping"
    HUMAN_TRAFFICKING = "human trafficking"
    EVERYDAY_CRIMES = "everyday crimes"
    ILLICIT_ACTIVITIES = "illicit activities"
    """Illicit activities in general, of which the text lists examples."""


class TransportMode(Vocabulary):
    """How drugs move, in the text's words."""

    AIR = "flights"
    MARITIME = "maritime traffic"
    LAND = "land movement"


class Heading(Vocabulary):
    """A direction that the text gives for a movement."""

    NORTH = "north"


class Vulnerability(Vocabulary):
    """What makes a region vulnerable to trafficking, in the text's words."""

    REMOTENESS = "remoteness"
    LIMITED_INFRASTRUCTURE = "limited infrastructure"
    LACK_OF_GOVERNMENT_PRESENCE = "lack of government presence"
    WEAK_LAW_ENFORCEMENT = "weak law enforcement institutions"


class AssetKind(Vocabulary):
    """A kind of asset seized, in the text's words."""

    ASSETS = "assets"
    """Assets in general, as the text first names what was seized."""
    PROPERTIES = "properties"
    VEHICLES = "vehicles"
    BANK_ACCOUNTS = "bank accounts"
    BUSINESSES = "businesses"


class Role(Vocabulary):
    """People that the text names by what they are or do, not by name."""

    POLICE = "police"
    POLICE_OFFICERS = "police officers"
    OFFICERS = "officers"
    PROSECUTORS = "prosecutors"
    JUDGES = "judges"
    STAFF = "staff"
    STUDENTS = "students"
    HONDURAN_CITIZENS = "Honduran citizens"
    HONDURANS = "Hondurans"
    US_OR_INTERNATIONAL_ADVISORS = "U.S. or international advisors"
    VETTED_PERSONNEL = "vetted personnel"
    PARTICIPANTS = "participants"
    INDIVIDUALS = "individuals"
    DRUG_KINGPINS = "drug kingpins"


class Practice(Vocabulary):
    """Something done or used: vetting methods, controls, training, support."""

    VETTING = "vetting"
    FINANCIAL_DISCLOSURES = "financial disclosures"
    POLYGRAPHS = "polygraphs"
    OTHER_TYPES_OF_VETTING = "other types of vetting"
    POLYGRAPH_OR_BACKGROUND_CHECK = "polygraphed and/or background checked"
    WEAPONS_INVENTORY = "an inventory"
    GPS_IN_POLICE_CARS = "GPS in police cars"
    REVIEW_OF_JUDGES_WORK = "a review of the work performed by all judges"
    TRAINING = "training"
    ON_THE_JOB_TRAINING = "on the job training"
    ASSISTANCE = "assistance"
    SUPPORT = "support"
    US_COLOMBIAN_COOPERATION = "U.S.-Colombian cooperation"


class Equipment(Vocabulary):
    """Things the text names that are used or controlled."""

    WEAPONS = "weapons"


class Aim(Vocabulary):
    """What an effort, a programme or a measure is for, in the text's words."""

    COUNTER_TRANSNATIONAL_CRIMINAL_ORGANIZATIONS = "counter transnational criminal organizations"
    REDUCE_THE_FLOW_OF_ILLICIT_NARCOTICS = "reduce the flow of illicit narcotics"
    IMPROVE_CITIZEN_SECURITY = "improve citizen security"
    BUILD_INSTITUTIONAL_CAPACITY = "building Honduran institutional capacity"
    INSTITUTIONAL_CHANGE = "institutional change"
    PROFESSIONALIZATION = "professionalization"
    RESPECT_FOR_HUMAN_RIGHTS = "respect for human rights"
    ACCOUNTABILITY = "accountability"
    ROOT_OUT_ILLICIT_ACTIVITY = "root out illicit activity"
    IMPROVE_INTERNAL_CONTROLS = "improve internal controls"
    TRACK_WHEREABOUTS = "track their whereabouts"
    STRENGTHEN_INVESTIGATIVE_INSTITUTIONS = "strengthen investigative institutions"


class Topic(Vocabulary):
    """What training covers, in the text's words."""

    VARIETY_OF_TOPICS = "a variety of topics"
    VARIETY_OF_SKILLS = "a variety of skills"
    BASIC_CRIMINAL_INVESTIGATIONS = "basic criminal investigations"


class Domain(Vocabulary):
    """A field, chain or measure that the text names as a whole."""

    SECURITY_AND_JUSTICE_SECTORS = "security and justice sectors"
    TRANSNATIONAL_DRUG_LOGISTICS_CHAIN = "transnational drug logistics chain"
    PRIMARY_FLOW_OF_COCAINE = "primary flow of the cocaine"
    HOMICIDE_RATE = "homicide rate"


class Grade(Vocabulary):
    """
    The text's grading words: how much, how often, how high, and in what order.

    They qualify a statement without changing its factuality: "a major
    transit country" is as certain as "a transit country", and says more.
    """

    MAJOR = "major"
    PRIMARY = "primary"
    PRIMARILY = "primarily"
    ESPECIALLY = "especially"
    GENERALLY = "generally"
    HIGH = "high"
    HIGHEST_IN_THE_WORLD = "highest in the world"
    LARGEST = "largest"
    SUBSTANTIAL = "substantial"
    PIVOTAL = "pivotal"
    VIOLENT = "violent"
    SOME = "some"
    FIRST = "first"
    """A sequence word: "first transited"."""
    SUBSEQUENT = "subsequent"
    """A sequence word: "subsequent flights"."""
    THROUGHOUT = "throughout"


TERMS: tuple[type[Vocabulary], ...] = (
    Substance,
    Activity,
    TransportMode,
    Heading,
    Vulnerability,
    AssetKind,
    Role,
    Practice,
    Equipment,
    Aim,
    Topic,
    Domain,
)
"""Every vocabulary a statement's subject or objects may be a term of."""
