/**
 * Page steps: one per page of the schema (src/schema/pages.ts). A missing page is created in the
 * Site Pages library with its web part, through PnPjs' client-side pages, as an SPFx solution
 * provisions its pages; an existing page that lacks the web part gets it in a new section at the
 * end. PMO Hub never removes or retitles content someone put on a page.
 */
import { ClientsideWebpart, type IClientsidePage } from '../../platform/pnpPages';
import { pageUrl, SITE_PAGES_LIBRARY } from '../../schema/pages';
import type { ISitePageSchema } from '../../schema/types';
import type { SPFI } from '../../platform/pnp';
import type { IStep, ProvisioningContext } from './context';

/** One step per schema page; the first reads which pages the site has. */
export function pageSteps(ctx: ProvisioningContext): IStep[] {
  return (ctx.schema.pages ?? []).map(p => ({ step: 'pages', run: (): Promise<void> => ensurePage(ctx, p) }));
}

/** File names (lower case) in the Site Pages library; empty when the site has no such library yet. */
async function pageFiles(ctx: ProvisioningContext): Promise<Set<string>> {
  if (ctx.state.pageFiles) return ctx.state.pageFiles;
  const names = new Set<string>();
  try {
    const files = (await ctx.sp.web.getFolderByServerRelativePath(`${ctx.state.webUrl}/${SITE_PAGES_LIBRARY}`).files.select('Name')()) as Array<{ Name: string }>;
    for (const f of files) names.add(f.Name.toLowerCase());
  } catch (e) {
    if ((e as { status?: number }).status !== 404) throw e;
  }
  ctx.state.pageFiles = names;
  return names;
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
  const files = await pageFiles(ctx);
  const alias = page.webPart.alias;
  if (!files.has(page.file.toLowerCase())) {
    await ctx.write('page', page.file, `Page '${pageUrl(page)}' created with ${alias}`, () => createSitePage(ctx.sp, page, ctx.t(page.title)));
    files.add(page.file.toLowerCase());
    return;
  }
  const existing = await ctx.sp.web.loadClientsidePage(`${ctx.state.webUrl}/${pageUrl(page)}`);
  if (holdsWebPart(existing, page.webPart.id)) return;
  await ctx.write('page', page.file, `Page '${pageUrl(page)}': ${alias} added`, async () => {
    existing.addSection().addControl(webPartControl(page, ctx.t(page.title)));
    await existing.save(true);
  });
}
