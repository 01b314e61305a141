"""The Challenges section: drug transit, the landing zone, gangs, violence."""

from __future__ import annotations

from decimal import Decimal
from typing import Final

import attrs

from honduras_brief._english import Tense
from honduras_brief._models import Challenge, Route
from honduras_brief._quantities import Basis, Qualifier, Quantity, Unit
from honduras_brief._readings import Reading
from honduras_brief._statements import Factuality, Predicate, Scope
from honduras_brief._vocabulary import (
    Activity,
    Domain,
    Grade,
    Heading,
    Substance,
    TransportMode,
    Vulnerability,
)

from ._base import HOMICIDE_YEAR_2012, HOMICIDE_YEAR_2013, YEAR_2012, cite
from ._names import (
    CENTRAL_AMERICAN_CORRIDOR,
    DRUG_TRAFFICKING_ORGANIZATIONS,
    EIGHTEENTH_STREET,
    HONDURAS,
    LOCAL_COMMUNITIES,
    MARA_SALVATRUCHA,
    NATIONAL_AUTONOMOUS_UNIVERSITY,
    NORTHERN_ATLANTIC_COAST,
    PAN_AMERICAN_HIGHWAY,
    TRANSNATIONAL_GANGS,
    UNITED_STATES,
    US_GOVERNMENT,
    VIOLENCE_OBSERVATORY,
)
from ._said import said

P = Predicate

# --- Drug transit -------------------------------------------------------------

_TRANSIT_COUNTRY = (
    "Honduras is a major transit country for cocaine, as well as some chemical "
    "precursors, and synthetic drugs"
)
_MAJOR = (
    "'major' is read as grading cocaine alone: 'a major transit country for cocaine, "
    "as well as some chemical precursors, and synthetic drugs' may also mean a major "
    "transit country for all three; the statement keeps only the item's own grading."
)
_CORRIDOR_ESTIMATE = (
    "The United States estimates that more than 80 percent of the primary flow "
    "of the cocaine trafficked to the United States first transited through the "
    "Central American corridor in 2012"
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
    citation=cite(_CORRIDOR_ESTIMATE + "."),
    period=YEAR_2012,
    attributed_to=US_GOVERNMENT,
)
DRUG_TRANSIT: Final = Challenge(
    id="drug-transit",
    title="Honduras as a transit country for drugs",
    citations=(cite(_TRANSIT_COUNTRY + "."), cite(_CORRIDOR_ESTIMATE + ".")),
    statements=(
        said(
            "honduras-is-a-major-transit-country-for-cocaine",
            "Honduras is a major transit country for cocaine",
            HONDURAS,
            P.TRANSIT_COUNTRY_FOR,
            (Substance.COCAINE,),
            grading=(Grade.MAJOR,),
        ),
        said(
            "honduras-is-a-transit-country-for-some-chemical-precursors",
            "Honduras is a major transit country for cocaine, as well as some chemical precursors",
            HONDURAS,
            P.TRANSIT_COUNTRY_FOR,
            (Substance.CHEMICAL_PRECURSORS,),
            grading=(Grade.SOME,),
            readings=(Reading(field="grading", value=Grade.SOME.value, reason=_MAJOR),),
        ),
        said(
            "honduras-is-a-transit-country-for-synthetic-drugs",
            _TRANSIT_COUNTRY,
            HONDURAS,
            P.TRANSIT_COUNTRY_FOR,
            (Substance.SYNTHETIC_DRUGS,),
            readings=(
                Reading(field="objects", value=Substance.SYNTHETIC_DRUGS.value, reason=_MAJOR),
            ),
        ),
        said(
            "united-states-estimates-the-cocaine-flow-share",
            _CORRIDOR_ESTIMATE,
            US_GOVERNMENT,
            P.ESTIMATES,
            (COCAINE_FLOW_SHARE_2012,),
            period=YEAR_2012,
        ),
        said(
            "cocaine-is-trafficked-to-the-united-states",
            "the cocaine trafficked to the United States",
            Substance.COCAINE,
            P.TRAFFICKED_TO,
            (UNITED_STATES,),
            according_to=US_GOVERNMENT,
        ),
        said(
            "cocaine-flow-transited-the-central-american-corridor",
            _CORRIDOR_ESTIMATE,
            Domain.PRIMARY_FLOW_OF_COCAINE,
            P.TRANSITED_THROUGH,
            (CENTRAL_AMERICAN_CORRIDOR, COCAINE_FLOW_SHARE_2012),
            according_to=US_GOVERNMENT,
            period=YEAR_2012,
            grading=(Grade.FIRST,),
        ),
    ),
    sources=(US_GOVERNMENT,),
    places=(HONDURAS, UNITED_STATES, CENTRAL_AMERICAN_CORRIDOR),
    substances=(Substance.COCAINE, Substance.CHEMICAL_PRECURSORS, Substance.SYNTHETIC_DRUGS),
    routes=(
        Route(
            modes=(),
            via=(CENTRAL_AMERICAN_CORRIDOR,),
            destination=UNITED_STATES,
            citation=cite(_CORRIDOR_ESTIMATE + "."),
        ),
    ),
    quantities=(COCAINE_FLOW_SHARE_2012,),
)

# --- The Northern Atlantic coast ------------------------------------------------

_LANDING_ZONE = (
    "The Northern Atlantic coastal region of Honduras is a primary landing zone "
    "for drug-carrying flights and maritime traffic"
)
_VULNERABLE = (
    "The region is vulnerable to narcotics trafficking due to its remoteness, "
    "limited infrastructure, lack of government presence, and weak law "
    "enforcement institutions"
)
_TRANSSHIPMENT = (
    "Transshipment from the North Atlantic coastal region is facilitated by "
    "subsequent flights north as well as maritime traffic and land movement on "
    "the Pan American Highway"
)
_THE_REGION = "'The region' is read as the Northern Atlantic coastal region of the sentence before."
NORTHERN_ATLANTIC_LANDING_ZONE: Final = Challenge(
    id="northern-atlantic-landing-zone",
    title="The Northern Atlantic coast as a landing zone and transshipment point",
    citations=(cite(_LANDING_ZONE + "."), cite(_VULNERABLE + "."), cite(_TRANSSHIPMENT + ".")),
    statements=(
        said(
            "northern-atlantic-region-is-part-of-honduras",
            "The Northern Atlantic coastal region of Honduras",
            NORTHERN_ATLANTIC_COAST,
            P.PART_OF,
            (HONDURAS,),
        ),
        said(
            "northern-atlantic-region-is-a-landing-zone",
            _LANDING_ZONE,
            NORTHERN_ATLANTIC_COAST,
            P.LANDING_ZONE_FOR,
            (TransportMode.AIR, TransportMode.MARITIME, Substance.DRUGS),
            grading=(Grade.PRIMARY,),
            inferred=(
                "'drug-carrying' is read as qualifying the maritime traffic too, "
                "not the flights alone."
            ),
        ),
        said(
            "region-is-vulnerable-to-narcotics-trafficking",
            "The region is vulnerable to narcotics trafficking",
            NORTHERN_ATLANTIC_COAST,
            P.VULNERABLE_TO,
            (Activity.NARCOTICS_TRAFFICKING,),
            inferred=_THE_REGION,
        ),
        said(
            "region-is-vulnerable-because-of-its-conditions",
            _VULNERABLE,
            NORTHERN_ATLANTIC_COAST,
            P.VULNERABLE_BECAUSE_OF,
            (Activity.NARCOTICS_TRAFFICKING, *Vulnerability),
            inferred=_THE_REGION,
        ),
        said(
            "transshipment-departs-from-the-region",
            "Transshipment from the North Atlantic coastal region",
            Activity.TRANSSHIPMENT,
            P.DEPARTS_FROM,
            (NORTHERN_ATLANTIC_COAST,),
        ),
        said(
            "transshipment-is-facilitated-by-flights-sea-and-land",
            _TRANSSHIPMENT,
            Activity.TRANSSHIPMENT,
            P.FACILITATED_BY,
            (TransportMode.AIR, TransportMode.MARITIME, TransportMode.LAND),
        ),
        said(
            "subsequent-flights-head-north",
            "subsequent flights north",
            TransportMode.AIR,
            P.HEADS,
            (Heading.NORTH,),
            grading=(Grade.SUBSEQUENT,),
        ),
        said(
            "land-movement-runs-along-the-pan-american-highway",
            "land movement on the Pan American Highway",
            TransportMode.LAND,
            P.MOVES_ALONG,
            (PAN_AMERICAN_HIGHWAY,),
        ),
    ),
    places=(NORTHERN_ATLANTIC_COAST, HONDURAS, PAN_AMERICAN_HIGHWAY),
    substances=(Substance.DRUGS,),
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
            heading=Heading.NORTH,
            citation=cite(_TRANSSHIPMENT + "."),
        ),
        Route(
            modes=(TransportMode.MARITIME,),
            origin=NORTHERN_ATLANTIC_COAST,
            citation=cite(_TRANSSHIPMENT + "."),
        ),
        Route(
            modes=(TransportMode.LAND,),
            origin=NORTHERN_ATLANTIC_COAST,
            via=(PAN_AMERICAN_HIGHWAY,),
            citation=cite(_TRANSSHIPMENT + "."),
        ),
    ),
)

# --- Gangs ------------------------------------------------------------------------

_CONTRIBUTE = (
    "In addition to violent drug trafficking organizations, transnational gangs "
    "such as Mara Salvatrucha and 18th Street contribute to violence and "
    "trafficking in Honduras"
)
_NOT_PART = (
    "Gangs do not appear to be a formal part of the transnational drug logistics "
    "chain, but generally participate in drug distribution in local communities"
)
_CONDUCT = (
    "In addition, gangs conduct other illicit activities such as extortion, "
    "kidnapping, and human trafficking"
)
_GANGS_READ = (
    "'Gangs' here is read as the transnational gangs of the sentence before; "
    "the text does not say whether it means gangs in general."
)
GANGS: Final = Challenge(
    id="gangs",
    title="Drug trafficking organizations and transnational gangs",
    citations=(cite(_CONTRIBUTE + "."), cite(_NOT_PART + "."), cite(_CONDUCT + ".")),
    statements=(
        said(
            "drug-trafficking-organizations-contribute-to-violence",
            _CONTRIBUTE,
            DRUG_TRAFFICKING_ORGANIZATIONS,
            P.CONTRIBUTES_TO,
            (Activity.VIOLENCE, Activity.TRAFFICKING),
            place=HONDURAS,
            grading=(Grade.VIOLENT,),
            inferred=(
                "'In addition to violent drug trafficking organizations, ... gangs "
                "contribute' implies that the organizations contribute too; the "
                "text does not say so in a clause of its own."
            ),
        ),
        said(
            "transnational-gangs-contribute-to-violence",
            "transnational gangs such as Mara Salvatrucha and 18th Street contribute "
            "to violence and trafficking in Honduras",
            TRANSNATIONAL_GANGS,
            P.CONTRIBUTES_TO,
            (Activity.VIOLENCE, Activity.TRAFFICKING),
            place=HONDURAS,
        ),
        said(
            "transnational-gangs-include-ms-and-18th-street",
            "transnational gangs such as Mara Salvatrucha and 18th Street",
            TRANSNATIONAL_GANGS,
            P.INCLUDES,
            (MARA_SALVATRUCHA, EIGHTEENTH_STREET),
            scope=Scope.EXAMPLES,
        ),
        said(
            "gangs-not-part-of-the-logistics-chain",
            "Gangs do not appear to be a formal part of the transnational drug logistics chain",
            TRANSNATIONAL_GANGS,
            P.FORMAL_PART_OF,
            (Domain.TRANSNATIONAL_DRUG_LOGISTICS_CHAIN,),
            factuality=Factuality.PROBABLE_NOT,
            inferred=_GANGS_READ,
        ),
        said(
            "gangs-participate-in-drug-distribution",
            _NOT_PART,
            TRANSNATIONAL_GANGS,
            P.PARTICIPATES_IN,
            (Activity.DRUG_DISTRIBUTION,),
            place=LOCAL_COMMUNITIES,
            grading=(Grade.GENERALLY,),
            inferred=_GANGS_READ,
        ),
        said(
            "gangs-conduct-other-illicit-activities",
            _CONDUCT,
            TRANSNATIONAL_GANGS,
            P.CONDUCTS,
            (
                Activity.ILLICIT_ACTIVITIES,
                Activity.EXTORTION,
                Activity.KIDNAPPING,
                Activity.HUMAN_TRAFFICKING,
            ),
            scope=Scope.EXAMPLES,
            inferred=_GANGS_READ,
        ),
    ),
    actors=(
        DRUG_TRAFFICKING_ORGANIZATIONS,
        TRANSNATIONAL_GANGS,
        MARA_SALVATRUCHA,
        EIGHTEENTH_STREET,
    ),
    places=(HONDURAS, LOCAL_COMMUNITIES),
    activities=(
        Activity.VIOLENCE,
        Activity.TRAFFICKING,
        Activity.DRUG_DISTRIBUTION,
        Activity.ILLICIT_ACTIVITIES,
        Activity.EXTORTION,
        Activity.KIDNAPPING,
        Activity.HUMAN_TRAFFICKING,
    ),
)

# --- Violence and the homicide rate ---------------------------------------------

_SUFFERS = "Honduras suffers from violence and a high homicide rate"
_PROJECTION = (
    "According to the Violence Observatory at the National Autonomous University "
    "of Honduras, Honduras' homicide rate could fall to 80 per 100,000 for 2013, "
    "from 85.5 per 100,000 in 2012, a 6.4 percent decrease, but will likely remain "
    "the highest in the world."
)
_RATE = "Honduras' homicide rate could fall to 80 per 100,000 for 2013"
_BEFORE_THE_FALL = "The rate was the highest before the fall; 2012 is the year the fall is from."
_AFTER_THE_FALL = (
    "'remain' is read as in 2013, the year of the fall it follows; no year is written with it."
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
    citation=cite(_PROJECTION),
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
    citation=cite(_PROJECTION),
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
    citation=cite(_PROJECTION),
    attributed_to=VIOLENCE_OBSERVATORY,
    derived_from=(HOMICIDE_RATE_2012.id, HOMICIDE_RATE_2013.id),
)
VIOLENCE: Final = Challenge(
    id="violence-and-homicide",
    title="Violence and the homicide rate",
    citations=(cite(_SUFFERS + "."), cite(_PROJECTION)),
    statements=(
        said(
            "honduras-suffers-from-violence",
            "Honduras suffers from violence",
            HONDURAS,
            P.SUFFERS_FROM,
            (Activity.VIOLENCE,),
        ),
        said(
            "honduras-suffers-from-a-high-homicide-rate",
            _SUFFERS,
            HONDURAS,
            P.SUFFERS_FROM,
            (Domain.HOMICIDE_RATE,),
            grading=(Grade.HIGH,),
        ),
        said(
            "violence-observatory-is-part-of-the-university",
            "Violence Observatory at the National Autonomous University of Honduras",
            VIOLENCE_OBSERVATORY,
            P.PART_OF,
            (NATIONAL_AUTONOMOUS_UNIVERSITY,),
            inferred="'at' the university is read as part of it.",
        ),
        said(
            "homicide-rate-could-fall-to-80-in-2013",
            _RATE,
            Domain.HOMICIDE_RATE,
            P.FALLS_TO,
            (HOMICIDE_RATE_2013,),
            according_to=VIOLENCE_OBSERVATORY,
            factuality=Factuality.POSSIBLE,
            period=HOMICIDE_YEAR_2013,
            place=HONDURAS,
        ),
        said(
            "homicide-rate-was-85-5-in-2012",
            _RATE + ", from 85.5 per 100,000 in 2012",
            Domain.HOMICIDE_RATE,
            P.AMOUNTS_TO,
            (HOMICIDE_RATE_2012,),
            according_to=VIOLENCE_OBSERVATORY,
            tense=Tense.PAST,
            period=HOMICIDE_YEAR_2012,
            place=HONDURAS,
        ),
        said(
            "homicide-rate-could-decrease-by-6-4-percent",
            _RATE + ", from 85.5 per 100,000 in 2012, a 6.4 percent decrease",
            Domain.HOMICIDE_RATE,
            P.DECREASES_BY,
            (HOMICIDE_RATE_DECREASE,),
            according_to=VIOLENCE_OBSERVATORY,
            factuality=Factuality.POSSIBLE,
            period=HOMICIDE_YEAR_2012.span(HOMICIDE_YEAR_2013),
            place=HONDURAS,
        ),
        said(
            "homicide-rate-was-the-highest-in-the-world",
            _PROJECTION.removesuffix("."),
            Domain.HOMICIDE_RATE,
            P.IS_HIGHEST,
            according_to=VIOLENCE_OBSERVATORY,
            tense=Tense.PAST,
            period=attrs.evolve(HOMICIDE_YEAR_2012, inferred=_BEFORE_THE_FALL),
            place=HONDURAS,
            grading=(Grade.HIGHEST_IN_THE_WORLD,),
            inferred=(
                "'remain' presupposes that the rate already was the highest in the "
                "world, which holds whether or not it will remain so; the source, "
                "and the year (2012, the year before the projected fall), are read "
                "from the sentence."
            ),
        ),
        said(
            "homicide-rate-will-likely-remain-the-highest",
            _PROJECTION.removesuffix("."),
            Domain.HOMICIDE_RATE,
            P.REMAINS_HIGHEST,
            tense=Tense.FUTURE,
            according_to=VIOLENCE_OBSERVATORY,
            factuality=Factuality.PROBABLE,
            period=attrs.evolve(HOMICIDE_YEAR_2013, inferred=_AFTER_THE_FALL),
            place=HONDURAS,
            grading=(Grade.HIGHEST_IN_THE_WORLD,),
            inferred=(
                "The sentence's 'According to the Violence Observatory' is read as "
                "covering this clause too, and 'remain' as in 2013, the year of "
                "the fall it follows; the text says neither outright."
            ),
        ),
    ),
    sources=(VIOLENCE_OBSERVATORY, NATIONAL_AUTONOMOUS_UNIVERSITY),
    places=(HONDURAS,),
    activities=(Activity.VIOLENCE,),
    quantities=(HOMICIDE_RATE_2012, HOMICIDE_RATE_2013, HOMICIDE_RATE_DECREASE),
)

CHALLENGES: Final[tuple[Challenge, ...]] = (
    DRUG_TRANSIT,
    NORTHERN_ATLANTIC_LANDING_ZONE,
    GANGS,
    VIOLENCE,
)
