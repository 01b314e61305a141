"""The accomplishments: vetting, training, internal controls, Operation Neptune."""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from honduras_brief._english import Tense
from honduras_brief._models import Accomplishment
from honduras_brief._operations import Designation, Operation
from honduras_brief._quantities import Basis, Qualifier, Quantity, Unit
from honduras_brief._readings import Reading
from honduras_brief._statements import Predicate, Scope
from honduras_brief._vocabulary import (
    Aim,
    AssetKind,
    Domain,
    Equipment,
    Grade,
    Practice,
    Role,
    Topic,
)

from ._base import BY_MID_YEAR, NEPTUNE_DAYS, cite
from ._names import (
    COLOMBIA,
    CRIMINAL_INVESTIGATIVE_SCHOOL,
    DRUG_TRAFFICKING_ORGANIZATIONS,
    FINANCIAL_CRIMES_TASK_FORCE,
    GOVERNMENT_OF_HONDURAS,
    HONDURAN_ARMED_FORCES,
    HONDURAN_NATIONAL_POLICE,
    HONDURAS,
    INL_ADVISOR,
    LOS_CACHIROS,
    MINISTRY_OF_SECURITY,
    OTHER_VETTED_UNITS,
    PUBLIC_MINISTRY,
    SEIZED_ASSETS_OFFICE,
    SINALOA_CARTEL,
    SUPREME_COURT,
    US_GOVERNMENT,
    US_TREASURY,
    VETTED_UNITS_AND_TASK_FORCES,
)
from ._said import said

P = Predicate

# --- Bullet 1: vetting, vetted units, internal controls, judges ---------------

_VETTING = (
    "As part of its efforts to root out illicit activity in the security and "
    "justice sectors, the Government of Honduras expanded the use of financial "
    "disclosures, polygraphs, and other types of vetting for police and "
    "prosecutors, and it used the results to remove dozens of police and "
    "prosecutors from their positions."
)
POLICE_AND_PROSECUTORS_REMOVED: Final = Quantity(
    id="police-and-prosecutors-removed",
    measure="police and prosecutors removed from their positions after vetting",
    text="dozens",
    qualifier=Qualifier.DOZENS,
    unit=Unit.PERSONS,
    basis=Basis.REPORTED,
    low=Decimal("24"),
    citation=cite(_VETTING),
    inferred="'dozens' gives no number; two dozen (24) is the least it can mean.",
)
VETTING: Final = Accomplishment(
    id="vetting-of-police-and-prosecutors",
    title="Wider vetting of police and prosecutors, and dozens removed",
    bullet=1,
    citations=(cite(_VETTING),),
    statements=(
        said(
            "honduran-government-aims-to-root-out-illicit-activity",
            "its efforts to root out illicit activity in the security and justice sectors",
            GOVERNMENT_OF_HONDURAS,
            P.AIMS_AT,
            (Aim.ROOT_OUT_ILLICIT_ACTIVITY, Domain.SECURITY_AND_JUSTICE_SECTORS),
            tense=Tense.PAST,
            inferred="'its' is read as the Government of Honduras, the subject of the sentence.",
        ),
        said(
            "honduran-government-expanded-vetting",
            "As part of its efforts to root out illicit activity in the security and "
            "justice sectors, the Government of Honduras expanded the use of financial "
            "disclosures, polygraphs, and other types of vetting for police and prosecutors",
            GOVERNMENT_OF_HONDURAS,
            P.EXPANDED,
            (
                Practice.FINANCIAL_DISCLOSURES,
                Practice.POLYGRAPHS,
                Practice.OTHER_TYPES_OF_VETTING,
                Role.POLICE,
                Role.PROSECUTORS,
                Aim.ROOT_OUT_ILLICIT_ACTIVITY,
                Domain.SECURITY_AND_JUSTICE_SECTORS,
            ),
            scope=Scope.EXAMPLES,
        ),
        said(
            "financial-disclosures-and-polygraphs-are-vetting",
            "financial disclosures, polygraphs, and other types of vetting",
            Practice.VETTING,
            P.INCLUDES,
            (Practice.FINANCIAL_DISCLOSURES, Practice.POLYGRAPHS),
            scope=Scope.EXAMPLES,
            inferred=(
                "'and other types of vetting' implies that disclosures and polygraphs are vetting."
            ),
        ),
        said(
            "honduran-government-removed-dozens-of-police-and-prosecutors",
            _VETTING.removesuffix("."),
            GOVERNMENT_OF_HONDURAS,
            P.REMOVED,
            (
                Role.POLICE,
                Role.PROSECUTORS,
                POLICE_AND_PROSECUTORS_REMOVED,
                Practice.FINANCIAL_DISCLOSURES,
                Practice.POLYGRAPHS,
                Practice.OTHER_TYPES_OF_VETTING,
            ),
            inferred=(
                "'it' is read as the Government of Honduras, the subject of the sentence, "
                "and 'the results' as those of the vetting the sentence names."
            ),
        ),
    ),
    actors=(GOVERNMENT_OF_HONDURAS,),
    measures=(
        Practice.VETTING,
        Practice.FINANCIAL_DISCLOSURES,
        Practice.POLYGRAPHS,
        Practice.OTHER_TYPES_OF_VETTING,
    ),
    quantities=(POLICE_AND_PROSECUTORS_REMOVED,),
)

_CAPACITY = (
    "The government increased the capacity of units and task forces composed of "
    "polygraphed and/or background checked Honduran police and prosecutors."
)
VETTED_UNITS: Final = Accomplishment(
    id="vetted-units",
    title="More capacity for vetted police and prosecutor units",
    bullet=1,
    citations=(cite(_CAPACITY),),
    statements=(
        said(
            "honduran-government-increased-the-capacity-of-vetted-units",
            "The government increased the capacity of units and task forces",
            GOVERNMENT_OF_HONDURAS,
            P.INCREASED_THE_CAPACITY_OF,
            (VETTED_UNITS_AND_TASK_FORCES,),
            inferred=(
                "'The government' is read as the Government of Honduras of the sentence before."
            ),
        ),
        said(
            "vetted-units-are-composed-of-vetted-police-and-prosecutors",
            "units and task forces composed of polygraphed and/or background checked "
            "Honduran police and prosecutors",
            VETTED_UNITS_AND_TASK_FORCES,
            P.COMPOSED_OF,
            (Role.POLICE, Role.PROSECUTORS, Practice.POLYGRAPH_OR_BACKGROUND_CHECK),
        ),
    ),
    actors=(GOVERNMENT_OF_HONDURAS,),
    beneficiaries=(VETTED_UNITS_AND_TASK_FORCES,),
    measures=(Practice.POLYGRAPH_OR_BACKGROUND_CHECK,),
)

_UNITS_TRAINED = (
    "A number of these units received U.S.-supported training and had U.S. or "
    "international advisors assigned to them."
)
_THESE_UNITS = "'these units' is read as the units and task forces of the sentence before."
UNITS_WITH_US_TRAINING: Final = Quantity(
    id="vetted-units-with-us-training",
    measure="vetted units that received U.S.-supported training and advisors",
    text="A number of these units",
    qualifier=Qualifier.SOME,
    unit=Unit.UNITS,
    basis=Basis.REPORTED,
    citation=cite(_UNITS_TRAINED),
)
VETTED_UNITS_SUPPORT: Final = Accomplishment(
    id="us-training-and-advisors-for-vetted-units",
    title="U.S.-supported training and advisors for a number of the vetted units",
    bullet=1,
    citations=(cite(_UNITS_TRAINED),),
    statements=(
        said(
            "some-vetted-units-received-us-supported-training",
            "A number of these units received U.S.-supported training",
            VETTED_UNITS_AND_TASK_FORCES,
            P.RECEIVED,
            (Practice.TRAINING, UNITS_WITH_US_TRAINING),
            inferred=_THESE_UNITS,
        ),
        said(
            "united-states-supported-the-training-of-vetted-units",
            "U.S.-supported training",
            US_GOVERNMENT,
            P.SUPPORTED,
            (Practice.TRAINING,),
        ),
        said(
            "some-vetted-units-had-advisors-assigned",
            _UNITS_TRAINED.removesuffix("."),
            VETTED_UNITS_AND_TASK_FORCES,
            P.HAD_ASSIGNED,
            (Role.US_OR_INTERNATIONAL_ADVISORS, UNITS_WITH_US_TRAINING),
            inferred=_THESE_UNITS,
        ),
    ),
    supported_by=(US_GOVERNMENT,),
    beneficiaries=(VETTED_UNITS_AND_TASK_FORCES,),
    measures=(Practice.TRAINING,),
    quantities=(UNITS_WITH_US_TRAINING,),
)

_CONTROLS = (
    "The Ministry of Security took steps to improve internal controls in the HNP, "
    "for example by requiring police officers to present for an inventory the "
    "weapons assigned to them and by installing GPS in police cars to track their "
    "whereabouts."
)
_GPS = "installing GPS in police cars to track their whereabouts"
POLICE_INTERNAL_CONTROLS: Final = Accomplishment(
    id="police-internal-controls",
    title="Internal controls in the Honduran National Police",
    bullet=1,
    citations=(cite(_CONTROLS),),
    statements=(
        said(
            "ministry-of-security-aims-to-improve-internal-controls",
            "The Ministry of Security took steps to improve internal controls in the HNP",
            MINISTRY_OF_SECURITY,
            P.AIMS_AT,
            (Aim.IMPROVE_INTERNAL_CONTROLS, HONDURAN_NATIONAL_POLICE),
            tense=Tense.PAST,
        ),
        said(
            "ministry-of-security-took-steps",
            _CONTROLS.removesuffix("."),
            MINISTRY_OF_SECURITY,
            P.TOOK_STEPS,
            (Practice.WEAPONS_INVENTORY, Practice.GPS_IN_POLICE_CARS),
            scope=Scope.EXAMPLES,
        ),
        said(
            "ministry-of-security-required-a-weapons-inventory",
            "requiring police officers to present for an inventory the weapons assigned to them",
            MINISTRY_OF_SECURITY,
            P.REQUIRED,
            (Role.POLICE_OFFICERS, Equipment.WEAPONS, Practice.WEAPONS_INVENTORY),
        ),
        said(
            "weapons-are-assigned-to-police-officers",
            "requiring police officers to present for an inventory the weapons assigned to them",
            Equipment.WEAPONS,
            P.ASSIGNED_TO,
            (Role.POLICE_OFFICERS,),
        ),
        said(
            "ministry-of-security-installed-gps-in-police-cars",
            _GPS,
            MINISTRY_OF_SECURITY,
            P.INSTALLED,
            (Practice.GPS_IN_POLICE_CARS,),
        ),
        said(
            "gps-in-police-cars-aims-to-track-whereabouts",
            _GPS,
            MINISTRY_OF_SECURITY,
            P.AIMS_AT,
            (Aim.TRACK_WHEREABOUTS,),
            tense=Tense.PAST,
            readings=(
                Reading(
                    field="objects",
                    value=Aim.TRACK_WHEREABOUTS.value,
                    reason="'their whereabouts' is read as the police cars' whereabouts.",
                ),
            ),
        ),
    ),
    actors=(MINISTRY_OF_SECURITY,),
    beneficiaries=(HONDURAN_NATIONAL_POLICE,),
    measures=(Practice.WEAPONS_INVENTORY, Practice.GPS_IN_POLICE_CARS),
)

_JUDGES = (
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
    citation=cite(_JUDGES),
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
    citation=cite(_JUDGES),
    period=BY_MID_YEAR,
)
_BOTH_COUNTS = (
    "'by mid-year after conducting a review' is written after 'suspended 16'; it is "
    "read as covering the dismissals before it too, as one time and one review for both."
)
JUDICIAL_REVIEW: Final = Accomplishment(
    id="judicial-review",
    title="Judges dismissed and suspended after a review",
    bullet=1,
    citations=(cite(_JUDGES),),
    statements=(
        said(
            "supreme-court-dismissed-judges",
            _JUDGES.removesuffix("."),
            SUPREME_COURT,
            P.DISMISSED,
            (Role.JUDGES, JUDGES_DISMISSED, Practice.REVIEW_OF_JUDGES_WORK),
            period=BY_MID_YEAR,
            readings=(
                Reading(field="period", value="by mid-year", reason=_BOTH_COUNTS),
                Reading(
                    field="objects",
                    value=Practice.REVIEW_OF_JUDGES_WORK.value,
                    reason=_BOTH_COUNTS,
                ),
            ),
        ),
        said(
            "supreme-court-suspended-judges",
            _JUDGES.removesuffix("."),
            SUPREME_COURT,
            P.SUSPENDED,
            (Role.JUDGES, JUDGES_SUSPENDED, Practice.REVIEW_OF_JUDGES_WORK),
            period=BY_MID_YEAR,
        ),
        said(
            "supreme-court-reviewed-the-work-of-all-judges",
            _JUDGES.removesuffix("."),
            SUPREME_COURT,
            P.CONDUCTS,
            (Practice.REVIEW_OF_JUDGES_WORK,),
            tense=Tense.PAST,
        ),
    ),
    actors=(SUPREME_COURT,),
    measures=(Practice.REVIEW_OF_JUDGES_WORK,),
    quantities=(JUDGES_DISMISSED, JUDGES_SUSPENDED),
    period=BY_MID_YEAR,
)

# --- Bullet 2: training -------------------------------------------------------------

_US_TRAINING = (
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
    citation=cite(_US_TRAINING),
)
US_TRAINING: Final = Accomplishment(
    id="us-training",
    title="U.S. training for police, prosecutors and judges",
    bullet=2,
    citations=(cite(_US_TRAINING),),
    statements=(
        said(
            "united-states-aims-to-strengthen-investigative-institutions",
            _US_TRAINING.removesuffix("."),
            US_GOVERNMENT,
            P.AIMS_AT,
            (Aim.STRENGTHEN_INVESTIGATIVE_INSTITUTIONS,),
            tense=Tense.PAST,
        ),
        said(
            "united-states-trained-police-prosecutors-and-judges",
            "the United States provided training for more than 1,200 Honduran police, "
            "prosecutors, and judges on a variety of topics",
            US_GOVERNMENT,
            P.PROVIDES,
            (
                Practice.TRAINING,
                Role.POLICE,
                Role.PROSECUTORS,
                Role.JUDGES,
                PEOPLE_TRAINED,
                Topic.VARIETY_OF_TOPICS,
            ),
            tense=Tense.PAST,
        ),
    ),
    actors=(US_GOVERNMENT,),
    measures=(Practice.TRAINING,),
    quantities=(PEOPLE_TRAINED,),
)

_SCHOOL = (
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
    citation=cite(_SCHOOL),
)
INVESTIGATIVE_SCHOOL: Final = Accomplishment(
    id="criminal-investigative-school-support",
    title="Support to the Criminal Investigative School",
    bullet=2,
    citations=(cite(_SCHOOL),),
    statements=(
        said(
            "united-states-supported-the-criminal-investigative-school",
            "The United States also provided support to the Criminal Investigative School",
            US_GOVERNMENT,
            P.SUPPORTED,
            (CRIMINAL_INVESTIGATIVE_SCHOOL,),
        ),
        said(
            "criminal-investigative-school-trained-students",
            "the Criminal Investigative School, which trained almost 250 students in "
            "basic criminal investigations",
            CRIMINAL_INVESTIGATIVE_SCHOOL,
            P.TRAINED,
            (Role.STUDENTS, STUDENTS_TRAINED, Topic.BASIC_CRIMINAL_INVESTIGATIONS),
        ),
    ),
    actors=(CRIMINAL_INVESTIGATIVE_SCHOOL,),
    supported_by=(US_GOVERNMENT,),
    quantities=(STUDENTS_TRAINED,),
)

_COLOMBIA = (
    "As part of U.S.-Colombian cooperation, Colombia trained staff of the HNP, the "
    "Public Ministry and the Supreme Court in a variety of skills and provided on "
    "the job training to police officers."
)
COLOMBIAN_TRAINING: Final = Accomplishment(
    id="colombian-training",
    title="Colombian training under U.S.-Colombian cooperation",
    bullet=2,
    citations=(cite(_COLOMBIA),),
    statements=(
        said(
            "united-states-cooperated-with-colombia",
            "As part of U.S.-Colombian cooperation",
            US_GOVERNMENT,
            P.COOPERATED_WITH,
            (COLOMBIA,),
        ),
        said(
            "colombia-trained-honduran-staff",
            "As part of U.S.-Colombian cooperation, Colombia trained staff of the HNP, "
            "the Public Ministry and the Supreme Court in a variety of skills",
            COLOMBIA,
            P.TRAINED,
            (
                Role.STAFF,
                HONDURAN_NATIONAL_POLICE,
                PUBLIC_MINISTRY,
                SUPREME_COURT,
                Topic.VARIETY_OF_SKILLS,
                Practice.US_COLOMBIAN_COOPERATION,
            ),
        ),
        said(
            "colombia-provided-on-the-job-training",
            "Colombia trained staff of the HNP, the Public Ministry and the Supreme "
            "Court in a variety of skills and provided on the job training to police officers",
            COLOMBIA,
            P.PROVIDES,
            (Practice.ON_THE_JOB_TRAINING, Role.POLICE_OFFICERS),
            tense=Tense.PAST,
        ),
    ),
    actors=(COLOMBIA,),
    partners=(US_GOVERNMENT,),
    beneficiaries=(HONDURAN_NATIONAL_POLICE, PUBLIC_MINISTRY, SUPREME_COURT),
    measures=(Practice.ON_THE_JOB_TRAINING, Practice.US_COLOMBIAN_COOPERATION),
)

# --- Bullet 3: Operation Neptune ----------------------------------------------------

_SEIZURE = (
    "On September 19-26, the Government of Honduras seized between $500 and $800 "
    "million worth of assets during Operation Neptune, including properties, "
    "vehicles, bank accounts, and businesses that belonged to the largest drug "
    "trafficking organization in Honduras, Los Cachiros."
)
_BELONGED = (
    "between $500 and $800 million worth of assets during Operation Neptune, "
    "including properties, vehicles, bank accounts, and businesses that belonged to "
    "the largest drug trafficking organization in Honduras, Los Cachiros"
)
_COORDINATION = (
    "The operation was planned with substantial U.S. support and coordinated with "
    "the U.S. Treasury designation of seven individuals as drug kingpins associated "
    "with the Sinaloa Cartel."
)
_PARTICIPATION = (
    "Operation Neptune included participation from 230 vetted personnel from the "
    "Honduran National Police, Public Ministry, Office for Administration of Seized "
    "and Forfeited Assets, Honduran Armed Forces, the Financial Crimes Task Force, "
    "as well as other U.S.-supported vetted units."
)
_ADVISOR = (
    "An INL advisor was pivotal in assisting the Hondurans and facilitating the "
    "travel of more than 200 participants."
)
_SEIZED_KINDS = (
    AssetKind.PROPERTIES,
    AssetKind.VEHICLES,
    AssetKind.BANK_ACCOUNTS,
    AssetKind.BUSINESSES,
)
_ALL_ASSETS = (
    "'that belonged to' follows 'businesses'; it is read as saying whose every "
    "kind of asset listed was, not the businesses' alone."
)
_THE_OPERATION = "'The operation' is read as Operation Neptune, of the sentence before."
NEPTUNE_SEIZED_VALUE: Final = Quantity(
    id="operation-neptune-seized-value",
    measure="worth of the assets seized during Operation Neptune",
    text="between $500 and $800 million",
    qualifier=Qualifier.BETWEEN,
    unit=Unit.US_DOLLARS,
    basis=Basis.REPORTED,
    low=Decimal("500000000"),
    high=Decimal("800000000"),
    citation=cite(_SEIZURE),
    period=NEPTUNE_DAYS,
)
NEPTUNE_PERSONNEL: Final = Quantity(
    id="operation-neptune-personnel",
    measure="vetted personnel who took part in Operation Neptune",
    text="230",
    qualifier=Qualifier.EXACT,
    unit=Unit.PERSONS,
    basis=Basis.REPORTED,
    low=Decimal("230"),
    high=Decimal("230"),
    citation=cite(_PARTICIPATION),
)
NEPTUNE_TRAVELLERS: Final = Quantity(
    id="operation-neptune-travellers",
    measure="participants whose travel an INL advisor facilitated",
    text="more than 200",
    qualifier=Qualifier.MORE_THAN,
    unit=Unit.PERSONS,
    basis=Basis.REPORTED,
    low=Decimal("200"),
    citation=cite(_ADVISOR),
)
KINGPINS_DESIGNATED: Final = Quantity(
    id="kingpins-designated",
    measure="individuals designated by the U.S. Treasury as drug kingpins",
    text="seven",
    qualifier=Qualifier.EXACT,
    unit=Unit.PERSONS,
    basis=Basis.REPORTED,
    low=Decimal("7"),
    high=Decimal("7"),
    citation=cite(_COORDINATION),
)
KINGPIN_DESIGNATION: Final = Designation(
    by=US_TREASURY,
    designation="drug kingpins",
    designees=KINGPINS_DESIGNATED,
    associated_with=(SINALOA_CARTEL,),
    citation=cite(_COORDINATION),
)
OPERATION_NEPTUNE: Final = Operation(
    id="operation-neptune",
    name="Operation Neptune",
    citations=(cite(_SEIZURE), cite(_COORDINATION), cite(_PARTICIPATION), cite(_ADVISOR)),
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
    supported_by=(US_GOVERNMENT, INL_ADVISOR),
    assets_seized=_SEIZED_KINDS,
    seized_value=NEPTUNE_SEIZED_VALUE,
    personnel=NEPTUNE_PERSONNEL,
    travellers=NEPTUNE_TRAVELLERS,
    coordinated_with=(KINGPIN_DESIGNATION,),
    readings=(
        Reading(
            field="conducted_by",
            value=GOVERNMENT_OF_HONDURAS.id,
            reason=(
                "The text says the Government of Honduras seized the assets during "
                "the operation; that it conducted the operation is read from that."
            ),
        ),
        Reading(
            field="targets",
            value=LOS_CACHIROS.id,
            reason=(
                "The text says the seized assets belonged to Los Cachiros; that the "
                "operation was directed against them is read from that, not stated."
            ),
        ),
    ),
)
NEPTUNE_SEIZURE: Final = Accomplishment(
    id="operation-neptune-seizure",
    title="Operation Neptune seizes assets of Los Cachiros",
    bullet=3,
    citations=OPERATION_NEPTUNE.citations,
    statements=(
        said(
            "honduran-government-seized-assets-in-operation-neptune",
            _SEIZURE.removesuffix("."),
            GOVERNMENT_OF_HONDURAS,
            P.SEIZED,
            (NEPTUNE_SEIZED_VALUE, AssetKind.ASSETS, *_SEIZED_KINDS, OPERATION_NEPTUNE),
            period=NEPTUNE_DAYS,
            scope=Scope.EXAMPLES,
        ),
        *(
            said(
                f"seized-{kind.value.replace(' ', '-')}-belonged-to-los-cachiros",
                _BELONGED,
                kind,
                P.BELONGED_TO,
                (LOS_CACHIROS,),
                inferred=None if kind is AssetKind.BUSINESSES else _ALL_ASSETS,
            )
            for kind in _SEIZED_KINDS
        ),
        said(
            "los-cachiros-is-the-largest-dto",
            "the largest drug trafficking organization in Honduras, Los Cachiros",
            LOS_CACHIROS,
            P.IS_A,
            (DRUG_TRAFFICKING_ORGANIZATIONS,),
            place=HONDURAS,
            grading=(Grade.LARGEST,),
        ),
        said(
            "operation-neptune-targeted-los-cachiros",
            _BELONGED,
            OPERATION_NEPTUNE,
            P.TARGETED,
            (LOS_CACHIROS,),
            inferred=(
                "The text says the seized assets belonged to Los Cachiros; that the "
                "operation was directed against them is read from that, not stated "
                "(and it rests on reading 'that belonged to' as covering every kind "
                "of asset listed)."
            ),
        ),
        said(
            "operation-neptune-was-planned-with-us-support",
            "The operation was planned with substantial U.S. support",
            OPERATION_NEPTUNE,
            P.PLANNED_WITH_SUPPORT_FROM,
            (US_GOVERNMENT,),
            grading=(Grade.SUBSTANTIAL,),
            inferred=_THE_OPERATION,
        ),
        said(
            "operation-neptune-was-coordinated-with-a-designation",
            _COORDINATION.removesuffix("."),
            OPERATION_NEPTUNE,
            P.COORDINATED_WITH,
            (KINGPIN_DESIGNATION,),
            inferred=_THE_OPERATION,
        ),
        said(
            "us-treasury-designated-seven-kingpins",
            "the U.S. Treasury designation of seven individuals as drug kingpins",
            US_TREASURY,
            P.DESIGNATED,
            (Role.INDIVIDUALS, KINGPINS_DESIGNATED, Role.DRUG_KINGPINS),
        ),
        said(
            "kingpins-are-associated-with-the-sinaloa-cartel",
            "drug kingpins associated with the Sinaloa Cartel",
            Role.DRUG_KINGPINS,
            P.ASSOCIATED_WITH,
            (SINALOA_CARTEL,),
        ),
        said(
            "operation-neptune-included-230-vetted-personnel",
            _PARTICIPATION.removesuffix("."),
            OPERATION_NEPTUNE,
            P.INCLUDED_PARTICIPATION_FROM,
            (
                Role.VETTED_PERSONNEL,
                NEPTUNE_PERSONNEL,
                HONDURAN_NATIONAL_POLICE,
                PUBLIC_MINISTRY,
                SEIZED_ASSETS_OFFICE,
                HONDURAN_ARMED_FORCES,
                FINANCIAL_CRIMES_TASK_FORCE,
                OTHER_VETTED_UNITS,
            ),
            scope=Scope.EXAMPLES,
        ),
        said(
            "united-states-supported-the-listed-vetted-personnel",
            _PARTICIPATION.removesuffix("."),
            US_GOVERNMENT,
            P.SUPPORTED,
            (
                Role.VETTED_PERSONNEL,
                HONDURAN_NATIONAL_POLICE,
                PUBLIC_MINISTRY,
                SEIZED_ASSETS_OFFICE,
                HONDURAN_ARMED_FORCES,
                FINANCIAL_CRIMES_TASK_FORCE,
            ),
            inferred=(
                "'as well as other U.S.-supported vetted units' implies that the vetted "
                "personnel listed before it are of U.S.-supported units too; the text "
                "does not say so of them in words of their own."
            ),
        ),
        said(
            "united-states-supported-other-vetted-units",
            "other U.S.-supported vetted units",
            US_GOVERNMENT,
            P.SUPPORTED,
            (OTHER_VETTED_UNITS,),
        ),
        said(
            "inl-advisor-assisted-the-hondurans",
            "An INL advisor was pivotal in assisting the Hondurans",
            INL_ADVISOR,
            P.ASSISTED,
            (Role.HONDURANS,),
            grading=(Grade.PIVOTAL,),
        ),
        said(
            "inl-advisor-facilitated-travel",
            _ADVISOR.removesuffix("."),
            INL_ADVISOR,
            P.FACILITATED_TRAVEL_OF,
            (Role.PARTICIPANTS, NEPTUNE_TRAVELLERS),
            grading=(Grade.PIVOTAL,),
        ),
        said(
            "inl-advisor-supported-operation-neptune",
            _ADVISOR.removesuffix("."),
            INL_ADVISOR,
            P.SUPPORTED,
            (OPERATION_NEPTUNE,),
            grading=(Grade.PIVOTAL,),
            inferred=(
                "The sentence names no operation; that the advisor's assistance and "
                "the travel were for Operation Neptune is read from its place in the "
                "bullet about the operation."
            ),
        ),
    ),
    actors=(GOVERNMENT_OF_HONDURAS,),
    supported_by=(US_GOVERNMENT, INL_ADVISOR),
    period=NEPTUNE_DAYS,
    operation=OPERATION_NEPTUNE,
)

ACCOMPLISHMENTS: Final[tuple[Accomplishment, ...]] = (
    VETTING,
    VETTED_UNITS,
    VETTED_UNITS_SUPPORT,
    POLICE_INTERNAL_CONTROLS,
    JUDICIAL_REVIEW,
    US_TRAINING,
    INVESTIGATIVE_SCHOOL,
    COLOMBIAN_TRAINING,
    NEPTUNE_SEIZURE,
)
OPERATIONS: Final[tuple[Operation, ...]] = (OPERATION_NEPTUNE,)
