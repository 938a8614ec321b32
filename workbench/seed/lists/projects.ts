/**
 * The project register (Projects), from the simulated projects. A project carries the RAG of its
 * latest published report (denormalised, as the status report service writes it); its next
 * milestone is set when its milestones are made (reports.ts).
 */
import { ProgrammesList, ProjectRequestsList, ProjectsList, StrategicObjectivesList } from '../../../src/schema';
import { monthEndDay, monthStartDay, yearOfMonth } from '../dates';
import { jsonRef, ref, refs, user, type ISeedRow } from '../model';
import type { Rng } from '../prng';
import { row } from '../rows';
import { iso } from '../shared';
import type { IProjectSim } from '../simulate';
import { PROJECT_SUMMARY } from '../text';

const P = ProjectsList.fields;

/** The rows of Projects, one per simulated project (in order); `teamsGroupIds` by programme row. */
export function projectRows(rng: Rng, sims: ReadonlyArray<IProjectSim>, activeObjectives: number[], teamsGroupIds: ReadonlyArray<string | undefined>): ISeedRow[] {
  return sims.map(s => {
    const latest = [...s.reports].reverse().find(r => r.published);
    const endMonth = s.lifecycle === 'Closed' || s.lifecycle === 'Cancelled' ? s.lastActiveMonth : s.startMonth + s.durationMonths - 1;
    return row(ProjectsList, {
      [P.Title]: s.title,
      [P.ProjectCode]: `PRJ-${yearOfMonth(s.startMonth)}-${String(s.index + 1).padStart(4, '0')}`,
      [P.Summary]: PROJECT_SUMMARY[s.lang](s.title, s.deptName),
      [P.Programme]: s.programme !== undefined ? ref(ProgrammesList, s.programme) : null,
      [P.Department]: s.deptName,
      [P.ProjectManager]: user(s.pm.userPrincipalName),
      [P.Sponsor]: user(s.sponsor.userPrincipalName),
      [P.StrategicObjectives]: refs(StrategicObjectivesList, rng.sample(activeObjectives, rng.int(1, 3)).sort((x, y) => x - y)),
      [P.Prince2Stage]: s.stage,
      [P.LifecycleStatus]: s.lifecycle,
      [P.RequestNumber]: s.request !== undefined ? jsonRef(ProjectRequestsList, s.request) : null,
      // Projects of a programme with a team work in that team (its channels).
      [P.TeamsGroupId]: s.programme !== undefined ? teamsGroupIds[s.programme] ?? null : null,
      [P.Budget]: s.budget,
      [P.StartDate]: iso(monthStartDay(s.startMonth)),
      [P.EndDate]: iso(monthEndDay(endMonth)),
      [P.RagOverall]: latest ? latest.rag[0] : null,
      [P.RagSchedule]: latest ? latest.rag[1] : null,
      [P.RagCost]: latest ? latest.rag[2] : null,
      [P.RagScope]: latest ? latest.rag[3] : null,
      [P.RagRisk]: latest ? latest.rag[4] : null,
      [P.RagQuality]: latest ? latest.quality : null,
      [P.RagResources]: latest ? latest.resources : null,
      [P.LastReportDate]: latest ? iso(latest.day) : null,
      // The latest published report's earned-value inputs, denormalised as ProjectService.refreshSummary writes them.
      [P.PlannedValue]: latest ? latest.pv : null,
      [P.EarnedValue]: latest ? latest.ev : null,
      [P.ActualCost]: latest ? latest.ac : null,
      [P.BudgetAtCompletion]: latest ? s.budget : null
    });
  });
}
