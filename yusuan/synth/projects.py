"""Project rows (项目支出) made from the drafts, with policy basis, period and performance targets."""

from __future__ import annotations

import datetime as dt

from yusuan.model.budget import Department, PerformanceSummary, Project
from yusuan.model.sources import FISCAL_SOURCES
from yusuan.synth.money import wan
from yusuan.synth.names import locality, person_name
from yusuan.synth.performance import performance_targets
from yusuan.synth.priors import Charge
from yusuan.synth.project_drafts import ProjectDraft
from yusuan.synth.state import GeneratorState
from yusuan.synth.words import join


def policy_basis(g: GeneratorState, d: ProjectDraft) -> str:
    rng = g.rng
    abbr = locality(g.place)[0]
    doc = f"{abbr}{rng.choice(('政发', '政办发', '财预', '财行', '党发', '财社'))}〔{g.year - 1}〕{rng.randint(1, 120)}号"
    return rng.choice((
        f"《关于印发〈{join(d.short, '实施方案')}〉的通知》（{doc}）",
        f"《{g.place}{g.year}年{join(d.short, '工作方案')}》",
        f"{doc}",
        f"《关于下达{g.year}年{join(d.short, '资金')}的通知》（{doc}）",
        f"根据{doc}文件精神，保障{join(d.short, '工作正常开展')}。",
    ))


def project_table(g: GeneratorState, department: Department, drafts: list[ProjectDraft],
                  project_charges: list[Charge], typed_amount: bool) -> list[Project]:
    """One Project row per draft; `project_charges` starts with the drafts' charges, in order."""
    rng, year = g.rng, g.year

    unit_names = [u.name for u in department.budget_units]
    projects: list[Project] = []
    project_prior = {id(d): c for d, c in zip(drafts, project_charges[: len(drafts)], strict=True)}
    with_prior = rng.random() < 0.7
    for d in drafts:
        fiscal = d.source in FISCAL_SOURCES
        multi_year = rng.random() < 0.1
        start = dt.date(year - 1, 7, 1) if multi_year and rng.random() < 0.5 else dt.date(year, 1, 1)
        end = dt.date(year + 1, 12, 31) if multi_year and start.year == year else dt.date(year, 12, 31)
        projects.append(Project(
            name=d.name,
            code=d.code,
            source=d.source,
            economic={k: wan(v) for k, v in sorted(d.economic.items())},
            amount=wan(d.amount) if typed_amount else None,
            prior=wan(project_prior[id(d)].prior) if with_prior else None,
            policy_basis=policy_basis(g, d),
            implementing_unit=rng.choice(unit_names),
            allocations=d.allocations,
            allocation_note=rng.choice((None, None, None, "按照项目实施进度拨付资金。", "资金专款专用，严格按照规定用途使用。")),
            period_start=start,
            period_end=end,
            person_in_charge=person_name(rng),
            performance=performance_targets(g, d, fiscal, end if end.year == year else dt.date(year, 12, 31)),
        ))
    return projects


def performance_summary(drafts: list[ProjectDraft]) -> PerformanceSummary:
    fiscal = [d for d in drafts if d.source in FISCAL_SOURCES]
    nonfiscal = [d for d in drafts if d.source not in FISCAL_SOURCES]
    performance_summary = PerformanceSummary(
        fiscal_projects=len(fiscal),
        fiscal_amount=wan(sum(d.amount for d in fiscal)),
        nonfiscal_projects=len(nonfiscal),
        nonfiscal_amount=wan(sum(d.amount for d in nonfiscal)),
    )
    return performance_summary
