"""A fresh copy of this checkout, for running what a newcomer runs without touching ours."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
GIT_IDENTITY = ("-c", "user.name=tests", "-c", "user.email=tests@example.invalid")


def git(where: Path, *args: str) -> str:
    """Run git in *where* and return what it printed; fail on any error."""
    done = subprocess.run(
        ["git", *GIT_IDENTITY, *args],
        cwd=where,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def copy_checkout(dest: Path) -> Path:
    """
    Copy the working tree's files into *dest*, committed in a new git repository.

    The files are those git would commit (tracked, or new and not ignored), as
    they are now, so uncommitted work is tested too; ``git status --porcelain``
    in the copy is then empty until something writes there.
    """
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs git and a git checkout")
    listed = git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():  # a file deleted but not yet unstaged is still listed
            target = dest / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    git(dest, "init", "--quiet")
    git(dest, "add", "--all")
    git(dest, "commit", "--quiet", "--no-verify", "--no-gpg-sign", "--message", "copy")
    return dest
