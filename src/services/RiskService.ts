import type { SPFI } from '../platform/pnp';
import { odataEq } from './odata';
import { listOn, type ListHandle } from './lists';
import type { ISiteAddress } from './site';
import type { ISiteTimeZoneSource } from './siteTimeZone';
import { etagOf, num, text } from './itemValues';
import { configuredThresholds } from './configValues';
import { isIsoDay, isStorableDay, readDateOnly, writeDateOnly, type ISiteTimeZone, type IsoDay } from '../domain/dates';
import { isTooLong } from '../domain/text';
import { isCode } from '../domain/vocabulary';
import {
  checkRiskRating, effectiveRiskThresholds, isOpenRisk, RISK_RESPONSES, RISK_STATUSES, riskBand, riskHeatMap, riskScore, riskTrend, scoreAt,
  type IHeatMap, type IProblem, type IRatingChange, type IRiskRow, type IRiskThresholds, type IThresholdProblem, type RiskBand, type RiskTrend
} from '../domain/governance';
import { lookupId, PmoHubConfigList, projected, RiskSnapshotsList, RisksList } from '../schema/refs';
import { RISK_THRESHOLDS_CONFIG_KEY } from '../schema/settings';

/** A risk as a project manager enters it. Ratings are whole numbers 1–5; dates are the site's days ('YYYY-MM-DD'). */
export interface IRiskInput {
  title: string;
  probability?: number;
  impact?: number;
  /** Open (default), Mitigating, Occurred or Closed. */
  status?: string;
  /** Schedule, Cost, Scope, Quality, Compliance, Security or Other. */
  category?: string;
  /** The owner's site user id. */
  ownerId?: number;
  mitigation?: string;
  dueDate?: IsoDay;
  /** When the risk may strike (PRINCE2's proximity), a day. */
  proximity?: IsoDay;
  /** PRINCE2's threat response (Avoid, Reduce, Fallback, Transfer, Accept, Share). */
  response?: string;
}

/** What an update changes: undefined leaves a value; '' clears a text, a day, the response or the owner (0). */
export type IRiskChanges = { [K in keyof IRiskInput]?: IRiskInput[K] | '' };

/** A risk as the RAID log shows it. */
export interface IRisk extends IRiskRow {
  title: string;
  status: string;
  category?: string;
  owner?: { id: number; name?: string };
  mitigation?: string;
  dueDate?: IsoDay;
  response?: string;
  /** P × I (1–25) of a valid rating. */
  score?: number;
  /** The score's band under the PMO's thresholds. */
  band?: RiskBand;
  /** The score against the last report's snapshot ('new' without one); only in {@link IProjectRisks}. */
  trend?: RiskTrend;
  etag: string;
}

/** A project's risk register: the risks, the heat map of the open ones, the thresholds used. */
export interface IProjectRisks {
  /** Every risk of the project, highest score first (then nearest proximity, then id). */
  risks: IRisk[];
  heatMap: IHeatMap;
  thresholds: IRiskThresholds;
  /** Why the configured thresholds were not used (empty when they were, or none are configured). */
  thresholdProblems: IThresholdProblem[];
  /** The date of the last report that took risk snapshots (the trend's reference), if any. */
  lastReportDate?: IsoDay;
}

/**
 * Why a risk write is refused (nothing is written): each problem names its field. `tooLong`: a title
 * over the 255 characters its column holds (never cut); `dateOutOfRange`: a day SharePoint does not
 * hold (before 1900-01-01 or after 8900-12-31).
 */
export type RiskProblemCode = 'titleRequired' | 'ratingRequired' | 'ratingNotInteger' | 'ratingOutOfRange' | 'invalidDate' | 'invalidChoice' | 'tooLong' | 'dateOutOfRange';

/** A risk was refused before anything was written; `problems` name the fields. */
export class RiskRefusedError extends Error {
  public readonly problems: ReadonlyArray<IProblem<RiskProblemCode, keyof IRiskInput>>;

  public constructor(problems: ReadonlyArray<IProblem<RiskProblemCode, keyof IRiskInput>>) {
    super(`Risk refused: ${problems.map(p => `${p.code} (${p.field ?? ''})`).join(', ')}`);
    this.name = 'RiskRefusedError';
    this.problems = problems;
    Object.setPrototypeOf(this, RiskRefusedError.prototype);
  }
}

/** What a published status report asks of the risk register: a snapshot of each open risk. */
export interface IRiskSnapshots {
  /**
   * Writes one RiskSnapshots row per OPEN risk of the project (probability, impact, the report's date
   * and the report). Idempotent: risks the report already has a snapshot of are skipped (the
   * StatusReport lookup is indexed). Returns the rows added.
   */
  snapshotForReport(projectId: number, reportId: number, reportDate: IsoDay): Promise<number>;
}

/**
 * A project's risks (Risks): list, create, update and close with ETags, the rating checked by
 * src/domain/governance and `RiskExposure` (P × I, the indexed number the portfolio sorts on) written
 * with every rating; the heat map with the PMO's thresholds (PmoHubConfig 'Governance.RiskThresholds')
 * and each risk's trend since the last report (RiskSnapshots, written at each published report).
 */
export interface IRiskService extends IRiskSnapshots {
  /** The thresholds in force: the configured ones when valid, else the domain's defaults (with the problems). */
  getThresholds(): Promise<{ thresholds: IRiskThresholds; problems: IThresholdProblem[] }>;
  /** The project's risks, heat map and trends in one `$batch` (Project lookups are indexed). */
  getProjectRisks(projectId: number): Promise<IProjectRisks>;
  /** Adds a risk; refused ({@link RiskRefusedError}) without a title or a valid rating, for an invalid day or code. */
  create(projectId: number, input: IRiskInput): Promise<IRisk>;
  /** Saves changes with the ETag the user saw ('conflict' when stale); a rating change rewrites RiskExposure. */
  update(riskId: number, changes: IRiskChanges, etag: string): Promise<IRisk>;
  /** Sets the status Closed (ETag-guarded). */
  close(riskId: number, etag: string): Promise<IRisk>;
}

const K = RisksList.fields;
const S = RiskSnapshotsList.fields;
const C = PmoHubConfigList.fields;
/** Writes per $batch when a report snapshots many risks. */
const WRITE_BATCH: number = 100;
/** The most risks one project has in practice (one page). */
const PROJECT_TOP: number = 2000;
/** The Risks columns a risk is read with (RiskOwner expanded). */
export const RISK_SELECT: ReadonlyArray<string> = [
  K.Id, K.Title, lookupId(K.Project), K.RiskStatus, K.RiskCategory, K.Probability, K.Impact, K.RiskExposure, lookupId(K.RiskOwner), projected(K.RiskOwner, 'Title'),
  K.Mitigation, K.DueDate, K.Proximity, K.RiskResponse
];

/** A Risks row as a risk (score and band under `thresholds`). */
export function riskOf(r: Record<string, unknown>, zone: ISiteTimeZone, thresholds?: IRiskThresholds): IRisk {
  const ownerId = num(r[lookupId(K.RiskOwner)]);
  const risk: IRisk = {
    id: r[K.Id] as number,
    projectId: num(r[lookupId(K.Project)]),
    title: text(r[K.Title]) ?? '',
    status: text(r[K.RiskStatus]) ?? 'Open',
    category: text(r[K.RiskCategory]),
    probability: num(r[K.Probability]),
    impact: num(r[K.Impact]),
    owner: ownerId !== undefined ? { id: ownerId, name: text((r[K.RiskOwner] as { Title?: string } | undefined)?.Title) } : undefined,
    mitigation: text(r[K.Mitigation]),
    dueDate: readDateOnly(text(r[K.DueDate]), zone),
    proximity: readDateOnly(text(r[K.Proximity]), zone),
    response: text(r[K.RiskResponse]),
    etag: etagOf(r as { 'odata.etag'?: string })
  };
  const scored = riskScore(risk);
  if (scored.ok) {
    risk.score = scored.score;
    if (thresholds) risk.band = riskBand(scored.score, thresholds);
  }
  return risk;
}

/** Reads the PMO's risk thresholds on a (batched) PnPjs root. */
export async function readRiskThresholds(sp: SPFI, site: ISiteAddress): Promise<{ thresholds: IRiskThresholds; problems: IThresholdProblem[] }> {
  const rows = await listOn(sp, site, PmoHubConfigList).items.select(C.ConfigValue).filter(odataEq(C.ConfigKey, RISK_THRESHOLDS_CONFIG_KEY)).top(1)<Array<Record<string, unknown>>>();
  return effectiveRiskThresholds(configuredThresholds(rows.length ? text(rows[0][C.ConfigValue]) : undefined));
}

type RiskProblem = IProblem<RiskProblemCode, keyof IRiskInput>;

/** The problems of a risk's values (a full input on create, the merged rating on update). */
function problemsOf(input: IRiskChanges, rating: { probability?: number; impact?: number } | undefined, creating: boolean): RiskProblem[] {
  const problems: RiskProblem[] = [];
  if ((creating || input.title !== undefined) && !(input.title ?? '').trim()) problems.push({ code: 'titleRequired', field: 'title' });
  else if (isTooLong(input.title)) problems.push({ code: 'tooLong', field: 'title' });
  if (rating) for (const p of checkRiskRating({ probability: rating.probability, impact: rating.impact })) problems.push({ code: p.code, field: p.field });
  for (const f of ['dueDate', 'proximity'] as const) {
    const day = input[f];
    if (day === undefined || day === '') continue;
    if (!isIsoDay(day)) problems.push({ code: 'invalidDate', field: f });
    else if (!isStorableDay(day)) problems.push({ code: 'dateOutOfRange', field: f });
  }
  const choices: Array<[keyof IRiskInput, ReadonlyArray<string>]> = [['status', RISK_STATUSES], ['category', RisksList.choices.RiskCategory], ['response', RISK_RESPONSES]];
  for (const [f, codes] of choices) {
    const v = input[f];
    if (v !== undefined && v !== '' && !isCode(codes, v)) problems.push({ code: 'invalidChoice', field: f });
  }
  return problems;
}

/** Column values of checked input (only what it names). */
function valuesOf(input: IRiskChanges, zone: ISiteTimeZone): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const put = (field: keyof IRiskInput, column: string, value: (v: NonNullable<IRiskChanges[typeof field]>) => unknown): void => {
    const v = input[field];
    if (v !== undefined) values[column] = v === '' ? null : value(v as NonNullable<IRiskChanges[typeof field]>);
  };
  put('title', K.Title, v => String(v).trim());
  put('probability', K.Probability, v => v);
  put('impact', K.Impact, v => v);
  put('status', K.RiskStatus, v => v);
  put('category', K.RiskCategory, v => v);
  put('ownerId', lookupId(K.RiskOwner), v => (v === 0 ? null : v));
  put('mitigation', K.Mitigation, v => v);
  put('dueDate', K.DueDate, v => writeDateOnly(v as IsoDay, zone));
  put('proximity', K.Proximity, v => writeDateOnly(v as IsoDay, zone));
  put('response', K.RiskResponse, v => v);
  return values;
}

/** Highest score first, then nearest proximity (none last), then id (the domain's top-risk order, for every risk). */
function byExposure(a: IRisk, b: IRisk): number {
  return (b.score ?? 0) - (a.score ?? 0) || (a.proximity ?? '9999').localeCompare(b.proximity ?? '9999') || a.id - b.id;
}

/** {@link IRiskService} over PnPjs (Risks, RiskSnapshots, PmoHubConfig). */
export class RiskService implements IRiskService {
  private readonly sp: SPFI;
  private readonly site: ISiteAddress;
  private readonly siteTimeZone: ISiteTimeZoneSource;

  public constructor(sp: SPFI, site: ISiteAddress, siteTimeZone: ISiteTimeZoneSource) {
    this.sp = sp;
    this.site = site;
    this.siteTimeZone = siteTimeZone;
  }

  private risks(sp: SPFI = this.sp): ListHandle {
    return listOn(sp, this.site, RisksList);
  }

  private async read(riskId: number): Promise<IRisk> {
    const [b, execute] = this.sp.batched();
    const rowP = this.risks(b).items.getById(riskId).select(...RISK_SELECT).expand(K.RiskOwner)<Record<string, unknown>>();
    const thresholdsP = readRiskThresholds(b, this.site);
    const zoneP = this.siteTimeZone.get(b.web);
    await execute();
    const [row, { thresholds }, zone] = await Promise.all([rowP, thresholdsP, zoneP]);
    return riskOf(row, zone, thresholds);
  }

  public async getThresholds(): Promise<{ thresholds: IRiskThresholds; problems: IThresholdProblem[] }> {
    const [b, execute] = this.sp.batched();
    const p = readRiskThresholds(b, this.site);
    await execute();
    return p;
  }

  public async getProjectRisks(projectId: number): Promise<IProjectRisks> {
    const [b, execute] = this.sp.batched();
    const rowsP = this.risks(b).items.select(...RISK_SELECT).expand(K.RiskOwner).filter(odataEq(lookupId(K.Project), projectId)).top(PROJECT_TOP)<Array<Record<string, unknown>>>();
    const snapshotsP = listOn(b, this.site, RiskSnapshotsList).items.select(lookupId(S.Risk), S.SnapshotDate, S.Probability, S.Impact)
      .filter(odataEq(lookupId(S.Project), projectId)).top(5000)<Array<Record<string, unknown>>>();
    const thresholdsP = readRiskThresholds(b, this.site);
    const zoneP = this.siteTimeZone.get(b.web);
    await execute();
    const [rows, snapshots, { thresholds, problems }, zone] = await Promise.all([rowsP, snapshotsP, thresholdsP, zoneP]);
    const risks = rows.map(r => riskOf(r, zone, thresholds)).sort(byExposure);
    const history = new Map<number, IRatingChange[]>();
    let lastReportDate: IsoDay | undefined;
    for (const s of snapshots) {
      const on = readDateOnly(text(s[S.SnapshotDate]), zone);
      const riskId = num(s[lookupId(S.Risk)]);
      if (!on || riskId === undefined) continue;
      if (!lastReportDate || on > lastReportDate) lastReportDate = on;
      const list = history.get(riskId) ?? [];
      list.push({ on, probability: num(s[S.Probability]), impact: num(s[S.Impact]) });
      history.set(riskId, list);
    }
    for (const risk of risks) {
      if (risk.score !== undefined) risk.trend = riskTrend(risk.score, lastReportDate ? scoreAt(history.get(risk.id) ?? [], lastReportDate) : undefined);
    }
    return { risks, heatMap: riskHeatMap(risks, thresholds), thresholds, thresholdProblems: problems, lastReportDate };
  }

  public async create(projectId: number, input: IRiskInput): Promise<IRisk> {
    const problems = problemsOf(input, input, true);
    if (problems.length) throw new RiskRefusedError(problems);
    const zone = await this.siteTimeZone.get(this.sp.web);
    const added = (await this.risks().items.add({
      ...valuesOf({ status: 'Open', ...input }, zone),
      [lookupId(K.Project)]: projectId,
      [K.RiskExposure]: (input.probability as number) * (input.impact as number)
    })) as { Id: number };
    return this.read(added.Id);
  }

  public async update(riskId: number, changes: IRiskChanges, etag: string): Promise<IRisk> {
    if (!etag) throw new Error('A risk is saved with the ETag the user saw.');
    const rated = changes.probability !== undefined || changes.impact !== undefined;
    // The other half of a rating comes from the stored risk (its ETag still guards the write).
    const current = rated ? await this.read(riskId) : undefined;
    const rating = current ? { probability: pick(changes.probability, current.probability), impact: pick(changes.impact, current.impact) } : undefined;
    const problems = problemsOf(changes, rating, false);
    if (problems.length) throw new RiskRefusedError(problems);
    const zone = await this.siteTimeZone.get(this.sp.web);
    const values = valuesOf(changes, zone);
    if (rating) values[K.RiskExposure] = (rating.probability as number) * (rating.impact as number);
    if (Object.keys(values).length) await this.risks().items.getById(riskId).update(values, etag);
    return this.read(riskId);
  }

  public close(riskId: number, etag: string): Promise<IRisk> {
    return this.update(riskId, { status: 'Closed' }, etag);
  }

  public async snapshotForReport(projectId: number, reportId: number, reportDate: IsoDay): Promise<number> {
    const zone = await this.siteTimeZone.get(this.sp.web);
    const [b, execute] = this.sp.batched();
    const risksP = this.risks(b).items.select(K.Id, K.Title, K.RiskStatus, K.Probability, K.Impact).filter(odataEq(lookupId(K.Project), projectId)).top(PROJECT_TOP)<Array<Record<string, unknown>>>();
    const takenP = listOn(b, this.site, RiskSnapshotsList).items.select(lookupId(S.Risk)).filter(odataEq(lookupId(S.StatusReport), reportId)).top(PROJECT_TOP)<Array<Record<string, unknown>>>();
    await execute();
    const [rows, taken] = await Promise.all([risksP, takenP]);
    const done = new Set(taken.map(t => t[lookupId(S.Risk)] as number));
    const missing = rows.filter(r => isOpenRisk({ status: text(r[K.RiskStatus]) ?? 'Open' }) && !done.has(r[K.Id] as number));
    for (let i = 0; i < missing.length; i += WRITE_BATCH) {
      const [wb, run] = this.sp.batched();
      const list = listOn(wb, this.site, RiskSnapshotsList);
      const writes = missing.slice(i, i + WRITE_BATCH).map(r => list.items.add({
        [S.Title]: `${text(r[K.Title]) ?? r[K.Id]} @ ${reportDate}`.slice(0, 255),
        [lookupId(S.Risk)]: r[K.Id],
        [lookupId(S.Project)]: projectId,
        [lookupId(S.StatusReport)]: reportId,
        [S.SnapshotDate]: writeDateOnly(reportDate, zone),
        [S.Probability]: num(r[K.Probability]) ?? null,
        [S.Impact]: num(r[K.Impact]) ?? null
      }));
      await run();
      await Promise.all(writes);
    }
    return missing.length;
  }
}

/** A change's rating value: the new one, none when cleared, else the stored one. */
function pick(change: number | '' | undefined, stored: number | undefined): number | undefined {
  if (change === '') return undefined;
  return change ?? stored;
}
