"""`yusuan import`, `recheck` and `user add` as a user runs them (a subprocess, SQLite and PostgreSQL)."""

from __future__ import annotations

import os

from tests.conftest import EXAMPLE_YAML, ROOT, SEED_TEXT
from tests.hostile.conftest import yusuan as _yusuan


def yusuan(*args, cwd, env=None):
    """The CLI in another folder, importing this checkout's code."""
    env = dict(os.environ if env is None else env)
    env["PYTHONPATH"] = str(ROOT)
    return _yusuan(*args, cwd=cwd, env=env)


def test_import_reports_a_bad_file_and_imports_the_rest(db_url, tmp_path):
    bad = tmp_path / "坏文件.pdf"
    bad.write_bytes(b"not a pdf at all")
    run = yusuan("import", bad, SEED_TEXT, EXAMPLE_YAML, "--db", db_url, "-j", "1", cwd=tmp_path)
    assert run.code == 2, run.output
    assert "Traceback" not in run.output
    assert "坏文件.pdf" in run.output.replace("\n", "") and "新增 2 个文件" in run.stdout  # (a long path wraps)
    again = yusuan("import", SEED_TEXT, EXAMPLE_YAML, "--db", db_url, cwd=tmp_path)
    assert again.code == 0, again.output
    assert "新增 0 个文件，2 个已在库中" in again.stdout
    recheck = yusuan("recheck", "--db", db_url, cwd=tmp_path)
    assert recheck.code == 0 and "重新检查 2 个文件：0 个有变化" in recheck.stdout, recheck.output


def test_the_default_store_is_yusuan_db_in_the_working_folder(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "YUSUAN_DB"}
    run = yusuan("import", SEED_TEXT, cwd=tmp_path, env=env)
    assert run.code == 0, run.output
    assert (tmp_path / "yusuan.db").is_file()


def test_user_add_reads_the_password_from_the_environment(tmp_path):
    db_url = str(tmp_path / "users.db")
    env = {**os.environ, "YUSUAN_PASSWORD": "a long enough password"}
    run = yusuan("user", "add", "审核员", "--db", db_url, cwd=tmp_path, env=env)
    assert run.code == 0 and "已添加审核人员" in run.stdout, run.output
    again = yusuan("user", "add", "审核员", "--db", db_url, cwd=tmp_path, env=env)
    assert again.code == 2 and "已存在" in again.output and "Traceback" not in again.output


def test_an_unreachable_database_is_a_message(tmp_path):
    run = yusuan("import", SEED_TEXT, "--db", "postgresql://nobody@127.0.0.1:1/none", cwd=tmp_path)
    assert run.code == 2 and "无法打开数据库" in run.output and "Traceback" not in run.output, run.output
