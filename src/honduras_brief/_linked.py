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

Our own terms live in ``https://w3id.org/honduras-brief/vocab#`` and our
records under ``https://w3id.org/honduras-brief/id/``. The JSON-LD context
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
from ._source import SOURCE_TEXT, Citation, Section
from ._statements import Factuality, Predicate, Statement

# How verify() reads a stated change, so that its check and the review agree.
from ._verify import _DIRECTION, _OLD_AND_NEW

VOCAB: Final = "https://w3id.org/honduras-brief/vocab#"
"""The namespace of our own classes, properties and terms; stable."""
BASE: Final = "https://w3id.org/honduras-brief/id/"
"""The namespace of the records' identifiers: an id ``x`` is ``BASE + x``."""

CONTEXT_RESOURCE: Final = "brief.context.jsonld"
"""The context's file name in the package's ``data`` folder."""

_AFFIX: Final = 32  # characters of prefix and suffix a quote selector carries
_PUBLIC_DOMAIN_MARK: Final = "https://creativecommons.org/publicdomain/mark/1.0/"
_REVIEWER: Final = "The honduras-brief developers"
_AGREES: Final = "Agrees at the precision stated"
_DISAGREES: Final = "Disagrees at the precision stated"

_SCHEMA_TYPES: Final = {
    ActorKind.HONDURAN_GOVERNMENT: "GovernmentOrganization",
    ActorKind.US_GOVERNMENT: "GovernmentOrganization",
    ActorKind.FOREIGN_GOVERNMENT: "GovernmentOrganization",
    ActorKind.PERSON: "Person",
}

Node = dict[str, Any]


@cache
def _context_text() -> str:
    return files("honduras_brief").joinpath("data").joinpath(CONTEXT_RESOURCE).read_text("utf-8")


def _context() -> dict[str, object]:
    # A fresh copy each time: the caller owns the document it is given.
    found: dict[str, object] = json.loads(_context_text())["@context"]
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

    def annotate(self, start: int, end: int, section: Section) -> str:
        if (start, end) not in self.annotations:
            self.annotations[start, end] = {
                "@id": f"citation/{start}-{end}",
                "@type": "Annotation",
                "motivation": "oa:highlighting",
                "section": self.term(section),
                "target": {
                    "@type": "SpecificResource",
                    "source": self.brief.source.url,
                    "selector": [
                        {
                            "@type": "TextQuoteSelector",
                            "exact": SOURCE_TEXT[start:end],
                            "prefix": SOURCE_TEXT[max(0, start - _AFFIX) : start],
                            "suffix": SOURCE_TEXT[end : end + _AFFIX],
                        },
                        {"@type": "TextPositionSelector", "start": start, "end": end},
                    ],
                },
            }
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
        s = self.brief.source
        node: Node = {
            "@id": s.url,
            "@type": "WebPage",
            "name": s.title,
            "url": s.url,
            "publisher": {"@type": "GovernmentOrganization", "name": s.publisher},
            "author": {
                "@type": "GovernmentOrganization",
                "name": s.bureau,
                "alternateName": s.bureau_acronym,
                "parentOrganization": {"@type": "GovernmentOrganization", "name": s.publisher},
            },
            "about": {"@type": "Country", "name": s.country},
            "temporalCoverage": f"{s.years[0]}/{s.years[-1]}",
            "inLanguage": "en",
            "copyrightNotice": s.rights,
            "encoding": {
                "@type": "MediaObject",
                "encodingFormat": "text/plain; charset=utf-8",
                "sha256": s.sha256,
                "description": (
                    "The page's text as shipped with honduras-brief: the character "
                    "positions of the annotations count its characters."
                ),
            },
        }
        if s.public_domain:
            node["license"] = _PUBLIC_DOMAIN_MARK
        return node

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

    One ``@graph`` holds the source page (``WebPage``), the actors, places
    and records, the figures (``QuantitativeValue``, exact bounds as
    ``xsd:decimal``), the statements (``Claim``), the checks of stated
    derived figures (``ClaimReview``), one Web ``Annotation`` for each place
    a citation points to, and the vocabulary terms used. The same brief
    always gives the same document; ``json.dumps`` writes it.

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
    return {"@context": _context(), "@graph": nodes}
