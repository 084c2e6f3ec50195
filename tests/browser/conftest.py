"""Browser tests: the real server (`yusuan serve`, a subprocess) driven by Playwright in the
distribution's Chromium (/usr/bin/chromium; Playwright's own browser download is not used)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE_YAML, ROOT, SEED_TEXT

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
PDF = ROOT / "tests" / "data" / "putuo-shehuigongzuobu-2024-juesuan.pdf"
OTHER_PDF = ROOT / "tests" / "data" / "putuo-guihuaziyuan-2024-juesuan.pdf"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`yusuan import` the seed, the example and a real PDF, then `yusuan serve` on a free port."""
    folder = tmp_path_factory.mktemp("explorer")
    db = folder / "yusuan.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "YUSUAN_HOME": str(folder / "home")}
    cli = [sys.executable, "-c", "from yusuan.cli.main import main; main()"]
    subprocess.run([*cli, "import", str(SEED_TEXT), str(EXAMPLE_YAML), str(PDF), "--government", "昌吉市",
                    "--db", str(db), "-j", "1"], env=env, check=True, capture_output=True, cwd=folder)
    port = _free_port()
    proc = subprocess.Popen([*cli, "serve", "--db", str(db), "--port", str(port)], env=env, cwd=folder,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(url + "/api/v1/summary", timeout=2).read()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError("the server did not start: " + proc.stdout.read().decode(errors="replace")) from None
            time.sleep(0.3)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is not installed (scripts/apt-packages.txt lists chromium; run bash scripts/setup)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    yield pg
    context.close()
    assert errors == [], errors  # no script error on any page
