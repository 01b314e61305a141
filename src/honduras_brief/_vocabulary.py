"""
The text's own words for kinds of things, as closed vocabularies.

Each enum's values are words as the brief writes them ("chemical
precursors", "polygraphs", "highest in the world"), so every term a record
or a statement uses can be found in its own citation. The names are ours;
the values are the text's.
"""

from __future__ import annotations

import enum


class Substance(enum.Enum):
    """A drug or drug input that the text names."""

    COCAINE = "cocaine"
    CHEMICAL_PRECURSORS = "chemical precursors"
    SYNTHETIC_DRUGS = "synthetic drugs"
    ILLICIT_NARCOTICS = "illicit narcotics"
    DRUGS = "drug"
    """Drugs in general, as in "drug-carrying flights"."""


class Activity(enum.Enum):
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


class TransportMode(enum.Enum):
    """How drugs move, in the text's words."""

    AIR = "flights"
    MARITIME = "maritime traffic"
    LAND = "land movement"


class Heading(enum.Enum):
    """A direction that the text gives for a movement."""

    NORTH = "north"


class Vulnerability(enum.Enum):
    """What makes a region vulnerable to trafficking, in the text's words."""

    REMOTENESS = "remoteness"
    LIMITED_INFRASTRUCTURE = "limited infrastructure"
    LACK_OF_GOVERNMENT_PRESENCE = "lack of government presence"
    WEAK_LAW_ENFORCEMENT = "weak law enforcement institutions"


class AssetKind(enum.Enum):
    """A kind of asset seized, in the text's words."""

    ASSETS = "assets"
    """Assets in general, as the text first names what was seized."""
    PROPERTIES = "properties"
    VEHICLES = "vehicles"
    BANK_ACCOUNTS = "bank accounts"
    BUSINESSES = "businesses"


class Role(enum.Enum):
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


class Practice(enum.Enum):
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


class Equipment(enum.Enum):
    """Things the text names that are used or controlled."""

    WEAPONS = "weapons"


class Aim(enum.Enum):
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


class Topic(enum.Enum):
    """What training covers, in the text's words."""

    VARIETY_OF_TOPICS = "a variety of topics"
    VARIETY_OF_SKILLS = "a variety of skills"
    BASIC_CRIMINAL_INVESTIGATIONS = "basic criminal investigations"


class Domain(enum.Enum):
    """A field, chain or measure that the text names as a whole."""

    SECURITY_AND_JUSTICE_SECTORS = "security and justice sectors"
    TRANSNATIONAL_DRUG_LOGISTICS_CHAIN = "transnational drug logistics chain"
    PRIMARY_FLOW_OF_COCAINE = "primary flow of the cocaine"
    HOMICIDE_RATE = "homicide rate"


class Grade(enum.Enum):
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


TERMS: tuple[type[enum.Enum], ...] = (
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
