"""A throwaway PostgreSQL server for the tests: initdb + pg_ctl in a temporary folder, on a free
loopback port, run as an unprivileged user when the tests run as root (PostgreSQL refuses root).

`YUSUAN_TEST_PG=postgresql://user@host:port/db` uses an existing server instead (its user must be
allowed to create databases). Nothing here is a mock: every store test runs on this real server.
`start(keep=FOLDER)` keeps the cluster in FOLDER between runs (benchmarks/explore_bench.py --keep).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path


def _bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    which = shutil.which("initdb")
    return Path(which).parent if which else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    admin_url: str  # postgresql://… of a database to connect to for CREATE DATABASE
    folder: Path | None = None
    pg_ctl: Path | None = None
    user: str | None = None
    kept: bool = False  # a cluster of a folder kept between runs: stopped, never removed

    def create_database(self, name: str | None = None) -> str:
        """A new database (a generated name), or the database `name`, made when it does not exist yet."""
        import psycopg

        name = name or "yusuan_test_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is None:
                conn.execute(f'CREATE DATABASE "{name}"')
        return self.admin_url.rsplit("/", 1)[0] + "/" + name

    def drop_database(self, url: str) -> None:
        import psycopg

        name = url.rsplit("/", 1)[1]
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if self.folder is None:
            return
        subprocess.run([str(self.pg_ctl), "-D", str(self.folder / "data"), "-m", "fast" if self.kept else "immediate",
                        "stop"], capture_output=True, user=self.user, check=False)
        if not self.kept:
            shutil.rmtree(self.folder, ignore_errors=True)


def start(keep: Path | None = None) -> Server:
    if url := os.environ.get("YUSUAN_TEST_PG"):
        return Server(url)
    bindir = _bindir()
    if bindir is None:
        raise RuntimeError("PostgreSQL is not installed (scripts/apt-packages.txt lists postgresql; "
                           "run bash scripts/setup)")
    user = "nobody" if os.geteuid() == 0 else None
    # as root the server runs as `nobody`, who must reach its folder: /tmp, not a private $TMPDIR
    if keep is not None:
        folder = Path(keep).resolve()
        folder.mkdir(parents=True, exist_ok=True)
    else:
        folder = Path(tempfile.mkdtemp(prefix="yusuan-pg-", dir="/tmp" if user else None))
    if user:
        entry = pwd.getpwnam(user)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    port = _free_port()
    run = dict(capture_output=True, text=True, user=user, cwd=folder, check=False)
    if keep is None or not (folder / "data" / "PG_VERSION").exists():
        done = subprocess.run([str(bindir / "initdb"), "-D", str(folder / "data"), "-U", "postgres",
                               "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"], **run)
        if done.returncode:
            if keep is None:
                shutil.rmtree(folder, ignore_errors=True)
            raise RuntimeError(f"initdb failed: {done.stderr}")
    options = (f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off -c synchronous_commit=off "
               "-c full_page_writes=off -c max_connections=100")
    done = subprocess.run([str(bindir / "pg_ctl"), "-D", str(folder / "data"), "-o", options,
                           "-l", str(folder / "server.log"), "-w", "-t", "60", "start"], **run)
    if done.returncode:
        log = (folder / "server.log").read_text(errors="replace") if (folder / "server.log").exists() else ""
        if keep is None:
            shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"pg_ctl start failed: {done.stderr}\n{log}")
    return Server(f"postgresql://postgres@127.0.0.1:{port}/postgres", folder, bindir / "pg_ctl", user, keep is not None)
