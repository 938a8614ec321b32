import { canManageSite } from './sitePermissions';
import type { SPFI } from '../platform/pnp';
import { pmoSchema } from '../schema/pmoSchema';
import type { IPlannedChange } from '../provisioning/types';

export type { IPlannedChange };

/** The PMO site's set-up state against the solution's schema, and the action that sets it up or upgrades it. */
export interface ISetupStatus {
  /** Schema version recorded on the site; undefined when the site was never set up. */
  siteVersion: number | undefined;
  /** Schema version this solution ships. */
  solutionVersion: number;
  /**
   * What a set-up run would change (a provisioning run in plan mode): lists, columns with their
   * choices and indexes, views, groups, permission levels and assignments, pages. Empty for a user
   * who may not manage the site (what they can read of it is not a fair picture).
   */
  changes: IPlannedChange[];
  /** True when the site is at the solution's version and a set-up run would change nothing. */
  upToDate: boolean;
  /** Whether the current user may set up or upgrade the site (site owners: ManageWeb and ManagePermissions). */
  canManage: boolean;
}

/** One progress event of a set-up run. */
export interface ISetupProgress {
  step: string;
  done: number;
  total: number;
}

export interface ISetupService {
  getStatus(): Promise<ISetupStatus>;
  /** Sets up, upgrades or repairs the site; resolves with the number of changes made. */
  run(onProgress: (p: ISetupProgress) => void): Promise<{ changes: number }>;
}

/** {@link ISetupService} over PnPjs: src/provisioning against the solution's schema (src/schema). */
export class SetupService implements ISetupService {
  private readonly sp: SPFI;
  private readonly locale: string;
  private readonly strings: Readonly<Record<string, string>>;

  /**
   * @param sp PnPjs root of the PMO site.
   * @param locale The site's locale: lists, columns and groups get their titles in it.
   * @param strings PmoHubStrings of that locale.
   */
  public constructor(sp: SPFI, locale: string, strings: Readonly<Record<string, string>>) {
    this.sp = sp;
    this.locale = locale;
    this.strings = strings;
  }

  public async getStatus(): Promise<ISetupStatus> {
    const permissions = await this.sp.web.getCurrentUserEffectivePermissions();
    const canManage = canManageSite(this.sp, permissions);
    if (!canManage) return { siteVersion: undefined, solutionVersion: pmoSchema.version, changes: [], upToDate: false, canManage };
    // The status is a provisioning run in plan mode (the same comparisons as a set-up run), loaded
    // from provisioning's own chunk: no web part's first view carries it.
    const { getSiteStatus } = await import(/* webpackChunkName: 'provisioning' */ '../provisioning');
    const status = await getSiteStatus(this.sp, pmoSchema, { locale: this.locale, strings: this.strings });
    return { ...status, canManage };
  }

  public async run(onProgress: (p: ISetupProgress) => void): Promise<{ changes: number }> {
    // Provisioning (with the schema's field XML) loads from its own chunk when a site owner sets the
    // site up or repairs it.
    const { provisionSite } = await import(/* webpackChunkName: 'provisioning' */ '../provisioning');
    const result = await provisionSite(this.sp, pmoSchema, {
      locale: this.locale,
      strings: this.strings,
      onProgress: e => onProgress({ step: [e.step, e.list, e.field].filter(Boolean).join(' · '), done: e.done, total: e.total })
    });
    return { changes: result.changes };
  }
}
