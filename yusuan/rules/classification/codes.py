"""K501 unknown codes, K502 codes of another edition, K503 nearest edition, K506 levels and parents,
K509 the scheme a table uses."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.catalog.catalog import Scheme, scheme_of
from yusuan.model.disclosure import TableId
from yusuan.rules.classification.common import coded
from yusuan.rules.common import at, tname
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity, Where
from yusuan.rules.registry import Rule, rule
from yusuan.rules.tables import row_label

SCHEME_NAMES = {Scheme.FUNCTIONAL: "支出功能分类", Scheme.ECONOMIC: "部门预算支出经济分类",
                Scheme.GOVERNMENT_ECONOMIC: "政府预算支出经济分类"}
LENGTHS = {Scheme.FUNCTIONAL: (3, 5, 7), Scheme.ECONOMIC: (3, 5)}
ANY_LENGTH = (3, 5, 7)
NO_HIERARCHY = (TableId.T1, TableId.T4, TableId.T7)  # tables that print one level only: no parent to look for


@rule("K501", "unknown-code", Severity.WARNING,
      "科目编码在分类目录中存在",
      "{table}“{row}”的编码 {code} 不在《政府收支分类科目》目录中",
      explanation="表中每个编码都应是《政府收支分类科目》中的科目编码。目录中完全没有的编码报警告而非错误：随附的目录并不完整——"
      "请与财政部正式印发的科目手册核对，必要时导入（yusuan catalog import）。"
      "\n错误示例：表5 印 2010177——20101 人大事务下没有这个项。")
def unknown_code(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """Every code printed in a table is a code of the classification (政府收支分类科目). A code the
    catalogue does not know at all is a warning, not an error: the shipped catalogue is not complete —
    verify it against the official booklet, and import the booklet (`yusuan catalog import`) if needed.

    Failing example: 表5 prints 2010177 — no such 项 under 20101 人大事务.
    """
    found = coded(ctx)
    unknown = {code for code in found.codes if not ctx.catalog.knows(code)}
    if not unknown:
        return
    for view, row, _, code in found.in_scheme:
        if code in unknown:
            yield rule.finding(at(view, row), expected="目录中的编码", actual=row.code,
                            fix="核对编码；如目录不全，可用 yusuan catalog import 导入官方科目表",
                            table=tname(view), row=row_label(row), code=row.code)


@rule("K502", "code-of-other-edition", Severity.WARNING,
      "科目编码属于文件年度的分类版本",
      "{table}“{row}”的编码 {code} 不在 {edition} 年版科目中（见于 {seen} 年版）",
      explanation="编码在目录中存在，但不属于适用于该文件年度的《政府收支分类科目》版本（当年版本，没有则取最近的较早版本）："
      "可能是已取消或尚未设立的科目。报警告：随附的各版本有部分未经核实。"
      "\n错误示例：2023 年预算中出现 2025 年版才设立的款。")
def code_of_other_edition(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A code the catalogue knows, but not in the edition that applies to the document's year (the year's
    own, else the nearest earlier one): a code that was retired or not yet introduced. A warning: the
    shipped editions are partly unverified.

    Failing example: a 2023 budget printing a 款 first introduced in the 2025 edition.
    """
    found = coded(ctx)
    absent = {code for code in found.codes if ctx.catalog.get(code, ctx.year) is None}
    if not absent:
        return
    for view, row, _, code in found.in_scheme:
        if code not in absent:
            continue
        known = ctx.catalog.get(code)
        if known is not None:
            yield rule.finding(at(view, row), expected=f"{ctx.edition} 年版科目", actual=code,
                            fix="核对编码是否适用于本年度", table=tname(view), row=row_label(row), code=code,
                            edition=ctx.edition, seen="、".join(str(y) for y in sorted(known.editions)))


@rule("K503", "nearest-edition", Severity.NOTICE,
      "文件年度不在目录版本中时，按最近版本检查",
      "目录中没有 {year} 年版《政府收支分类科目》，科目按 {edition} 年版检查",
      explanation="这是提示。《政府收支分类科目》每年修订，而文件年度可能尚未收入目录。此时按最近的版本（最近的较早版本）检查编码，"
      "本提示说明所用版本。"
      "\n错误示例：（提示）用含 2023–2025 年版的目录检查 2026 年预算。")
def nearest_edition(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A new edition of the classification appears every year and documents arrive for years the
    catalogue may not hold yet. Codes are then checked against the nearest edition (the closest earlier
    one), and this notice says which.

    Failing example (a notice): a 2026 budget checked with a catalogue of the 2023–2025 editions.
    """
    if ctx.edition != ctx.year and any(ctx.disclosure.table(t) is not None for t in TableId):
        yield rule.finding(Where(), expected=str(ctx.year), actual=str(ctx.edition), year=ctx.year,
                                  edition=ctx.edition, fix="可用 yusuan catalog import 导入该年度官方科目表")


@rule("K506", "level-and-parent", Severity.ERROR,
      "编码位数正确，款、项的上级科目在表中",
      "{table}“{row}”：编码{problem}",
      explanation="功能分类编码为 3 位（类）、5 位（款）或 7 位（项），经济分类编码为 3 位（类）或 5 位（款）。在列出层级的表中"
      "（有上级层次的行），每个款应在其类之下，每个项应在其款之下；缺少上级的行是编码错误或丢失了上级行。"
      "\n错误示例：表5 在 208 下列出 2080505，却没有其他各项都有的款级行 20805。")
def level_and_parent(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """Functional codes have 3 (类), 5 (款) or 7 (项) digits, economic codes 3 (类) or 5 (款). In a table that
    prints the hierarchy (it has rows of the parent's level), each 款 stands under its 类 and each 项
    under its 款; a row whose parent is missing was miscoded or lost its parent.

    Failing example: 表5 lists 2080505 under 208 without the 款 row 20805 that every other 项 has.
    """
    for view, row, scheme, code in coded(ctx).in_scheme:
        n = len(code)
        if n not in LENGTHS.get(scheme, ANY_LENGTH):
            yield rule.finding(at(view, row), expected="、".join(f"{n}位" for n in LENGTHS[scheme]), actual=code,
                            fix="核对编码位数", table=tname(view), row=row_label(row),
                            problem=f" {code} 位数不对")
            continue
        if n == 3 or view.id in NO_HIERARCHY:
            continue
        parent = code[:-2]
        if n - 2 in view.code_lengths and parent not in view.by_code:
            yield rule.finding(at(view, row), expected=f"上级科目 {parent}", actual="缺少", fix="补上上级科目行，或核对编码",
                            table=tname(view), row=row_label(row), problem=f"的上级科目 {parent} 不在表中")


@rule("K509", "scheme-of-table", Severity.ERROR,
      "表格使用正确的分类体系",
      "{table}“{row}”的编码 {code} 属于{found}，该表应为{expected_scheme}",
      explanation="功能分类表（表1–表5、表7–表9）使用支出功能分类科目（2 开头）；基本支出表（表6）使用部门预算支出经济分类科目"
      "（3 开头）。出现另一体系的编码，说明该行放错了表或编码有误。"
      "\n错误示例：表6 列出 2010101 行政运行。")
def scheme_of_table(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """The functional tables (表1–表5, 表7–表9) carry 支出功能分类 codes (2xx); the basic-expenditure table
    (表6) carries 部门预算支出经济分类 codes (3xx). A code of the other scheme is in the wrong table or
    miscoded.

    Failing example: 表6 lists 2010101 行政运行.
    """
    for view, row, scheme in coded(ctx).off_scheme:  # the rows whose code is not of their table's scheme
        found = scheme_of(row.code or "")
        yield rule.finding(at(view, row), expected=SCHEME_NAMES[scheme], actual=row.code,
                           fix="核对编码与所在表格", table=tname(view), row=row_label(row), code=row.code,
                           found=SCHEME_NAMES.get(found, "未知分类") if found else "未知分类",  # type: ignore[arg-type]
                           expected_scheme=SCHEME_NAMES[scheme])
