/**
 * The platform layer: the one setup module for PnPjs, with the selective imports every PMO Hub
 * service and the provisioning rely on. It sits below services and provisioning and imports nothing
 * of PMO Hub's own.
 * Import `spfi`/`SPFI` from here, never from '@pnp/sp' in feature code, so that the fluent API
 * surface the services use is declared in one place.
 */
export { spfi } from '@pnp/sp';
export type { SPFI } from '@pnp/sp';
// The files of a folder without '@pnp/sp/files' (which no web part's first view needs otherwise).
export { SPCollection } from '@pnp/sp';
// Reads empty response bodies, so that a browser does not report a finished request as aborted.
export { ReadEmptyBodies } from './readEmptyBodies';
// PMO Hub's retry policy: 429/503 retried up to 10 attempts, honouring Retry-After.
export { RetryThrottled, retryAfterMs, type IRetryThrottledOptions } from './retryThrottled';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import '@pnp/sp/attachments';
import '@pnp/sp/folders';
import '@pnp/sp/regional-settings/web';
