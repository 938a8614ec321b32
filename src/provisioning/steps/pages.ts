/**
 * Page steps: one per page of the schema (src/schema/pages.ts). A missing page is created in the
 * Site Pages library with its web part, through PnPjs' client-side pages, as an SPFx solution
 * provisions its pages; an existing page that lacks the web part gets it in a new section at the
 * end. PMO Hub never removes or retitles content someone put on a page.
 *
 * SharePoint makes a page in several requests (a checked-out page under a junk file name; a save
 * that names the file after the page; the save with the title and the web part; publish), so a run
 * cut off in between (a closed browser, a lost connection) leaves a page half made. The next run
 * finishes it: a schema page never published gets its title (when it still has the placeholder the
 * creation gave it), its web part and is published; a junk page of the one who set the site up (never
 * published, still checked out to them, without a title or content) is moved to the recycle bin.
 */
import { ClientsideWebpart, getSitePages, type IClientsidePage, type ISitePageInfo } from '../../platform/pnpPages';
import { pageUrl, SITE_PAGES_LIBRARY } from '../../schema/pages';
import type { ISitePageSchema } from '../../schema/types';
import type { SPFI } from '../../platform/pnp';
import type { IStep, ProvisioningContext } from './context';

/** One step per schema page; the first reads the site's pages and removes the junk an interrupted creation left. */
export function pageSteps(ctx: ProvisioningContext): IStep[] {
  return (ctx.schema.pages ?? []).map(p => ({ step: 'pages', run: (): Promise<void> => ensurePage(ctx, p) }));
}

/** True while a page was never published (SharePoint's empty date as FirstPublished). */
function neverPublished(p: ISitePageInfo): boolean {
  return !p.FirstPublished || /^0001-/.test(p.FirstPublished);
}

/** A page an interrupted creation left: never published, checked out to the caller, no title, no content. */
function isJunkPage(p: ISitePageInfo): boolean {
  return neverPublished(p) && !!p.IsPageCheckedOutToCurrentUser && !(p.Title ?? '').trim() && !(p.CanvasContent1 ?? '').trim();
}

/**
 * The site's pages by lower-case file name, read once per run (empty when the site has no Site Pages
 * library yet); the first call recycles the junk pages of an interrupted creation.
 */
async function sitePages(ctx: ProvisioningContext): Promise<Map<string, ISitePageInfo>> {
  if (ctx.state.pages) return ctx.state.pages;
  const pages = new Map<string, ISitePageInfo>();
  let rows: ISitePageInfo[] = [];
  try {
    rows = await getSitePages(ctx.sp);
  } catch (e) {
    if ((e as { status?: number }).status !== 404) throw e;
  }
  const schemaFiles = new Set((ctx.schema.pages ?? []).map(p => p.file.toLowerCase()));
  for (const p of rows) {
    if (!schemaFiles.has(p.FileName.toLowerCase()) && isJunkPage(p)) {
      const path = `${ctx.state.webUrl}/${SITE_PAGES_LIBRARY}/${p.FileName}`;
      await ctx.write('page', p.FileName, `Page '${SITE_PAGES_LIBRARY}/${p.FileName}' left empty by an interrupted set-up: moved to the recycle bin`, () => ctx.sp.web.getFileByServerRelativePath(path).recycle());
      continue;
    }
    pages.set(p.FileName.toLowerCase(), p);
  }
  ctx.state.pages = pages;
  return pages;
}

/** The page's web part as a canvas control, as SharePoint's GetClientSideWebParts would describe it. */
function webPartControl(page: ISitePageSchema, title: string): ClientsideWebpart {
  const manifest = { preconfiguredEntries: [{ title: { default: title }, description: { default: title }, properties: { ...(page.webPart.properties ?? {}) } }] };
  return ClientsideWebpart.fromComponentDef({ Id: page.webPart.id, Manifest: JSON.stringify(manifest) } as Parameters<typeof ClientsideWebpart.fromComponentDef>[0]);
}

function holdsWebPart(p: IClientsidePage, id: string): boolean {
  return !!p.findControl(c => String((c.data as { webPartId?: string }).webPartId ?? '').toLowerCase() === id.toLowerCase());
}

/**
 * Creates a page of the schema in the Site Pages library with its web part, published (PnPjs:
 * addClientsidePage, one section, save). `title` is the page's title in the site's language.
 * Also how the local workbench stands in for a site owner who puts PMO Setup on a page by hand.
 */
export async function createSitePage(sp: SPFI, page: ISitePageSchema, title: string): Promise<void> {
  const p = await sp.web.addClientsidePage(page.file, title, 'Article');
  p.addSection().addControl(webPartControl(page, title));
  await p.save(true);
}

async function ensurePage(ctx: ProvisioningContext, page: ISitePageSchema): Promise<void> {
  const pages = await sitePages(ctx);
  const alias = page.webPart.alias;
  const found = pages.get(page.file.toLowerCase());
  if (!found) {
    await ctx.write('page', page.file, `Page '${pageUrl(page)}' created with ${alias}`, () => createSitePage(ctx.sp, page, ctx.t(page.title)));
    return;
  }
  const existing = await ctx.sp.web.loadClientsidePage(`${ctx.state.webUrl}/${pageUrl(page)}`);
  if (neverPublished(found)) {
    await ctx.write('page', page.file, `Page '${pageUrl(page)}': creation finished and published`, () => finishPage(ctx, existing, page));
    return;
  }
  if (holdsWebPart(existing, page.webPart.id)) return;
  await ctx.write('page', page.file, `Page '${pageUrl(page)}': ${alias} added`, async () => {
    existing.addSection().addControl(webPartControl(page, ctx.t(page.title)));
    await existing.save(true);
  });
}

/**
 * Finishes a schema page whose creation was cut off: the title the schema gives it when it still has
 * the creation's placeholder (none, or its file name), its web part when missing, and publish.
 */
async function finishPage(ctx: ProvisioningContext, existing: IClientsidePage, page: ISitePageSchema): Promise<void> {
  const placeholder = page.file.replace(/\.aspx$/i, '').toLowerCase();
  const title = (existing.title ?? '').trim();
  if (!title || title.toLowerCase() === placeholder) existing.title = ctx.t(page.title);
  if (!holdsWebPart(existing, page.webPart.id)) existing.addSection().addControl(webPartControl(page, ctx.t(page.title)));
  await existing.save(true);
}
