"""How records look: concise reprs and notebook HTML."""

from __future__ import annotations

import html
import re

import pytest
from conftest import record_params

import honduras_brief as hb


def test_reprs_are_concise() -> None:
    """A record's repr names it in a line, not its whole tree."""
    assert (
        repr(hb.CHALLENGES[0])
        == "Challenge(id='drug-transit', title='Honduras as a transit country for drugs')"
    )
    assert (
        repr(hb.OPERATION_NEPTUNE) == "Operation(id='operation-neptune', name='Operation Neptune')"
    )
    assert repr(hb.BRIEF) == (
        "Brief(source='INL country program page for Honduras', challenges=4, goals=6, "
        "accomplishments=9, operations=1, actors=25, places=6, statements=79)"
    )
    assert repr(hb.HOMICIDE_RATE_2012).startswith(
        "Quantity(id='homicide-rate-2012', text='85.5 per 100,000', "
    )


@pytest.mark.parametrize("record", [*record_params(), pytest.param(hb.BRIEF, id="brief")])
def test_every_record_renders_as_html(record: object) -> None:
    """Each record is an HTML table of its fields, with its quotes and figures marked."""
    rendered = record._repr_html_()  # type: ignore[attr-defined]
    assert rendered.startswith('<table class="honduras-brief">')
    assert rendered.endswith("</table>")
    assert rendered.count("<tr>") == rendered.count("</tr>") >= 2
    assert "<script" not in rendered
    for q in getattr(record, "quantities", ()):
        if q.citation is not None and q.citation in getattr(record, "citations", ()):
            assert f"<mark>{html.escape(q.text)}</mark>" in rendered


def test_figures_are_highlighted_in_their_quote() -> None:
    """The homicide challenge marks its three figures inside the quote."""
    rendered = hb.content.VIOLENCE._repr_html_()
    assert re.findall(r"<mark>(.*?)</mark>", rendered) == [
        "80 per 100,000",
        "85.5 per 100,000",
        "6.4 percent",
    ]
    assert "Honduras&#x27; homicide rate" in rendered  # escaped, not raw


def test_a_quantity_marks_its_own_words() -> None:
    """A figure on its own highlights its words in its citation."""
    assert "<mark>between $500 and $800 million</mark>" in hb.NEPTUNE_SEIZED_VALUE._repr_html_()


def test_text_from_users_is_escaped() -> None:
    """Angle brackets in a user's record cannot inject markup."""
    actor = hb.Actor(id="x", name="<b>bold</b>", kind=hb.ActorKind.GANG)
    assert "&lt;b&gt;bold&lt;/b&gt;" in actor._repr_html_()
    assert "<b>bold</b>" not in actor._repr_html_()


def test_overlapping_figures_are_marked_once() -> None:
    """Two figures whose words overlap in one quote mark the first, without garbling."""
    import attrs

    rate = hb.HOMICIDE_RATE_2012
    number = attrs.evolve(rate, id="number", text="85.5")
    challenge = attrs.evolve(hb.content.VIOLENCE, quantities=(number, rate))
    rendered = challenge._repr_html_()
    assert "<mark>85.5</mark> per 100,000 in 2012" in rendered
    assert "<mark>85.5 per 100,000</mark>" not in rendered


def test_a_statement_renders_with_its_figure_marked() -> None:
    """A statement's HTML marks the figure it states in its clause and names its fields."""
    statement = hb.BRIEF.lookup("homicide-rate-could-fall-to-80-in-2013")
    html = statement._repr_html_()
    assert "<mark>80 per 100,000</mark>" in html
    assert "<th" in html and ">factuality<" in html and "possible" in html
    assert "violence-observatory (Violence Observatory)" in html
