"""
The brief itself: one typed, immutable constant per record.

Everything here is a Python literal that mypy checks. Quotes are given as
the words appear; :meth:`Citation.of` finds where they stand, and fails at
import if the words are not in the text exactly once. What the text does
not say outright is marked ``inferred``, with the reason.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

import attrs

from ._actors import Actor, ActorKind, Place, PlaceKind
from ._dates import DateRange
from ._models import (
    Accomplishment,
    Activity,
    AssetKind,
    Brief,
    Challenge,
    Designation,
    Goal,
    Operation,
    Route,
    Substance,
    TransportMode,
    Vulnerability,
)
from ._quantities import Basis, Qualifier, Quantity, Unit
from ._source import Citation, Source

cite = Citation.of

SOURCE: Final = Source(
    publisher="U.S. Department of State",
    bureau="Bureau of International Narcotics and Law Enforcement Affairs",
    bureau_acronym="INL",
    country="Honduras",
    title="INL country program page for Honduras",
    url="http://www.state.gov/j/inl/regions/westernhemisphere/219171.htm",
    years=(2012, 2013),
    sha256="3232e6f5b6b5d3fc01f43831a4b6c8558c1f8a26c20af5ee40aff622713dc45f",
    public_domain=True,
    rights=(
        "A work of the United States Government, so in the public domain "
        "in the United States (17 U.S.C. 105)."
    ),
)

_REPORT_YEAR = (
    "the surrounding text reports on 2013: it projects the homicide rate "
    "for 2013, so it was written during that year"
)

# --- Actors ---------------------------------------------------------------

US_GOVERNMENT: Final = Actor(
    id="us-government",
    name="United States Government",
    kind=ActorKind.US_GOVERNMENT,
    aliases=("United States", "U.S."),
    mentions=(
        cite("United States", within="The United States estimates"),
        cite("United States", within="the United States provided training"),
        cite("United States", within="The United States also provided support"),
        cite("U.S.", within="planned with substantial U.S. support"),
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
    note=(
        "The text uses only the acronym, and 'We' for the page's author; the "
        "full name is the State Department bureau's, from the notes on the source."
    ),
)
US_TREASURY: Final = Actor(
    id="us-treasury",
    name="United States Department of the Treasury",
    kind=ActorKind.US_GOVERNMENT,
    aliases=("U.S. Treasury",),
    mentions=(cite("U.S. Treasury"),),
)
GOVERNMENT_OF_HONDURAS: Final = Actor(
    id="government-of-honduras",
    name="Government of Honduras",
    kind=ActorKind.HONDURAN_GOVERNMENT,
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
    kind=ActorKind.HONDURAN_GOVERNMENT,
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
    kind=ActorKind.HONDURAN_GOVERNMENT,
    mentions=(
        cite("Public Ministry", within="the Public Ministry and the Supreme Court"),
        cite("Public Ministry", within="Police, Public Ministry, Office"),
    ),
)
SUPREME_COURT: Final = Actor(
    id="supreme-court",
    name="Supreme Court",
    kind=ActorKind.HONDURAN_GOVERNMENT,
    mentions=(
        cite("Supreme Court", within="the Supreme Court dismissed"),
        cite("Supreme Court", within="the Supreme Court in a variety"),
    ),
)
MINISTRY_OF_SECURITY: Final = Actor(
    id="ministry-of-security",
    name="Ministry of Security",
    kind=ActorKind.HONDURAN_GOVERNMENT,
    mentions=(cite("Ministry of Security"),),
)
SEIZED_ASSETS_OFFICE: Final = Actor(
    id="office-for-administration-of-seized-and-forfeited-assets",
    name="Office for Administration of Seized and Forfeited Assets",
    kind=ActorKind.HONDURAN_GOVERNMENT,
    mentions=(cite("Office for Administration of Seized and Forfeited Assets"),),
)
HONDURAN_ARMED_FORCES: Final = Actor(
    id="honduran-armed-forces",
    name="Honduran Armed Forces",
    kind=ActorKind.HONDURAN_GOVERNMENT,
    mentions=(cite("Honduran Armed Forces"),),
)
FINANCIAL_CRIMES_TASK_FORCE: Final = Actor(
    id="financial-crimes-task-force",
    name="Financial Crimes Task Force",
    kind=ActorKind.HONDURAN_GOVERNMENT,
    mentions=(cite("Financial Crimes Task Force"),),
    note=(
        "The text lists it with the Honduran bodies in Operation Neptune but "
        "does not say whose it is."
    ),
)
OTHER_VETTED_UNITS: Final = Actor(
    id="other-us-supported-vetted-units",
    name="other U.S.-supported vetted units",
    kind=ActorKind.HONDURAN_GOVERNMENT,
    generic=True,
    mentions=(cite("other U.S.-supported vetted units"),),
    note="The text neither names these units nor says whose they are.",
)
CRIMINAL_INVESTIGATIVE_SCHOOL: Final = Actor(
    id="criminal-investigative-school",
    name="Criminal Investigative School",
    kind=ActorKind.HONDURAN_GOVERNMENT,
    mentions=(cite("Criminal Investigative School"),),
    note="The text does not say whose school it is.",
)
COLOMBIA: Final = Actor(
    id="colombia",
    name="Colombia",
    kind=ActorKind.FOREIGN_GOVERNMENT,
    mentions=(cite("Colombia", within="Colombia trained staff"),),
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
)
TRANSNATIONAL_CRIMINAL_ORGANIZATIONS: Final = Actor(
    id="transnational-criminal-organizations",
    name="transnational criminal organizations",
    kind=ActorKind.CRIMINAL_ORGANIZATION,
    generic=True,
    mentions=(cite("transnational criminal organizations"),),
)

# --- Places ---------------------------------------------------------------

HONDURAS: Final = Place(
    id="honduras",
    name="Honduras",
    kind=PlaceKind.COUNTRY,
    mentions=(
        cite("Honduras", within="Honduras is a major transit country"),
        cite("Honduras", within="trafficking in Honduras"),
        cite("Honduras", within="Honduras suffers"),
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
)
PAN_AMERICAN_HIGHWAY: Final = Place(
    id="pan-american-highway",
    name="Pan American Highway",
    kind=PlaceKind.ROAD,
    mentions=(cite("Pan American Highway"),),
)

# --- Periods --------------------------------------------------------------


def _dated(
    words: str, *, within: str | None = None, year: int | None = None, reason: str | None = None
) -> DateRange:
    """The range the quoted *words* give, read by DateRange.parse and cited."""
    period = DateRange.parse(words, year=year, reason=reason)
    return attrs.evolve(period, citation=cite(words, within=within))


YEAR_2012: Final = _dated("2012", within="corridor in 2012")
HOMICIDE_YEAR_2012: Final = _dated("2012", within="per 100,000 in 2012")
HOMICIDE_YEAR_2013: Final = _dated("2013")
BY_MID_YEAR: Final = _dated(
    "by mid-year",
    year=2013,
    reason=(
        f"The text says 'by mid-year' and gives no year; 2013 is inferred because "
        f"{_REPORT_YEAR}. A count 'by mid-year' in a yearly report is read as "
        "the count in that year's first half."
    ),
)
NEPTUNE_DAYS: Final = _dated(
    "September 19-26",
    year=2013,
    reason=(
        f"The text gives the month and days but no year; 2013 is inferred because {_REPORT_YEAR}."
    ),
)

# --- Challenges -----------------------------------------------------------

_TRANSIT_COUNTRY = cite(
    "Honduras is a major transit country for cocaine, as well as some chemical "
    "precursors, and synthetic drugs."
)
_CORRIDOR_ESTIMATE = cite(
    "The United States estimates that more than 80 percent of the primary flow "
    "of the cocaine trafficked to the United States first transited through the "
    "Central American corridor in 2012."
)
COCAINE_FLOW_SHARE_2012: Final = Quantity(
    id="cocaine-flow-share-2012",
    measure=(
        "share of the primary flow of cocaine trafficked to the United States "
        "that first transited through the Central American corridor"
    ),
    text="more than 80 percent",
    qualifier=Qualifier.MORE_THAN,
    unit=Unit.PERCENT,
    basis=Basis.ESTIMATED,
    low=Decimal("80"),
    citation=_CORRIDOR_ESTIMATE,
    period=YEAR_2012,
    attributed_to=US_GOVERNMENT,
)
DRUG_TRANSIT: Final = Challenge(
    id="drug-transit",
    title="Honduras as a transit country for drugs",
    citations=(_TRANSIT_COUNTRY, _CORRIDOR_ESTIMATE),
    actors=(US_GOVERNMENT,),
    places=(HONDURAS, UNITED_STATES, CENTRAL_AMERICAN_CORRIDOR),
    substances=(Substance.COCAINE, Substance.CHEMICAL_PRECURSORS, Substance.SYNTHETIC_DRUGS),
    activities=(Activity.TRANSIT,),
    routes=(
        Route(
            modes=(),
            via=(CENTRAL_AMERICAN_CORRIDOR,),
            destination=UNITED_STATES,
            citation=_CORRIDOR_ESTIMATE,
        ),
    ),
    quantities=(COCAINE_FLOW_SHARE_2012,),
)

_TRANSSHIPMENT = cite(
    "Transshipment from the North Atlantic coastal region is facilitated by "
    "subsequent flights north as well as maritime traffic and land movement on "
    "the Pan American Highway."
)
NORTHERN_ATLANTIC_LANDING_ZONE: Final = Challenge(
    id="northern-atlantic-landing-zone",
    title="The Northern Atlantic coast as a landing zone and transshipment point",
    citations=(
        cite(
            "The Northern Atlantic coastal region of Honduras is a primary landing "
            "zone for drug-carrying flights and maritime traffic."
        ),
        cite(
            "The region is vulnerable to narcotics trafficking due to its remoteness, "
            "limited infrastructure, lack of government presence, and weak law "
            "enforcement institutions."
        ),
        _TRANSSHIPMENT,
    ),
    places=(NORTHERN_ATLANTIC_COAST, HONDURAS, PAN_AMERICAN_HIGHWAY),
    activities=(Activity.NARCOTICS_TRAFFICKING, Activity.TRANSSHIPMENT),
    vulnerabilities=tuple(Vulnerability),
    routes=(
        Route(
            modes=(TransportMode.AIR, TransportMode.MARITIME),
            destination=NORTHERN_ATLANTIC_COAST,
            citation=cite("primary landing zone for drug-carrying flights and maritime traffic"),
        ),
        Route(
            modes=(TransportMode.AIR,),
            origin=NORTHERN_ATLANTIC_COAST,
            heading="north",
            citation=_TRANSSHIPMENT,
        ),
        Route(
            modes=(TransportMode.MARITIME,), origin=NORTHERN_ATLANTIC_COAST, citation=_TRANSSHIPMENT
        ),
        Route(
            modes=(TransportMode.LAND,),
            origin=NORTHERN_ATLANTIC_COAST,
            via=(PAN_AMERICAN_HIGHWAY,),
            citation=_TRANSSHIPMENT,
        ),
    ),
)

GANGS: Final = Challenge(
    id="gangs",
    title="Drug trafficking organizations and transnational gangs",
    citations=(
        cite(
            "In addition to violent drug trafficking organizations, transnational "
            "gangs such as Mara Salvatrucha and 18th Street contribute to violence "
            "and trafficking in Honduras."
        ),
        cite(
            "Gangs do not appear to be a formal part of the transnational drug "
            "logistics chain, but generally participate in drug distribution in "
            "local communities."
        ),
        cite(
            "In addition, gangs conduct other illicit activities such as extortion, "
            "kidnapping, and human trafficking."
        ),
    ),
    actors=(
        DRUG_TRAFFICKING_ORGANIZATIONS,
        TRANSNATIONAL_GANGS,
        MARA_SALVATRUCHA,
        EIGHTEENTH_STREET,
    ),
    places=(HONDURAS,),
    activities=(
        Activity.VIOLENCE,
        Activity.TRAFFICKING,
        Activity.DRUG_DISTRIBUTION,
        Activity.EXTORTION,
        Activity.KIDNAPPING,
        Activity.HUMAN_TRAFFICKING,
    ),
)

_HOMICIDE_PROJECTION = cite(
    "According to the Violence Observatory at the National Autonomous University "
    "of Honduras, Honduras' homicide rate could fall to 80 per 100,000 for 2013, "
    "from 85.5 per 100,000 in 2012, a 6.4 percent decrease, but will likely remain "
    "the highest in the world."
)
HOMICIDE_RATE_2012: Final = Quantity(
    id="homicide-rate-2012",
    measure="homicide rate in Honduras",
    text="85.5 per 100,000",
    qualifier=Qualifier.EXACT,
    unit=Unit.PER_100000_POPULATION,
    basis=Basis.REPORTED,
    low=Decimal("85.5"),
    high=Decimal("85.5"),
    citation=_HOMICIDE_PROJECTION,
    period=HOMICIDE_YEAR_2012,
    attributed_to=VIOLENCE_OBSERVATORY,
)
HOMICIDE_RATE_2013: Final = Quantity(
    id="homicide-rate-2013",
    measure="homicide rate in Honduras",
    text="80 per 100,000",
    qualifier=Qualifier.EXACT,
    unit=Unit.PER_100000_POPULATION,
    basis=Basis.PROJECTED,
    low=Decimal("80"),
    high=Decimal("80"),
    citation=_HOMICIDE_PROJECTION,
    period=HOMICIDE_YEAR_2013,
    attributed_to=VIOLENCE_OBSERVATORY,
)
HOMICIDE_RATE_DECREASE: Final = Quantity(
    id="homicide-rate-decrease-2012-2013",
    measure="percent decrease in the homicide rate in Honduras from 2012 to 2013",
    text="6.4 percent",
    qualifier=Qualifier.EXACT,
    unit=Unit.PERCENT,
    basis=Basis.PROJECTED,
    low=Decimal("6.4"),
    high=Decimal("6.4"),
    citation=_HOMICIDE_PROJECTION,
    attributed_to=VIOLENCE_OBSERVATORY,
    derived_from=(HOMICIDE_RATE_2012.id, HOMICIDE_RATE_2013.id),
)
VIOLENCE: Final = Challenge(
    id="violence-and-homicide",
    title="Violence and the homicide rate",
    citations=(
        cite("Honduras suffers from violence and a high homicide rate."),
        _HOMICIDE_PROJECTION,
    ),
    actors=(VIOLENCE_OBSERVATORY, NATIONAL_AUTONOMOUS_UNIVERSITY),
    places=(HONDURAS,),
    activities=(Activity.VIOLENCE,),
    quantities=(HOMICIDE_RATE_2012, HOMICIDE_RATE_2013, HOMICIDE_RATE_DECREASE),
)

# --- Goals ----------------------------------------------------------------

_COMMITMENT = cite(
    "INL is committed to supporting the Honduran government\u2019s effort to counter "
    "transnational criminal organizations; reduce the flow of illicit narcotics; "
    "and improve citizen security while building Honduran institutional capacity."
)
COUNTER_CRIMINAL_ORGANIZATIONS: Final = Goal(
    id="counter-transnational-criminal-organizations",
    title="Counter transnational criminal organizations",
    citations=(_COMMITMENT,),
    actors=(INL,),
    supports=(GOVERNMENT_OF_HONDURAS,),
    targets=(TRANSNATIONAL_CRIMINAL_ORGANIZATIONS,),
    aims=(cite("counter transnational criminal organizations"),),
)
REDUCE_NARCOTICS_FLOW: Final = Goal(
    id="reduce-narcotics-flow",
    title="Reduce the flow of illicit narcotics",
    citations=(_COMMITMENT,),
    actors=(INL,),
    supports=(GOVERNMENT_OF_HONDURAS,),
    substances=(Substance.ILLICIT_NARCOTICS,),
    aims=(cite("reduce the flow of illicit narcotics"),),
)
IMPROVE_CITIZEN_SECURITY: Final = Goal(
    id="improve-citizen-security",
    title="Improve citizen security",
    citations=(_COMMITMENT,),
    actors=(INL,),
    supports=(GOVERNMENT_OF_HONDURAS,),
    aims=(cite("improve citizen security"),),
)
BUILD_INSTITUTIONAL_CAPACITY: Final = Goal(
    id="build-institutional-capacity",
    title="Build Honduran institutional capacity",
    citations=(_COMMITMENT,),
    actors=(INL,),
    supports=(GOVERNMENT_OF_HONDURAS,),
    aims=(cite("building Honduran institutional capacity"),),
)
_INSTITUTIONAL_CHANGE = cite(
    "Programs primarily focus on the need for institutional change, especially on "
    "everyday crimes that affect many Honduran citizens."
)
INSTITUTIONAL_CHANGE: Final = Goal(
    id="institutional-change",
    title="Institutional change, with a focus on everyday crimes",
    citations=(_INSTITUTIONAL_CHANGE,),
    actors=(INL,),
    aims=(
        cite("institutional change"),
        cite("everyday crimes that affect many Honduran citizens"),
    ),
    quantities=(
        Quantity(
            id="citizens-affected-by-everyday-crimes",
            measure="Honduran citizens affected by everyday crimes",
            text="many",
            qualifier=Qualifier.MANY,
            unit=Unit.PERSONS,
            basis=Basis.REPORTED,
            citation=_INSTITUTIONAL_CHANGE,
        ),
    ),
)
POLICE_PROFESSIONALIZATION: Final = Goal(
    id="police-professionalization",
    title="Professionalize the Honduran National Police",
    citations=(
        cite(
            "We provide training and assistance to officers throughout the Honduran "
            "National Police to promote professionalization, respect for human "
            "rights, and accountability."
        ),
    ),
    actors=(INL,),
    beneficiaries=(HONDURAN_NATIONAL_POLICE,),
    means=(cite("training and assistance"),),
    aims=(
        cite("professionalization"),
        cite("respect for human rights"),
        cite("accountability"),
    ),
)

# --- Accomplishments and Operation Neptune ----------------------------------

_VETTING = cite(
    "As part of its efforts to root out illicit activity in the security and "
    "justice sectors, the Government of Honduras expanded the use of financial "
    "disclosures, polygraphs, and other types of vetting for police and "
    "prosecutors, and it used the results to remove dozens of police and "
    "prosecutors from their positions."
)
VETTING: Final = Accomplishment(
    id="vetting-of-police-and-prosecutors",
    title="Wider vetting of police and prosecutors, and dozens removed",
    bullet=1,
    citations=(_VETTING,),
    actors=(GOVERNMENT_OF_HONDURAS,),
    measures=(
        cite("financial disclosures"),
        cite("polygraphs", within="disclosures, polygraphs, and"),
        cite("other types of vetting"),
        cite("remove dozens of police and prosecutors from their positions"),
    ),
    quantities=(
        Quantity(
            id="police-and-prosecutors-removed",
            measure="police and prosecutors removed from their positions after vetting",
            text="dozens",
            qualifier=Qualifier.DOZENS,
            unit=Unit.PERSONS,
            basis=Basis.REPORTED,
            low=Decimal("24"),
            citation=_VETTING,
            inferred="'dozens' gives no number; two dozen (24) is the least it can mean.",
        ),
    ),
)
_UNITS_TRAINED = cite(
    "A number of these units received U.S.-supported training and had U.S. or "
    "international advisors assigned to them."
)
VETTED_UNITS: Final = Accomplishment(
    id="vetted-units",
    title="More capacity for vetted police and prosecutor units",
    bullet=1,
    citations=(
        cite(
            "The government increased the capacity of units and task forces composed "
            "of polygraphed and/or background checked Honduran police and prosecutors."
        ),
        _UNITS_TRAINED,
    ),
    actors=(GOVERNMENT_OF_HONDURAS,),
    supported_by=(US_GOVERNMENT,),
    measures=(
        cite("increased the capacity of units and task forces"),
        cite("received U.S.-supported training"),
        cite("had U.S. or international advisors assigned to them"),
    ),
    quantities=(
        Quantity(
            id="vetted-units-with-us-training",
            measure="vetted units that received U.S.-supported training and advisors",
            text="A number of these units",
            qualifier=Qualifier.SOME,
            unit=Unit.UNITS,
            basis=Basis.REPORTED,
            citation=_UNITS_TRAINED,
        ),
    ),
)
POLICE_INTERNAL_CONTROLS: Final = Accomplishment(
    id="police-internal-controls",
    title="Internal controls in the Honduran National Police",
    bullet=1,
    citations=(
        cite(
            "The Ministry of Security took steps to improve internal controls in the "
            "HNP, for example by requiring police officers to present for an "
            "inventory the weapons assigned to them and by installing GPS in police "
            "cars to track their whereabouts."
        ),
    ),
    actors=(MINISTRY_OF_SECURITY,),
    beneficiaries=(HONDURAN_NATIONAL_POLICE,),
    measures=(
        cite("requiring police officers to present for an inventory the weapons assigned to them"),
        cite("installing GPS in police cars to track their whereabouts"),
    ),
)
_JUDGES = cite(
    "For its part, the Supreme Court dismissed 57 judges and suspended 16 by "
    "mid-year after conducting a review of the work performed by all judges."
)
JUDGES_DISMISSED: Final = Quantity(
    id="judges-dismissed",
    measure="judges dismissed by the Supreme Court",
    text="57",
    qualifier=Qualifier.EXACT,
    unit=Unit.PERSONS,
    basis=Basis.REPORTED,
    low=Decimal("57"),
    high=Decimal("57"),
    citation=_JUDGES,
    period=BY_MID_YEAR,
)
JUDGES_SUSPENDED: Final = Quantity(
    id="judges-suspended",
    measure="judges suspended by the Supreme Court",
    text="16",
    qualifier=Qualifier.EXACT,
    unit=Unit.PERSONS,
    basis=Basis.REPORTED,
    low=Decimal("16"),
    high=Decimal("16"),
    citation=_JUDGES,
    period=BY_MID_YEAR,
)
JUDICIAL_REVIEW: Final = Accomplishment(
    id="judicial-review",
    title="Judges dismissed and suspended after a review",
    bullet=1,
    citations=(_JUDGES,),
    actors=(SUPREME_COURT,),
    measures=(cite("a review of the work performed by all judges"),),
    quantities=(JUDGES_DISMISSED, JUDGES_SUSPENDED),
    period=BY_MID_YEAR,
)

_US_TRAINING = cite(
    "To strengthen investigative institutions, the United States provided training "
    "for more than 1,200 Honduran police, prosecutors, and judges on a variety of "
    "topics."
)
PEOPLE_TRAINED: Final = Quantity(
    id="people-trained-by-the-united-states",
    measure="Honduran police, prosecutors and judges trained by the United States",
    text="more than 1,200",
    qualifier=Qualifier.MORE_THAN,
    unit=Unit.PERSONS,
    basis=Basis.REPORTED,
    low=Decimal("1200"),
    citation=_US_TRAINING,
)
US_TRAINING: Final = Accomplishment(
    id="us-training",
    title="U.S. training for police, prosecutors and judges",
    bullet=2,
    citations=(_US_TRAINING,),
    actors=(US_GOVERNMENT,),
    measures=(cite("training for more than 1,200 Honduran police, prosecutors, and judges"),),
    quantities=(PEOPLE_TRAINED,),
)
_SCHOOL = cite(
    "The United States also provided support to the Criminal Investigative School, "
    "which trained almost 250 students in basic criminal investigations."
)
STUDENTS_TRAINED: Final = Quantity(
    id="criminal-investigative-school-students",
    measure="students trained in basic criminal investigations",
    text="almost 250",
    qualifier=Qualifier.ALMOST,
    unit=Unit.PERSONS,
    basis=Basis.REPORTED,
    high=Decimal("250"),
    citation=_SCHOOL,
)
INVESTIGATIVE_SCHOOL: Final = Accomplishment(
    id="criminal-investigative-school-support",
    title="Support to the Criminal Investigative School",
    bullet=2,
    citations=(_SCHOOL,),
    actors=(CRIMINAL_INVESTIGATIVE_SCHOOL,),
    supported_by=(US_GOVERNMENT,),
    measures=(cite("basic criminal investigations"),),
    quantities=(STUDENTS_TRAINED,),
)
COLOMBIAN_TRAINING: Final = Accomplishment(
    id="colombian-training",
    title="Colombian training under U.S.-Colombian cooperation",
    bullet=2,
    citations=(
        cite(
            "As part of U.S.-Colombian cooperation, Colombia trained staff of the HNP, "
            "the Public Ministry and the Supreme Court in a variety of skills and "
            "provided on the job training to police officers."
        ),
    ),
    actors=(COLOMBIA,),
    supported_by=(US_GOVERNMENT,),
    beneficiaries=(HONDURAN_NATIONAL_POLICE, PUBLIC_MINISTRY, SUPREME_COURT),
    measures=(
        cite("trained staff of the HNP, the Public Ministry and the Supreme Court"),
        cite("on the job training to police officers"),
    ),
)

_NEPTUNE_SEIZURE = cite(
    "On September 19-26, the Government of Honduras seized between $500 and $800 "
    "million worth of assets during Operation Neptune, including properties, "
    "vehicles, bank accounts, and businesses that belonged to the largest drug "
    "trafficking organization in Honduras, Los Cachiros."
)
_NEPTUNE_COORDINATION = cite(
    "The operation was planned with substantial U.S. support and coordinated with "
    "the U.S. Treasury designation of seven individuals as drug kingpins associated "
    "with the Sinaloa Cartel."
)
_NEPTUNE_PARTICIPATION = cite(
    "Operation Neptune included participation from 230 vetted personnel from the "
    "Honduran National Police, Public Ministry, Office for Administration of Seized "
    "and Forfeited Assets, Honduran Armed Forces, the Financial Crimes Task Force, "
    "as well as other U.S.-supported vetted units."
)
_NEPTUNE_ADVISOR = cite(
    "An INL advisor was pivotal in assisting the Hondurans and facilitating the "
    "travel of more than 200 participants."
)
NEPTUNE_SEIZED_VALUE: Final = Quantity(
    id="operation-neptune-seized-value",
    measure="worth of the assets seized during Operation Neptune",
    text="between $500 and $800 million",
    qualifier=Qualifier.BETWEEN,
    unit=Unit.US_DOLLARS,
    basis=Basis.REPORTED,
    low=Decimal("500000000"),
    high=Decimal("800000000"),
    citation=_NEPTUNE_SEIZURE,
    period=NEPTUNE_DAYS,
)
OPERATION_NEPTUNE: Final = Operation(
    id="operation-neptune",
    name="Operation Neptune",
    citations=(_NEPTUNE_SEIZURE, _NEPTUNE_COORDINATION, _NEPTUNE_PARTICIPATION, _NEPTUNE_ADVISOR),
    period=NEPTUNE_DAYS,
    conducted_by=(GOVERNMENT_OF_HONDURAS,),
    participants=(
        HONDURAN_NATIONAL_POLICE,
        PUBLIC_MINISTRY,
        SEIZED_ASSETS_OFFICE,
        HONDURAN_ARMED_FORCES,
        FINANCIAL_CRIMES_TASK_FORCE,
        OTHER_VETTED_UNITS,
    ),
    targets=(LOS_CACHIROS,),
    supported_by=(US_GOVERNMENT, INL),
    assets_seized=tuple(AssetKind),
    seized_value=NEPTUNE_SEIZED_VALUE,
    personnel=Quantity(
        id="operation-neptune-personnel",
        measure="vetted personnel who took part in Operation Neptune",
        text="230",
        qualifier=Qualifier.EXACT,
        unit=Unit.PERSONS,
        basis=Basis.REPORTED,
        low=Decimal("230"),
        high=Decimal("230"),
        citation=_NEPTUNE_PARTICIPATION,
        period=NEPTUNE_DAYS,
    ),
    travellers=Quantity(
        id="operation-neptune-travellers",
        measure="participants whose travel an INL advisor facilitated",
        text="more than 200",
        qualifier=Qualifier.MORE_THAN,
        unit=Unit.PERSONS,
        basis=Basis.REPORTED,
        low=Decimal("200"),
        citation=_NEPTUNE_ADVISOR,
        period=NEPTUNE_DAYS,
    ),
    coordinated_with=(
        Designation(
            by=US_TREASURY,
            designation="drug kingpins",
            designees=Quantity(
                id="kingpins-designated",
                measure="individuals designated by the U.S. Treasury as drug kingpins",
                text="seven",
                qualifier=Qualifier.EXACT,
                unit=Unit.PERSONS,
                basis=Basis.REPORTED,
                low=Decimal("7"),
                high=Decimal("7"),
                citation=_NEPTUNE_COORDINATION,
            ),
            associated_with=(SINALOA_CARTEL,),
            citation=_NEPTUNE_COORDINATION,
        ),
    ),
)
NEPTUNE_SEIZURE: Final = Accomplishment(
    id="operation-neptune-seizure",
    title="Operation Neptune seizes the assets of Los Cachiros",
    bullet=3,
    citations=OPERATION_NEPTUNE.citations,
    actors=(GOVERNMENT_OF_HONDURAS,),
    supported_by=(US_GOVERNMENT, INL),
    measures=(cite("planned with substantial U.S. support"),),
    period=NEPTUNE_DAYS,
    operation=OPERATION_NEPTUNE,
)

# --- The brief ------------------------------------------------------------

CHALLENGES: Final[tuple[Challenge, ...]] = (
    DRUG_TRANSIT,
    NORTHERN_ATLANTIC_LANDING_ZONE,
    GANGS,
    VIOLENCE,
)
GOALS: Final[tuple[Goal, ...]] = (
    COUNTER_CRIMINAL_ORGANIZATIONS,
    REDUCE_NARCOTICS_FLOW,
    IMPROVE_CITIZEN_SECURITY,
    BUILD_INSTITUTIONAL_CAPACITY,
    INSTITUTIONAL_CHANGE,
    POLICE_PROFESSIONALIZATION,
)
ACCOMPLISHMENTS: Final[tuple[Accomplishment, ...]] = (
    VETTING,
    VETTED_UNITS,
    POLICE_INTERNAL_CONTROLS,
    JUDICIAL_REVIEW,
    US_TRAINING,
    INVESTIGATIVE_SCHOOL,
    COLOMBIAN_TRAINING,
    NEPTUNE_SEIZURE,
)
OPERATIONS: Final[tuple[Operation, ...]] = (OPERATION_NEPTUNE,)
ACTORS: Final[tuple[Actor, ...]] = (
    US_GOVERNMENT,
    INL,
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
)
BRIEF: Final = Brief(
    source=SOURCE,
    challenges=CHALLENGES,
    goals=GOALS,
    accomplishments=ACCOMPLISHMENTS,
    operations=OPERATIONS,
    actors=ACTORS,
    places=PLACES,
)
