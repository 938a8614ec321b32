/**
 * Migrations of the upgrade from schema version 8 to 9 (src/schema/upgrades.ts), people development:
 * enrolments become plain requests whose seat or waiting position is derived from their order, with
 * attendance moved to TrainingAttendance; sessions get the site's time zone; the level statements of
 * the old maturity dimensions become one five-answer question per dimension on a P3M3 perspective.
 * Each is idempotent and self-contained.
 */
import type { SPFI } from '../../platform/pnp';
import type { IUpgradeContext } from './types';
import { readSiteTimeZone } from '../../services/siteTimeZone';
import { readDateOnly, writeDateOnly, type ISiteTimeZone } from '../../domain/dates';
import { EnrolmentsList, lookupId, MaturityQuestionsList, TrainingAttendanceList, TrainingSessionsList } from '../../schema/refs';

/* eslint-disable @rushstack/no-new-null -- item JSON from SharePoint REST uses null */
interface IV8Enrolment {
  Id: number;
  Title?: string | null;
  EnrolmentStatus?: string | null;
  TrainingSessionId?: number | null;
  ParticipantId?: number | null;
}

interface IV8Question {
  Id: number;
  Title?: string | null;
  Code?: string | null;
  MaturityDimension?: string | null;
  MaturityLevel?: number | null;
  IsActive?: boolean | null;
  Perspective?: string | null;
}
/* eslint-enable @rushstack/no-new-null */

const E = EnrolmentsList.fields;
const A = TrainingAttendanceList.fields;
const Q = MaturityQuestionsList.fields;

/** What an enrolment of schema 8 becomes: its schema-9 state and, for Attended/NoShow, its attendance. */
export function enrolmentMigration(status: string | null | undefined): { status?: 'Enrolled'; attendance?: { attended: boolean } } { // eslint-disable-line @rushstack/no-new-null -- REST null
  if (status === 'Waitlisted') return { status: 'Enrolled' };
  if (status === 'Attended') return { status: 'Enrolled', attendance: { attended: true } };
  if (status === 'NoShow') return { status: 'Enrolled', attendance: { attended: false } };
  return {};
}

/**
 * v8 → v9: each enrolment marked Attended or NoShow gets its TrainingAttendance row (attended and
 * completed, on the session's last day in the site's zone, or neither) unless one exists for the session and participant;
 * then it and every Waitlisted enrolment become Enrolled. The row is added before the status changes,
 * so a run stopped in between finds the row and adds none twice. Returns the items written.
 */
export async function migrateEnrolments(sp: SPFI, ctx: IUpgradeContext): Promise<number> {
  const enrolments = sp.web.getList(ctx.listUrl(EnrolmentsList.key));
  const attendance = sp.web.getList(ctx.listUrl(TrainingAttendanceList.key));
  const sessions = sp.web.getList(ctx.listUrl(TrainingSessionsList.key));
  const sessionInfo = new Map<number, { moduleId?: number; end?: string }>();
  let zone: ISiteTimeZone | undefined;
  let changes = 0;
  for await (const page of enrolments.items.select(E.Id, E.Title, E.EnrolmentStatus, lookupId(E.TrainingSession), lookupId(E.Participant)).top(1000)) {
    for (const row of page as IV8Enrolment[]) {
      const m = enrolmentMigration(row.EnrolmentStatus);
      if (!m.status) continue;
      if (m.attendance && row.TrainingSessionId && row.ParticipantId) {
        const existing = (await attendance.items.select(A.Id)
          .filter(`${lookupId(A.TrainingSession)} eq ${row.TrainingSessionId} and ${lookupId(A.Participant)} eq ${row.ParticipantId}`).top(1)()) as unknown[];
        if (existing.length === 0) {
          let info = sessionInfo.get(row.TrainingSessionId);
          if (!info) {
            const s = (await sessions.items.getById(row.TrainingSessionId).select(lookupId(TrainingSessionsList.fields.TrainingModule), TrainingSessionsList.fields.SessionStart, TrainingSessionsList.fields.SessionEnd)()) as
              { TrainingModuleId?: number | null; SessionStart?: string | null; SessionEnd?: string | null }; // eslint-disable-line @rushstack/no-new-null -- REST null
            info = { moduleId: s.TrainingModuleId ?? undefined, end: s.SessionEnd ?? s.SessionStart ?? undefined };
            sessionInfo.set(row.TrainingSessionId, info);
          }
          const attended = m.attendance.attended;
          // CompletedOn is date-only: the session's last day in the site's zone, at the site's midnight.
          zone = zone ?? (await readSiteTimeZone(sp.web));
          const lastDay = readDateOnly(info.end, zone);
          await attendance.items.add({
            [A.Title]: row.Title ?? `Enrolment ${row.Id}`,
            [lookupId(A.TrainingSession)]: row.TrainingSessionId,
            [lookupId(A.TrainingModule)]: info.moduleId ?? null,
            [lookupId(A.Participant)]: row.ParticipantId,
            [A.Attended]: attended,
            [A.Completed]: attended,
            [A.CompletedOn]: attended && lastDay ? writeDateOnly(lastDay, zone) : null
          });
          changes++;
        }
      }
      await enrolments.items.getById(row.Id).update({ [E.EnrolmentStatus]: m.status });
      changes++;
    }
  }
  ctx.log(`Enrolments: ${changes} items and attendance rows written`);
  return changes;
}

/** v8 → v9: every session without a time zone gets the site's (its times were entered in it). Returns the items written. */
export async function fillSessionTimeZones(sp: SPFI, ctx: IUpgradeContext): Promise<number> {
  const sessions = sp.web.getList(ctx.listUrl(TrainingSessionsList.key));
  const S = TrainingSessionsList.fields;
  let zone: string | undefined;
  let changes = 0;
  for await (const page of sessions.items.select(S.Id, S.SessionTimeZone).top(1000)) {
    for (const row of page as Array<{ Id: number; SessionTimeZone?: string | null }>) { // eslint-disable-line @rushstack/no-new-null -- REST null
      if (row.SessionTimeZone) continue;
      zone = zone ?? (await readSiteTimeZone(sp.web)).iana;
      await sessions.items.getById(row.Id).update({ [S.SessionTimeZone]: zone });
      changes++;
    }
  }
  ctx.log(`TrainingSessions: ${changes} sessions given the site's time zone`);
  return changes;
}

/** The P3M3 perspective of each maturity dimension of schema 8. */
export const DIMENSION_PERSPECTIVES: Readonly<Record<string, string>> = {
  Governance: 'OrganizationalGovernance',
  Capability: 'OrganizationalGovernance',
  Portfolio: 'ManagementControl',
  Programme: 'ManagementControl',
  Project: 'ManagementControl',
  Risk: 'RiskManagement',
  Benefits: 'BenefitsManagement',
  Resources: 'ResourceManagement'
};

/** The code of the five-answer question a dimension's level statements become. */
export function dimensionQuestionCode(dimension: string): string {
  return `P3M3-${dimension}`;
}

/**
 * The schema-9 questions of a schema-8 questionnaire: per dimension with a statement for each level
 * 1–5, one question whose answers are those statements (level 1 → 5), in English (the statements'
 * language is the site's; the questionnaire falls back to English per question).
 */
export function dimensionQuestions(rows: ReadonlyArray<IV8Question>): Array<{ code: string; perspective: string; title: string; texts: string; sortOrder: number }> {
  const out: Array<{ code: string; perspective: string; title: string; texts: string; sortOrder: number }> = [];
  Object.keys(DIMENSION_PERSPECTIVES).forEach((dimension, i) => {
    const answers = [1, 2, 3, 4, 5].map(level => rows.filter(r => r.MaturityDimension === dimension && r.MaturityLevel === level)[0]?.Title ?? '');
    if (answers.some(a => !a)) return;
    const title = `Which statement describes ${dimension.toLowerCase()} in your organisation best?`;
    out.push({ code: dimensionQuestionCode(dimension), perspective: DIMENSION_PERSPECTIVES[dimension], title, texts: JSON.stringify({ en: { q: title, a: answers } }), sortOrder: (i + 1) * 10 });
  });
  return out;
}

/**
 * v8 → v9: adds one question per dimension (unless its code exists) and gives the old level
 * statements their perspective and IsActive false. Returns the items written.
 */
export async function migrateMaturityQuestions(sp: SPFI, ctx: IUpgradeContext): Promise<number> {
  const list = sp.web.getList(ctx.listUrl(MaturityQuestionsList.key));
  const rows: IV8Question[] = [];
  for await (const page of list.items.select(Q.Id, Q.Title, Q.Code, Q.MaturityDimension, Q.MaturityLevel, Q.IsActive, Q.Perspective).top(1000)) rows.push(...(page as IV8Question[]));
  const codes = new Set(rows.map(r => r.Code));
  const old = rows.filter(r => r.MaturityDimension && r.MaturityLevel);
  let changes = 0;
  for (const q of dimensionQuestions(old)) {
    if (codes.has(q.code)) continue;
    await list.items.add({ [Q.Title]: q.title, [Q.Code]: q.code, [Q.Perspective]: q.perspective, [Q.QuestionTexts]: q.texts, [Q.SortOrder]: q.sortOrder, [Q.IsActive]: true });
    changes++;
  }
  for (const r of old) {
    const perspective = DIMENSION_PERSPECTIVES[r.MaturityDimension ?? ''];
    if (r.IsActive === false && (r.Perspective || !perspective)) continue;
    await list.items.getById(r.Id).update({ [Q.IsActive]: false, ...(perspective && !r.Perspective ? { [Q.Perspective]: perspective } : {}) });
    changes++;
  }
  ctx.log(`MaturityQuestions: ${changes} questions added or retired`);
  return changes;
}
