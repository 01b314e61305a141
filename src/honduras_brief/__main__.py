"""``python -m honduras_brief``: the command line."""

from honduras_brief.cli import run

if __name__ == "__main__":
    run()
