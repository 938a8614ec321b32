import { PermissionKind } from '@pnp/sp/security';
import type { SPFI } from '../platform/pnp';
import { pmoSchema } from '../schema/pmoSchema';
import { getSiteStatus } from '../provisioning/status';

/** The PMO site's set-up state against the solution's schema, and the action that sets it up or upgrades it. */
export interface ISetupStatus {
  /** Schema version recorded on the site; undefined when the site was never set up. */
  siteVersion: number | undefined;
  /** Schema version this solution ships. */
  solutionVersion: number;
  /** What the site lacks, e.g. "Lists/Projects" or "Lists/Risks: Impact". */
  missing: string[];
  /** True when the site is at the solution's version and nothing is missing. */
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
  /** Sets up or upgrades the site; resolves with the number of changes made. */
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
    // One read of the user's effective permissions answers both questions.
    const [status, permissions] = await Promise.all([
      getSiteStatus(this.sp, pmoSchema),
      this.sp.web.getCurrentUserEffectivePermissions()
    ]);
    const web = this.sp.web;
    return { ...status, canManage: web.hasPermissions(permissions, PermissionKind.ManageWeb) && web.hasPermissions(permissions, PermissionKind.ManagePermissions) };
  }

  public async run(onProgress: (p: ISetupProgress) => void): Promise<{ changes: number }> {
    // Provisioning (with the schema's field XML) loads from its own chunk when a site owner sets the
    // site up: PMO Setup's first view, the site's status, needs only the schema.
    const { provisionSite } = await import(/* webpackChunkName: 'provisioning' */ '../provisioning');
    const result = await provisionSite(this.sp, pmoSchema, {
      locale: this.locale,
      strings: this.strings,
      onProgress: e => onProgress({ step: [e.step, e.list, e.field].filter(Boolean).join(' · '), done: e.done, total: e.total })
    });
    return { changes: result.changes };
  }
}
