"""Regenerate the explorer's screenshots in docs/screenshots/: import the bundled example, its published
text and the real documents of tests/data into a temporary store, serve it, and photograph the main
pages in the distribution's Chromium.  Usage: .venv/bin/python scripts/screenshots.py"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def main() -> None:
    from playwright.sync_api import sync_playwright

    folder = Path(tempfile.mkdtemp(prefix="yusuan-shots-"))
    db = folder / "yusuan.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cli = [sys.executable, "-c", "from yusuan.cli.main import main; main()"]
    data = ROOT / "tests" / "data"
    subprocess.run([*cli, "import", str(ROOT / "examples" / "published" / "changji-renda-2023.txt"),
                    str(ROOT / "examples" / "changji-renda-2023.yaml"), "--government", "昌吉市", "--db", str(db)],
                   env=env, check=True, capture_output=True)
    subprocess.run([*cli, "import", *map(str, sorted(data.glob("putuo-*.pdf"))), "--db", str(db)],
                   env=env, check=True, capture_output=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([*cli, "serve", "--db", str(db), "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(url + "/api/v1/summary", timeout=2)
                break
            except OSError:
                time.sleep(0.3)
        OUT.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 860})

            def shot(name: str, path: str) -> None:
                page.goto(url + path)
                page.wait_for_timeout(1200)
                page.screenshot(path=str(OUT / f"{name}.png"))
                print(f"docs/screenshots/{name}.png  {path}")

            shot("home", "/")
            page.goto(url + "/?q=普陀区")
            gov = page.locator("#search-results td:nth-child(2) a").first.get_attribute("href")
            shot("government", gov)
            page.goto(url + "/?q=人大")
            dept = page.locator("#search-results a").first.get_attribute("href")
            shot("department", dept)
            page.goto(url + "/?q=财政局")
            doc = page.locator("#search-results td:nth-child(3) a").first.get_attribute("href")
            shot("document", doc + "#findings")
            a, b = doc.rsplit("/", 1)[1], None
            page.goto(url + "/?q=规划")
            b = page.locator("#search-results td:nth-child(3) a").first.get_attribute("href").rsplit("/", 1)[1]
            shot("compare", f"/compare?a={a}&b={b}")
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
