"""Chinese numerals as enumerations print them: 一 … 十, 十一, 二十一 … 九十九.

Declared once: the explanations and the outline number their items with it, the numbering rule (W710)
knows what each style should print, and a reader puts back the number a run-together table row lost."""

from __future__ import annotations

CHINESE_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 11 → 十一, 21 → 二十一 (1 ≤ n < 100), as enumerations print them."""
    if not 1 <= n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else CHINESE_DIGITS[tens] + "十")
    return head + (CHINESE_DIGITS[ones] if ones else "")
