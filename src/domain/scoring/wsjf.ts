/**
 * Weighted Shortest Job First as the Scaled Agile Framework defines it (SAFe, "WSJF",
 * https://framework.scaledagile.com/wsjf): cost of delay = user-business value + time criticality
 * + risk reduction | opportunity enablement; WSJF = cost of delay / job size; every component is
 * estimated on the modified Fibonacci scale 1, 2, 3, 5, 8, 13, 20. It derives from Reinertsen,
 * "The Principles of Product Development Flow" (2009), WSJF = cost of delay / duration. Pure.
 */
import type { CriterionRole } from './vocabulary';

/** The modified Fibonacci scale of SAFe's relative estimates. */
export const WSJF_SCALE: ReadonlyArray<number> = [1, 2, 3, 5, 8, 13, 20];

/** The four WSJF components, each on {@link WSJF_SCALE}. */
export interface IWsjfComponents {
  businessValue: number;
  timeCriticality: number;
  riskReduction: number;
  jobSize: number;
}

/** The result of {@link wsjf}. */
export interface IWsjfResult {
  /** User-business value + time criticality + risk reduction | opportunity enablement. */
  costOfDelay: number;
  /** costOfDelay / jobSize. */
  wsjf: number;
}

/** The criterion role of each component (ScoringCriteria.CriterionRole). */
export const WSJF_ROLES: { readonly [K in keyof IWsjfComponents]: CriterionRole } = {
  businessValue: 'BusinessValue',
  timeCriticality: 'TimeCriticality',
  riskReduction: 'RiskReduction',
  jobSize: 'JobSize'
};

/** A value off the modified Fibonacci scale; `component` names which one. */
export class WsjfScaleError extends RangeError {
  public readonly component: keyof IWsjfComponents;
  public readonly value: number;

  public constructor(component: keyof IWsjfComponents, value: number) {
    super(`WSJF ${component} is ${String(value)}: it must be one of ${WSJF_SCALE.join(', ')} (the modified Fibonacci scale).`);
    this.name = 'WsjfScaleError';
    this.component = component;
    this.value = value;
    Object.setPrototypeOf(this, WsjfScaleError.prototype);
  }
}

/** Whether a value is on the modified Fibonacci scale. */
export function isOnWsjfScale(value: number): boolean {
  return WSJF_SCALE.indexOf(value) >= 0;
}

/**
 * Cost of delay and WSJF of one job.
 * @throws WsjfScaleError naming the first component (in the order business value, time criticality,
 *   risk reduction, job size) whose value is not on the modified Fibonacci scale.
 */
export function wsjf(c: IWsjfComponents): IWsjfResult {
  for (const k of ['businessValue', 'timeCriticality', 'riskReduction', 'jobSize'] as const) {
    if (!isOnWsjfScale(c[k])) throw new WsjfScaleError(k, c[k]);
  }
  const costOfDelay = c.businessValue + c.timeCriticality + c.riskReduction;
  return { costOfDelay, wsjf: costOfDelay / c.jobSize };
}

/**
 * WSJF from averaged components (a board's means need not lie on the scale): the same formula,
 * checked only for positive numbers. Round aggregation uses it on the members' mean per component.
 * @throws RangeError when a component is not a finite number > 0.
 */
export function wsjfOfMeans(c: IWsjfComponents): IWsjfResult {
  for (const k of ['businessValue', 'timeCriticality', 'riskReduction', 'jobSize'] as const) {
    if (!(c[k] > 0) || !isFinite(c[k])) throw new RangeError(`WSJF ${k} must be a number above 0, not ${String(c[k])}.`);
  }
  const costOfDelay = c.businessValue + c.timeCriticality + c.riskReduction;
  return { costOfDelay, wsjf: costOfDelay / c.jobSize };
}
