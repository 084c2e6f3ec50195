"""Classification codes of table rows: whole ("2010101") or in 类/款/项 columns, repaired when the
text layer damaged them ("20" for 201 and 208, "21 0" for 210).

A damaged code is recovered through the catalogue from the row's name, and only when the digits
that survived fit the recovered code; 款 and 项 rows under a recovered 类 take it as their prefix.
Every repair is reported; a code that cannot be repaired is reported and left empty.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from yusuan.catalog.catalog import Catalog, Entry, Scheme
from yusuan.model.disclosure import Location
from yusuan.readers.published.findings import Findings
from yusuan.readers.published.normalize import clean

_LEVEL_LEN = {"类": 3, "款": 5, "项": 7}
_LEN_LEVEL = {3: "类", 5: "款", 7: "项"}


def _fits(digits: str, code: str) -> bool:
    it = iter(code)
    return all(ch in it for ch in digits)


@dataclass
class CodeReader:
    catalog: Catalog
    scheme: Scheme
    year: int
    findings: Findings
    context: dict[int, str] = field(default_factory=dict)  # last code read per length

    def read(self, parts: dict[str, str], name: str, location: Location | None) -> str | None:
        """The code of a row from its code cells (keys "类", "款", "项" or "whole")."""
        if "whole" in parts:
            digits = parts["whole"]
            if not digits:
                return None
            if len(digits) in _LEN_LEVEL and self._plausible(digits, name):
                return self._remember(digits)
            return self._recover(digits, _LEN_LEVEL.get(len(digits)), name, location, printed=digits)
        cls, kuan, xiang = parts.get("类", ""), parts.get("款", ""), parts.get("项", "")
        if not (cls or kuan or xiang):
            return None
        level = "项" if xiang else "款" if kuan else "类"
        printed = " ".join(p for p in (cls, kuan, xiang) if p)
        if len(cls) == 3 and len(kuan) in (0, 2) and len(xiang) in (0, 2) and not (xiang and not kuan):
            code = cls + kuan + xiang
            if self._plausible(code, name):
                return self._remember(code)
        return self._recover(cls + kuan + xiang, level, name, location, printed=printed, tail=kuan + xiang)

    @staticmethod
    def _plausible(code: str, name: str) -> bool:
        """A whole code of the right length: 2xx functional, 3xx or 5xx economic."""
        return code[0] in "235"

    def _remember(self, code: str) -> str:
        self.context[len(code)] = code
        for longer in (5, 7):
            if longer > len(code):
                self.context.pop(longer, None)
        return code

    def _recover(self, digits: str, level: str | None, name: str, location: Location | None, *,
                 printed: str, tail: str = "") -> str | None:
        entry = self._by_name(digits, level, name)
        code = entry.code if entry else None
        if code is None and level in ("款", "项") and tail:
            # the 类 was damaged, the 款/项 digits are intact: take the 类 recovered for the rows above
            parent = self.context.get(3)
            cls_digits = digits[: len(digits) - len(tail)]
            if parent and _fits(cls_digits, parent):
                candidate = parent + tail
                if len(candidate) == _LEVEL_LEN[level] and self.catalog.get(candidate) is not None:
                    code = candidate
        if code is None:
            self.findings.add("code.unreadable", f"无法识别科目编码“{printed}”（科目名称“{clean(name)}”）", location)
            return None
        self.findings.add("code.recovered", f"科目编码“{printed}”已按科目名称“{clean(name)}”恢复为 {code}", location)
        return self._remember(code)

    def _by_name(self, digits: str, level: str | None, name: str) -> Entry | None:
        if not name:
            return None
        parent = None
        if level in ("款", "项"):
            parent = self.context.get(_LEVEL_LEN[level] - 2)
        candidates = self.catalog.by_name(name, scheme=self.scheme, level=level, parent=parent)
        if not candidates and parent:
            candidates = self.catalog.by_name(name, scheme=self.scheme, level=level)
        fitting = [e for e in candidates if _fits(digits, e.code)]
        if len(fitting) == 1:
            return fitting[0]
        exact = [e for e in fitting if e.code == digits]
        return exact[0] if exact else None


def class_by_name(catalog: Catalog, name: str, scheme: Scheme = Scheme.FUNCTIONAL) -> str | None:
    """The 类 code of a class printed by name only ("一般公共服务支出" in 决算 表1)."""
    entries = catalog.by_name(name, scheme=scheme, level="类")
    return entries[0].code if len(entries) == 1 else None
