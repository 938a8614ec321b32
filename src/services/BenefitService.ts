import type { SPFI } from '../platform/pnp';
import { odataEq } from './odata';
import { describeError } from './errors';
import { etagOf, num, text } from './itemValues';
import { listOn, type ListHandle } from './lists';
import type { ISiteAddress } from './site';
import type { ISiteTimeZoneSource } from './siteTimeZone';
import { dayAt, isIsoDay, isStorableDay, readDateOnly, writeDateOnly, type ISiteTimeZone, type IsoDay } from '../domain/dates';
import { isTooLong } from '../domain/text';
import { benefitRealisation, type IBenefitMeasurement, type IBenefitRealisation } from '../domain/governance/benefits';
import { BENEFIT_STATUSES, type BenefitStatus } from '../domain/governance/vocabulary';
import { isCode } from '../domain/vocabulary';
import { BenefitMeasurementsList, BenefitsList, lookupId, projected } from '../schema/refs';
import { textLimitOf } from './textLimits';

/** A benefit as the register enters it. Undefined leaves a value; null clears it. */
export interface IBenefitInput {
  title?: string;
  /** How it is measured (Benefits.BenefitMeasure). */
  measure?: string | null; // eslint-disable-line @rushstack/no-new-null -- clears the SharePoint column
  baseline?: number | null; // eslint-disable-line @rushstack/no-new-null -- clears the SharePoint column
  target?: number | null; // eslint-disable-line @rushstack/no-new-null -- clears the SharePoint column
  unit?: string | null; // eslint-disable-line @rushstack/no-new-null -- clears the SharePoint column
  /** The owner (site user id; 0 clears). */
  ownerId?: number;
  /** The planned realisation day ('YYYY-MM-DD', Benefits.DueDate; '' clears). */
  plannedDate?: IsoDay;
  status?: BenefitStatus;
}

/** A measurement as entered: the day, the realised value, a comment. */
export interface IMeasurementInput {
  on: IsoDay;
  value: number;
  comment?: string;
}

/** A benefit of the register with its measurements over time and its realisation. */
export interface IBenefit {
  id: number;
  projectId: number;
  title: string;
  measure?: string;
  baseline?: number;
  target?: number;
  unit?: string;
  ownerId?: number;
  ownerName?: string;
  plannedDate?: IsoDay;
  status: BenefitStatus;
  /** Benefits.ActualValue: the latest measurement's value, as the list stores it for its own views (undefined before any). */
  actualValue?: number;
  etag: string;
  /** Measurements, oldest first. */
  measurements: Array<IBenefitMeasurement & { id: number; comment?: string }>;
  /** Progress from baseline to target and the suggested status (src/domain/governance/benefits), on the site's today. */
  realisation: IBenefitRealisation;
}

/** Why a benefit or measurement was refused before anything was written, and the field it is about. */
export class BenefitRefusedError extends Error {
  /** `tooLong`: text over the 255 characters its column holds (never cut); `dateOutOfRange`: a day before 1900-01-01 or after 8900-12-31, which SharePoint does not hold. */
  public readonly refusal: 'titleRequired' | 'numberInvalid' | 'dateInvalid' | 'statusInvalid' | 'tooLong' | 'dateOutOfRange';
  public readonly field: string;

  /** For `tooLong`: the most characters the field holds. */
  public readonly maxLength?: number;

  public constructor(refusal: BenefitRefusedError['refusal'], field: string, maxLength?: number) {
    super(`Benefit refused: ${refusal} (${field})`);
    this.name = 'BenefitRefusedError';
    this.refusal = refusal;
    this.maxLength = maxLength;
    this.field = field;
    Object.setPrototypeOf(this, BenefitRefusedError.prototype);
  }
}

/**
 * The benefits register of a project (issue 12): benefit, measure, owner, baseline, target, planned
 * realisation day and status, edits guarded by ETags; realised values over time (BenefitMeasurements),
 * recorded also after the project closed; realisation % and a suggested status from the domain.
 */
export interface IBenefitService {
  /** The project's benefits with measurements and realisation, in one $batch (both lists filtered on their indexed Project lookup). */
  listBenefits(projectId: number): Promise<IBenefit[]>;
  /** Adds a benefit; refused (naming the field) without a title, for a non-finite number, an invalid day or an unknown status. */
  addBenefit(projectId: number, input: IBenefitInput): Promise<IBenefit>;
  /** Saves changes with the ETag the user saw ('conflict' when stale); the same checks as {@link addBenefit}. */
  updateBenefit(benefitId: number, changes: IBenefitInput, etag: string): Promise<IBenefit>;
  /** Deletes a benefit (ETag-guarded) and its measurements. */
  removeBenefit(benefitId: number, etag: string): Promise<void>;
  /** Records a realised value on a day (also after the project closed). */
  addMeasurement(benefitId: number, measurement: IMeasurementInput): Promise<IBenefit>;
}

const B = BenefitsList.fields;
const M = BenefitMeasurementsList.fields;
const PAGE: number = 5000;
const BENEFIT_SELECT: ReadonlyArray<string> = [
  B.Id, B.Title, lookupId(B.Project), B.BenefitMeasure, B.BaselineValue, B.TargetValue, B.Unit, lookupId(B.BenefitOwner), projected(B.BenefitOwner, 'Title'), B.DueDate, B.BenefitStatus, B.ActualValue
];
const MEASUREMENT_SELECT: ReadonlyArray<string> = [M.Id, lookupId(M.Benefit), M.MeasureDate, M.RealisedValue, M.Comment];

/** {@link IBenefitService} over PnPjs (Benefits, BenefitMeasurements). */
export class BenefitService implements IBenefitService {
  private readonly sp: SPFI;
  private readonly site: ISiteAddress;
  private readonly siteTimeZone: ISiteTimeZoneSource;

  public constructor(sp: SPFI, site: ISiteAddress, siteTimeZone: ISiteTimeZoneSource) {
    this.sp = sp;
    this.site = site;
    this.siteTimeZone = siteTimeZone;
  }

  private benefits(sp: SPFI = this.sp): ListHandle {
    return listOn(sp, this.site, BenefitsList);
  }

  private measurements(sp: SPFI = this.sp): ListHandle {
    return listOn(sp, this.site, BenefitMeasurementsList);
  }

  public async listBenefits(projectId: number): Promise<IBenefit[]> {
    return this.read(odataEq(lookupId(B.Project), projectId), odataEq(lookupId(M.Project), projectId));
  }

  private async read(benefitFilter: string, measurementFilter: string): Promise<IBenefit[]> {
    const [b, execute] = this.sp.batched();
    const benefitsP = this.benefits(b).items.select(...BENEFIT_SELECT).expand(B.BenefitOwner).filter(benefitFilter).orderBy(B.Id).top(PAGE)<Array<Record<string, unknown>>>();
    const measurementsP = this.measurements(b).items.select(...MEASUREMENT_SELECT).filter(measurementFilter).orderBy(M.MeasureDate).orderBy(M.Id).top(PAGE)<Array<Record<string, unknown>>>();
    const zoneP = this.siteTimeZone.get(b.web);
    await execute();
    const [benefits, measurements, zone] = await Promise.all([benefitsP, measurementsP, zoneP]);
    return benefits.map(r => benefitOf(r, measurements.filter(m => m[lookupId(M.Benefit)] === r[B.Id]), zone));
  }

  private async readOne(benefitId: number): Promise<IBenefit> {
    const [benefit] = await this.read(odataEq(B.Id, benefitId), odataEq(lookupId(M.Benefit), benefitId));
    if (!benefit) throw Object.assign(new Error(`Benefit ${benefitId} not found`), { status: 404 });
    return benefit;
  }

  public async addBenefit(projectId: number, input: IBenefitInput): Promise<IBenefit> {
    if (!input.title || input.title.trim() === '') throw new BenefitRefusedError('titleRequired', 'title');
    const values = valuesOf(input, await this.siteTimeZone.get());
    const added = (await this.benefits().items.add({ ...values, [lookupId(B.Project)]: projectId })) as { Id: number };
    return this.readOne(added.Id);
  }

  public async updateBenefit(benefitId: number, changes: IBenefitInput, etag: string): Promise<IBenefit> {
    if (!etag) throw new Error('A benefit is saved with the ETag the user saw.');
    if (changes.title !== undefined && changes.title.trim() === '') throw new BenefitRefusedError('titleRequired', 'title');
    await this.benefits().items.getById(benefitId).update(valuesOf(changes, await this.siteTimeZone.get()), etag);
    return this.readOne(benefitId);
  }

  public async removeBenefit(benefitId: number, etag: string): Promise<void> {
    if (!etag) throw new Error('A benefit is deleted with the ETag the user saw.');
    await this.benefits().items.getById(benefitId).delete(etag);
    const rows = await this.measurements().items.select(M.Id).filter(odataEq(lookupId(M.Benefit), benefitId)).top(PAGE)<Array<{ Id: number }>>();
    if (rows.length === 0) return;
    const [b, execute] = this.sp.batched();
    const deletes = rows.map(r => this.measurements(b).items.getById(r.Id).delete());
    await execute();
    await Promise.all(deletes);
  }

  public async addMeasurement(benefitId: number, measurement: IMeasurementInput): Promise<IBenefit> {
    checkDay(measurement.on, 'on');
    if (typeof measurement.value !== 'number' || !isFinite(measurement.value)) throw new BenefitRefusedError('numberInvalid', 'value');
    const zone = await this.siteTimeZone.get();
    const benefit = await this.readOne(benefitId);
    await this.measurements().items.add({
      [M.Title]: `${benefit.title}`.slice(0, 240) + ` – ${measurement.on}`,
      [lookupId(M.Benefit)]: benefitId,
      [lookupId(M.Project)]: benefit.projectId,
      [M.MeasureDate]: writeDateOnly(measurement.on, zone),
      [M.RealisedValue]: measurement.value,
      [M.Comment]: measurement.comment?.trim() || null
    });
    return this.mirrorActualValue(benefitId);
  }

  /**
   * Benefits.ActualValue mirrors the latest measurement (by day; on the same day the newest), for the
   * list's own views and exports: recomputed from the measurements as read, and written with the ETag of
   * that same read. When the benefit changed in between (412: a user's edit, or another measurement's
   * mirror) it reads and computes again (at most MIRROR_TRIES reads), so two measurements added at once
   * leave the later day's value and a user's change of the benefit is never written over (only
   * ActualValue is written). Returns the benefit as read last (its ETag the current one).
   */
  private async mirrorActualValue(benefitId: number): Promise<IBenefit> {
    for (let attempt = 1; ; attempt++) {
      const benefit = await this.readOne(benefitId);
      const latest = benefit.measurements[benefit.measurements.length - 1];
      if (!latest || latest.value === benefit.actualValue) return benefit;
      try {
        await this.benefits().items.getById(benefitId).update({ [B.ActualValue]: latest.value }, benefit.etag);
        return await this.readOne(benefitId);
      } catch (e) {
        if (describeError(e).kind !== 'conflict' || attempt >= MIRROR_TRIES) throw e;
      }
    }
  }
}

/** Refuses (naming `field`) a value that is not a calendar day, or a day SharePoint does not hold. */
function checkDay(day: string, field: string): void {
  if (!isIsoDay(day)) throw new BenefitRefusedError('dateInvalid', field);
  if (!isStorableDay(day)) throw new BenefitRefusedError('dateOutOfRange', field);
}

/** Reads of a benefit before its ActualValue mirror gives up on a benefit that keeps changing (412 each time). */
const MIRROR_TRIES: number = 5;

/** Benefits values of an input, checked (non-finite numbers, invalid days and unknown statuses refused, naming the field). */
function valuesOf(input: IBenefitInput, zone: ISiteTimeZone): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [field, column] of [['title', B.Title], ['measure', B.BenefitMeasure], ['unit', B.Unit]] as const) {
    const max = textLimitOf(BenefitsList.key, column);
    if (max !== undefined && isTooLong(input[field] ?? undefined, max)) throw new BenefitRefusedError('tooLong', field, max);
  }
  if (input.title !== undefined) values[B.Title] = input.title.trim();
  if (input.measure !== undefined) values[B.BenefitMeasure] = input.measure?.trim() || null;
  if (input.unit !== undefined) values[B.Unit] = input.unit?.trim() || null;
  for (const [field, column] of [['baseline', B.BaselineValue], ['target', B.TargetValue]] as const) {
    const v = input[field];
    if (v === undefined) continue;
    if (v !== null && (typeof v !== 'number' || !isFinite(v))) throw new BenefitRefusedError('numberInvalid', field);
    values[column] = v;
  }
  if (input.ownerId !== undefined) values[lookupId(B.BenefitOwner)] = input.ownerId > 0 ? input.ownerId : null;
  if (input.plannedDate !== undefined) {
    if (input.plannedDate !== '') checkDay(input.plannedDate, 'plannedDate');
    values[B.DueDate] = writeDateOnly(input.plannedDate || undefined, zone);
  }
  if (input.status !== undefined) {
    if (!isCode(BENEFIT_STATUSES, input.status)) throw new BenefitRefusedError('statusInvalid', 'status');
    values[B.BenefitStatus] = input.status;
  }
  return values;
}

function benefitOf(r: Record<string, unknown>, measurements: ReadonlyArray<Record<string, unknown>>, zone: ISiteTimeZone): IBenefit {
  const status = r[B.BenefitStatus];
  const values = measurements
    .map(m => ({ id: m[M.Id] as number, on: readDateOnly(text(m[M.MeasureDate]), zone) ?? '', value: num(m[M.RealisedValue]) ?? NaN, comment: text(m[M.Comment]) }))
    .filter(m => m.on !== '' && isFinite(m.value));
  const benefit = {
    id: r[B.Id] as number, projectId: r[lookupId(B.Project)] as number, title: text(r[B.Title]) ?? '', measure: text(r[B.BenefitMeasure]),
    baseline: num(r[B.BaselineValue]), target: num(r[B.TargetValue]), unit: text(r[B.Unit]),
    ownerId: num(r[lookupId(B.BenefitOwner)]), ownerName: text((r[B.BenefitOwner] as { Title?: string } | undefined)?.Title),
    plannedDate: readDateOnly(text(r[B.DueDate]), zone), status: isCode(BENEFIT_STATUSES, status) ? status : 'Planned', actualValue: num(r[B.ActualValue]),
    etag: etagOf(r), measurements: values
  };
  return { ...benefit, realisation: benefitRealisation({ baseline: benefit.baseline, target: benefit.target, plannedDate: benefit.plannedDate, measurements: values }, dayAt(Date.now(), zone.iana)) };
}
