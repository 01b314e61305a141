"""
The 2012-2013 INL brief on Honduras as typed, immutable, cited data.

Every figure carries the words it came from and where they stand in
:data:`SOURCE_TEXT`; approximate figures keep their bounds; what the text
implies but does not say is marked as inferred, with the reason.

Examples:
    >>> import honduras_brief as hb
    >>> hb.HOMICIDE_RATE_2012.low, hb.HOMICIDE_RATE_2012.citation.section.value
    (Decimal('85.5'), 'challenges')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .exceptions import (
    AmbiguousRecordError,
    CitationError,
    DateParseError,
    DuplicateIdError,
    FigureParseError,
    FigureTypeError,
    HondurasBriefError,
    InvalidDataError,
    InvalidRangeError,
    PercentChangeError,
    UnknownRecordError,
    WrongKindError,
)

if TYPE_CHECKING:  # pragma: no cover -- imported on first use at run time; see __getattr__
    __version__: str
    from ._actors import Actor, ActorKind, Place, PlaceKind
    from ._annotate import annotated_html
    from ._changes import (
        ChangeCheck,
        ChangeDescription,
        ChangeRange,
        Direction,
        check_change,
        describe_change,
        percent_change,
        percentage_point_change,
    )
    from ._cite import cite
    from ._claims import Aspect, ClaimCheck, ClaimFinding, Verdict, check_claim, check_claims
    from ._dates import TIMEZONE, DateRange, Precision
    from ._english import Tense
    from ._figures import FigureReading, parse_figure
    from ._linked import namespace, to_jsonld
    from ._models import Accomplishment, Brief, Challenge, Goal, Record, Route
    from ._operations import Designation, Operation
    from ._publish import write_datapackage
    from ._quantities import Basis, Qualifier, Quantity, Unit
    from ._readings import Reading
    from ._search import Hit, search
    from ._source import SOURCE_TEXT, Citation, Section, Source
    from ._statements import Argument, Factuality, Predicate, Scope, Statement, Term
    from ._tables import (
        ACTOR_COLUMNS,
        COLUMNS,
        PLACE_COLUMNS,
        RECORD_COLUMNS,
        STATEMENT_COLUMNS,
        ActorRow,
        FigureRow,
        PlaceRow,
        RecordRow,
        StatementRow,
        to_arrow,
        to_csv,
        to_dataframe,
        to_parquet,
        to_records,
    )
    from ._verify import Verification, verify
    from ._vocabulary import (
        Activity,
        Aim,
        AssetKind,
        Domain,
        Equipment,
        Grade,
        Heading,
        Practice,
        Role,
        Substance,
        Topic,
        TransportMode,
        Vocabulary,
        Vulnerability,
    )
    from .content import (
        ACCOMPLISHMENTS,
        ACTORS,
        BRIEF,
        CHALLENGES,
        COCAINE_FLOW_SHARE_2012,
        GOALS,
        HOMICIDE_RATE_2012,
        HOMICIDE_RATE_2013,
        HOMICIDE_RATE_DECREASE,
        NEPTUNE_SEIZED_VALUE,
        OPERATION_NEPTUNE,
        OPERATIONS,
        PLACES,
        SOURCE,
    )
    from .serialization import from_dict, from_json, json_schema, to_dict, to_json

# Nothing but the exceptions is imported by `import honduras_brief`: each name
# is imported from its module on first use (PEP 562), so that importing the
# package costs less than importing attrs, and pendulum and cattrs load only
# when dates or serialization are used.
_MODULES = {
    "_actors": (
        "Actor",
        "ActorKind",
        "Place",
        "PlaceKind",
    ),
    "_changes": (
        "ChangeCheck",
        "ChangeDescription",
        "ChangeRange",
        "Direction",
        "check_change",
        "describe_change",
        "percent_change",
        "percentage_point_change",
    ),
    "_annotate": ("annotated_html",),
    "_cite": ("cite",),
    "_dates": (
        "TIMEZONE",
        "DateRange",
        "Precision",
    ),
    "_english": ("Tense",),
    "_figures": (
        "FigureReading",
        "parse_figure",
    ),
    "_models": (
        "Accomplishment",
        "Brief",
        "Challenge",
        "Goal",
        "Record",
        "Route",
    ),
    "_operations": (
        "Designation",
        "Operation",
    ),
    "_statements": (
        "Argument",
        "Factuality",
        "Predicate",
        "Scope",
        "Statement",
        "Term",
    ),
    "_vocabulary": (
        "Activity",
        "Aim",
        "AssetKind",
        "Domain",
        "Equipment",
        "Grade",
        "Heading",
        "Practice",
        "Role",
        "Substance",
        "Topic",
        "TransportMode",
        "Vocabulary",
        "Vulnerability",
    ),
    "_quantities": (
        "Basis",
        "Qualifier",
        "Quantity",
        "Unit",
    ),
    "_readings": ("Reading",),
    "_search": (
        "Hit",
        "search",
    ),
    "_source": (
        "SOURCE_TEXT",
        "Citation",
        "Section",
        "Source",
    ),
    "_verify": (
        "Verification",
        "verify",
    ),
    "_claims": (
        "Aspect",
        "ClaimCheck",
        "ClaimFinding",
        "Verdict",
        "check_claim",
        "check_claims",
    ),
    "content": (
        "ACCOMPLISHMENTS",
        "ACTORS",
        "BRIEF",
        "CHALLENGES",
        "COCAINE_FLOW_SHARE_2012",
        "GOALS",
        "HOMICIDE_RATE_2012",
        "HOMICIDE_RATE_2013",
        "HOMICIDE_RATE_DECREASE",
        "NEPTUNE_SEIZED_VALUE",
        "OPERATION_NEPTUNE",
        "OPERATIONS",
        "PLACES",
        "SOURCE",
    ),
    "_tables": (
        "ACTOR_COLUMNS",
        "COLUMNS",
        "PLACE_COLUMNS",
        "RECORD_COLUMNS",
        "STATEMENT_COLUMNS",
        "ActorRow",
        "FigureRow",
        "PlaceRow",
        "RecordRow",
        "StatementRow",
        "to_arrow",
        "to_csv",
        "to_dataframe",
        "to_parquet",
        "to_records",
    ),
    "_linked": ("namespace", "to_jsonld"),
    "_publish": ("write_datapackage",),
    "serialization": (
        "from_dict",
        "from_json",
        "json_schema",
        "to_dict",
        "to_json",
    ),
}
_LAZY = {name: module for module, names in _MODULES.items() for name in names}
_PUBLIC_MODULES = frozenset({"content", "serialization"})

__all__ = [
    "ACCOMPLISHMENTS",
    "ACTORS",
    "ACTOR_COLUMNS",
    "BRIEF",
    "CHALLENGES",
    "COCAINE_FLOW_SHARE_2012",
    "COLUMNS",
    "GOALS",
    "HOMICIDE_RATE_2012",
    "HOMICIDE_RATE_2013",
    "HOMICIDE_RATE_DECREASE",
    "NEPTUNE_SEIZED_VALUE",
    "OPERATIONS",
    "OPERATION_NEPTUNE",
    "PLACES",
    "PLACE_COLUMNS",
    "RECORD_COLUMNS",
    "SOURCE",
    "SOURCE_TEXT",
    "STATEMENT_COLUMNS",
    "TIMEZONE",
    "Accomplishment",
    "Activity",
    "Actor",
    "ActorKind",
    "ActorRow",
    "Aim",
    "AmbiguousRecordError",
    "Argument",
    "Aspect",
    "AssetKind",
    "Basis",
    "Brief",
    "Challenge",
    "ChangeCheck",
    "ChangeDescription",
    "ChangeRange",
    "Citation",
    "CitationError",
    "ClaimCheck",
    "ClaimFinding",
    "DateParseError",
    "DateRange",
    "Designation",
    "Direction",
    "Domain",
    "DuplicateIdError",
    "Equipment",
    "Factuality",
    "FigureParseError",
    "FigureReading",
    "FigureRow",
    "FigureTypeError",
    "Goal",
    "Grade",
    "Heading",
    "Hit",
    "HondurasBriefError",
    "InvalidDataError",
    "InvalidRangeError",
    "Operation",
    "PercentChangeError",
    "Place",
    "PlaceKind",
    "PlaceRow",
    "Practice",
    "Precision",
    "Predicate",
    "Qualifier",
    "Quantity",
    "Reading",
    "Record",
    "RecordRow",
    "Role",
    "Route",
    "Scope",
    "Section",
    "Source",
    "Statement",
    "StatementRow",
    "Substance",
    "Tense",
    "Term",
    "Topic",
    "TransportMode",
    "Unit",
    "UnknownRecordError",
    "Verdict",
    "Verification",
    "Vocabulary",
    "Vulnerability",
    "WrongKindError",
    "annotated_html",
    "check_change",
    "check_claim",
    "check_claims",
    "cite",
    "describe_change",
    "from_dict",
    "from_json",
    "json_schema",
    "namespace",
    "parse_figure",
    "percent_change",
    "percentage_point_change",
    "search",
    "to_arrow",
    "to_csv",
    "to_dataframe",
    "to_dict",
    "to_json",
    "to_jsonld",
    "to_parquet",
    "to_records",
    "verify",
    "write_datapackage",
]


def __getattr__(name: str) -> object:
    # Read lazily, as stamina does: importlib.metadata is slow to import and
    # most users never ask for the version.
    if name == "__version__":
        from importlib.metadata import version

        return version("honduras-brief")
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f"{__name__}.{_LAZY[name]}"), name)
        globals()[name] = value  # later lookups skip __getattr__
        return value
    if name in _PUBLIC_MODULES:
        # `hb.content.LOS_CACHIROS` works without importing the module first.
        from importlib import import_module

        return import_module(f"{__name__}.{name}")
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
