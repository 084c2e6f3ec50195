"""Cell streams → rows: how a table that came out as a sequence of cells (one per line, or
separated by `|`) is cut back into rows, and how its header labels sit over the columns.

A stream is cut periodically when its rows were padded to one width (web pages converted to
text keep every `<td>`, empty ones included): the smallest width whose data rows have a text
label (or are the table's only row) and columns that hold either text or numbers, never both.
Otherwise each row starts at a text label and takes the numbers after it.

A header over N columns may come in two rows: the first with the group labels and the labels
that span both rows, the second with the sub-labels of the groups ("公务用车购置及运行费" over
"小计 / 公务用车购置费 / 公务用车运行费"). The sub-labels are the last labels; a group is the
first-row label that shares the most words with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from yusuan.readers.published.normalize import key
from yusuan.readers.published.numbers import is_amount, is_placeholder

NUMBER, TEXT, EMPTY = "n", "t", "e"
MAX_COLUMNS = 16
_PERCENT = re.compile(r"^[+-]?\d+(\.\d+)?%$")
# a column header of the label column (項目, 科目名称 …) rather than of an amount column
# ("年度" / "年份" heads the labels of a table printed a row per year: "2015年 | 2840 | 90 | …")
_LABEL_HEADER = re.compile(r"(项目|科目|名称|内容|类别|类型|单位名称|经费项目|使用项目|支出项目|收入项目|功能分类|经济分类)$"
                           r"|^(年度|年份)$")  # (_YEARS_HEADER)
_SUBTOTAL = ("小计", "合计")
_YEARS_HEADER = re.compile(r"年度|年份")
_BARE_YEAR = re.compile(r"20\d\d年度?")
_COLUMN_HEADER = re.compile(r"(额|幅度|率|比例|百分比|预算数|决算数|上年数|本年数|执行数|\((万元|元|亿元)\))$|^20\d\d年")


def kind(text: str) -> str:
    t = text.strip()
    if not t:
        return EMPTY
    if is_amount(t) or is_placeholder(t) or _PERCENT.match(key(t)):
        return NUMBER
    return TEXT


@dataclass
class Layout:
    header: list[list[str | None]]  # header rows of `width` cells; None: covered by the cell to its left or above
    rows: list[list[str]]  # data rows (padded to `width` when `complete`)
    width: int
    complete: bool  # every data row holds a cell for every column (positions known)


def _consistent(rows: list[list[str]]) -> bool:
    width = max(len(r) for r in rows)
    for c in range(width):
        kinds = {kind(r[c]) for r in rows if c < len(r)} - {EMPTY}
        if len(kinds) > 1:
            return False
    return True


def _labelled(rows: list[list[str]]) -> bool:
    return len(rows) == 1 or all(any(kind(t) == TEXT for t in r) for r in rows)


def _chunk(cells: list[str], n: int) -> list[list[str]]:
    return [cells[i:i + n] for i in range(0, len(cells), n)]


def periodic(cells: list[str], padded: bool) -> Layout | None:
    """Rows of one width. `padded`: the header rows are padded too (cut from the start);
    otherwise the header is what precedes the first data row, fitted separately."""
    kinds = [kind(c) for c in cells]
    first = _first_data(cells, kinds)
    if first is None:
        return None
    label_start = _data_start(cells, kinds, first)
    if not padded and kinds[label_start] != TEXT:
        return None  # a first row without its label is one cell short: rows are not periodic
    for n in range(2, min(MAX_COLUMNS, len(cells)) + 1):
        start = (first // n) * n if padded else label_start
        data = _chunk(cells[start:], n)
        last = data[-1]
        if len(last) < n:
            if not any(kind(t) == TEXT for t in last):
                continue  # a leftover of numbers: the rows are not this wide
            data[-1] = last + [""] * (n - len(last))
        if len(data) < 1 or not _consistent(data) or not _labelled(data):
            continue
        if not any(kind(t) == NUMBER for r in data for t in r):
            continue
        if padded:
            header = [[t for t in row] for row in _chunk(cells[:start], n)]
            header = fit_padded(header, n)
        else:
            header = fit(_labels(cells[:start]), n)
        if header is None:
            continue
        return Layout(header, data, n, True)
    return None


def layout(cells: list[str], padded: bool) -> Layout | None:
    """The rows and header of a cell stream, or None when it does not read as a table."""
    if padded and (found := periodic(cells, True)):
        return found
    kinds = [kind(c) for c in cells]
    first = _first_data(cells, kinds)
    if first is None:
        return None
    if TEXT not in kinds[first:]:
        values = [t for t in cells[first:] if t.strip()]
        header = fit(_labels(cells[:first]), len(values), label_column=False)
        if header is not None and len(values) > 1:
            return Layout(header, [values], len(values), True)  # one row across the header
    return periodic(cells, False) or anchored(cells)


def anchored(cells: list[str]) -> Layout | None:
    """Rows that each start at a text label, with the numbers after it (positions of empty
    cells unknown). Numbers before any label form a row of their own (a 合计 printed without
    its label)."""
    kinds = [kind(c) for c in cells]
    first = _first_data(cells, kinds)
    if first is None:
        return None
    start = _data_start(cells, kinds, first)
    header_cells, body = cells[:start], [c for c in cells[start:] if c.strip()]
    rows: list[list[str]] = []
    for t in body:
        if kind(t) == TEXT or not rows:
            rows.append([t] if kind(t) == TEXT else ["", t])
        else:
            rows[-1].append(t)
    width = max(len(r) for r in rows)
    if width < 2:
        return None
    complete = all(len(r) == width for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    header = fit(_labels(header_cells), width)
    if header is None:
        return None
    return Layout(header, rows, width, complete)


def _labels(cells: list[str]) -> list[str]:
    """Header labels: the non-empty cells, without the 栏次 row ("栏次 1 2 3")."""
    out: list[str] = []
    numbering = False
    for t in cells:
        k = key(t)
        if not k:
            continue
        if k == "栏次":
            numbering = True
            continue
        if numbering and re.fullmatch(r"\d{1,3}", k):
            continue
        numbering = False
        out.append(t.strip())
    return out


def _data_start(cells: list[str], kinds: list[str], first: int) -> int:
    """Where the first data row starts: at the label before the first number — unless that text
    heads a column ("增、减幅度", "2023年决算数"): a first row printed without its label (合计)."""
    if first == 0 or kinds[first - 1] != TEXT:
        return first
    label = key(cells[first - 1])
    if _BARE_YEAR.fullmatch(label) and any(_YEARS_HEADER.fullmatch(key(c)) for c in cells[:first - 1]):
        return first - 1  # "年度 | 合计 | … 2015年 | 2840": under a 年度 column a year is a row's label
    return first if _COLUMN_HEADER.search(label) else first - 1


def _first_data(cells: list[str], kinds: list[str]) -> int | None:
    """Index of the first number that is data (not the column numbers of a 栏次 row)."""
    numbering = False
    for i, (t, k) in enumerate(zip(cells, kinds, strict=True)):
        if key(t) == "栏次":
            numbering = True
            continue
        if k == NUMBER:
            if numbering and re.fullmatch(r"\d{1,3}", key(t)):
                continue
            return i
        if k == TEXT:
            numbering = False
    return None


def _common(a: str, b: str) -> int:
    """Length of the longest common substring of two labels' keys."""
    a, b = key(a), key(b)
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def _similarity(parent: str, child: str) -> float:
    """Share of a sub-label's words found in its group label (小计/合计 belong to any group)."""
    if key(child) in _SUBTOTAL:
        return 1.0
    return _common(parent, child) / max(len(key(child)), 1)


# the column of row numbers: a leaf of the header, never a group over sub-labels
_ROW_NUMBER_LABELS = {"序号", "行次", "栏次", "编号"}


def _two_rows(row1: list[str], row2: list[str], n: int) -> tuple[list[list[str | None]], float] | None:
    """Row 1 over row 2: leaves span both rows, `p` groups take the sub-labels in order.
    Returns the header and a score: how much of the sub-labels' words their groups share, on
    average (a half more when 小计 opens the sub-labels, as it does under a group)."""
    m, k = len(row1), len(row2)
    p = m + k - n
    if p < 1 or p > m or k < 2 * p:
        return None
    if p == m:
        if k % p:
            return None
        groups = list(range(m))
    else:
        named = [c for c in row2 if key(c) not in _SUBTOTAL]

        def affinity(i: int) -> float:
            if key(row1[i]) in _ROW_NUMBER_LABELS:
                return -1.0  # "序号 | 收入 | 支出" over "项目 | 预算数 | 项目 | 预算数": the row numbers head no group
            return max((_similarity(row1[i], c) for c in named), default=0.0)

        groups = sorted(sorted(range(m), key=lambda i: -affinity(i))[:p])
    per = k // p
    sizes = [per] * p
    sizes[-1] += k - per * p
    top: list[str | None] = []
    bottom: list[str | None] = []
    shares: list[float] = []
    children = iter(row2)
    g = 0
    for i, label in enumerate(row1):
        if i in groups:
            subs = [next(children) for _ in range(sizes[g])]
            g += 1
            shares += [_similarity(label, c) for c in subs]
            top += [label] + [None] * (len(subs) - 1)
            bottom += subs
        else:
            top.append(label)
            bottom.append(None)
    score = sum(shares) / len(shares) + (0.5 if key(row2[0]) in _SUBTOTAL else 0)
    return [top, bottom], score


def _merge_fragments(labels: list[str]) -> list[list[str]]:
    """A label wrapped over two lines ("公务" / "接待费"): the labels as they are, and with
    fragments of one or two characters joined to the next label."""
    joined: list[str] = []
    i = 0
    while i < len(labels):
        k = key(labels[i])
        if len(k) <= 2 and k not in _WORDS and i + 1 < len(labels):
            joined.append(labels[i] + labels[i + 1])
            i += 2
            continue
        joined.append(labels[i])
        i += 1
    return [labels] if joined == labels else [labels, joined]


_WORDS = {"项目", "合计", "小计", "总计", "类", "款", "项", "名称", "科目", "金额", "行次", "栏次", "收入", "支出"}


def _is_label_header(text: str | None) -> bool:
    return bool(text) and bool(_LABEL_HEADER.search(key(text)))


def fit(labels: list[str], n: int, label_column: bool = True) -> list[list[str | None]] | None:
    """Header rows over n columns from a flat list of labels, or None when they do not fit.

    With a label column, its header ("项目") may be missing: then the first column's header is
    empty. Candidates are ranked by plausibility (the label column headed by a label word, an
    amount column not), then one row before two, then the words groups share with their
    sub-labels."""
    if not labels:
        return [[""] * n]
    if (paired := _paired(labels, n, label_column)) is not None:
        return paired
    found = _fit_ranked(labels, n, label_column)
    return found[1] if found else None


def _fit_ranked(labels: list[str], n: int, label_column: bool = True
                ) -> tuple[tuple[int, int, float], list[list[str | None]]] | None:
    """`fit`'s best candidate with its rank."""
    best: tuple[tuple[int, int, float], list[list[str | None]]] | None = None
    for cand in _merge_fragments(labels):
        for lead in ((False, True) if label_column else (False,)):
            cols = n - 1 if lead else n
            options: list[tuple[list[list[str | None]], int, float]] = []
            if len(cand) == cols:
                options.append(([list(cand)], 1, 0.0))
            for split in range(1, len(cand)):
                found = _two_rows(cand[:split], cand[split:], cols)
                if found:
                    options.append((found[0], 0, found[1]))
            for rows, single, score in options:
                first = next((r[0] for r in reversed(rows) if r[0] is not None), None)
                if lead:
                    rows = [["" if i == 0 else None, *r] for i, r in enumerate(rows)]
                    plausible = not _is_label_header(first)
                else:
                    plausible = _is_label_header(first) or not label_column or kind(first or "") != TEXT
                rank = (int(plausible), single, score)
                if best is None or rank > best[0]:
                    best = (rank, rows)
    return best


def _pairs_at_end(labels: list[str]) -> int:
    """How many times the last two labels, two column heads ("预算数" / "决算数"), repeat at the end."""
    if len(labels) < 4:
        return 0
    a, b = key(labels[-2]), key(labels[-1])
    if a == b or not (_COLUMN_HEADER.search(a) and _COLUMN_HEADER.search(b)):
        return 0
    k = 0
    while 2 * (k + 1) <= len(labels) and key(labels[-2 * (k + 1)]) == a and key(labels[-2 * k - 1]) == b:
        k += 1
    return k


def _join_wrapped(labels: list[str]) -> list[str]:
    """Item labels wrapped over lines ("因公出国" / "(境)费", "公务用车" / "购置费"): a label that opens
    with a bracket ends the one before it; one that does not end as an item does (费, 计, 数 …) goes on
    in the next."""
    out: list[str] = []
    for t in labels:
        if out and (re.match(r"^[(（]", t.strip()) or not _ITEM_END.search(key(out[-1]))):
            out[-1] += t.strip()
        else:
            out.append(t.strip())
    return out


_ITEM_END = re.compile(r"[费计数额出入率目称]$")


def _paired(labels: list[str], n: int, label_column: bool) -> list[list[str | None]] | None:
    """A header whose last row repeats a pair of column heads under each item ("合计 / 因公出国(境)费 /
    公务用车购置及运行维护费 (小计 / 购置费 / 运行维护费) / 公务接待费", then "预算数 / 决算数" six times, as
    the 三公 table of a 决算 prints it): the items' rows fitted over n / 2 columns, each item spanning its
    pair. A sub-label spanning its pair is repeated (None in a lower row is a cell covered from above)."""
    k = _pairs_at_end(labels)
    upper = labels[:-2 * k] if k >= 2 else []
    if not upper:
        return None
    lead = label_column and n == 2 * k + 1
    if n != 2 * k + (1 if lead else 0):
        return None
    best: tuple[tuple[int, int, float], list[list[str | None]]] | None = None
    # the first label may head the whole table ("一般公共预算财政拨款“三公”经费" over every item)
    for title, items in (([], upper), ([upper[0]], upper[1:])):
        for cand in (_join_wrapped(items), items):
            found = _fit_ranked(cand, k, label_column=False) if len(cand) >= k else None
            if found is not None and (best is None or found[0] > best[0]):
                best = (found[0], [*title, *found[1]])
    if best is None:
        return None
    title, top = (best[1][0], best[1][1:]) if isinstance(best[1][0], str) else (None, best[1])
    rows: list[list[str | None]] = []
    for r, row in enumerate(top):
        out: list[str | None] = []
        for c in row:
            if r == 0 and title is not None:
                c = c if c is not None else next(t for t in reversed(out) if t is not None)
            out += [None, None] if c is None else [c, None if r == 0 and title is None else c]
        rows.append(out)
    if title is not None:
        rows.insert(0, [title] + [None] * (2 * k - 1))
    rows.append([labels[-2], labels[-1]] * k)
    if lead:
        rows = [["" if i == 0 else None, *r] for i, r in enumerate(rows)]
    return rows


def fit_padded(rows: list[list[str]], n: int) -> list[list[str | None]] | None:
    """Header rows cut from a padded stream: one row, or full rows, stand where they are; a first
    row with fewer labels than columns over a second row is a group row whose spans were dropped."""
    rows = [r + [""] * (n - len(r)) for r in rows
            if any(t.strip() for t in r) and key(next(t for t in r if t.strip())) != "栏次"]
    if not rows:
        return [[""] * n]
    if len(rows) == 1 or all(all(t.strip() for t in r) for r in rows):
        return [list(r) for r in rows]
    labels = [[t for t in r if t.strip()] for r in rows]
    if len(rows) == 2:
        found = _two_rows(labels[0], labels[1], n)
        if found:
            return found[0]
    return fit([t for r in labels for t in r], n)
