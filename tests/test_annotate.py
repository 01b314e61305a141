"""The annotated brief: the page's structure here, and the page in a real browser below."""

from __future__ import annotations

import html
import os
import re
import shutil
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import attrs
import pages
import pytest

import honduras_brief as hb
from honduras_brief import BRIEF, SOURCE_TEXT, annotated_html
from honduras_brief._annotate import _periods
from honduras_brief._statements import label

ROOT = Path(__file__).parents[1]


class _Page(HTMLParser):
    """Reads the page's marks: each piece's text, and whether the elements nest."""

    VOID = frozenset({"meta", "br", "img", "input", "link", "hr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.errors: list[str] = []
        self.text: list[str] = []  # the characters inside #hb-text
        self.pieces: list[tuple[dict[str, str | None], str]] = []  # each mark piece, in order
        self.open_marks: list[tuple[dict[str, str | None], list[str]]] = []
        self.in_text = 0
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        found = dict(attributes)
        self.tags.append((tag, found))
        if tag in self.VOID:
            return
        self.stack.append((tag, found))
        if found.get("id") == "hb-text":
            self.in_text = len(self.stack)
        if tag == "mark" and self.in_text:
            self.open_marks.append((found, []))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else 'nothing'}")
            return
        self.stack.pop()
        if tag == "mark" and self.in_text:
            found, words = self.open_marks.pop()
            self.pieces.append((found, "".join(words)))
        if self.in_text > len(self.stack):
            self.in_text = 0

    def handle_data(self, data: str) -> None:
        if self.in_text:
            self.text.append(data)
            for _, words in self.open_marks:
                words.append(data)


def read(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


@pytest.fixture(scope="module")
def page() -> str:
    return annotated_html()


@pytest.fixture(scope="module")
def parsed(page: str) -> _Page:
    return read(page)


def test_the_elements_nest_and_all_are_closed(parsed: _Page) -> None:
    assert parsed.errors == []
    assert parsed.stack == []


def test_the_page_holds_the_whole_text_unchanged(parsed: _Page) -> None:
    assert "".join(parsed.text) == SOURCE_TEXT


def _spans_by_record(parsed: _Page) -> dict[tuple[str, str], str]:
    # The pieces of a span, continued after a crossing span, joined back in order.
    words: dict[tuple[str, str], list[str]] = defaultdict(list)
    for found, text in parsed.pieces:
        words[str(found["data-kind"]), str(found["data-id"])].append(text)
    return {key: "".join(parts) for key, parts in words.items()}


def test_every_figure_is_marked_with_its_own_words(parsed: _Page) -> None:
    marked = _spans_by_record(parsed)
    assert len(BRIEF.quantities) == 15
    for q in BRIEF.quantities:
        assert marked["figure", q.id] == q.text


def test_every_statement_is_marked_with_its_quote(parsed: _Page) -> None:
    marked = _spans_by_record(parsed)
    assert len(BRIEF.statements) == 80
    for s in BRIEF.statements:
        assert marked["statement", s.id] == s.citation.quote


def test_every_mention_of_an_actor_or_place_is_marked(parsed: _Page) -> None:
    marked = _spans_by_record(parsed)
    for kind, things in (("actor", BRIEF.actors), ("place", BRIEF.places)):
        for thing in things:
            if thing.mentions:
                assert marked[kind, thing.id] == "".join(m.quote for m in thing.mentions)
            else:
                assert (kind, thing.id) not in marked


def test_each_span_opens_once_for_the_keyboard(parsed: _Page) -> None:
    # A span cut by a crossing one is reopened as data-part="continued", and
    # only its first piece takes the focus and names its record card.
    continued = [found for found, _ in parsed.pieces if found.get("data-part") == "continued"]
    assert continued, "some statements share words across their ends"
    assert all("tabindex" not in found for found in continued)
    focusable = [found for found, _ in parsed.pieces if "tabindex" in found]
    mentions = sum(len(a.mentions) for a in BRIEF.actors)
    mentions += sum(len(p.mentions) for p in BRIEF.places)
    dates = len(_periods(BRIEF))
    assert dates == 5
    assert len(focusable) == len(BRIEF.statements) + len(BRIEF.quantities) + dates + mentions
    ids = {found.get("id") for _, found in parsed.tags}
    assert {found["aria-describedby"] for found in focusable} <= ids


def card_of(page: str, marker: str) -> str:
    """The record card that *marker* opens, up to its end."""
    return page.split(marker, maxsplit=1)[1].split("</article>", maxsplit=1)[0]


def test_the_record_cards_say_what_a_popup_shows(page: str) -> None:
    card = card_of(page, 'id="rec-people-trained-by-the-united-states"')
    assert "<dt>qualifier</dt><dd>more-than</dd>" in card
    assert "<dt>lower bound</dt><dd>1,200 persons (excluded)</dd>" in card
    assert "<dt>reads</dt><dd>more than 1,200 persons</dd>" in card
    assert "<dt>unit</dt><dd>persons</dd>" in card
    money = card_of(page, 'id="rec-operation-neptune-seized-value"')
    assert "<dt>lower bound</dt><dd>$500 million</dd>" in money
    assert "<dt>upper bound</dt><dd>$800 million</dd>" in money
    assert "<dt>period</dt><dd>September 19–26, 2013 (inferred)</dd>" in money
    # The long reason is folded below its first sentence, after the period it explains.
    assert money.index("<dt>period</dt>") < money.index("<dt>inferred</dt>")
    assert (
        '<dt>inferred</dt><dd><details class="hb-fold"><summary>the period: The text gives '
        "the month and days but no year.<span" in money
    )
    many = card_of(page, 'id="rec-citizens-affected-by-everyday-crimes"')
    assert "<dt>bounds</dt><dd>none: the words give no number</dd>" in many
    rate = card_of(page, 'id="rec-homicide-rate-2013"')
    assert "<dt>basis</dt><dd>projected</dd>" in rate
    assert "<dt>source</dt><dd>Violence Observatory</dd>" in rate


def test_a_statement_card_names_predicate_factuality_and_source(page: str) -> None:
    statement = next(s for s in BRIEF.statements if s.according_to is not None and s.inferred)
    card = card_of(page, f'id="rec-{statement.id}"')
    assert (
        f"<dt>words</dt><dd>\u201c{html.escape(statement.citation.quote)}\u201d, characters" in card
    )
    assert f"<dt>predicate</dt><dd>{statement.predicate.value}: " in card
    assert f"<dd>{statement.factuality.value} ({statement.factuality.factbank})</dd>" in card
    assert f"<dt>according to</dt><dd>{label(statement.according_to)}</dd>" in card
    assert f"<dt>inferred</dt><dd>{html.escape(statement.inferred)}</dd>" in card  # type: ignore[arg-type]


def _cited_periods() -> list[tuple[str, hb.DateRange]]:
    """Every period of the brief's dated records that cites its words, with its record."""
    dated: list[hb.Statement | hb.Quantity | hb.Accomplishment | hb.Operation] = [
        *BRIEF.statements,
        *BRIEF.quantities,
        *BRIEF.accomplishments,
        *BRIEF.operations,
    ]
    return [(r.id, r.period) for r in dated if r.period is not None and r.period.citation]


def test_every_cited_period_is_marked_as_a_date(parsed: _Page) -> None:
    """Each period's words are a date mark; it is inferred where every reading of them is."""
    marked = _spans_by_record(parsed)
    classes = {
        str(found["data-id"]): str(found["class"]).split()
        for found, _ in parsed.pieces
        if found["data-kind"] == "date"
    }
    periods = _cited_periods()
    assert len(periods) == 17
    for _, period in periods:
        citation = period.citation
        assert citation is not None
        ident = f"date-{citation.start}-{citation.end}"
        assert marked["date", ident] == citation.quote
        readings = [p for _, p in periods if p.citation == citation]
        assert ("hb-inferred" in classes[ident]) == all(p.inferred for p in readings)
    assert len(classes) == 5
    # Operation Neptune's days are given without their year, which is read into them.
    neptune = BRIEF.lookup("operation-neptune-seized-value", kind=hb.Quantity).period
    assert neptune is not None
    assert neptune.citation is not None
    assert neptune.inferred is not None
    assert classes[f"date-{neptune.citation.start}-{neptune.citation.end}"] == [
        "hb-mark",
        "hb-date",
        "hb-inferred",
    ]
    assert classes["date-403-407"] == ["hb-mark", "hb-date"]  # "2012", stated


def test_a_date_card_says_how_its_words_are_read_and_what_they_date(page: str) -> None:
    """The card of "2013" names the stated reading, then the one read into it, with why."""
    card = card_of(page, 'id="rec-date-1499-1503"')
    assert '<h3><span class="hb-kind">date</span> 2013 <code>date-1499-1503</code></h3>' in card
    assert "<dt>words</dt><dd>\u201c2013\u201d, characters 1499\u20131503</dd>" in card
    stated = card.index("<dt>reads</dt><dd>2013 (stated)</dd>")
    inferred = card.index("<dt>reads</dt><dd>2013 (inferred)</dd>")
    assert stated < inferred
    remain = BRIEF.lookup("homicide-rate-will-likely-remain-the-highest", kind=hb.Statement)
    assert remain.period is not None
    assert remain.period.inferred is not None
    assert f"<dt>inferred</dt><dd>{html.escape(remain.period.inferred)}</dd>" in card[inferred:]
    assert f"statement {remain.id}</dd>" in card[inferred:]
    assert "figure homicide-rate-2013" in card[stated:inferred]


def test_the_web_pages_furniture_is_set_apart_every_character_kept(page: str) -> None:
    """Text before the first section and after the last stands in a labelled block of its own."""
    sections = BRIEF.source.sections.values()
    first, last = min(a for a, _ in sections), max(b for _, b in sections)
    assert SOURCE_TEXT[:first].startswith("printable banner")
    assert "sign in" in SOURCE_TEXT[last:]
    for where, words in (("Before", SOURCE_TEXT[:first]), ("After", SOURCE_TEXT[last:])):
        block = (
            f'<div class="hb-chrome" data-label="{where} the brief: the web page\u2019s own '
            f'furniture, not part of the brief">{html.escape(words)}</div>'
        )
        assert page.count(block) == 1
    assert page.count('class="hb-chrome"') == 2
    # A text without sections has no furniture.
    assert "hb-chrome" not in _marked_part(annotated_html(pages.brief()))


def _marked_part(page: str) -> str:
    return page.split('id="hb-text"', maxsplit=1)[1].split('id="hb-popup"', maxsplit=1)[0]


def test_long_values_are_folded(page: str) -> None:
    """A value of more than 160 characters shows its first words, the rest on demand."""
    values = re.findall(r"<dd>(.*?)</dd>", page)
    folded = [v for v in values if v.startswith('<details class="hb-fold">')]
    assert len(folded) >= 20
    assert all(len(html.unescape(v)) <= 160 for v in values if v not in folded)
    for value in folded:
        head, rest = re.fullmatch(
            r'<details class="hb-fold"><summary>(.*)<span class="hb-more" aria-hidden="true">'
            r" \u2026 more</span></summary>(.*)</details>",
            value,
        ).groups()  # type: ignore[union-attr]
        assert len(html.unescape(head)) <= 140
        assert len(html.unescape(head + rest)) > 160


def test_the_statements_toggle_is_a_real_button(page: str) -> None:
    """Off at first, named for what it does, hidden until the script runs it."""
    assert (
        '<button type="button" id="hb-statements" aria-pressed="false" hidden>'
        "Highlight statements</button>"
    ) in page


def test_the_page_loads_nothing(page: str) -> None:
    lowered = page.lower()
    for needle in ("src=", "<link", "@import", "url(", "<iframe", "fetch(", "xmlhttprequest"):
        assert needle not in lowered


def test_a_brief_of_ones_own_is_annotated_as_it_is() -> None:
    without_places = attrs.evolve(BRIEF, places=())
    page = read(annotated_html(without_places))
    assert page.errors == []
    assert "".join(page.text) == SOURCE_TEXT
    assert not any(found["data-kind"] == "place" for found, _ in page.pieces)


def test_a_brief_of_another_text_shows_that_text_and_its_marks() -> None:
    """A user's page: its own text, marks on its own words, a header of what it names only."""
    brief = pages.brief()
    page = annotated_html(brief)
    parsed = read(page)
    assert parsed.errors == []
    assert "".join(parsed.text) == pages.TEXT
    marked = {(found["data-kind"], found["data-id"], words) for found, words in parsed.pieces}
    assert ("actor", "our-fathers", "our fathers") in marked
    assert ("place", "this-continent", "this continent") in marked
    assert (
        "statement",
        "we-are-engaged-in-a-civil-war",
        "we are engaged in a great civil war",
    ) in marked
    assert "<title>Gettysburg Address (Bliss copy), 1863: annotated</title>" in page
    assert f'<p class="hb-meta">sha256 <code>{brief.source.sha256[:12]}\u2026</code>. ' in page
    assert "state.gov" not in page
    assert "Honduras" not in page
    named = attrs.evolve(pages.PAGE, years=(), url="https://example.org/g", publisher="A Press")
    page = annotated_html(pages.brief(named))
    assert "<title>Gettysburg Address (Bliss copy): annotated</title>" in page
    assert '<p class="hb-meta">A Press. Captured from <code>https://example.org/g</code>; ' in page
    two_years = annotated_html(pages.brief(attrs.evolve(pages.PAGE, years=(1863, 1864))))
    assert "<title>Gettysburg Address (Bliss copy), 1863\u20131864: annotated</title>" in two_years


def test_a_figure_with_no_citation_has_no_mark_and_no_card() -> None:
    # A figure a user records without its words stands nowhere in the text.
    owner = next(a for a in BRIEF.accomplishments if a.quantities)
    figure = attrs.evolve(owner.quantities[0], citation=None)
    changed = attrs.evolve(owner, quantities=(figure, *owner.quantities[1:]))
    brief = attrs.evolve(
        BRIEF, accomplishments=tuple(changed if a is owner else a for a in BRIEF.accomplishments)
    )
    page = annotated_html(brief)
    assert read(page).errors == []
    assert f'data-id="{figure.id}"' not in page
    assert f'id="rec-{figure.id}"' not in page
    others = [q for q in brief.quantities if q.id != figure.id]
    assert len(others) == 14
    assert all(f'data-id="{q.id}" data-kind="figure"' in page for q in others)


def test_anything_but_a_brief_is_refused() -> None:
    with pytest.raises(TypeError, match="'brief' must be a Brief, got 'x' of type str"):
        annotated_html("x")  # type: ignore[arg-type]


def test_it_is_public() -> None:
    assert "annotated_html" in hb.__all__
    assert hb.annotated_html is annotated_html


# In a real browser: Debian's chromium and chromedriver, and axe-core from npm.
# .ci/run installs them and sets HONDURAS_BRIEF_BROWSER_TESTS=required, so
# that there the tests fail rather than skip when anything is missing.
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
_MISSING = [p for p in (CHROMIUM, CHROMEDRIVER, str(AXE)) if not Path(p).exists()]
_REQUIRED = os.environ.get("HONDURAS_BRIEF_BROWSER_TESTS") == "required"
needs_browser = pytest.mark.skipif(
    bool(_MISSING) and not _REQUIRED,
    reason=f"needs {', '.join(_MISSING)} (apt-get install chromium chromium-driver; npm ci)",
)


_PAGE: list[str] = []  # where the driver's fixture wrote the page, as a file: URI


@pytest.fixture(scope="module")
def _driver(tmp_path_factory: pytest.TempPathFactory) -> Any:
    if _REQUIRED:
        from selenium import webdriver
    else:
        webdriver = pytest.importorskip("selenium.webdriver")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1100,900",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium')}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(CHROMEDRIVER))
    path = tmp_path_factory.mktemp("page") / "annotated.html"
    path.write_text(annotated_html(), encoding="utf-8")
    _PAGE.append(path.as_uri())
    yield driver
    driver.quit()


@pytest.fixture
def browser(_driver: Any) -> Any:
    """The page freshly loaded, at the window's own size: nothing open, statements off."""
    _driver.get(_PAGE[-1])
    return _driver


def _resize(driver: Any, width: int, height: int, *, phone: bool) -> None:
    """Emulate a window of *width* by *height* (a touch screen if *phone*), and reload."""
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": phone},
    )
    driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": phone})
    driver.get(_PAGE[-1])
    assert driver.execute_script("return [innerWidth, innerHeight]") == [width, height]


@pytest.fixture
def phone(_driver: Any) -> Any:
    """The page on a phone's screen, 390 by 844 CSS pixels, touched."""
    _resize(_driver, 390, 844, phone=True)
    yield _driver
    _driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    _driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": False})


@pytest.fixture
def desktop(_driver: Any) -> Any:
    """The page in a laptop's window, 1280 by 800."""
    _resize(_driver, 1280, 800, phone=False)
    yield _driver
    _driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def _statements_on(driver: Any) -> None:
    """Press the statements' toggle, as a reader asks for them."""
    from selenium.webdriver.common.by import By

    button = driver.find_element(By.ID, "hb-statements")
    assert button.get_attribute("aria-pressed") == "false"
    button.click()
    assert button.get_attribute("aria-pressed") == "true"


def _hover(driver: Any, element: Any, word: str | None = None) -> None:
    """Put the pointer on *element*, or on its *word*, its popup closed first."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.actions.action_builder import ActionBuilder
    from selenium.webdriver.common.keys import Keys

    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    ActionChains(driver).send_keys(Keys.ESCAPE).perform()
    away = ActionBuilder(driver)  # to the margin, outside the text, so the move enters the mark
    away.pointer_action.move_to_location(2, 2)
    away.perform()
    if word is None:
        ActionChains(driver).move_to_element(element).perform()
        return
    # The middle of the word, from the middle of the element's first box
    # (WebDriver's origin for an element that breaks across lines).
    dx, dy = driver.execute_script(
        "const [el, word] = arguments;"
        "const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);"
        "for (let n = walker.nextNode(); n; n = walker.nextNode()) {"
        "  const at = n.data.indexOf(word);"
        "  if (at < 0 || n.parentElement !== el) { continue; }"
        "  const range = document.createRange();"
        "  range.setStart(n, at); range.setEnd(n, at + word.length);"
        "  const w = range.getBoundingClientRect(), b = el.getClientRects()[0];"
        "  return [w.left + w.width / 2 - (b.left + b.width / 2),"
        "          w.top + w.height / 2 - (b.top + b.height / 2)]; }"
        "return null;",
        element,
        word,
    )
    ActionChains(driver).move_to_element_with_offset(element, round(dx), round(dy)).perform()


def _popup(driver: Any) -> Any:
    from selenium.webdriver.common.by import By

    return driver.find_element(By.ID, "hb-popup")


@needs_browser
def test_in_the_browser_every_figure_has_its_mark(browser: Any) -> None:
    from selenium.webdriver.common.by import By

    marks = browser.find_elements(By.CSS_SELECTOR, 'mark[data-kind="figure"]')
    assert {m.get_attribute("data-id") for m in marks} == {q.id for q in BRIEF.quantities}
    shown = {m.get_attribute("data-id"): m.text for m in marks}
    assert shown["people-trained-by-the-united-states"] == "more than 1,200"


@needs_browser
def test_in_the_browser_pointing_at_a_figure_shows_its_record(browser: Any) -> None:
    from selenium.webdriver.common.by import By

    assert not _popup(browser).is_displayed()
    mark = browser.find_element(By.CSS_SELECTOR, 'mark[data-id="homicide-rate-2012"]')
    _hover(browser, mark)
    popup = _popup(browser)
    assert popup.is_displayed()
    assert popup.get_attribute("data-id") == "homicide-rate-2012"
    words = popup.text
    for expected in ("85.5 per 100,000", "lower bound\n85.5 per 100,000 people", "upper bound\n85.5 per 100,000 people",
                     "unit\nper-100000-population", "period\n2012", "source\nViolence Observatory"):  # fmt: skip
        assert expected in words
    # Below the figure or above it, never over it.
    below = popup.rect["y"] >= mark.rect["y"] + mark.rect["height"]
    above = popup.rect["y"] + popup.rect["height"] <= mark.rect["y"]
    assert below or above


@needs_browser
def test_in_the_browser_an_inferred_statement_says_why(browser: Any) -> None:
    from selenium.webdriver.common.by import By

    statement = next(s for s in BRIEF.statements if s.inferred and s.id.startswith("region-is"))
    _statements_on(browser)
    mark = browser.find_element(By.CSS_SELECTOR, f'mark[data-id="{statement.id}"][tabindex]')
    _hover(browser, mark, "vulnerable")
    words = _popup(browser).text
    assert f"inferred\n{statement.inferred}" in words
    assert f"factuality\n{statement.factuality.value}" in words
    assert f"predicate\n{statement.predicate.value}" in words


@needs_browser
def test_in_the_browser_the_keyboard_reaches_a_mark_and_its_record(browser: Any) -> None:
    """Statements take the focus once asked for; Enter opens a record in place, Escape closes it."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    def tab(shift: bool = False) -> Any:
        keys = ActionChains(browser)
        if shift:
            keys = keys.key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT)
        else:
            keys = keys.send_keys(Keys.TAB)
        keys.perform()
        return browser.switch_to.active_element

    browser.find_element(By.TAG_NAME, "h1").click()  # start from the top, nothing focused
    assert tab().get_attribute("id") == "hb-statements"
    # While the statements' layer is off the keyboard passes them by.
    assert tab().get_attribute("data-id") == "honduras"
    assert tab(shift=True).get_attribute("id") == "hb-statements"
    ActionChains(browser).send_keys(Keys.SPACE).perform()
    assert browser.switch_to.active_element.get_attribute("aria-pressed") == "true"
    # The text opens with statements that start on one word, the longest
    # enclosing the rest, and the place they start with.
    start = min(s.citation.start for s in BRIEF.statements)
    opening = sorted(
        (s for s in BRIEF.statements if s.citation.start == start), key=lambda s: -s.citation.end
    )
    expected = [s.id for s in opening] + ["honduras"]
    assert len(expected) >= 3
    for ident in expected:
        focused = tab()
        assert focused.tag_name == "mark"
        assert focused.get_attribute("data-id") == ident
        assert _popup(browser).is_displayed()
        assert _popup(browser).get_attribute("data-id") == ident
    assert "place honduras honduras\nkind\ncountry" in _popup(browser).text.lower()
    ActionChains(browser).send_keys(Keys.ENTER).perform()
    popup = _popup(browser)
    assert popup.get_attribute("role") == "dialog"
    assert "hb-pinned" in str(popup.get_attribute("class"))
    assert browser.switch_to.active_element == popup
    assert tab().text == "Full record below the text"
    assert tab().get_attribute("aria-label") == "Close"
    ActionChains(browser).send_keys(Keys.ESCAPE).perform()
    assert not popup.is_displayed()
    assert browser.switch_to.active_element.get_attribute("data-id") == "honduras"


@needs_browser
def test_in_the_browser_axe_finds_no_serious_violation(browser: Any) -> None:
    """The page as it opens, statements off, passes axe-core with nothing serious."""
    _axe(browser)


@needs_browser
def test_in_the_browser_words_under_several_statements_name_them_all(browser: Any) -> None:
    """The word "dismissed" lies in two statements of one span: the popup names both."""
    from selenium.webdriver.common.by import By

    _statements_on(browser)
    pieces = browser.find_elements(
        By.CSS_SELECTOR, 'mark[data-id="supreme-court-suspended-judges"]'
    )
    inner = next(p for p in pieces if "dismissed" in p.text)
    _hover(browser, inner, "dismissed")
    popup = _popup(browser)
    assert popup.get_attribute("data-id") == "supreme-court-suspended-judges"
    also = [
        li.get_attribute("data-id") for li in popup.find_elements(By.CSS_SELECTOR, ".hb-also li")
    ]
    assert "supreme-court-dismissed-judges" in also
    # Every statement is named by the popup of some mark inside it.
    named = browser.execute_script(
        "const ids = new Set();"
        "for (const m of document.querySelectorAll('#hb-text mark[data-id]')) {"
        "  for (let e = m; e && e.id !== 'hb-text'; e = e.parentElement) {"
        "    if (e.dataset && e.dataset.id) { ids.add(e.dataset.id); } } }"
        "return [...ids];"
    )
    assert {s.id for s in BRIEF.statements} <= set(named)


@needs_browser
def test_in_the_browser_a_popup_stays_in_the_window(browser: Any) -> None:
    """Near the bottom of the window the record opens above its mark, and scrolls within."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    mark = browser.find_element(By.CSS_SELECTOR, 'mark[data-id="operation-neptune-seized-value"]')
    browser.execute_script("arguments[0].scrollIntoView({block: 'end'})", mark)
    ActionChains(browser).move_to_element(mark).perform()
    popup = _popup(browser)
    assert popup.is_displayed()
    top, bottom, height = browser.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return [r.top, r.bottom, document.documentElement.clientHeight];",
        popup,
    )
    assert 0 <= top and bottom <= height


def _beside(driver: Any, mark: Any) -> tuple[float, ...]:
    """The open record's box, checked to stand inside the window, above or below *mark*."""
    left, top, right, bottom, width, height, line_top, line_bottom = driver.execute_script(
        "const p = document.getElementById('hb-popup').getBoundingClientRect();"
        "const rects = [...arguments[0].getClientRects()];"
        "return [p.left, p.top, p.right, p.bottom, innerWidth, innerHeight,"
        "  Math.min(...rects.map(r => r.top)), Math.max(...rects.map(r => r.bottom))];",
        mark,
    )
    assert 0 <= left < right <= width
    assert 0 <= top < bottom <= height
    # Beside the line it opened from; a mark of one line is never covered.
    assert bottom <= line_bottom or top >= line_top
    return left, top, right, bottom


@needs_browser
def test_in_the_browser_a_click_opens_the_record_in_place(browser: Any) -> None:
    """A click keeps the record open beside its mark, with no jump; its link goes to the list."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    mark = browser.find_element(By.CSS_SELECTOR, 'mark[data-id="judges-dismissed"]')
    _hover(browser, mark)
    before = browser.execute_script("return scrollY")
    mark.click()
    popup = _popup(browser)
    assert popup.is_displayed()
    assert popup.get_attribute("data-id") == "judges-dismissed"
    assert popup.get_attribute("role") == "dialog"
    assert browser.execute_script("return scrollY") == before
    top, bottom = _beside(browser, mark)[1::2]
    assert bottom <= mark.rect["y"] - before or top >= mark.rect["y"] + mark.rect["height"] - before
    # It stays open while the pointer passes over other marks.
    other = browser.find_element(By.CSS_SELECTOR, 'mark[data-id="judges-suspended"]')
    ActionChains(browser).move_to_element(other).perform()
    assert popup.is_displayed()
    assert popup.get_attribute("data-id") == "judges-dismissed"
    popup.find_element(By.LINK_TEXT, "Full record below the text").click()
    assert browser.switch_to.active_element.get_attribute("id") == "rec-judges-dismissed"
    assert not popup.is_displayed()
    # A click on the close button, or outside, closes it.
    for close in ("button.hb-close", "h1"):
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
        mark.click()
        assert popup.is_displayed()
        target = popup if close.startswith("button") else browser
        target.find_element(By.CSS_SELECTOR, close).click()
        assert not popup.is_displayed()


_HIGHLIGHTED = (
    # The share of the text's characters painted with a background by a mark.
    "const text = document.getElementById('hb-text');"
    "const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);"
    "let all = 0, lit = 0;"
    "for (let n = walker.nextNode(); n; n = walker.nextNode()) {"
    "  const size = n.data.trim().length; all += size;"
    "  for (let e = n.parentElement; e !== text; e = e.parentElement) {"
    "    if (e.tagName === 'MARK' && getComputedStyle(e).backgroundColor !== 'rgba(0, 0, 0, 0)') {"
    "      lit += size; break; }"
    "  } }"
    "return lit / all;"
)


@needs_browser
def test_in_the_browser_the_statements_stay_quiet_until_asked(desktop: Any) -> None:
    """Statements cover nearly all of the text: they are painted only once the toggle is pressed."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    assert desktop.execute_script(_HIGHLIGHTED) < 0.05
    statement = desktop.execute_script(  # the innermost statement around the word
        "return [...document.querySelectorAll('mark[data-kind=statement][aria-describedby]')]"
        ".find(m => [...m.childNodes].some(n => n.nodeType === 3 && n.data.includes('transit')))"
    )
    assert statement.get_attribute("tabindex") is None  # the script took it from the keyboard
    _hover(desktop, statement, "transit")
    assert not _popup(desktop).is_displayed()
    ActionChains(desktop).click().perform()  # on the word pointed at
    assert not _popup(desktop).is_displayed()
    _statements_on(desktop)
    assert desktop.execute_script(_HIGHLIGHTED) > 0.8  # all but the furniture, nearly
    assert statement.get_attribute("tabindex") == "0"
    _hover(desktop, statement, "transit")
    assert _popup(desktop).get_attribute("data-id") == statement.get_attribute("data-id")
    desktop.find_element(By.ID, "hb-statements").click()
    assert desktop.execute_script(_HIGHLIGHTED) < 0.05
    assert not _popup(desktop).is_displayed()


_OPEN_EVERY_RECORD = (
    # Open each record from its mark, in place, and measure it in the window.
    "const out = [];"
    "for (const m of document.querySelectorAll('#hb-text mark[aria-describedby]')) {"
    "  m.scrollIntoView({block: 'center'});"
    "  const r = m.getClientRects()[0];"
    "  m.dispatchEvent(new MouseEvent('click', {bubbles: true,"
    "    clientX: r.left + r.width / 2, clientY: r.top + r.height / 2}));"
    "  const p = document.getElementById('hb-popup'), b = p.getBoundingClientRect();"
    "  const ok = !p.hidden && p.dataset.id === m.dataset.id && b.left >= 0 && b.top >= 0"
    "    && b.right <= innerWidth && b.bottom <= innerHeight"
    "    && (p.scrollHeight <= p.clientHeight || getComputedStyle(p).overflowY === 'auto');"
    "  if (!ok) { out.push([m.dataset.id, b.left, b.top, b.right, b.bottom]); }"
    "  document.body.click(); }"
    "return [out, document.querySelectorAll('#hb-text mark[aria-describedby]').length];"
)


def _check_every_record_fits(driver: Any) -> None:
    _statements_on(driver)
    misfits, opened = driver.execute_script(_OPEN_EVERY_RECORD)
    assert misfits == []
    assert opened == 155  # statements, figures, dates and mentions
    assert driver.execute_script("return document.documentElement.scrollWidth") <= (
        driver.execute_script("return innerWidth")
    )


@needs_browser
def test_in_the_browser_every_record_fits_a_desktop_window(desktop: Any) -> None:
    """At 1280 by 800 every record opens inside the window, scrolling within if it must."""
    _check_every_record_fits(desktop)


@needs_browser
def test_in_the_browser_every_record_fits_a_phone(phone: Any) -> None:
    """At 390 by 844 every record opens inside the screen, and nothing scrolls sideways."""
    _check_every_record_fits(phone)


def _tap(driver: Any, mark: Any) -> None:
    """Touch the middle of *mark*'s first line, as a finger does."""
    x, y = driver.execute_script(
        "const r = arguments[0].getClientRects()[0];"
        "return [r.left + r.width / 2, r.top + r.height / 2];",
        mark,
    )
    for kind, points in (("touchStart", [{"x": x, "y": y}]), ("touchEnd", [])):
        driver.execute_cdp_cmd("Input.dispatchTouchEvent", {"type": kind, "touchPoints": points})


@needs_browser
def test_in_the_browser_a_tap_on_a_phone_opens_the_record_beside_its_mark(phone: Any) -> None:
    """No sideways scroll, no jump: the inferred date of Operation Neptune opens where it stands."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.wait import WebDriverWait

    assert phone.execute_script("return document.documentElement.scrollWidth") <= 390
    mark = phone.find_element(By.CSS_SELECTOR, 'mark[data-kind="date"][data-id="date-3617-3632"]')
    assert mark.text == "September 19-26"
    assert "hb-inferred" in str(mark.get_attribute("class"))
    phone.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    before = phone.execute_script("return scrollY")
    _tap(phone, mark)
    popup = _popup(phone)
    WebDriverWait(phone, 5).until(lambda _: "hb-pinned" in str(popup.get_attribute("class")))
    assert popup.get_attribute("data-id") == "date-3617-3632"
    assert phone.execute_script("return scrollY") == before
    _beside(phone, mark)
    words = popup.text
    assert "reads\nSeptember 19\u201326, 2013 (inferred)" in words
    assert "inferred\nThe text gives the month and days but no year." in words
    assert "figure operation-neptune-seized-value" in words
    assert phone.execute_script("return document.documentElement.scrollWidth") <= 390
    # The folded reason opens within the card, which stays on the screen.
    popup.find_element(By.CSS_SELECTOR, "summary").click()
    assert "so it was written" in popup.text
    _beside(phone, mark)


@needs_browser
def test_in_the_browser_the_furniture_is_dimmed_and_labelled(desktop: Any) -> None:
    """The page's banner and sign-in text are grey and named, the text in the page unchanged."""
    from selenium.webdriver.common.by import By

    blocks = desktop.find_elements(By.CSS_SELECTOR, "#hb-text .hb-chrome")
    labels = [
        desktop.execute_script("return getComputedStyle(arguments[0], '::before').content", b)
        for b in blocks
    ]
    assert labels == [
        '"Before the brief: the web page\u2019s own furniture, not part of the brief"',
        '"After the brief: the web page\u2019s own furniture, not part of the brief"',
    ]
    assert "printable banner" in blocks[0].text
    assert "sign in" in blocks[1].text
    body = desktop.find_element(By.ID, "hb-text")
    assert blocks[0].value_of_css_property("color") != body.value_of_css_property("color")
    assert desktop.execute_script("return arguments[0].textContent", body) == SOURCE_TEXT


def _axe(driver: Any) -> None:
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document).then(r => done(r.violations), e => done(String(e)));"
    )
    assert isinstance(result, list), result
    serious = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in result
        if v["impact"] in {"serious", "critical"}
    ]
    assert serious == []


@needs_browser
@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_in_the_browser_axe_finds_no_serious_violation_at_either_size(
    size: str, request: pytest.FixtureRequest
) -> None:
    """Clean with the statements on and a record open in place, on a phone and on a desktop."""
    driver = request.getfixturevalue(size)  # skips, where the browser tests may, without selenium
    from selenium.webdriver.common.by import By

    _statements_on(driver)
    mark = driver.find_element(By.CSS_SELECTOR, 'mark[data-id="operation-neptune-seized-value"]')
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    mark.click()
    assert _popup(driver).get_attribute("role") == "dialog"
    _axe(driver)
