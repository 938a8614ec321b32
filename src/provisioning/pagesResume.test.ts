/**
 * A set-up cut off inside a page's creation (the browser closed, the machine lost power): SharePoint
 * made the page in three requests (a checked-out page under a junk file name; a save that names the
 * file; the save with the title and the web part, then publish), and the run stopped after one of
 * them had been done on the server. The next run must leave the pages as a run in one go does: every
 * page of the schema named, titled, holding its web part and published, and no junk page behind.
 */
import { loadLocale } from '../../tools/jest/locale';
import { pmoSchema } from '../schema/pmoSchema';
import type { ISiteSchema } from '../schema/types';
import { siteOwner } from '../../workbench/directory';
import { WORKBENCH_USER_HEADER } from '../services/environment';
import { provisionSite } from './index';
import { blankSite, type ITestSite } from './test-utils/site';

jest.setTimeout(120000);

const en = loadLocale('en-us');
/** The schema's groups, permission levels and pages, with only the list provisioning needs for itself. */
const schema: ISiteSchema = { ...pmoSchema, lists: pmoSchema.lists.filter(l => l.key === 'PmoHubConfig'), upgrades: [] };

interface IPageRow { FileName: string; Title: string; FirstPublished: string; IsPageCheckedOutToCurrentUser: boolean; CanvasContent1: string | null }

/** The site's pages as SharePoint's site pages API lists them: name → title, web parts, published, checked out. */
async function pages(site: ITestSite): Promise<Record<string, string>> {
  const res = await fetch(`${site.siteUrl}/_api/sitepages/pages`, { headers: { Accept: 'application/json;odata=nometadata', [WORKBENCH_USER_HEADER]: siteOwner.userPrincipalName } });
  const rows = ((await res.json()) as { value: IPageRow[] }).value;
  const out: Record<string, string> = {};
  for (const r of rows) {
    const webParts = Array.from((r.CanvasContent1 ?? '').replace(/&quot;/g, '"').matchAll(/"webPartId"\s*:\s*"([0-9a-f-]{36})"/g)).map(m => m[1]);
    out[r.FileName] = `${r.Title} | ${webParts.join(',')} | ${/^0001-/.test(r.FirstPublished) ? 'draft' : 'published'}${r.IsPageCheckedOutToCurrentUser ? ' | checked out' : ''}`;
  }
  return out;
}

/**
 * Runs `fn` while the connection dies right after the server answered the `nth` request whose
 * method and URL match `pattern`: that request was done, its answer never arrives, and every later
 * request fails as if the machine were gone (an AbortError, which PnPjs does not retry).
 */
async function cutAfter<T>(pattern: RegExp, nth: number, fn: () => Promise<T>): Promise<T> {
  const send = globalThis.fetch;
  let seen = 0;
  let dead = false;
  const gone = (): Error => Object.assign(new Error('The connection was lost.'), { name: 'AbortError' });
  globalThis.fetch = async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]): Promise<Response> => {
    if (dead) throw gone();
    const answer = await send(input, init);
    if (pattern.test(`${init?.method ?? 'GET'} ${String(input)}`) && ++seen === nth) {
      dead = true;
      throw gone();
    }
    return answer;
  };
  try {
    return await fn();
  } finally {
    globalThis.fetch = send;
  }
}

describe('a set-up cut off inside a page creation', () => {
  let reference: Record<string, string>;

  beforeAll(async () => {
    const site = await blankSite();
    try {
      await provisionSite(site.sp, schema, { locale: 'en-us', strings: en });
      reference = await pages(site);
    } finally {
      await site.stop();
    }
  });

  it('the reference has every schema page titled, with its web part, published', () => {
    expect(Object.keys(reference).sort()).toEqual((schema.pages ?? []).map(p => p.file).sort());
    expect(reference['Home.aspx']).toBe('PMO Home | 5a6a671d-54e8-4f14-b1af-0269923040d3 | published');
  });

  // The first page's creation: after the junk page, after the save that names it, after the save with its title and web part.
  it.each([
    ['the new page', /^POST .*\/_api\/sitepages\/pages$/, 1],
    ['the save that names it', /^POST .*\/savepage$/, 1],
    ['the save with its title and web part', /^POST .*\/savepage$/, 2]
  ])('cut after %s, the next run completes the pages as one run does', async (_what, pattern, nth) => {
    const site = await blankSite();
    try {
      await expect(cutAfter(pattern, nth, () => provisionSite(site.sp, schema, { locale: 'en-us', strings: en }))).rejects.toThrow(/connection was lost/);
      const result = await provisionSite(site.sp, schema, { locale: 'en-us', strings: en });
      expect(result.changes).toBeGreaterThan(0);
      expect(await pages(site)).toEqual(reference);
      expect((await provisionSite(site.sp, schema, { locale: 'en-us', strings: en })).changes).toBe(0);
    } finally {
      await site.stop();
    }
  });
});
