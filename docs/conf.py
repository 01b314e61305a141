"""
Sphinx configuration of the documentation site: Furo, MyST Markdown, autodoc.

Build it from the root of a clone with the ``docs`` extra installed::

    python -m sphinx -W --keep-going -b html docs site

Importing this file only defines names (pytest imports it when it looks for
doctests); what touches the package or writes a file happens in the event
handlers :func:`setup` connects.
"""
# ruff: noqa: INP001 -- Sphinx reads this file by path; it is not part of a package

from __future__ import annotations

import builtins
import functools
import importlib
import inspect
import re
import typing
import zlib
from importlib.metadata import version as _version
from pathlib import Path
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.addnodes import pending_xref
    from sphinx.application import Sphinx
    from sphinx.config import Config
    from sphinx.environment import BuildEnvironment

project = "honduras-brief"
author = "The honduras-brief developers"
copyright = "the honduras-brief developers; the brief itself is a work of the U.S. Government"  # noqa: A001 -- Sphinx's name for it
release = _version("honduras-brief")
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]
nitpicky = True  # every cross-reference resolves, to our pages or to another project's
nitpick_ignore = [
    # Private aliases in signatures, spelt as in the source; each function's
    # docstring says what it takes.
    ("py:class", "honduras_brief._io.Writable"),
    ("py:class", "Tabular"),
    ("py:class", "Table"),
]

# MyST: CommonMark with tables; headings get anchors for links between pages.
myst_heading_anchors = 3

# The API: Google-style docstrings; signatures as written, with one parameter
# a line once a signature no longer fits, so that no type name is broken.
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_typehints_format = "short"
python_maximum_signature_line_length = 80
python_use_unqualified_type_names = True
add_module_names = False
napoleon_google_docstring = True
napoleon_numpy_docstring = False

html_theme = "furo"
html_title = "honduras-brief"
html_copy_source = False
html_show_sourcelink = False

# Other projects' documentation, linked through intersphinx. The build runs
# offline (CI reaches package indexes only), so it never fetches their
# objects.inv: `_write_inventories` writes an inventory of the names we link
# to, each checked to exist in the installed package, with the address of
# its entry in that project's own online documentation.
EXTERNAL: Final[dict[str, tuple[str, dict[str, str]]]] = {
    "python": (
        "https://docs.python.org/3/",
        {
            # Builtins are documented on one of four pages; the rest of the
            # standard library on library/<module>.html (see _python_page).
            "bool": "library/functions.html#bool",
            "bytes": "library/stdtypes.html#bytes",
            "dict": "library/stdtypes.html#dict",
            "float": "library/functions.html#float",
            "int": "library/functions.html#int",
            "list": "library/stdtypes.html#list",
            "object": "library/functions.html#object",
            "str": "library/stdtypes.html#str",
            "tuple": "library/stdtypes.html#tuple",
            "type": "library/functions.html#type",
            "None": "library/constants.html#None",
            **{
                name: f"library/exceptions.html#{name}"
                for name, obj in vars(builtins).items()
                if isinstance(obj, type) and issubclass(obj, BaseException)
            },
            "collections.abc.Iterable": "",
            "collections.abc.Iterator": "",
            "collections.abc.Mapping": "",
            "datetime.date": "",
            "datetime.datetime": "",
            "decimal.Decimal": "",
            "os.PathLike": "",
            "pathlib.Path": "",
            "typing.BinaryIO": "",
            "typing.Literal": "",
        },
    ),
    "attrs": (
        "https://www.attrs.org/en/stable/",
        {"attrs.evolve": "api.html#attrs.evolve", "attrs.frozen": "api.html#attrs.frozen"},
    ),
    "cattrs": (
        "https://catt.rs/en/stable/",
        {
            "cattrs.Converter": "cattrs.html#cattrs.Converter",
            # Where the class is defined; documented under its public name.
            "cattrs.converters.BaseConverter": "cattrs.html#cattrs.BaseConverter",
            "cattrs.BaseConverter": "cattrs.html#cattrs.BaseConverter",
        },
    ),
    "pendulum": (
        # One page; the classes are introduced, not documented one by one.
        "https://pendulum.eustace.io/docs/",
        {
            "pendulum.Date": "#introduction",
            "pendulum.date.Date": "#introduction",
            "pendulum.DateTime": "#introduction",
            "pendulum.datetime.DateTime": "#introduction",
            "pendulum.Interval": "#interval",
            "pendulum.interval.Interval": "#interval",
        },
    ),
    # The optional `pandas` extra's types, in to_dataframe and to_arrow.
    "pandas": (
        "https://pandas.pydata.org/docs/",
        {"pandas.DataFrame": "reference/api/pandas.DataFrame.html"},
    ),
    "pyarrow": (
        "https://arrow.apache.org/docs/python/",
        {"pyarrow.Table": "generated/pyarrow.Table.html"},
    ),
}
# The same types as the source spells them under `if TYPE_CHECKING:`.
SPELLED: Final = {"pd.DataFrame": "pandas.DataFrame", "pa.Table": "pyarrow.Table"}

intersphinx_mapping: dict[str, tuple[str, str | None]] = {}  # filled in by _write_inventories


def _python_page(name: str) -> str:
    """Where the Python docs document *name*: library/<module>.html#<name>."""
    parts = name.split(".")
    for cut in range(len(parts) - 1, 0, -1):
        module = ".".join(parts[:cut])
        try:
            importlib.import_module(module)
        except ImportError:
            continue
        return f"library/{module}.html#{name}"
    msg = f"no module in {name!r}"
    raise ValueError(msg)


def _role(obj: object) -> str:
    if inspect.isclass(obj):
        return "py:exception" if issubclass(obj, BaseException) else "py:class"
    if inspect.isroutine(obj) or isinstance(obj, functools.partial):  # attrs.frozen is one
        return "py:function"
    return "py:data"


def _locate(name: str) -> object:
    """The object called *name*, imported; an error if there is none."""
    if name == "None":
        return None
    if hasattr(builtins, name):
        return getattr(builtins, name)
    for cut in range(name.count("."), 0, -1):
        module = ".".join(name.split(".")[:cut])
        try:
            found: object = importlib.import_module(module)
        except ImportError:
            continue
        for attribute in name.split(".")[cut:]:
            found = getattr(found, attribute)  # AttributeError names what is missing
        return found
    msg = f"cannot import {name!r}"
    raise ImportError(msg)


def inventory(project_name: str, names: dict[str, str]) -> bytes:
    """An objects.inv (version 2) of *names*, each to its address in the project's docs."""
    lines = []
    for name, page in sorted(names.items()):
        obj = _locate(name)
        role = "py:data" if name == "None" else _role(obj)
        where = page or _python_page(name)
        lines.append(f"{name} {role} 1 {where} -\n")
    header = (
        "# Sphinx inventory version 2\n"
        f"# Project: {project_name}\n"
        "# Version: \n"
        "# The remainder of this file is compressed using zlib.\n"
    )
    return header.encode() + zlib.compress("".join(lines).encode())


def _write_inventories(app: Sphinx, config: Config) -> None:
    folder = Path(app.doctreedir) / "inventories"
    folder.mkdir(parents=True, exist_ok=True)
    for key, (url, names) in EXTERNAL.items():
        path = folder / f"{key}.inv"
        path.write_bytes(inventory(key, names))
        config.intersphinx_mapping[key] = (url, str(path))


def _public() -> dict[str, object]:
    import honduras_brief

    return {name: getattr(honduras_brief, name) for name in honduras_brief.__all__}


def _drop_private_bases(
    _app: Sphinx, _name: str, _obj: object, _options: object, bases: list[type]
) -> None:
    """Show only public bases: never a base of a private module (`RecordBase`)."""
    bases[:] = [b for b in bases if not b.__module__.startswith("honduras_brief._")]


_TYPEVAR_HOME = re.compile(r"honduras_brief(\.[a-z_]+)*\.(_?[A-Z]\w*)$")


def _resolve_public(
    app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: nodes.TextElement
) -> nodes.Element | None:
    """
    Send a reference to a name of ours to where the API page documents it.

    Signatures name the module a class is defined in
    (``honduras_brief._models.Brief``) and the docstrings of
    ``honduras_brief.serialization`` name their neighbours
    (``from_dict``); the page documents both under ``honduras_brief``.
    A type variable (``_R`` in ``Brief.get``) is shown as it is, unlinked.
    """
    if node.get("refdomain") != "py":
        return None
    target = node.get("reftarget", "")
    if target in SPELLED:
        node["reftarget"] = SPELLED[target]
        return None  # for intersphinx, whose handler runs after this one
    module = node.get("py:module") or ""
    if not (target.startswith("honduras_brief.") or module.startswith("honduras_brief")):
        return None
    home, _, name = target.rpartition(".")
    # A bare name, or a name in one of our modules: never Brief.verify for verify.
    ours = home == "" or re.fullmatch(r"honduras_brief(\.\w+)?", home) is not None
    if ours and name in _public():
        from sphinx.util.nodes import make_refnode

        domain = env.get_domain("py")
        entry = domain.objects.get(f"honduras_brief.{name}")  # type: ignore[attr-defined]
        if entry is not None:
            return make_refnode(
                app.builder, node["refdoc"], entry.docname, entry.node_id, contnode,
                f"honduras_brief.{name}",
            )  # fmt: skip
    if _TYPEVAR_HOME.match(target) and _typevar(target):
        return contnode
    return None


def _typevar(target: str) -> bool:
    module, _, name = target.rpartition(".")
    try:
        obj = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return False
    return isinstance(obj, typing.TypeVar)


def _no_inline_type(
    _app: Sphinx, what: str, _name: str, _obj: object, _options: object, lines: list[str]
) -> None:
    """
    Undo napoleon's reading of "Words before a colon: more words" as a type.

    Google style lets an attribute's docstring start with ``type: text``, and
    napoleon turns the words before the first colon into a ``:type:``. Ours
    never give a type there (the annotation does): they start with a
    sentence that may hold a colon, which is put back as it was written.
    """
    if what not in {"attribute", "property", "data"}:
        return
    typed = [i for i, line in enumerate(lines) if line.startswith(":type: ")]
    if typed and lines:
        words = lines.pop(typed[-1]).removeprefix(":type: ")
        lines[0] = f"{words}: {lines[0]}"


def _types_in_headings(
    _app: Sphinx, what: str, _name: str, _obj: object, _options: object, lines: list[str]
) -> None:
    """
    Show an attribute's type beside its name, as a property's is shown.

    napoleon writes each entry of ``Attributes:`` as an ``attribute``
    directive with its type (from the annotation) in a field of its own; as
    the directive's ``:type:`` option it goes in the heading instead.
    """
    if what not in {"class", "exception"}:
        return
    out: list[str] = []
    heading = None  # where in out the attribute being read has its directive
    for line in lines:
        if line.startswith(".. attribute:: "):
            heading = len(out)
        elif heading is not None and line.startswith("   :type: "):
            if out and not out[-1].strip():
                out.pop()  # the blank line napoleon put before the field
            out.insert(heading + 1, line)
            heading = None
            continue
        out.append(line)
    lines[:] = out


def _no_enum_signature(
    _app: Sphinx,
    what: str,
    _name: str,
    obj: object,
    _options: object,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str, str | None] | None:
    """Show an enumeration as ``class Unit``: it is read by its members, never called."""
    import enum

    if what == "class" and isinstance(obj, type) and issubclass(obj, enum.Enum):
        return "", return_annotation
    return None if signature is None else (signature, return_annotation)


_PRIVATE_PATH = re.compile(r"honduras_brief\._\w+\.")


def _public_titles(_app: Sphinx, doctree: nodes.document, _docname: str) -> None:
    """
    Title links by public names: ``honduras_brief.Brief``, not where it is defined.

    autodoc records where each class is defined as its canonical name, and
    the Python domain titles a link to it by that name, private module and all.
    """
    from docutils import nodes

    for ref in doctree.findall(nodes.reference):
        title = ref.get("reftitle", "")
        if _PRIVATE_PATH.match(title):
            ref["reftitle"] = _PRIVATE_PATH.sub("honduras_brief.", title, count=1)


def _write_annotated(app: Sphinx, exception: BaseException | None) -> None:
    """Write the annotated brief beside the pages, as annotated-brief.html."""
    if exception is not None or app.builder.format != "html":
        return
    import honduras_brief

    page = honduras_brief.annotated_html()
    (Path(app.outdir) / "annotated-brief.html").write_text(page, encoding="utf-8")


def setup(app: Sphinx) -> dict[str, object]:
    """Connect the handlers above."""
    app.connect("config-inited", _write_inventories, priority=100)
    app.connect("autodoc-process-bases", _drop_private_bases)
    app.connect("autodoc-process-docstring", _no_inline_type, priority=600)  # after napoleon
    app.connect("autodoc-process-docstring", _types_in_headings, priority=600)
    app.connect("autodoc-process-signature", _no_enum_signature)
    app.connect("missing-reference", _resolve_public, priority=100)
    app.connect("doctree-resolved", _public_titles)
    app.connect("build-finished", _write_annotated)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
