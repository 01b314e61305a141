"""Every organisation, group, person and place the brief names."""

from __future__ import annotations

from typing import Final

from honduras_brief._actors import Actor, ActorKind, Place, PlaceKind
from honduras_brief._readings import Reading

from ._base import cite

_NEVER_CALLED_HONDURAN = (
    "The text never calls it Honduran; it is read as the Honduran body of that "
    "name because the page is about Honduras and names it beside Honduran bodies."
)

# --- Actors -----------------------------------------------------------------

US_GOVERNMENT: Final = Actor(
    id="us-government",
    name="United States Government",
    kind=ActorKind.US_GOVERNMENT,
    aliases=("United States", "U.S."),
    mentions=(
        cite("United States", within="The United States estimates"),
        cite("U.S.", within="received U.S.-supported training"),
        cite("United States", within="the United States provided training"),
        cite("United States", within="The United States also provided support"),
        cite("U.S.", within="As part of U.S.-Colombian"),
        cite("U.S.", within="planned with substantial U.S. support"),
        cite("U.S.", within="other U.S.-supported vetted units"),
    ),
    inferred=(
        "The text says 'the United States' or 'U.S.'; a country that estimates, "
        "trains, supports and cooperates is read as its government."
    ),
)
INL: Final = Actor(
    id="inl",
    name="Bureau of International Narcotics and Law Enforcement Affairs",
    kind=ActorKind.US_GOVERNMENT,
    acronym="INL",
    aliases=("We",),
    mentions=(
        cite("INL", within="INL is committed"),
        cite("We", within="We provide training"),
        cite("INL", within="An INL advisor"),
    ),
    readings=(
        Reading(
            field="aliases",
            value="We",
            reason=(
                "'We' is read as INL: the page is INL's and speaks of its own "
                "training in the first person; the text does not say who 'we' are."
            ),
        ),
    ),
    note=(
        "The text uses only the acronym, and 'We' for the page's author; the "
        "full name is the State Department bureau's, from the notes on the source."
    ),
    inferred=(
        "The content never says whose INL is; the page is the U.S. Department of "
        "State's (its banner says so) and INL is the bureau that wrote it."
    ),
)
INL_ADVISOR: Final = Actor(
    id="inl-advisor",
    name="INL advisor",
    kind=ActorKind.PERSON,
    part_of=INL,
    mentions=(cite("INL advisor"),),
    note="One advisor, whom the text does not name.",
)
US_TREASURY: Final = Actor(
    id="us-treasury",
    name="United States Department of the Treasury",
    kind=ActorKind.US_GOVERNMENT,
    aliases=("U.S. Treasury",),
    part_of=US_GOVERNMENT,
    mentions=(cite("U.S. Treasury"),),
    readings=(
        Reading(
            field="name",
            value="United States Department of the Treasury",
            reason=(
                "The text writes only 'U.S. Treasury'; the department's name in full "
                "is read from it."
            ),
        ),
    ),
)
GOVERNMENT_OF_HONDURAS: Final = Actor(
    id="government-of-honduras",
    name="Government of Honduras",
    kind=ActorKind.HOST_GOVERNMENT,
    aliases=("Honduran government",),
    mentions=(
        cite("Honduran government"),
        cite("Government of Honduras", within="the Government of Honduras expanded"),
        cite("Government of Honduras", within="the Government of Honduras seized"),
    ),
)
HONDURAN_NATIONAL_POLICE: Final = Actor(
    id="honduran-national-police",
    name="Honduran National Police",
    kind=ActorKind.HOST_GOVERNMENT,
    acronym="HNP",
    mentions=(
        cite("Honduran National Police", within="throughout the Honduran National Police"),
        cite("HNP", within="internal controls in the HNP"),
        cite("HNP", within="staff of the HNP"),
        cite("Honduran National Police", within="personnel from the Honduran National Police"),
    ),
)
PUBLIC_MINISTRY: Final = Actor(
    id="public-ministry",
    name="Public Ministry",
    kind=ActorKind.HOST_GOVERNMENT,
    mentions=(
        cite("Public Ministry", within="the Public Ministry and the Supreme Court"),
        cite("Public Ministry", within="Police, Public Ministry, Office"),
    ),
    inferred=_NEVER_CALLED_HONDURAN,
)
SUPREME_COURT: Final = Actor(
    id="supreme-court",
    name="Supreme Court",
    kind=ActorKind.HOST_GOVERNMENT,
    mentions=(
        cite("Supreme Court", within="the Supreme Court dismissed"),
        cite("Supreme Court", within="the Supreme Court in a variety"),
    ),
    inferred=_NEVER_CALLED_HONDURAN,
)
MINISTRY_OF_SECURITY: Final = Actor(
    id="ministry-of-security",
    name="Ministry of Security",
    kind=ActorKind.HOST_GOVERNMENT,
    mentions=(cite("Ministry of Security"),),
    inferred=(
        "The text never calls it Honduran; it is read as Honduras' ministry "
        "because it sets controls in the Honduran National Police (the HNP)."
    ),
)
SEIZED_ASSETS_OFFICE: Final = Actor(
    id="office-for-administration-of-seized-and-forfeited-assets",
    name="Office for Administration of Seized and Forfeited Assets",
    kind=ActorKind.HOST_GOVERNMENT,
    mentions=(cite("Office for Administration of Seized and Forfeited Assets"),),
    inferred=_NEVER_CALLED_HONDURAN,
)
HONDURAN_ARMED_FORCES: Final = Actor(
    id="honduran-armed-forces",
    name="Honduran Armed Forces",
    kind=ActorKind.HOST_GOVERNMENT,
    mentions=(cite("Honduran Armed Forces"),),
)
FINANCIAL_CRIMES_TASK_FORCE: Final = Actor(
    id="financial-crimes-task-force",
    name="Financial Crimes Task Force",
    kind=ActorKind.HOST_GOVERNMENT,
    mentions=(cite("Financial Crimes Task Force"),),
    note=(
        "The text lists it with the Honduran bodies in Operation Neptune but "
        "does not say whose it is."
    ),
    inferred=(
        "The text does not say whose task force it is; it is read as Honduran "
        "because it is listed among the Honduran bodies in Operation Neptune."
    ),
)
OTHER_VETTED_UNITS: Final = Actor(
    id="other-us-supported-vetted-units",
    name="other U.S.-supported vetted units",
    kind=ActorKind.HOST_GOVERNMENT,
    generic=True,
    mentions=(cite("other U.S.-supported vetted units"),),
    note="The text neither names these units nor says whose they are.",
    inferred=(
        "The text does not say whose units they are, only that the United States "
        "supports them; they are read as Honduran because they are listed with "
        "the Honduran bodies in Operation Neptune."
    ),
)
VETTED_UNITS_AND_TASK_FORCES: Final = Actor(
    id="vetted-units-and-task-forces",
    name="units and task forces",
    kind=ActorKind.HOST_GOVERNMENT,
    generic=True,
    aliases=("these units",),
    mentions=(cite("units and task forces"), cite("these units")),
    readings=(
        Reading(
            field="aliases",
            value="these units",
            reason=(
                "'these units' is read as the units and task forces of the sentence "
                "before; the text names them no other way there."
            ),
        ),
    ),
    note="Units composed of polygraphed and/or background checked police and prosecutors.",
    inferred=(
        "The text says the units are composed of Honduran police and "
        "prosecutors and that the Government of Honduras increased their "
        "capacity; that they are Honduran government units is read from that."
    ),
)
CRIMINAL_INVESTIGATIVE_SCHOOL: Final = Actor(
    id="criminal-investigative-school",
    name="Criminal Investigative School",
    kind=ActorKind.HOST_GOVERNMENT,
    mentions=(cite("Criminal Investigative School"),),
    note="The text does not say whose school it is.",
    inferred=(
        "The text does not say whose school it is; it is read as Honduran "
        "because it stands in a bullet about training Honduran police, "
        "prosecutors and judges, on a page about Honduras."
    ),
)
COLOMBIA: Final = Actor(
    id="colombia",
    name="Colombia",
    kind=ActorKind.FOREIGN_GOVERNMENT,
    mentions=(cite("Colombia", within="Colombia trained staff"),),
    inferred="The text says 'Colombia'; a country that trains staff is read as its government.",
)
NATIONAL_AUTONOMOUS_UNIVERSITY: Final = Actor(
    id="national-autonomous-university-of-honduras",
    name="National Autonomous University of Honduras",
    kind=ActorKind.ACADEMIC,
    mentions=(cite("National Autonomous University of Honduras"),),
)
VIOLENCE_OBSERVATORY: Final = Actor(
    id="violence-observatory",
    name="Violence Observatory",
    kind=ActorKind.ACADEMIC,
    part_of=NATIONAL_AUTONOMOUS_UNIVERSITY,
    mentions=(cite("Violence Observatory"),),
    inferred=(
        "The text places it 'at' the National Autonomous University of Honduras; "
        "that it is an academic body, part of the university, is read from that."
    ),
)
LOS_CACHIROS: Final = Actor(
    id="los-cachiros",
    name="Los Cachiros",
    kind=ActorKind.TRAFFICKING_ORGANIZATION,
    mentions=(cite("Los Cachiros"),),
)
SINALOA_CARTEL: Final = Actor(
    id="sinaloa-cartel",
    name="Sinaloa Cartel",
    kind=ActorKind.TRAFFICKING_ORGANIZATION,
    mentions=(cite("Sinaloa Cartel"),),
    inferred=(
        "The text does not describe the cartel; it says the designated drug "
        "kingpins are associated with it, and its kind is read from that."
    ),
)
MARA_SALVATRUCHA: Final = Actor(
    id="mara-salvatrucha",
    name="Mara Salvatrucha",
    kind=ActorKind.GANG,
    mentions=(cite("Mara Salvatrucha"),),
)
EIGHTEENTH_STREET: Final = Actor(
    id="18th-street",
    name="18th Street",
    kind=ActorKind.GANG,
    mentions=(cite("18th Street"),),
)
DRUG_TRAFFICKING_ORGANIZATIONS: Final = Actor(
    id="drug-trafficking-organizations",
    name="drug trafficking organizations",
    kind=ActorKind.TRAFFICKING_ORGANIZATION,
    generic=True,
    mentions=(cite("drug trafficking organizations"),),
)
TRANSNATIONAL_GANGS: Final = Actor(
    id="transnational-gangs",
    name="transnational gangs",
    kind=ActorKind.GANG,
    generic=True,
    aliases=("Gangs", "gangs"),
    mentions=(
        cite("transnational gangs"),
        cite("Gangs", within="Gangs do not appear"),
        cite("gangs", within="gangs conduct"),
    ),
    readings=(
        Reading(
            field="aliases",
            value="Gangs",
            reason=(
                "'Gangs' is read as the transnational gangs of the sentence before; "
                "the text does not say whether it means gangs in general."
            ),
        ),
        Reading(
            field="aliases",
            value="gangs",
            reason=(
                "'gangs' is read as the transnational gangs of the sentence before; "
                "the text does not say whether it means gangs in general."
            ),
        ),
    ),
)
TRANSNATIONAL_CRIMINAL_ORGANIZATIONS: Final = Actor(
    id="transnational-criminal-organizations",
    name="transnational criminal organizations",
    kind=ActorKind.CRIMINAL_ORGANIZATION,
    generic=True,
    mentions=(cite("transnational criminal organizations"),),
)

# --- Places -----------------------------------------------------------------

HONDURAS: Final = Place(
    id="honduras",
    name="Honduras",
    kind=PlaceKind.COUNTRY,
    mentions=(
        cite("Honduras", within="Honduras is a major transit country"),
        cite("Honduras", within="coastal region of Honduras"),
        cite("Honduras", within="trafficking in Honduras"),
        cite("Honduras", within="Honduras suffers"),
        cite("Honduras", within="Honduras' homicide"),
        cite("Honduras", within="organization in Honduras"),
    ),
)
UNITED_STATES: Final = Place(
    id="united-states",
    name="United States",
    kind=PlaceKind.COUNTRY,
    mentions=(cite("United States", within="trafficked to the United States"),),
)
CENTRAL_AMERICAN_CORRIDOR: Final = Place(
    id="central-american-corridor",
    name="Central American corridor",
    kind=PlaceKind.CORRIDOR,
    mentions=(cite("Central American corridor"),),
)
NORTHERN_ATLANTIC_COAST: Final = Place(
    id="northern-atlantic-coastal-region",
    name="Northern Atlantic coastal region",
    kind=PlaceKind.REGION,
    aliases=("North Atlantic coastal region",),
    mentions=(cite("Northern Atlantic coastal region"), cite("North Atlantic coastal region")),
    inferred=(
        "The text says 'Northern Atlantic coastal region' and, two sentences on, "
        "'North Atlantic coastal region'; they are read as one region."
    ),
)
PAN_AMERICAN_HIGHWAY: Final = Place(
    id="pan-american-highway",
    name="Pan American Highway",
    kind=PlaceKind.ROAD,
    mentions=(cite("Pan American Highway"),),
)
LOCAL_COMMUNITIES: Final = Place(
    id="local-communities",
    name="local communities",
    kind=PlaceKind.COMMUNITY,
    generic=True,
    mentions=(cite("local communities"),),
)

ACTORS: Final[tuple[Actor, ...]] = (
    US_GOVERNMENT,
    INL,
    INL_ADVISOR,
    US_TREASURY,
    GOVERNMENT_OF_HONDURAS,
    HONDURAN_NATIONAL_POLICE,
    PUBLIC_MINISTRY,
    SUPREME_COURT,
    MINISTRY_OF_SECURITY,
    SEIZED_ASSETS_OFFICE,
    HONDURAN_ARMED_FORCES,
    FINANCIAL_CRIMES_TASK_FORCE,
    OTHER_VETTED_UNITS,
    VETTED_UNITS_AND_TASK_FORCES,
    CRIMINAL_INVESTIGATIVE_SCHOOL,
    COLOMBIA,
    NATIONAL_AUTONOMOUS_UNIVERSITY,
    VIOLENCE_OBSERVATORY,
    LOS_CACHIROS,
    SINALOA_CARTEL,
    MARA_SALVATRUCHA,
    EIGHTEENTH_STREET,
    DRUG_TRAFFICKING_ORGANIZATIONS,
    TRANSNATIONAL_GANGS,
    TRANSNATIONAL_CRIMINAL_ORGANIZATIONS,
)
PLACES: Final[tuple[Place, ...]] = (
    HONDURAS,
    UNITED_STATES,
    CENTRAL_AMERICAN_CORRIDOR,
    NORTHERN_ATLANTIC_COAST,
    PAN_AMERICAN_HIGHWAY,
    LOCAL_COMMUNITIES,
)
