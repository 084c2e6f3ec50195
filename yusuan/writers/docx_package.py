"""The Word package around the document: properties of this disclosure, nothing of the template's.

python-docx starts from its own template, which carries a thumbnail of an empty page, a custom
XML item, Word 2010's stylesWithEffects, "Microsoft Macintosh Word" as the application, an author
"python-docx", a creation date of 2013 and a document id shared by every file made from it. All
of that is removed or replaced: the core properties name the disclosure (title, subject, author
and last editor = the department, keywords, language, dates = the publication date), the
application is Yusuan, and Word is asked to update the fields (the 目录) when it opens the file.
"""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>Yusuan</Application><Company>{company}</Company><DocSecurity>0</DocSecurity>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc></Properties>"
)
LEFTOVER_PARTS = ("customXml", "stylesWithEffects")
W14_DOC_ID = "{http://schemas.microsoft.com/office/word/2010/wordml}docId"


def _drop_relationships(rels, wanted) -> None:
    for rid, rel in list(rels.items()):
        if wanted(rel):
            del rels[rid]


def set_properties(doc, *, title: str, department: str, subject: str, keywords: list[str],
                   date: dt.date | None) -> None:
    """Core and extended properties of this disclosure; the template's leftovers removed."""
    props = doc.core_properties
    props.title, props.subject = title, subject
    props.author = props.last_modified_by = department
    props.keywords = "；".join(keywords)
    props.comments = props.category = props.content_status = props.identifier = ""
    props.language = "zh-CN"
    props.revision = 1
    when = dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC) if date else dt.datetime.now(dt.UTC)
    props.created = props.modified = when.replace(microsecond=0)
    package = doc.part.package
    _drop_relationships(package.rels, lambda rel: rel.reltype == RT.THUMBNAIL)
    _drop_relationships(doc.part.rels, lambda rel: any(n in rel.target_ref for n in LEFTOVER_PARTS))
    for rel in package.rels.values():
        if rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = APP_XML.format(company=escape(department)).encode("utf-8")


def settings(doc) -> None:
    """Word settings: update fields on opening (the 目录's page numbers), Chinese as the East Asian
    language of the theme, no revision ids or document id inherited from the template."""
    root = doc.settings.element
    for tag in ("w:rsids", "w:updateFields", "w:savePreviewPicture"):
        for el in root.findall(qn(tag)):
            root.remove(el)
    for el in root.findall(W14_DOC_ID):
        root.remove(el)
    lang = root.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    # CT_Settings keeps its children in schema order: w:updateFields comes just before w:compat.
    after = next((el for el in root if el.tag in {qn(t) for t in ("w:hdrShapeDefaults", "w:footnotePr",
                                                                   "w:endnotePr", "w:compat")}), None)
    if after is not None:
        after.addprevious(update)
    else:
        root.append(update)
