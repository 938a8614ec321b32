/**
 * The write journeys of the faults figure: what a user does on a web part, as PMO Hub's services do
 * it for the screen (createPmoServices over HTTP, the product's retry policy), run `i` with inputs of
 * its own (`#i` in the titles). `plan(ctx, i)` prepares what the run needs with the faults off (a
 * request to convert, a draft to publish) and returns the run and, where the journey changes items
 * rather than adding them, a check of the stored values (read with the faults off).
 *
 * This file holds the journeys of the Requests and Project web parts; faultJourneysPmo.ts the PMO's,
 * the board's and the trainees'; faultJourneyKit.ts what they share.
 */
import { SITE_PATH } from '../../workbench';
import type { IPmoServices } from '../../src/services';
import { emptyRequest } from '../../src/domain/intake';
import { fileReadyRequests } from '../../src/services/test-utils/readyRequests';
import { ProjectsList } from '../../src/schema/refs';
import { byId, dayOf, expectValue, journey, type IFaultJourney, type IJourneyContext } from './faultJourneyKit';
import { PMO_JOURNEYS } from './faultJourneysPmo';

const requestJourneys: IFaultJourney[] = [
  journey('request: save draft', 'Requests', 'member', async (s, _c, i) => {
    const saved = await s.requests.saveDraft({ ...emptyRequest(), title: `Faults request draft #${i}`, problemStatement: 'Paper forms.' });
    return expectValue('draft title', (await s.requests.get(saved.request.id)).request.input.title, `Faults request draft #${i}`);
  }),
  journey('request: submit', 'Requests', 'member', async (s, _c, i) => {
    const ref = await s.requests.getReferenceData();
    await s.requests.submit({
      ...emptyRequest(), title: `Faults request #${i}`, businessUnit: ref.businessUnits[0].title, problemStatement: 'Paper forms slow down case handling.',
      goals: 'Handle 80 % of cases online.', objectiveIds: [ref.objectives[0].id], expectedBenefits: 'Shorter handling times.',
      costPlan: [{ year: 2027, capex: 100000 + i, opex: 20000 }], desiredStart: '2027-03-01', desiredEnd: '2027-12-31', urgency: 'High',
      sponsor: { login: 'pieter.bakker@pmohub.demo', displayName: 'Pieter Bakker' },
      compliance: { personalData: false, iso27001Scope: true, nis2Relevant: false, procurementNeeded: false },
      resourceDemand: ref.roles.length ? [{ role: ref.roles[0].id, month: '2027-03', days: 5 }] : []
    });
  }),
  journey('request: draft with attachments', 'Requests', 'member', async (s, _c, i) => {
    const files = [{ name: `faults-${i}-a.txt`, content: `first ${i}` }, { name: `faults-${i}-b.txt`, content: `second ${i}` }];
    const saved = await s.requests.saveDraft({ ...emptyRequest(), title: `Faults attachments #${i}` }, undefined, { add: files });
    const names = (await s.requests.get(saved.request.id)).request.attachments.slice().sort().join();
    return expectValue('attachments', names, files.map(f => f.name).join());
  }),
  journey('request: delete draft', 'Requests', 'member', async (s, _c, i) => {
    const saved = await s.requests.saveDraft({ ...emptyRequest(), title: `Faults draft to delete #${i}` });
    await s.requests.deleteDraft(saved.request.id, saved.request.etag);
  }),
  {
    name: 'request: review and approve', webPart: 'Requests', role: 'pmo',
    plan: async (ctx, i) => {
      const { request } = await ctx.as(ctx.member).requests.submit(await readyInput(ctx, `Faults request to approve #${i}`));
      return {
        run: async () => {
          const s = ctx.as(ctx.pmo).requests;
          for (const to of ['InReview', 'ReadyForScoring'] as const) await s.transition(request.id, to);
          await s.transition(request.id, 'Approved', 'Fits the plan', 'Fits the plan');
        },
        verify: async () => expectValue('state', (await ctx.as(ctx.pmo).requests.get(request.id)).request.state, 'Approved')
      };
    }
  },
  {
    name: 'request: convert to project', webPart: 'Requests', role: 'pmo',
    plan: async (ctx, i) => {
      const pmo = ctx.as(ctx.pmo).requests;
      const [id] = await fileReadyRequests(ctx.as(ctx.member).requests, pmo, [`Faults project #${i}`]);
      await pmo.transition(id, 'Approved', 'Fits the plan', 'Fits the plan');
      return { run: async () => { await ctx.as(ctx.pmo).requests.convertToProject(id, { projectManager: { login: ctx.manager, displayName: 'Camille Dubois' } }); } };
    }
  }
];

/** A complete request as the intake form sends it. */
async function readyInput(ctx: IJourneyContext, title: string): Promise<Parameters<IPmoServices['requests']['submit']>[0]> {
  const ref = await ctx.as(ctx.member).requests.getReferenceData();
  return {
    ...emptyRequest(), title, businessUnit: ref.businessUnits[0].title, problemStatement: 'Paper forms slow down case handling.',
    goals: 'Handle 80 % of cases online.', objectiveIds: [ref.objectives[0].id], expectedBenefits: 'Shorter handling times.',
    costPlan: [{ year: 2027, capex: 150000, opex: 20000 }], desiredStart: '2027-03-01', desiredEnd: '2027-12-31', urgency: 'High',
    sponsor: { login: 'pieter.bakker@pmohub.demo', displayName: 'Pieter Bakker' },
    compliance: { personalData: false, iso27001Scope: true, nis2Relevant: false, procurementNeeded: false },
    resourceDemand: ref.roles.length ? [{ role: ref.roles[0].id, month: '2027-03', days: 5 }] : []
  };
}

/** The project item's ETag, read as the screen reads it (through the user's PnPjs, under the faults). */
async function projectEtag(s: IPmoServices, projectId: number): Promise<string> {
  return ((await s.env.sp.web.getList(`${SITE_PATH}/${ProjectsList.url}`).items.getById(projectId).select('Id')()) as { 'odata.etag': string })['odata.etag'];
}

const projectJourneys: IFaultJourney[] = [
  journey('project: update', 'Project', 'manager', async (s, c, i) => {
    const etag = await projectEtag(s, c.projectId);
    await s.projects.update(c.projectId, { budget: 1_000_000 + i, reason: `Faults budget #${i}` }, etag);
    const row = await s.env.sp.web.getList(`${SITE_PATH}/${ProjectsList.url}`).items.getById(c.projectId).select('Budget')<{ Budget: number }>();
    return expectValue('budget', row.Budget, 1_000_000 + i);
  }),
  journey('status report: draft and publish', 'Project', 'manager', async (s, c, i) => {
    const draft = (await s.statusReports.getDraft(c.projectId)) ?? await s.statusReports.startDraft(c.projectId, '2026-11-30');
    // Each dimension as rated (or as suggested), with the justification the report's rules may ask for.
    const ratings = draft.dimensions.map(d => ({ dimension: d.dimension, rag: d.rag ?? d.suggested ?? 'Green', justification: 'Agreed with the sponsor.' }));
    const saved = await s.statusReports.saveDraft(draft.id, { achievements: `Faults achievements #${i}`, nextSteps: 'Go on.', ratings }, draft.etag);
    await s.statusReports.publish(saved.id, saved.etag);
    const [latest] = await s.statusReports.listReports(c.projectId, 1);
    return expectValue('published achievements', latest?.achievements, `Faults achievements #${i}`);
  }),
  journey('milestone: create, update, re-baseline', 'Project', 'manager', async (s, c, i) => {
    const m = await s.milestones.create(c.projectId, { title: `Faults milestone #${i}`, baselineDate: dayOf(i) });
    const moved = await s.milestones.update(m.id, { forecastDate: dayOf(i + 7) }, m.etag);
    const rebased = await s.milestones.rebaseline(m.id, dayOf(i + 7), `Faults reason #${i}`, moved.etag);
    return expectValue('baseline', byId(await s.milestones.list(c.projectId), rebased.id, 'milestone').baselineDate, dayOf(i + 7));
  }),
  journey('milestone: remove', 'Project', 'manager', async (s, c, i) => {
    const m = await s.milestones.create(c.projectId, { title: `Faults milestone to remove #${i}`, baselineDate: dayOf(i) });
    await s.milestones.remove(m.id, m.etag);
  }),
  journey('budget: add, update, remove lines', 'Project', 'manager', async (s, c, i) => {
    const line = await s.budget.add(c.projectId, { fiscalYear: 2027, costType: 'Opex', category: 'Other', planned: 1000 + i, title: `Faults line #${i}` });
    const other = await s.budget.add(c.projectId, { fiscalYear: 2027, costType: 'Capex', category: 'Other', planned: 500, title: `Faults line to remove #${i}` });
    const changed = await s.budget.update(line.id, { planned: 2000 + i }, line.etag);
    await s.budget.remove(other.id, other.etag);
    return expectValue('planned', byId((await s.budget.getBudget(c.projectId)).lines, changed.id, 'line').planned, 2000 + i);
  }),
  journey('benefit: add, update, measure', 'Project', 'manager', async (s, c, i) => {
    const b = await s.benefits.addBenefit(c.projectId, { title: `Faults benefit #${i}`, measure: 'Cases online', baseline: 10, target: 80, unit: '%' });
    const changed = await s.benefits.updateBenefit(b.id, { target: 81 + (i % 10) }, b.etag);
    await s.benefits.addMeasurement(changed.id, { on: dayOf(i), value: 20 + (i % 50), comment: `Faults measurement #${i}` });
    return expectValue('target', byId(await s.benefits.listBenefits(c.projectId), b.id, 'benefit').target, 81 + (i % 10));
  }),
  journey('benefit: remove', 'Project', 'manager', async (s, c, i) => {
    const b = await s.benefits.addBenefit(c.projectId, { title: `Faults benefit to remove #${i}` });
    await s.benefits.removeBenefit(b.id, b.etag);
  }),
  journey('portfolio: project edit', 'Portfolio', 'pmo', async (s, c, i) => {
    const etag = await projectEtag(s, c.projectId);
    await s.portfolio.updateProject(c.projectId, { endDate: dayOf(400 + i), reason: `Faults end #${i}` }, etag);
  }),
  journey('risk: create, update, close', 'Project', 'manager', async (s, c, i) => {
    const r = await s.risks.create(c.projectId, { title: `Faults risk #${i}`, probability: 2, impact: 3 });
    const changed = await s.risks.update(r.id, { probability: 4, mitigation: `Faults mitigation #${i}` }, r.etag);
    await s.risks.close(changed.id, changed.etag);
    return expectValue('status', byId((await s.risks.getProjectRisks(c.projectId)).risks, r.id, 'risk').status, 'Closed');
  }),
  journey('issue: create, update', 'Project', 'manager', async (s, c, i) => {
    const x = await s.raidLog.createIssue(c.projectId, { title: `Faults issue #${i}` });
    await s.raidLog.updateIssue(x.id, { summary: `Faults summary #${i}` }, x.etag);
    return expectValue('summary', byId(await s.raidLog.listIssues(c.projectId), x.id, 'issue').summary, `Faults summary #${i}`);
  }),
  journey('decision: add', 'Project', 'manager', async (s, c, i) => {
    await s.raidLog.addDecision(c.projectId, { title: `Faults decision #${i}`, date: dayOf(i), outcome: 'Approved', rationale: 'Saves six weeks.' });
  }),
  journey('lesson: add, update', 'Project', 'manager', async (s, c, i) => {
    const l = await s.raidLog.addLesson({ title: `Faults lesson #${i}`, projectId: c.projectId, category: 'Procurement', type: 'WentWell', summary: 'Framework.' });
    await s.raidLog.updateLesson(l.id, { recommendation: `Faults recommendation #${i}` }, l.etag);
  }),
  journey('change request: raise, assess, approve', 'Project', 'manager', async (s, c, i) => {
    const ch = await s.changes.create(c.projectId, { title: `Faults change #${i}`, summary: 'More scope.' });
    const assessed = await s.changes.assess(ch.id, { scheduleImpactDays: 0, costImpact: 1000 + i, scopeImpact: 'One interface.' }, ch.etag);
    const approved = await c.as(c.pmo).changes.approve(assessed.id, { milestoneIds: [], fiscalYear: 2027 }, assessed.etag);
    return expectValue('status', approved.status, 'Approved');
  }),
  journey('change request: raise, assess, reject', 'Project', 'manager', async (s, c, i) => {
    const ch = await s.changes.create(c.projectId, { title: `Faults change to reject #${i}`, summary: 'Less scope.' });
    const assessed = await s.changes.assess(ch.id, { costImpact: 500 + i }, ch.etag);
    await c.as(c.pmo).changes.reject(assessed.id, assessed.etag);
  }),
  journey('capacity: project assignments', 'Project', 'manager', async (s, c, i) => {
    const rows = await s.capacity.getProjectAssignments(c.projectId);
    const { roles } = await s.capacity.getRolesAndPeople();
    const month = `2028-${String((i % 12) + 1).padStart(2, '0')}`;
    const saved = await s.capacity.saveProjectAssignments(c.projectId, [...rows, { roleId: roles[0].id, month, days: 1 + (i % 5), state: 'Proposed' }], rows);
    return saved.some(r => r.month === month && r.days === 1 + (i % 5)) ? [] : ['the new assignment is not there'];
  })
];

/** The journeys of the Requests and Project web parts. */
export const PROJECT_JOURNEYS: ReadonlyArray<IFaultJourney> = [...requestJourneys, ...projectJourneys];

/** Every journey of the figure, in the order they run. */
export const FAULT_JOURNEYS: ReadonlyArray<IFaultJourney> = [...PROJECT_JOURNEYS, ...PMO_JOURNEYS];

export { journeyContext, type IFaultJourney, type IJourneyContext } from './faultJourneyKit';
