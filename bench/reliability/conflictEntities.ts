/**
 * The editable entities of the conflicts figure: for each, how its item is prepared, read with its
 * ETag through PMO Hub's service, saved with a given ETag through the service, and read back. A save
 * writes a marker (a number unique to the save) into one column; the read back returns it.
 */
import { SITE_PATH } from '../../workbench';
import { emptyRequest } from '../../src/domain/intake';
import type { ICriterion } from '../../src/domain/scoring';
import type { IKpiDefinitionRow } from '../../src/services/DashboardService';
import type { ICapacityData } from '../../src/services/CapacityService';
import type { ICommunity } from '../../src/services/CommunityService';
import type { IMyAssessment } from '../../src/services/MaturityService';
import type { IMyEnrolment, IRosterLine } from '../../src/services/TrainingService';
import type { ITrainingModule } from '../../src/services/trainingRecords';
import { fileReadyRequests } from '../../src/services/test-utils/readyRequests';
import { BenefitsList, BudgetLinesList, ChangeRequestsList, EnrolmentsList, IssuesList, MilestonesList, ProjectRequestsList, ProjectsList, RisksList } from '../../src/schema/refs';
import type { IReliabilitySite } from './site';
import { SECOND_PMO_OFFICER } from './site';
import type { IPmoServices } from '../../src/services';

/** Which user of a pair acts: A saves first, B second with what they read before A saved. */
export type PairSide = 'a' | 'b';

/** One item two users edit: who they are, and the service calls on it. */
export interface IConflictItem {
  /** Users A and B (B may be A in a second session when only the author edits the item). */
  a: string;
  b: string;
  /** Brings the item to where a pair starts (e.g. a new change request to assess); optional. */
  begin?(): Promise<void>;
  /** Reads the item through the service as `upn`; what the screen keeps for its save (the ETag, or more). */
  read(upn: string): Promise<unknown>;
  /** Saves `marker` through the service as `upn`, with what `read` gave that user. */
  write(upn: string, marker: number, seen: unknown, side: PairSide): Promise<void>;
  /** The marker stored on the item now (read as the site owner, or as its author where only they read it). */
  stored(): Promise<number | undefined>;
}

/** An editable entity of PMO Hub: its name and how one of its items is prepared (once per bench run). */
export interface IConflictEntity {
  name: string;
  prepare(site: IReliabilitySite, ctx: IConflictContext): Promise<IConflictItem>;
}

/** What the entities share: the project they work in, its manager, a PMO officer, a requester. */
export interface IConflictContext {
  projectId: number;
  manager: string;
  pmo: string;
  requester: string;
}

const OWNER = 'olivia.bennett@pmohub.demo';
const OFFICER = 'anna.schmidt@pmohub.demo';

async function column(site: IReliabilitySite, listUrl: string, id: number, name: string): Promise<unknown> {
  const row = await site.sp(OWNER).web.getList(`${SITE_PATH}/${listUrl}`).items.getById(id).select(name)<Record<string, unknown>>();
  return row[name];
}

/** The marker in a text: the number after '#'. */
function markerOf(text: unknown): number | undefined {
  const m = /#(\d+)/.exec(typeof text === 'string' ? text : '');
  return m ? Number(m[1]) : undefined;
}

function found<T extends { id: number }>(rows: ReadonlyArray<T>, id: number, what: string): T {
  const row = rows.filter(r => r.id === id)[0];
  if (!row) throw new Error(`${what} ${id} is not there`);
  return row;
}

const projects: IConflictEntity = {
  name: 'projects',
  prepare: async (site, c) => ({
    a: c.manager, b: c.pmo,
    read: async upn => ((await site.sp(upn).web.getList(`${SITE_PATH}/${ProjectsList.url}`).items.getById(c.projectId).select('Id', 'Budget')()) as { 'odata.etag': string })['odata.etag'],
    write: (upn, marker, etag) => site.services(upn).projects.update(c.projectId, { budget: marker * 1000, reason: `Reliability check #${marker}` }, etag as string),
    stored: async () => Number(await column(site, ProjectsList.url, c.projectId, 'Budget')) / 1000
  })
};

/** How a project register's entry (created by the manager, edited by title) is reached through its service. */
interface IRegisterCalls {
  create(s: IPmoServices, projectId: number): Promise<{ id: number }>;
  list(s: IPmoServices, projectId: number): Promise<ReadonlyArray<{ id: number; etag: string }>>;
  retitle(s: IPmoServices, id: number, title: string, etag: string): Promise<unknown>;
}

/** An entry of a project register (`listUrl`) that the manager adds and A and B retitle: `Reliability <what> #<marker>`. */
function register(name: string, what: string, listUrl: string, calls: IRegisterCalls): IConflictEntity {
  return {
    name,
    prepare: async (site, c) => {
      const { id } = await calls.create(site.services(c.manager), c.projectId);
      return {
        a: c.manager, b: c.pmo,
        read: async upn => found(await calls.list(site.services(upn), c.projectId), id, what).etag,
        write: async (upn, marker, etag) => { await calls.retitle(site.services(upn), id, `Reliability ${what} #${marker}`, etag as string); },
        stored: async () => markerOf(await column(site, listUrl, id, 'Title'))
      };
    }
  };
}

const risks = register('risks', 'risk', RisksList.url, {
  create: (s, p) => s.risks.create(p, { title: 'Reliability risk #0', probability: 2, impact: 3 }),
  list: async (s, p) => (await s.risks.getProjectRisks(p)).risks,
  retitle: (s, id, title, etag) => s.risks.update(id, { title }, etag)
});

const milestones = register('milestones', 'milestone', MilestonesList.url, {
  create: (s, p) => s.milestones.create(p, { title: 'Reliability milestone #0', baselineDate: '2027-03-31' }),
  list: (s, p) => s.milestones.list(p),
  retitle: (s, id, title, etag) => s.milestones.update(id, { title }, etag)
});

const issues = register('issues', 'issue', IssuesList.url, {
  create: (s, p) => s.raidLog.createIssue(p, { title: 'Reliability issue #0' }),
  list: (s, p) => s.raidLog.listIssues(p),
  retitle: (s, id, title, etag) => s.raidLog.updateIssue(id, { title }, etag)
});

const budgetLines = register('budget lines', 'line', BudgetLinesList.url, {
  create: (s, p) => s.budget.add(p, { fiscalYear: 2027, costType: 'Opex', category: 'Other', planned: 1000, title: 'Reliability line #0' }),
  list: async (s, p) => (await s.budget.getBudget(p)).lines,
  retitle: (s, id, title, etag) => s.budget.update(id, { title }, etag)
});

const benefits = register('benefits', 'benefit', BenefitsList.url, {
  create: (s, p) => s.benefits.addBenefit(p, { title: 'Reliability benefit #0' }),
  list: (s, p) => s.benefits.listBenefits(p),
  retitle: (s, id, title, etag) => s.benefits.updateBenefit(id, { title }, etag)
});

/** Change requests: assessing moves a change on, so each pair works on a change of its own (filed by the manager in `begin`). */
const changes: IConflictEntity = {
  name: 'changes',
  prepare: async (site, c) => {
    let id = 0;
    let count = 0;
    return {
      a: c.manager, b: c.pmo,
      begin: async () => { id = (await site.services(c.manager).changes.create(c.projectId, { title: `Reliability change ${++count}`, summary: 'Reliability change #0' })).id; },
      read: async upn => found(await site.services(upn).changes.list(c.projectId), id, 'change').etag,
      write: async (upn, marker, etag) => { await site.services(upn).changes.assess(id, { summary: `Assessed #${marker}` }, etag as string); },
      stored: async () => markerOf(await column(site, ChangeRequestsList.url, id, 'Summary'))
    };
  }
};

const statusReportDrafts: IConflictEntity = {
  name: 'status reports',
  prepare: async (site, c) => {
    const draft = (await site.services(c.manager).statusReports.getDraft(c.projectId)) ?? await site.services(c.manager).statusReports.startDraft(c.projectId, '2026-11-30');
    const read = async (upn: string): Promise<{ etag: string; achievements?: string }> => {
      const d = await site.services(upn).statusReports.getDraft(c.projectId);
      if (!d || d.id !== draft.id) throw new Error('the status report draft is not there');
      return d as unknown as { etag: string; achievements?: string };
    };
    return {
      a: c.manager, b: c.pmo,
      read: async upn => (await read(upn)).etag,
      write: async (upn, marker, etag) => { await site.services(upn).statusReports.saveDraft(draft.id, { achievements: `Reliability check #${marker}` }, etag as string); },
      stored: async () => markerOf((await read(OWNER)).achievements)
    };
  }
};

const gateReviewDrafts: IConflictEntity = {
  name: 'gate reviews',
  prepare: async (site, c) => {
    const draft = await site.services(c.manager).gates.startDraft(c.projectId);
    const read = async (upn: string): Promise<{ etag: string; answers: ReadonlyArray<{ comment?: string }> }> => {
      const d = await site.services(upn).gates.getDraft(c.projectId);
      if (!d || d.id !== draft.id) throw new Error('the gate review draft is not there');
      return d;
    };
    return {
      a: c.manager, b: c.pmo,
      read: async upn => (await read(upn)).etag,
      write: async (upn, marker, etag) => { await site.services(upn).gates.saveDraft(draft.id, [{ itemId: 1, comment: `Evidence #${marker}` }], etag as string); },
      stored: async () => markerOf((await read(OWNER)).answers[0]?.comment)
    };
  }
};

/** Requests: only the author edits a draft, so B is the requester in a second session (another tab). */
const requests: IConflictEntity = {
  name: 'requests',
  prepare: async (site, c) => {
    const mine = (await site.services(c.requester).requests.saveDraft({ ...emptyRequest(), title: 'Reliability request #0' })).request;
    const read = (upn: string): ReturnType<IReliabilitySite['services']>['requests']['get'] extends (id: number) => infer R ? R : never => site.services(upn).requests.get(mine.id);
    return {
      a: c.requester, b: c.requester,
      read: async upn => (await read(upn)).request.etag,
      write: async (upn, marker, etag) => {
        const { request } = await read(upn);
        await site.services(upn).requests.saveDraft({ ...request.input, title: `Reliability request #${marker}` }, mine.id, undefined, undefined, etag as string);
      },
      stored: async () => markerOf(await column(site, ProjectRequestsList.url, mine.id, 'Title'))
    };
  }
};

const BOARD_MEMBER = 'klaus.fischer@pmohub.demo';

/**
 * Scores: a board member scores only their own (blind scoring), so B is the member in a second
 * session (another tab or device). The PMO opens a round on a request ready for scoring for them.
 */
const scores: IConflictEntity = {
  name: 'scores',
  prepare: async (site, c) => {
    const pmo = site.services(c.pmo);
    const criterion = (title: string): ICriterion => ({ id: 0, title, weight: 50, direction: 'Benefit', scaleMin: 0, scaleMax: 5, levels: [{ value: 0, description: 'None' }, { value: 5, description: 'Decisive' }], role: 'None' });
    const model = await pmo.scoring.createModel({ title: 'Reliability model', method: 'Weighted', status: 'Active', criteria: [criterion('Fit'), criterion('Value')] });
    const [request] = await fileReadyRequests(site.services(c.requester).requests, pmo.requests, ['Reliability scoring request']);
    const me = (await site.services(BOARD_MEMBER).scoring.getCurrentUser()).id;
    const round = await pmo.scoring.openRound({ title: 'Reliability round', modelId: model.id, requests: [request], members: [me], deadline: '2027-12-01' });
    const cell = { request, criterion: model.criteria[0].id };
    return {
      a: BOARD_MEMBER, b: BOARD_MEMBER,
      read: async upn => (await site.services(upn).scoring.getMyScores(round.id)).versions,
      write: async (upn, marker, seen) => { await site.services(upn).scoring.saveDraftScores(round.id, [{ ...cell, value: 3, comment: `Reliability #${marker}` }], seen as Record<string, string> | undefined); },
      stored: async () => markerOf((await site.services(BOARD_MEMBER).scoring.getMyScores(round.id)).entries.filter(e => e.criterion === cell.criterion)[0]?.comment)
    };
  }
};

/** KPI definitions: two PMO officers change the same definition (its description), from the dashboard's configuration. */
const kpiDefinitions: IConflictEntity = {
  name: 'KPI definitions',
  prepare: async (site, c) => {
    const first = (await site.services(c.pmo).dashboard.getDashboard()).definitions[0];
    if (!first) throw new Error('the demo seed has no KPI definition');
    const read = async (upn: string): Promise<IKpiDefinitionRow> => found((await site.services(upn).dashboard.getDashboard()).definitions, first.id, 'KPI definition');
    return {
      a: OFFICER, b: c.pmo,
      read,
      write: async (upn, marker, seen) => {
        const row = seen as IKpiDefinitionRow;
        await site.services(upn).dashboard.saveKpiDefinition({ ...row.input, description: `Reliability check #${marker}` }, { id: row.id, etag: row.etag });
      },
      stored: async () => markerOf((await read(OWNER)).input.description)
    };
  }
};

const TRAINEE = 'lena.hoffmann@pmohub.demo';

/**
 * Enrolments: only the trainee changes their own enrolment, so B is the trainee in a second session.
 * Each pair starts from a session of one seat whose first trainee left, so the trainee's waiting
 * enrolment moved up: A (one tab) confirms the seat, B (the other tab, stale) cancels the enrolment.
 */
const enrolments: IConflictEntity = {
  name: 'enrolments',
  prepare: async (site, c) => {
    const pmo = site.services(c.pmo).training;
    const moduleId = (await pmo.catalogue()).modules[0]?.id;
    if (moduleId === undefined) throw new Error('the demo seed has no training module');
    const sessionId = await pmo.saveSession({ moduleId, title: 'Reliability session', localStart: '2027-06-15T09:00', localEnd: '2027-06-15T12:00', timeZone: 'Europe/Brussels', capacity: 1, status: 'Open', venue: 'Room 1' });
    let enrolment = 0;
    let confirmedBy = 0;
    const mine = async (upn: string): Promise<IMyEnrolment> => found(await site.services(upn).training.mySessions(), enrolment, 'enrolment');
    return {
      a: TRAINEE, b: TRAINEE,
      begin: async () => {
        // The trainee leaves the previous pair's session first (a fresh read, as after a reload): nobody is enrolled then.
        if (enrolment && (await mine(TRAINEE)).status.kind !== 'cancelled') await site.services(TRAINEE).training.cancel(enrolment);
        const first = await site.services(c.requester).training.enrol(sessionId);
        enrolment = (await site.services(TRAINEE).training.enrol(sessionId)).enrolmentId;
        await site.services(c.requester).training.cancel(first.enrolmentId);
      },
      read: async upn => (await mine(upn)).etag,
      write: async (upn, marker, etag, side) => {
        if (side === 'a') {
          await site.services(upn).training.confirmSeat(enrolment);
          confirmedBy = marker;
        } else {
          await site.services(upn).training.cancel(enrolment, etag as string);
        }
      },
      // A's change is the confirmed seat of an enrolment still standing (B's cancel was refused).
      stored: async () => {
        const row = await site.sp(OWNER).web.getList(`${SITE_PATH}/${EnrolmentsList.url}`).items.getById(enrolment).select('SeatConfirmedAt', 'EnrolmentStatus')<{ SeatConfirmedAt?: string | null; EnrolmentStatus?: string }>(); // eslint-disable-line @rushstack/no-new-null -- SharePoint REST answers null
        return row.SeatConfirmedAt && row.EnrolmentStatus !== 'Cancelled' ? confirmedBy : undefined;
      }
    };
  }
};

const CHIARA = 'chiara.esposito@pmohub.demo';
const TRAINER = 'marco.rossi@pmohub.demo';

/** The first `n` digits 1–5 of `marker` in base 5 (a self-assessment's answers hold a marker that way). */
function answersOf(marker: number, keys: ReadonlyArray<string>): Record<string, number> {
  const out: Record<string, number> = {};
  keys.forEach((k, i) => { out[k] = (Math.floor(marker / 5 ** i) % 5) + 1; });
  return out;
}

/** The marker of answers written by {@link answersOf}; undefined when one is missing. */
function markerOfAnswers(answers: Readonly<Record<string, number>>, keys: ReadonlyArray<string>): number | undefined {
  let marker = 0;
  for (const [i, k] of keys.entries()) {
    if (!(answers[k] >= 1)) return undefined;
    marker += (answers[k] - 1) * 5 ** i;
  }
  return marker;
}

/** Self-assessments: only the respondent edits their draft, so B is the trainee in a second session (another tab). */
const selfAssessments: IConflictEntity = {
  name: 'self-assessments',
  prepare: async site => {
    const keys = (await site.services(CHIARA).maturity.questionnaire('en')).map(q => q.key).slice(0, 5);
    if (keys.length < 5) throw new Error('the demo seed has fewer than five maturity questions');
    return {
      a: CHIARA, b: CHIARA,
      read: upn => site.services(upn).maturity.myAssessment(),
      write: async (upn, marker, seen) => { await site.services(upn).maturity.saveDraft(answersOf(marker, keys), seen as IMyAssessment); },
      stored: async () => markerOfAnswers((await site.services(CHIARA).maturity.myAssessment()).answers, keys)
    };
  }
};

/**
 * Training attendance: a trainer and a PMO officer record the same trainee's attendance of a session held
 * (made for the run, the trainee enrolled before it began). Each pair starts from "not attended"; A
 * records attended and completed, B (stale) not attended.
 */
const attendance: IConflictEntity = {
  name: 'attendance',
  prepare: async (site, c) => {
    const pmo = site.services(c.pmo).training;
    const moduleId = (await pmo.catalogue()).modules[0]?.id;
    if (moduleId === undefined) throw new Error('the demo seed has no training module');
    const input = { moduleId, title: 'Reliability attendance', timeZone: 'Europe/Brussels', capacity: 5, status: 'Open' as const, venue: 'Room 2' };
    const sessionId = await pmo.saveSession({ ...input, localStart: '2027-09-15T09:00', localEnd: '2027-09-15T12:00' });
    await site.services(CHIARA).training.enrol(sessionId);
    // Held yesterday: attendance is recorded once a session has begun.
    const day = new Date(Date.now() - 86400000).toISOString().slice(0, 10);
    await pmo.saveSession({ ...input, id: sessionId, localStart: `${day}T09:00`, localEnd: `${day}T12:00` });
    const line = async (upn: string): Promise<IRosterLine> => {
      const l = (await site.services(upn).training.roster(sessionId)).lines.filter(x => x.status.kind === 'enrolled')[0];
      if (!l) throw new Error('the trainee is not on the roster');
      return l;
    };
    const person = (await line(c.pmo)).person.id;
    let written = 0;
    return {
      a: TRAINER, b: c.pmo,
      begin: async () => {
        const now = await line(c.pmo);
        await site.services(c.pmo).training.recordAttendance(sessionId, [{ personId: person, attended: false, completed: false, etag: now.attendance ? now.attendance.etag : '' }]);
      },
      read: async upn => { const l = await line(upn); return l.attendance ? l.attendance.etag : ''; },
      write: async (upn, marker, etag, side) => {
        await site.services(upn).training.recordAttendance(sessionId, [{ personId: person, attended: side === 'a', completed: side === 'a', etag: etag as string }]);
        if (side === 'a') written = marker;
      },
      stored: async () => { const a = (await line(c.pmo)).attendance; return a?.attended && a.completed ? written : undefined; }
    };
  }
};

/** Training modules: a trainer and a PMO officer change the same module of the catalogue (its summary). */
const trainingModules: IConflictEntity = {
  name: 'training modules',
  prepare: async (site, c) => {
    const base = { code: 'TR-RELY', title: 'Reliability module', level: 'Foundation' as const, format: 'Classroom' as const, language: 'en' };
    const id = await site.services(c.pmo).training.saveModule(base);
    const read = async (upn: string): Promise<ITrainingModule> => found((await site.services(upn).training.catalogue()).modules, id, 'training module');
    return {
      a: TRAINER, b: c.pmo,
      read,
      write: async (upn, marker, seen) => { await site.services(upn).training.saveModule({ ...base, id, etag: (seen as ITrainingModule).etag, summary: `Reliability check #${marker}` }); },
      stored: async () => markerOf((await read(OWNER)).summary)
    };
  }
};

/** Communities: two PMO officers change the same community (its summary). */
const communities: IConflictEntity = {
  name: 'communities',
  prepare: async (site, c) => {
    const base = { title: 'Reliability circle', topic: 'Classic' };
    const id = await site.services(c.pmo).communities.save(base);
    const read = async (upn: string): Promise<ICommunity> => found((await site.services(upn).communities.communities()).communities, id, 'community');
    return {
      a: OFFICER, b: c.pmo,
      read,
      write: async (upn, marker, seen) => { await site.services(upn).communities.save({ ...base, id, etag: (seen as ICommunity).etag, summary: `Reliability check #${marker}` }); },
      stored: async () => markerOf((await read(OWNER)).summary)
    };
  }
};

/** PMO settings (PmoHubConfig values): two PMO officers change the capacity settings (hours per week hold the marker). */
const pmoSettings: IConflictEntity = {
  name: 'PMO settings',
  prepare: async site => {
    const read = (upn: string): Promise<ICapacityData> => site.services(upn).capacity.getCapacityData('2027-01', 1);
    return {
      a: OFFICER, b: SECOND_PMO_OFFICER,
      read,
      write: async (upn, marker, seen) => { await site.services(upn).capacity.saveSettings({ hoursPerWeek: 1 + marker / 100, amberFrom: 0.85, redAbove: 1 }, (seen as ICapacityData).settingsVersion); },
      stored: async () => Math.round(((await read(OWNER)).settings.hoursPerWeek - 1) * 100)
    };
  }
};

/** Every editable entity the figure covers, in the order pairs are dealt to them. */
export const CONFLICT_ENTITIES: ReadonlyArray<IConflictEntity> = [
  projects, requests, statusReportDrafts, risks, budgetLines, scores, gateReviewDrafts, enrolments, milestones, issues, changes, benefits, kpiDefinitions,
  selfAssessments, attendance, trainingModules, communities, pmoSettings
];

export { SECOND_PMO_OFFICER };
