"""The command line's one boundary: an internal error says so, keeps its traceback in a log, exits 2."""

from __future__ import annotations

import errno

from yusuan.cli.boundary import guarded, log_dir, os_error_message


def _bug() -> None:
    {}["no such key"]  # noqa: B018 - a real KeyError, the kind of bug the boundary must contain


def test_an_internal_error_is_logged_not_shown(capsys, _isolated_home):
    assert guarded(_bug) == 2
    shown = capsys.readouterr().err
    assert "内部错误" in shown and "Traceback" not in shown
    logs = list(log_dir().glob("yusuan-*.log"))
    assert len(logs) == 1 and str(logs[0]) in shown.replace("\n", "")
    assert "KeyError" in logs[0].read_text(encoding="utf-8") and "Traceback" in logs[0].read_text(encoding="utf-8")


def test_exit_codes_pass_through():
    def ok() -> None:
        raise SystemExit(0)

    def finding_errors() -> None:
        raise SystemExit(1)

    assert guarded(ok) == 0 and guarded(finding_errors) == 1 and guarded(lambda: None) == 0


def test_operating_system_errors_name_the_file():
    message = os_error_message(OSError(errno.ENOSPC, "No space left on device", "/data/报告.json"))
    assert "磁盘空间已满" in message and "/data/报告.json" in message
