/** View steps: one per list of the schema, creating and correcting its views and their columns. */
import type { IListSchema, IViewSchema } from '../../schema/types';
import { inBatches, readViewColumns, type ISiteList } from '../site';
import type { IListViews, IStep, IViewRow, ProvisioningContext } from './context';

const VIEW_PROPS: string[] = ['Id', 'Title', 'ServerRelativeUrl', 'DefaultView', 'ViewQuery', 'RowLimit'];

/**
 * One step per schema list: creates missing views, corrects title, query and row limit where they
 * differ, and sets a view's columns when they are not exactly the schema's. The first views step of
 * a run reads the views of every list at once.
 */
export function viewSteps(ctx: ProvisioningContext): IStep[] {
  return ctx.schema.lists.map(l => ({ step: 'views', list: l.key, run: (): Promise<void> => ensureViews(ctx, l) }));
}

/** Views (and each view's columns) of several lists, in as few $batch requests as possible. */
async function readViews(ctx: ProvisioningContext, listIds: string[]): Promise<Map<string, IListViews>> {
  const out = new Map<string, IListViews>();
  await inBatches(ctx.sp, listIds, (batched, id) => [
    batched.web.lists
      .getById(id)
      .views.select(...VIEW_PROPS)()
      .then(v => void out.set(id, { views: v as IViewRow[], columns: new Map() }))
  ]);
  const all: Array<{ list: string; view: string }> = [];
  out.forEach((entry, id) => entry.views.forEach(v => all.push({ list: id, view: v.Id })));
  const columns = await readViewColumns(ctx.sp, all);
  for (const x of all) (out.get(x.list) as IListViews).columns.set(x.view, columns.get(`${x.list}/${x.view}`) ?? []);
  return out;
}

/** The views of a list: from the run's read-ahead (read for every list on first use, each entry used once), else read now. */
async function viewsOf(ctx: ProvisioningContext, s: ISiteList): Promise<IListViews> {
  const { state } = ctx;
  if (!state.views) state.views = await readViews(ctx, ctx.existingListIds());
  const cached = state.views.get(s.Id) ?? (await readViews(ctx, [s.Id])).get(s.Id);
  state.views.delete(s.Id);
  return cached ? { views: cached.views, columns: cached.columns } : { views: [], columns: new Map() };
}

function findView(views: IViewRow[], v: IViewSchema): IViewRow | undefined {
  return v.default ? views.filter(x => x.DefaultView)[0] : views.filter(x => (x.ServerRelativeUrl ?? '').toLowerCase().endsWith(`/${v.url.toLowerCase()}.aspx`))[0];
}

async function ensureViews(ctx: ProvisioningContext, l: IListSchema): Promise<void> {
  const s = ctx.mustList(l);
  if (s.planned) return;
  const list = ctx.sp.web.lists.getById(s.Id);
  const current = await viewsOf(ctx, s);
  for (const v of l.views) {
    let row = findView(current.views, v);
    if (!row) {
      const created = (await ctx.write('view', `${l.key}/${v.url}`, `View '${l.key}/${v.url}' created`, () => list.views.add(v.url.split('/').pop() as string, false, { ViewQuery: v.query ?? '', RowLimit: v.rowLimit ?? 30 }))) as unknown as IViewRow | undefined;
      // In plan mode the view's title, query and columns are part of creating it.
      if (!created) continue;
      current.views = (await list.views.select(...VIEW_PROPS)()) as IViewRow[];
      row = findView(current.views, v) ?? created;
    }
    await updateView(ctx, l, s, v, row);
    await ensureViewColumns(ctx, l, s, v, row, current.columns.get(row.Id));
  }
}

/** Corrects a view's title, query and row limit where the server reports a different value. */
async function updateView(ctx: ProvisioningContext, l: IListSchema, s: ISiteList, v: IViewSchema, row: IViewRow): Promise<void> {
  const updates: Record<string, unknown> = {};
  if (v.title && row.Title !== ctx.t(v.title)) updates.Title = ctx.t(v.title);
  if (v.query !== undefined && row.ViewQuery !== undefined && row.ViewQuery !== v.query) updates.ViewQuery = v.query;
  if (v.rowLimit !== undefined && row.RowLimit !== undefined && row.RowLimit !== v.rowLimit) updates.RowLimit = v.rowLimit;
  if (Object.keys(updates).length > 0) {
    await ctx.write('view', `${l.key}/${v.url}`, `View '${l.key}/${v.url}': updated ${Object.keys(updates).join(', ')}`, () => ctx.sp.web.lists.getById(s.Id).views.getById(row.Id).update(updates));
  }
}

/** Sets a view's columns when they are not exactly the schema's (`known`: the columns read ahead, if any). */
async function ensureViewColumns(ctx: ProvisioningContext, l: IListSchema, s: ISiteList, v: IViewSchema, row: IViewRow, known: string[] | undefined): Promise<void> {
  let items = known;
  if (!items) {
    const current = (await ctx.sp.web.lists.getById(s.Id).views.getById(row.Id).fields()) as unknown as { Items?: string[] | { results: string[] } };
    items = current.Items ? (Array.isArray(current.Items) ? current.Items : current.Items.results) : [];
  }
  const same = items.length === v.fields.length && items.every((x, i) => x === v.fields[i]);
  if (same) return;
  // One $batch, in order: clear, then add the columns.
  const [batched, execute] = ctx.sp.batched();
  const bview = batched.web.lists.getById(s.Id).views.getById(row.Id);
  const ops: Array<Promise<unknown>> = [];
  await ctx.write('view', `${l.key}/${v.url}`, `View '${l.key}/${v.url}': columns set`, () => {
    ops.push(bview.fields.removeAll());
    for (const f of v.fields) ops.push(bview.fields.add(f));
    return Promise.resolve();
  });
  await execute();
  await Promise.all(ops);
}
