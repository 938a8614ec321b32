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
