"""A folder of published documents in every format, with a corrupt and an encrypted file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pymupdf
import pytest

DATA = Path(__file__).resolve().parent.parent / "data"
FORMATS = ("txt", "html", "docx", "xlsx")


def _mixed(folder: Path) -> Path:
    from yusuan.synth.documents import make_document

    folder.mkdir(parents=True)
    for i, fmt in enumerate(FORMATS):
        make_document(i, 7, fmt, 0.0, str(folder))
    shutil.copy(DATA / "putuo-caizhengju-2024-juesuan.pdf", folder / "putuo.pdf")
    shutil.copy(DATA / "seed-changji-renda-2023.txt", folder / "seed.txt")
    (folder / "corrupt.pdf").write_bytes((DATA / "putuo-guihuaziyuan-2024-juesuan.pdf").read_bytes()[:3000])
    with pymupdf.open(DATA / "putuo-shehuigongzuobu-2024-juesuan.pdf") as doc:
        doc.save(folder / "encrypted.pdf", encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="secret", owner_pw="owner")
    return folder


@pytest.fixture(scope="session")
def mixed_folder(tmp_path_factory) -> Path:
    """The pristine folder: copy it before changing anything in it."""
    return _mixed(tmp_path_factory.mktemp("batch") / "docs")


@pytest.fixture
def docs(mixed_folder, tmp_path) -> Path:
    target = tmp_path / "docs"
    shutil.copytree(mixed_folder, target)
    return target
