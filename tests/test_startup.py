"""The command line starts light: `yusuan --help` loads the command definitions and typer, not the
libraries a command needs when it runs (Rich, pydantic, PyYAML, the catalogue, the writers …).
How long start-up takes is measured in benchmarks/build_bench.py, not here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("rich", "pydantic", "yaml", "typst", "openpyxl", "xlsxwriter", "docx", "jinja2", "pymupdf", "lxml",
         "multiprocessing", "concurrent.futures", "yusuan.model", "yusuan.catalog", "yusuan.readers",
         "yusuan.writers", "yusuan.rules", "json", "getpass")
# The output registry names the formats the commands' options offer; it imports no writer.
ALLOWED = ("yusuan.writers", "yusuan.writers.outputs")
PROGRAM = """
import sys
from yusuan.cli.main import app
try:
    app(["--help"])
except SystemExit:
    pass
print("MODULES", " ".join(sorted(sys.modules)))
"""


def test_help_loads_no_heavy_library():
    result = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True, cwd=ROOT, check=True)
    assert "build" in result.stdout and "check" in result.stdout  # the help lists the commands
    modules = set(result.stdout.rsplit("MODULES", 1)[1].split())
    loaded = sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY) and m not in ALLOWED)
    assert loaded == [], loaded
