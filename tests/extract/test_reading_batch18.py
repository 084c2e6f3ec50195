"""Pages of the eighteenth blind batch (决算, r680–r687), each test a small hand-made page."""

from __future__ import annotations

from yusuan.readers.published import extract_file


def test_the_department_that_introduces_itself_as_within_the_accounts(tmp_path, shipped_catalog):
    # r685: no title; 部门基本情况 opens "X属区级直属单位,是纳入2021年度部门决算编报范围的行政单位" — X is the department
    lines = ["一、部门基本情况", "{}属区级直属单位,是纳入2021年度部门决算编报范围的行政单位。",
             "二、部门决算情况说明", "(一)收入支出决算总体情况说明",
             "2021年度收入合计2942万元,较上年决算数减少770.65万元、减少20.8%。支出总计2942万元。"]
    for name, expected in (("南城街道办事处", "南城街道办事处"), ("本单位", "")):
        path = tmp_path / "page.txt"
        path.write_text("\n".join(lines).format(name), encoding="utf-8")
        result = extract_file(path, shipped_catalog)
        assert result.disclosure.department == expected
