"""The names real pages give the “三公” items, declared once.

Two readers are built from these parts: `model/quantities.py` (which item the END of a subject names:
"2023年公务接待费" → reception) and `model/stated.py` (which item a CLAUSE names before its number, with the
words before it). They differ in how a name is anchored and in the tail words each tolerates, never in
what the names are. A name seen on a new page is added here, and both readers know it.

The parts are regular-expression sources over NFKC-normalised text (half-width brackets: "出国(境)").
"""

from __future__ import annotations

# what the car is called ("公务用车", "公务车", "公车", "车辆")
CAR = r"(?:公务用?车|公车|车辆)"
# 购置 and 运行 named as one item ("购置及运行维护", "购置、运维", "运行及购置")
PURCHASE_AND_RUN = r"(?:购置(?:及|和|与|、)(?:运行|运维)|运行及购置)(?:维护|维修)?"
PURCHASE = r"购置"
# running the car ("运行维护", "运行及维护", "运转", "运维")
RUN = r"(?:运行|运转|运维|运营)(?:及|和|与)?(?:维护|维修)?"
# "因公出国（境）", "因公出国境" (stated.py reads "(境)" as 境), "出国(境)" on a page that says 因公 once
ABROAD = r"因公出国\(?境?\)?"
ABROAD_BARE = r"出国\(?境?\)?"
RECEPTION = r"(?:国内)?公务接待"
THREE_PUBLIC = r"三公"
# what an item's amount is called after its name ("公务接待费", "…经费", "…费用")
FEE = r"(?:经费|费用|费)"
FEE_OR_SPENDING = r"(?:经费|费用|费|支出)"

# every name above holds one of these words (the bare 购置 / 运行 forms only where a car was named
# before): text without them names no “三公” item and need not be searched
ITEM_WORDS = ("三公", "出国", "接待", "车")
