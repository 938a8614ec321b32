/** PMO Hub's site provisioning: ensure the PMO site from src/schema, and report its state. */
export { provisionSite } from './provisionSite';
export { getSiteStatus } from './status';
export { snapshotSite } from './snapshot';
export type { ISiteSnapshot, IListSnapshot } from './snapshot';
export { ProvisioningAbortedError, ProvisioningError } from './types';
export type { ChangeArea, IPlannedChange, IProvisionOptions, IProvisionProgress, IProvisionResult, ISiteStatus } from './types';
export { createSitePage } from './steps/pages';
