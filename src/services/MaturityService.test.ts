/**
 * The maturity self-assessment against the workbench (real PnPjs, the emulator's item-level security):
 * a person's answers are theirs alone (another trainee gets 404 by id and never sees them in a query;
 * PMO officers neither); the questionnaire in the user's language with English where a question has
 * none; save, resume and submit with the level rule; five colleagues submitting at the same time all
 * count in their department's sums (ETag-guarded, re-read on 412); the organisation view never returns a
 * group under 5; a resubmission replaces the earlier contribution; the qualification plan and targets.
 */
import { startWorkbench, type IWorkbench } from '../../workbench';
import { localEnvironment } from './environment';
import { createPmoServices, type IPmoServices } from './index';
import { MaturityService, type IMaturityService } from './MaturityService';
import { siteAddress } from './site';
import { describeError } from './errors';
import { MIN_GROUP_SIZE, PERSPECTIVES } from '../domain/maturity';
import type { SPFI } from '../platform/pnp';
import { MaturityAssessmentsList, MaturityResultsList } from '../schema/refs';

jest.setTimeout(300_000);

let wb: IWorkbench;
let owner: SPFI;

const PMO = 'anna.schmidt@pmohub.demo';
const CHIARA = 'chiara.esposito@pmohub.demo';
const JAMES = 'james.walker@pmohub.demo';
/** The PMO department's people (Portfolio Management Office). */
const PMO_DEPARTMENT = ['olivia.bennett@pmohub.demo', 'anna.schmidt@pmohub.demo', 'luc.moreau@pmohub.demo', 'sanne.devries@pmohub.demo', CHIARA];

const as = (user: string): IPmoServices => createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user }), {});
const spOf = (user: string): SPFI => localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user, schemaGuard: false }).sp;
const list = (sp: SPFI, url: string): ReturnType<SPFI['web']['getList']> => sp.web.getList(`/sites/pmo/${url}`);
/** The maturity service of a user at a fixed day (a quarter without demo data: 2027-Q1). */
const at = (user: string, day: string = '2027-02-10T10:00:00Z'): IMaturityService => {
  const env = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user });
  return new MaturityService(env.sp, siteAddress(env.siteUrl), { siteTimeZone: env.siteTimeZone, now: () => new Date(day) });
};
/** Answers putting every question of a perspective at the perspective's given level. */
const answersAt = async (levels: (p: string) => number): Promise<Record<string, number>> =>
  Object.fromEntries((await at(PMO).questionnaire('en')).map(q => [q.key, levels(q.perspective)]));

beforeAll(async () => {
  wb = await startWorkbench({ port: 0, memory: true, site: false, projects: 20 });
  await wb.ready;
  owner = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, schemaGuard: false }).sp;
});

afterAll(async () => {
  await wb?.stop();
});

describe('the questionnaire and a person\'s own assessment', () => {
  it('asks the seeded questionnaire in the user\'s language, seven perspectives with five answers each', async () => {
    const [en, it] = await Promise.all([as(CHIARA).maturity.questionnaire('en-us'), as(CHIARA).maturity.questionnaire('it-it')]);
    expect(new Set(en.map(q => q.perspective))).toEqual(new Set(PERSPECTIVES));
    expect(en.every(q => q.answers.length === 5 && q.language === 'en')).toBe(true);
    expect(it.every(q => q.language === 'it')).toBe(true);
    expect(it[0].text).not.toBe(en[0].text);
  });

  it('falls back to English per question where a question has no text in the user\'s language', async () => {
    const id = await as(PMO).maturity.saveQuestion({ code: 'XX1', perspective: 'RiskManagement', order: 99, texts: { en: { q: 'Only in English?', a: ['1', '2', '3', '4', '5'] } }, active: false });
    await as(PMO).maturity.saveQuestion({ id, code: 'XX1', perspective: 'RiskManagement', order: 99, texts: { en: { q: 'Only in English?', a: ['1', '2', '3', '4', '5'] } }, active: true });
    const de = await as(CHIARA).maturity.questionnaire('de-de');
    expect(de.filter(q => q.key === 'XX1')[0]).toMatchObject({ language: 'en', text: 'Only in English?' });
    expect(de.filter(q => q.key !== 'XX1').every(q => q.language === 'de')).toBe(true);
    await as(PMO).maturity.saveQuestion({ id, code: 'XX1', perspective: 'RiskManagement', order: 99, texts: { en: { q: 'Only in English?', a: ['1', '2', '3', '4', '5'] } }, active: false });
    // Validation names the field; trainees cannot edit the questionnaire.
    await expect(as(PMO).maturity.saveQuestion({ code: 'XX2', perspective: 'Nope', order: 1, texts: {} })).rejects.toMatchObject({ refusal: 'invalid', field: 'perspective' });
    await expect(as(PMO).maturity.saveQuestion({ code: 'XX2', perspective: 'RiskManagement', order: 1, texts: { en: { q: 'Q', a: ['1', '2'] } } })).rejects.toMatchObject({ field: 'texts.en.a' });
    await expect(as(CHIARA).maturity.saveQuestion({ code: 'XX2', perspective: 'RiskManagement', order: 1, texts: { en: { q: 'Q', a: ['1', '2', '3', '4', '5'] } } })).rejects.toMatchObject({ refusal: 'notPermitted' });
    // A code another question has (case aside) is refused naming that question.
    await expect(as(PMO).maturity.saveQuestion({ code: 'xx1', perspective: 'RiskManagement', order: 1, texts: { en: { q: 'Q', a: ['1', '2', '3', '4', '5'] } } }))
      .rejects.toMatchObject({ refusal: 'taken', field: 'code', takenBy: 'Only in English?' });
    // The question holding the code is given in each of its languages too: the form names it in the user's.
    const fr = (await as(PMO).maturity.questionnaire('fr-fr')).filter(q => q.language === 'fr')[0];
    const en = (await as(PMO).maturity.questionnaire('en-us')).filter(q => q.key === fr.key)[0];
    await expect(as(PMO).maturity.saveQuestion({ code: fr.key, perspective: 'RiskManagement', order: 1, texts: { en: { q: 'Q', a: ['1', '2', '3', '4', '5'] } } }))
      .rejects.toMatchObject({ refusal: 'taken', takenBy: en.text, takenByTexts: expect.objectContaining({ en: en.text, fr: fr.text }) });
  });

  it('resumes the trainee\'s seeded draft and keeps another trainee out of it: 404 by id, absent from every query, also for PMO officers', async () => {
    const mine = await as(CHIARA).maturity.myAssessment();
    expect(mine.state).toBe('Draft');
    expect(mine.id).toBeDefined();
    expect(Object.keys(mine.answers).length).toBeGreaterThan(0);
    expect(mine.result.overall).toBeUndefined();
    expect(PERSPECTIVES.filter(p => mine.result.answered[p].answered > 0).length).toBe(3);
    for (const other of [JAMES, PMO]) {
      const sp = spOf(other);
      const byId = await list(sp, MaturityAssessmentsList.url).items.getById(mine.id as number).select('Id', 'AnswersJson')().catch((e: unknown) => e);
      expect((byId as { status?: number }).status).toBe(404);
      const all = (await list(sp, MaturityAssessmentsList.url).items.select('Id', 'AuthorId').top(5000)()) as Array<{ Id: number }>;
      expect(all.map(r => r.Id)).not.toContain(mine.id);
      // Their own service never shows it either.
      expect((await as(other).maturity.myAssessment()).id).not.toBe(mine.id);
    }
  });

  it('saves a draft, refuses an incomplete submission and an answer out of range naming it, and submits the level rule\'s result', async () => {
    const s = at(JAMES, '2027-05-05T10:00:00Z');
    const full = await answersAt(() => 3);
    const keys = Object.keys(full);
    await expect(s.saveDraft({ [keys[0]]: 6 })).rejects.toMatchObject({ refusal: 'invalid', field: `answers.${keys[0]}` });
    const draft = await s.saveDraft({ [keys[0]]: 2 });
    expect(draft).toMatchObject({ state: 'Draft', quarter: '2027-Q2', answers: { [keys[0]]: 2 } });
    await expect(s.submit()).rejects.toMatchObject({ refusal: 'incomplete', field: 'answers' });
    // One answer at 2 makes its perspective 2 (the lowest answer) and the overall level 2 (the lowest perspective).
    await s.saveDraft({ ...full, [keys[0]]: 2 });
    const submitted = await s.submit();
    expect(submitted.state).toBe('Submitted');
    expect(submitted.submitted?.overall).toBe(2);
    expect(submitted.department).toBe('Customer Service');
    const plan = await s.qualificationPlan();
    expect(plan.lines.map(l => [l.perspective, l.current, l.target, l.gap])).toEqual([[PERSPECTIVES[0], 2, 3, 1]]);
    expect(plan.lines[0].modules.length).toBeGreaterThan(0);
    expect(plan.lines[0].modules.every(m => m.level === 3)).toBe(true);
  });

  it('refuses a draft saved from a sheet read before another session saved, as a conflict, and keeps what that session saved', async () => {
    const s = at(JAMES, '2027-08-05T10:00:00Z');
    const keys = Object.keys(await answersAt(() => 3));
    // Two tabs open on the new quarter: the first save adds the quarter's draft, the second tab's is refused.
    const [tab1, tab2] = [await s.myAssessment(), await s.myAssessment()];
    const saved = await s.saveDraft({ [keys[0]]: 4 }, tab1);
    expect(saved).toMatchObject({ state: 'Draft', quarter: '2027-Q3' });
    expect(describeError(await s.saveDraft({ [keys[0]]: 1 }, tab2).catch((e: unknown) => e)).kind).toBe('conflict');
    expect((await s.myAssessment()).answers).toEqual({ [keys[0]]: 4 });
    // Saved again with what the first save answered: the next save goes through; a save with the older ETag is refused (412).
    const next = await s.saveDraft({ [keys[0]]: 5 }, saved);
    expect(describeError(await s.saveDraft({ [keys[0]]: 2 }, saved).catch((e: unknown) => e)).kind).toBe('conflict');
    expect((await s.myAssessment()).answers).toEqual({ [keys[0]]: 5 });
    expect(next.etag).not.toBe(saved.etag);
  });
});

describe('the qualification plan: what can be enrolled in now', () => {
  it('offers Enrol for a module with a session to come, advising its path\'s earlier step when not done; otherwise names why', async () => {
    // James submitted above: organisational governance 2, target 3. Three modules build towards it.
    const training = as(PMO).training;
    const pathId = await training.savePath({ title: 'Governance path (plan test)' });
    const base = { level: 'Practitioner' as const, format: 'Classroom' as const, language: 'en', perspectives: ['OrganizationalGovernance'], targetLevel: 3, active: true };
    const first = await training.saveModule({ ...base, code: 'TR-PLAN-1', title: 'Governance one', pathId, pathStep: 1 });
    const second = await training.saveModule({ ...base, code: 'TR-PLAN-2', title: 'Governance two', pathId, pathStep: 2 });
    const lone = await training.saveModule({ ...base, code: 'TR-PLAN-3', title: 'Governance alone' });
    const day = (days: number): string => new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);
    const session = (moduleId: number, extra: { status?: 'Cancelled' } = {}): Promise<number> =>
      training.saveSession({ moduleId, localStart: `${day(40)}T09:00`, localEnd: `${day(40)}T12:00`, timeZone: 'Europe/Brussels', capacity: 1, venue: 'Brussels', ...extra });
    await session(first);
    await session(second);
    await session(lone, { status: 'Cancelled' });
    const plan = await at(JAMES, new Date().toISOString()).qualificationPlan();
    const governance = plan.lines.filter(l => l.perspective === 'OrganizationalGovernance')[0];
    const mine = governance.modules.filter(m => [first, second, lone].indexOf(m.id) >= 0);
    // Prerequisites are advice: step 2 can be enrolled in and names step 1 first; it ranks after the modules whose prerequisites are met.
    expect(mine.map(m => [m.title, m.availability.kind])).toEqual([['Governance one', 'enrol'], ['Governance alone', 'noSession'], ['Governance two', 'enrol']]);
    expect(mine[2].availability).toEqual({ kind: 'enrol', nextStartUtc: expect.any(String), firstComplete: { id: first, code: 'TR-PLAN-1', title: 'Governance one' } });
    expect(mine[0].availability.firstComplete).toBeUndefined();
    // In the whole line: prerequisites met first, and within each, those that can be enrolled in first.
    const ranks = governance.modules.map(m => `${m.availability.firstComplete ? 1 : 0}${m.availability.kind === 'enrol' ? 0 : 1}`);
    expect(ranks).toEqual(ranks.slice().sort());
  });
});

describe('the organisation view', () => {
  it('never returns a group under 5 respondents: the seeded departments above it are shown, the others hidden', async () => {
    const view = await as(PMO).maturity.organisationView();
    expect(view.minGroupSize).toBe(MIN_GROUP_SIZE);
    expect(view.groups.length).toBeGreaterThan(2);
    expect(view.groups.every(g => g.respondents >= 5)).toBe(true);
    expect(new Set(view.groups.map(g => g.department)).size).toBeGreaterThanOrEqual(2);
    expect(view.groups.some(g => g.department === 'Finance')).toBe(false);
    expect(view.groups.some(g => g.department === 'Digital Services' && g.quarter === '2026-Q2')).toBe(false);
    expect(view.groups.some(g => g.department === 'Digital Services' && g.quarter === '2026-Q3')).toBe(true);
    expect(view.hiddenGroups).toBeGreaterThan(3);
    // Seeded sums: the hidden groups exist in MaturityResults, with fewer than 5.
    const stored = (await list(owner, MaturityResultsList.url).items.select('ResultKey', 'Respondents').top(500)()) as Array<{ ResultKey: string; Respondents: number }>;
    expect(stored.filter(r => r.Respondents < 5).length).toBe(view.hiddenGroups);
    // Only the PMO sees the view.
    await expect(as(CHIARA).maturity.organisationView()).rejects.toMatchObject({ refusal: 'notPermitted' });
  });

  it('counts five colleagues submitting at the same time (sums updated under ETags), shows the group from the fifth, and replaces a resubmission', async () => {
    const answers = await answersAt(p => (p === 'RiskManagement' ? 2 : 4));
    const group = (v: Awaited<ReturnType<IMaturityService['organisationView']>>): typeof v.groups[number] | undefined =>
      v.groups.filter(g => g.department === 'Portfolio Management Office' && g.quarter === '2027-Q1')[0];
    for (const u of PMO_DEPARTMENT) await at(u).saveDraft(answers);
    // Four at the same time: the group exists, with 4, and is not returned.
    await Promise.all(PMO_DEPARTMENT.slice(0, 4).map(u => at(u).submit()));
    const four = await at(PMO).organisationView();
    expect(group(four)).toBeUndefined();
    const stored = async (): Promise<{ Respondents: number; LevelSums: string; OverallCounts: string }> =>
      ((await list(owner, MaturityResultsList.url).items.select('Respondents', 'LevelSums', 'OverallCounts').filter("ResultKey eq 'Portfolio Management Office|2027-Q1'")()) as Array<{ Respondents: number; LevelSums: string; OverallCounts: string }>)[0];
    expect((await stored()).Respondents).toBe(4);
    await at(PMO_DEPARTMENT[4]).submit();
    const five = group(await at(PMO).organisationView());
    expect(five).toMatchObject({ respondents: 5, overallCounts: [0, 5, 0, 0, 0] });
    expect(five?.averages.RiskManagement).toBe(2);
    expect(five?.averages.ManagementControl).toBe(4);
    expect(five?.averages.overall).toBe(2);
    // Anna answers again and resubmits: her earlier contribution is replaced, the respondents stay 5.
    await at(PMO).saveDraft(await answersAt(() => 4));
    await at(PMO).submit();
    const again = group(await at(PMO).organisationView());
    expect(again?.respondents).toBe(5);
    expect(again?.averages.RiskManagement).toBeCloseTo((2 * 4 + 4) / 5, 10);
    expect(again?.overallCounts).toEqual([0, 4, 0, 1, 0]);
    expect(JSON.parse((await stored()).LevelSums)).toMatchObject({ RiskManagement: 12, ManagementControl: 20, overall: 12 });
  });

  it('counts a submission once when it stopped half-way (before or after the sums changed) or is sent twice', async () => {
    const day = '2027-05-12T10:00:00Z';
    const quarter = '2027-Q2';
    const me = at(JAMES, day);
    await me.saveDraft(await answersAt(p => (p === 'FinanceManagement' ? 1 : 3)));
    const draft = await me.myAssessment();
    const result = draft.result;
    const mine = (await list(owner, MaturityAssessmentsList.url).items.select('Id', 'Respondent/Department').expand('Respondent').filter(`Id eq ${draft.id}`)()) as Array<{ Id: number; Respondent?: { Department?: string } }>;
    const department = mine[0].Respondent?.Department ?? '';
    expect(department).not.toBe('');
    const key = `${department}|${quarter}`;
    const row = async (): Promise<{ Id?: number; Respondents?: number; ContributionTokens?: string; 'odata.etag'?: string } | undefined> =>
      ((await list(owner, MaturityResultsList.url).items.select('Id', 'Respondents', 'ContributionTokens', 'LevelSums', 'OverallCounts').filter(`ResultKey eq '${key}'`)()) as Array<{ Id: number; Respondents: number; ContributionTokens?: string }>)[0];
    const respondents = async (): Promise<number> => (await row())?.Respondents ?? 0;
    const own = list(spOf(JAMES), MaturityAssessmentsList.url).items.getById(draft.id as number);

    // Stopped after noting the submission on James's own item, before any sum changed: the next submit counts it once.
    await own.update({ PendingSubmission: JSON.stringify({ token: 'a'.repeat(32), result, department }) });
    await me.submit();
    expect(await respondents()).toBe(1);
    expect(JSON.parse((await row())?.ContributionTokens ?? '[]')).toHaveLength(1);

    // Stopped after the sums counted a new submission, before James's item recorded it: completed, not counted again.
    const counted = (await row()) as { Id: number; ContributionTokens: string; LevelSums: string; OverallCounts: string };
    const tokens = [...(JSON.parse(counted.ContributionTokens) as string[]), 'b'.repeat(32)];
    const sums = JSON.parse(counted.LevelSums) as Record<string, number>;
    for (const p of PERSPECTIVES) sums[p] += result.perspectives[p] as number;
    sums.overall += result.overall as number;
    const counts = JSON.parse(counted.OverallCounts) as number[];
    counts[(result.overall as number) - 1] += 1;
    await list(spOf(JAMES), MaturityResultsList.url).items.getById(counted.Id).update({
      Respondents: 2, LevelSums: JSON.stringify(sums), OverallCounts: JSON.stringify(counts), ContributionTokens: JSON.stringify(tokens)
    });
    await own.update({ PendingSubmission: JSON.stringify({ token: 'b'.repeat(32), result, department }) });
    await me.submit();
    expect(await respondents()).toBe(1);

    // Sent twice: still one respondent, with the latest submission's token only.
    await me.submit();
    await me.submit();
    expect(await respondents()).toBe(1);
    const item = (await own.select('ContributionToken', 'PendingSubmission', 'AssessmentState')()) as { ContributionToken: string; PendingSubmission: string | null; AssessmentState: string };
    expect(item).toMatchObject({ PendingSubmission: null, AssessmentState: 'Submitted' });
    expect(JSON.parse((await row())?.ContributionTokens ?? '[]')).toEqual([item.ContributionToken]);

    // A respondent adds to the sums but can never delete them: SharePoint refuses, the figures stay.
    const sumsId = (await row())?.Id as number;
    const refused = await list(spOf(JAMES), MaturityResultsList.url).items.getById(sumsId).delete().catch((e: unknown) => e);
    expect(describeError(refused)).toMatchObject({ kind: 'forbidden', status: 403 });
    expect(await respondents()).toBe(1);
  });

  it('keeps the PMO\'s targets, 3 where none is set, and refuses a level out of range naming the perspective', async () => {
    expect(await as(CHIARA).maturity.targets()).toEqual(Object.fromEntries(PERSPECTIVES.map(p => [p, 3])));
    const targets = Object.fromEntries(PERSPECTIVES.map(p => [p, p === 'RiskManagement' ? 4 : 3]));
    await as(PMO).maturity.saveTargets(targets);
    expect((await as(CHIARA).maturity.targets()).RiskManagement).toBe(4);
    await expect(as(PMO).maturity.saveTargets({ ...targets, BenefitsManagement: 7 })).rejects.toMatchObject({ refusal: 'invalid', field: 'targets.BenefitsManagement' });
    await expect(as(CHIARA).maturity.saveTargets(targets)).rejects.toMatchObject({ refusal: 'notPermitted' });
  });
});
