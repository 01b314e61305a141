"""Every public helper documents itself with an example that runs."""

from __future__ import annotations

import inspect
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

import honduras_brief as hb

HELPERS = [
    hb.percent_change,
    hb.percentage_point_change,
    hb.describe_change,
    hb.check_change,
    hb.ChangeRange,
    hb.Citation.of,
    hb.Brief.get,
    hb.Brief.lookup,
    *(
        member
        for name, member in inspect.getmembers(hb.DateRange)
        if not name.startswith("_") and (callable(member) or isinstance(member, property))
    ),
    hb.DateRange.__contains__,
    hb.DateRange.__iter__,
]


@pytest.mark.parametrize(
    "helper", HELPERS, ids=lambda h: getattr(h, "__qualname__", None) or h.fget.__qualname__
)
def test_helper_has_a_doctest(helper: object) -> None:
    """The docstring holds an example; --doctest-modules runs it."""
    doc = inspect.getdoc(helper) or ""
    assert ">>> " in doc


def test_the_list_of_helpers_is_not_empty() -> None:
    """DateRange's public helpers are all listed."""
    names = {getattr(h, "__name__", None) or h.fget.__name__ for h in HELPERS}  # type: ignore[union-attr]
    assert {"parse", "format", "isoformat", "days", "overlaps", "intersection", "span", "iter",
            "to_interval", "to_datetime_interval", "fiscal_years", "fiscal_year", "is_stated"} <= names  # fmt: skip


ROOT = Path(__file__).parents[1]


def test_the_data_dictionary_is_current() -> None:
    """docs/data-dictionary.md is what scripts/regenerate.py writes from the models."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from datadict import render
    finally:
        sys.path.pop(0)
    text = render()
    assert (ROOT / "docs" / "data-dictionary.md").read_text(encoding="utf-8") == text
    for cls in (
        "Brief",
        "Challenge",
        "Goal",
        "Accomplishment",
        "Operation",
        "Actor",
        "Quantity",
        "DateRange",
        "Citation",
    ):
        assert f"## `{cls}`" in text
    assert "| `low` | <code>Decimal &#124; None</code> | the figure's `unit` |" in text


class _Text(HTMLParser):
    """The text a reader sees on a page: no tags, scripts or styles."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, _attrs: object) -> None:
        self._hidden += tag in {"script", "style"}

    def handle_endtag(self, tag: str) -> None:
        self._hidden -= tag in {"script", "style"}

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def visible_text(page: str) -> str:
    parser = _Text()
    parser.feed(page)
    return "".join(parser.parts)


# A role that reached the page as text: ":class:`LookupError`" from a
# docstring, "{class}`Brief`" from a MyST page; with the backticks made code.
RAW_ROLE = re.compile(r"[:{](?:py:)?(?:class|func|meth|attr|mod|exc|data|obj|ref|doc)[:}]\s*[`\w~]")


def test_visible_text_finds_raw_roles() -> None:
    """The check below sees a role left as text, with or without its backticks as code."""
    for shown in (":class:`LookupError`", "<p>see :func:<code>to_json</code></p>",
                  "{class}`Brief`", ":py:meth:`Brief.get`"):  # fmt: skip
        assert RAW_ROLE.search(visible_text(shown)), shown
    for fine in ("<p>Examples:</p><code>x</code>", "<script>a = {class:`b`}</script>",
                 "CT+: it is so", "<code>class</code>: a word"):  # fmt: skip
        assert not RAW_ROLE.search(visible_text(fine)), fine


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The documentation site, built as CI builds it: every warning is an error."""
    out = tmp_path_factory.mktemp("site")
    # Not measured for coverage: the build imports and runs all of the package,
    # and the coverage gate is for lines that tests check, not lines the docs
    # happen to run (measuring it would also double the build's time).
    unmeasured = {k: v for k, v in os.environ.items() if not k.startswith("COVERAGE_")}
    done = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html",
         str(ROOT / "docs"), str(out)],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=300, env=unmeasured,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stderr == "", done.stderr  # not a warning, not even a quiet one
    return out


def _pages(site: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(site.glob("*.html"))}


def test_the_site_has_every_page(site: Path) -> None:
    """Every page of docs/ is built, with the annotated brief beside them."""
    built = set(_pages(site))
    sources = {p.stem + ".html" for p in (ROOT / "docs").glob("*.md")}
    assert sources <= built
    assert "annotated-brief.html" in built


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("RecordBase", "a private base class"),
        ("honduras_brief._", "a private module"),
        ("\\|", "an escaped pipe: a table cell split or shown with its backslash"),
        ("pip install honduras-brief", "the package is on no index"),
    ],
)
def test_no_page_shows(site: Path, name: str, why: str) -> None:
    """No built page holds this anywhere, text, link titles or markup."""
    shown = [page for page, html in _pages(site).items() if name in html]
    assert shown == [], f"{why}: {name!r} in {shown}"


def test_no_role_reaches_a_page_as_text(site: Path) -> None:
    """Every Sphinx role in docstrings and pages became a link or code, none is left as text."""
    for page, html in _pages(site).items():
        raw = RAW_ROLE.findall(visible_text(html))
        assert raw == [], f"{page}: {raw}"


def test_the_api_page_documents_the_public_api(site: Path) -> None:
    """Every name of honduras_brief.__all__ has its entry, under its public name."""
    api = (site / "api.html").read_text(encoding="utf-8")
    missing = [name for name in hb.__all__ if f'id="honduras_brief.{name}"' not in api]
    assert missing == []
    assert "Bases: " in api  # the exceptions show theirs: ours and the builtin's
    assert re.search(r"Bases: .*HondurasBriefError.*LookupError", visible_text(api))
    assert "Bases: object" not in visible_text(api)


def test_long_signatures_break_between_parameters(site: Path) -> None:
    """A signature too long for a line puts a parameter a line; a name never breaks inside."""
    api = (site / "api.html").read_text(encoding="utf-8")
    to_parquet = api.split('id="honduras_brief.to_parquet">', 1)[1].split("</dt>", 1)[0]
    # records, path, *, table, overwrite
    assert "<dl>" in to_parquet and to_parquet.count("<dd>") == 5
    assert "<wbr" not in api
    assert '<span class="pre">DateRange</span>' in api
    css = (site / "_static" / "basic.css").read_text(encoding="utf-8")
    assert re.search(r"span\.pre \{[^}]*white-space: nowrap;", css)


@pytest.mark.parametrize(
    "address",
    [
        "https://docs.python.org/3/library/decimal.html#decimal.Decimal",
        "https://docs.python.org/3/library/exceptions.html#LookupError",
        "https://www.attrs.org/en/stable/api.html#attrs.evolve",
        "https://catt.rs/en/stable/cattrs.html#cattrs.Converter",
        "https://pendulum.eustace.io/docs/#introduction",
    ],
)
def test_other_projects_are_linked_at_their_docs(site: Path, address: str) -> None:
    """Intersphinx links types and functions of Python, attrs, cattrs and pendulum to their docs."""
    assert any(f'href="{address}"' in html for html in _pages(site).values())


def test_the_annotated_brief_is_in_the_site(site: Path) -> None:
    """The annotated page is written at build time, whole, with nothing fetched from elsewhere."""
    page = (site / "annotated-brief.html").read_text(encoding="utf-8")
    assert page == hb.annotated_html()
    assert not re.search(r"""<(script|img|iframe)[^>]*\ssrc=|<link[^>]*href=|@import|url\(""", page)
    intro = (site / "annotated.html").read_text(encoding="utf-8")
    assert 'href="annotated-brief.html"' in intro


def test_the_site_keeps_its_pages_content(site: Path) -> None:
    """The changelog is included whole, and the data dictionary keeps a pipe inside a cell."""
    assert "Keep a Changelog" in (site / "changelog.html").read_text(encoding="utf-8")
    dictionary = (site / "data-dictionary.html").read_text(encoding="utf-8")
    assert "<td><p><code>Decimal | None</code></p></td>" in dictionary
    cli = visible_text((site / "cli.html").read_text(encoding="utf-8"))
    assert "cite ID [--format text|csl|bibtex]" in cli


def test_the_inventories_list_real_names() -> None:
    """Every name the offline inventories link is importable, so no link is to nothing."""
    sys.path.insert(0, str(ROOT / "docs"))
    try:
        import conf
    finally:
        sys.path.pop(0)
    import zlib

    for key, (_url, names) in conf.EXTERNAL.items():
        data = conf.inventory(key, names)
        header, _, body = data.partition(b"zlib.\n")
        assert header.startswith(b"# Sphinx inventory version 2\n")
        lines = zlib.decompress(body).decode().splitlines()
        assert len(lines) == len(names)
    with pytest.raises(AttributeError):
        conf.inventory("attrs", {"attrs.nope": "api.html#attrs.nope"})


def test_every_public_name_is_exported_lazily() -> None:
    """__all__ and the lazy table agree, and every name resolves."""
    assert set(hb.__all__) == set(hb._LAZY) | {n for n in hb.__all__ if n.endswith("Error")}
    for name in hb.__all__:
        assert getattr(hb, name) is not None
    assert set(hb.__all__) <= set(dir(hb))
    with pytest.raises(AttributeError, match="has no attribute 'nope'"):
        _ = hb.nope  # type: ignore[attr-defined]


def test_import_loads_no_dependency() -> None:
    """Importing honduras_brief imports neither attrs, pendulum nor cattrs."""
    code = (
        "import sys, honduras_brief\n"
        "loaded = {m.split('.')[0] for m in sys.modules}\n"
        "print(sorted(loaded & {'attr', 'attrs', 'pendulum', 'cattrs'}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("module", ["content", "serialization"])
def test_public_modules_resolve_in_a_fresh_interpreter(module: str) -> None:
    """hb.content and hb.serialization work without importing them first, as the README shows."""
    code = f"import honduras_brief as hb; print(hb.{module}.__name__)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == f"honduras_brief.{module}"
