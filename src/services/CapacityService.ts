/**
 * Resource management on the PMO site: the resource pool (Roles, Resources, Absences), demand
 * (Assignments and the grids of undecided project requests), the committed assignments a request
 * becomes when approved or converted, shifting a project's assignments with its dates, a project's
 * assignments as its manager maintains them, and capacity what-ifs saved as portfolio scenarios.
 * The figures come from src/domain/capacity, the one capacity model the optimizer uses too.
 *
 * CONTRACT (interface first; the implementation follows in this file).
 */
import type { IsoDay } from '../domain/dates';
import type { IAbsence, ICapacitySettings, IDemandEntry, IResourcePool, IWhatIf, MonthKey } from '../domain/capacity';

/** Everything the Capacity web part shows, for a range of months. */
export interface ICapacityData {
  /** The months shown ('YYYY-MM', consecutive). */
  months: MonthKey[];
  pool: IResourcePool;
  /** Committed and proposed demand of the months (proposed: Assignments in state Proposed, and undecided requests' grids). */
  demand: IDemandEntry[];
  settings: ICapacitySettings;
  /** What the current user may do: the PMO maintains the pool and saves scenarios. */
  canEditPool: boolean;
  canSaveScenario: boolean;
  /** Absences with their ids and kinds, for the PMO's list. */
  absences: IAbsenceRow[];
}

/** An Absences item. */
export interface IAbsenceRow extends IAbsence {
  id: number;
  type: 'Leave' | 'PublicHoliday' | 'Training' | 'NonProject' | 'Other';
  title: string;
}

/** A person of the pool as the PMO edits it (Resources item). Undefined leaves a value. */
export interface IPersonInput {
  roleId?: number;
  team?: string;
  /** 0–1. */
  fte?: number;
  /** 0–100. */
  nonProjectPercent?: number;
  active?: boolean;
}

/** A role's set capacity as the PMO edits it: days per month, and single months that differ. */
export interface IRoleCapacityInput {
  monthlyDays: number;
  byMonth: Array<{ month: MonthKey; days: number }>;
}

/** An absence as the PMO enters it. */
export interface IAbsenceInput {
  /** Resources item id; undefined for everyone (public holiday, closure). */
  personId?: number;
  start: IsoDay;
  end: IsoDay;
  type: IAbsenceRow['type'];
  title?: string;
}

/** One committed or proposed assignment of a project, as its manager maintains them. */
export interface IAssignmentRow {
  /** Assignments item id; undefined for a new row. */
  id?: number;
  roleId: number;
  personId?: number;
  month: MonthKey;
  days: number;
  state: 'Proposed' | 'Committed';
}

/** The result of writing a request's committed demand. */
export interface ICommitResult {
  /** Rows added by this call. */
  added: number;
  /** Duplicate rows removed (left by a writer that ran at the same time). */
  removed: number;
  /** Rows linked to the project by this call (written at approval, before the project existed). */
  linked: number;
}

/** A what-if saved with a portfolio scenario. */
export interface ICapacityScenarioInput {
  title: string;
  whatIf: IWhatIf;
  includeProposed: boolean;
  months: MonthKey[];
}

/** Why a write was refused before anything was written, and the field it is about. */
export class CapacityRefusedError extends Error {
  public readonly refusal: 'numberInvalid' | 'dateInvalid' | 'dateOrder' | 'roleRequired' | 'monthInvalid' | 'notPermitted' | 'titleRequired';
  public readonly field: string;
  public constructor(refusal: CapacityRefusedError['refusal'], field: string) {
    super(`${refusal}: ${field}`);
    this.name = 'CapacityRefusedError';
    this.refusal = refusal;
    this.field = field;
  }
}

/** Resource capacity and demand. Every write is also enforced by SharePoint's permissions (the PMO edits the pool; project managers their projects' assignments). */
export interface ICapacityService {
  /** The pool, demand and settings for `count` months from `first`. */
  getCapacityData(first: MonthKey, count: number): Promise<ICapacityData>;
  /**
   * Writes a request's demand grid as committed assignments (Title = commitmentKey), exactly once
   * even when run concurrently or retried after 429s; with `projectId`, rows written before the
   * project existed are linked to it. Idempotent.
   */
  commitRequestDemand(requestId: number, projectId?: number): Promise<ICommitResult>;
  /** A project's assignments (committed and proposed), by month then role. */
  getProjectAssignments(projectId: number): Promise<IAssignmentRow[]>;
  /** Saves a project's assignments: adds new rows, updates changed ones, deletes rows not in `rows`. Validates all before writing. */
  saveProjectAssignments(projectId: number, rows: ReadonlyArray<IAssignmentRow>): Promise<IAssignmentRow[]>;
  /** How many of a project's assignments a move of its start from `oldStart` to `newStart` shifts, and by how many months. */
  previewShift(projectId: number, oldStart: IsoDay, newStart: IsoDay): Promise<{ months: number; rows: number }>;
  /** Moves every assignment of a project by `months` (after the user confirmed). Returns the rows moved. */
  shiftProjectAssignments(projectId: number, months: number): Promise<number>;
  /** PMO: a role's set capacity. */
  saveRoleCapacity(roleId: number, input: IRoleCapacityInput): Promise<void>;
  /** PMO: a person's role, team, FTE, non-project time. */
  savePerson(personId: number, input: IPersonInput): Promise<void>;
  /** PMO: absences. */
  addAbsence(input: IAbsenceInput): Promise<IAbsenceRow>;
  deleteAbsence(id: number): Promise<void>;
  /** PMO: hours per week of one FTE, amber and red thresholds. */
  saveSettings(settings: ICapacitySettings): Promise<void>;
  /** PMO: saves a what-if as a PortfolioScenarios item (ScenarioJson with the what-if); returns its id. */
  saveWhatIf(input: ICapacityScenarioInput): Promise<number>;
  /** The what-ifs saved in portfolio scenarios, newest first. */
  listWhatIfs(): Promise<Array<ICapacityScenarioInput & { id: number }>>;
}
