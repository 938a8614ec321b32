/**
 * provisionSite against the local SharePoint emulator with the real PnPjs: a blank site ends up as
 * the schema says (lists, columns, indexes, views, groups, permissions); a second run changes
 * nothing; the status check agrees; and each role can read and write what the permission model says.
 */
import { firstUserOf } from '../../workbench/directory';
import { loadLocale } from '../../tools/jest/locale';
import { loadModuleStrings } from '../../workbench/locales';
import type { SPFI } from '../platform/pnp';
import { pmoSchema } from '../schema/pmoSchema';
import { getSiteStatus, provisionSite } from './index';
import { missingTitles } from './steps/context';
import { addDemoMembers, blankSite, differences, userIdOf, type ITestSite } from './test-utils/site';
import type { IProvisionProgress, IProvisionResult } from './types';

jest.setTimeout(60000);

const en = loadLocale('en-us');
const schema = pmoSchema;
const DENIED = /\[40[134]\]/;

describe('provisionSite on a blank site', () => {
  let site: ITestSite;
  let first: IProvisionResult;
  const events: IProvisionProgress[] = [];

  beforeAll(async () => {
    site = await blankSite();
    first = await provisionSite(site.sp, schema, { locale: 'en-us', strings: en, onProgress: e => events.push(e) });
  });
  afterAll(async () => {
    await site.stop();
  });

  it('makes changes and reports progress up to the total', () => {
    expect(first.changes).toBeGreaterThan(300);
    expect(first.fromVersion).toBe(0);
    expect(first.toVersion).toBe(10);
    const last = events[events.length - 1];
    expect(last.done).toBe(last.total);
    expect(events.map(e => e.done)).toEqual(events.map(e => e.done).slice().sort((a, b) => a - b));
    expect(events.some(e => e.step === 'fields' && e.list === 'Risks' && e.field === 'Probability')).toBe(true);
  });

  it('leaves every list, column, index, view, group and permission as the schema says', async () => {
    expect(await differences(site.sp, schema, en)).toEqual([]);
  });

  it('a second run makes 0 changes and reports 0', async () => {
    const again = await provisionSite(site.sp, schema, { locale: 'en-us', strings: en });
    expect(again.log).toEqual([]);
    expect(again.changes).toBe(0);
    expect(again.fromVersion).toBe(10);
  });

  it('reports the site up to date, and what is missing on a blank site', async () => {
    expect(await getSiteStatus(site.sp, schema, { locale: 'en-us', strings: en })).toEqual({ siteVersion: 10, solutionVersion: 10, changes: [], upToDate: true });
    const blank = await blankSite();
    try {
      const status = await getSiteStatus(blank.sp, schema, { locale: 'en-us', strings: en });
      expect(status.siteVersion).toBeUndefined();
      expect(status.upToDate).toBe(false);
      expect(status.changes).toContainEqual({ area: 'list', target: 'Projects', text: "List 'Projects' created at Lists/Projects" });
      expect(status.changes).toContainEqual({ area: 'group', target: 'pmoOfficers', text: "Group 'PMO Officers' created" });
      expect(status.changes).toContainEqual({ area: 'page', target: 'Portfolio.aspx', text: "Page 'SitePages/Portfolio.aspx' created with PortfolioWebPart" });
      // Plan mode wrote nothing: the site is still blank.
      expect((await getSiteStatus(blank.sp, schema, { locale: 'en-us', strings: en })).changes).toEqual(status.changes);
    } finally {
      await blank.stop();
    }
  });

  describe('permissions per role (emulator enforcement)', () => {
    let projectId: number;
    let criterionId: number;
    let requestOfRequester: number;
    let requestOfOtherRequester: number;
    const requester = firstUserOf('requester').userPrincipalName;
    const otherRequester = 'lena.hoffmann@pmohub.demo';
    const pm = firstUserOf('projectManager').userPrincipalName;
    const officer = firstUserOf('pmoOfficer').userPrincipalName;
    const board = firstUserOf('boardMember').userPrincipalName;
    const visitor = firstUserOf('reader').userPrincipalName;
    const list = (sp: SPFI, url: string): ReturnType<SPFI['web']['getList']> => sp.web.getList(`/sites/pmo/${url}`);
    const newRequest = async (sp: SPFI, title: string): Promise<number> => {
      const sponsorId = await userIdOf(site.sp, 'boardMember');
      const r = (await list(sp, 'Lists/ProjectRequests').items.add({ Title: title, BusinessUnit: 'Facilities', ProblemStatement: 'Old heating', SponsorId: sponsorId })) as { Id: number };
      return r.Id;
    };

    beforeAll(async () => {
      await addDemoMembers(site.sp);
      const pmId = await userIdOf(site.sp, 'projectManager');
      projectId = ((await list(site.sp, 'Lists/Projects').items.add({ Title: 'Data centre move', ProjectManagerId: pmId })) as { Id: number }).Id;
      const modelId = ((await list(site.sp, 'Lists/ScoringModels').items.add({ Title: 'Model 2027' })) as { Id: number }).Id;
      criterionId = ((await list(site.sp, 'Lists/ScoringCriteria').items.add({ Title: 'Strategic fit', ScoringModelId: modelId, Weight: 40 })) as { Id: number }).Id;
      requestOfRequester = await newRequest(site.as(requester), 'New heating');
      requestOfOtherRequester = await newRequest(site.as(otherRequester), 'HR onboarding portal');
    });

    it('requester: files requests, reads and edits only their own, reads the portfolio, writes nothing else', async () => {
      const sp = site.as(requester);
      const mine = (await list(sp, 'Lists/ProjectRequests').items.select('Id')()) as Array<{ Id: number }>;
      expect(mine.map(r => r.Id)).toEqual([requestOfRequester]);
      await list(sp, 'Lists/ProjectRequests').items.getById(requestOfRequester).update({ Goals: 'Lower energy use' });
      await expect(list(sp, 'Lists/ProjectRequests').items.getById(requestOfOtherRequester).update({ Goals: 'x' })).rejects.toThrow(DENIED);
      expect(((await list(sp, 'Lists/Projects').items.select('Id')()) as unknown[]).length).toBe(1);
      await expect(list(sp, 'Lists/Projects').items.add({ Title: 'Mine', ProjectManagerId: 1 })).rejects.toThrow(DENIED);
      await expect(list(sp, 'Lists/Scores').items.select('Id')()).rejects.toThrow(DENIED);
      await expect(list(sp, 'Lists/Risks').items.add({ Title: 'r', ProjectId: projectId, Probability: 2, Impact: 2 })).rejects.toThrow(DENIED);
    });

    it('project manager: writes status reports, risks, issues and milestones; not scoring models, KPIs, gates or scores', async () => {
      const sp = site.as(pm);
      await list(sp, 'Lists/StatusReports').items.add({ Title: 'May', ProjectId: projectId, ReportDate: '2026-05-31T00:00:00Z', RagOverall: 'Amber' });
      await list(sp, 'Lists/Risks').items.add({ Title: 'Supplier late', ProjectId: projectId, Probability: 3, Impact: 4 });
      await list(sp, 'Lists/Issues').items.add({ Title: 'Rack missing', ProjectId: projectId });
      await list(sp, 'Lists/Milestones').items.add({ Title: 'Go-live', ProjectId: projectId });
      await expect(list(sp, 'Lists/ScoringModels').items.add({ Title: 'x' })).rejects.toThrow(DENIED);
      await expect(list(sp, 'Lists/KpiDefinitions').items.add({ Title: 'x' })).rejects.toThrow(DENIED);
      await expect(list(sp, 'Lists/Gates').items.add({ Title: 'x', GateOrder: 1 })).rejects.toThrow(DENIED);
      await expect(list(sp, 'Lists/Scores').items.select('Id')()).rejects.toThrow(DENIED);
    });

    it('PMO officer: reads and edits every request (Override List Behaviors), maintains scoring and KPIs', async () => {
      const sp = site.as(officer);
      const all = (await list(sp, 'Lists/ProjectRequests').items.select('Id')()) as Array<{ Id: number }>;
      expect(all.map(r => r.Id).sort()).toEqual([requestOfRequester, requestOfOtherRequester].sort());
      await list(sp, 'Lists/ProjectRequests').items.getById(requestOfOtherRequester).update({ IntakeState: 'InReview' });
      await list(sp, 'Lists/KpiDefinitions').items.add({ Title: 'On-time delivery', GreenThreshold: 90, AmberThreshold: 75 });
      await list(sp, 'Lists/ScoringCriteria').items.add({ Title: 'Risk', ScoringModelId: 1, Weight: 20 });
      expect(((await list(sp, 'Lists/Scores').items.select('Id')()) as unknown[]).length).toBe(0);
    });

    it('board member: writes scores, reads every request (Read all items) but edits none', async () => {
      const sp = site.as(board);
      const boardId = await userIdOf(site.sp, 'boardMember');
      const score = (await list(sp, 'Lists/Scores').items.add({ Title: 's', RoundNumber: 1, RequestNumber: requestOfRequester, CriterionId: criterionId, BoardMemberId: boardId, ScoreValue: 7 })) as { Id: number };
      expect(((await list(sp, 'Lists/Scores').items.select('Id')()) as unknown[]).length).toBe(1);
      // Blind scoring: another board member neither reads nor edits it; the PMO (Design) reads it.
      const other = site.as('isabelle.laurent@pmohub.demo');
      expect((await list(other, 'Lists/Scores').items.select('Id')()) as unknown[]).toEqual([]);
      await expect(list(other, 'Lists/Scores').items.getById(score.Id).select('ScoreValue')()).rejects.toThrow();
      await expect(list(other, 'Lists/Scores').items.getById(score.Id).update({ ScoreValue: 1 })).rejects.toThrow();
      expect(((await list(site.as(officer), 'Lists/Scores').items.select('Id', 'ScoreValue')()) as Array<{ Id: number; ScoreValue: number }>)).toEqual([expect.objectContaining({ Id: score.Id, ScoreValue: 7 })]);
      await expect(list(sp, 'Lists/ProjectRequests').items.getById(requestOfRequester).update({ Goals: 'x' })).rejects.toThrow(DENIED);
      await expect(list(sp, 'Lists/ScoringModels').items.add({ Title: 'x' })).rejects.toThrow(DENIED);
      const visible = (await list(sp, 'Lists/ProjectRequests').items.select('Id')()) as Array<{ Id: number }>;
      expect(visible.map(r => r.Id).sort()).toEqual([requestOfRequester, requestOfOtherRequester].sort());
    });

    it('personal records: everyone enrols in trainings; the roster is readable by all (schema 9) and each writes only their own enrolment, the PMO officers too', async () => {
      const moduleId = ((await list(site.sp, 'Lists/TrainingModules').items.add({ Title: 'PRINCE2 Foundation' })) as { Id: number }).Id;
      const sessionId = ((await list(site.sp, 'Lists/TrainingSessions').items.add({ Title: 'Berlin, May', TrainingModuleId: moduleId, SessionStart: '2026-05-04T08:00:00Z' })) as { Id: number }).Id;
      await expect(list(site.as(pm), 'Lists/TrainingSessions').items.add({ Title: 'x', TrainingModuleId: moduleId, SessionStart: '2026-05-04T08:00:00Z' })).rejects.toThrow(DENIED);
      const enrol = async (upn: string, role: 'requester' | 'projectManager'): Promise<number> => {
        const participantId = await userIdOf(site.sp, role);
        return ((await list(site.as(upn), 'Lists/Enrolments').items.add({ Title: upn, TrainingSessionId: sessionId, ParticipantId: participantId })) as { Id: number }).Id;
      };
      const mine = await enrol(requester, 'requester');
      const theirs = await enrol(pm, 'projectManager');
      for (const who of [requester, pm, officer]) {
        expect(((await list(site.as(who), 'Lists/Enrolments').items.select('Id')()) as Array<{ Id: number }>).map(r => r.Id).sort()).toEqual([mine, theirs].sort());
      }
      await expect(list(site.as(requester), 'Lists/Enrolments').items.getById(theirs).update({ EnrolmentStatus: 'Cancelled' })).rejects.toThrow(DENIED);
      await expect(list(site.as(officer), 'Lists/Enrolments').items.getById(theirs).update({ EnrolmentStatus: 'Cancelled' })).rejects.toThrow(DENIED);
      await list(site.as(pm), 'Lists/Enrolments').items.getById(theirs).update({ EnrolmentStatus: 'Cancelled' });
    });

    it('visitor: reads the portfolio, writes nothing, sees no scores or requests', async () => {
      const sp = site.as(visitor);
      expect(((await list(sp, 'Lists/Projects').items.select('Id')()) as unknown[]).length).toBe(1);
      expect(((await list(sp, 'Lists/StatusReports').items.select('Id')()) as unknown[]).length).toBe(1);
      await expect(list(sp, 'Lists/Projects').items.add({ Title: 'x', ProjectManagerId: 1 })).rejects.toThrow(DENIED);
      await expect(list(sp, 'Lists/Risks').items.add({ Title: 'x', ProjectId: projectId, Probability: 1, Impact: 1 })).rejects.toThrow(DENIED);
      await expect(list(sp, 'Lists/Scores').items.select('Id')()).rejects.toThrow(DENIED);
      await expect(list(sp, 'Lists/ProjectRequests').items.select('Id')()).rejects.toThrow(DENIED);
    });
  });
  it('a run in another locale retitles lists, columns and views (groups keep their names); it is then idempotent again', async () => {
    const de = loadLocale('de-de');
    const german = await provisionSite(site.sp, schema, { locale: 'de-de', strings: de });
    expect(german.changes).toBeGreaterThan(200);
    const diff = await differences(site.sp, schema, de);
    // Groups are found by their recorded ids and keep the names they were created with.
    expect(diff.filter(d => !/^group /.test(d))).toEqual([]);
    expect(diff.length).toBe(schema.groups.length);
    expect((await provisionSite(site.sp, schema, { locale: 'de-de', strings: de })).changes).toBe(0);
    // The status compares titles in the site's locale: German now, so English titles would be drift.
    expect((await getSiteStatus(site.sp, schema, { locale: 'de-de', strings: de })).upToDate).toBe(true);
    expect((await getSiteStatus(site.sp, schema, { locale: 'en-us', strings: en })).changes.filter(c => c.area === 'list').length).toBe(schema.lists.length);
  });
});

describe('provisionSite without the schema\'s titles', () => {
  it('refuses before any request when the strings lack titles (PmoHubStrings alone: SchemaStrings holds lists, columns, groups and views)', async () => {
    const blank = await blankSite();
    try {
      const pagesOnly = loadModuleStrings('PmoHubStrings', 'en-us');
      await expect(provisionSite(blank.sp, schema, { locale: 'en-us', strings: pagesOnly })).rejects.toThrow(/needs a title for \d+ keys of the schema \(List_/);
      await expect(getSiteStatus(blank.sp, schema, { locale: 'en-us', strings: pagesOnly })).rejects.toThrow(/pass SchemaStrings/);
      // Nothing was written: the site is as blank as before.
      expect((await getSiteStatus(blank.sp, schema, { locale: 'en-us', strings: en })).siteVersion).toBeUndefined();
      expect(missingTitles(schema, { ...pagesOnly, ...loadModuleStrings('SchemaStrings', 'en-us') })).toEqual([]);
    } finally {
      await blank.stop();
    }
  });
});
