"""Every command the README and the docs show works as written, after the setup commands."""

from __future__ import annotations

import itertools
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from checkout import ROOT, copy_checkout, git

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```(sh|console)\n(.*?)^```$", re.MULTILINE | re.DOTALL)

# Commands that set an environment up: running them here would rebuild the
# very environment under test (.ci/run runs the README's test command itself,
# and test_examples runs the quickstart), or install system packages and
# node_modules/ (.ci/run's browser stage does). They are checked by reading.
SETS_UP = re.compile(r"-m venv|pip install|apt-get|npm ci")

# Commands that are shown but not run, and why.
NOT_RUN = {
    re.compile(r"\bmutmut\b"): "mutmut is not a test dependency, and a run takes minutes",
}


def shown_commands() -> list[tuple[str, str, str | None]]:
    """(page, command, the output shown after it or None) for every command in a code block."""
    found = []
    for page in PAGES:
        for kind, body in FENCE.findall(page.read_text(encoding="utf-8")):
            joined = body.replace("\\\n", " ")
            if kind == "sh":
                found += [(page.name, line.strip(), None) for line in joined.splitlines()
                          if line.strip() and not line.lstrip().startswith("#")]  # fmt: skip
                continue
            # A console block: "$ command" lines, each followed by what it prints.
            for session in re.split(r"^\$ ", joined, flags=re.MULTILINE)[1:]:
                command, _, output = session.partition("\n")
                found.append((page.name, command.strip(), output))
    return found


def _id(page: str, command: str) -> str:
    return f"{page}: {re.sub(r' +#.*', '', command)}"  # without its comment


def _param(page: str, command: str, output: str | None) -> object:
    reason = next((why for shown, why in NOT_RUN.items() if shown.search(command)), None)
    marks = [pytest.mark.skip(reason=reason)] if reason else []
    return pytest.param(command, output, marks=marks, id=_id(page, command))


COMMANDS = shown_commands()
RUN = [_param(*shown) for shown in COMMANDS if not SETS_UP.search(shown[1])]
SETUP = [pytest.param(c, id=_id(p, c)) for p, c, _ in COMMANDS if SETS_UP.search(c)]


def test_the_pages_show_commands() -> None:
    """The README's two setup commands and its command-line tour are found and read."""
    readme = [command for page, command, _ in COMMANDS if page == "README.md"]
    assert readme[0].startswith("python3.11 -m venv .venv && ")
    assert readme[1].endswith(" && .venv/bin/python -m pytest")
    assert ". .venv/bin/activate" in readme
    assert any(command.startswith("honduras-brief verify") for command in readme)


def test_ci_runs_the_readme_test_command() -> None:
    """.ci/run runs the README's test command as written, pins and all."""
    readme = [command for page, command, _ in COMMANDS if page == "README.md"]
    ci = ROOT / ".ci" / "run"
    if not ci.exists():
        pytest.skip("no .ci/run in this tree (an sdist)")
    assert readme[1] in (line.strip() for line in ci.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("command", SETUP)
def test_setup_commands_install_from_the_clone(command: str) -> None:
    """An install installs this checkout, never a package by name (it is on no index)."""
    for args in re.findall(r"pip install ([^&#]*)", command):
        words = shlex.split(args)
        pinned = [after for before, after in itertools.pairwise(words) if before == "-c"]
        targets = [w for w in words if not w.startswith("-") and w not in pinned]
        assert targets, command
        assert all(t == "." or t.startswith(".[") for t in targets), command
        if any("test" in t for t in targets):  # the test tools, at their pinned versions
            assert pinned == ["constraints.txt"], command


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the checkout whose .venv is the environment running these tests."""
    copy = copy_checkout(tmp_path_factory.mktemp("readme") / "checkout")
    (copy / ".venv").symlink_to(Path(sys.prefix), target_is_directory=True)
    return copy


def _shell(command: str, where: Path) -> subprocess.CompletedProcess[str]:
    """Run *command* with bash in *where*, this environment's commands first on PATH."""
    bin_dir = str(Path(sys.executable).parent)
    return subprocess.run(
        ["bash", "-c", command],
        cwd=where,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=120,
        env={**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")},
    )


@pytest.mark.parametrize(("command", "output"), RUN)
def test_a_shown_command_works(command: str, output: str | None, checkout: Path) -> None:
    """The command exits 0 in a fresh checkout (or, with its output shown, prints just that)."""
    done = _shell(command, checkout)
    if output is None:
        assert done.returncode == 0, done.stdout + done.stderr
    else:
        assert done.stdout + done.stderr == output


def test_the_readme_commands_run_twice_and_leave_nothing_behind(tmp_path: Path) -> None:
    """The README's commands, run in order twice in a fresh clone, work and leave git status empty."""
    copy = copy_checkout(tmp_path / "checkout")
    (copy / ".venv").symlink_to(Path(sys.prefix), target_is_directory=True)
    # .gitignore's ".venv/" matches a directory, and this .venv is a symlink.
    with (copy / ".git" / "info" / "exclude").open("a", encoding="utf-8") as exclude:
        exclude.write("/.venv\n")
    commands = [c for page, c, _ in COMMANDS if page == "README.md" and not SETS_UP.search(c)]
    assert any("-o " in command for command in commands)  # some of them write files
    for _ in range(2):
        for command in commands:
            done = _shell(command, copy)
            assert done.returncode == 0, f"{command}\n{done.stdout}{done.stderr}"
    assert git(copy, "status", "--porcelain", "--untracked-files=all") == ""


def test_the_readme_says_what_the_browser_tests_need() -> None:
    """The README names what .ci/run installs for the browser tests, and how many skip without it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = ROOT / ".ci" / "run"
    needs = ["apt-get install", "chromium chromium-driver", "npm ci"]
    if ci.exists():  # the README follows CI
        assert all(need in ci.read_text(encoding="utf-8") for need in needs)
    assert all(need in readme for need in needs)
    assert "HONDURAS_BRIEF_BROWSER_TESTS=required" in readme
    collected = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
         "--no-cov", str(ROOT / "tests" / "test_annotate.py")],
        capture_output=True, text=True, encoding="utf-8", check=True, timeout=120,
    ).stdout  # fmt: skip
    browser = [line for line in collected.splitlines() if "::test_in_the_browser_" in line]
    assert browser
    assert f"Without them the {len(browser)} browser tests skip" in " ".join(readme.split())
