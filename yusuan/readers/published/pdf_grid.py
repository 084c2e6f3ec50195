"""Tables of a PDF page rebuilt from ruling lines and word positions.

Ruling lines come from the page's drawings (stroked lines, and the thin filled rectangles Word
draws instead). Touching lines form a frame; its distinct line positions cut it into atomic
cells, and neighbouring atomic cells with no ruling between them are one merged cell. Words are
then placed in cells by their centres; a word that straddles a boundary (no space between two
cells' texts) is split by its characters' positions.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

TOL = 2.0  # points: line positions closer than this are the same line
THIN = 3.0  # a filled rectangle thinner than this is a line


@dataclass
class Frame:
    xs: list[float]
    ys: list[float]
    groups: list[list[int]]  # [band][column] → merged-cell id
    extent: dict[int, list[int]] = field(default_factory=dict)  # merged-cell id → [band0, col0, band1, col1]
    words: dict[int, list[tuple]] = field(default_factory=dict)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]

    def contains(self, x: float, y: float) -> bool:
        return self.xs[0] - 1 <= x <= self.xs[-1] + 1 and self.ys[0] - 1 <= y <= self.ys[-1] + 1

    def cell_at(self, x: float, y: float) -> int:
        i = min(max(bisect_right(self.ys, y) - 1, 0), len(self.ys) - 2)
        j = min(max(bisect_right(self.xs, x) - 1, 0), len(self.xs) - 2)
        return self.groups[i][j]


def rulings(paths: list[dict]) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """Horizontal (x0, x1, y) and vertical (y0, y1, x) segments of the page's drawings."""
    hs: list[tuple[float, float, float]] = []
    vs: list[tuple[float, float, float]] = []
    h_add, v_add = hs.append, vs.append
    for path in paths:
        stroked = "s" in (path.get("type") or "")
        for item in path["items"]:
            op = item[0]
            if op == "l":
                (x0, y0), (x1, y1) = item[1], item[2]
                if -1 <= y0 - y1 <= 1:
                    h_add((x0, x1, (y0 + y1) / 2) if x0 <= x1 else (x1, x0, (y0 + y1) / 2))
                elif -1 <= x0 - x1 <= 1:
                    v_add((y0, y1, (x0 + x1) / 2) if y0 <= y1 else (y1, y0, (x0 + x1) / 2))
                continue
            if op == "re":
                x0, y0, x1, y1 = item[1]
            elif op == "qu":
                pts = item[1]
                xs_, ys_ = [p[0] for p in pts], [p[1] for p in pts]
                x0, y0, x1, y1 = min(xs_), min(ys_), max(xs_), max(ys_)
            else:
                continue
            if x0 > x1:
                x0, x1 = x1, x0
            if y0 > y1:
                y0, y1 = y1, y0
            w, h = x1 - x0, y1 - y0
            if h <= THIN < w:
                h_add((x0, x1, (y0 + y1) / 2))
            elif w <= THIN < h:
                v_add((y0, y1, (x0 + x1) / 2))
            elif stroked and w > THIN and h > THIN:
                hs += [(x0, x1, y0), (x0, x1, y1)]
                vs += [(y0, y1, x0), (y0, y1, x1)]
    return _merge(hs), _merge(vs)


def _merge(segs: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """Join collinear segments that touch or overlap."""
    out: list[tuple[float, float, float]] = []
    segs = sorted(segs, key=lambda s: (s[2], s[0]))
    i = 0
    while i < len(segs):
        j = i
        while j + 1 < len(segs) and segs[j + 1][2] - segs[i][2] <= 1.0:
            j += 1
        group = sorted(segs[i: j + 1])
        c = sum(s[2] for s in group) / len(group)
        a0, a1 = group[0][0], group[0][1]
        for s in group[1:]:
            if s[0] <= a1 + TOL:
                a1 = max(a1, s[1])
            else:
                out.append((a0, a1, c))
                a0, a1 = s[0], s[1]
        out.append((a0, a1, c))
        i = j + 1
    return out


def _cluster(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= TOL:
            continue
        out.append(v)
    return out


def _covers(intervals: list[tuple[float, float]], at: float) -> bool:
    return any(a - TOL <= at <= b + TOL for a, b in intervals)


def frames(hs: list[tuple[float, float, float]], vs: list[tuple[float, float, float]]) -> list[Frame]:
    """Frames of touching lines with at least two horizontal and two vertical lines."""
    n_h = len(hs)
    parent = list(range(n_h + len(vs)))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for i, (x0, x1, y) in enumerate(hs):
        for j, (y0, y1, x) in enumerate(vs):
            if x0 - TOL <= x <= x1 + TOL and y0 - TOL <= y <= y1 + TOL:
                a, b = find(i), find(n_h + j)
                if a != b:
                    parent[a] = b
    comps: dict[int, tuple[list, list]] = {}
    for i in range(n_h):
        comps.setdefault(find(i), ([], []))[0].append(hs[i])
    for j in range(len(vs)):
        comps.setdefault(find(n_h + j), ([], []))[1].append(vs[j])
    out = []
    for h_list, v_list in comps.values():
        if len(h_list) < 2 or len(v_list) < 2:
            continue
        out.append(_frame(h_list, v_list))
    return sorted(out, key=lambda f: (f.ys[0], f.xs[0]))


def _frame(h_list, v_list) -> Frame:
    ys = _cluster([h[2] for h in h_list])
    xs = _cluster([v[2] for v in v_list])
    if len(xs) < 2 or len(ys) < 2:
        xs = xs if len(xs) >= 2 else [min(h[0] for h in h_list), max(h[1] for h in h_list)]
        ys = ys if len(ys) >= 2 else [min(v[0] for v in v_list), max(v[1] for v in v_list)]
    v_at = [[(v[0], v[1]) for v in v_list if abs(v[2] - x) <= TOL] for x in xs]
    h_at = [[(h[0], h[1]) for h in h_list if abs(h[2] - y) <= TOL] for y in ys]
    n_b, n_c = len(ys) - 1, len(xs) - 1
    parent = list(range(n_b * n_c))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for i in range(n_b):
        ymid = (ys[i] + ys[i + 1]) / 2
        for j in range(n_c - 1):
            if not _covers(v_at[j + 1], ymid):
                union(i * n_c + j, i * n_c + j + 1)
    for j in range(n_c):
        xmid = (xs[j] + xs[j + 1]) / 2
        for i in range(n_b - 1):
            if not _covers(h_at[i + 1], xmid):
                union(i * n_c + j, (i + 1) * n_c + j)
    groups = [[find(i * n_c + j) for j in range(n_c)] for i in range(n_b)]
    extent: dict[int, list[int]] = {}
    for i, band in enumerate(groups):
        for j, gid in enumerate(band):
            e = extent.get(gid)
            if e is None:
                extent[gid] = [i, j, i, j]
            else:
                if i > e[2]:
                    e[2] = i
                if j > e[3]:
                    e[3] = j
    return Frame(xs, ys, groups, extent)
