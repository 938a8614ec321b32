/**
 * Sets up the local PMO site on first start: provisioning from src/schema, then demo data, through
 * the same services and PnPjs pipeline as against SharePoint.
 */
import { localEnvironment } from '../src/services/environment';
import { createSitePage, provisionSite } from '../src/provisioning';
import { pageUrl, SetupPage } from '../src/schema/pages';
import { localize } from '../src/schema/fieldXml';
import { pmoSchema } from '../src/schema/pmoSchema';
import { PMO_SITE_PROPERTY } from '../src/schema/tenant';
import { siteOwner } from './directory';
import { seedSite } from './seed';
import { loadLocale } from './locales';

export interface ISetupProgress {
  phase: 'provision' | 'seed';
  step: string;
  done: number;
  total: number;
}

export interface ISetupOptions {
  siteUrl: string;
  graphUrl: string;
  projects: number;
  /** Site locale (lists and columns get their titles in it). Default en-us. */
  locale?: string;
  onProgress?: (e: ISetupProgress) => void;
  /** Ends the set-up early (the workbench is stopping): the next start resumes it. */
  signal?: AbortSignal;
}

/** Provisions the site (a no-op on a site that is current) and seeds demo data on a site without any. */
export async function setupSite(options: ISetupOptions): Promise<void> {
  const locale = options.locale ?? 'en-us';
  const env = localEnvironment({ siteUrl: options.siteUrl, graphUrl: options.graphUrl, user: siteOwner.userPrincipalName, locale });
  await provisionSite(env.sp, pmoSchema, {
    locale,
    strings: loadLocale(locale),
    onProgress: e => options.onProgress?.({ phase: 'provision', step: e.step, done: e.done, total: e.total })
  });
  options.signal?.throwIfAborted();
  // As `npm run deploy` does on a tenant: the tenant property names the PMO site, so that a Teams
  // tab in another team's site (the Teams view's `?site=`) reads this site.
  await env.sp.web.setStorageEntity(PMO_SITE_PROPERTY, options.siteUrl, 'PMO Hub: the PMO site');
  const asUser = (upn: string): ReturnType<typeof localEnvironment>['sp'] =>
    localEnvironment({ siteUrl: options.siteUrl, graphUrl: options.graphUrl, user: upn, locale }).sp;
  await seedSite(env, {
    projects: options.projects,
    actAs: asUser,
    signal: options.signal,
    onProgress: e => options.onProgress?.({ phase: 'seed', step: e.list, done: e.done, total: e.total })
  });
}

/**
 * A blank site with only the PMO Setup page, as a site owner prepares one in SharePoint before PMO
 * Hub is set up (by adding the PMO Setup web part to a page). A no-op when the page exists.
 */
export async function addSetupPage(options: Pick<ISetupOptions, 'siteUrl' | 'graphUrl' | 'locale'>): Promise<void> {
  const locale = options.locale ?? 'en-us';
  const env = localEnvironment({ siteUrl: options.siteUrl, graphUrl: options.graphUrl, user: siteOwner.userPrincipalName, locale });
  const path = `${new URL(options.siteUrl).pathname.replace(/\/$/, '')}/${pageUrl(SetupPage)}`;
  try {
    await env.sp.web.getFileByServerRelativePath(path).select('Name')();
    return;
  } catch (e) {
    if ((e as { status?: number }).status !== 404) throw e;
  }
  await createSitePage(env.sp, SetupPage, localize(loadLocale(locale), SetupPage.title));
}
