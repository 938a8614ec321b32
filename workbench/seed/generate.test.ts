/**
 * The demo-data generator, pure: deterministic, proportional to the number of projects, valid
 * against the schema, and internally consistent (intake history, EVM over time, RAG, lookups).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pmoSchema } from '../../src/schema/pmoSchema';
import { INTAKE_STATES } from '../../src/schema/fields';
import { REPORT_RAG_COLUMNS } from '../../src/schema/refs';
import { DEFAULT_SEED, LIST_ORDER, generateSeed } from './generate';
import { EVIDENCE_DOCUMENT_PROJECTS } from './lists/tracking';
import { validateSeed } from './validate';
import { demoGroups } from '../directory';
import { type IJsonRef, type ILookupRef, type ISeedData, type ISeedRow, isJsonRef } from './model';
import { nextMilestone, parseView } from '../../src/domain/portfolio';
import { intakeLogFromJson, needsReason, nextStates, type IntakeState } from '../../src/domain/intake';
import { checkScores, type ICriterion, type ScoringMethod } from '../../src/domain/scoring';
import { validateKpiDefinition } from '../../src/domain/kpi';
import { BOARD_REPORT_VIEW } from './lists/views';

const rowsOf = (d: ISeedData, key: string): ISeedRow[] => {
  const l = d.lists.filter(x => x.key === key)[0];
  if (!l) throw new Error(`no list ${key}`);
  return l.rows;
};
const countsOf = (d: ISeedData): Record<string, number> => Object.fromEntries(d.lists.map(l => [l.key, l.rows.length]));
const idx = (v: unknown): number => (v as ILookupRef).index;
/** The row a RequestNumber names (the id of that row, as a number). */
const num = (v: unknown): number => (v as IJsonRef).$index;

/** Lists whose size does not depend on the number of projects. */
const REFERENCE_LISTS = [
  'StrategicObjectives', 'BusinessUnits', 'Communities', 'Roles', 'Resources', 'Absences', 'Gates', 'GateChecklistItems', 'KpiDefinitions', 'ScoringModels', 'ScoringCriteria',
  'TrainingModules', 'MaturityQuestions', 'Templates', 'MethodologyStages', 'PortfolioViews', 'MyPortfolioViews',
  // one closed round per model that scored requests, and the open round: a fixed number at any size
  'ScoringRounds',
  // people development (schema 9): the paths, each demo user's own assessments and community memberships, the sums per department and quarter
  'LearningPaths', 'MaturityAssessments', 'MaturityResults', 'CommunityMembers'
];

describe('generateSeed', () => {
  const d60 = generateSeed({ projects: 60 });
  const d240 = generateSeed({ projects: 240 });

  it('is deterministic: the same seed and size give deep-equal data', () => {
    expect(generateSeed({ projects: 60 })).toEqual(d60);
    expect(generateSeed({ projects: 60, seed: DEFAULT_SEED })).toEqual(d60);
    expect(d60.referenceDate).toBe('2026-11-01T00:00:00Z');
    expect(generateSeed({ projects: 60, seed: 7 })).not.toEqual(d60);
  });

  it('uses no clock and no Math.random', () => {
    const dir = __dirname;
    const files = [...readdirSync(dir), ...readdirSync(path.join(dir, 'lists')).map(x => `lists/${x}`)];
    expect(files).toContain('lists/content.ts');
    for (const f of files.filter(x => /\.ts$/.test(x) && !/\.test\.ts$/.test(x) && x !== 'cli.ts')) {
      const src = readFileSync(path.join(dir, f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      expect(`${f}: ${/Math\.random|Date\.now|new Date\(\)|performance\.now/.test(src) ? 'reads a clock or Math.random' : 'ok'}`).toBe(`${f}: ok`);
    }
  });

  it('covers every list of the schema in dependency order (except PmoHubConfig, which is settings, and what the site writes itself: the dashboard\'s figures and stored reports)', () => {
    expect(d60.lists.map(l => l.key)).toEqual(LIST_ORDER);
    // KpiSnapshots: the dashboard service takes the demo's figures once its rows are written (seedSite);
    // Reports: the reports users store from the dashboard.
    expect(pmoSchema.lists.map(l => l.key).filter(k => LIST_ORDER.indexOf(k) < 0)).toEqual(['PmoHubConfig', 'KpiSnapshots', 'Reports']);
    for (const l of d60.lists) expect(`${l.key}: ${l.rows.length > 0 ? 'rows' : 'empty'}`).toBe(`${l.key}: rows`);
  });

  it('fits the schema: known columns, required values, choices, bounds, lengths, unique codes, lookups to generated rows', () => {
    expect(validateSeed(d60, pmoSchema)).toEqual([]);
    expect(validateSeed(d240, pmoSchema)).toEqual([]);
    expect(validateSeed(generateSeed({ projects: 6 }), pmoSchema)).toEqual([]);
  });

  it('the validator does find broken rows', () => {
    const broken: ISeedData = JSON.parse(JSON.stringify(d60)) as ISeedData;
    const risks = rowsOf(broken, 'Risks');
    risks[0].values.Probability = 6;
    risks[1].values.RiskStatus = 'Maybe';
    delete risks[2].values.Project;
    risks[3].values.Project = { lookup: 'Projects', index: 999 };
    rowsOf(broken, 'Projects')[1].values.ProjectCode = rowsOf(broken, 'Projects')[0].values.ProjectCode;
    const errors = validateSeed(broken, pmoSchema);
    expect(errors).toEqual(expect.arrayContaining([
      'Risks[0].Probability: 6 > max 5',
      "Risks[1].RiskStatus: 'Maybe' is not a choice",
      'Risks[2].Project: required',
      'Risks[3].Project: Projects[999] was not generated',
      expect.stringMatching(/^Projects\[1\]\.ProjectCode: duplicate value/)
    ]));
  });

  it('scales the project-related lists in proportion and keeps the reference data fixed', () => {
    const a = countsOf(d60);
    const b = countsOf(d240);
    expect(b.Projects).toBe(240);
    for (const k of REFERENCE_LISTS) expect(`${k}: ${b[k]}`).toBe(`${k}: ${a[k]}`);
    // Evidence documents are uploaded one request each: only the first projects have one.
    expect(a.ProjectDocuments).toBeGreaterThan(20);
    expect(b.ProjectDocuments).toBeLessThanOrEqual(EVIDENCE_DOCUMENT_PROJECTS);
    // Drafts are the open round's unfinished members only (a handful, not in proportion): counted with the submitted scores.
    const scoresOf = (c: Record<string, number>): number => c.Scores + c.ScoreDrafts;
    expect(a.ScoreDrafts).toBeGreaterThan(0);
    const scoreRatio = scoresOf(b) / scoresOf(a);
    expect(scoreRatio >= 2.6 && scoreRatio <= 5.5 ? 'proportional' : `ratio ${scoreRatio.toFixed(2)}`).toBe('proportional');
    for (const k of LIST_ORDER.filter(x => REFERENCE_LISTS.indexOf(x) < 0 && x !== 'ProjectDocuments' && x !== 'ScoreDrafts')) {
      const ratio = b[k] / a[k];
      expect(`${k}: ${ratio >= 2.6 && ratio <= 5.5 ? 'proportional' : `ratio ${ratio.toFixed(2)}`}`).toBe(`${k}: proportional`);
    }
  });

  it('has about 18–20 monthly status reports per project on average (about 90,000–100,000 at 5,000 projects)', () => {
    // 1,000 projects keep the test fast; the mix is the same at 5,000 (90,701 reports there).
    const big = generateSeed({ projects: 1000 });
    const perProject = rowsOf(big, 'StatusReports').length / 1000;
    expect(perProject).toBeGreaterThan(17);
    expect(perProject).toBeLessThan(21);
    expect(rowsOf(big, 'Projects')).toHaveLength(1000);
  });

  it('spans every lifecycle status, PRINCE2 stage and intake state, with request history ending in the state', () => {
    const projects = rowsOf(d60, 'Projects');
    expect(new Set(projects.map(p => p.values.LifecycleStatus))).toEqual(new Set(['Proposed', 'Active', 'OnHold', 'Closed', 'Cancelled']));
    expect(new Set(projects.map(p => p.values.Prince2Stage))).toEqual(new Set(['StartingUp', 'Initiation', 'Delivery', 'Closing']));
    const requests = rowsOf(d60, 'ProjectRequests');
    expect(new Set(requests.map(r => r.values.IntakeState))).toEqual(new Set(INTAKE_STATES));
    const history = rowsOf(d60, 'RequestHistory');
    requests.forEach((r, i) => {
      const steps = history.filter(h => num(h.values.RequestNumber) === i);
      if (r.values.IntakeState === 'Draft') {
        expect(steps).toHaveLength(0);
        expect(r.values.SubmittedDate ?? null).toBeNull();
        return;
      }
      if (r.values.IntakeState === 'Withdrawn') {
        expect(steps.map(h => [h.values.FromState, h.values.ToState, h.author])).toEqual([['Draft', 'Withdrawn', r.author]]);
        expect(r.values.SubmittedDate ?? null).toBeNull();
        return;
      }
      expect([steps[0].values.FromState, steps[0].values.ToState]).toEqual(['Draft', 'Submitted']);
      expect(steps[0].author).toBe(r.author);
      expect(steps[steps.length - 1].values.ToState).toBe(r.values.IntakeState);
      for (let k = 1; k < steps.length; k++) expect(steps[k].values.FromState).toBe(steps[k - 1].values.ToState);
      for (const h of steps) expect(nextStates(h.values.FromState as IntakeState)).toContain(h.values.ToState);
      const log = intakeLogFromJson(JSON.stringify((r.values.IntakeLogJson as { json: unknown }).json));
      expect(log.map(e => e.to)).toEqual(steps.map(h => h.values.ToState));
      expect(log[0].at).toBe(r.values.SubmittedDate);
      if (needsReason(r.values.IntakeState as IntakeState)) expect(r.values.DecisionReason).toBeTruthy();
    });
  });

  it('links approved requests and their projects both ways', () => {
    const projects = rowsOf(d60, 'Projects');
    const requests = rowsOf(d60, 'ProjectRequests');
    const linked = projects.map((p, i) => ({ p, i })).filter(x => x.p.values.RequestNumber);
    expect(linked.length).toBeGreaterThan(5);
    for (const { p, i } of linked) {
      const r = requests[num(p.values.RequestNumber)];
      expect(r.values.IntakeState).toBe('Approved');
      expect(idx(r.values.Project)).toBe(i);
      expect(r.values.Title).toBe(p.values.Title);
    }
  });

  it('keeps EVM consistent over time and the project RAG equal to its latest published report', () => {
    const projects = rowsOf(d240, 'Projects');
    const reports = rowsOf(d240, 'StatusReports');
    const byProject = new Map<number, ISeedRow[]>();
    for (const r of reports) byProject.set(idx(r.values.Project), [...(byProject.get(idx(r.values.Project)) ?? []), r]);
    projects.forEach((p, i) => {
      const rs = (byProject.get(i) ?? []).slice().sort((x, y) => String(x.values.ReportDate).localeCompare(String(y.values.ReportDate)));
      expect(rs.length).toBeLessThanOrEqual(24);
      const budget = p.values.Budget as number;
      for (let k = 0; k < rs.length; k++) {
        const v = rs[k].values;
        expect(v.EarnedValue as number).toBeLessThanOrEqual(budget);
        expect(v.PercentComplete).toBe(Math.round(((v.EarnedValue as number) / budget) * 100));
        if (k > 0) {
          const prev = rs[k - 1].values;
          expect(v.PlannedValue as number).toBeGreaterThanOrEqual(prev.PlannedValue as number);
          expect(v.EarnedValue as number).toBeGreaterThanOrEqual(prev.EarnedValue as number);
          expect(v.ActualCost as number).toBeGreaterThanOrEqual(prev.ActualCost as number);
        }
      }
      const latest = rs.filter(r => r.values.ReportStatus === 'Published').pop();
      for (const c of Object.values(REPORT_RAG_COLUMNS)) {
        expect(p.values[c] ?? null).toBe(latest ? latest.values[c] : null);
        // Every published report rates all seven standard dimensions.
        if (latest) expect(['Green', 'Amber', 'Red']).toContain(latest.values[c]);
      }
      expect(p.values.LastReportDate ?? null).toBe(latest ? latest.values.ReportDate : null);
      if (p.values.LifecycleStatus === 'Proposed') expect(rs).toHaveLength(0);
      if (p.values.LifecycleStatus === 'Closed' && rs.length > 0) expect(rs[rs.length - 1].values.PercentComplete).toBe(100);
    });
    const green = projects.filter(p => p.values.RagOverall === 'Green').length / projects.filter(p => p.values.RagOverall).length;
    expect(green).toBeGreaterThan(0.35);
    expect(green).toBeLessThan(0.8);
  });

  it('snapshots milestones of the same project, with each snapshot tied to a report of that project', () => {
    const milestones = rowsOf(d60, 'Milestones');
    const reports = rowsOf(d60, 'StatusReports');
    const snaps = rowsOf(d60, 'MilestoneSnapshots');
    expect(snaps.length).toBeGreaterThan(milestones.length);
    for (const s of snaps) {
      const project = idx(s.values.Project);
      expect(idx(milestones[idx(s.values.Milestone)].values.Project)).toBe(project);
      expect(idx(reports[idx(s.values.StatusReport)].values.Project)).toBe(project);
      expect(s.values.SnapshotDate).toBe(reports[idx(s.values.StatusReport)].values.ReportDate);
    }
    for (const m of milestones) {
      if (m.values.MilestoneStatus === 'Achieved') expect(m.values.ActualDate).toBeTruthy();
      else expect(m.values.ActualDate ?? null).toBeNull();
    }
  });

  it('has the planning data: 10 roles with 24 months of capacity, compliance checklists, scores by board members', () => {
    const roles = rowsOf(d60, 'Roles');
    expect(roles).toHaveLength(10);
    for (const r of roles) expect((r.values.CapacityByMonthJson as { json: unknown[] }).json).toHaveLength(24);
    expect(new Set(rowsOf(d60, 'GateChecklistItems').map(c => c.values.ChecklistCategory))).toEqual(new Set(['Quality', 'Iso27001', 'Nis2', 'Procurement', 'Governance', 'Handover']));
    const scores = rowsOf(d60, 'Scores');
    const drafts = rowsOf(d60, 'ScoreDrafts');
    for (const s of [...scores, ...drafts]) expect((s.values.BoardMember as { user: string }).user).toBe(s.author);
    // Scores holds the submitted scores (final for the board), ScoreDrafts the open round's drafts.
    expect(new Set(scores.map(s => s.values.ScoreState))).toEqual(new Set(['Submitted']));
    expect(new Set(drafts.map(s => s.values.ScoreState))).toEqual(new Set(['Draft']));
    expect(new Set(rowsOf(d60, 'Assignments').map(a => a.values.DemandState))).toEqual(new Set(['Proposed', 'Committed']));
    const langs = new Set(rowsOf(d240, 'TrainingSessions').map(s => s.values.Language));
    expect(langs).toEqual(new Set(['en', 'de', 'fr', 'nl', 'it']));
  });

  it('has the resource pool of schema 8: teams and non-project time, the country\'s public holidays for everyone and people\'s own leave, and approved requests\' committed demand under its key', () => {
    const people = rowsOf(d60, 'Resources');
    expect(people.every(p => typeof p.values.Team === 'string' && p.values.Team !== '' && typeof p.values.NonProjectPercent === 'number')).toBe(true);
    expect(new Set(people.map(p => p.values.Team)).size).toBeGreaterThan(3);
    const absences = rowsOf(d60, 'Absences');
    const holidays = absences.filter(a => !a.values.Resource);
    expect(holidays.every(a => a.values.AbsenceType === 'PublicHoliday')).toBe(true);
    // England and Wales: Easter Monday 2027 is 29 March; Christmas 2027 falls on a Saturday, so its bank holiday is Monday 27.
    expect(holidays.map(a => String(a.values.StartDate).slice(0, 10))).toEqual(expect.arrayContaining(['2026-12-25', '2027-03-29', '2027-12-27', '2027-12-28']));
    expect(holidays.filter(a => String(a.values.StartDate).startsWith('2027-12-27')).map(a => a.values.Title)).toEqual(['Christmas Day (substitute day)']);
    const german = rowsOf(generateSeed({ projects: 6, locale: 'de-de' }), 'Absences').filter(a => !a.values.Resource);
    expect(german.filter(a => String(a.values.StartDate).startsWith('2026-10-03')).map(a => a.values.Title)).toEqual(['Tag der Deutschen Einheit']);
    const own = absences.filter(a => a.values.Resource);
    expect(new Set(own.map(a => idx(a.values.Resource))).size).toBe(people.length);
    expect(own.every(a => String(a.values.EndDate) >= String(a.values.StartDate))).toBe(true);
    const requests = rowsOf(d60, 'ProjectRequests');
    const committed = rowsOf(d60, 'Assignments').filter(a => !a.values.Project);
    expect(committed.length).toBeGreaterThan(0);
    for (const a of committed) {
      expect(a.values.DemandState).toBe('Committed');
      expect(requests[num(a.values.RequestNumber)].values.IntakeState).toBe('Approved');
      const parts = (a.values.Title as { refText: Array<string | IJsonRef> }).refText;
      expect(parts).toEqual(['R', a.values.RequestNumber, '|', { $ref: 'Roles', $index: idx(a.values.ResourceRole) }, `|${String(a.values.Month).slice(0, 7)}`]);
    }
  });

  it('defines each demo KPI on a formula of the catalogue, as the PMO\'s form validates it (the unit a unit code)', () => {
    const kpis = rowsOf(d60, 'KpiDefinitions').map(r => r.values);
    for (const k of kpis) {
      expect({ code: k.Code, problems: validateKpiDefinition({
        code: String(k.Code), name: String(k.Title), formula: String(k.KpiFormula), unit: String(k.Unit), higherIsBetter: k.HigherIsBetter as boolean,
        greenThreshold: k.GreenThreshold as number, amberThreshold: k.AmberThreshold as number, active: k.IsActive as boolean
      }) }).toEqual({ code: k.Code, problems: [] });
    }
    expect(Object.fromEntries(kpis.map(k => [k.Code, [k.KpiFormula, k.Unit]]))).toEqual({
      'KPI-SPI': ['SpiAverage', 'ratio'], 'KPI-SPI-MIN': ['SpiWorst', 'ratio'], 'KPI-CPI': ['CpiAverage', 'ratio'], 'KPI-CPI-MIN': ['CpiWorst', 'ratio'],
      'KPI-GREEN': ['RagShareGreen', 'percent'], 'KPI-RED': ['RagShareRed', 'percent'], 'KPI-MS': ['MilestonesOnTime', 'percent'], 'KPI-MS-LATE': ['MilestonesLate', 'count'],
      'KPI-RISK': ['OpenHighRisks', 'count'], 'KPI-ISSUE': ['OverdueIssues', 'count'], 'KPI-BEN': ['BenefitsRealisedShare', 'percent'], 'KPI-BUDGET': ['BudgetVariance', 'percent'],
      'KPI-INTAKE': ['RequestsInState', 'count'], 'KPI-LEAD': ['IntakeDaysAverage', 'days'], 'KPI-GATE': ['GatesPassedFirstAttempt', 'percent']
    });
    const risk = kpis.filter(k => k.Code === 'KPI-RISK')[0];
    expect([risk.Title, risk.GreenThreshold, risk.AmberThreshold, risk.HigherIsBetter]).toEqual(['Open high risks', 0, 3, false]);
    const budget = kpis.filter(k => k.Code === 'KPI-BUDGET')[0];
    expect([budget.Title, budget.GreenThreshold, budget.AmberThreshold]).toEqual(['Budget variance', 5, 10]);
  });

  it('shares the board\'s report view: the first programme\'s running projects, worst overall RAG first', () => {
    const board = rowsOf(d60, 'PortfolioViews').filter(v => v.values.Title === BOARD_REPORT_VIEW)[0];
    const json = (board.values.PortfolioViewJson as { json: { filters: { statuses: string[]; programmeIds: unknown[] }; sort: unknown[] } }).json;
    expect(json.filters.statuses).toEqual(['Active']);
    expect(json.filters.programmeIds.map(num)).toEqual([0]);
    expect(json.sort[0]).toEqual({ column: 'ragOverall', descending: true });
    expect(rowsOf(generateSeed({ projects: 0 }), 'PortfolioViews').some(v => v.values.Title === BOARD_REPORT_VIEW)).toBe(false);
  });

  it('stores saved portfolio views the portfolio domain reads back, and the next milestone by its rule', () => {
    const withIds = (v: unknown): unknown => (isJsonRef(v) ? v.$index + 1 : Array.isArray(v) ? v.map(withIds) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, withIds(x)])) : v);
    const views = [...rowsOf(d60, 'PortfolioViews'), ...rowsOf(d60, 'MyPortfolioViews')];
    expect(views.length).toBeGreaterThan(10);
    for (const v of views) {
      const parsed = parseView(String(v.values.Title), JSON.stringify(withIds((v.values.PortfolioViewJson as { json: unknown }).json)));
      expect(parsed.problems).toEqual([]);
      expect(v.author).toBeTruthy();
    }
    const milestones = rowsOf(d60, 'Milestones');
    rowsOf(d60, 'Projects').forEach((p, i) => {
      const mine = milestones.filter(m => idx(m.values.Project) === i).map(m => ({
        title: String(m.values.Title), status: String(m.values.MilestoneStatus), baselineDate: m.values.BaselineDate as string,
        forecastDate: m.values.ForecastDate as string, actualDate: (m.values.ActualDate as string | null) ?? undefined
      }));
      const next = nextMilestone(mine);
      expect([p.values.NextMilestoneTitle ?? null, p.values.NextMilestoneDate ?? null]).toEqual(next ? [next.title, next.date] : [null, null]);
    });
  });

  it('links the directory\'s programme teams to their programmes', () => {
    const programmes = rowsOf(d60, 'Programmes');
    for (const name of ['Digital Transformation Programme', 'Public Services Modernisation']) {
      const team = demoGroups.filter(g => g.displayName === name)[0];
      expect(programmes.filter(p => p.values.Title === name).map(p => p.values.TeamsGroupId)).toEqual([team.id]);
    }
  });
});

describe('the board\'s demo scores', () => {
  /** Every seeded score the way a member's save checks it (src/domain/scoring checkScores), per request, member and model. */
  function refusedScores(d: ISeedData): string[] {
    const models = rowsOf(d, 'ScoringModels');
    const criteria = rowsOf(d, 'ScoringCriteria');
    const out: string[] = [];
    const groups = new Map<string, ISeedRow[]>();
    for (const s of [...rowsOf(d, 'Scores'), ...rowsOf(d, 'ScoreDrafts')]) {
      const key = `${num(s.values.RequestNumber)}|${s.author ?? ''}|${idx(s.values.ScoringModel)}`;
      groups.set(key, [...(groups.get(key) ?? []), s]);
    }
    for (const [key, rows] of Array.from(groups.entries())) {
      const model = idx(rows[0].values.ScoringModel);
      const method = models[model].values.ScoringMethod as ScoringMethod;
      const ofModel = criteria.map((c, i) => ({ c, i })).filter(x => idx(x.c.values.ScoringModel) === model).map(({ c, i }): ICriterion => ({
        id: i + 1, title: String(c.values.Title), weight: c.values.Weight as number, direction: c.values.CriterionDirection as ICriterion['direction'],
        scaleMin: c.values.ScaleMin as number, scaleMax: c.values.ScaleMax as number, levels: [], role: c.values.CriterionRole as ICriterion['role']
      }));
      const request = num(rows[0].values.RequestNumber) + 1;
      const entries = rows.map(s => ({ request, criterion: idx(s.values.Criterion) + 1, value: s.values.ScoreValue as number }));
      for (const issue of checkScores(method, ofModel, [request], entries, 'draft')) {
        out.push(`${key}: ${issue.code} ${String(entries.filter(e => e.criterion === issue.criterion)[0]?.value)}`);
      }
    }
    return out;
  }

  it('stamps each round with the day it was opened: before its deadline and its close, the later rounds opened later', () => {
    const d = generateSeed({ projects: 60 });
    const rounds = rowsOf(d, 'ScoringRounds').map(r => ({ opened: r.stamp?.created ?? '', deadline: String(r.values.Deadline), closed: r.values.ClosedDate as string | null, status: String(r.values.RoundStatus) }));
    expect(rounds.length).toBeGreaterThan(1);
    for (const r of rounds) {
      expect(r.opened).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(r.opened < r.deadline).toBe(true);
      if (r.closed) expect(r.opened < r.closed).toBe(true);
    }
    // The open round is the newest; closed rounds in the order they were closed.
    const byOpened = rounds.slice().sort((a, b) => b.opened.localeCompare(a.opened));
    expect(byOpened[0].status).toBe('Open');
    const closed = byOpened.filter(r => r.closed).map(r => r.closed as string);
    expect(closed).toEqual(closed.slice().sort().reverse());
  });

  it.each([[60, 'en-us'], [240, 'de-de']])('holds only values a board member could save (%i projects, %s): each a level of its criterion\'s scale', (projects, locale) => {
    const d = generateSeed({ projects, locale });
    expect(rowsOf(d, 'Scores').length).toBeGreaterThan(20);
    expect(refusedScores(d)).toEqual([]);
  });
});
