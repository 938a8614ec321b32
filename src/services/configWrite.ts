/**
 * PmoHubConfig values that a PMO user edits on a page (capacity settings, the dashboard's KPIs, the
 * prioritization budgets, the maturity targets): read with the ETag of their item, written back with it,
 * so that a page left open over a change saved meanwhile (another tab, another PMO officer) is refused
 * as a conflict instead of writing over it.
 */
import { PmoHubConfigList } from '../schema/refs';
import { ChangedMeanwhileError, isDuplicateValueError } from './errors';
import { etagOf } from './itemValues';
import type { ListHandle } from './lists';
import { odataEq } from './odata';

const CF = PmoHubConfigList.fields;

/**
 * The version of a config value as read: the ETag of the key's item, '' when the key has no item yet.
 * @param rows the PmoHubConfig rows read for the key (at most one: ConfigKey is unique).
 */
export function configVersionOf(rows: ReadonlyArray<{ 'odata.etag'?: string }>): string {
  return rows[0] ? etagOf(rows[0]) : '';
}

/**
 * Writes `value` (a JSON text) under `key` in PmoHubConfig (`list`), adding the key's item when there is
 * none; returns the value's new version (for the next save from the same page).
 * @param seen the version read (configVersionOf): the update is sent with it, so SharePoint refuses it
 *   with 412 (kind 'conflict') when the value was saved meanwhile; '' (no item when read) with an item
 *   there now, or a concurrent add refused by the unique key, throws ChangedMeanwhileError (kind
 *   'conflict') and writes nothing. Omitted: the value is written over whatever is stored.
 */
export async function writeConfigValue(list: ListHandle, key: string, value: string, seen?: string): Promise<string> {
  const read = (): Promise<Array<{ Id: number; 'odata.etag'?: string }>> => list.items.select(CF.Id).filter(odataEq(CF.ConfigKey, key)).top(1)<Array<{ Id: number; 'odata.etag'?: string }>>();
  const rows = await read();
  if (rows[0]) {
    if (seen === '') throw new ChangedMeanwhileError(`The setting '${key}' was saved since it was read.`);
    await list.items.getById(rows[0].Id).update({ [CF.ConfigValue]: value }, seen);
  } else {
    try {
      await list.items.add({ [CF.Title]: key, [CF.ConfigKey]: key, [CF.ConfigValue]: value });
    } catch (e) {
      // Added at the same moment by someone else: the unique ConfigKey keeps the second out.
      if (isDuplicateValueError(e)) throw new ChangedMeanwhileError(`The setting '${key}' was saved since it was read.`);
      throw e;
    }
  }
  return configVersionOf(await read());
}
