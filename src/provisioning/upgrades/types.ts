/** Types of the upgrade migrations: the I/O half of the schema's upgrade steps. */
import type { SPFI } from '../../platform/pnp';

/** What a migration gets besides the PnPjs root. */
export interface IUpgradeContext {
  /** Web-relative URL of a list by its schema key (e.g. 'Lists/Projects'). */
  listUrl(key: string): string;
  /** Logs a line (shown in the PMO Setup web part and the CLI). */
  log(line: string): void;
}

/**
 * Migrates the data of one schema upgrade step. Idempotent (a run can stop in the middle of it and
 * the next run repeats it); returns the number of changes it made (0 when nothing was left to do).
 */
export type UpgradeMigration = (sp: SPFI, ctx: IUpgradeContext) => Promise<number>;
