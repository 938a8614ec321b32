/**
 * Sets up the local PMO site on first start: provisioning from src/schema, then demo data, through
 * the same services and PnPjs pipeline as against SharePoint.
 */
import { localEnvironment } from '../src/services/environment';
import { siteOwner } from './directory';

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
  onProgress?: (e: ISetupProgress) => void;
}

/** Provisions and seeds the site when it is not set up yet; does nothing on a site that is. */
export async function setupSite(options: ISetupOptions): Promise<void> {
  const env = localEnvironment({ siteUrl: options.siteUrl, graphUrl: options.graphUrl, user: siteOwner.userPrincipalName });
  // Provisioning and the seed are wired in here as they land (src/provisioning, workbench/seed).
  await env.sp.web.select('Title')();
}
