"""LibreOffice (tests only, never in a build): convert a DOCX to PDF, optionally updating its indexes.

A plain `soffice --convert-to pdf` keeps a TOC field's cached entries as they are (LibreOffice 7.4
does not regenerate indexes when it loads a DOCX); updating them first — what Word does on opening
a file that asks for it (w:updateFields) and what unoconv does before converting — is a Basic macro
in a private LibreOffice profile: load, update every index and field, export to PDF.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub UpdateAndExport(inUrl As String, outUrl As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, args())
  indexes = doc.getDocumentIndexes()
  For i = 0 To indexes.getCount() - 1
    indexes.getByIndex(i).update()
  Next
  doc.getTextFields().refresh()
  Dim f(0) As New com.sun.star.beans.PropertyValue
  f(0).Name = &quot;FilterName&quot;
  f(0).Value = &quot;writer_pdf_Export&quot;
  doc.storeToURL(outUrl, f())
  doc.close(True)
End Sub
</script:module>
"""


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    assert found, "LibreOffice (libreoffice-writer-nogui) is needed: see scripts/apt-packages.txt"
    return found


def convert(docx: Path, out_dir: Path, profile: Path) -> Path:
    """Plain conversion, as `soffice --convert-to pdf` does it (also creates the profile)."""
    subprocess.run([soffice(), f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out_dir), str(docx)], check=True, timeout=180, capture_output=True)
    return out_dir / (docx.stem + ".pdf")


def convert_updated(docx: Path, out: Path, profile: Path) -> Path:
    """Conversion after updating the document's indexes (the 目录) and fields."""
    module = profile / "user" / "basic" / "Standard" / "Module1.xba"
    if not module.exists():  # a fresh profile: let LibreOffice create it first
        convert(docx, out.parent / "plain", profile)
    module.write_text(MACRO, encoding="utf-8")
    call = f'macro:///Standard.Module1.UpdateAndExport("file://{docx}","file://{out}")'
    subprocess.run([soffice(), f"-env:UserInstallation=file://{profile}", "--headless", call], check=True,
                   timeout=180, capture_output=True)
    assert out.exists(), "LibreOffice did not run the conversion macro"
    return out
