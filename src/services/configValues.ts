/**
 * The PMO's settings a KPI reads from PmoHubConfig values (JSON; README, "KPIs and reports"), parsed
 * without the services that write them. Small on purpose: the Dashboard's first view reads the fiscal
 * year's start and the risk bands for its KPI context with these, so its initial bundle does not carry
 * the risk register's service or the status report's rules (README, "Bundle budget"). The risk
 * service, the status report's rules and the report data read the same values with the same functions.
 */
import type { IRiskThresholds } from '../domain/governance';

/**
 * The month fiscal years start in (1 = January … 12 = December) in a parsed controlling settings value
 * (`{ fiscalYearStartMonth }`); 1 when it is absent or not a whole number from 1 to 12.
 */
export function fiscalYearStartMonthOf(parsed: unknown): number {
  const start = (parsed as { fiscalYearStartMonth?: unknown } | null | undefined)?.fiscalYearStartMonth;
  return typeof start === 'number' && Number.isInteger(start) && start >= 1 && start <= 12 ? start : 1;
}

/**
 * The risk thresholds configured in a PmoHubConfig value (JSON `{ medium, high }`, scores P × I), or
 * undefined when it is absent, not valid JSON or not an object. The numbers are not checked here:
 * `effectiveRiskThresholds` (src/domain/governance) falls back to PMO Hub's defaults for invalid ones.
 */
export function configuredThresholds(value: string | undefined): IRiskThresholds | undefined {
  if (!value) return undefined;
  try {
    const parsed = JSON.parse(value) as Partial<IRiskThresholds> | null;
    if (!parsed || typeof parsed !== 'object') return undefined;
    return { medium: Number(parsed.medium), high: Number(parsed.high) };
  } catch {
    return undefined;
  }
}
