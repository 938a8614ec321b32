/**
 * The v8 → v9 upgrade through the real PnPjs against the emulator: a site provisioned at the v8 fixture,
 * with training modules, sessions without a time zone, enrolments in every v8 state and the level
 * statements of the old maturity questionnaire, upgrades to the current schema: attendance moves to
 * TrainingAttendance, every enrolment is Enrolled or Cancelled, sessions get the site's zone, each
 * dimension's statements become one five-answer question on its perspective; every v8 value of the
 * other columns intact, the site matching the schema; a re-run and each migration again change
 * nothing, and attendance a stopped run already added is not added twice.
 */
import { loadLocale } from '../../../tools/jest/locale';
import { schemaV8 } from '../../schema/fixtures/v8';
import { pmoSchema } from '../../schema/pmoSchema';
import type { SPFI } from '../../platform/pnp';
import { getSiteStatus, provisionSite } from '../index';
import { blankSite, differences, userIdOf, type ITestSite } from '../test-utils/site';
import { readDateOnly, writeDateOnly } from '../../domain/dates';
import { readSiteTimeZone } from '../../services/siteTimeZone';
import { dimensionQuestions, enrolmentMigration, fillSessionTimeZones, migrateEnrolments, migrateMaturityQuestions } from './v9';

jest.setTimeout(180_000);

const en = loadLocale('en-us');
const list = (sp: SPFI, url: string): ReturnType<SPFI['web']['getList']> => sp.web.getList(`/sites/pmo/${url}`);
const ctx = { listUrl: (key: string): string => pmoSchema.lists.filter(l => l.key === key)[0].url, log: (): void => undefined };
const add = async (sp: SPFI, url: string, values: Record<string, unknown>): Promise<number> => ((await list(sp, url).items.add(values)) as { Id: number }).Id;
const LEVELS = ['Ad hoc', 'Repeatable in parts', 'Defined for all', 'Measured and steered', 'Improved continually'];

/** The v8 columns the test compares before and after the upgrade. */
const V8_COLUMNS: Record<string, string[]> = {
  'Lists/TrainingModules': ['Id', 'Title', 'Code', 'ModuleLevel', 'DurationHours'],
  'Lists/TrainingSessions': ['Id', 'Title', 'TrainingModuleId', 'SessionStart', 'SessionEnd', 'MaxParticipants', 'Language'],
  'Lists/Enrolments': ['Id', 'Title', 'TrainingSessionId', 'ParticipantId', 'FeedbackRating'],
  'Lists/MaturityAssessments': ['Id', 'Title', 'RespondentId', 'AssessmentDate', 'OverallLevel', 'AnswersJson'],
  'Lists/Communities': ['Id', 'Title', 'CommunityType']
};

async function rows(sp: SPFI): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const url of Object.keys(V8_COLUMNS)) {
    const items = (await list(sp, url).items.select(...V8_COLUMNS[url]).orderBy('Id')()) as Array<Record<string, unknown>>;
    out[url] = items.map(item => Object.fromEntries(V8_COLUMNS[url].map(k => [k, item[k]])));
  }
  return out;
}

describe('upgrading a v8 site to schema 9 (people development)', () => {
  let site: ITestSite;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    site = await blankSite();
    expect((await provisionSite(site.sp, schemaV8, { locale: 'en-us', strings: en })).toVersion).toBe(8);
    const pm = await userIdOf(site.sp, 'projectManager');
    const requester = await userIdOf(site.sp, 'requester');
    const trainee = await userIdOf(site.sp, 'trainee');
    ids.module = await add(site.sp, 'Lists/TrainingModules', { Title: 'PRINCE2 Foundation', Code: 'TR-P2F', ModuleLevel: 'Foundation', DurationHours: 21 });
    ids.held = await add(site.sp, 'Lists/TrainingSessions', { Title: 'P2F March', TrainingModuleId: ids.module, SessionStart: '2026-03-02T08:00:00Z', SessionEnd: '2026-03-04T16:00:00Z', MaxParticipants: 10, Language: 'en', SessionStatus: 'Completed' });
    ids.next = await add(site.sp, 'Lists/TrainingSessions', { Title: 'P2F December', TrainingModuleId: ids.module, SessionStart: '2026-12-07T08:00:00Z', MaxParticipants: 1, Language: 'de', SessionStatus: 'Full' });
    ids.attended = await add(site.sp, 'Lists/Enrolments', { Title: 'PM – P2F', TrainingSessionId: ids.held, ParticipantId: pm, EnrolmentStatus: 'Attended', FeedbackRating: 4 });
    ids.noShow = await add(site.sp, 'Lists/Enrolments', { Title: 'Requester – P2F', TrainingSessionId: ids.held, ParticipantId: requester, EnrolmentStatus: 'NoShow' });
    ids.enrolled = await add(site.sp, 'Lists/Enrolments', { Title: 'PM – P2F Dec', TrainingSessionId: ids.next, ParticipantId: pm, EnrolmentStatus: 'Enrolled' });
    ids.waitlisted = await add(site.sp, 'Lists/Enrolments', { Title: 'Trainee – P2F Dec', TrainingSessionId: ids.next, ParticipantId: trainee, EnrolmentStatus: 'Waitlisted' });
    ids.cancelled = await add(site.sp, 'Lists/Enrolments', { Title: 'Requester – P2F Dec', TrainingSessionId: ids.next, ParticipantId: requester, EnrolmentStatus: 'Cancelled' });
    for (let level = 1; level <= 5; level++) {
      await add(site.sp, 'Lists/MaturityQuestions', { Title: `Risk: ${LEVELS[level - 1]}`, Code: `RSK-${level}`, MaturityDimension: 'Risk', MaturityLevel: level, SortOrder: 50 + level, IsActive: true });
    }
    // A dimension with statements for only two levels becomes no question.
    ids.partial = await add(site.sp, 'Lists/MaturityQuestions', { Title: 'Benefits: ad hoc', Code: 'BEN-1', MaturityDimension: 'Benefits', MaturityLevel: 1, IsActive: true });
    await add(site.sp, 'Lists/MaturityAssessments', { Title: 'Self 2026', RespondentId: pm, AssessmentDate: '2026-05-01T00:00:00Z', OverallLevel: 2.4, AnswersJson: '[{"question":1,"met":true}]' });
    await add(site.sp, 'Lists/Communities', { Title: 'PM Community', CommunityType: 'CommunityOfPractice' });
  });
  afterAll(async () => {
    await site.stop();
  });

  it('moves attendance out of the enrolment states, gives sessions the site\'s zone, turns statements into questions, keeps every v8 value and matches the schema', async () => {
    const before = await rows(site.sp);
    const result = await provisionSite(site.sp, pmoSchema, { locale: 'en-us', strings: en });
    expect([result.fromVersion, result.toVersion]).toEqual([8, pmoSchema.version]);
    expect(result.log).toEqual(expect.arrayContaining([expect.stringMatching(/^Upgrade 8 → 9: Record the attendance of each enrolment/)]));
    expect(await rows(site.sp)).toEqual(before);

    const enrolments = (await list(site.sp, 'Lists/Enrolments').items.select('Id', 'EnrolmentStatus').orderBy('Id')()) as Array<{ Id: number; EnrolmentStatus: string }>;
    expect(enrolments.map(e => [e.Id, e.EnrolmentStatus])).toEqual([
      [ids.attended, 'Enrolled'], [ids.noShow, 'Enrolled'], [ids.enrolled, 'Enrolled'], [ids.waitlisted, 'Enrolled'], [ids.cancelled, 'Cancelled']
    ]);
    const pm = await userIdOf(site.sp, 'projectManager');
    const requester = await userIdOf(site.sp, 'requester');
    // Sessions were entered in the site's zone: they get it, and a completion is on the session's last day there.
    const zone = await readSiteTimeZone(site.sp.web);
    const lastDay = writeDateOnly(readDateOnly('2026-03-04T16:00:00Z', zone), zone);
    expect(lastDay).toMatch(/^2026-03-0[45]T/);
    const attendance = (await list(site.sp, 'Lists/TrainingAttendance').items.select('TrainingSessionId', 'TrainingModuleId', 'ParticipantId', 'Attended', 'Completed', 'CompletedOn').orderBy('Id')()) as Array<Record<string, unknown>>;
    expect(attendance).toEqual([
      expect.objectContaining({ TrainingSessionId: ids.held, TrainingModuleId: ids.module, ParticipantId: pm, Attended: true, Completed: true, CompletedOn: lastDay }),
      expect.objectContaining({ TrainingSessionId: ids.held, TrainingModuleId: ids.module, ParticipantId: requester, Attended: false, Completed: false, CompletedOn: null })
    ]);
    const sessions = (await list(site.sp, 'Lists/TrainingSessions').items.select('SessionTimeZone')()) as Array<{ SessionTimeZone: string }>;
    expect(sessions.map(s => s.SessionTimeZone)).toEqual([zone.iana, zone.iana]);

    const questions = (await list(site.sp, 'Lists/MaturityQuestions').items.select('Id', 'Code', 'Perspective', 'IsActive', 'QuestionTexts').orderBy('Id')()) as Array<Record<string, unknown>>;
    const added = questions.filter(q => q.Code === 'P3M3-Risk')[0];
    expect(added).toMatchObject({ Perspective: 'RiskManagement', IsActive: true });
    expect(JSON.parse(String(added.QuestionTexts))).toEqual({ en: { q: expect.stringMatching(/risk/), a: LEVELS.map(l => `Risk: ${l}`) } });
    expect(questions.filter(q => String(q.Code).startsWith('RSK-')).every(q => q.IsActive === false && q.Perspective === 'RiskManagement')).toBe(true);
    expect(questions.some(q => q.Code === 'P3M3-Benefits')).toBe(false);
    expect(questions.filter(q => q.Id === ids.partial)[0]).toMatchObject({ IsActive: false, Perspective: 'BenefitsManagement' });

    expect(await differences(site.sp, pmoSchema, en)).toEqual([]);
    expect(await getSiteStatus(site.sp, pmoSchema, { locale: 'en-us', strings: en })).toEqual({ siteVersion: pmoSchema.version, solutionVersion: pmoSchema.version, changes: [], upToDate: true });
  });

  it('is idempotent: a second run and each migration again change nothing', async () => {
    expect((await provisionSite(site.sp, pmoSchema, { locale: 'en-us', strings: en })).changes).toBe(0);
    expect(await migrateEnrolments(site.sp, ctx)).toBe(0);
    expect(await fillSessionTimeZones(site.sp, ctx)).toBe(0);
    expect(await migrateMaturityQuestions(site.sp, ctx)).toBe(0);
  });

  it('adds attendance once when a stopped run already added it before changing the enrolment', async () => {
    const pm = await userIdOf(site.sp, 'projectManager');
    const late = await add(site.sp, 'Lists/Enrolments', { Title: 'Late', TrainingSessionId: ids.next, ParticipantId: pm, EnrolmentStatus: 'Attended' });
    // What a run that stopped after adding the attendance (and before the enrolment's update) left behind.
    await add(site.sp, 'Lists/TrainingAttendance', { Title: 'Late', TrainingSessionId: ids.next, TrainingModuleId: ids.module, ParticipantId: pm, Attended: true, Completed: true });
    expect(await migrateEnrolments(site.sp, ctx)).toBe(1);
    const rowsOfNext = (await list(site.sp, 'Lists/TrainingAttendance').items.select('Id').filter(`TrainingSessionId eq ${ids.next}`)()) as unknown[];
    expect(rowsOfNext).toHaveLength(1);
    expect(((await list(site.sp, 'Lists/Enrolments').items.getById(late).select('EnrolmentStatus')()) as { EnrolmentStatus: string }).EnrolmentStatus).toBe('Enrolled');
  });
});

describe('v9 migration rules', () => {
  it('maps each v8 enrolment state', () => {
    expect(enrolmentMigration('Attended')).toEqual({ status: 'Enrolled', attendance: { attended: true } });
    expect(enrolmentMigration('NoShow')).toEqual({ status: 'Enrolled', attendance: { attended: false } });
    expect(enrolmentMigration('Waitlisted')).toEqual({ status: 'Enrolled' });
    for (const s of ['Enrolled', 'Cancelled', null, 'toString']) expect(enrolmentMigration(s)).toEqual({});
  });

  it('makes one question of a dimension only when it has a statement for each of the five levels', () => {
    const rows = [1, 2, 3, 4, 5].map(l => ({ Id: l, Title: `G${l}`, MaturityDimension: 'Governance', MaturityLevel: l }));
    expect(dimensionQuestions(rows)).toEqual([expect.objectContaining({ code: 'P3M3-Governance', perspective: 'OrganizationalGovernance', sortOrder: 10 })]);
    expect(JSON.parse(dimensionQuestions(rows)[0].texts).en.a).toEqual(['G1', 'G2', 'G3', 'G4', 'G5']);
    expect(dimensionQuestions(rows.slice(1))).toEqual([]);
  });
});
