/** Column steps: one per list of the schema, creating and correcting its columns and indexes. */
import type { IFields } from '@pnp/sp/fields';
import { displayNamesOf, localizedFieldXml } from '../../schema/fieldXml';
import type { IListSchema } from '../../schema/types';
import { addFieldTyped, FIELD_ODATA_TYPE, fieldUpdates, siteTypeMatches } from '../fieldOps';
import { readFields, type ISiteField } from '../site';
import type { ProvisioningContext, IStep } from './context';
import { queueBuiltInIndexes, type IFieldWrite } from './indexes';

/** createFieldAsXml options: use the Name attribute as internal name, add to the list's default content type. */
const ADD_FIELD_OPTIONS: number = 8 | 1;

/**
 * One step per schema list: adds missing columns (field XML, or typed adds with fieldMode 'typed'),
 * corrects the updatable properties of existing ones and indexes queried built-in columns. Emits a
 * progress event per column. A column whose type on the site differs is an error naming the list and
 * the column: PMO Hub never retypes a column.
 */
export function fieldSteps(ctx: ProvisioningContext): IStep[] {
  return ctx.schema.lists.map(l => ({ step: 'fields', list: l.key, run: (): Promise<void> => ensureFields(ctx, l) }));
}

/** The columns of a list, read once per run (again after the fields step changed them). */
async function fieldsOf(ctx: ProvisioningContext, l: IListSchema): Promise<ISiteField[]> {
  const s = ctx.mustList(l);
  const { fields } = ctx.state;
  if (!fields.has(s.Id)) {
    const m = await readFields(ctx.sp, [s.Id]);
    fields.set(s.Id, m.get(s.Id) ?? []);
  }
  return fields.get(s.Id) ?? [];
}

async function ensureFields(ctx: ProvisioningContext, l: IListSchema): Promise<void> {
  const typed = ctx.options.fieldMode === 'typed';
  const s = ctx.mustList(l);
  if (s.planned) return;
  const byName = new Map<string, ISiteField>();
  for (const f of await fieldsOf(ctx, l)) byName.set(f.InternalName, f);
  // Writes of one list go in one $batch (executed in order: a calculated column follows the
  // columns its formula uses). Each write's outcome is checked afterwards, naming its column.
  const [batched, execute] = ctx.sp.batched();
  const writes: IFieldWrite[] = [];
  const fields = (typed ? ctx.sp : batched).web.lists.getById(s.Id).fields;
  await queueSchemaFields(ctx, l, byName, fields, writes);
  queueBuiltInIndexes(ctx, l, byName, fields, writes);
  ctx.field = undefined;
  await execute();
  for (const w of writes) {
    ctx.field = w.field;
    await w.done;
  }
  ctx.field = undefined;
  // The columns changed: read them again when a later step needs them.
  if (writes.length > 0 || typed) ctx.state.fields.delete(s.Id);
}

/** Queues (or, typed, makes) the adds and updates of the schema's columns of `l`, in schema order. */
async function queueSchemaFields(ctx: ProvisioningContext, l: IListSchema, byName: Map<string, ISiteField>, fields: IFields, writes: IFieldWrite[]): Promise<void> {
  const { strings, fieldMode } = ctx.options;
  const displayNames = displayNamesOf(l, strings);
  for (const f of l.fields) {
    ctx.field = f.name;
    ctx.emit({ step: 'fields', list: l.key, field: f.name });
    const site = byName.get(f.name);
    const lookupId = f.lookup ? `{${ctx.mustList(ctx.listByKey(f.lookup.list)).Id}}` : undefined;
    if (!site) {
      const text = `Field '${l.key}.${f.name}' created`;
      if (fieldMode === 'typed') await ctx.write('field', `${l.key}.${f.name}`, text, () => addFieldTyped(fields, f, strings, lookupId, displayNames));
      else writes.push({ field: f.name, done: ctx.write('field', `${l.key}.${f.name}`, text, () => fields.createFieldAsXml({ SchemaXml: localizedFieldXml(f, strings, lookupId, displayNames), Options: ADD_FIELD_OPTIONS })) });
      continue;
    }
    if (!siteTypeMatches(site, f)) {
      throw new Error(
        `the column is ${site.TypeAsString} on the site but ${f.type} in schema version ${ctx.schema.version}; PMO Hub never retypes a column: add an upgrade step that migrates it to a new column`
      );
    }
    const updates = fieldUpdates(site, f, strings);
    if (Object.keys(updates).length > 0) {
      const text = `Field '${l.key}.${f.name}': updated ${Object.keys(updates).join(', ')}`;
      writes.push({ field: f.name, done: ctx.write('field', `${l.key}.${f.name}`, text, () => fields.getById(site.Id).update(updates, FIELD_ODATA_TYPE[f.type])) });
    }
  }
}
