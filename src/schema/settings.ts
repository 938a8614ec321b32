/**
 * Keys of PMO Hub's settings in PmoHubConfig (ConfigKey → ConfigValue as JSON). A setting is data the
 * PMO configures, not schema: provisioning never writes one, and a service reading it falls back to
 * PMO Hub's defaults when it is absent or invalid. (The controlling settings' key,
 * 'Controlling.ReportDimensions', is named in src/services/reportRules.ts.)
 */

/**
 * The risk bands' thresholds on the score P × I: `{ "medium": number, "high": number }` (integers,
 * 1 < medium < high ≤ 25; a score at or above `medium` is Medium, at or above `high` is High).
 * Absent or invalid: src/domain/governance DEFAULT_RISK_THRESHOLDS ({ medium: 5, high: 12 }), checked by
 * `effectiveRiskThresholds`.
 */
export const RISK_THRESHOLDS_CONFIG_KEY = 'Governance.RiskThresholds' as const;

/**
 * The dashboard's configuration: `{ "kpiCodes": string[] }`, the KpiDefinitions codes the Dashboard
 * shows, in order (absent or empty: every active KPI). The PMO writes it (PmoHubConfig: the PMO edits,
 * everyone reads; SharePoint refuses anyone else's write).
 */
export const DASHBOARD_CONFIG_KEY = 'Dashboard.Configuration' as const;

/**
 * Schema 9: the PMO's target maturity level per P3M3 perspective, `{ [perspective]: 1..5 }` (the codes of
 * src/domain/maturity PERSPECTIVES). Absent or invalid for a perspective: 3 (Defined). The qualification
 * plan recommends modules for the gaps between a person's levels and these targets.
 */
export const MATURITY_TARGETS_CONFIG_KEY = 'MaturityTargets' as const;
