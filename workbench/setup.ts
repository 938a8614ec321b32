/**
 * Sets up the local PMO site on first start: provisioning from src/schema, then demo data, through
 * the same services and PnPjs pipeline as against SharePoint.
 */
import { localEnvironment } from '../src/services/environment';
import { provisionSite } from '../src/provisioning';
import { pmoSchema } from '../src/schema/pmoSchema';
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
  const asUser = (upn: string): ReturnType<typeof localEnvironment>['sp'] =>
    localEnvironment({ siteUrl: options.siteUrl, graphUrl: options.graphUrl, user: upn, locale }).sp;
  await seedSite(env, {
    projects: options.projects,
    actAs: asUser,
    signal: options.signal,
    onProgress: e => options.onProgress?.({ phase: 'seed', step: e.list, done: e.done, total: e.total })
  });
}
