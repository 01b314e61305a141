"""
The brief as linked data: JSON-LD after schema.org and the W3C Web Annotation model.

The source page is a ``schema:WebPage``; every citation is a Web Annotation
whose target selects the words twice over, by quote (``TextQuoteSelector``,
with up to 32 characters either side) and by position
(``TextPositionSelector``); every statement is a ``schema:Claim``, with its
``appearance`` (the annotation), its ``author`` (who the text says asserts
it) and its subject, predicate and objects in our vocabulary; every figure
is a ``schema:QuantitativeValue``; and the check of every stated derived
figure is a ``schema:ClaimReview``.

Our own terms live in ``https://w3id.org/honduras-brief/vocab#``, and the
records of a brief in a namespace of its source (:func:`namespace`): the
shipped page's records under ``https://w3id.org/honduras-brief/id/``, any
other page's under a folder of it named by its text's digest, so that two
briefs' records with the same id never share an IRI. The JSON-LD context
ships in the package (``data/brief.context.jsonld``) and is written into
the document, so reading it needs no network. Standard library only: pyld
and rdflib check the output in the tests, never at run time.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable
from decimal import Decimal
from functools import cache
from importlib.resources import files
from typing import Any, Final
from urllib.parse import quote

from ._actors import Actor, ActorKind, Place, PlaceKind
from ._changes import check_change
from ._dates import DateRange
from ._edge import brief_or_default
from ._models import Accomplishment, Brief, Challenge, Goal, Route
from ._operations import Designation, Operation
from ._quantities import Quantity
from ._source import SOURCE, Citation, Section, Source
from ._statements import Factuality, Predicate, Statement

# How verify() reads a stated change, so that its check and the review agree.
from ._verify import _DIRECTION, _OLD_AND_NEW

VOCAB: Final = "https://w3id.org/honduras-brief/vocab#"
"""The namespace of our own classes, properties and terms; stable."""
BASE: Final = "https://w3id.org/honduras-brief/id/"
"""The namespace of the shipped brief's records: an id ``x`` is ``BASE + x``."""

CONTEXT_RESOURCE: Final = "brief.context.jsonld"
"""The context's file name in the package's ``data`` folder."""

_AFFIX: Final = 32  # characters of prefix and suffix a quote selector carries
_PUBLIC_DOMAIN_MARK: Final = "https://creativecommons.org/publicdomain/mark/1.0/"
_REVIEWER: Final = "The honduras-brief developers"
_AGREES: Final = "Agrees at the precision stated"
_DISAGREES: Final = "Disagrees at the precision stated"

_SCHEMA_TYPES: Final = {
    ActorKind.HOST_GOVERNMENT: "GovernmentOrganization",
    ActorKind.US_GOVERNMENT: "GovernmentOrganization",
    ActorKind.FOREIGN_GOVERNMENT: "GovernmentOrganization",
    ActorKind.PERSON: "Person",
}

Node = dict[str, Any]


def namespace(source: Source) -> str:
    """
    The namespace of the IRIs of a brief of *source*: its records' ids are relative to it.

    The shipped page's is ``https://w3id.org/honduras-brief/id/``, as
    published; any other text's is a folder of it named by the text's
    digest (:attr:`Source.key`, its colon a hyphen), so a later edition or
    a sister page never shares its IRIs.

    Examples:
        >>> from honduras_brief import SOURCE, Source
        >>> namespace(SOURCE)
        'https://w3id.org/honduras-brief/id/'
        >>> namespace(Source(text="Some words.", title="A note"))
        'https://w3id.org/honduras-brief/id/sha256-...
    """
    if source == SOURCE:
        return BASE
    return f"{BASE}{source.key.replace(':', '-')}/"


@cache
def _context_text() -> str:
    return files("honduras_brief").joinpath("data").joinpath(CONTEXT_RESOURCE).read_text("utf-8")


def _context(source: Source) -> dict[str, object]:
    # A fresh copy each time: the caller owns the document it is given. Its
    # base is the namespace of the brief's source.
    found: dict[str, object] = json.loads(_context_text())["@context"]
    found["@base"] = namespace(source)
    return found


def _term(member: enum.Enum) -> str:
    return f"hb:{type(member).__name__}/{quote(str(member.value), safe='')}"


def _some(**values: object) -> Node:
    # The properties that have a value: JSON-LD has no use for nulls and
    # empty lists, and leaving them out keeps the document short.
    return {k: v for k, v in values.items() if v is not None and v != []}


class _Graph:
    """The nodes of the document, each made once and referred to by its id."""

    def __init__(self, brief: Brief) -> None:
        self.brief = brief
        self.annotations: dict[tuple[int, int], Node] = {}
        self.terms: dict[str, Node] = {}
        self.extra: dict[str, Node] = {}

    # --- Things referred to -----------------------------------------------------

    def term(self, member: enum.Enum) -> str:
        iri = _term(member)
        if iri not in self.terms:
            kind = type(member).__name__
            node: Node = {
                "@id": iri,
                "@type": "DefinedTerm",
                "name": str(member.value),
                "inDefinedTermSet": f"hb:{kind}",
            }
            if isinstance(member, Predicate):
                node["description"] = member.meaning
            if isinstance(member, Factuality):
                node["termCode"] = member.factbank
            self.terms.setdefault(
                f"hb:{kind}",
                {
                    "@id": f"hb:{kind}",
                    "@type": "DefinedTermSet",
                    "name": kind,
                },
            )
            self.terms[iri] = node
        return iri

    def page_iri(self) -> str:
        # The page's address, or, for a text that has none, an IRI in its namespace.
        return self.brief.source.url or "source"

    def annotate(self, start: int, end: int, section: Section | None) -> str:
        if (start, end) not in self.annotations:
            text = self.brief.source.text
            self.annotations[start, end] = _some(**{
                "@id": f"citation/{start}-{end}",
                "@type": "Annotation",
                "motivation": "oa:highlighting",
                "section": None if section is None else self.term(section),
                "target": {
                    "@type": "SpecificResource",
                    "source": self.page_iri(),
                    "selector": [
                        {
                            "@type": "TextQuoteSelector",
                            "exact": text[start:end],
                            "prefix": text[max(0, start - _AFFIX) : start],
                            "suffix": text[end : end + _AFFIX],
                        },
                        {"@type": "TextPositionSelector", "start": start, "end": end},
                    ],
                },
            })  # fmt: skip
        return f"citation/{start}-{end}"

    def period(self, period: DateRange | None) -> Node:
        # A period as ISO 8601 (open sides as ".."), with the words it was
        # read from and why, where it says more than they do.
        if period is None:
            return {}
        return _some(
            period=period.isoformat(),
            periodInferred=period.inferred,
            periodCitation=None if period.citation is None else self.cite(period.citation),
        )

    def route(self, route: Route) -> Node:
        return _some(
            **{
                "@type": "Route",
                "mode": [self.term(m) for m in route.modes],
                "origin": None if route.origin is None else route.origin.id,
                "destination": None if route.destination is None else route.destination.id,
                "via": [p.id for p in route.via],
                "heading": None if route.heading is None else self.term(route.heading),
                "citation": self.cite(route.citation),
            }
        )

    def words(self, q: Quantity) -> str | None:
        # The figure's own words ("85.5 per 100,000"), inside its citation.
        if q.citation is None or q.span is None:
            return None
        return self.annotate(*q.span, q.citation.section)

    def cite(self, citation: Citation) -> str:
        return self.annotate(citation.start, citation.end, citation.section)

    def cites(self, citations: Iterable[Citation]) -> list[str]:
        return [self.cite(c) for c in citations]

    def ref(self, argument: object) -> str:
        # A statement's subject or object: a record by its id, a term by its IRI.
        if isinstance(argument, enum.Enum):
            return self.term(argument)
        if isinstance(argument, Designation):
            return self.designation(argument)
        return str(getattr(argument, "id", argument))

    def designation(self, d: Designation) -> str:
        iri = f"designation/{d.by.id}/{quote(d.designation, safe='')}"
        self.extra.setdefault(
            iri,
            _some(
                **{
                    "@id": iri,
                    "@type": "Designation",
                    "name": d.designation,
                    "by": d.by.id,
                    "designees": d.designees.id,
                    "associatedWith": [a.id for a in d.associated_with],
                    "citation": self.cite(d.citation),
                }
            ),
        )
        return iri

    # --- The nodes ----------------------------------------------------------------

    def page(self) -> Node:
        # What the source says of itself, and no more: a user's page may name
        # no publisher, bureau, country, years or rights.
        s = self.brief.source
        publisher = None if s.publisher is None else self.organization(s.publisher)
        author = None
        if s.bureau is not None:
            author = _some(
                **self.organization(s.bureau),
                alternateName=s.bureau_acronym,
                parentOrganization=publisher,
            )
        years = None if not s.years else f"{s.years[0]}/{s.years[-1]}"
        node: Node = _some(
            **{
                "@id": self.page_iri(),
                "@type": "WebPage",
                "name": s.title,
                "url": s.url,
                "publisher": publisher,
                "author": author,
                "about": None if s.country is None else {"@type": "Country", "name": s.country},
                "temporalCoverage": years,
                "inLanguage": "en",
                "copyrightNotice": s.rights,
                "encoding": {
                    "@type": "MediaObject",
                    "encodingFormat": "text/plain; charset=utf-8",
                    "sha256": s.sha256,
                    "description": (
                        "The page's text as the brief holds it: the character "
                        "positions of the annotations count its characters."
                    ),
                },
            }
        )
        if s.public_domain:
            node["license"] = _PUBLIC_DOMAIN_MARK
        return node

    def organization(self, name: str) -> Node:
        # The page's publisher or bureau: an actor of the brief's that bears
        # the name gives the type (the shipped page's bureau is INL, a part
        # of the U.S. government); a name the brief holds nothing of is only
        # an organization.
        try:
            kind = _SCHEMA_TYPES.get(self.brief.lookup(name, kind=Actor).kind, "Organization")
        except LookupError:
            kind = "Organization"
        return {"@type": kind, "name": name}

    def actor(self, a: Actor) -> Node:
        return _some(
            **{
                "@id": a.id,
                "@type": _SCHEMA_TYPES.get(a.kind, "Organization"),
                "name": a.name,
                "acronym": a.acronym,
                "alternateName": list(a.aliases),
                "kind": self.term(a.kind),
                "generic": a.generic,
                "parentOrganization": None if a.part_of is None else a.part_of.id,
                "note": a.note,
                "inferred": a.inferred,
                "mention": self.cites(a.mentions),
            }
        )

    def place(self, p: Place) -> Node:
        return _some(
            **{
                "@id": p.id,
                "@type": "Country" if p.kind is PlaceKind.COUNTRY else "Place",
                "name": p.name,
                "alternateName": list(p.aliases),
                "kind": self.term(p.kind),
                "generic": p.generic,
                "note": p.note,
                "mention": self.cites(p.mentions),
            }
        )

    def record(self, r: Challenge | Goal | Accomplishment | Operation) -> Node:
        node: Node = {"@id": r.id, "@type": type(r).__name__}
        if isinstance(r, Operation):
            node["@type"] = ["Operation", "Event"]
            node["name"] = r.name
        else:
            node["name"] = r.title
            node["statement"] = [s.id for s in r.statements]
        if isinstance(r, Accomplishment):
            node["bullet"] = r.bullet
            node.update(_some(operation=None if r.operation is None else r.operation.id))
        if isinstance(r, Challenge):
            node.update(_some(route=[self.route(route) for route in r.routes]))
        node.update(self.period(getattr(r, "period", None)))
        node["citation"] = self.cites(r.citations)
        node.update(_some(figure=[q.id for q in r.quantities]))
        return node

    def figure(self, q: Quantity) -> Node:
        low = None if q.low is None else str(q.low)
        high = None if q.high is None else str(q.high)
        return _some(
            **{
                "@id": q.id,
                "@type": "QuantitativeValue",
                "name": q.measure,
                "text": q.text,
                "qualifier": self.term(q.qualifier),
                "basis": self.term(q.basis),
                "value": None if q.value is None else str(q.value),
                "minValue": low,
                "minExclusive": None if low is None else q.qualifier.low_is_exclusive,
                "maxValue": high,
                "maxExclusive": None if high is None else q.qualifier.high_is_exclusive,
                "unitText": q.unit.value,
                "attributedTo": None if q.attributed_to is None else q.attributed_to.id,
                "derivedFrom": list(q.derived_from),
                "inferred": q.inferred,
                **self.period(q.period),
                "citation": None if q.citation is None else self.cite(q.citation),
                "span": self.words(q),
            }
        )

    def claim(self, s: Statement) -> Node:
        return _some(
            **{
                "@id": s.id,
                "@type": "Claim",
                "name": str(s),
                "appearance": self.cite(s.citation),
                "author": s.according_to.id,
                "subject": self.ref(s.subject),
                "predicate": self.term(s.predicate),
                "objects": [self.ref(o) for o in s.objects],
                "factuality": self.term(s.factuality),
                "factbank": s.factuality.factbank,
                "scope": self.term(s.scope),
                "grading": [self.term(g) for g in s.grading],
                "place": None if s.place is None else s.place.id,
                **self.period(s.period),
                "inferred": s.inferred,
            }
        )

    def review(self, q: Quantity) -> Node | None:
        # As verify() reads a stated derived figure: two exact figures, and
        # the word after the figure saying whether it is a rise or a fall.
        sources = [self.brief.get(i) for i in q.derived_from]
        exact = all(isinstance(s, Quantity) and s.value is not None for s in sources)
        if len(sources) != _OLD_AND_NEW or not exact or q.value is None or q.citation is None:
            return None
        old, new = sources
        assert isinstance(old, Quantity)  # noqa: S101 -- checked just above
        assert isinstance(new, Quantity)  # noqa: S101
        after = q.citation.quote[q.citation.quote.index(q.text) + len(q.text) :]
        direction = _DIRECTION.match(after)
        if direction is None:
            return None
        stated = -q.value if direction.group(1) else q.value
        check = check_change(old, new, stated=stated)
        # Two exact figures allow one change: a range that is a point.
        computed = check.computed if isinstance(check.computed, Decimal) else check.computed.low
        rounded = check.rounded
        assert computed is not None  # noqa: S101 -- a point has its low end
        assert rounded is not None  # noqa: S101 -- and a point is rounded
        words = f"{q.text} {direction.group(1) or direction.group(2)}"
        verdict = "agrees with" if check.agrees else "disagrees with"
        return {
            "@id": f"{q.id}/review",
            "@type": "ClaimReview",
            "claimReviewed": words,
            "itemReviewed": [s.id for s in self.brief.statements_about(q.id)],
            "figure": q.id,
            "author": {"@type": "Organization", "name": _REVIEWER},
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": 1 if check.agrees else 0,
                "bestRating": 1,
                "worstRating": 0,
                "alternateName": _AGREES if check.agrees else _DISAGREES,
            },
            "computedValue": str(computed),
            "roundedValue": str(rounded),
            "statedValue": str(stated),
            "places": check.places,
            "reviewBody": (
                f"From {old.text} ({old.id}) to {new.text} ({new.id}) is a change of "
                f"{computed} percent, {rounded} at the {check.places} decimal place(s) "
                f"the text gives, which {verdict} the stated {words} ({stated})."
            ),
        }


def to_jsonld(brief: Brief | None = None) -> dict[str, object]:
    """
    The brief as a JSON-LD document, with its context written in.

    One ``@graph`` holds the source page (``WebPage``: the brief's own
    source, with what it says of itself), the actors, places
    and records, the figures (``QuantitativeValue``, exact bounds as
    ``xsd:decimal``), the statements (``Claim``), the checks of stated
    derived figures (``ClaimReview``), one Web ``Annotation`` for each place
    a citation points to, and the vocabulary terms used. The same brief
    always gives the same document; ``json.dumps`` writes it. The ids are
    relative to the context's ``@base``, the :func:`namespace` of the
    brief's source.

    Args:
        brief: The brief; by default the shipped :data:`BRIEF`.

    Raises:
        TypeError: If *brief* is not a :class:`Brief`.

    Examples:
        >>> doc = to_jsonld()
        >>> nodes = {node["@id"]: node for node in doc["@graph"]}
        >>> claim = nodes["homicide-rate-was-85-5-in-2012"]
        >>> claim["@type"], claim["author"], claim["predicate"], claim["objects"]
        ('Claim', 'violence-observatory', 'hb:Predicate/amounts-to', ['homicide-rate-2012'])
        >>> nodes["homicide-rate-2012"]["minValue"], nodes["homicide-rate-2012"]["unitText"]
        ('85.5', 'per-100000-population')
        >>> rating = nodes["homicide-rate-decrease-2012-2013/review"]["reviewRating"]
        >>> rating["ratingValue"], rating["alternateName"]
        (1, 'Agrees at the precision stated')
    """
    brief = brief_or_default(brief)
    graph = _Graph(brief)
    nodes: list[Node] = [graph.page()]
    nodes += [graph.actor(a) for a in brief.actors]
    nodes += [graph.place(p) for p in brief.places]
    records: tuple[Challenge | Goal | Accomplishment | Operation, ...] = (
        *brief.challenges,
        *brief.goals,
        *brief.accomplishments,
        *brief.operations,
    )
    nodes += [graph.record(r) for r in records]
    nodes += [graph.figure(q) for q in brief.quantities]
    nodes += [graph.claim(s) for s in brief.statements]
    reviews = [graph.review(q) for q in brief.quantities if q.derived_from]
    nodes += [r for r in reviews if r is not None]
    nodes += list(graph.extra.values())
    nodes += [graph.annotations[k] for k in sorted(graph.annotations)]
    nodes += list(graph.terms.values())
    return {"@context": _context(brief.source), "@graph": nodes}
