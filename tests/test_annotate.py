"""The annotated brief: the page's structure here, and the page in a real browser below."""

from __future__ import annotations

import html
import os
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
    mentions = sum(len(t.mentions) for t in (*BRIEF.actors, *BRIEF.places))
    assert len(focusable) == len(BRIEF.statements) + len(BRIEF.quantities) + mentions
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
    assert "<dt>inferred</dt><dd>the period: The text gives the month and days" in money
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


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Any:
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
    driver.get(path.as_uri())
    yield driver
    driver.quit()


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
    mark = browser.find_element(By.CSS_SELECTOR, f'mark[data-id="{statement.id}"][tabindex]')
    _hover(browser, mark, "vulnerable")
    words = _popup(browser).text
    assert f"inferred\n{statement.inferred}" in words
    assert f"factuality\n{statement.factuality.value}" in words
    assert f"predicate\n{statement.predicate.value}" in words


@needs_browser
def test_in_the_browser_the_keyboard_reaches_a_mark_and_its_record(browser: Any) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    # The text opens with statements that start on one word, the longest
    # enclosing the rest, and the place they start with.
    start = min(s.citation.start for s in BRIEF.statements)
    opening = sorted(
        (s for s in BRIEF.statements if s.citation.start == start), key=lambda s: -s.citation.end
    )
    expected = [s.id for s in opening] + ["honduras"]
    assert len(expected) >= 3
    ActionChains(browser).send_keys(Keys.ESCAPE).perform()
    browser.find_element(By.TAG_NAME, "h1").click()  # start from the top, nothing focused
    for ident in expected:
        ActionChains(browser).send_keys(Keys.TAB).perform()
        focused = browser.switch_to.active_element
        assert focused.tag_name == "mark"
        assert focused.get_attribute("data-id") == ident
        assert _popup(browser).is_displayed()
        assert _popup(browser).get_attribute("data-id") == ident
    assert "place honduras honduras\nkind\ncountry" in _popup(browser).text.lower()
    ActionChains(browser).send_keys(Keys.ESCAPE).perform()
    assert not _popup(browser).is_displayed()


@needs_browser
def test_in_the_browser_axe_finds_no_serious_violation(browser: Any) -> None:
    browser.execute_script(AXE.read_text(encoding="utf-8"))
    result = browser.execute_async_script(
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
def test_in_the_browser_words_under_several_statements_name_them_all(browser: Any) -> None:
    """The word "dismissed" lies in two statements of one span: the popup names both."""
    from selenium.webdriver.common.by import By

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


@needs_browser
def test_in_the_browser_a_click_on_a_mark_goes_to_its_full_record(browser: Any) -> None:
    from selenium.webdriver.common.by import By

    mark = browser.find_element(By.CSS_SELECTOR, 'mark[data-id="judges-dismissed"]')
    _hover(browser, mark)
    mark.click()
    assert browser.switch_to.active_element.get_attribute("id") == "rec-judges-dismissed"
    assert not _popup(browser).is_displayed()
