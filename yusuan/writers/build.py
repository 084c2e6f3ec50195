"""Build: budget data → the complete disclosure in the requested formats, all or nothing.

1. `derive_full` (tables and texts) and `preflight`: data with problems is refused unless forced.
2. Every format is rendered into a staging folder inside the output folder (same file system).
3. Only when all succeeded are the files moved into place (`commit`); a failure leaves the
   output folder as it was and removes the staging folder.

The output folder may hold the user's own files: the build replaces only files it wrote itself
before, listed in the folder's `.yusuan-build.json`; any other file in its way stops the build.
Staging and committing are separate so that parallel builds (one process per document) can
stage concurrently while one process commits. A staging folder is named after the process that
renders into it (`.yusuan-staging-<pid>-…`): an interrupted build removes its own (SIGINT, SIGTERM),
and every build removes those whose process no longer runs (SIGKILL, a power cut).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from yusuan.catalog.catalog import Catalog
from yusuan.model.budget import BudgetData
from yusuan.model.disclosure import Disclosure
from yusuan.model.full import derive_full
from yusuan.model.validate import validate_budget

FORMATS: tuple[str, ...] = ("html", "docx", "pdf", "xlsx", "json")
MANIFEST = ".yusuan-build.json"
STAGING_PREFIX = ".yusuan-staging-"


class BuildError(Exception):
    """A build that cannot go ahead; `lines` say why, in Chinese, one problem per line."""

    def __init__(self, message: str, lines: Iterable[str] = ()):
        self.message = message
        self.lines = list(lines)
        super().__init__(message)

    def __str__(self) -> str:
        return "\n".join([self.message, *(f"  - {line}" for line in self.lines)])


class BuildRefused(BuildError):
    """The data failed the pre-build checks (and the build was not forced)."""


class OutputConflict(BuildError):
    """A file in the way that the build did not write."""


def parse_formats(text: str | Iterable[str]) -> list[str]:
    """'html,pdf' → ['html', 'pdf'] in canonical order; unknown names raise BuildError."""
    items = [s.strip().lower() for s in (text.split(",") if isinstance(text, str) else text)]
    items = [s for s in items if s]
    unknown = [s for s in items if s not in FORMATS]
    if unknown or not items:
        raise BuildError(f"不支持的输出格式：{'、'.join(unknown) or '（空）'}", [f"可选格式：{'、'.join(FORMATS)}"])
    return [f for f in FORMATS if f in items]


def preflight(data: BudgetData, disclosure: Disclosure, catalog: Catalog | None = None) -> list[str]:
    """Problems that stop a build unless it is forced, one Chinese line each: the input
    validation problems, then the error-severity findings of the check stage on the disclosure
    that would be published (warnings and notices never stop a build)."""
    from yusuan.rules.finding import Severity
    from yusuan.rules.runner import check

    problems = [str(p) for p in validate_budget(data, catalog)]
    for f in check(disclosure, catalog):
        if f.severity == Severity.ERROR:
            problems.append(f"[{f.rule}] {f.where.describe()}：{f.message}")
    return problems


@dataclass
class Staged:
    """A rendered document waiting in its staging folder to be committed."""

    stem: str
    directory: Path
    names: list[str]
    seconds: dict[str, float] = field(default_factory=dict)
    forced_over: list[str] = field(default_factory=list)  # preflight problems a --force build ignored


def target_names(stem: str, formats: Iterable[str]) -> list[str]:
    return [f"{stem}.{fmt}" for fmt in formats]


def read_manifest(out_dir: Path) -> set[str]:
    try:
        data = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
        return {str(n) for n in data.get("files", [])}
    except (OSError, ValueError, AttributeError):
        return set()


def _write_manifest(out_dir: Path, names: set[str]) -> None:
    tmp = out_dir / f"{MANIFEST}.tmp"
    tmp.write_text(json.dumps({"generator": "yusuan build", "files": sorted(names)}, ensure_ascii=False, indent=1),
                   encoding="utf-8")
    os.replace(tmp, out_dir / MANIFEST)


def conflicts(out_dir: Path, names: Iterable[str]) -> list[str]:
    """Files the build would replace that it did not write."""
    owned = read_manifest(out_dir)
    return [n for n in names if (out_dir / n).exists() and n not in owned]


def _check_conflicts(out_dir: Path, names: Iterable[str]) -> None:
    found = conflicts(out_dir, names)
    if found:
        raise OutputConflict(f"输出文件夹 {out_dir} 中已有同名文件，且不是 yusuan build 生成的，不会覆盖：",
                             [*found, "请换一个输出文件夹，或先移走这些文件"])


def render(data: BudgetData, disclosure: Disclosure, formats: Iterable[str], directory: Path, stem: str
           ) -> dict[str, float]:
    """Write each format into `directory` as `stem.<format>`; seconds per format."""
    from yusuan.writers.html import render_html

    publish_date: dt.date | None = data.department.publish_date
    seconds: dict[str, float] = {}
    formats = list(formats)
    html = None
    if "html" in formats or "pdf" in formats:
        start = time.perf_counter()
        html = render_html(disclosure, publish_date)
        seconds["html"] = time.perf_counter() - start
    for fmt in formats:
        start = time.perf_counter()
        path = directory / f"{stem}.{fmt}"
        if fmt == "html":
            path.write_text(html or "", encoding="utf-8")
            continue
        if fmt == "pdf":
            from yusuan.writers.pdf import pdf_bytes

            path.write_bytes(pdf_bytes(html or ""))
        elif fmt == "docx":
            from yusuan.writers.docx import write_docx

            write_docx(disclosure, path, publish_date)
        elif fmt == "xlsx":
            from yusuan.writers.xlsx import write_xlsx

            write_xlsx(disclosure, path)
        elif fmt == "json":
            path.write_text(disclosure.model_dump_json(indent=2), encoding="utf-8")
        seconds[fmt] = time.perf_counter() - start
    return seconds


def stage(data: BudgetData, out_dir: Path, formats: Iterable[str] = FORMATS, *, stem: str, force: bool = False,
          catalog: Catalog | None = None, source: str | None = None) -> Staged:
    """Derive, preflight and render into a new staging folder inside `out_dir` (created if needed)."""
    formats = parse_formats(list(formats))
    out_dir = Path(out_dir)
    names = target_names(stem, formats)
    _check_conflicts(out_dir, names)
    disclosure = derive_full(data, catalog, source=source)
    problems = preflight(data, disclosure, catalog)
    if problems and not force:
        raise BuildRefused(f"{source or stem}：数据未通过检查，共 {len(problems)} 处问题，未生成任何文件"
                           "（如确需生成，请加 --force）：", problems)
    out_dir.mkdir(parents=True, exist_ok=True)
    directory = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=out_dir))
    try:
        seconds = render(data, disclosure, formats, directory, stem)
    except BaseException:
        shutil.rmtree(directory, ignore_errors=True)
        raise
    return Staged(stem, directory, names, seconds, problems)


def discard(staged: Staged) -> None:
    shutil.rmtree(staged.directory, ignore_errors=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process: not ours to judge
    return True


def clean_stale_staging(out_dir: Path) -> list[Path]:
    """Remove the staging folders of builds that no longer run (killed, or from before a crash).

    A folder of a process that still runs — a concurrent build into the same folder — is kept."""
    removed: list[Path] = []
    try:
        entries = list(Path(out_dir).iterdir())
    except OSError:
        return removed
    for entry in entries:
        if not entry.name.startswith(STAGING_PREFIX) or not entry.is_dir() or entry.is_symlink():
            continue
        pid_text = entry.name[len(STAGING_PREFIX):].split("-", 1)[0]
        if pid_text.isdigit() and _running(int(pid_text)):
            continue
        shutil.rmtree(entry, ignore_errors=True)
        removed.append(entry)
    return removed


def commit(staged: Staged, out_dir: Path) -> list[Path]:
    """Move the staged files into `out_dir`, replacing only files a build wrote before.

    Renames within one file system; if one fails, the files already moved are put back and the
    previous versions restored, so the folder holds either the old or the new build.
    """
    out_dir = Path(out_dir)
    try:
        _check_conflicts(out_dir, staged.names)
        previous = staged.directory / ".previous"
        previous.mkdir()
        moved: list[str] = []
        saved: list[str] = []
        try:
            for name in staged.names:
                target = out_dir / name
                if target.exists():
                    os.replace(target, previous / name)
                    saved.append(name)
                os.replace(staged.directory / name, target)
                moved.append(name)
        except OSError:
            for name in moved:
                os.replace(out_dir / name, staged.directory / name)
            for name in saved:
                os.replace(previous / name, out_dir / name)
            raise
        _write_manifest(out_dir, read_manifest(out_dir) | set(staged.names))
    finally:
        discard(staged)
    return [out_dir / n for n in staged.names]


def build(data: BudgetData, out_dir: Path, formats: Iterable[str] = FORMATS, *, stem: str, force: bool = False,
          catalog: Catalog | None = None, source: str | None = None) -> list[Path]:
    """Build one document into `out_dir`: every format or none. Returns the files written."""
    out_dir = Path(out_dir)
    created = not out_dir.exists()
    if not created:
        clean_stale_staging(out_dir)
    try:
        staged = stage(data, out_dir, formats, stem=stem, force=force, catalog=catalog, source=source)
        return commit(staged, out_dir)
    except BaseException:
        if created and out_dir.exists() and not any(out_dir.iterdir()):
            out_dir.rmdir()
        raise
