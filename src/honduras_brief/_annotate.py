"""
The annotated brief: the whole source text as one HTML page, its facts marked.

Every cited span of a brief becomes a ``<mark>`` whose ``data-id`` holds its
record's id and whose ``data-kind`` says what it is: a statement (the words
a proposition is read from), a figure (the words of a number), an actor or a
place (a mention). Hovering or focusing a mark shows its record; the records
are also listed in full below the text, so that the page reads without its
script and to a screen reader (each mark is described by its record).

Spans may cross: a figure sits inside the sentence a statement quotes, two
statements may share words. The marks nest as HTML must: where a span runs
past the end of one that encloses its start, it is closed and opened again,
and the later pieces say ``data-part="continued"``.

The page is self-contained: its style and its script are inline, and it
loads nothing from anywhere.
"""

from __future__ import annotations

import html
import itertools
from typing import TYPE_CHECKING, Final, NamedTuple

from ._edge import brief_or_default
from ._statements import label

if TYPE_CHECKING:
    from ._actors import Actor, Place
    from ._models import Brief
    from ._quantities import Quantity
    from ._readings import Reading
    from ._statements import Statement

KINDS: Final = ("statement", "figure", "actor", "place")

# When two spans cover the same words, the statement encloses the rest.
_RANK: Final = {"statement": 0, "actor": 1, "place": 1, "figure": 2}


class _Span(NamedTuple):
    start: int
    end: int
    kind: str
    id: str
    inferred: bool


def _spans(brief: Brief) -> list[_Span]:
    spans = [
        _Span(s.citation.start, s.citation.end, "statement", s.id, not s.is_stated)
        for s in brief.statements
    ]
    for q in brief.quantities:
        where = q.span
        if where is not None:
            spans.append(_Span(*where, "figure", q.id, _figure_inferred(q) is not None))
    for kind, things in (("actor", brief.actors), ("place", brief.places)):
        spans.extend(
            _Span(m.start, m.end, kind, thing.id, not thing.is_stated)
            for thing in things
            for m in thing.mentions
        )
    return sorted(set(spans), key=lambda s: (s.start, -s.end, _RANK[s.kind], s.id))


def _figure_inferred(q: Quantity) -> str | None:
    if q.inferred is not None:
        return q.inferred
    if q.period is not None and q.period.inferred is not None:
        return f"the period: {q.period.inferred}"
    return None


def _open(span: _Span, first: bool) -> str:
    # A statement's words are a whole clause, most of them inside others: an
    # inferred statement says so in its record, not by marking its words.
    inferred = span.inferred and span.kind != "statement"
    classes = f"hb-mark hb-{span.kind}" + (" hb-inferred" if inferred else "")
    ident = html.escape(span.id)
    opening = f'<mark class="{classes}" data-id="{ident}" data-kind="{span.kind}"'
    if first:  # one stop for the keyboard a record, on its first piece
        return f'{opening} tabindex="0" aria-describedby="rec-{ident}">'
    return f'{opening} data-part="continued">'


def _marked_text(spans: list[_Span], text: str) -> str:
    # Cut the text wherever a span starts or ends; each piece lies inside the
    # same spans throughout. Keep open the longest run of marks the piece
    # shares with the one before, close the rest and open what it adds.
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[str] = []
    stack: list[_Span] = []
    opened: set[_Span] = set()
    for start, end in itertools.pairwise(cuts):
        inside = [s for s in spans if s.start <= start and end <= s.end]
        kept = 0
        while kept < min(len(stack), len(inside)) and stack[kept] == inside[kept]:
            kept += 1
        out.extend("</mark>" for _ in stack[kept:])
        for span in inside[kept:]:
            out.append(_open(span, span not in opened))
            opened.add(span)
        stack = inside
        out.append(html.escape(text[start:end]))
    out.extend("</mark>" for _ in stack)
    return "".join(out)


def _row(name: str, value: str | None) -> str:
    if value is None or value == "":
        return ""
    return f"<dt>{html.escape(name)}</dt><dd>{html.escape(value)}</dd>"


def _card(kind: str, ident: str, heading: str, rows: list[str]) -> str:
    return (
        f'<article class="hb-record hb-{kind}-record" id="rec-{html.escape(ident)}" tabindex="-1">'
        f'<h3><span class="hb-kind">{kind}</span> {html.escape(heading)} '
        f"<code>{html.escape(ident)}</code></h3>"
        f"<dl>{''.join(rows)}</dl></article>"
    )


def _where(start: int, end: int) -> str:
    return f"characters {start}\u2013{end}"


def _figure_card(q: Quantity, brief: Brief) -> str:
    low = high = None
    if q.low is not None:
        low = q.unit.format_value(q.low) + (" (excluded)" if q.qualifier.low_is_exclusive else "")
    if q.high is not None:
        high = q.unit.format_value(q.high) + (
            " (excluded)" if q.qualifier.high_is_exclusive else ""
        )
    span = q.span
    period = None
    if q.period is not None:
        period = q.period.format() + (" (inferred)" if q.period.inferred else " (stated)")
    stated_in = [s.id for s in brief.statements if q in s.objects or s.subject == q]
    rows = [
        _row("words", f"\u201c{q.text}\u201d" + (f", {_where(*span)}" if span else "")),
        _row("reads", q.format()),
        _row("inferred", _figure_inferred(q)),
        _row("measures", q.measure),
        _row("qualifier", q.qualifier.value),
        _row("lower bound", low),
        _row("upper bound", high),
        _row("bounds", "none: the words give no number" if low is None and high is None else None),
        _row("unit", q.unit.value),
        _row("basis", q.basis.value),
        _row("period", period),
        _row("source", label(q.attributed_to) if q.attributed_to else "the page itself"),
        _row("derived from", ", ".join(q.derived_from)),
        _row("statements", ", ".join(stated_in)),
    ]
    return _card("figure", q.id, q.text, rows)


def _statement_card(s: Statement) -> str:
    factuality = f"{s.factuality.value} ({s.factuality.factbank})"
    period = None
    if s.period is not None:
        period = s.period.format() + (" (inferred)" if s.period.inferred else " (stated)")
    words = f"\u201c{s.citation.quote}\u201d, {_where(s.citation.start, s.citation.end)}"
    rows = [
        _row("words", words),
        _row("inferred", s.inferred),
        _row("subject", label(s.subject)),
        _row("predicate", f"{s.predicate.value}: {s.predicate.meaning}"),
        _row("objects", "; ".join(label(o) for o in s.objects)),
        _row("factuality", factuality),
        _row("according to", label(s.according_to) if s.according_to else "the page itself"),
        _row("reported by", label(s.reported_by) if s.reported_by else None),
        _row("tense", s.tense.value),
        _row("period", period),
        _row("place", label(s.place) if s.place else None),
        _row("scope", s.scope.value),
        _row("grading", ", ".join(g.value for g in s.grading)),
        *_reading_rows(s.readings),
    ]
    return _card("statement", s.id, str(s), rows)


def _reading_rows(readings: tuple[Reading, ...]) -> list[str]:
    # A value read into the words says so, with its reason, near its field.
    return [_row(f"read: {r.field}", f"{r.value}: {r.reason}") for r in readings]


def _named_card(kind: str, thing: Actor | Place, brief: Brief) -> str:
    rows = [
        _row("kind", thing.kind.value),
        _row("inferred", thing.inferred),
        _row("acronym", getattr(thing, "acronym", None)),
        _row("also called", ", ".join(thing.aliases)),
        _row("part of", getattr(getattr(thing, "part_of", None), "id", None)),
        _row("generic", "yes: a kind, not one named body" if thing.generic else None),
        _row("mentions", str(len(thing.mentions))),
        _row("note", thing.note),
        _row("statements about it", str(len(brief.statements_about(thing)))),
        *_reading_rows(thing.readings),
    ]
    return _card(kind, thing.id, thing.name, rows)


_STYLE: Final = """
:root { color-scheme: light; }
body { font: 17px/1.6 Georgia, 'Times New Roman', serif; color: #1a1a1a; background: #fff;
  max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; line-height: 1.3; }
h2 { font-size: 1.2rem; margin-top: 2.5rem; }
h3 { font-size: 1rem; margin: 0 0 .3rem; }
code { font-size: .85em; }
.hb-meta, .hb-legend { font: 14px/1.5 system-ui, sans-serif; }
.hb-legend ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; }
.hb-text { white-space: pre-wrap; }
mark.hb-mark { color: inherit; background: none; border-radius: 2px; cursor: help; }
mark.hb-statement { background: #fff4c2; }
mark.hb-actor { box-shadow: inset 0 -2px #1f6f43; }
mark.hb-place { box-shadow: inset 0 -2px #6a3d9a; }
mark.hb-figure { background: #cfe3ff; font-weight: bold; }
mark.hb-inferred { text-decoration: underline dotted #8a4b00 2px; text-underline-offset: 5px; }
mark.hb-mark:focus { outline: 3px solid #1a1a1a; outline-offset: 1px; }
mark.hb-active { background-color: #ffd966; }
#hb-popup { position: absolute; z-index: 10; max-width: 26rem; background: #fff;
  overflow: hidden; pointer-events: none; box-sizing: border-box;
  border: 1px solid #555; border-radius: 4px; box-shadow: 0 4px 14px rgba(0,0,0,.25);
  padding: .6rem .8rem; font: 14px/1.45 system-ui, sans-serif; }
#hb-popup[hidden] { display: none; }
#hb-popup.hb-cut::after { content: "… click the mark for the whole record"; position: absolute;
  left: 0; right: 0; bottom: 0; padding: 1.4rem .8rem .4rem; font-style: italic; color: #333;
  background: linear-gradient(rgba(255,255,255,0), #fff 55%); }
.hb-record { font: 14px/1.45 system-ui, sans-serif; border-top: 1px solid #ccc; padding: .6rem 0; }
.hb-record dl, #hb-popup dl { display: grid; grid-template-columns: max-content 1fr;
  gap: .1rem .8rem; margin: 0; }
.hb-record dt, #hb-popup dt { font-weight: bold; color: #333; }
.hb-record dd, #hb-popup dd { margin: 0; }
.hb-also { margin: .6rem 0 0; padding-top: .4rem; border-top: 1px solid #ccc; }
.hb-also ul { margin: .2rem 0 0; padding-left: 1.2em; }
.hb-kind { text-transform: uppercase; font-size: .75em; letter-spacing: .05em; color: #444; }
"""

# Show the record of the innermost mark under the pointer or the focus, and
# name the marks that enclose it (statements that share its words); below
# the mark, or above it where there is more room. The pointer passes through
# the record to the words under it. It hides when the pointer leaves the
# text, when the focus leaves, or on Escape; a click or Enter on a mark goes
# to its full record below the text.
_SCRIPT: Final = """
(function () {
  var popup = document.getElementById('hb-popup');
  var text = document.getElementById('hb-text');
  var active = null;
  function card(mark) { return document.getElementById('rec-' + mark.dataset.id); }
  function show(mark) {
    var own = card(mark);
    if (!own) { return; }
    if (active) { active.classList.remove('hb-active'); }
    active = mark;
    mark.classList.add('hb-active');
    var also = [];
    for (var m = mark.parentElement.closest('mark[data-id]'); m;
         m = m.parentElement.closest('mark[data-id]')) {
      var other = card(m);
      if (other && also.indexOf(other) < 0 && other !== own) { also.push(other); }
    }
    popup.innerHTML = own.innerHTML;
    if (also.length) {
      var list = document.createElement('div');
      list.className = 'hb-also';
      list.innerHTML = '<b>Also marked here</b><ul></ul>';
      also.forEach(function (c) {
        var item = document.createElement('li');
        item.textContent = c.querySelector('h3').textContent;
        item.dataset.id = c.id.slice(4);
        list.querySelector('ul').appendChild(item);
      });
      popup.appendChild(list);
    }
    popup.dataset.id = mark.dataset.id;
    popup.hidden = false;
    popup.scrollTop = 0;
    // Below the mark if it fits, else above if it fits there, else on the
    // roomier side, cut to fit (a click on the mark shows the whole record).
    var box = mark.getBoundingClientRect();
    var room = document.documentElement.clientHeight;
    var below = room - box.bottom - 12, above = box.top - 12;
    popup.style.maxHeight = '';
    popup.classList.remove('hb-cut');
    var height = popup.offsetHeight;
    var under = height <= below || (height > above && below >= above);
    var space = under ? below : above;
    if (height > space) {
      popup.style.maxHeight = Math.max(space, 80) + 'px';
      popup.classList.add('hb-cut');
      height = popup.offsetHeight;
    }
    var top = under ? box.bottom + 6 : box.top - 6 - height;
    popup.style.left = Math.max(8, Math.min(box.left + window.scrollX,
      window.scrollX + document.documentElement.clientWidth - popup.offsetWidth - 8)) + 'px';
    popup.style.top = (top + window.scrollY) + 'px';
  }
  function hide() {
    if (active) { active.classList.remove('hb-active'); }
    active = null;
    popup.hidden = true;
  }
  function markOf(event) {
    return event.target.closest ? event.target.closest('mark[data-id]') : null;
  }
  function go(mark) {
    var own = card(mark);
    if (!own) { return; }
    hide();
    own.scrollIntoView({block: 'start'});
    own.focus({preventScroll: true});
  }
  text.addEventListener('mouseover', function (e) { var m = markOf(e); if (m) { show(m); } });
  text.addEventListener('mouseleave', hide);
  text.addEventListener('click', function (e) { var m = markOf(e); if (m) { go(m); } });
  text.addEventListener('keydown', function (e) {
    var m = markOf(e);
    if (m && e.key === 'Enter') { e.preventDefault(); go(m); }
  });
  text.addEventListener('focusin', function (e) { var m = markOf(e); if (m) { show(m); } });
  text.addEventListener('focusout', hide);
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { hide(); } });
})();
"""


def _years(years: tuple[int, ...]) -> str:
    # ", 2012–2013" after the title, ", 1863" or nothing.
    if not years:
        return ""
    return f", {years[0]}" if years[0] == years[-1] else f", {years[0]}\u2013{years[-1]}"


def annotated_html(brief: Brief | None = None) -> str:
    """
    The whole source text as one self-contained HTML page, its facts marked.

    The text is the brief's own source's, the shipped page's or any other,
    and the header names only what that source says of itself (publisher,
    bureau, address, years).
    Each cited span is a ``<mark>`` with ``data-kind`` (``statement``,
    ``figure``, ``actor`` or ``place``) and ``data-id`` (its record's id);
    hovering or focusing it, with the mouse or the keyboard, shows the
    record: a figure's bounds, qualifier, unit, period and source, a
    statement's predicate, factuality and who asserts it, and for what is
    inferred, that it is and why. The records are listed in full below
    the text as well. The page loads nothing: style and script are inline.

    Args:
        brief: The brief to mark; the shipped one when ``None``.

    Returns:
        The page, as a string of HTML.

    Raises:
        TypeError: If *brief* is not a :class:`~honduras_brief.Brief`.

    Examples:
        >>> from honduras_brief import annotated_html
        >>> page = annotated_html()
        >>> page.startswith("<!DOCTYPE html>")
        True
        >>> 'data-id="homicide-rate-2012" data-kind="figure"' in page
        True
    """
    brief = brief_or_default(brief)
    spans = _spans(brief)
    source = brief.source
    counts = {kind: len({s.id for s in spans if s.kind == kind}) for kind in KINDS}
    legend = "".join(
        f'<li><mark class="hb-mark hb-{kind}">{kind}</mark> {counts[kind]}</li>' for kind in KINDS
    )
    cards = {
        "Statements": [_statement_card(s) for s in brief.statements],
        "Figures": [_figure_card(q, brief) for q in brief.quantities if q.span is not None],
        "Actors": [_named_card("actor", a, brief) for a in brief.actors if a.mentions],
        "Places": [_named_card("place", p, brief) for p in brief.places if p.mentions],
    }
    records = "".join(
        f'<section aria-labelledby="h-{name.lower()}"><h2 id="h-{name.lower()}">{name}</h2>'
        f"{''.join(items)}</section>"
        for name, items in cards.items()
    )
    title = html.escape(f"{source.title}{_years(source.years)}: annotated")
    named = ", ".join(html.escape(name) for name in (source.publisher, source.bureau) if name)
    captured = f"Captured from <code>{html.escape(source.url)}</code>; " if source.url else ""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title><style>{_STYLE}</style></head><body>"
        f"<header><h1>{title}</h1>"
        f'<p class="hb-meta">{named + ". " if named else ""}{captured}'
        f"sha256 <code>{source.sha256[:12]}\u2026</code>. "
        "Hover over or tab to a mark to see what the library holds of it; "
        "every record is also listed below the text.</p>"
        f'<div class="hb-legend" role="note" aria-label="What the marks are"><ul>{legend}'
        '<li><mark class="hb-mark hb-inferred">dotted underline</mark> a figure, actor '
        "or place inferred, not stated (a statement's record says whether it is)</li>"
        "</ul></div></header>"
        f'<main><h2 id="h-text">The text</h2>'
        f'<div id="hb-text" class="hb-text" aria-labelledby="h-text">{_marked_text(spans, source.text)}</div>'
        '<div id="hb-popup" role="tooltip" hidden></div>'
        f"{records}</main><script>{_SCRIPT}</script></body></html>\n"
    )
