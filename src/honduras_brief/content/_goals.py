"""The Goals section: what INL is committed to, and what its programmes focus on."""

from __future__ import annotations

from typing import Final

from honduras_brief._models import Goal
from honduras_brief._quantities import Basis, Qualifier, Quantity, Unit
from honduras_brief._statements import Predicate
from honduras_brief._vocabulary import Activity, Aim, Grade, Practice, Role, Substance

from ._base import cite
from ._names import (
    GOVERNMENT_OF_HONDURAS,
    HONDURAN_NATIONAL_POLICE,
    INL,
    TRANSNATIONAL_CRIMINAL_ORGANIZATIONS,
)
from ._said import said

P = Predicate

_COMMITMENT = (
    "INL is committed to supporting the Honduran government\u2019s effort to counter "
    "transnational criminal organizations; reduce the flow of illicit narcotics; "
    "and improve citizen security while building Honduran institutional capacity."
)
_EFFORT_LIST = (
    "Read as a further aim of the Honduran government's effort, the list after "
    "'effort to'; the text could also be read as listing INL's own commitments."
)
COMMITTED: Final = said(
    "inl-is-committed-to-supporting-the-honduran-government",
    "INL is committed to supporting the Honduran government\u2019s effort",
    INL,
    P.COMMITTED_TO_SUPPORTING,
    (GOVERNMENT_OF_HONDURAS,),
)
COUNTER_CRIMINAL_ORGANIZATIONS: Final = Goal(
    id="counter-transnational-criminal-organizations",
    title="Counter transnational criminal organizations",
    citations=(cite(_COMMITMENT),),
    statements=(
        COMMITTED,
        said(
            "honduran-government-aims-to-counter-criminal-organizations",
            "the Honduran government\u2019s effort to counter transnational criminal organizations",
            GOVERNMENT_OF_HONDURAS,
            P.AIMS_AT,
            (
                Aim.COUNTER_TRANSNATIONAL_CRIMINAL_ORGANIZATIONS,
                TRANSNATIONAL_CRIMINAL_ORGANIZATIONS,
            ),
        ),
    ),
    actors=(INL,),
    supports=(GOVERNMENT_OF_HONDURAS,),
    targets=(TRANSNATIONAL_CRIMINAL_ORGANIZATIONS,),
    aims=(Aim.COUNTER_TRANSNATIONAL_CRIMINAL_ORGANIZATIONS,),
)
REDUCE_NARCOTICS_FLOW: Final = Goal(
    id="reduce-narcotics-flow",
    title="Reduce the flow of illicit narcotics",
    citations=(cite(_COMMITMENT),),
    statements=(
        COMMITTED,
        said(
            "honduran-government-aims-to-reduce-the-narcotics-flow",
            "the Honduran government\u2019s effort to counter transnational criminal "
            "organizations; reduce the flow of illicit narcotics",
            GOVERNMENT_OF_HONDURAS,
            P.AIMS_AT,
            (Aim.REDUCE_THE_FLOW_OF_ILLICIT_NARCOTICS, Substance.ILLICIT_NARCOTICS),
            inferred=_EFFORT_LIST,
        ),
    ),
    actors=(INL,),
    supports=(GOVERNMENT_OF_HONDURAS,),
    substances=(Substance.ILLICIT_NARCOTICS,),
    aims=(Aim.REDUCE_THE_FLOW_OF_ILLICIT_NARCOTICS,),
)
IMPROVE_CITIZEN_SECURITY: Final = Goal(
    id="improve-citizen-security",
    title="Improve citizen security",
    citations=(cite(_COMMITMENT),),
    statements=(
        COMMITTED,
        said(
            "honduran-government-aims-to-improve-citizen-security",
            "the Honduran government\u2019s effort to counter transnational criminal "
            "organizations; reduce the flow of illicit narcotics; and improve citizen security",
            GOVERNMENT_OF_HONDURAS,
            P.AIMS_AT,
            (Aim.IMPROVE_CITIZEN_SECURITY,),
            inferred=_EFFORT_LIST,
        ),
    ),
    actors=(INL,),
    supports=(GOVERNMENT_OF_HONDURAS,),
    aims=(Aim.IMPROVE_CITIZEN_SECURITY,),
)
BUILD_INSTITUTIONAL_CAPACITY: Final = Goal(
    id="build-institutional-capacity",
    title="Build Honduran institutional capacity",
    citations=(cite(_COMMITMENT),),
    statements=(
        COMMITTED,
        said(
            "inl-aims-to-build-institutional-capacity",
            _COMMITMENT.removesuffix("."),
            INL,
            P.AIMS_AT,
            (Aim.BUILD_INSTITUTIONAL_CAPACITY,),
            inferred=(
                "'while building' has no subject of its own; it is read as INL's, "
                "the subject of the sentence. It could also be read as part of the "
                "Honduran government's effort."
            ),
        ),
    ),
    actors=(INL,),
    supports=(GOVERNMENT_OF_HONDURAS,),
    aims=(Aim.BUILD_INSTITUTIONAL_CAPACITY,),
)

_FOCUS = (
    "Programs primarily focus on the need for institutional change, especially on "
    "everyday crimes that affect many Honduran citizens."
)
_PROGRAMS_READ = (
    "'Programs' names no one; they are read as INL's, the programmes of the "
    "page's author, whose goals the section sets out."
)
CITIZENS_AFFECTED: Final = Quantity(
    id="citizens-affected-by-everyday-crimes",
    measure="Honduran citizens affected by everyday crimes",
    text="many",
    qualifier=Qualifier.MANY,
    unit=Unit.PERSONS,
    basis=Basis.REPORTED,
    citation=cite(_FOCUS),
)
INSTITUTIONAL_CHANGE: Final = Goal(
    id="institutional-change",
    title="Institutional change, with a focus on everyday crimes",
    citations=(cite(_FOCUS),),
    statements=(
        said(
            "programs-focus-on-institutional-change",
            "Programs primarily focus on the need for institutional change",
            INL,
            P.FOCUSES_ON,
            (Aim.INSTITUTIONAL_CHANGE,),
            grading=(Grade.PRIMARILY,),
            inferred=_PROGRAMS_READ,
        ),
        said(
            "programs-focus-especially-on-everyday-crimes",
            _FOCUS.removesuffix("."),
            INL,
            P.FOCUSES_ON,
            (Activity.EVERYDAY_CRIMES,),
            grading=(Grade.ESPECIALLY,),
            inferred=_PROGRAMS_READ,
        ),
        said(
            "everyday-crimes-affect-many-citizens",
            "everyday crimes that affect many Honduran citizens",
            Activity.EVERYDAY_CRIMES,
            P.AFFECTS,
            (Role.HONDURAN_CITIZENS, CITIZENS_AFFECTED),
        ),
    ),
    actors=(INL,),
    aims=(Aim.INSTITUTIONAL_CHANGE,),
    quantities=(CITIZENS_AFFECTED,),
)

_TRAINING = (
    "We provide training and assistance to officers throughout the Honduran "
    "National Police to promote professionalization, respect for human rights, "
    "and accountability."
)
_WE = (
    "'We' is read as INL, the author of the page and the subject of its goals; "
    "the text does not say whether it means the bureau, the Department of State "
    "or the United States."
)
POLICE_PROFESSIONALIZATION: Final = Goal(
    id="police-professionalization",
    title="Professionalize the Honduran National Police",
    citations=(cite(_TRAINING),),
    statements=(
        said(
            "inl-trains-and-assists-police-officers",
            "We provide training and assistance to officers throughout the Honduran "
            "National Police",
            INL,
            P.PROVIDES,
            (Practice.TRAINING, Practice.ASSISTANCE, Role.OFFICERS, HONDURAN_NATIONAL_POLICE),
            grading=(Grade.THROUGHOUT,),
            inferred=_WE,
        ),
        said(
            "inl-training-aims-at-professionalization",
            "training and assistance to officers throughout the Honduran National "
            "Police to promote professionalization, respect for human rights, and "
            "accountability",
            INL,
            P.AIMS_AT,
            (Aim.PROFESSIONALIZATION, Aim.RESPECT_FOR_HUMAN_RIGHTS, Aim.ACCOUNTABILITY),
            inferred=_WE,
        ),
    ),
    actors=(INL,),
    beneficiaries=(HONDURAN_NATIONAL_POLICE,),
    means=(Practice.TRAINING, Practice.ASSISTANCE),
    aims=(Aim.PROFESSIONALIZATION, Aim.RESPECT_FOR_HUMAN_RIGHTS, Aim.ACCOUNTABILITY),
)

GOALS: Final[tuple[Goal, ...]] = (
    COUNTER_CRIMINAL_ORGANIZATIONS,
    REDUCE_NARCOTICS_FLOW,
    IMPROVE_CITIZEN_SECURITY,
    BUILD_INSTITUTIONAL_CAPACITY,
    INSTITUTIONAL_CHANGE,
    POLICE_PROFESSIONALIZATION,
)
