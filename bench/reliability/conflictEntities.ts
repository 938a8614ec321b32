/**
 * The editable entities of the conflicts figure: for each, how its item is prepared, read with its
 * ETag through PMO Hub's service, saved with a given ETag through the service, and read back. A save
 * writes a marker (a number unique to the save) into one column; the read back returns it.
 */
import { SITE_PATH } from '../../workbench';
import { emptyRequest } from '../../src/domain/intake';
import { ProjectsList } from '../../src/schema/refs';
import type { IReliabilitySite } from './site';
import { SECOND_PMO_OFFICER } from './site';

/** One item two users edit: who they are, and the service calls on it. */
export interface IConflictItem {
  /** Users A and B (B may be A in a second session when only the author edits the item). */
  a: string;
  b: string;
  /** Reads the item through the service as `upn`; its ETag. */
  read(upn: string): Promise<string>;
  /** Saves `marker` through the service as `upn` with `etag`. */
  write(upn: string, marker: number, etag: string): Promise<void>;
  /** The marker stored on the item now (read as the site owner). */
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
    write: (upn, marker, etag) => site.services(upn).projects.update(c.projectId, { budget: marker * 1000, reason: `Reliability check #${marker}` }, etag),
    stored: async () => Number(await column(site, ProjectsList.url, c.projectId, 'Budget')) / 1000
  })
};

const risks: IConflictEntity = {
  name: 'risks',
  prepare: async (site, c) => {
    const { id } = await site.services(c.manager).risks.create(c.projectId, { title: 'Reliability risk #0', probability: 2, impact: 3 });
    return {
      a: c.manager, b: c.pmo,
      read: async upn => found((await site.services(upn).risks.getProjectRisks(c.projectId)).risks, id, 'risk').etag,
      write: async (upn, marker, etag) => { await site.services(upn).risks.update(id, { title: `Reliability risk #${marker}` }, etag); },
      stored: async () => markerOf(await column(site, 'Lists/Risks', id, 'Title'))
    };
  }
};

const milestones: IConflictEntity = {
  name: 'milestones',
  prepare: async (site, c) => {
    const { id } = await site.services(c.manager).milestones.create(c.projectId, { title: 'Reliability milestone #0', baselineDate: '2027-03-31' });
    return {
      a: c.manager, b: c.pmo,
      read: async upn => found(await site.services(upn).milestones.list(c.projectId), id, 'milestone').etag,
      write: async (upn, marker, etag) => { await site.services(upn).milestones.update(id, { title: `Reliability milestone #${marker}` }, etag); },
      stored: async () => markerOf(await column(site, 'Lists/Milestones', id, 'Title'))
    };
  }
};

const issues: IConflictEntity = {
  name: 'issues',
  prepare: async (site, c) => {
    const { id } = await site.services(c.manager).raidLog.createIssue(c.projectId, { title: 'Reliability issue #0' });
    return {
      a: c.manager, b: c.pmo,
      read: async upn => found(await site.services(upn).raidLog.listIssues(c.projectId), id, 'issue').etag,
      write: async (upn, marker, etag) => { await site.services(upn).raidLog.updateIssue(id, { title: `Reliability issue #${marker}` }, etag); },
      stored: async () => markerOf(await column(site, 'Lists/Issues', id, 'Title'))
    };
  }
};

const budgetLines: IConflictEntity = {
  name: 'budget lines',
  prepare: async (site, c) => {
    const { id } = await site.services(c.manager).budget.add(c.projectId, { fiscalYear: 2027, costType: 'Opex', category: 'Other', planned: 1000, title: 'Reliability line #0' });
    return {
      a: c.manager, b: c.pmo,
      read: async upn => found((await site.services(upn).budget.getBudget(c.projectId)).lines, id, 'budget line').etag,
      write: async (upn, marker, etag) => { await site.services(upn).budget.update(id, { title: `Reliability line #${marker}` }, etag); },
      stored: async () => markerOf(await column(site, 'Lists/BudgetLines', id, 'Title'))
    };
  }
};

const benefits: IConflictEntity = {
  name: 'benefits',
  prepare: async (site, c) => {
    const { id } = await site.services(c.manager).benefits.addBenefit(c.projectId, { title: 'Reliability benefit #0' });
    return {
      a: c.manager, b: c.pmo,
      read: async upn => found(await site.services(upn).benefits.listBenefits(c.projectId), id, 'benefit').etag,
      write: async (upn, marker, etag) => { await site.services(upn).benefits.updateBenefit(id, { title: `Reliability benefit #${marker}` }, etag); },
      stored: async () => markerOf(await column(site, 'Lists/Benefits', id, 'Title'))
    };
  }
};

/** Change requests: assessing moves a change on, so each pair works on a change of its own (made in `read` by A's first read). */
const changes: IConflictEntity = {
  name: 'changes',
  prepare: async (site, c) => {
    let id = 0;
    let count = 0;
    return {
      a: c.manager, b: c.pmo,
      read: async upn => {
        if (upn === c.manager) id = (await site.services(c.manager).changes.create(c.projectId, { title: `Reliability change ${++count}`, summary: 'Reliability change #0' })).id;
        return found(await site.services(upn).changes.list(c.projectId), id, 'change').etag;
      },
      write: async (upn, marker, etag) => { await site.services(upn).changes.assess(id, { summary: `Assessed #${marker}` }, etag); },
      stored: async () => markerOf(await column(site, 'Lists/ChangeRequests', id, 'Summary'))
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
      write: async (upn, marker, etag) => { await site.services(upn).statusReports.saveDraft(draft.id, { achievements: `Reliability check #${marker}` }, etag); },
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
      write: async (upn, marker, etag) => { await site.services(upn).gates.saveDraft(draft.id, [{ itemId: 1, comment: `Evidence #${marker}` }], etag); },
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
        await site.services(upn).requests.saveDraft({ ...request.input, title: `Reliability request #${marker}` }, mine.id, undefined, undefined, etag);
      },
      stored: async () => markerOf(await column(site, 'Lists/ProjectRequests', mine.id, 'Title'))
    };
  }
};

/** Every editable entity the figure covers, in the order pairs are dealt to them. */
export const CONFLICT_ENTITIES: ReadonlyArray<IConflictEntity> = [
  projects, requests, statusReportDrafts, risks, budgetLines, gateReviewDrafts, milestones, issues, changes, benefits
];

export { SECOND_PMO_OFFICER };
