/** Public types of PMO Hub's site provisioning. */

/** One progress event: `done` of `total` steps; `list`/`field` name what the step works on. */
export interface IProvisionProgress {
  /** The kind of step: read, group, role, webPermissions, list, fields, upgrade, views, permissions, version. */
  step: string;
  done: number;
  total: number;
  /** Schema key of the list the step works on. */
  list?: string;
  /** Internal name of the column the step works on. */
  field?: string;
}

/** Options of provisionSite. */
export interface IProvisionOptions {
  /** The site's locale (en-us, de-de, fr-fr, nl-nl, it-it): lists, columns and groups get titles in it. */
  locale: string;
  /** The strings of that locale (src/loc): the web part passes its strings module, the CLI loadLocale(locale). */
  strings: Readonly<Record<string, string>>;
  /** Progress, after each step (and per column while columns are created). */
  onProgress?: (e: IProvisionProgress) => void;
  /** Stops the run between two steps; the next run completes the site. */
  signal?: AbortSignal;
  /** Stops the run after this many steps (tests of resumability). */
  stopAfterSteps?: number;
  /**
   * How columns are created: 'xml' (default) sends the same <Field> XML as the generated feature
   * assets (createFieldAsXml, stable column ids); 'typed' uses PnPjs' typed adds (addText, …).
   */
  fieldMode?: 'xml' | 'typed';
  /**
   * Plan mode: read the site and go through every step, but write nothing; the result's `planned`
   * lists what a run would change (the status check and the PMO Setup page use it).
   */
  plan?: boolean;
}

/** What a provisioning write changes, by kind (the PMO Setup page names each in the user's language). */
export type ChangeArea = 'list' | 'field' | 'view' | 'group' | 'permissionLevel' | 'permissions' | 'page' | 'config' | 'upgrade';

/** One change a run makes, or would make in plan mode. */
export interface IPlannedChange {
  area: ChangeArea;
  /** What changes, technically: 'Risks', 'Risks.RiskOwner', 'Projects/ActiveProjects', 'Home.aspx', a group's key. */
  target: string;
  /** The change in English, as the log shows it, e.g. "Field 'Projects.LifecycleStatus': updated Choices". */
  text: string;
}

/** What a run did. */
export interface IProvisionResult {
  /** Writes made to the site (0 when the site was already complete and current). */
  changes: number;
  /** One line per change and per upgrade step, in English. */
  log: string[];
  /** The schema version the site was at before the run (0 for a new site). */
  fromVersion: number;
  /** The schema version the site is at now (in plan mode: would be). */
  toVersion: number;
  /** The changes made (in plan mode: the changes a run would make), in order. */
  planned: IPlannedChange[];
}

/** The state of the site against the solution's schema (for the PMO Setup web part). */
export interface ISiteStatus {
  /** The version recorded on the site; undefined when PMO Hub was never set up there. */
  siteVersion: number | undefined;
  /** The version of the schema this solution carries. */
  solutionVersion: number;
  /**
   * Everything a provisioning run would change on the site, found by running it in plan mode: lists,
   * columns with their choices and indexes, views, groups, permission levels and assignments, pages,
   * upgrade steps and the recorded version. Empty when the site is as the schema says.
   */
  changes: IPlannedChange[];
  /** True when the site is at the solution's version and a run would change nothing. */
  upToDate: boolean;
}

/** A run stopped by its AbortSignal or `stopAfterSteps`; the site is consistent and a new run resumes. */
export class ProvisioningAbortedError extends Error {
  public readonly stepsDone: number;
  public readonly changes: number;
  public readonly log: string[];

  public constructor(stepsDone: number, changes: number, log: string[]) {
    super(`Provisioning stopped after ${stepsDone} steps (${changes} changes); run it again to complete the site.`);
    this.name = 'ProvisioningAbortedError';
    this.stepsDone = stepsDone;
    this.changes = changes;
    this.log = log;
    Object.setPrototypeOf(this, ProvisioningAbortedError.prototype);
  }
}

/** A step failed: the message names the list and the column. */
export class ProvisioningError extends Error {
  public readonly list?: string;
  public readonly field?: string;
  public readonly step: string;

  public constructor(step: string, message: string, list?: string, field?: string, cause?: unknown) {
    const where = list ? (field ? `list '${list}', field '${field}' (${step})` : `list '${list}' (${step})`) : step;
    super(`PMO Hub provisioning failed at ${where}: ${message}`);
    this.name = 'ProvisioningError';
    this.step = step;
    this.list = list;
    this.field = field;
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
    Object.setPrototypeOf(this, ProvisioningError.prototype);
  }
}
