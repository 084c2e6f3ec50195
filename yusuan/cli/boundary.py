"""The one boundary every command passes: whatever fails becomes a Chinese message and exit 2.

Input problems (`InputError`) are reported by the commands themselves. What reaches this boundary is
everything else: the operating system refusing a read or a write (a full disk, a read-only or missing
folder, a path that is a file), memory running out, an interrupt, and — never expected, always a bug —
an internal error, whose traceback goes to a log file whose path is printed instead of to the terminal.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from rich.markup import escape

from yusuan.cli.console import EXIT_INPUT, err
from yusuan.errors import InputError

_OS_REASONS = {
    errno.ENOSPC: ("磁盘空间已满", "清理磁盘空间后重试"),
    errno.EFBIG: ("文件超过了系统允许的大小（磁盘配额或文件大小限制）", "释放配额或换一个输出位置后重试"),
    errno.EDQUOT: ("超出磁盘配额", "释放配额或换一个输出位置后重试"),
    errno.EACCES: ("没有访问权限", "检查文件或文件夹的权限，或换一个输出位置"),
    errno.EPERM: ("操作不被允许", "检查文件或文件夹的权限，或换一个输出位置"),
    errno.EROFS: ("文件系统是只读的", "换一个可写的输出位置"),
    errno.ENOENT: ("文件或文件夹不存在", "检查路径；输出文件夹须已存在"),
    errno.ENOTDIR: ("路径中的某一级不是文件夹", "检查路径"),
    errno.EISDIR: ("这是一个文件夹，不是文件", "给出文件路径"),
    errno.ENAMETOOLONG: ("路径过长", "缩短文件名或路径"),
}


def log_dir() -> Path:
    base = os.environ.get("YUSUAN_HOME")
    return Path(base) / "logs" if base else Path(tempfile.gettempdir()) / "yusuan-logs"


def write_log(exc: BaseException) -> Path | None:
    """The traceback of an internal error, in a log file (None when none can be written)."""
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"yusuan-{dt.datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}.log"
        path.write_text(f"yusuan {' '.join(sys.argv[1:])}\n\n" + "".join(traceback.format_exception(exc)),
                        encoding="utf-8")
        return path
    except OSError:
        return None


def os_error_message(exc: OSError) -> str:
    reason, todo = _OS_REASONS.get(exc.errno or -1, (exc.strerror or "系统错误", "检查路径与权限后重试"))
    name = exc.filename or ""
    return f"{reason}：{name}（{todo}）" if name else f"{reason}（{todo}）"


class Terminated(BaseException):
    """SIGTERM, raised so that every write in progress unwinds and removes its temporary files
    (a BaseException like KeyboardInterrupt, but not one: the command line library turns that into exit 130)."""


def _terminate(signum, frame) -> None:
    raise Terminated


def _print_notices(notes: list) -> None:
    if not notes:
        return
    from yusuan.cli.console import print_lines

    err.print(f"[bold cyan]提示[/]：以下 {len(notes)} 处内容已自动转换，请核对")
    print_lines(notes, style="cyan", mark="•")


def guarded(command: Callable[[], object]) -> int:
    """Run the command line; return the exit code. Never lets a traceback reach the terminal.

    Notices (what a reader converted in the user's data, yusuan.notices) are printed at the end."""
    import signal

    from yusuan.notices import collecting

    previous = None
    with contextlib.suppress(ValueError):  # only the main thread may set signal handlers
        previous = signal.signal(signal.SIGTERM, _terminate)
    # A writer that failed (a full disk) may leave a generator that complains when it is collected:
    # the failure itself is reported once, in Chinese; its echo is not printed.
    hook, sys.unraisablehook = sys.unraisablehook, lambda unraisable: None
    try:
        with collecting() as notes:
            code = _run(command)
            _print_notices(notes)
    finally:
        sys.unraisablehook = hook
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    return code


def _run(command: Callable[[], object]) -> int:
    try:
        command()
    except SystemExit as exc:
        code = exc.code
        if code == 130:  # Ctrl-C, as the command line library reports it
            err.print("[bold red]已中断[/]：未完成的输出没有写出")
        return code if isinstance(code, int) else (0 if code is None else EXIT_INPUT)
    except InputError as exc:  # a command that did not expect one (a limit set to a bad value …)
        from yusuan.cli.console import report_input_error

        report_input_error(exc)
        return EXIT_INPUT
    except Terminated:
        err.print("[bold red]已终止[/]：未完成的输出没有写出")
        return 143
    except KeyboardInterrupt:
        err.print("[bold red]已中断[/]：未完成的输出没有写出")
        return 130
    except MemoryError:
        err.print("[bold red]内存不足[/]：文件过大或内容异常，已停止（可分批处理，或检查输入文件）")
        return EXIT_INPUT
    except OSError as exc:
        err.print(f"[bold red]无法完成[/]：{escape(os_error_message(exc))}")
        return EXIT_INPUT
    except RecursionError:
        err.print("[bold red]无法读取[/]：输入的嵌套层次过深")
        return EXIT_INPUT
    except Exception as exc:  # a bug: say so plainly, keep the details for the report
        log = write_log(exc)
        where = f"详细信息已写入 {escape(str(log))}" if log else "详细信息无法写入日志"
        err.print(f"[bold red]内部错误[/]（这是 Yusuan 的缺陷，不是您的文件的问题）：{escape(type(exc).__name__)}。"
                  f"{where}，请附上此文件报告问题。")
        return EXIT_INPUT
    return 0
