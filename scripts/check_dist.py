"""
Check the built sdist and wheel before anyone installs them.

Run ``python scripts/check_dist.py dist`` after ``python -m build``. Exits 1,
listing every problem, if the wheel lacks ``py.typed``, the source text or
the JSON Schema, carries tests or caches, or its metadata is incomplete; or
if the sdist lacks the tests, docs and licence.
"""

from __future__ import annotations

import hashlib
import sys
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path

SOURCE_SHA256 = "3232e6f5b6b5d3fc01f43831a4b6c8558c1f8a26c20af5ee40aff622713dc45f"
WHEEL_MUST_HAVE = (
    "honduras_brief/__init__.py",
    "honduras_brief/py.typed",
    "honduras_brief/data/honduras-inl-brief.txt",
    "honduras_brief/data/brief.schema.json",
    "honduras_brief/data/brief.context.jsonld",
)
SDIST_MUST_HAVE = (
    "pyproject.toml",
    "README.md",
    "LICENSE",
    "CHANGELOG.md",
    "src/honduras_brief/py.typed",
    "tests/test_content.py",
    "docs/index.md",
    "examples/quickstart.py",
)
NEVER = (
    "__pycache__",
    ".pyc",
    ".pytest_cache",
    ".mypy_cache",
    ".ruff_cache",
    ".venv",
    ".coverage",
    ".hypothesis",
    ".ipynb_checkpoints",
)
CLASSIFIERS = ("Typing :: Typed", "Programming Language :: Python :: 3.11")


def check_wheel(path: Path) -> list[str]:
    """Problems with the wheel at *path*."""
    problems = []
    with zipfile.ZipFile(path) as wheel:
        names = wheel.namelist()
        problems += [f"wheel: missing {n}" for n in WHEEL_MUST_HAVE if n not in names]
        problems += [f"wheel: should not hold {n}" for n in names if n.startswith("tests/")]
        problems += [f"wheel: holds a cache file {n}" for n in names if any(x in n for x in NEVER)]
        if "honduras_brief/data/honduras-inl-brief.txt" in names:
            text = wheel.read("honduras_brief/data/honduras-inl-brief.txt")
            if hashlib.sha256(text).hexdigest() != SOURCE_SHA256:
                problems.append("wheel: the source text is not the published text")
        (meta_name,) = [n for n in names if n.endswith(".dist-info/METADATA")]
        meta = Parser().parsestr(wheel.read(meta_name).decode("utf-8"))
    for field in ("Name", "Version", "Summary", "Requires-Python", "License-Expression"):
        if not meta.get(field):
            problems.append(f"wheel metadata: no {field}")
    if meta.get("Description-Content-Type") != "text/markdown" or len(meta.get_payload()) < 500:  # noqa: PLR2004
        problems.append("wheel metadata: no Markdown description (README)")
    classifiers = meta.get_all("Classifier") or []
    # PEP 639: the licence is License-Expression (checked above), not a classifier.
    problems += [
        f"wheel metadata: no classifier {c!r}" for c in CLASSIFIERS if c not in set(classifiers)
    ]
    if not meta.get_all("Project-URL"):
        problems.append("wheel metadata: no Project-URL")
    requires = " ".join(meta.get_all("Requires-Dist") or [])
    problems += [f"wheel metadata: does not require {d}" for d in ("attrs", "cattrs", "pendulum")
                 if d not in requires]  # fmt: skip
    if not any(n.endswith("licenses/LICENSE") for n in names):
        problems.append("wheel: no LICENSE file")
    return problems


def check_sdist(path: Path) -> list[str]:
    """Problems with the sdist at *path*."""
    with tarfile.open(path) as sdist:
        names = [n.split("/", 1)[1] for n in sdist.getnames() if "/" in n]
    problems = [f"sdist: missing {n}" for n in SDIST_MUST_HAVE if n not in names]
    problems += [f"sdist: holds a cache file {n}" for n in names if any(x in n for x in NEVER)]
    return problems


def main(dist: Path) -> int:
    """Check every distribution in *dist*; print problems; return the exit status."""
    wheels, sdists = sorted(dist.glob("*.whl")), sorted(dist.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        print(f"expected one wheel and one sdist in {dist}, found {wheels + sdists}")
        return 1
    problems = check_wheel(wheels[0]) + check_sdist(sdists[0])
    for problem in problems:
        print(problem)
    print(f"{wheels[0].name}, {sdists[0].name}: {'ok' if not problems else 'FAILED'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "dist")))
