/**
 * Column indexes of built-in columns. The indexes of the schema's own columns are part of each
 * column (created with it, corrected by the fields step); built-in columns the services query
 * (Author for "my requests", Created for "latest") are indexed here, in the same $batch.
 */
import type { IFields } from '@pnp/sp/fields';
import { builtInIndexes, type IListSchema } from '../../schema/types';
import type { ISiteField } from '../site';
import type { ProvisioningContext } from './context';

/** A queued column write and the column it changes (named by a failure). */
export interface IFieldWrite {
  field: string;
  done: Promise<unknown>;
}

/**
 * Queues an index on each built-in column of `l`'s `queriedBy` that has none (on `fields`, usually
 * the batched collection). Throws (naming the column through the run) when the column does not exist.
 */
export function queueBuiltInIndexes(ctx: ProvisioningContext, l: IListSchema, byName: Map<string, ISiteField>, fields: IFields, writes: IFieldWrite[]): void {
  for (const name of builtInIndexes(l)) {
    ctx.field = name;
    const site = byName.get(name);
    if (!site) throw new Error('the built-in column does not exist');
    if (!site.Indexed) {
      const type = site.FieldTypeKind === 20 ? 'SP.FieldUser' : 'SP.FieldDateTime';
      writes.push({ field: name, done: ctx.write('field', `${l.key}.${name}`, `Field '${l.key}.${name}': indexed`, () => fields.getById(site.Id).update({ Indexed: true }, type)) });
    }
  }
}
