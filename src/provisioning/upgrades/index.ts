/**
 * The migrations of the schema's upgrade steps, by step id. src/schema/upgrades.ts lists the steps
 * as data (from, to, id, description); this module pairs each with the code that moves the data.
 */
import type { IUpgradeStep } from '../../schema/types';
import type { UpgradeMigration } from './types';
import { copyLifecycleStatus, linkProgrammes } from './v2';
import { listBusinessUnits } from './v3';
import { copyRequestNumbers, grantProjectEditors } from './v4';
import { copyScoreRequestNumbers, keyScoringModels } from './v5';
import { moveReportDrafts, refreshProjectSummaries } from './v6';
import { backfillLifecycle, fillRiskExposure, recordGateDecisions } from './v7';
import { fillSessionTimeZones, migrateEnrolments, migrateMaturityQuestions } from './v9';
import { moveScoreDrafts } from './v10';

export type { IUpgradeContext, UpgradeMigration } from './types';

/** Every migration, keyed by the `id` of its schema upgrade step. */
export const migrations: Readonly<Record<string, UpgradeMigration>> = {
  'v2-link-programmes': linkProgrammes,
  'v2-copy-lifecycle-status': copyLifecycleStatus,
  'v3-business-units': listBusinessUnits,
  'v4-request-numbers': copyRequestNumbers,
  'v4-project-editors': grantProjectEditors,
  'v5-score-request-numbers': copyScoreRequestNumbers,
  'v5-model-versions': keyScoringModels,
  'v6-move-report-drafts': moveReportDrafts,
  'v6-refresh-project-summaries': refreshProjectSummaries,
  'v7-project-lifecycle': backfillLifecycle,
  'v7-gate-decisions': recordGateDecisions,
  'v7-risk-exposure': fillRiskExposure,
  'v9-enrolment-attendance': migrateEnrolments,
  'v9-session-time-zones': fillSessionTimeZones,
  'v9-maturity-questions': migrateMaturityQuestions,
  'v10-move-score-drafts': moveScoreDrafts
};

/**
 * Schema steps without a migration (`unimplemented`, as '<id> (<from> → <to>)') and migrations whose
 * id names no schema step (`orphaned`, ids); both empty when every step is paired.
 */
export function unpairedUpgrades(
  steps: ReadonlyArray<IUpgradeStep>,
  implemented: Readonly<Record<string, UpgradeMigration>> = migrations
): { unimplemented: string[]; orphaned: string[] } {
  const ids = new Set(steps.map(s => s.id));
  return {
    unimplemented: steps.filter(s => !Object.prototype.hasOwnProperty.call(implemented, s.id)).map(s => `${s.id} (${s.from} → ${s.to})`),
    orphaned: Object.keys(implemented).filter(id => !ids.has(id))
  };
}

/** The migration of a schema upgrade step; throws naming the step when it has none. */
export function migrationOf(step: IUpgradeStep, implemented: Readonly<Record<string, UpgradeMigration>> = migrations): UpgradeMigration {
  const migrate = Object.prototype.hasOwnProperty.call(implemented, step.id) ? implemented[step.id] : undefined;
  if (!migrate) throw new Error(`the upgrade step '${step.id}' (${step.from} → ${step.to}) has no migration in src/provisioning/upgrades`);
  return migrate;
}
