/**
 * The demo-data generator: a believable IT portfolio of an international, often public-sector
 * organisation, for every list of the PMO schema. Pure and deterministic: the same seed and number
 * of projects give deep-equal output (seeded PRNG, fixed reference date, no clock, no Math.random).
 *
 * Scale: reference data (objectives, roles, gates, KPIs, scoring models, trainings, maturity
 * questions, communities, templates) is fixed; everything that hangs off projects and requests
 * grows with the number of projects (about 20 monthly status reports per project on average).
 */
import type { GroupKey } from '../../src/schema/types';
import { demoUsers, type DemoRole, type IDemoUser } from '../directory';
import { REFERENCE_DATE, dayOf, isoOfDay, isoOfDayTime, monthEndDay, monthKey, monthOf, monthStartDay, workday, yearOfMonth } from './dates';
import { type ISeedData, type ISeedRow, type SeedValue, jsonRef, ref, refs, user, users } from './model';
import { Rng } from './prng';
import { nextMilestone, serializeView, type IPortfolioView } from '../../src/domain/portfolio';
import {
  AHP_MATRIX, CHECKLIST, COMMUNITIES, DEPARTMENTS, GATES, KPIS, MATURITY_DIMENSIONS, OBJECTIVES, PROGRAMMES, PROGRAMME_THEMES,
  ROLES, SCORING_MODELS, TEMPLATES, TRAINING_MODULES, langOfDepartment, maturityQuestion, usersOf
} from './reference';
import {
  BENEFITS, CHANGES, DECISIONS, DECISION_REASONS, EXPECTED_BENEFITS, GOALS, HIGHLIGHTS, ISSUES, LANGS, LESSONS, MILESTONES, MITIGATIONS,
  NEXT_STEPS, PROBLEM_STATEMENTS, PROJECT_SUBJECTS, PROJECT_SUMMARY, QUALIFIERS, RECOMMENDATIONS, RESOLUTIONS, RISKS, SCORE_COMMENTS,
  type Lang
} from './text';

/** The default PRNG seed. */
export const DEFAULT_SEED: number = 20261101;

/** The default demo size. */
export const DEFAULT_PROJECTS: number = 60;

/**
 * The order the lists are written in: parents before children. The only cycle (a request links
 * the project it became, the project links its request) is closed by the writer, which sets
 * ProjectRequests.Project after Projects exist.
 */
export const LIST_ORDER: ReadonlyArray<string> = [
  'StrategicObjectives', 'Programmes', 'Communities', 'Roles', 'Resources', 'Gates', 'GateChecklistItems', 'KpiDefinitions',
  'ScoringModels', 'ScoringCriteria', 'ProjectRequests', 'RequestHistory', 'Scores', 'Projects', 'PortfolioScenarios', 'PortfolioViews', 'MyPortfolioViews',
  'StatusReports', 'Milestones', 'MilestoneSnapshots', 'Risks', 'Issues', 'Decisions', 'ChangeRequests', 'Lessons', 'Benefits',
  'BudgetLines', 'Assignments', 'GateReviews', 'TrainingModules', 'TrainingSessions', 'Enrolments', 'MaturityQuestions',
  'MaturityAssessments', 'Templates'
];

export interface IGenerateOptions {
  /** Number of projects (default 60). */
  projects?: number;
  /** PRNG seed (default DEFAULT_SEED). */
  seed?: number;
}

type Lifecycle = 'Proposed' | 'Active' | 'OnHold' | 'Closed' | 'Cancelled';
type Stage = 'StartingUp' | 'Initiation' | 'Delivery' | 'Closing';
type Rag = 'Green' | 'Amber' | 'Red';

interface IReportSim {
  index: number;
  month: number;
  day: number;
  pv: number;
  ev: number;
  ac: number;
  rag: [Rag, Rag, Rag, Rag, Rag];
  published: boolean;
}

interface IProjectSim {
  index: number;
  title: string;
  lang: Lang;
  dept: string;
  lifecycle: Lifecycle;
  stage: Stage;
  startMonth: number;
  durationMonths: number;
  /** Last month with activity (reports): now, the end, the hold or the cancellation. */
  lastActiveMonth: number;
  pm: IDemoUser;
  sponsor: IDemoUser;
  budget: number;
  programme?: number;
  procurement: boolean;
  reports: IReportSim[];
  spiLast: number;
  cpiLast: number;
  request?: number;
  milestoneIdx: number[];
}

const REF_DAY: number = dayOf(REFERENCE_DATE);
const REF_MONTH: number = monthOf(REFERENCE_DATE);
/** The last complete month before the reference date (October 2026). */
const LAST_MONTH: number = REF_MONTH - 1;

const iso = isoOfDay;
const round2 = (n: number): number => Math.round(n * 100) / 100;
const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

class Builder {
  public readonly lists: Map<string, ISeedRow[]> = new Map(LIST_ORDER.map(k => [k, [] as ISeedRow[]]));

  public add(key: string, values: Record<string, SeedValue>, extra?: Omit<ISeedRow, 'values'>): number {
    const rows = this.lists.get(key);
    if (!rows) throw new Error(`The generator has no list ${key}`);
    const clean: Record<string, SeedValue> = {};
    for (const [k, v] of Object.entries(values)) if (v !== undefined) clean[k] = v;
    rows.push({ values: clean, ...extra });
    return rows.length - 1;
  }

  public rows(key: string): ISeedRow[] {
    return this.lists.get(key) ?? [];
  }
}

const GROUP_OF_ROLE: Readonly<Record<DemoRole, GroupKey>> = {
  owner: 'pmoOwners', pmoOfficer: 'pmoOfficers', projectManager: 'projectManagers', boardMember: 'strategyBoard', requester: 'members', reader: 'visitors'
};

/** Generates the demo data. */
export function generateSeed(options: IGenerateOptions = {}): ISeedData {
  const n = Math.max(0, Math.floor(options.projects ?? DEFAULT_PROJECTS));
  const seed = options.seed ?? DEFAULT_SEED;
  const root = new Rng(seed);
  const b = new Builder();

  const pms = usersOf('projectManager');
  const board = usersOf('boardMember');
  const pmo = usersOf('owner', 'pmoOfficer');
  const officers = usersOf('pmoOfficer');
  const requesters = usersOf('requester', 'projectManager');

  // --- reference data --------------------------------------------------------------------------
  const objectiveIdx = new Map<string, number>();
  for (const o of OBJECTIVES) {
    objectiveIdx.set(o.code, b.add('StrategicObjectives', { Title: o.title, Code: o.code, Summary: o.summary, Weight: o.weight, ObjectiveOwner: user(o.owner), ObjectiveStatus: o.status }));
  }
  const activeObjectives = OBJECTIVES.filter(o => o.status === 'Active').map(o => objectiveIdx.get(o.code) as number);

  const rp = root.fork('programmes');
  const programmeCount = n === 0 ? 0 : Math.max(PROGRAMMES.length, Math.round(n / 12));
  const programmeGroup: Array<string | undefined> = [];
  for (let i = 0; i < programmeCount; i++) {
    const named = PROGRAMMES[i];
    const startMonth = REF_MONTH - rp.int(6, 30);
    const status = named ? 'Active' : rp.weighted([['Active', 7], ['Planned', 2], ['Closed', 1]] as const);
    const theme = PROGRAMME_THEMES[(i - PROGRAMMES.length) % PROGRAMME_THEMES.length];
    const cycle = Math.floor((i - PROGRAMMES.length) / PROGRAMME_THEMES.length) + 1;
    const title = named ? named.title : `${theme[1]}${cycle > 1 ? ` ${cycle}` : ''}`;
    const actualStart = status === 'Planned' ? REF_MONTH + rp.int(1, 6) : startMonth;
    const end = status === 'Closed' ? REF_MONTH - rp.int(1, 6) : actualStart + rp.int(24, 48);
    b.add('Programmes', {
      Title: title,
      Code: named ? named.code : `PGM-${String(i + 1).padStart(3, '0')}`,
      Summary: named ? named.summary : `${title}: ${PROJECT_SUMMARY[theme[0]](PROJECT_SUBJECTS[theme[0]][i % 20], DEPARTMENTS[i % DEPARTMENTS.length].name)}`,
      ProgrammeManager: user(named ? named.manager : rp.pick(pms).userPrincipalName),
      Sponsor: user(named ? named.sponsor : rp.pick(board).userPrincipalName),
      ProgrammeStatus: status,
      StartDate: iso(monthStartDay(Math.min(actualStart, end - 12))),
      EndDate: iso(monthEndDay(end)),
      // The programme's team in Teams (the Teams tab opens the portfolio filtered to it).
      TeamsGroupId: named?.teamsGroupId ?? null
    });
    programmeGroup.push(named ? named.teamsGroupId : undefined);
  }

  const communityIdx = COMMUNITIES.map(c =>
    b.add('Communities', {
      Title: c.title,
      CommunityType: c.type,
      CommunityOwner: user(c.owner),
      TeamsLink: c.teamsGroupId ? { url: `https://teams.microsoft.com/l/team/?groupId=${c.teamsGroupId}`, description: c.title } : null,
      Summary: c.summary,
      IsActive: c.active
    })
  );

  const roleIdx = new Map<string, number>();
  for (const r of ROLES) {
    const pool = Math.max(1, Math.round((Math.max(n, 10) / 10) * r.perPool));
    const monthly = pool * 18;
    const capacity: Array<{ month: string; days: number }> = [];
    for (let m = 2026 * 12; m < 2028 * 12; m++) {
      const factor = m % 12 === 7 ? 0.6 : m % 12 === 11 ? 0.75 : 1;
      capacity.push({ month: monthKey(m), days: Math.round(monthly * factor * 10) / 10 });
    }
    roleIdx.set(r.code, b.add('Roles', { Title: r.title, Code: r.code, MonthlyCapacityDays: monthly, CapacityByMonthJson: { json: capacity }, Summary: r.summary, IsActive: true }));
  }

  // One resource per demo user who works in projects (board members do not).
  const RESOURCE_ROLE: Record<string, string> = {
    'thomas.wright': 'INFRA', 'luca.bianchi': 'SEC', 'hugo.lefevre': 'PROC', 'james.walker': 'CHG', 'lena.hoffmann': 'CHG',
    'femke.visser': 'BA', 'anna.schmidt': 'BA', 'luc.moreau': 'DATA', 'sanne.devries': 'BA', 'chiara.esposito': 'PM'
  };
  const rr = root.fork('resources');
  const resourceOfUser = new Map<string, number>();
  const resourcesOfRole = new Map<string, number[]>();
  for (const u of demoUsers) {
    if (u.role === 'boardMember') continue;
    const alias = u.userPrincipalName.split('@')[0];
    const roleCode = RESOURCE_ROLE[alias] ?? 'PM';
    const fte = u.role === 'owner' ? 0.5 : rr.weighted([['1', 6], ['0.8', 3], ['0.5', 1]] as const);
    const idx = b.add('Resources', {
      Title: u.displayName,
      ResourceUser: user(u.userPrincipalName),
      ResourceRole: ref('Roles', roleIdx.get(roleCode) as number),
      Department: u.department,
      Fte: Number(fte),
      MonthlyCapacityDays: Math.round(18 * Number(fte) * 10) / 10,
      IsActive: true
    });
    resourceOfUser.set(u.userPrincipalName, idx);
    resourcesOfRole.set(roleCode, [...(resourcesOfRole.get(roleCode) ?? []), idx]);
  }

  const gateIdx = new Map<string, number>();
  for (const g of GATES) gateIdx.set(g.code, b.add('Gates', { Title: g.title, Code: g.code, GateOrder: g.order, Prince2Stage: g.stage, Summary: g.summary, IsActive: true }));
  const checklistOfGate = new Map<string, Array<{ idx: number; mandatory: boolean; title: string }>>();
  CHECKLIST.forEach((c, i) => {
    const idx = b.add('GateChecklistItems', { Title: c.title, Gate: ref('Gates', gateIdx.get(c.gate) as number), ChecklistCategory: c.category, Mandatory: c.mandatory, SortOrder: (i + 1) * 10, Guidance: c.guidance });
    checklistOfGate.set(c.gate, [...(checklistOfGate.get(c.gate) ?? []), { idx, mandatory: c.mandatory, title: c.title }]);
  });

  for (const k of KPIS) {
    b.add('KpiDefinitions', { Title: k.title, Code: k.code, KpiMeasure: k.measure, Unit: k.unit, GreenThreshold: k.green, AmberThreshold: k.amber, HigherIsBetter: k.higherIsBetter, IsActive: true, Summary: k.summary });
  }

  const modelIdx: number[] = [];
  const criteriaOfModel: Array<Array<{ idx: number; weight: number; direction: string }>> = [];
  SCORING_MODELS.forEach((m, mi) => {
    const idx = b.add('ScoringModels', {
      Title: m.title, ModelStatus: m.status, ScoringMethod: m.method, StartDate: m.start, Summary: m.summary,
      AhpMatrixJson: m.method === 'Ahp' ? { json: AHP_MATRIX.map(row => row.map(x => Math.round(x * 1000) / 1000)) } : null
    });
    modelIdx.push(idx);
    criteriaOfModel.push(
      m.criteria.map((c, ci) => ({
        idx: b.add('ScoringCriteria', {
          Title: c.title, ScoringModel: ref('ScoringModels', idx), Weight: c.weight, CriterionDirection: c.direction, ScaleMin: 0, ScaleMax: 10,
          StrategicObjective: c.objective ? ref('StrategicObjectives', objectiveIdx.get(c.objective) as number) : null, SortOrder: (ci + 1) * 10, Summary: c.summary
        }),
        weight: c.weight,
        direction: c.direction
      }))
    );
    void mi;
  });
  const activeModel = SCORING_MODELS.findIndex(m => m.status === 'Active');
  const retiredModel = SCORING_MODELS.findIndex(m => m.status === 'Retired');

  // --- projects (simulated first; written after the requests) ----------------------------------
  const rpj = root.fork('projects');
  const deptWeights = DEPARTMENTS.map(d => [d.name, d.weight] as const);
  const programmeOfDept: Record<string, number> = { 'Digital Services': 0, 'Customer Service': 0, 'Public Services': 1, 'Legal & Compliance': 1, Finance: 2, Procurement: 2, 'IT Infrastructure': 3 };
  const sims: IProjectSim[] = [];
  for (let p = 0; p < n; p++) sims.push(simulateProject(rpj, p, deptWeights, pms, board, programmeCount, programmeOfDept));

  // --- requests, history, scores -----------------------------------------------------------------
  const rq = root.fork('requests');
  const requestCount = Math.round(n * 0.7);
  const approvedTarget = Math.round(requestCount * 0.35);
  // Approved requests became the projects that started most recently (or are proposed).
  const candidates = sims.filter(s => s.startMonth >= REF_MONTH - 30 && s.lifecycle !== 'Cancelled').slice(0, approvedTarget);
  const requestProject: Array<IProjectSim | undefined> = [];
  for (let r = 0; r < requestCount; r++) requestProject.push(candidates[r]);
  const requestRows: Array<{ state: string; sim?: IProjectSim; decisionDay: number; lang: Lang; model: number; score?: number }> = [];
  for (let r = 0; r < requestCount; r++) {
    const sim = requestProject[r];
    const state = sim ? 'Approved' : rq.weighted([['Draft', 8], ['Submitted', 14], ['InReview', 16], ['ReadyForScoring', 18], ['Approved', 6], ['Rejected', 22], ['Deferred', 16]] as const);
    const dept = sim ? sim.dept : rq.weighted(deptWeights);
    const lang = langOfDepartment(dept);
    const deptRequesters = requesters.filter(u => u.department === dept);
    const author = deptRequesters.length > 0 && rq.chance(0.8) ? rq.pick(deptRequesters) : rq.pick(requesters);
    const sponsor = sim ? sim.sponsor : rq.pick(board);
    const ageDays = sim
      ? Math.max(10 + rq.int(0, 20), REF_DAY - (monthStartDay(sim.startMonth) - rq.int(45, 150)))
      : state === 'Draft' || state === 'Submitted' ? rq.int(1, 25) : state === 'InReview' ? rq.int(10, 60) : state === 'ReadyForScoring' ? rq.int(25, 100) : rq.int(60, 540);
    const submittedDay = REF_DAY - ageDays;
    const title = sim ? sim.title : `${rq.pick(PROJECT_SUBJECTS[lang])}${rq.chance(0.5) ? ` – ${rq.pick(QUALIFIERS[lang])}` : ''}`;
    const desiredStartMonth = sim ? sim.startMonth : monthOf(iso(submittedDay)) + rq.int(3, 9);
    const duration = sim ? sim.durationMonths : rq.int(9, 30);
    const total = sim ? sim.budget : Math.round(rq.range(80, 2500)) * 1000;
    const capexShare = rq.range(0.2, 0.6);
    const years: Array<{ year: number; capex: number; opex: number }> = [];
    for (let y = yearOfMonth(desiredStartMonth); y <= yearOfMonth(desiredStartMonth + duration - 1); y++) years.push({ year: y, capex: 0, opex: 0 });
    for (let m = desiredStartMonth; m < desiredStartMonth + duration; m++) {
      const y = years[yearOfMonth(m) - years[0].year];
      y.capex += (total * capexShare) / duration;
      y.opex += (total * (1 - capexShare)) / duration;
    }
    for (const y of years) {
      y.capex = Math.round(y.capex);
      y.opex = Math.round(y.opex);
    }
    // ResourceDemandJson as the intake domain stores it: [{ role: <Roles id>, month: 'YYYY-MM', days }], by month then role.
    const demand: Array<{ role: unknown; month: string; days: number }> = [];
    const demandRoles = ['PM', rq.pick(['BA', 'DEV', 'INFRA', 'DATA']), rq.pick(['QA', 'SEC', 'CHG', 'PROC'])].sort((x, y) => (roleIdx.get(x) as number) - (roleIdx.get(y) as number));
    for (let m = desiredStartMonth; m < desiredStartMonth + Math.min(duration, 12); m++) {
      for (const code of demandRoles) demand.push({ role: jsonRef('Roles', roleIdx.get(code) as number), month: monthKey(m), days: code === 'PM' ? 8 : rq.int(4, 12) });
    }
    const procurement = sim ? sim.procurement : rq.chance(0.55);
    const scored = state === 'Approved' || state === 'ReadyForScoring' || ((state === 'Rejected' || state === 'Deferred') && rq.chance(0.6));
    const model = submittedDay >= dayOf('2026-01-01T00:00:00Z') ? activeModel : retiredModel;
    // The path through the intake workflow (src/domain/intake.ts): Draft → Submitted → InReview →
    // (ReadyForScoring →) decision; some approved requests were deferred once and reviewed again.
    const path: string[] = state === 'Draft' ? ['Draft'] : ['Draft', 'Submitted'];
    if (state !== 'Draft' && state !== 'Submitted') {
      if (state === 'Approved' && rq.chance(0.15)) path.push('InReview', 'Deferred');
      path.push('InReview');
      if (state === 'ReadyForScoring' || scored) path.push('ReadyForScoring');
      if (state === 'Approved' || state === 'Rejected' || state === 'Deferred') path.push(state);
    }
    const steps = path.length - 1;
    const stepDays = Math.max(1, Math.floor(ageDays / (steps + 1)));
    const decisionDay = submittedDay + stepDays * Math.max(0, steps - 1);
    const quality = state === 'Approved' ? 7.2 : state === 'Rejected' ? 3.8 : state === 'Deferred' ? 5.6 : 6;
    const decisionText = (to: string): string | null => (to === 'Approved' ? DECISION_REASONS[lang][0] : to === 'Rejected' ? DECISION_REASONS[lang][1] : to === 'Deferred' ? DECISION_REASONS[lang][2] : null);
    // Reasons are kept for the states that need one (Rejected, Deferred), as the request service does.
    const reason = state === 'Rejected' || state === 'Deferred' ? decisionText(state) : null;
    const stepComment = (to: string): string | undefined =>
      to === 'Submitted' ? undefined : to === 'InReview' ? 'Completeness check started.' : to === 'ReadyForScoring' ? 'Complete; on the agenda of the strategy board.' : to === 'Approved' ? decisionText(to) ?? undefined : undefined;
    const history = path.slice(1).map((to, k) => {
      const from = path[k];
      const actor = k === 0 ? author : officers[(r + k) % officers.length];
      // Later steps never come earlier: days do not decrease and the hour grows with the step.
      const at = isoOfDayTime(Math.min(submittedDay + stepDays * k, REF_DAY - 1), 8 + k, ((r * 7 + k) % 4) * 15);
      const why = to === 'Rejected' || to === 'Deferred' ? decisionText(to) ?? undefined : undefined;
      return { from, to, actor, at, comment: stepComment(to), reason: why };
    });

    // Scores first (so the request carries its total).
    let totalScore: number | undefined;
    const scoreRows: Array<Record<string, SeedValue> & { author: string }> = [];
    if (scored) {
      const crit = criteriaOfModel[model];
      const scorers = state === 'ReadyForScoring' ? board.slice(0, rq.int(1, board.length)) : board;
      const byCriterion = crit.map(() => [] as number[]);
      for (const member of scorers) {
        crit.forEach((c, ci) => {
          const raw = c.direction === 'Cost' ? 10 - quality + rq.normal(0, 1.2) : quality + rq.normal(0, 1.4);
          const value = clamp(Math.round(raw * 2) / 2, 0, 10);
          byCriterion[ci].push(c.direction === 'Cost' ? 10 - value : value);
          scoreRows.push({
            author: member.userPrincipalName,
            Title: `${title.slice(0, 120)} – ${member.displayName}`,
            Criterion: ref('ScoringCriteria', c.idx),
            BoardMember: user(member.userPrincipalName),
            ScoreValue: value,
            ScoringModel: ref('ScoringModels', modelIdx[model]),
            ScoreComment: rq.chance(0.15) ? rq.pick(SCORE_COMMENTS[lang]) : null
          });
        });
      }
      const wsum = crit.reduce((s, c) => s + c.weight, 0);
      totalScore = round2((crit.reduce((s, c, ci) => s + (c.weight * byCriterion[ci].reduce((a, x) => a + x, 0)) / byCriterion[ci].length, 0) / wsum) * 10);
    }

    const reqIdx = b.add(
      'ProjectRequests',
      {
        Title: title,
        BusinessUnit: dept,
        ProblemStatement: rq.pick(PROBLEM_STATEMENTS[lang]),
        Goals: rq.sample(GOALS[lang], 2).join('\n'),
        StrategicObjectives: refs('StrategicObjectives', rq.sample(activeObjectives, rq.int(1, 3)).sort((x, y) => x - y)),
        ExpectedBenefits: rq.sample(EXPECTED_BENEFITS[lang], 2).join('\n'),
        CostPlanJson: { json: years },
        CapexTotal: years.reduce((s, y) => s + y.capex, 0),
        OpexTotal: years.reduce((s, y) => s + y.opex, 0),
        DesiredStart: iso(monthStartDay(desiredStartMonth)),
        DesiredEnd: iso(monthEndDay(desiredStartMonth + duration - 1)),
        Urgency: rq.weighted([['Low', 2], ['Medium', 5], ['High', 3], ['Critical', 1]] as const),
        Sponsor: user(sponsor.userPrincipalName),
        PersonalData: rq.chance(0.45),
        Iso27001Scope: rq.chance(0.5),
        Nis2Relevant: rq.chance(0.3),
        ProcurementNeeded: procurement,
        ProcurementProcedure: procurement ? rq.weighted([['Open', 3], ['Restricted', 2], ['Negotiated', 1], ['FrameworkAgreement', 4], ['BelowThreshold', 3]] as const) : 'None',
        ComplianceNotes: rq.chance(0.4) ? 'DPIA needed; records retention per the archive act.' : null,
        IntakeState: state,
        DecisionReason: reason,
        ResourceDemandJson: { json: demand },
        ScoringModel: scored ? ref('ScoringModels', modelIdx[model]) : null,
        TotalScore: totalScore ?? null,
        SubmittedDate: history.length > 0 ? history[0].at : null,
        IntakeLogJson: history.length > 0 ? { json: history.map(h => ({ at: h.at, by: h.actor.displayName, from: h.from, to: h.to, ...(h.comment ? { comment: h.comment } : {}), ...(h.reason ? { reason: h.reason } : {}) })) } : null,
        // ProjectRequests.Project is set by the writer once Projects exist.
        Project: sim ? ref('Projects', sim.index) : null
      },
      { author: author.userPrincipalName }
    );
    if (sim) sim.request = reqIdx;
    for (const h of history) {
      b.add(
        'RequestHistory',
        {
          Title: `${h.from} → ${h.to}`,
          Request: ref('ProjectRequests', reqIdx),
          FromState: h.from,
          ToState: h.to,
          TransitionComment: [h.reason, h.comment].filter(x => !!x).join('\n\n') || null
        },
        { author: h.actor.userPrincipalName }
      );
    }
    for (const s of scoreRows) {
      const { author: scorer, ...values } = s;
      b.add('Scores', { ...values, Request: ref('ProjectRequests', reqIdx) }, { author: scorer });
    }
    requestRows.push({ state, sim, decisionDay, lang, model, score: totalScore });
  }

  // --- projects ----------------------------------------------------------------------------------
  for (const s of sims) {
    const latest = [...s.reports].reverse().find(r => r.published);
    const endMonth = s.lifecycle === 'Closed' || s.lifecycle === 'Cancelled' ? s.lastActiveMonth : s.startMonth + s.durationMonths - 1;
    b.add('Projects', {
      Title: s.title,
      ProjectCode: `PRJ-${yearOfMonth(s.startMonth)}-${String(s.index + 1).padStart(4, '0')}`,
      Summary: PROJECT_SUMMARY[s.lang](s.title, s.dept),
      Programme: s.programme !== undefined ? ref('Programmes', s.programme) : null,
      Department: s.dept,
      ProjectManager: user(s.pm.userPrincipalName),
      Sponsor: user(s.sponsor.userPrincipalName),
      StrategicObjectives: refs('StrategicObjectives', rpj.sample(activeObjectives, rpj.int(1, 3)).sort((x, y) => x - y)),
      Prince2Stage: s.stage,
      LifecycleStatus: s.lifecycle,
      Request: s.request !== undefined ? ref('ProjectRequests', s.request) : null,
      // Projects of a programme with a team work in that team (its channels).
      TeamsGroupId: s.programme !== undefined ? programmeGroup[s.programme] ?? null : null,
      Budget: s.budget,
      StartDate: iso(monthStartDay(s.startMonth)),
      EndDate: iso(monthEndDay(endMonth)),
      RagOverall: latest ? latest.rag[0] : null,
      RagSchedule: latest ? latest.rag[1] : null,
      RagCost: latest ? latest.rag[2] : null,
      RagScope: latest ? latest.rag[3] : null,
      RagRisk: latest ? latest.rag[4] : null,
      LastReportDate: latest ? iso(latest.day) : null
    });
  }

  // --- portfolio scenarios ------------------------------------------------------------------------
  const rs = root.fork('scenarios');
  const scenarioCount = n === 0 ? 0 : Math.max(3, Math.round(n / 20));
  const openRequests = requestRows.map((r, i) => ({ r, i })).filter(x => x.r.state === 'ReadyForScoring' || x.r.state === 'Approved').map(x => x.i);
  const runningProjects = sims.filter(s => s.lifecycle === 'Active' || s.lifecycle === 'Proposed').map(s => s.index);
  for (let i = 0; i < scenarioCount; i++) {
    const year = i % 3 === 2 ? 2026 : 2027;
    const status = i === 0 ? 'Approved' : i === 1 ? 'Proposed' : year === 2026 ? 'Archived' : rs.weighted([['Draft', 3], ['Proposed', 1], ['Archived', 1]] as const);
    const cap = Math.round(rs.range(0.25, 0.6) * n * 900) * 1000;
    const pickedRequests = rs.sample(openRequests, Math.min(40, Math.ceil(openRequests.length * rs.range(0.4, 0.8)))).sort((x, y) => x - y);
    const pickedProjects = rs.sample(runningProjects, Math.min(40, Math.ceil(runningProjects.length * 0.5))).sort((x, y) => x - y);
    b.add('PortfolioScenarios', {
      Title: `Portfolio ${year} – ${['baseline', 'growth', 'savings', 'security first', 'citizen first'][i % 5]}${i >= 5 ? ` (${Math.floor(i / 5) + 1})` : ''}`,
      ScenarioStatus: status,
      BudgetCap: cap,
      FiscalYear: year,
      ScoringModel: ref('ScoringModels', modelIdx[activeModel]),
      Summary: `Selection under a budget cap of EUR ${cap.toLocaleString('en-US')}.`,
      ScenarioJson: {
        json: {
          budgetCap: cap,
          requests: pickedRequests.map(x => jsonRef('ProjectRequests', x)),
          projects: pickedProjects.map(x => jsonRef('Projects', x))
        }
      }
    });
  }

  // --- saved portfolio views: shared ones by the PMO, personal ones by their users -------------------
  if (n > 0) portfolioViews(b, programmeCount);

  // --- per-project content --------------------------------------------------------------------------
  const rc = root.fork('content');
  for (const s of sims) projectContent(b, rc, s, { gateIdx, checklistOfGate, roleIdx, resourceOfUser, resourcesOfRole, officers, board, pmo, activeObjectives, requesters });

  // Strategy board decisions on requests.
  requestRows.forEach((r, i) => {
    if (r.state !== 'Approved' && r.state !== 'Rejected' && r.state !== 'Deferred') return;
    b.add('Decisions', {
      Title: `${r.state === 'Approved' ? 'Approve' : r.state === 'Rejected' ? 'Reject' : 'Defer'} request: ${String(b.rows('ProjectRequests')[i].values.Title).slice(0, 200)}`,
      Project: r.sim ? ref('Projects', r.sim.index) : null,
      Request: ref('ProjectRequests', i),
      DecisionDate: iso(workday(Math.min(r.decisionDay, REF_DAY - 1))),
      DecisionBody: 'StrategyBoard',
      DecisionOutcome: r.state,
      DecidedBy: users(board.map(u => u.userPrincipalName)),
      Rationale: r.state === 'Approved' ? DECISION_REASONS[r.lang][0] : (b.rows('ProjectRequests')[i].values.DecisionReason as string)
    });
  });

  // Approved requests without a project yet: proposed demand.
  requestRows.forEach((r, i) => {
    if (r.state !== 'Approved' || r.sim) return;
    const json = b.rows('ProjectRequests')[i].values.ResourceDemandJson as { json: Array<{ role: { $index: number }; month: string; days: number }> };
    for (const d of json.json.slice(0, 18)) {
      b.add('Assignments', {
        Title: `${String(b.rows('ProjectRequests')[i].values.Title).slice(0, 150)} – ${d.month}`,
        Request: ref('ProjectRequests', i),
        ResourceRole: ref('Roles', d.role.$index),
        Month: iso(monthStartDay(monthOf(`${d.month}-01T00:00:00Z`))),
        DemandDays: d.days,
        DemandState: 'Proposed'
      });
    }
  });

  // Organisation-wide lessons (no project).
  for (let i = 0; i < Math.max(2, Math.round(n / 20)); i++) {
    const lang = LANGS[i % LANGS.length];
    b.add('Lessons', {
      Title: rc.pick(LESSONS[lang]),
      LessonCategory: rc.pick(['Planning', 'Stakeholders', 'Procurement', 'Technology', 'Compliance', 'Team', 'Other']),
      LessonType: rc.chance(0.4) ? 'WentWell' : 'ToImprove',
      Summary: 'From the PMO’s annual portfolio review.',
      Recommendation: rc.pick(RECOMMENDATIONS[lang])
    });
  }

  // --- training ------------------------------------------------------------------------------------
  const rt = root.fork('training');
  const moduleIdx = TRAINING_MODULES.map(m =>
    b.add('TrainingModules', {
      Title: m.title, Code: m.code, Summary: m.summary, Audience: m.audience, ModuleLevel: m.level, DurationHours: m.hours,
      ContentUrl: { url: `https://learning.pmohub.demo/modules/${m.code.toLowerCase()}`, description: m.title },
      Community: ref('Communities', communityIdx[m.community]), IsActive: true
    })
  );
  const perModule = n === 0 ? 0 : Math.max(2, Math.round(n / 40));
  const trainers = [...pmo, ...pms.slice(0, 2)];
  const venues = ['Online (Microsoft Teams)', 'London – Training room 2', 'Berlin – Schulungsraum A', 'Brussels – Salle Europa', 'Utrecht – Zaal 3', 'Milan – Sala Leonardo'];
  const participants = demoUsers.filter(u => u.role !== 'owner');
  TRAINING_MODULES.forEach((m, mi) => {
    for (let j = 0; j < perModule; j++) {
      const lang = LANGS[(mi + j) % LANGS.length];
      const day = workday(REF_DAY - 365 + Math.floor(((j + rt.next()) / perModule) * 545));
      const days = Math.max(1, Math.ceil(m.hours / 7));
      const past = day + days - 1 < REF_DAY;
      const max = rt.int(8, 16);
      const cancelled = past && rt.chance(0.08);
      const eligible = participants.filter(u => m.audience.indexOf('BoardMember') >= 0 || u.role !== 'boardMember');
      const k = Math.min(eligible.length, rt.int(3, Math.min(10, max)));
      const full = !past && k >= max;
      const status = cancelled ? 'Cancelled' : past ? 'Completed' : full ? 'Full' : day - REF_DAY <= 60 ? 'Open' : 'Planned';
      const sessionIdx = b.add('TrainingSessions', {
        Title: `${m.title} (${lang.toUpperCase()}) ${iso(day).slice(0, 10)}`,
        TrainingModule: ref('TrainingModules', moduleIdx[mi]),
        SessionStart: isoOfDayTime(day, 8),
        SessionEnd: isoOfDayTime(day + days - 1, m.hours < 7 ? 8 + m.hours : 16),
        Venue: rt.pick(venues),
        Trainer: user(rt.pick(trainers).userPrincipalName),
        MaxParticipants: max,
        Language: lang,
        SessionStatus: status
      });
      if (status === 'Planned') continue;
      for (const u of rt.sample(eligible, k)) {
        const st = cancelled ? 'Cancelled' : past ? rt.weighted([['Attended', 17], ['NoShow', 2], ['Cancelled', 1]] as const) : rt.chance(0.1) ? 'Waitlisted' : 'Enrolled';
        const rated = st === 'Attended' && rt.chance(0.7);
        b.add(
          'Enrolments',
          {
            Title: `${u.displayName} – ${m.code}`,
            TrainingSession: ref('TrainingSessions', sessionIdx),
            Participant: user(u.userPrincipalName),
            EnrolmentStatus: st,
            FeedbackRating: rated ? Number(rt.weighted([['2', 1], ['3', 2], ['4', 5], ['5', 4]] as const)) : null,
            Feedback: rated && rt.chance(0.4) ? rt.pick(['Very practical, good examples.', 'Too much theory on day one.', 'Great trainer.', 'Would like more on hybrid projects.']) : null
          },
          { author: u.role === 'reader' || u.role === 'boardMember' ? rt.pick(officers).userPrincipalName : u.userPrincipalName }
        );
      }
    }
  });

  // --- maturity --------------------------------------------------------------------------------------
  const questionIdx: number[][] = [];
  MATURITY_DIMENSIONS.forEach(([dim, abbr], di) => {
    const row: number[] = [];
    for (let level = 1; level <= 5; level++) {
      row.push(b.add('MaturityQuestions', {
        Title: maturityQuestion(dim, level), Code: `${abbr}-${level}`, MaturityDimension: dim, MaturityLevel: level,
        Guidance: `Level ${level} of the ${dim} dimension (P3M3-style scale).`, SortOrder: di * 10 + level, IsActive: true
      }));
    }
    questionIdx.push(row);
  });
  const rm = root.fork('maturity');
  const assessmentCount = n === 0 ? 0 : Math.max(12, Math.round(n / 4));
  const respondents = demoUsers.filter(u => u.role !== 'boardMember');
  for (let i = 0; i < assessmentCount; i++) {
    const u = respondents[i % respondents.length];
    const day = REF_DAY - rm.int(0, 720);
    const org = (u.role === 'pmoOfficer' || u.role === 'owner') && rm.chance(0.4);
    const progress = (720 - (REF_DAY - day)) / 720; // the organisation matures over time
    const levels = MATURITY_DIMENSIONS.map(() => clamp(Math.round(rm.normal(2.2 + progress * 0.9, 0.6)), 1, 5));
    const answers = levels.flatMap((lv, di) => questionIdx[di].map((q, li) => ({ question: jsonRef('MaturityQuestions', q), met: li + 1 <= lv })));
    b.add(
      'MaturityAssessments',
      {
        Title: `${org ? 'PMO organisation assessment' : 'Self-assessment'} – ${u.displayName} – ${iso(day).slice(0, 10)}`,
        Respondent: user(u.userPrincipalName),
        AssessmentDate: iso(day),
        AssessmentScope: org ? 'Organisation' : 'Self',
        Department: u.department,
        OverallLevel: Math.round((levels.reduce((s, x) => s + x, 0) / levels.length) * 10) / 10,
        AnswersJson: { json: answers }
      },
      { author: u.role === 'reader' ? rm.pick(officers).userPrincipalName : u.userPrincipalName }
    );
  }

  // --- templates (document library) -------------------------------------------------------------------
  for (const t of TEMPLATES) {
    b.add(
      'Templates',
      { Title: t.title, PmoProcess: t.process, Prince2Stage: t.stage ?? null, Language: t.lang, TemplateStatus: t.status, Summary: t.summary },
      { file: { name: t.name, content: `# ${t.title}\n\n${t.summary}\n\n## 1. Purpose\n\n## 2. Content\n\n## 3. Approval\n` } }
    );
  }

  const memberships = demoUsers.map(u => ({ group: GROUP_OF_ROLE[u.role], upn: u.userPrincipalName }));
  return {
    projects: n,
    seed,
    referenceDate: REFERENCE_DATE,
    memberships,
    lists: LIST_ORDER.map(key => ({ key, rows: b.rows(key) }))
  };
}

/** Lifecycle and stage of the first projects (then drawn by weight). */
const COVERAGE: ReadonlyArray<readonly [Lifecycle, Stage]> = [
  ['Active', 'Delivery'], ['Closed', 'Closing'], ['Proposed', 'StartingUp'], ['OnHold', 'Delivery'], ['Active', 'Initiation'], ['Cancelled', 'Initiation'], ['Active', 'Closing']
];

/** Smoothstep S-curve of planned progress. */
function sCurve(x: number): number {
  const t = clamp(x, 0, 1);
  return t * t * (3 - 2 * t);
}

function ragOf(index: number): Rag {
  return index >= 0.95 ? 'Green' : index >= 0.85 ? 'Amber' : 'Red';
}

/** A mean-reverting RAG walk: most months stay, problems get fixed, few escalate. */
function walkRag(rng: Rng, r: Rag): Rag {
  const x = rng.next();
  if (r === 'Green') return x < 0.06 ? 'Amber' : 'Green';
  if (r === 'Red') return x < 0.45 ? 'Amber' : 'Red';
  return x < 0.3 ? 'Green' : x < 0.36 ? 'Red' : 'Amber';
}

function simulateProject(
  rng: Rng,
  index: number,
  deptWeights: ReadonlyArray<readonly [string, number]>,
  pms: IDemoUser[],
  board: IDemoUser[],
  programmeCount: number,
  programmeOfDept: Record<string, number>
): IProjectSim {
  const dept = rng.weighted(deptWeights);
  const lang = langOfDepartment(dept);
  const title = `${rng.pick(PROJECT_SUBJECTS[lang])}${rng.chance(0.45) ? ` – ${rng.pick(QUALIFIERS[lang])}` : ''}`;
  // The first projects cover every lifecycle status and stage, so even a tiny demo shows them all.
  const lifecycle: Lifecycle = index < COVERAGE.length ? COVERAGE[index][0] : rng.weighted([['Active', 68], ['Closed', 15], ['OnHold', 6], ['Cancelled', 4], ['Proposed', 7]] as const);
  let stage: Stage;
  let duration = rng.int(12, 40);
  let start: number;
  let last: number;
  switch (lifecycle) {
    case 'Proposed':
      stage = 'StartingUp';
      start = REF_MONTH + rng.int(1, 6);
      last = start - 1;
      break;
    case 'Active': {
      stage = index < COVERAGE.length ? COVERAGE[index][1] : rng.weighted([['Initiation', 8], ['Delivery', 82], ['Closing', 10]] as const);
      if (stage === 'Closing') duration = rng.int(18, 40);
      const elapsed = stage === 'Initiation' ? rng.int(1, 3) : stage === 'Closing' ? duration : rng.int(12, 60);
      if (stage === 'Delivery') duration = Math.max(duration, elapsed + rng.int(3, 14));
      start = REF_MONTH - elapsed;
      last = LAST_MONTH;
      break;
    }
    case 'OnHold': {
      stage = rng.chance(0.8) ? 'Delivery' : 'Initiation';
      const elapsed = rng.int(8, 40);
      duration = Math.max(duration, elapsed + rng.int(3, 12));
      start = REF_MONTH - elapsed;
      last = LAST_MONTH - rng.int(0, 4);
      break;
    }
    case 'Closed':
      stage = 'Closing';
      last = LAST_MONTH - rng.int(0, 10);
      start = last - duration + 1;
      break;
    default: {
      stage = rng.chance(0.6) ? 'Delivery' : 'Initiation';
      last = LAST_MONTH - rng.int(0, 12);
      start = last - rng.int(3, 14);
      break;
    }
  }
  const deptPms = pms.filter(u => u.department === dept);
  const pm = deptPms.length > 0 && rng.chance(0.7) ? rng.pick(deptPms) : rng.pick(pms);
  const sponsor = rng.pick(board);
  const budget = Math.round(Math.exp(rng.range(Math.log(80), Math.log(6000)))) * 1000;
  let programme: number | undefined;
  if (programmeCount > 0 && rng.chance(0.55)) {
    const mapped = programmeOfDept[dept];
    programme = mapped !== undefined && mapped < programmeCount && (programmeCount <= 4 || rng.chance(0.5)) ? mapped : rng.int(0, programmeCount - 1);
  }

  // Monthly highlight reports for the last two years of activity, with consistent EVM.
  const reports: IReportSim[] = [];
  const troubled = rng.chance(0.18);
  const spi0 = rng.normal(1.0, 0.04, 0.85, 1.08);
  const cpi0 = rng.normal(1.0, 0.04, 0.85, 1.1);
  let spi = spi0;
  let cpi = cpi0;
  let ev = 0;
  let ac = 0;
  let scope: Rag = 'Green';
  let risk: Rag = rng.chance(0.7) ? 'Green' : 'Amber';
  const firstReport = Math.max(start, REF_MONTH - 24);
  for (let m = start; m <= last; m++) {
    // Healthy projects revert to their own level; troubled ones drift down.
    spi = clamp(spi + (troubled ? -0.012 : (spi0 - spi) * 0.2) + rng.normal(0, 0.015), 0.65, 1.12);
    cpi = clamp(cpi + (troubled ? -0.01 : (cpi0 - cpi) * 0.2) + rng.normal(0, 0.012), 0.7, 1.12);
    const pv = budget * sCurve((m - start + 1) / duration);
    ev = Math.min(budget, Math.max(ev, pv * spi));
    if (lifecycle === 'Closed' && m === last) ev = budget;
    ac = Math.max(ac, ev / cpi);
    scope = walkRag(rng, scope);
    risk = walkRag(rng, risk);
    if (m < firstReport) continue;
    const pvR = Math.round(lifecycle === 'Closed' && m === last ? Math.max(pv, budget) : pv);
    const evR = Math.round(ev);
    const acR = Math.round(ac);
    const sched = ragOf(pvR > 0 ? evR / pvR : 1);
    const cost = ragOf(acR > 0 ? evR / acR : 1);
    const reds = [sched, cost, scope, risk].filter(x => x === 'Red').length;
    const ambers = [sched, cost, scope, risk].filter(x => x === 'Amber').length;
    const overall: Rag = sched === 'Red' || cost === 'Red' || reds >= 2 ? 'Red' : reds === 1 || ambers >= 2 ? 'Amber' : ambers === 1 && (sched === 'Amber' || cost === 'Amber') ? 'Amber' : 'Green';
    reports.push({ index: -1, month: m, day: workday(monthEndDay(m)), pv: pvR, ev: evR, ac: acR, rag: [overall, sched, cost, scope, risk], published: true });
  }
  if (lifecycle === 'Active' && reports.length > 0 && rng.chance(0.15)) reports[reports.length - 1].published = false;
  return {
    index, title, lang, dept, lifecycle, stage, startMonth: start, durationMonths: duration, lastActiveMonth: last, pm, sponsor, budget, programme,
    procurement: rng.chance(0.6), reports, spiLast: spi, cpiLast: cpi, milestoneIdx: []
  };
}

interface IContentContext {
  gateIdx: Map<string, number>;
  checklistOfGate: Map<string, Array<{ idx: number; mandatory: boolean; title: string }>>;
  roleIdx: Map<string, number>;
  resourceOfUser: Map<string, number>;
  resourcesOfRole: Map<string, number[]>;
  officers: IDemoUser[];
  board: IDemoUser[];
  pmo: IDemoUser[];
  activeObjectives: number[];
  requesters: IDemoUser[];
}

/** Status reports, milestones (+ snapshots), risks, issues, decisions, changes, lessons, benefits, budget, demand and gate reviews of one project. */
function projectContent(b: Builder, rng: Rng, s: IProjectSim, c: IContentContext): void {
  const P = ref('Projects', s.index);
  const L = s.lang;
  const startDay = monthStartDay(s.startMonth);
  const plannedEndDay = monthEndDay(s.startMonth + s.durationMonths - 1);
  const lastDay = s.lifecycle === 'Proposed' ? REF_DAY : monthEndDay(s.lastActiveMonth);
  const short = s.title.slice(0, 150);

  // Status reports.
  for (const r of s.reports) {
    r.index = b.add(
      'StatusReports',
      {
        Title: `${short} – ${monthKey(r.month)}`,
        Project: P,
        ReportDate: iso(r.day),
        PeriodStart: iso(monthStartDay(r.month)),
        PeriodEnd: iso(monthEndDay(r.month)),
        ReportStatus: r.published ? 'Published' : 'Draft',
        RagOverall: r.rag[0],
        RagSchedule: r.rag[1],
        RagCost: r.rag[2],
        RagScope: r.rag[3],
        RagRisk: r.rag[4],
        PlannedValue: r.pv,
        EarnedValue: r.ev,
        ActualCost: r.ac,
        PercentComplete: clamp(Math.round((r.ev / s.budget) * 100), 0, 100),
        Highlights: rng.pick(HIGHLIGHTS[L]),
        NextSteps: rng.pick(NEXT_STEPS[L])
      },
      { author: s.pm.userPrincipalName }
    );
  }

  // Milestones: baseline from the plan, forecast slipping with the schedule performance.
  const kinds: Array<{ k: number; frac: number; gate?: string }> = [{ k: 0, frac: 0, gate: 'G0' }, { k: 1, frac: 0.1, gate: 'G1' }, { k: 2, frac: 0.25 }];
  if (s.procurement) kinds.push({ k: 3, frac: 0.35, gate: 'G2' });
  if (rng.chance(0.5)) kinds.push({ k: 4, frac: 0.6 });
  kinds.push({ k: 5, frac: 0.85, gate: 'G3' }, { k: 6, frac: 1, gate: 'G4' });
  const span = plannedEndDay - startDay;
  const ms: Array<{ idx: number; baseline: number; forecast: number; actual?: number }> = [];
  kinds.forEach((kd, order) => {
    const baseline = workday(startDay + Math.round(span * kd.frac));
    const slip = Math.max(-7, Math.round((1 - s.spiLast) * 260 * kd.frac + rng.normal(0, 6)));
    let forecast = workday(baseline + (kd.frac === 0 ? 0 : slip));
    let actual: number | undefined;
    let status: string;
    const cutoff = s.lifecycle === 'Active' || s.lifecycle === 'Proposed' ? REF_DAY - 1 : lastDay;
    if (s.lifecycle === 'Closed') {
      forecast = Math.min(forecast, lastDay);
      actual = forecast;
      status = 'Achieved';
    } else if (forecast <= cutoff && s.lifecycle !== 'Proposed') {
      actual = forecast;
      status = 'Achieved';
    } else if (s.lifecycle === 'Cancelled') {
      status = 'Cancelled';
    } else {
      if (forecast <= REF_DAY) forecast = workday(REF_DAY + rng.int(7, 60));
      status = baseline < REF_DAY || forecast - baseline > 20 ? 'Late' : 'Planned';
    }
    const idx = b.add('Milestones', {
      Title: MILESTONES[L][kd.k],
      Project: P,
      BaselineDate: iso(baseline),
      ForecastDate: iso(forecast),
      ActualDate: actual !== undefined ? iso(actual) : null,
      MilestoneStatus: status,
      Gate: kd.gate ? ref('Gates', c.gateIdx.get(kd.gate) as number) : null,
      SortOrder: (order + 1) * 10
    });
    s.milestoneIdx.push(idx);
    ms.push({ idx, baseline, forecast, actual });
  });
  // Projects carry their next milestone, by the same rule as the portfolio service.
  const next = nextMilestone(
    s.milestoneIdx.map(i => {
      const v = b.rows('Milestones')[i].values;
      return { title: String(v.Title), status: String(v.MilestoneStatus), baselineDate: v.BaselineDate as string, forecastDate: v.ForecastDate as string, actualDate: (v.ActualDate as string | null) ?? undefined };
    })
  );
  const projectValues = b.rows('Projects')[s.index].values;
  projectValues.NextMilestoneTitle = next ? next.title : null;
  projectValues.NextMilestoneDate = next ? next.date : null;

  // Milestone trend snapshots with every quarterly report (Jan, Apr, Jul, Oct).
  for (const r of s.reports) {
    if (r.month % 3 !== LAST_MONTH % 3) continue;
    const snap = r.day;
    const periodStart = monthStartDay(r.month);
    for (const m of ms) {
      if (m.actual !== undefined && m.actual < periodStart) continue;
      const achieved = m.actual !== undefined && m.actual <= snap;
      const progress = clamp((snap - startDay) / Math.max(1, m.forecast - startDay), 0, 1);
      const f = achieved ? (m.actual as number) : Math.max(snap + 1, workday(m.baseline + Math.round((m.forecast - m.baseline) * progress)));
      b.add('MilestoneSnapshots', {
        Title: `${String(b.rows('Milestones')[m.idx].values.Title)} @ ${iso(snap).slice(0, 10)}`,
        Milestone: ref('Milestones', m.idx),
        Project: P,
        SnapshotDate: iso(snap),
        BaselineDate: iso(m.baseline),
        ForecastDate: iso(f),
        ActualDate: achieved ? iso(m.actual as number) : null,
        StatusReport: ref('StatusReports', r.index)
      });
    }
  }

  const finished = s.lifecycle === 'Closed' || s.lifecycle === 'Cancelled';
  const owners = [s.pm, s.pm, s.pm, s.sponsor, ...c.officers];
  const count = (proposed: [number, number], active: [number, number], other: [number, number]): number => {
    const r = s.lifecycle === 'Proposed' ? proposed : s.lifecycle === 'Active' ? active : other;
    return rng.int(r[0], r[1]);
  };
  const dueAround = (): string => iso(workday(clamp(REF_DAY + rng.int(-60, 120), startDay, REF_DAY + 400)));

  // Risks.
  const RISK_CATEGORY = ['Schedule', 'Quality', 'Compliance', 'Other', 'Security', 'Scope', 'Other', 'Cost', 'Cost', 'Compliance'];
  for (let i = count([0, 2], [3, 9], [2, 6]); i > 0; i--) {
    const t = rng.int(0, RISKS[L].length - 1);
    const status = finished ? 'Closed' : rng.weighted([['Open', 45], ['Mitigating', 35], ['Occurred', 8], ['Closed', 12]] as const);
    b.add('Risks', {
      Title: RISKS[L][t], Project: P, RiskStatus: status, RiskCategory: RISK_CATEGORY[t], Probability: rng.int(1, 5), Impact: rng.int(1, 5),
      RiskOwner: user(rng.pick(owners).userPrincipalName), Mitigation: rng.chance(0.85) ? rng.pick(MITIGATIONS[L]) : null, DueDate: dueAround()
    });
  }

  // Issues.
  for (let i = count([0, 0], [0, 5], [0, 3]); i > 0; i--) {
    const status = finished ? 'Closed' : rng.weighted([['Open', 35], ['InProgress', 35], ['Resolved', 20], ['Closed', 10]] as const);
    b.add('Issues', {
      Title: rng.pick(ISSUES[L]), Project: P, IssueStatus: status, Priority: rng.weighted([['Low', 2], ['Medium', 5], ['High', 3], ['Critical', 1]] as const),
      IssueOwner: user(rng.pick(owners).userPrincipalName), DueDate: dueAround(), Summary: `${s.title}: ${rng.pick(ISSUES[L])}.`,
      Resolution: status === 'Resolved' || status === 'Closed' ? rng.pick(RESOLUTIONS[L]) : null
    });
  }

  // Project board decisions.
  for (let i = count([0, 1], [1, 3], [1, 3]); i > 0; i--) {
    const day = workday(clamp(startDay + rng.int(20, 700), startDay, Math.min(lastDay, REF_DAY - 1)));
    b.add('Decisions', {
      Title: rng.pick(DECISIONS[L]), Project: P, DecisionDate: iso(day), DecisionBody: rng.chance(0.85) ? 'ProjectBoard' : 'Pmo',
      DecisionOutcome: rng.weighted([['Approved', 6], ['Noted', 2], ['Deferred', 1], ['Rejected', 1]] as const),
      DecidedBy: users([s.sponsor.userPrincipalName, s.pm.userPrincipalName]), Rationale: rng.pick(EXPECTED_BENEFITS[L])
    });
  }

  // Change requests.
  for (let i = count([0, 0], [0, 3], [0, 2]); i > 0; i--) {
    const status = finished ? rng.weighted([['Implemented', 3], ['Rejected', 1]] as const) : rng.weighted([['Submitted', 2], ['Assessed', 2], ['Approved', 2], ['Rejected', 1], ['Implemented', 2]] as const);
    const decided = status !== 'Submitted' && status !== 'Assessed';
    b.add('ChangeRequests', {
      Title: rng.pick(CHANGES[L]), Project: P, ChangeStatus: status, Priority: rng.weighted([['Low', 2], ['Medium', 5], ['High', 2], ['Critical', 1]] as const),
      CostImpact: Math.round(rng.range(-0.02, 0.12) * s.budget / 100) * 100, ScheduleImpactDays: rng.int(-5, 60), Summary: `${rng.pick(CHANGES[L])}.`,
      DecisionDate: decided ? iso(workday(clamp(startDay + rng.int(30, 600), startDay, Math.min(lastDay, REF_DAY - 1)))) : null
    });
  }

  // Lessons.
  for (let i = s.lifecycle === 'Closed' ? rng.int(2, 5) : s.lifecycle === 'Cancelled' ? rng.int(1, 3) : s.lifecycle === 'Active' && s.stage === 'Delivery' ? rng.int(0, 1) : 0; i > 0; i--) {
    const t = rng.int(0, LESSONS[L].length - 1);
    b.add('Lessons', {
      Title: LESSONS[L][t], Project: P, LessonCategory: ['Procurement', 'Planning', 'Stakeholders', 'Compliance', 'Team', 'Planning'][t], LessonType: t === 2 || t === 4 ? 'WentWell' : 'ToImprove',
      Prince2Stage: s.stage === 'StartingUp' ? 'Initiation' : rng.pick(['Initiation', 'Delivery', 'Closing'].slice(0, s.stage === 'Closing' ? 3 : 2)), Summary: `${s.title}: ${LESSONS[L][t]}.`, Recommendation: rng.pick(RECOMMENDATIONS[L])
    });
  }

  // Benefits.
  for (let i = s.lifecycle === 'Proposed' ? rng.int(0, 1) : s.lifecycle === 'Cancelled' ? 0 : rng.int(1, 3); i > 0; i--) {
    const [title, unit, base, target] = rng.pick(BENEFITS[L]);
    const scaledTarget = unit === 'EUR' ? Math.round((s.budget * rng.range(0.05, 0.25)) / 1000) * 1000 : target;
    const status = s.lifecycle === 'Closed' ? rng.weighted([['Realised', 6], ['AtRisk', 2], ['NotRealised', 1], ['OnTrack', 2]] as const) : rng.weighted([['Planned', 4], ['OnTrack', 4], ['AtRisk', 2]] as const);
    const progress = status === 'Realised' ? 1 : status === 'OnTrack' ? rng.range(0.3, 0.8) : status === 'AtRisk' ? rng.range(0.05, 0.35) : status === 'NotRealised' ? rng.range(0, 0.3) : 0;
    b.add('Benefits', {
      Title: title, Project: P, BenefitType: unit === 'EUR' ? 'Financial' : /audit|Prüfung|audit|Rilievi|Constats|Openstaande/i.test(title) ? 'Compliance' : 'NonFinancial',
      BenefitStatus: status, BenefitOwner: user(rng.chance(0.6) ? s.sponsor.userPrincipalName : rng.pick(c.requesters).userPrincipalName),
      BaselineValue: base, TargetValue: scaledTarget, ActualValue: status === 'Planned' ? null : round2(base + (scaledTarget - base) * progress), Unit: unit,
      DueDate: iso(workday(plannedEndDay + rng.int(90, 365))), StrategicObjective: ref('StrategicObjectives', rng.pick(c.activeObjectives))
    });
  }

  // Budget lines: capex and opex per fiscal year of the plan.
  const endMonth = s.startMonth + s.durationMonths - 1;
  const capexShare = rng.range(0.25, 0.55);
  for (let y = yearOfMonth(s.startMonth); y <= yearOfMonth(endMonth); y++) {
    let months = 0;
    for (let m = s.startMonth; m <= endMonth; m++) if (yearOfMonth(m) === y) months++;
    const yearBudget = (s.budget * months) / s.durationMonths;
    const closedYear = y < 2026 || (finished && y <= yearOfMonth(s.lastActiveMonth));
    for (const [type, share, cat] of [['Capex', capexShare, rng.pick(['Hardware', 'Software', 'Licences'])], ['Opex', 1 - capexShare, rng.pick(['InternalStaff', 'ExternalServices', 'Other'])]] as const) {
      const planned = Math.round((yearBudget * share) / 100) * 100;
      const overrun = 1 / clamp(s.cpiLast, 0.75, 1.1);
      const cancelledCut = s.lifecycle === 'Cancelled' && y >= yearOfMonth(s.lastActiveMonth) ? 0.4 : 1;
      const actual = closedYear ? Math.round((planned * overrun * cancelledCut) / 100) * 100 : y === 2026 && s.startMonth < REF_MONTH ? Math.round((planned * overrun * 0.8) / 100) * 100 : null;
      b.add('BudgetLines', {
        Title: `${y} ${type} – ${cat}`, Project: P, FiscalYear: y, CostType: type, CostCategory: cat, PlannedAmount: planned,
        ForecastAmount: closedYear ? actual : Math.round((planned * overrun) / 100) * 100, ActualAmount: actual
      });
    }
  }

  // Resource demand (assignments) in a 9-month window around the reference date.
  if (s.lifecycle === 'Active' || s.lifecycle === 'Proposed') {
    const state = s.lifecycle === 'Active' ? 'Committed' : 'Proposed';
    const roles = ['PM', ...rng.sample(['BA', 'ARCH', 'DEV', 'QA', 'INFRA', 'SEC', 'DATA', 'CHG', 'PROC'], rng.int(1, 2))];
    const named = new Map<string, number | undefined>();
    for (const code of roles) {
      const pool = c.resourcesOfRole.get(code) ?? [];
      named.set(code, code === 'PM' ? c.resourceOfUser.get(s.pm.userPrincipalName) : pool.length > 0 && rng.chance(0.2) ? rng.pick(pool) : undefined);
    }
    for (let m = Math.max(s.startMonth, REF_MONTH - 2); m <= Math.min(endMonth, REF_MONTH + 6); m++) {
      for (const code of roles) {
        const res = state === 'Committed' ? named.get(code) : undefined;
        b.add('Assignments', {
          Title: `${short} – ${code} – ${monthKey(m)}`, Project: P, ResourceRole: ref('Roles', c.roleIdx.get(code) as number),
          Resource: res !== undefined ? ref('Resources', res) : null, Month: iso(monthStartDay(m)),
          DemandDays: code === 'PM' ? rng.int(6, 12) : Math.round(rng.range(2, 14) * 2) / 2, DemandState: state
        });
      }
    }
  }

  // Gate reviews: the gates the project has reached.
  const reached: string[] = s.lifecycle === 'Proposed' ? ['G0'] : s.stage === 'Initiation' ? ['G0', 'G1'] : s.stage === 'Delivery' ? ['G0', 'G1', 'G2'] : ['G0', 'G1', 'G2', 'G3', 'G4'];
  if (s.stage === 'Delivery' && s.lifecycle === 'Active' && s.reports.length > 0 && s.reports[s.reports.length - 1].ev / s.budget > 0.8) reached.push('G3');
  const gateDay: Record<string, number> = { G0: startDay - 14, G1: startDay + Math.round(span * 0.1), G2: startDay + Math.round(span * 0.35), G3: startDay + Math.round(span * 0.85), G4: Math.min(lastDay, REF_DAY - 1) };
  reached.forEach((g, gi) => {
    const lastGate = gi === reached.length - 1;
    const day = workday(Math.min(gateDay[g], lastGate ? REF_DAY + 30 : REF_DAY - 1));
    let decision: string;
    if (day >= REF_DAY) decision = 'Pending';
    else if (lastGate && s.lifecycle === 'Cancelled') decision = 'Failed';
    else if (lastGate && s.lifecycle === 'OnHold') decision = 'Deferred';
    else if (lastGate && s.lifecycle === 'Active' && s.stage !== 'Closing' && rng.chance(0.3)) decision = 'Pending';
    else decision = rng.weighted([['Passed', 7], ['PassedWithConditions', 2], ['Failed', 1]] as const);
    const items = c.checklistOfGate.get(g) ?? [];
    const review = (when: number, dec: string): void => {
      const unmet = dec === 'PassedWithConditions' || dec === 'Failed' || dec === 'Deferred' ? rng.pick(items.filter(x => x.mandatory)) : undefined;
      b.add('GateReviews', {
        Title: `${g} – ${short}`, Project: P, Gate: ref('Gates', c.gateIdx.get(g) as number), ReviewDate: iso(when), GateDecision: dec,
        Reviewers: users([s.sponsor.userPrincipalName, ...rng.sample(c.board.filter(u => u !== s.sponsor), 1).map(u => u.userPrincipalName), rng.pick(c.officers).userPrincipalName]),
        ChecklistResultJson: { json: dec === 'Pending' ? items.map(x => ({ item: jsonRef('GateChecklistItems', x.idx), met: null })) : items.map(x => ({ item: jsonRef('GateChecklistItems', x.idx), met: x !== unmet })) },
        Conditions: dec === 'PassedWithConditions' ? `Close “${unmet?.title ?? ''}” within 30 days.` : dec === 'Failed' ? `Not met: ${unmet?.title ?? ''}.` : null
      });
    };
    if (decision === 'Failed' && !(lastGate && s.lifecycle === 'Cancelled')) {
      review(workday(day - 21), 'Failed');
      decision = 'Passed';
    }
    review(day, decision);
  });
}

/** A saved view of the portfolio web part (stored as the domain serialises it). */
function view(name: string, v: Omit<IPortfolioView, 'name' | 'search'> & { search?: string }): { json: unknown } {
  return { json: JSON.parse(serializeView({ name, search: '', ...v })) as unknown };
}

function portfolioViews(b: Builder, programmeCount: number): void {
  const officer = usersOf('pmoOfficer');
  const owner = usersOf('owner')[0];
  const shared: Array<[string, string, { json: unknown }]> = [
    [owner.userPrincipalName, 'Red and amber projects', view('Red and amber projects', { columns: ['title', 'code', 'programme', 'projectManager', 'ragOverall', 'ragSchedule', 'ragCost', 'nextMilestone', 'nextMilestoneDate'], filters: { statuses: ['Active'], rag: ['Red', 'Amber'] }, sort: [{ column: 'ragOverall', descending: true }] })],
    [officer[0].userPrincipalName, 'By programme', view('By programme', { columns: ['title', 'code', 'projectManager', 'stage', 'status', 'ragOverall', 'budget'], filters: {}, groupBy: 'programme', sort: [{ column: 'title', descending: false }] })],
    [officer[1].userPrincipalName, 'In delivery, by department', view('In delivery, by department', { columns: ['title', 'code', 'department', 'projectManager', 'ragOverall', 'endDate'], filters: { stages: ['Delivery'], statuses: ['Active'] }, groupBy: 'department', sort: [{ column: 'endDate', descending: false }] })],
    [officer[2].userPrincipalName, 'Closing and closed', view('Closing and closed', { columns: ['title', 'code', 'stage', 'status', 'budget', 'endDate'], filters: { stages: ['Closing'] }, sort: [{ column: 'endDate', descending: true }] })]
  ];
  if (programmeCount > 0) {
    // A programme filter holds site ids: the writer resolves the reference.
    const json = view('Digital Transformation Programme', { columns: ['title', 'code', 'projectManager', 'stage', 'ragOverall', 'nextMilestone', 'nextMilestoneDate'], filters: {}, sort: [{ column: 'nextMilestoneDate', descending: false }] }).json as Record<string, unknown>;
    // Shared views are the PMO's (by list permission): an officer saves it for the programme.
    shared.push([officer[0].userPrincipalName, 'Digital Transformation Programme', { json: { ...json, filters: { programmeIds: [jsonRef('Programmes', 0)] } } }]);
  }
  for (const [author, title, json] of shared) b.add('PortfolioViews', { Title: title, PortfolioViewJson: json }, { author });

  for (const u of demoUsers) {
    if (u.role === 'projectManager') {
      b.add('MyPortfolioViews', { Title: 'My department', PortfolioViewJson: view('My department', { columns: ['title', 'code', 'projectManager', 'stage', 'ragOverall', 'nextMilestone'], filters: { departments: [u.department] }, sort: [{ column: 'title', descending: false }] }) }, { author: u.userPrincipalName });
    } else if (u.role === 'boardMember') {
      b.add('MyPortfolioViews', { Title: 'Red projects', PortfolioViewJson: view('Red projects', { columns: ['title', 'programme', 'projectManager', 'ragOverall', 'budget'], filters: { rag: ['Red'] }, sort: [{ column: 'budget', descending: true }] }) }, { author: u.userPrincipalName });
      b.add('MyPortfolioViews', { Title: 'Budget by programme', PortfolioViewJson: view('Budget by programme', { columns: ['title', 'budget', 'status', 'ragCost'], filters: { statuses: ['Active', 'Proposed'] }, groupBy: 'programme', sort: [{ column: 'budget', descending: true }] }) }, { author: u.userPrincipalName });
    } else if (u.role === 'reader') {
      b.add('MyPortfolioViews', { Title: 'All active', PortfolioViewJson: view('All active', { columns: ['title', 'department', 'stage', 'ragOverall'], filters: { statuses: ['Active'] }, sort: [{ column: 'title', descending: false }] }) }, { author: u.userPrincipalName });
    }
  }
}
