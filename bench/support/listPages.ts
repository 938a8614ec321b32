/** Benchmark support: plain-fetch reads of the local site's REST API, as a demo user (the baselines the services are measured against). */
import { WORKBENCH_USER_HEADER } from '../../src/services/environment';

/** GET as `user` (the workbench's user header); the parsed JSON. Throws on a non-2xx answer. */
export async function getJson(url: string, user: string): Promise<Record<string, unknown>> {
  const res = await fetch(url, { headers: { Accept: 'application/json', [WORKBENCH_USER_HEADER]: user } });
  if (!res.ok) throw new Error(`${res.status} ${url}`);
  return JSON.parse(await res.text()) as Record<string, unknown>;
}

/** The rows of a list items URL as `user`, following SharePoint's next links (odata.nextLink). */
export async function allPages(first: string, user: string): Promise<Array<Record<string, unknown>>> {
  const rows: Array<Record<string, unknown>> = [];
  let url: string | undefined = first;
  while (url) {
    const body = await getJson(url, user);
    rows.push(...(body.value as Array<Record<string, unknown>>));
    url = (body['odata.nextLink'] ?? body['@odata.nextLink']) as string | undefined;
  }
  return rows;
}
