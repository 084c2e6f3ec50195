"""A published document's text layer as a .txt (the seed's form), from the HTML the build writes.

Headings and paragraphs become one line each; every table row becomes one line of tab-separated
cells (a cell spanning columns is printed once, as a PDF's text layer has it); a blank line
separates blocks. This is what copying the text out of a published PDF gives.
"""

from __future__ import annotations

from lxml import html as lxml_html

BLOCKS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "caption", "figcaption"}
INLINE = {"span", "a", "b", "strong", "em", "i", "br", "sup", "sub"}


def _text(el) -> str:
    return " ".join("".join(el.itertext()).split())


def _grid(table) -> list[list[str]]:
    """The table's rows with spans laid out: a spanned cell's text once, empty cells where it reaches."""
    rows: list[list[str]] = []
    below: dict[int, int] = {}  # column → rows still covered by a rowspan from above
    for tr in table.iter("tr"):
        row: list[str] = []
        col = 0
        for td in (c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")):
            while below.get(col, 0) > 0:
                below[col] -= 1
                row.append("")
                col += 1
            span, down = int(td.get("colspan", 1) or 1), int(td.get("rowspan", 1) or 1)
            row += [_text(td)] + [""] * (span - 1)
            for c in range(col, col + span):
                if down > 1:
                    below[c] = down - 1
            col += span
        while below.get(col, 0) > 0:
            below[col] -= 1
            row.append("")
            col += 1
        rows.append(row)
    return rows


def text_layer(page: str) -> str:
    root = lxml_html.fromstring(page)
    for bad in root.xpath("//script|//style|//head"):
        bad.getparent().remove(bad)
    lines: list[str] = []

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "table":
            caption = el.find("caption")
            if caption is not None and _text(caption):
                lines.extend(["", _text(caption)])
            lines.append("")
            for cells in _grid(el):
                if any(cells):
                    lines.append("\t".join(cells))
            lines.append("")
            return
        if tag in BLOCKS:
            text = _text(el)
            if text:
                lines.extend([text, ""])
            return
        children = [c for c in el if isinstance(c.tag, str)]
        if tag == "div" and all(c.tag in INLINE for c in children):  # a line of text, or spans side by side
            spans = [_text(c) for c in children if c.tag == "span" and _text(c)]
            for text in spans if len(spans) > 1 else [_text(el)]:
                if text:
                    lines.extend([text, ""])
            return
        for child in children:
            walk(child)

    walk(root)
    out: list[str] = []
    for line in lines:  # no runs of blank lines
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"
