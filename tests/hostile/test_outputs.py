"""Outputs under hostile conditions: a full disk (RLIMIT_FSIZE), files in the way, an interrupted
build, control characters on their way into a workbook, Rich markup in paths. Nothing half-written
becomes visible, nothing of the user's is overwritten without --force, nothing is left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from tests.conftest import EXAMPLE_YAML, SEED_TEXT
from tests.hostile.conftest import ROOT, assert_refused, snapshot, yusuan

FULL = 4096  # bytes a process may write: every output here is larger


def _leftovers(folder: Path) -> list[str]:
    """Temporary files of atomic writes and staging folders: never visible after a command."""
    return [p.name for p in folder.rglob("*") if p.name.endswith(".part") or p.name.startswith(".yusuan-staging-")]


@pytest.mark.parametrize("command", [
    ("template", "-o", "{out}/模板.xlsx"),
    ("convert", EXAMPLE_YAML, "-o", "{out}/数据.json"),
    ("check", EXAMPLE_YAML, "-f", "json", "-o", "{out}/报告.json"),
    ("schema", "-o", "{out}/schema.json"),
    ("extract", SEED_TEXT, "-o", "{out}"),
    ("build", EXAMPLE_YAML, "-o", "{out}", "--formats", "html,json"),
])
def test_a_full_disk_leaves_nothing_half_written(tmp_path, command):
    out = tmp_path / "out"
    out.mkdir()
    args = [str(a).format(out=out) for a in command]
    run = yusuan(*args, file_size=FULL)
    assert run.code == 2, run.output
    assert "Traceback" not in run.output
    assert "文件超过了系统允许的大小" in run.output.replace("\n", "") or "磁盘" in run.output, run.output
    assert snapshot(out) == {} or command[0] == "build" and set(snapshot(out)) <= {".yusuan-build.json"}, snapshot(out)
    assert _leftovers(out) == []


def test_synth_on_a_full_disk_leaves_only_whole_files(tmp_path):
    out = tmp_path / "synth"
    run = yusuan("synth", "3", "-o", out, file_size=FULL)
    assert run.code == 2 and "Traceback" not in run.output, run.output
    assert _leftovers(out) == []
    for path in out.iterdir():
        yaml.safe_load(path.read_text(encoding="utf-8"))  # complete, or not there at all


@pytest.mark.parametrize("command", [
    ("template", "-o", "{target}"),
    ("convert", EXAMPLE_YAML, "-o", "{target}"),
    ("check", EXAMPLE_YAML, "-o", "{target}"),
    ("schema", "-o", "{target}"),
])
def test_an_existing_file_is_never_overwritten_without_force(tmp_path, command):
    target = tmp_path / "我的文件.json"
    target.write_text("用户自己的内容", encoding="utf-8")
    run = yusuan(*[str(a).format(target=target) for a in command])
    assert_refused(run, target)
    assert "--force" in run.output and target.read_text(encoding="utf-8") == "用户自己的内容"


@pytest.mark.slow
def test_extract_synth_and_build_keep_existing_files(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    mine = {"seed-changji-renda-2023.json": "mine", "budget-0000.yaml": "mine", "changji-renda-2023.html": "mine"}
    for name, text in mine.items():
        (out / name).write_text(text, encoding="utf-8")
    before = snapshot(out)
    assert_refused(yusuan("extract", SEED_TEXT, "-o", out), SEED_TEXT)
    assert yusuan("synth", "1", "-o", out).code == 2
    run = yusuan("build", EXAMPLE_YAML, "-o", out, "--formats", "html")
    assert run.code == 2 and "不会覆盖" in run.output, run.output
    assert snapshot(out) == before


def test_an_output_path_that_is_a_folder(tmp_path):
    folder = tmp_path / "报告"
    folder.mkdir()
    run = yusuan("check", EXAMPLE_YAML, "-o", folder, "--force")
    assert_refused(run, folder)
    assert "文件夹" in run.output


@pytest.mark.slow
def test_an_output_folder_that_is_a_file(tmp_path):
    file = tmp_path / "out.txt"
    file.write_text("x", encoding="utf-8")
    for args in (("extract", SEED_TEXT), ("build", EXAMPLE_YAML), ("synth", "1")):
        run = yusuan(*args, "-o", file)
        assert_refused(run, file)
    assert file.read_text(encoding="utf-8") == "x"


def test_a_read_only_folder(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        run = yusuan("schema", "-o", folder / "s.json")
        assert_refused(run, folder / "s.json")
        assert "权限" in run.output
    finally:
        folder.chmod(0o700)


@pytest.mark.slow
# -- control characters and markup -----------------------------------------------------------------
def test_nul_characters_reach_no_workbook(tmp_path):
    """A NUL in a name the user typed: removed with a notice, and every writer succeeds."""
    data = tmp_path / "nul.yaml"
    text = EXAMPLE_YAML.read_text(encoding="utf-8")
    data.write_text(text.replace("name: 昌吉市人大常委会办公室", 'name: "昌吉市人大\\0常委会办公室"', 1), encoding="utf-8")
    assert "\\0" in data.read_text(encoding="utf-8")
    run = yusuan("convert", data, "-o", tmp_path / "nul.xlsx")
    assert run.code == 0, run.output
    assert "控制字符" in run.output
    run = yusuan("build", data, "-o", tmp_path / "built", "--formats", "xlsx,docx,html")
    assert run.code == 0, run.output
    run = yusuan("figures", data)
    assert run.code == 0 and "\x00" not in run.stdout and "\\u0000" not in run.stdout, run.output


@pytest.mark.slow
def test_nul_characters_in_a_published_text(tmp_path):
    seed = tmp_path / "nul.txt"
    seed.write_text(SEED_TEXT.read_text(encoding="utf-8").replace("部门", "部\0门", 5), encoding="utf-8")
    run = yusuan("extract", seed, "-o", tmp_path / "out", "--format", "xlsx")
    assert run.code == 0, run.output
    run = yusuan("figures", seed)
    assert run.code == 0 and "\\u0000" not in run.stdout, run.output


@pytest.mark.slow
def test_markup_in_paths_is_printed_as_written(tmp_path):
    # Rich markup, an emoji code and a closing tag in one path: "…[" is a folder holding a folder "]"
    name = "[bold]红[/bold]a:smile:b[link=x]y[/]"
    folder = tmp_path / name
    folder.mkdir(parents=True)
    data = folder / "数据.yaml"
    data.write_text(EXAMPLE_YAML.read_text(encoding="utf-8"), encoding="utf-8")
    for args in (("validate", data), ("check", data), ("convert", data, "-o", folder / "x.json"),
                 ("extract", SEED_TEXT, "-o", folder / "out"), ("build", data, "-o", folder / "b", "--formats", "json")):
        run = yusuan(*args)
        assert run.code in (0, 1), run.output
        assert "Traceback" not in run.output and "MarkupError" not in run.output
        assert name in run.output.replace("\n", ""), run.output
    broken = folder / "坏.yaml"
    broken.write_text("department: [", encoding="utf-8")
    run = yusuan("validate", broken)
    assert_refused(run, broken)
    assert name in run.output.replace("\n", "")


# -- interrupted builds ----------------------------------------------------------------------------
def _staging(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(".yusuan-staging-")] if folder.exists() else []


@pytest.mark.slow
@pytest.mark.parametrize("folder_build", [False, True])
def test_sigterm_during_a_build_leaves_no_staging_folder(tmp_path, folder_build):
    source = tmp_path / "data"
    assert yusuan("synth", "3", "-o", source).code == 0
    out = tmp_path / "out"
    target = source if folder_build else source / "budget-0000.yaml"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", "from yusuan.cli.main import main; main()", "build", str(target),
                             "-o", str(out), "--formats", "pdf", "-j", "2"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 90
    while not _staging(out) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert _staging(out), "the build never started staging"
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 143, stderr
    assert "已终止" in stderr and "Traceback" not in stderr
    time.sleep(0.5)  # workers end after their parent
    assert _staging(out) == []
    assert not any(p.suffix == ".pdf" for p in out.iterdir()) if out.exists() else True


def test_the_next_build_removes_stale_staging_folders(tmp_path):
    """SIGKILL or a power cut leaves a staging folder; the next build removes it — but not the
    folder of a build that still runs."""
    out = tmp_path / "out"
    out.mkdir()
    dead = out / ".yusuan-staging-999999999-abc"
    old = out / ".yusuan-staging-k2j3h4"  # named before staging folders carried their process id
    alive = out / f".yusuan-staging-{os.getpid()}-xyz"
    for folder in (dead, old, alive):
        folder.mkdir()
        (folder / "half.pdf").write_bytes(b"%PDF-1.7 half")
    run = yusuan("build", EXAMPLE_YAML, "-o", out, "--formats", "json")
    assert run.code == 0, run.output
    assert _staging(out) == [alive]
