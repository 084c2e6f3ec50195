"""What a document is: its kind (预算/决算), scope, extent and layout family — `Disclosure.profile`.

A published page may be a whole departmental disclosure or only a part of one (a standalone “三公”
page, a 机关运行经费 page, the 情况说明 without the tables, the tables without the text); it may be a
department's, a unit's, or a government's over its departments (本级, 汇总); and it follows the layout
of a family of templates (`model/layouts.py`). Completeness is judged only for a whole disclosure,
against its own family and kind. Readers detect the profile (`readers/published/profile.py`);
disclosures derived from budget data are whole national-template documents.

The values are those of the real-world corpus's truth files (tests/data/real/README.md).
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel

from yusuan.model.budget import DocumentKind


class DocumentScope(StrEnum):
    DEPARTMENT = "部门"  # a department's disclosure (with or without its units)
    UNIT = "单位"  # one budget unit's
    OWN = "本级"  # a government's own departments together (市本级, 镇本级)
    CONSOLIDATED = "汇总"  # a government's, summed over its departments and lower levels


class Extent(StrEnum):
    WHOLE = "whole"  # the whole disclosure: tables and explanations
    THREE_PUBLIC = "三公"  # a “三公”经费 page
    OPERATING_COSTS = "机关运行经费"  # a 机关运行经费 page
    EXPLANATIONS = "情况说明"  # the explanations without the tables
    TABLES = "tables"  # the tables without the explanations


class Layout(StrEnum):
    """Layout families (declared in model/layouts.py)."""

    NATIONAL = "national"
    SHANGHAI = "shanghai"
    BEIJING = "beijing"
    JIANGXI = "jiangxi"
    HUNAN = "hunan"
    FINAL = "juesuan"  # the 决算 (final accounts) template
    EXCERPT = "excerpt"  # a part whose template cannot be told
    OTHER = "other"  # a whole document of no declared family


EXTENT_ZH = {
    Extent.WHOLE: "完整公开文件",
    Extent.THREE_PUBLIC: "“三公”经费说明（部分内容）",
    Extent.OPERATING_COSTS: "机关运行经费说明（部分内容）",
    Extent.EXPLANATIONS: "情况说明（部分内容，不含公开表格）",
    Extent.TABLES: "公开表格（部分内容，不含情况说明）",
}


class DocumentProfile(BaseModel):
    kind: DocumentKind = DocumentKind.BUDGET
    scope: DocumentScope = DocumentScope.DEPARTMENT
    extent: Extent = Extent.WHOLE
    layout: Layout = Layout.NATIONAL

    @property
    def whole(self) -> bool:
        return self.extent == Extent.WHOLE

    def extent_zh(self) -> str:
        return EXTENT_ZH[self.extent]

    def layout_zh(self) -> str:
        from yusuan.model.layouts import layout_name

        return layout_name(self.layout)

    def part_zh(self) -> str:
        """What a part is, Chinese: "“三公”经费预算说明（部分内容）"."""
        k = self.kind.value
        return {Extent.WHOLE: f"完整的{k}公开文件",
                Extent.THREE_PUBLIC: f"“三公”经费{k}说明（部分内容）",
                Extent.OPERATING_COSTS: f"机关运行经费{k}说明（部分内容）",
                Extent.EXPLANATIONS: f"{k}情况说明（部分内容，不含公开表格）",
                Extent.TABLES: f"{k}公开表格（部分内容，不含情况说明）"}[self.extent]

    def label(self) -> str:
        """Chinese, one line: "决算 · 部门 · 完整公开文件 · 决算版式"."""
        return " · ".join((self.kind.value, self.scope.value, self.extent_zh(), self.layout_zh()))

    def summary(self) -> dict[str, str]:
        """The profile as plain strings (JSON reports, `yusuan figures`)."""
        return {"kind": self.kind.value, "scope": self.scope.value, "extent": self.extent.value,
                "layout": self.layout.value, "label": self.label()}
