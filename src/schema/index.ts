/** PMO Hub's information architecture: the schema, its types and the field XML it generates. */
export { pmoSchema, SCHEMA_VERSION, listByKey, groups, customRoles, webRoleAssignments, lists } from './pmoSchema';
export { F, INTAKE_STATES } from './fields';
export { upgrades } from './upgrades';
export { fieldXml, fieldId, localizedFieldXml, localize } from './fieldXml';
export type * from './types';
export { builtInIndexes, INDEXABLE_BUILT_INS } from './types';
export * from './refs';
export * from './pages';
export { DASHBOARD_CONFIG_KEY, MATURITY_TARGETS_CONFIG_KEY, RISK_THRESHOLDS_CONFIG_KEY } from './settings';
