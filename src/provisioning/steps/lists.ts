/** List steps: one per list of the schema. */
import { listUrlName } from '../../schema/fieldXml';
import type { IListSchema } from '../../schema/types';
import type { ISiteList } from '../site';
import type { IStep, ProvisioningContext } from './context';

/**
 * One step per schema list: creates a missing list (under its English URL name, then retitled),
 * refuses a list of another template (error naming the URL), and corrects title, description,
 * hidden, versioning and item-level security where they differ.
 */
export function listSteps(ctx: ProvisioningContext): IStep[] {
  return ctx.schema.lists.map(l => ({ step: 'list', list: l.key, run: (): Promise<void> => ensureList(ctx, l) }));
}

async function ensureList(ctx: ProvisioningContext, l: IListSchema): Promise<void> {
  let s = ctx.siteList(l);
  if (!s) s = await createList(ctx, l);
  else if (s.BaseTemplate !== l.template) {
    throw new Error(`${l.url} is a list of template ${s.BaseTemplate}, the schema wants ${l.template}`);
  }
  if (s.planned) return;
  const updates = listUpdates(ctx, l, s);
  if (Object.keys(updates).length > 0) {
    const id = s.Id;
    await ctx.write('list', l.key, `List '${l.key}': updated ${Object.keys(updates).join(', ')}`, () => ctx.sp.web.lists.getById(id).update(updates));
    ctx.state.lists.set(ctx.urlOf(l).toLowerCase(), { ...s, ...(updates as Partial<ISiteList>) });
  }
}

/**
 * Creates the list and records it in the run state. The URL derives from the title at creation: create under the English URL name, then retitle.
 * In plan mode the list is recorded as `planned`: the later steps of the run leave it alone (creating it covers them).
 */
async function createList(ctx: ProvisioningContext, l: IListSchema): Promise<ISiteList> {
  const created = await ctx.write('list', l.key, `List '${l.key}' created at ${l.url}`, () => ctx.sp.web.lists.add(listUrlName(l), ctx.t(l.description), l.template, false, { EnableVersioning: !!l.versioning }));
  if (!created) {
    const planned: ISiteList = { Id: `planned-${l.key}`, Title: ctx.t(l.title), BaseTemplate: l.template, url: ctx.urlOf(l), planned: true };
    ctx.state.lists.set(ctx.urlOf(l).toLowerCase(), planned);
    return planned;
  }
  const data = created as unknown as Record<string, unknown>;
  const s: ISiteList = {
    Id: String(data.Id),
    Title: String(data.Title),
    Description: data.Description as string | undefined,
    BaseTemplate: Number(data.BaseTemplate ?? l.template),
    Hidden: data.Hidden as boolean | undefined,
    EnableVersioning: data.EnableVersioning as boolean | undefined,
    HasUniqueRoleAssignments: data.HasUniqueRoleAssignments as boolean | undefined,
    ReadSecurity: data.ReadSecurity as number | undefined,
    WriteSecurity: data.WriteSecurity as number | undefined,
    url: ctx.urlOf(l)
  };
  ctx.state.lists.set(ctx.urlOf(l).toLowerCase(), s);
  return s;
}

/** The list properties that differ from the schema (properties the server did not report are left alone). */
function listUpdates(ctx: ProvisioningContext, l: IListSchema, s: ISiteList): Record<string, unknown> {
  const title = ctx.t(l.title);
  const description = ctx.t(l.description);
  const updates: Record<string, unknown> = {};
  if (s.Title !== title) updates.Title = title;
  if (s.Description !== undefined && (s.Description ?? '') !== description) updates.Description = description;
  if (s.Hidden !== undefined && !!s.Hidden !== !!l.hidden) updates.Hidden = !!l.hidden;
  if (s.EnableVersioning !== undefined && !!s.EnableVersioning !== !!l.versioning) updates.EnableVersioning = !!l.versioning;
  // Libraries too (schema 10: Reports): SharePoint keeps and enforces ReadSecurity/WriteSecurity on a
  // library set through the API, though its settings page offers them only for lists.
  if ((s.ReadSecurity ?? 1) !== (l.readSecurity ?? 1)) updates.ReadSecurity = l.readSecurity ?? 1;
  if ((s.WriteSecurity ?? 1) !== (l.writeSecurity ?? 1)) updates.WriteSecurity = l.writeSecurity ?? 1;
  return updates;
}
