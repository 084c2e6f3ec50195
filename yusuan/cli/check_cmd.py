"""`yusuan check` (owned by the check stage; registered in cli/main.py)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this stage's commands to the app (none yet)."""
