/** The PMO site's state against a schema, for the PMO Setup web part and the CLI (read only, no writes). */
import type { SPFI } from '../platform/pnp';
import type { ISiteSchema } from '../schema/types';
import { provisionSite } from './provisionSite';
import type { IProvisionOptions, ISiteStatus } from './types';

/**
 * What a provisioning run would change on the site, and the schema version the site records. It is
 * a provisioning run in plan mode: the same steps compare the same things and record each write
 * instead of making it, so the status and a repair can never disagree.
 * @param options The site's locale and its strings (titles are compared in it).
 * @throws ProvisioningError as provisionSite (e.g. a site newer than the solution, a retyped column).
 */
export async function getSiteStatus(sp: SPFI, schema: ISiteSchema, options: Pick<IProvisionOptions, 'locale' | 'strings'>): Promise<ISiteStatus> {
  const result = await provisionSite(sp, schema, { locale: options.locale, strings: options.strings, plan: true });
  const siteVersion = result.fromVersion === 0 ? undefined : result.fromVersion;
  return { siteVersion, solutionVersion: schema.version, changes: result.planned, upToDate: siteVersion === schema.version && result.planned.length === 0 };
}
