/**
 * Governance permissions (schema 7) as SharePoint enforces them, against the emulator with the real
 * PnPjs: gate review requests and decisions are immutable for project managers and the board (add,
 * never PATCH), waivers are added by PMO officers only and changed by nobody below PMO owners, the
 * board adds conditions that project managers mark met, and risk snapshots are add-only.
 */
import { firstUserOf } from '../../workbench/directory';
import { loadLocale } from '../../tools/jest/locale';
import type { SPFI } from '../platform/pnp';
import { pmoSchema } from '../schema/pmoSchema';
import { provisionSite } from './index';
import { addDemoMembers, blankSite, userIdOf, type ITestSite } from './test-utils/site';

jest.setTimeout(120_000);

const FORBIDDEN = /\[403\]/;
const pm = firstUserOf('projectManager').userPrincipalName;
const officer = firstUserOf('pmoOfficer').userPrincipalName;
const board = firstUserOf('boardMember').userPrincipalName;
const visitor = firstUserOf('reader').userPrincipalName;

const list = (sp: SPFI, url: string): ReturnType<SPFI['web']['getList']> => sp.web.getList(`/sites/pmo/${url}`);
const add = async (sp: SPFI, url: string, values: Record<string, unknown>): Promise<number> => ((await list(sp, url).items.add(values)) as { Id: number }).Id;

describe('governance permissions (emulator enforcement)', () => {
  let site: ITestSite;
  let projectId: number;
  let gateId: number;
  let itemId: number;
  let reviewId: number;

  beforeAll(async () => {
    site = await blankSite();
    await provisionSite(site.sp, pmoSchema, { locale: 'en-us', strings: loadLocale('en-us') });
    await addDemoMembers(site.sp);
    const pmId = await userIdOf(site.sp, 'projectManager');
    projectId = await add(site.sp, 'Lists/Projects', { Title: 'Data centre move', ProjectManagerId: pmId, Lifecycle: 'prince2', StageCode: 'Initiation' });
    gateId = await add(site.sp, 'Lists/Gates', { Title: 'Authorise the project', Code: 'G2', GateOrder: 2, Lifecycle: 'prince2', StageCode: 'Initiation' });
    itemId = await add(site.sp, 'Lists/GateChecklistItems', { Title: 'NIS2 incident reporting', GateId: gateId, ChecklistCategory: 'Nis2', Mandatory: true });
    // The project manager's request: added as the project manager.
    reviewId = await add(site.as(pm), 'Lists/GateReviews', { Title: 'G2 review', ProjectId: projectId, GateId: gateId, ChecklistResultJson: '[]' });
  });
  afterAll(async () => {
    await site.stop();
  });

  it('project manager: fills a draft, requests a gate review and can then neither change nor delete it', async () => {
    const sp = site.as(pm);
    const draft = await add(sp, 'Lists/GateReviewDrafts', { Title: 'G2 draft', ProjectId: projectId, GateId: gateId });
    await list(sp, 'Lists/GateReviewDrafts').items.getById(draft).update({ ChecklistResultJson: '[{"item":1}]' });
    await list(sp, 'Lists/GateReviewDrafts').items.getById(draft).delete();
    const mine = await add(sp, 'Lists/GateReviews', { Title: 'G2 again', ProjectId: projectId, GateId: gateId });
    await expect(list(sp, 'Lists/GateReviews').items.getById(mine).update({ ChecklistResultJson: '[]' })).rejects.toThrow(FORBIDDEN);
    await expect(list(sp, 'Lists/GateReviews').items.getById(mine).delete()).rejects.toThrow(FORBIDDEN);
    // The board reads requests but neither files nor changes one.
    await expect(add(site.as(board), 'Lists/GateReviews', { Title: 'x', ProjectId: projectId, GateId: gateId })).rejects.toThrow(FORBIDDEN);
    await expect(list(site.as(board), 'Lists/GateReviews').items.getById(mine).update({ Title: 'x' })).rejects.toThrow(FORBIDDEN);
  });

  it('decisions: project managers and the board add them and PATCH none, their own included', async () => {
    const own = await add(site.as(pm), 'Lists/Decisions', { Title: 'Use the framework contract', ProjectId: projectId, DecisionDate: '2026-05-04T00:00:00Z', DecisionBody: 'Project' });
    await expect(list(site.as(pm), 'Lists/Decisions').items.getById(own).update({ Rationale: 'x' })).rejects.toThrow(FORBIDDEN);
    const gate = await add(site.as(board), 'Lists/Decisions', {
      Title: 'G2: go', ProjectId: projectId, GateReviewId: reviewId, GateOutcome: 'Go', DecisionDate: '2026-05-05T00:00:00Z', DecisionBody: 'ProjectBoard'
    });
    await expect(list(site.as(pm), 'Lists/Decisions').items.getById(gate).update({ GateOutcome: 'Stop' })).rejects.toThrow(FORBIDDEN);
    await expect(list(site.as(board), 'Lists/Decisions').items.getById(gate).update({ GateOutcome: 'Stop' })).rejects.toThrow(FORBIDDEN);
    await expect(list(site.as(board), 'Lists/Decisions').items.getById(gate).delete()).rejects.toThrow(FORBIDDEN);
    // SharePoint records who added it (the trust rule reads Author): the board member, not the caller's claim.
    const author = (await list(site.sp, 'Lists/Decisions').items.getById(gate).select('AuthorId')()) as { AuthorId: number };
    expect(author.AuthorId).toBe(await userIdOf(site.sp, 'boardMember'));
    await expect(add(site.as(visitor), 'Lists/Decisions', { Title: 'x', DecisionDate: '2026-05-05T00:00:00Z' })).rejects.toThrow(FORBIDDEN);
  });

  it('waivers: a project manager or a board member adding one gets 403; a PMO officer adds one and cannot change it', async () => {
    const waiver = { Title: 'NIS2 waiver', ProjectId: projectId, GateReviewId: reviewId, ChecklistItemId: itemId, WaiverReason: 'Out of NIS2 scope: no essential service' };
    await expect(add(site.as(pm), 'Lists/GateWaivers', waiver)).rejects.toThrow(FORBIDDEN);
    await expect(add(site.as(board), 'Lists/GateWaivers', waiver)).rejects.toThrow(FORBIDDEN);
    const id = await add(site.as(officer), 'Lists/GateWaivers', waiver);
    await expect(list(site.as(officer), 'Lists/GateWaivers').items.getById(id).update({ WaiverReason: 'changed' })).rejects.toThrow(FORBIDDEN);
    await expect(list(site.as(officer), 'Lists/GateWaivers').items.getById(id).delete()).rejects.toThrow(FORBIDDEN);
    // Visible to everyone, in the review forever.
    for (const upn of [pm, board, visitor]) {
      const seen = (await list(site.as(upn), 'Lists/GateWaivers').items.select('Id', 'WaiverReason')()) as Array<{ Id: number; WaiverReason: string }>;
      expect(seen).toEqual([expect.objectContaining({ Id: id, WaiverReason: waiver.WaiverReason })]);
    }
  });

  it('conditions: the board adds them and cannot change them; the project manager marks one met', async () => {
    const decision = await add(site.as(board), 'Lists/Decisions', {
      Title: 'G2: go with conditions', ProjectId: projectId, GateReviewId: reviewId, GateOutcome: 'GoWithConditions', DecisionDate: '2026-05-06T00:00:00Z', DecisionBody: 'ProjectBoard'
    });
    const pmId = await userIdOf(site.sp, 'projectManager');
    const id = await add(site.as(board), 'Lists/GateConditions', { Title: 'Security plan approved', ProjectId: projectId, GateReviewId: reviewId, DecisionId: decision, ConditionOwnerId: pmId, DueDate: '2026-06-30T00:00:00Z' });
    await expect(list(site.as(board), 'Lists/GateConditions').items.getById(id).update({ ConditionStatus: 'Met' })).rejects.toThrow(FORBIDDEN);
    await list(site.as(pm), 'Lists/GateConditions').items.getById(id).update({ ConditionStatus: 'Met' });
    const row = (await list(site.sp, 'Lists/GateConditions').items.getById(id).select('ConditionStatus')()) as { ConditionStatus: string };
    expect(row.ConditionStatus).toBe('Met');
  });

  it('risk snapshots are add-only for project managers; benefit measurements and project documents are theirs to edit', async () => {
    const sp = site.as(pm);
    const risk = await add(sp, 'Lists/Risks', { Title: 'Supplier late', ProjectId: projectId, Probability: 3, Impact: 4, RiskExposure: 12 });
    const snapshot = await add(sp, 'Lists/RiskSnapshots', { Title: 'May', RiskId: risk, ProjectId: projectId, SnapshotDate: '2026-05-31T00:00:00Z', Probability: 3, Impact: 4 });
    await expect(list(sp, 'Lists/RiskSnapshots').items.getById(snapshot).update({ Impact: 2 })).rejects.toThrow(FORBIDDEN);
    const benefit = await add(sp, 'Lists/Benefits', { Title: 'Lower energy cost', ProjectId: projectId, BenefitMeasure: 'kWh per month' });
    const measured = await add(sp, 'Lists/BenefitMeasurements', { Title: 'May', BenefitId: benefit, ProjectId: projectId, MeasureDate: '2026-05-31T00:00:00Z', RealisedValue: 1200 });
    await list(sp, 'Lists/BenefitMeasurements').items.getById(measured).update({ RealisedValue: 1250 });
    await expect(add(site.as(visitor), 'Lists/BenefitMeasurements', { Title: 'x', BenefitId: benefit, ProjectId: projectId, MeasureDate: '2026-05-31T00:00:00Z' })).rejects.toThrow(FORBIDDEN);
    // The end project report goes into the project documents library; visitors read it, write nothing.
    const folder = (upn: string): ReturnType<SPFI['web']['getFolderByServerRelativePath']> => site.as(upn).web.getFolderByServerRelativePath('/sites/pmo/ProjectDocuments');
    const file = await folder(pm).files.addUsingPath('PRJ-001 End project report.docx', 'report', { Overwrite: true });
    const item = await sp.web.getFileByServerRelativePath(String((file as { ServerRelativeUrl?: string }).ServerRelativeUrl)).getItem<{ Id: number }>('Id');
    await item.update({ ProjectId: projectId, DocumentType: 'EndProjectReport' });
    const docs = (await list(site.as(visitor), 'ProjectDocuments').items.select('ProjectId', 'DocumentType')()) as Array<Record<string, unknown>>;
    expect(docs).toEqual([expect.objectContaining({ ProjectId: projectId, DocumentType: 'EndProjectReport' })]);
    await expect(folder(visitor).files.addUsingPath('x.docx', 'x', { Overwrite: true })).rejects.toThrow(FORBIDDEN);
    // The methodology guide: the PMO edits it, project managers read it.
    await add(site.as(officer), 'Lists/MethodologyStages', { Title: 'Initiation', Lifecycle: 'prince2', StageCode: 'Initiation', Language: 'en', Purpose: 'Plan the project' });
    await expect(add(sp, 'Lists/MethodologyStages', { Title: 'x', Lifecycle: 'prince2', StageCode: 'Initiation', Language: 'en' })).rejects.toThrow(FORBIDDEN);
    expect(((await list(sp, 'Lists/MethodologyStages').items.select('Id')()) as unknown[]).length).toBe(1);
  });
});
