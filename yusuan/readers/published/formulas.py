"""Formulas of published workbooks without cached values (files written by a program and never
opened in Excel): SUM over cells and ranges, and + / − of cells and numbers. Anything else is
reported by the caller, never read as zero."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from openpyxl.utils import column_index_from_string, get_column_letter

_TOKEN = re.compile(r"\s*(SUM\(|\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\d+(?:\.\d+)?|[+\-,)])", re.I)


class FormulaError(ValueError):
    pass


def _cells(ref: str) -> list[str]:
    ref = ref.replace("$", "").upper()
    if ":" not in ref:
        return [ref]
    a, b = ref.split(":")
    ca, ra = re.match(r"([A-Z]+)(\d+)", a).groups()
    cb, rb = re.match(r"([A-Z]+)(\d+)", b).groups()
    c0, c1 = sorted((column_index_from_string(ca), column_index_from_string(cb)))
    r0, r1 = sorted((int(ra), int(rb)))
    return [f"{get_column_letter(c)}{r}" for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)]


class Evaluator:
    def __init__(self, formulas, values):
        self.formulas, self.values = formulas, values  # two openpyxl worksheets: as written, cached
        self.cache: dict[str, Decimal] = {}

    def value(self, coord: str, depth: int = 0) -> Decimal:
        if coord in self.cache:
            return self.cache[coord]
        if depth > 200:
            raise FormulaError("公式循环引用")
        cached = self.values[coord].value
        written = self.formulas[coord].value
        if cached is None and isinstance(written, str) and written.startswith("="):
            result = self.evaluate(written, depth)
        elif cached is None or cached == "":
            result = Decimal(0)
        else:
            try:
                result = Decimal(repr(cached)) if isinstance(cached, float) else Decimal(str(cached))
            except InvalidOperation:
                raise FormulaError(f"{coord} 不是数字") from None
        self.cache[coord] = result
        return result

    def evaluate(self, formula: str, depth: int = 0) -> Decimal:
        text = formula.lstrip("=").replace(" ", "")
        tokens, pos = [], 0
        while pos < len(text):
            m = _TOKEN.match(text, pos)
            if not m:
                raise FormulaError(f"不支持的公式：{formula}")
            tokens.append(m.group(1).upper())
            pos = m.end()
        self.tokens, self.i, self.depth = tokens, 0, depth
        result = self._expr()
        if self.i != len(tokens):
            raise FormulaError(f"不支持的公式：{formula}")
        return result

    def _peek(self) -> str | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def _expr(self) -> Decimal:
        total = self._term()
        while self._peek() in ("+", "-"):
            op = self.tokens[self.i]
            self.i += 1
            value = self._term()
            total = total + value if op == "+" else total - value
        return total

    def _term(self) -> Decimal:
        tok = self._peek()
        if tok is None:
            raise FormulaError("公式不完整")
        self.i += 1
        if tok == "-":
            return -self._term()
        if tok == "SUM(":
            total = Decimal(0)
            while True:
                total += self._arg()
                nxt = self._peek()
                self.i += 1
                if nxt == ")":
                    return total
                if nxt != ",":
                    raise FormulaError("不支持的公式")
        if re.match(r"\d", tok):
            return Decimal(tok)
        return sum((self._ref(c) for c in _cells(tok)), Decimal(0))

    def _arg(self) -> Decimal:
        tok = self._peek()
        if tok is None:
            raise FormulaError("公式不完整")
        self.i += 1
        if re.match(r"\d", tok):
            return Decimal(tok)
        return sum((self._ref(c) for c in _cells(tok)), Decimal(0))

    def _ref(self, coord: str) -> Decimal:
        saved = self.tokens, self.i, self.depth
        try:
            return Evaluator.value(self, coord, self.depth + 1)
        finally:
            self.tokens, self.i, self.depth = saved
