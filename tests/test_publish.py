"""The brief as a Frictionless Data Package, checked by frictionless itself."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pages
import pytest
from conftest import replace_everywhere
from test_cli import run

import honduras_brief as hb
import honduras_brief.content
from honduras_brief._docstrings import meanings

frictionless = pytest.importorskip("frictionless")

TABLES = ("figures", "statements", "records", "actors", "places")


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped brief written once as a data package; the path of its descriptor."""
    return hb.write_datapackage(tmp_path_factory.mktemp("package") / "brief")


def descriptor(path: Path) -> dict[str, Any]:
    """The descriptor at *path*, read."""
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def resources(path: Path) -> dict[str, dict[str, Any]]:
    """The descriptor's resources by name."""
    return {r["name"]: r for r in descriptor(path)["resources"]}


def rows(path: Path, table: str) -> list[dict[str, str]]:
    """The rows of one table, as the CSV file has them."""
    with (path.parent / f"{table}.csv").open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def errors(path: Path) -> list[list[Any]]:
    """What frictionless finds wrong with the package: [resource, row, field, type] per error."""
    report = frictionless.validate(str(path))
    return [
        [task.name, *error]
        for task in report.tasks
        for error in task.flatten(["rowNumber", "fieldName", "type"])
    ]


def test_writes_one_csv_per_table_and_a_descriptor(package: Path) -> None:
    """The directory holds datapackage.json and figures, statements, records, actors and places."""
    assert package.name == "datapackage.json"
    assert sorted(p.name for p in package.parent.iterdir()) == [
        "actors.csv", "datapackage.json", "figures.csv", "places.csv", "records.csv",
        "statements.csv",
    ]  # fmt: skip
    assert [r["path"] for r in descriptor(package)["resources"]] == [f"{t}.csv" for t in TABLES]


def test_frictionless_finds_the_package_valid(package: Path) -> None:
    """Frictionless validates every table against its schema, keys included, and finds nothing."""
    report = frictionless.validate(str(package))
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "note"])
    assert [task.stats["rows"] for task in report.tasks] == [
        len(hb.BRIEF.quantities),
        len(hb.BRIEF.statements),
        len(hb.BRIEF.challenges + hb.BRIEF.goals + hb.BRIEF.accomplishments)
        + len(hb.BRIEF.operations),
        len(hb.BRIEF.actors),
        len(hb.BRIEF.places),
    ]


def test_the_frictionless_command_line_finds_it_valid(package: Path) -> None:
    """`frictionless validate datapackage.json`, as the docs show it, exits 0."""
    done = subprocess.run(
        [sys.executable, "-m", "frictionless", "validate", package.name],
        cwd=package.parent, capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_descriptor_follows_data_package_v2(package: Path) -> None:
    """Profile, name, version, licence with its reason, the source page and the contributors."""
    d = descriptor(package)
    assert d["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert (d["name"], d["version"]) == ("honduras-brief", hb.__version__)
    assert d["title"] == "INL country program page for Honduras, 2012-2013, as cited data"
    assert d["licenses"] == [
        {
            "name": "other-pd",
            "path": "https://creativecommons.org/publicdomain/mark/1.0/",
            "title": hb.SOURCE.rights,
        }
    ]
    assert d["sources"] == [
        {
            "title": (
                "U.S. Department of State, Bureau of International Narcotics and Law "
                "Enforcement Affairs: INL country program page for Honduras"
            ),
            "path": "http://www.state.gov/j/inl/regions/westernhemisphere/219171.htm",
        }
    ]
    assert [(c["title"], c["roles"]) for c in d["contributors"]] == [
        (
            "U.S. Department of State, Bureau of International Narcotics and Law Enforcement Affairs",
            ["creator"],
        ),
        ("The honduras-brief developers", ["dataCurator"]),
    ]
    assert hb.SOURCE.sha256 in d["description"]


def test_every_field_has_a_type_and_a_description(package: Path) -> None:
    """Each field of each table has a type and a description, in the order of its CSV header."""
    for name, resource in resources(package).items():
        fields = resource["schema"]["fields"]
        assert [f["name"] for f in fields] == list(rows(package, name)[0])
        for field in fields:
            assert field["type"] in {"string", "number", "integer", "date", "boolean"}
            assert field["description"].strip(), (name, field["name"])
            assert "``" not in field["description"]
            assert ":class:" not in field["description"]


def test_descriptions_come_from_the_data_dictionary(package: Path) -> None:
    """A field's description is its meaning in the class's Attributes: docstring."""
    figures = {f["name"]: f for f in resources(package)["figures"]["schema"]["fields"]}
    assert meanings(hb.Quantity)["low"] == "The low bound, or ``None`` where the text gives none."
    assert figures["low"]["description"] == (
        "The low bound, or empty where the text gives none. Exact: the decimal as the text "
        "writes it; read it as a decimal, not a binary float (frictionless reads a number "
        "field as a Python Decimal)."
    )
    assert figures["figure_id"]["description"] == "The figure's id: stable slug."
    assert figures["quote_start"]["description"] == (
        "Of the figure's citation: offset of the quote's first character in the source's text."
    )
    actors = {f["name"]: f for f in resources(package)["actors"]["schema"]["fields"]}
    assert actors["part_of_id"]["description"] == (
        "The organisation it belongs to, if the text says so. "
        "The value is an actor_id of this table."
    )


def test_types_required_fields_and_vocabularies(package: Path) -> None:
    """Bounds are numbers, offsets integers, dates dates; ids are required; vocabularies closed."""
    fields = {
        (name, f["name"]): f
        for name, resource in resources(package).items()
        for f in resource["schema"]["fields"]
    }
    assert fields["figures", "low"]["type"] == "number"
    assert fields["figures", "quote_start"]["type"] == "integer"
    assert fields["statements", "period_end"]["type"] == "date"
    assert fields["actors", "generic"] == {
        "name": "generic",
        "type": "boolean",
        "description": (
            "True when the name denotes a class of organisations "
            '("drug trafficking organizations") rather than one body.'
        ),
        "constraints": {"required": True},
    }
    assert fields["figures", "figure_id"]["constraints"] == {"required": True}
    assert "constraints" not in fields["figures", "high"]
    assert fields["figures", "qualifier"]["constraints"]["enum"] == [q.value for q in hb.Qualifier]
    assert fields["statements", "factbank"]["constraints"]["enum"] == [
        "CT+", "PR+", "PS+", "CT-", "PR-", "PS-", "Uu",
    ]  # fmt: skip


def test_primary_and_foreign_keys(package: Path) -> None:
    """Each table has its id as primary key; ids of other rows are foreign keys to them."""
    schemas = {name: r["schema"] for name, r in resources(package).items()}
    assert {name: s["primaryKey"] for name, s in schemas.items()} == {
        "figures": ["figure_id"],
        "statements": ["statement_id"],
        "records": ["record_id"],
        "actors": ["actor_id"],
        "places": ["place_id"],
    }
    assert {name: s.get("foreignKeys") for name, s in schemas.items()} == {
        "figures": [
            {
                "fields": ["record_id"],
                "reference": {"resource": "records", "fields": ["record_id"]},
            },
            {
                "fields": ["attributed_to_id"],
                "reference": {"resource": "actors", "fields": ["actor_id"]},
            },
        ],
        "statements": [
            {
                "fields": ["according_to_id"],
                "reference": {"resource": "actors", "fields": ["actor_id"]},
            },
            {"fields": ["place_id"], "reference": {"resource": "places", "fields": ["place_id"]}},
        ],
        "records": [{"fields": ["operation_id"], "reference": {"fields": ["record_id"]}}],
        "actors": [{"fields": ["part_of_id"], "reference": {"fields": ["actor_id"]}}],
        "places": None,
    }
    assert all(s["missingValues"] == [""] for s in schemas.values())


def test_figures_and_statements_are_the_csv_export(package: Path) -> None:
    """figures.csv and statements.csv are byte for byte what to_csv writes."""
    folder = package.parent
    assert (folder / "figures.csv").read_text(encoding="utf-8") == hb.to_csv(hb.BRIEF)
    statements = (folder / "statements.csv").read_text(encoding="utf-8")
    assert statements == hb.to_csv(hb.BRIEF, table="statements")


def test_records_actors_and_places_rows(package: Path) -> None:
    """The tables only the package has: one row per record, actor and place, in brief order."""
    records = rows(package, "records")
    assert [r["record_id"] for r in records] == [
        r.id for r in (*hb.CHALLENGES, *hb.GOALS, *hb.ACCOMPLISHMENTS, *hb.OPERATIONS)
    ]
    seizure = next(r for r in records if r["record_id"] == "operation-neptune-seizure")
    assert {k: seizure[k] for k in ("record_kind", "section", "bullet", "operation_id")} == {
        "record_kind": "accomplishment",
        "section": "accomplishments",
        "bullet": "3",
        "operation_id": "operation-neptune",
    }
    assert (seizure["period_start"], seizure["period_end"], seizure["period_precision"]) == (
        "2013-09-19", "2013-09-26", "day",
    )  # fmt: skip
    transit = records[0]
    assert transit["spans"] == "118:224; 225:408"
    assert transit["quote"].startswith("Honduras is a major transit country for cocaine")
    assert " … The United States estimates" in transit["quote"]
    assert records[-1]["title"] == "Operation Neptune"
    actors = {a["actor_id"]: a for a in rows(package, "actors")}
    assert list(actors) == [a.id for a in hb.ACTORS]
    assert actors["inl-advisor"]["part_of_id"] == "inl"
    assert (actors["inl"]["acronym"], actors["inl"]["generic"]) == ("INL", "false")
    assert actors["drug-trafficking-organizations"]["generic"] == "true"
    assert actors["los-cachiros"]["spans"].startswith("3874:3886")
    places = rows(package, "places")
    assert [p["place_id"] for p in places] == [p.id for p in hb.PLACES]
    assert places[0] == {
        "place_id": "honduras", "name": "Honduras", "kind": "country", "aliases": "",
        "generic": "false", "note": "", "spans": "118:126; 449:457; 1027:1035; 1296:1304; 1442:1450; 3864:3872",
        "source_key": "sha256:3232e6f5b6b5d3fc",
        "source_url": "http://www.state.gov/j/inl/regions/westernhemisphere/219171.htm",
    }  # fmt: skip


def test_decimals_stay_exact(tmp_path: Path) -> None:
    """A bound of 85.50 is written 85.50 and read back by frictionless as Decimal('85.50')."""
    rate = hb.HOMICIDE_RATE_2012
    exact = attrs.evolve(rate, low=Decimal("85.50"), high=Decimal("85.50"))
    brief = replace_everywhere(hb.BRIEF, rate, exact)
    path = hb.write_datapackage(tmp_path / "exact", brief)
    written = next(r for r in rows(path, "figures") if r["figure_id"] == rate.id)
    assert (written["low"], written["high"]) == ("85.50", "85.50")
    package = frictionless.Package(str(path))
    read = next(r for r in package.get_resource("figures").read_rows() if r["figure_id"] == rate.id)
    assert (type(read["low"]), read["low"], read["high"]) == (
        Decimal,
        Decimal("85.50"),
        Decimal("85.50"),
    )
    assert str(read["low"]) == "85.50"
    assert errors(path) == []


def test_the_same_brief_gives_the_same_bytes(tmp_path: Path) -> None:
    """Two writes of one brief are identical, file for file."""
    first = hb.write_datapackage(tmp_path / "a").parent
    second = hb.write_datapackage(tmp_path / "b").parent
    for path in first.iterdir():
        assert path.read_bytes() == (second / path.name).read_bytes(), path.name


def copy_with(package: Path, target: Path, table: str, row: int, column: str, value: str) -> Path:
    """A copy of *package* in *target* with one cell of one table changed; its descriptor."""
    shutil.copytree(package.parent, target)
    path = target / f"{table}.csv"
    with path.open(encoding="utf-8", newline="") as file:
        content = list(csv.reader(file))
    content[row + 1][content[0].index(column)] = value  # row 0 is the header
    with path.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file, lineterminator="\n").writerows(content)
    return target / "datapackage.json"


@pytest.mark.parametrize(
    ("table", "row", "column", "value", "expected"),
    [
        pytest.param("figures", 1, "low", "85.5x", ["figures", 3, "low", "type-error"], id="letter-in-a-number"),
        pytest.param("figures", 1, "quote_start", "1.5", ["figures", 3, "quote_start", "type-error"], id="fraction-in-an-integer"),
        pytest.param("statements", 0, "period_start", "2013-02-30", ["statements", 2, "period_start", "type-error"], id="impossible-date"),
        pytest.param("statements", 0, "according_to_id", "nobody", ["statements", 2, None, "foreign-key"], id="unknown-actor"),
        pytest.param("actors", 2, "part_of_id", "atlantis", ["actors", 4, None, "foreign-key"], id="unknown-parent"),
        pytest.param("figures", 0, "qualifier", "roughly", ["figures", 2, "qualifier", "constraint-error"], id="unknown-qualifier"),
        pytest.param("statements", 0, "predicate", "", ["statements", 2, "predicate", "constraint-error"], id="missing-required-value"),
        pytest.param("places", 1, "place_id", "honduras", ["places", 3, None, "primary-key"], id="repeated-id"),
    ],
)  # fmt: skip
def test_a_broken_copy_is_invalid(
    package: Path,
    tmp_path: Path,
    table: str,
    row: int,
    column: str,
    value: str,
    expected: list[Any],
) -> None:
    """Frictionless finds a bad value in a copy: a letter in a number, a key to no row, and more."""
    broken = copy_with(package, tmp_path / "broken", table, row, column, value)
    assert errors(broken) == [expected]


def test_without_public_domain_there_is_no_licence(tmp_path: Path) -> None:
    """A source not said to be in the public domain gets no licence, and the package stays valid."""
    for public_domain in (False, None):
        page = attrs.evolve(pages.PAGE, public_domain=public_domain, rights="All rights reserved.")
        path = hb.write_datapackage(tmp_path / f"closed-{public_domain}", pages.brief(page))
        assert "licenses" not in descriptor(path)
        assert descriptor(path)["description"].endswith(" Rights: All rights reserved.")
        assert errors(path) == []
    page = attrs.evolve(pages.PAGE, public_domain=True)
    path = hb.write_datapackage(tmp_path / "open", pages.brief(page))
    assert descriptor(path)["licenses"] == [
        {"name": "other-pd", "path": "https://creativecommons.org/publicdomain/mark/1.0/"}
    ]


def test_a_package_allows_the_words_of_its_own_vocabulary(tmp_path: Path) -> None:
    """Open vocabularies: a user's kind is allowed after the shipped ones, and validates."""
    path = hb.write_datapackage(tmp_path / "own-words", pages.brief())
    actors = {f["name"]: f for f in resources(path)["actors"]["schema"]["fields"]}
    allowed = actors["kind"]["constraints"]["enum"]
    assert allowed[: len(hb.ActorKind)] == [k.value for k in hb.ActorKind]
    assert allowed[len(hb.ActorKind) :] == ["founders"]
    places = {f["name"]: f for f in resources(path)["places"]["schema"]["fields"]}
    assert places["kind"]["constraints"]["enum"][-1] == "continent"
    shipped = resources(hb.write_datapackage(tmp_path / "shipped"))
    kinds = {f["name"]: f for f in shipped["actors"]["schema"]["fields"]}["kind"]
    assert kinds["constraints"]["enum"] == [k.value for k in hb.ActorKind]
    assert errors(path) == []


def test_a_package_of_another_page_is_named_after_it(tmp_path: Path) -> None:
    """Its name, title, source and contributors come from the user's page, nothing from ours."""
    path = hb.write_datapackage(tmp_path / "gettysburg", pages.brief())
    found = descriptor(path)
    assert found["name"] == f"gettysburg-address-bliss-copy-{pages.PAGE.sha256[:8]}"
    assert found["title"] == "Gettysburg Address (Bliss copy), 1863, as cited data"
    assert found["description"].startswith(
        "Gettysburg Address (Bliss copy), reporting on 1863, as cited data: every figure,"
    )
    assert "keywords" not in found
    assert found["sources"] == [{"title": "Gettysburg Address (Bliss copy)"}]
    assert found["contributors"] == [
        {"title": "The honduras-brief developers", "roles": ["dataCurator"]}
    ]
    text = json.dumps(found)
    assert "Honduras" not in text
    assert "state.gov" not in text
    assert errors(path) == []
    records = (path.parent / "records.csv").read_text(encoding="utf-8")
    assert "founding" in records


def test_a_package_says_what_its_page_names(tmp_path: Path) -> None:
    """A page with a publisher, bureau and address: each is where the shipped page's would be."""
    page = attrs.evolve(
        pages.PAGE,
        title="Über die Rede",
        publisher="A Press",
        bureau="Its Desk",
        url="https://example.org/g",
        years=(1863, 1864),
    )
    found = descriptor(hb.write_datapackage(tmp_path / "named", pages.brief(page)))
    assert found["name"] == f"uber-die-rede-{page.sha256[:8]}"
    assert found["title"] == "Über die Rede, 1863-1864, as cited data"
    assert found["description"].startswith(
        "The A Press's Über die Rede (Its Desk), reporting on 1863-1864, as cited data"
    )
    assert found["sources"] == [
        {"title": "A Press, Its Desk: Über die Rede", "path": "https://example.org/g"}
    ]
    assert found["contributors"][0] == {
        "title": "A Press, Its Desk",
        "organization": "A Press",
        "path": "https://example.org/g",
        "roles": ["creator"],
    }
    yearless = attrs.evolve(pages.PAGE, years=(), bureau="Its Desk")
    found = descriptor(hb.write_datapackage(tmp_path / "yearless", pages.brief(yearless)))
    assert found["title"] == "Gettysburg Address (Bliss copy), as cited data"
    assert found["description"].startswith(
        "Gettysburg Address (Bliss copy) (Its Desk) as cited data"
    )
    assert found["contributors"][0] == {"title": "Its Desk", "roles": ["creator"]}


def test_refuses_a_directory_that_holds_files(tmp_path: Path) -> None:
    """A directory that holds files is refused without overwrite, naming it and what to pass."""
    folder = tmp_path / "used"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(
        FileExistsError,
        match=r"is a folder that holds files; give a new or empty folder, or pass overwrite=True",
    ) as caught:
        hb.write_datapackage(folder)
    assert caught.value.filename == str(folder)
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


def test_overwrite_replaces_a_package_whole(tmp_path: Path) -> None:
    """overwrite=True swaps a package's folder for the new one: a file the package did not write goes."""
    folder = tmp_path / "brief"
    path = hb.write_datapackage(folder)
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    (folder / "figures.csv").write_text("stale", encoding="utf-8")
    assert hb.write_datapackage(folder, overwrite=True) == path
    assert sorted(p.name for p in folder.iterdir()) == [
        "actors.csv", "datapackage.json", "figures.csv", "places.csv", "records.csv",
        "statements.csv",
    ]  # fmt: skip
    assert (folder / "figures.csv").read_text(encoding="utf-8") == hb.to_csv(hb.BRIEF)
    assert [p.name for p in tmp_path.iterdir()] == ["brief"]  # nothing left beside it
    assert errors(path) == []


def test_overwrite_never_replaces_a_folder_that_is_no_package(tmp_path: Path) -> None:
    """A folder of other files, with no datapackage.json, is kept even with overwrite=True."""
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "thesis.txt").write_text("years of work", encoding="utf-8")
    with pytest.raises(
        FileExistsError, match=r"holds files but no datapackage.json: overwrite=True replaces"
    ) as caught:
        hb.write_datapackage(folder, overwrite=True)
    assert caught.value.filename == str(folder)
    assert (folder / "thesis.txt").read_text(encoding="utf-8") == "years of work"
    assert [p.name for p in folder.iterdir()] == ["thesis.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert hb.write_datapackage(empty, overwrite=True) == empty / "datapackage.json"
    nested = hb.write_datapackage(tmp_path / "a" / "b", overwrite=True)
    assert errors(nested) == []  # its parents are made


@pytest.mark.parametrize("overwrite", ["no", 0, None])
def test_overwrite_is_a_bool(tmp_path: Path, overwrite: object) -> None:
    """'no' is true to Python: it is refused by name, and nothing is written."""
    with pytest.raises(TypeError, match=r"^'overwrite' must be True or False, got "):
        hb.write_datapackage(tmp_path / "new", overwrite=overwrite)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_a_bytes_path_is_refused(tmp_path: Path) -> None:
    """A PathLike that gives bytes names no folder this writer takes."""

    class BytesPath:
        def __fspath__(self) -> bytes:
            return bytes(tmp_path / "new")

    with pytest.raises(TypeError, match=r"^'path' must name a folder, got "):
        hb.write_datapackage(BytesPath())  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_a_writer_that_gets_there_first_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If another writer fills the folder after the check, the error names it as the check does."""
    from honduras_brief import _publish

    def first(path: str, *_: object, **__: object) -> None:
        raise FileExistsError(17, "is a folder that holds files", path)

    monkeypatch.setattr(_publish, "replace_folder", first)
    with pytest.raises(FileExistsError, match=r"or pass overwrite=True to replace it: '"):
        hb.write_datapackage(tmp_path / "raced")
    with pytest.raises(FileExistsError, match=r"give a new or empty folder, or replace it: '"):
        hb.write_datapackage(tmp_path / "raced", overwrite=True)


def test_a_failed_write_leaves_the_old_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write that fails part way (a full disk) leaves the package that was there, whole."""
    folder = tmp_path / "brief"
    hb.write_datapackage(folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    real = Path.write_text

    def full(self: Path, text: str, *args: Any, **kwargs: Any) -> int:
        if self.name == "datapackage.json":
            raise OSError(28, "No space left on device")
        return real(self, text, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", full)
    with pytest.raises(OSError, match="No space left on device"):
        hb.write_datapackage(folder, overwrite=True)
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir()] == ["brief"]


def test_lists_are_joined_as_to_csv_joins_them(tmp_path: Path) -> None:
    """A list field is a string whose description says how its items are joined, and they read back."""
    shipped = {
        (name, f["name"]): f
        for name, resource in resources(hb.write_datapackage(tmp_path / "p")).items()
        for f in resource["schema"]["fields"]
    }
    for key in [("figures", "derived_from"), ("actors", "aliases"), ("records", "spans")]:
        assert shipped[key]["type"] == "string"
        assert "a CSV cell joins its items with '; '" in shipped[key]["description"], key
    assert shipped["records", "spans"]["constraints"] == {"required": True}
    assert "constraints" not in shipped["actors", "spans"]
    tricky = attrs.evolve(hb.content.LOS_CACHIROS, aliases=("Smith; Jones", "LC"))
    brief = replace_everywhere(hb.BRIEF, hb.content.LOS_CACHIROS, tricky)
    path = hb.write_datapackage(tmp_path / "tricky", brief)
    package = frictionless.Package(str(path))
    read = next(
        r for r in package.get_resource("actors").read_rows() if r["actor_id"] == "los-cachiros"
    )
    assert read["aliases"] == '"Smith; Jones"; LC'
    assert next(csv.reader([read["aliases"]], delimiter=";", skipinitialspace=True)) == [
        "Smith; Jones",
        "LC",
    ]
    assert errors(path) == []


def test_refuses_a_file_and_what_is_not_a_brief(tmp_path: Path) -> None:
    """A file where the directory belongs, or a brief that is not a Brief, is refused by name."""
    file = tmp_path / "file.csv"
    file.write_text("", encoding="utf-8")
    for overwrite in (False, True):
        with pytest.raises(
            FileExistsError, match=r"^'path' must be a directory, got the file '.*file.csv'$"
        ):
            hb.write_datapackage(file, overwrite=overwrite)
    with pytest.raises(TypeError, match=r"^'brief' must be a Brief, got \(\) of type tuple$"):
        hb.write_datapackage(tmp_path / "new", ())  # type: ignore[arg-type]
    assert not (tmp_path / "new").exists()


def test_the_command_line_writes_the_package(tmp_path: Path) -> None:
    """`export --format datapackage -o DIR` writes a valid package; no -o, or a used DIR, exits 2."""
    target = tmp_path / "out"
    done = run("export", "--format", "datapackage", "-o", str(target))
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    assert errors(target / "datapackage.json") == []
    again = run("export", "--format", "datapackage", "-o", str(target))
    assert (again.returncode, again.stdout) == (2, "")
    assert (
        again.stderr
        == f"honduras-brief: error: {str(target)!r} exists; pass --force to replace it\n"
    )
    (target / "figures.csv").write_text("stale\n", encoding="utf-8")
    forced = run("export", "--format", "datapackage", "-o", str(target) + "/", "--force")
    assert (forced.returncode, forced.stderr) == (0, "")
    assert errors(target / "datapackage.json") == []  # the stale table is gone with its folder
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
    a_file = tmp_path / "file"
    a_file.write_text("keep\n", encoding="utf-8")
    on_a_file = run("export", "--format", "datapackage", "-o", str(a_file), "--force")
    assert (on_a_file.returncode, on_a_file.stderr) == (
        2, f"honduras-brief: error: {str(a_file)!r} is a file; give a new or empty folder\n"
    )  # fmt: skip
    assert a_file.read_text(encoding="utf-8") == "keep\n"
    unwritable = run("export", "--format", "datapackage", "-o", "/proc/package")  # not even root
    assert (unwritable.returncode, unwritable.stderr) == (
        1, "honduras-brief: error: cannot write '/proc/package': No such file or directory\n"
    )  # fmt: skip
    a_file.unlink()
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    (theirs / "notes.txt").write_text("keep\n", encoding="utf-8")
    kept = run("export", "--format", "datapackage", "-o", str(theirs), "--force")
    assert (kept.returncode, kept.stderr) == (
        2, f"honduras-brief: error: {str(theirs)!r} holds files that are not a data package's, which --force would delete; give a new or empty folder\n"
    )  # fmt: skip
    assert [p.name for p in theirs.iterdir()] == ["notes.txt"]
    for where in ([], ["-o", "-"]):  # no directory, or standard output: neither is one
        missing = run("export", "--format", "datapackage", *where, cwd=tmp_path)
        assert (missing.returncode, missing.stderr) == (
            2, "honduras-brief: error: --format datapackage writes a directory, not to standard output: give it with -o DIR\n",
        )  # fmt: skip
    assert not (tmp_path / "-").exists()
