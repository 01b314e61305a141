"""
The annotated brief: the whole source text as one HTML page, its facts marked.

Every cited span of a brief becomes a ``<mark>`` whose ``data-id`` holds its
record's id and whose ``data-kind`` says what it is: a statement (the words
a proposition is read from), a figure (the words of a number), a date (the
words a period is read from), an actor or a place (a mention). Pointing at,
focusing or tapping a mark shows its record beside it; a click, a tap or
Enter keeps it open there. The records are also listed in full below the
text, so that the page reads without its script and to a screen reader
(each mark is described by its record).

Statements cover nearly all of the text, so their layer stays quiet until
asked: a toggle button highlights them and lets the pointer and the
keyboard reach them. The web page's own furniture (what stands before the
first section of the source and after the last) is set apart, dimmed and
labelled, without a character of the text changed.

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
    from ._dates import DateRange
    from ._models import Brief
    from ._quantities import Quantity
    from ._readings import Reading
    from ._source import Source
    from ._statements import Statement

KINDS: Final = ("statement", "figure", "date", "actor", "place")

# When two spans cover the same words, the statement encloses the rest; the
# page's furniture, a block and not a mark, encloses everything it holds.
_RANK: Final = {"chrome": -1, "statement": 0, "actor": 1, "place": 1, "figure": 2, "date": 2}

# A value longer than this opens on demand, so that one long reason does
# not push the rest of its record out of view.
_FOLD: Final = 160


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
    # Words read as several periods (stated for one record, read into the
    # words for another) are marked inferred only when no record reads them
    # as stated; the date's record says which is which.
    spans.extend(
        _Span(*where, "date", _date_id(where), all(p.inferred for p, _ in dated))
        for where, dated in _periods(brief).items()
    )
    for kind, things in (("actor", brief.actors), ("place", brief.places)):
        spans.extend(
            _Span(m.start, m.end, kind, thing.id, not thing.is_stated)
            for thing in things
            for m in thing.mentions
        )
    spans.extend(_chrome(brief.source))
    return sorted(
        set(spans), key=lambda s: (s.kind != "chrome", s.start, -s.end, _RANK[s.kind], s.id)
    )


def _chrome(source: Source) -> list[_Span]:
    # What stands outside every section is the web page's furniture, not the
    # brief; a text without sections has none.
    if not source.sections:
        return []
    first = min(start for start, _ in source.sections.values())
    last = max(end for _, end in source.sections.values())
    regions = [
        _Span(0, first, "chrome", "before", inferred=False),
        _Span(last, len(source.text), "chrome", "after", inferred=False),
    ]
    return [r for r in regions if r.start < r.end]


def _date_id(where: tuple[int, int]) -> str:
    return f"date-{where[0]}-{where[1]}"


def _periods(brief: Brief) -> dict[tuple[int, int], list[tuple[DateRange, str]]]:
    """Each cited period's words, with every period read from them and what it dates."""
    dated: list[tuple[DateRange | None, str]] = [
        *((s.period, f"statement {s.id}") for s in brief.statements),
        *((q.period, f"figure {q.id}") for q in brief.quantities),
        *((a.period, f"accomplishment {a.id}") for a in brief.accomplishments),
        *((o.period, f"operation {o.id}") for o in brief.operations),
    ]
    found: dict[tuple[int, int], list[tuple[DateRange, str]]] = {}
    for period, what in dated:
        if period is not None and period.citation is not None:
            where = period.citation.start, period.citation.end
            found.setdefault(where, []).append((period, what))
    return found


def _figure_inferred(q: Quantity) -> str | None:
    if q.inferred is not None:
        return q.inferred
    if q.period is not None and q.period.inferred is not None:
        return f"the period: {q.period.inferred}"
    return None


_CHROME_LABEL: Final = {
    "before": "Before the brief: the web page\u2019s own furniture, not part of the brief",
    "after": "After the brief: the web page\u2019s own furniture, not part of the brief",
}


def _open(span: _Span, first: bool) -> str:
    if span.kind == "chrome":
        # The label is generated content, so the text inside stays the text.
        return f'<div class="hb-chrome" data-label="{_CHROME_LABEL[span.id]}">'
    # A statement's words are a whole clause, most of them inside others: an
    # inferred statement says so in its record, not by marking its words.
    inferred = span.inferred and span.kind != "statement"
    classes = f"hb-mark hb-{span.kind}" + (" hb-inferred" if inferred else "")
    ident = html.escape(span.id)
    opening = f'<mark class="{classes}" data-id="{ident}" data-kind="{span.kind}"'
    if first:  # one stop for the keyboard a record, on its first piece
        return f'{opening} tabindex="0" aria-describedby="rec-{ident}">'
    return f'{opening} data-part="continued">'


def _close(span: _Span) -> str:
    return "</div>" if span.kind == "chrome" else "</mark>"


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
        out.extend(_close(s) for s in reversed(stack[kept:]))
        for span in inside[kept:]:
            out.append(_open(span, span not in opened))
            opened.add(span)
        stack = inside
        out.append(html.escape(text[start:end]))
    out.extend(_close(s) for s in reversed(stack))
    return "".join(out)


def _head(value: str) -> str:
    # The first sentence where it is short, else the words up to a space.
    stop = value.find(". ", 40, 140)
    if stop >= 0:
        return value[: stop + 1]
    cut = value.rfind(" ", 40, 110)
    return value[:cut] if cut >= 0 else value[:110]


def _value(value: str) -> str:
    if len(value) <= _FOLD:
        return html.escape(value)
    head = _head(value)
    return (
        f'<details class="hb-fold"><summary>{html.escape(head)}'
        '<span class="hb-more" aria-hidden="true"> \u2026 more</span></summary>'
        f"{html.escape(value[len(head) :].lstrip())}</details>"
    )


def _row(name: str, value: str | None) -> str:
    if value is None or value == "":
        return ""
    return f"<dt>{html.escape(name)}</dt><dd>{_value(value)}</dd>"


def _card(kind: str, ident: str, heading: str, rows: list[str]) -> str:
    return (
        f'<article class="hb-record hb-{kind}-record" id="rec-{html.escape(ident)}" tabindex="-1">'
        f'<h3><span class="hb-kind">{kind}</span> {html.escape(heading)} '
        f"<code>{html.escape(ident)}</code></h3>"
        f"<dl>{''.join(rows)}</dl></article>"
    )


def _where(start: int, end: int) -> str:
    return f"characters {start}\u2013{end}"


def _period(period: DateRange | None) -> str | None:
    if period is None:
        return None
    return period.format() + (" (inferred)" if period.inferred else " (stated)")


def _figure_card(q: Quantity, brief: Brief) -> str:
    low = high = None
    if q.low is not None:
        low = q.unit.format_value(q.low) + (" (excluded)" if q.qualifier.low_is_exclusive else "")
    if q.high is not None:
        high = q.unit.format_value(q.high) + (
            " (excluded)" if q.qualifier.high_is_exclusive else ""
        )
    span = q.span
    stated_in = [s.id for s in brief.statements if q in s.objects or s.subject == q]
    rows = [
        _row("words", f"\u201c{q.text}\u201d" + (f", {_where(*span)}" if span else "")),
        _row("reads", q.format()),
        _row("period", _period(q.period)),
        _row("inferred", _figure_inferred(q)),
        _row("measures", q.measure),
        _row("qualifier", q.qualifier.value),
        _row("lower bound", low),
        _row("upper bound", high),
        _row("bounds", "none: the words give no number" if low is None and high is None else None),
        _row("unit", q.unit.value),
        _row("basis", q.basis.value),
        _row("source", label(q.attributed_to) if q.attributed_to else "the page itself"),
        _row("derived from", ", ".join(q.derived_from)),
        _row("statements", ", ".join(stated_in)),
    ]
    return _card("figure", q.id, q.text, rows)


def _date_card(where: tuple[int, int], dated: list[tuple[DateRange, str]], text: str) -> str:
    words = text[where[0] : where[1]]
    rows = [_row("words", f"\u201c{words}\u201d, {_where(*where)}")]
    readings: dict[DateRange, list[str]] = {}
    for period, what in dated:
        readings.setdefault(period, []).append(what)
    # Stated readings first, then the ones read into the words, with why.
    for period, whats in sorted(readings.items(), key=lambda r: r[0].inferred is not None):
        rows += [
            _row("reads", _period(period)),
            _row("inferred", period.inferred),
            _row("dates", "; ".join(whats)),
        ]
    return _card("date", _date_id(where), words, rows)


def _statement_card(s: Statement) -> str:
    factuality = f"{s.factuality.value} ({s.factuality.factbank})"
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
        _row("period", _period(s.period)),
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
    about = [s.id for s in brief.statements_about(thing)]
    rows = [
        _row("kind", thing.kind.value),
        _row("inferred", thing.inferred),
        _row("acronym", getattr(thing, "acronym", None)),
        _row("also called", ", ".join(thing.aliases)),
        _row("part of", getattr(getattr(thing, "part_of", None), "id", None)),
        _row("generic", "yes: a kind, not one named body" if thing.generic else None),
        _row("mentions", str(len(thing.mentions))),
        _row("note", thing.note),
        _row("statements about it", f"{len(about)}" + (f": {', '.join(about)}" if about else "")),
        *_reading_rows(thing.readings),
    ]
    return _card(kind, thing.id, thing.name, rows)


_STYLE: Final = """
:root { color-scheme: light; }
body { font: 17px/1.6 Georgia, 'Times New Roman', serif; color: #1a1a1a; background: #fff;
  max-width: 46rem; margin: 1.5rem auto; padding: 0 1rem; overflow-wrap: break-word; }
h1 { font-size: 1.5rem; line-height: 1.3; }
h2 { font-size: 1.2rem; margin-top: 2.5rem; }
h3 { font-size: 1rem; margin: 0 0 .3rem; }
code { font-size: .85em; overflow-wrap: anywhere; }
.hb-meta, .hb-legend { font: 14px/1.5 system-ui, sans-serif; }
.hb-legend ul { list-style: none; padding: 0; margin: .4rem 0; display: flex; flex-wrap: wrap;
  gap: .4rem 1.2rem; }
#hb-statements { font: inherit; padding: .25rem .7rem; border: 1px solid #555;
  border-radius: 4px; background: #fff; color: #1a1a1a; cursor: pointer; }
#hb-statements[aria-pressed="true"] { background: #fff0b3; border-color: #8a6d00; }
#hb-statements[aria-pressed="true"]::before { content: "\\2713  "; }
.hb-text { white-space: pre-wrap; }
.hb-chrome { white-space: normal; color: #595959; font: 13px/1.35 system-ui, sans-serif;
  background: #f4f4f4; border-left: 3px solid #bbb; padding: .3rem .6rem; margin: .4rem 0; }
.hb-chrome::before { content: attr(data-label); display: block; font-style: italic;
  color: #4a4a4a; margin-bottom: .2rem; }
mark.hb-mark { color: inherit; background: none; border-radius: 2px; cursor: pointer; }
mark.hb-figure { background: #e4eeff; box-shadow: inset 0 -2px #3d6fb6; }
mark.hb-date { box-shadow: inset 0 -2px #0f7c8c; }
mark.hb-actor { box-shadow: inset 0 -1px #1f6f43; }
mark.hb-place { box-shadow: inset 0 -1px #6a3d9a; }
mark.hb-inferred { box-shadow: none; text-decoration: underline dotted #1a1a1a 2px;
  text-underline-offset: 4px; }
mark.hb-figure.hb-inferred { text-decoration-color: #3d6fb6; }
mark.hb-date.hb-inferred { text-decoration-color: #0f7c8c; }
mark.hb-actor.hb-inferred { text-decoration-color: #1f6f43; }
mark.hb-place.hb-inferred { text-decoration-color: #6a3d9a; }
mark.hb-statement { cursor: text; }
.hb-statements-on mark.hb-statement, .hb-legend mark.hb-statement { background: #fff6d1;
  cursor: pointer; }
mark.hb-mark:focus { outline: 3px solid #1a1a1a; outline-offset: 1px; }
mark.hb-mark.hb-active { background-color: #ffe38a; }
#hb-popup { position: absolute; z-index: 10; width: 28rem; max-width: calc(100vw - 16px);
  background: #fff; overflow: hidden; pointer-events: none; box-sizing: border-box;
  border: 1px solid #555; border-radius: 4px; box-shadow: 0 4px 14px rgba(0,0,0,.25);
  padding: .6rem .8rem; font: 14px/1.45 system-ui, sans-serif; }
#hb-popup[hidden] { display: none; }
#hb-popup.hb-pinned { pointer-events: auto; overflow-y: auto; overscroll-behavior: contain; }
#hb-popup.hb-cut::after { content: "\\2026 click or tap the mark to keep it open and scroll";
  position: absolute; left: 0; right: 0; bottom: 0; padding: 1.4rem .8rem .4rem;
  font-style: italic; color: #333; background: linear-gradient(rgba(255,255,255,0), #fff 55%); }
.hb-bar { display: flex; justify-content: space-between; align-items: baseline; gap: .8rem;
  margin: -.2rem 0 .3rem; }
.hb-bar a { color: #0b57a4; }
.hb-bar button { font: inherit; border: 1px solid #777; border-radius: 4px; background: #fff;
  color: #1a1a1a; padding: 0 .5rem; cursor: pointer; }
.hb-record { font: 14px/1.45 system-ui, sans-serif; border-top: 1px solid #ccc; padding: .6rem 0; }
.hb-record:target { background: #fffbe6; }
.hb-record dl, #hb-popup dl { display: grid; grid-template-columns: max-content minmax(0, 1fr);
  gap: .1rem .8rem; margin: 0; }
.hb-record dt, #hb-popup dt { font-weight: bold; color: #333; }
.hb-record dd, #hb-popup dd { margin: 0; overflow-wrap: anywhere; }
details.hb-fold summary { cursor: pointer; }
details.hb-fold[open] .hb-more { display: none; }
.hb-more { color: #0b57a4; }
.hb-also { margin: .6rem 0 0; padding-top: .4rem; border-top: 1px solid #ccc; }
.hb-also ul { margin: .2rem 0 0; padding-left: 1.2em; }
.hb-kind { text-transform: uppercase; font-size: .75em; letter-spacing: .05em; color: #444; }
@media (max-width: 32rem) {
  body { font-size: 16px; margin-top: 1rem; }
  .hb-record dl, #hb-popup dl { grid-template-columns: 6.5rem minmax(0, 1fr); gap: .15rem .6rem; }
}
"""

# The record of the innermost mark under the pointer or the focus shows
# beside it, naming the marks that enclose it (statements that share its
# words): below the line pointed at, or above it where there is more room,
# never wider or taller than the window. A click, a tap or Enter keeps it
# open there (a tap on a phone opens it in place, with no jump), scrolling
# within, with a link to the full record below the text; Escape, the close
# button or a click elsewhere closes it. While the statements' layer is off
# their words neither answer the pointer nor take the focus.
_SCRIPT: Final = """
(function () {
  var popup = document.getElementById('hb-popup');
  var text = document.getElementById('hb-text');
  var toggle = document.getElementById('hb-statements');
  var statements = text.querySelectorAll('mark[data-kind="statement"][aria-describedby]');
  var active = null, pinned = false, returning = null, point = null;
  function card(mark) { return document.getElementById('rec-' + mark.dataset.id); }
  function layerOn() { return toggle.getAttribute('aria-pressed') === 'true'; }
  function usable(mark) {
    return !!mark && !!card(mark) && (mark.dataset.kind !== 'statement' || layerOn());
  }
  function light(on) {
    if (!active) { return; }
    text.querySelectorAll('mark[data-id]').forEach(function (m) {
      if (m.dataset.id === active.dataset.id) { m.classList.toggle('hb-active', on); }
    });
  }
  function layer(on) {
    toggle.setAttribute('aria-pressed', on ? 'true' : 'false');
    document.body.classList.toggle('hb-statements-on', on);
    statements.forEach(function (m) {
      if (on) { m.setAttribute('tabindex', '0'); } else { m.removeAttribute('tabindex'); }
    });
    if (!on && active && active.dataset.kind === 'statement') { hide(); }
  }
  function fill(mark) {
    var own = card(mark);
    var also = [];
    for (var m = mark.parentElement.closest('mark[data-id]'); m;
         m = m.parentElement.closest('mark[data-id]')) {
      var other = card(m);
      if (other && also.indexOf(other) < 0 && other !== own) { also.push(other); }
    }
    popup.innerHTML = own.innerHTML;
    if (pinned) {
      var bar = document.createElement('div');
      bar.className = 'hb-bar';
      bar.innerHTML = '<a href="#' + own.id + '">Full record below the text</a>' +
        '<button type="button" class="hb-close" aria-label="Close">\\u00d7</button>';
      popup.insertBefore(bar, popup.firstChild);
      popup.setAttribute('role', 'dialog');
      popup.setAttribute('aria-label', own.querySelector('h3').textContent);
      popup.tabIndex = -1;
    } else {
      popup.setAttribute('role', 'tooltip');
      popup.removeAttribute('aria-label');
      popup.removeAttribute('tabindex');
    }
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
  }
  function line(mark) {
    // The line of the mark that was pointed at, else its first.
    var rects = mark.getClientRects();
    for (var i = 0; point && i < rects.length; i++) {
      if (point[1] >= rects[i].top && point[1] <= rects[i].bottom) { return rects[i]; }
    }
    return rects[0] || mark.getBoundingClientRect();
  }
  function place() {
    var doc = document.documentElement;
    var wide = doc.clientWidth, room = doc.clientHeight;
    popup.style.width = Math.min(448, wide - 16) + 'px';
    popup.style.maxHeight = '';
    popup.classList.remove('hb-cut');
    popup.scrollTop = 0;
    var box = line(active);
    var below = room - box.bottom - 12, above = box.top - 12;
    var height = popup.offsetHeight;
    var under = height <= below || (height > above && below >= above);
    var space = Math.max(under ? below : above, 120);
    if (height > space) {
      popup.style.maxHeight = space + 'px';
      if (!pinned) { popup.classList.add('hb-cut'); }
      height = popup.offsetHeight;
    }
    var top = under ? box.bottom + 6 : box.top - 6 - height;
    var left = Math.max(8, Math.min(box.left, wide - popup.offsetWidth - 8));
    popup.style.left = (left + window.scrollX) + 'px';
    popup.style.top = (top + window.scrollY) + 'px';
  }
  function show(mark, pin) {
    light(false);
    active = mark;
    pinned = pin;
    popup.classList.toggle('hb-pinned', pin);
    fill(mark);
    light(true);
    popup.hidden = false;
    place();
  }
  function hide() {
    light(false);
    active = null;
    pinned = false;
    popup.classList.remove('hb-pinned');
    popup.hidden = true;
  }
  function back() {
    // Close, and give the focus back to the mark without opening it again.
    var mark = active;
    hide();
    if (mark) { returning = mark; mark.focus({preventScroll: true}); returning = null; }
  }
  function markOf(event) {
    return event.target.closest ? event.target.closest('mark[data-id]') : null;
  }
  toggle.hidden = false;
  layer(false);
  toggle.addEventListener('click', function () { layer(!layerOn()); });
  text.addEventListener('mouseover', function (e) {
    if (pinned) { return; }
    var m = markOf(e);
    point = [e.clientX, e.clientY];
    if (usable(m)) { show(m, false); } else { hide(); }
  });
  text.addEventListener('mouseleave', function () { if (!pinned) { hide(); } });
  text.addEventListener('click', function (e) {
    var m = markOf(e);
    if (!usable(m)) { return; }
    point = [e.clientX, e.clientY];
    show(m, true);
  });
  text.addEventListener('keydown', function (e) {
    var m = markOf(e);
    if (m && e.key === 'Enter' && usable(m)) {
      e.preventDefault();
      point = null;
      show(m, true);
      popup.focus({preventScroll: true});
    }
  });
  text.addEventListener('focusin', function (e) {
    var m = markOf(e);
    if (!usable(m) || m === returning || (pinned && m === active)) { return; }
    point = null;
    show(m, false);
  });
  text.addEventListener('focusout', function (e) {
    if (!pinned && markOf(e) === active) { hide(); }
  });
  popup.addEventListener('click', function (e) {
    var link = e.target.closest('a[href^="#rec-"]');
    if (e.target.closest('.hb-close')) { back(); return; }
    if (!link) { return; }
    e.preventDefault();
    var own = document.getElementById(link.getAttribute('href').slice(1));
    hide();
    own.scrollIntoView({block: 'start'});
    own.focus({preventScroll: true});
  });
  popup.addEventListener('toggle', function () { if (active) { place(); } }, true);
  popup.addEventListener('keydown', function (e) {
    // Tab past either end of the open record goes back to its mark.
    if (e.key !== 'Tab') { return; }
    var stops = popup.querySelectorAll('a[href], button, summary');
    var first = stops[0], last = stops[stops.length - 1];
    var at = document.activeElement;
    if ((!e.shiftKey && at === last) || (e.shiftKey && (at === first || at === popup))) {
      e.preventDefault();
      back();
    }
  });
  document.addEventListener('click', function (e) {
    if (pinned && !popup.contains(e.target) && !usable(markOf(e))) { hide(); }
  });
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape' || !active) { return; }
    if (popup.contains(document.activeElement)) { back(); } else { hide(); }
  });
  window.addEventListener('resize', function () { if (active) { place(); } });
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
    ``figure``, ``date``, ``actor`` or ``place``) and ``data-id`` (its
    record's id; a date's is ``date-`` and the offsets of its words).
    Pointing at, focusing or tapping it shows the record beside it: a
    figure's bounds, qualifier, unit, period and source, a statement's
    predicate, factuality and who asserts it, a date's reading and what it
    dates, and for what is inferred, that it is and why; a click, a tap or
    Enter keeps the record open in place. Statements are highlighted, and
    reached, only once their toggle is pressed. Text outside the source's
    sections (a web page's banner and footer) is dimmed and labelled, every
    character kept. The records are listed in full below the text as well.
    The page loads nothing: style and script are inline.

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
        >>> 'data-id="date-3617-3632" data-kind="date"' in page
        True
    """
    brief = brief_or_default(brief)
    spans = _spans(brief)
    source = brief.source
    counts = {kind: len({s.id for s in spans if s.kind == kind}) for kind in KINDS}
    legend = "".join(
        f'<li><mark class="hb-mark hb-{kind}">{kind}</mark> {counts[kind]}</li>' for kind in KINDS
    )
    periods = _periods(brief)
    cards = {
        "Statements": [_statement_card(s) for s in brief.statements],
        "Figures": [_figure_card(q, brief) for q in brief.quantities if q.span is not None],
        "Dates": [_date_card(where, periods[where], source.text) for where in sorted(periods)],
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
        "Point at, tab to or tap a mark to see what the library holds of it; click it, "
        "tap it or press Enter to keep the record open. Every record is also listed "
        "below the text.</p>"
        f'<div class="hb-legend" role="note" aria-label="What the marks are"><ul>{legend}'
        '<li><mark class="hb-mark hb-inferred">dotted underline</mark> a figure, date, actor '
        "or place inferred, not stated (a statement's record says whether it is)</li></ul>"
        '<button type="button" id="hb-statements" aria-pressed="false" hidden>'
        "Highlight statements</button></div></header>"
        f'<main><h2 id="h-text">The text</h2>'
        '<div id="hb-text" class="hb-text" aria-labelledby="h-text">'
        f"{_marked_text(spans, source.text)}</div>"
        '<div id="hb-popup" role="tooltip" hidden></div>'
        f"{records}</main><script>{_SCRIPT}</script></body></html>\n"
    )
