"""Reading gaps found by the sixteenth blind batch (r640–r647)."""

from __future__ import annotations

from pathlib import Path

from yusuan.model.figures import key_figures
from yusuan.readers.disclosure_input import load_disclosure


def _figures(tmp_path: Path, text: str) -> dict:
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return key_figures(load_disclosure(p))


def test_the_final_accounts_total_named_with_jue_suan(tmp_path):
    """"收支决算总计9414.82万元" (r640) is the 收、支总计 of a 决算: above 本年收入合计 and 本年支出合计."""
    f = _figures(tmp_path, "某协会2015年度部门决算\n（一）收入支出决算总体情况说明。\n"
                           "某协会2015年度收支决算总计9414.82万元，与2014年相比，增加912.05万元。\n"
                           "本年收入合计7086.46万元，其中：财政拨款收入6917.84万元。\n"
                           "本年支出合计7327.25万元，其中：基本支出2418.83万元；项目支出4908.42万元。\n")
    assert (f["income_total"], f["expenditure_total"]) == ("9414.82", "9414.82")
    f = _figures(tmp_path, "某局2023年度部门决算\n本部门收入支出决算总计1200.50万元。\n本年收入合计1000.00万元。\n")
    assert f["income_total"] == "1200.50"


def test_without_a_total_the_years_own_are_read_as_before(tmp_path):
    f = _figures(tmp_path, "某局2023年度部门决算\n本年收入合计1000.00万元，本年支出合计990.00万元。\n")
    assert (f["income_total"], f["expenditure_total"]) == ("1000.00", "990.00")


def test_the_years_start_written_once(tmp_path):
    """"收入预算:2023年初预算数754.51万元" (r646) is "2023年年初预算数": the 收入预算 named before it."""
    f = _figures(tmp_path, "二、某图书馆收支总体情况\n（一）收入预算：2023年初预算数754.51万元，"
                           "其中：一般公共预算拨款746.50万元，上年结转8.01万元。\n")
    assert f["income_total"] == "754.51"
    f = _figures(tmp_path, "二、某图书馆收支总体情况\n（一）收入预算：2023年年初预算数754.51万元。\n")
    assert f["income_total"] == "754.51"


def test_two_items_stated_respectively(tmp_path):
    """"因公出国(境)经费与公务用车购置及运行维护费分别为0.34亿元和4.23亿元" (r647): one number per item, the 及 of
    购置及运行 inside a name, not between two subjects."""
    f = _figures(tmp_path, "2015年省本级“三公”经费预算\n“三公”经费预算总额为5.55亿元。其中，公务接待费0.98亿元；"
                           "因公出国(境)经费与公务用车购置及运行维护费分别为0.34亿元和4.23亿元，均与去年持平。\n")
    tp = f["three_public"]
    assert (tp["abroad"], tp["vehicle"], tp["reception"]) == ("3400.00", "42300.00", "9800.00")


def test_respective_totals_read_as_before(tmp_path):
    f = _figures(tmp_path, "某局2022年度部门决算\n2022年度收、支总计各是4125.49,4143.91万元。\n")
    assert (f["income_total"], f["expenditure_total"]) == ("4125.49", "4143.91")
