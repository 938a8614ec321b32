/**
 * No column of a secured item can be projected through a lookup by someone who cannot read the item,
 * whatever SharePoint does with lookup projections: for every lookup of every list, each PMO group
 * that can read the list can read EVERY item of the lookup's target list (list permissions and
 * item-level read security). Generated from the schema, so a new lookup is checked as it is added.
 */
import { pmoSchema } from './pmoSchema';
import type { GroupKey, IListSchema, StandardRole } from './types';

const STANDARD_READ: ReadonlyArray<StandardRole> = ['FullControl', 'Design', 'Edit', 'Contribute', 'Read'];
/** Standard levels with 'Override List Behaviors' (CancelCheckout), which lifts read-own security. */
const STANDARD_OVERRIDE: ReadonlyArray<StandardRole> = ['FullControl', 'Design'];
const VIEW_LIST_ITEMS = 1;
const CANCEL_CHECKOUT = 9;

function levelOf(list: IListSchema, group: GroupKey): string | undefined {
  return (list.roleAssignments ?? pmoSchema.webRoleAssignments)[group];
}

function hasRight(level: string | undefined, right: number, standard: ReadonlyArray<StandardRole>): boolean {
  if (!level) return false;
  const custom = pmoSchema.customRoles.filter(r => r.key === level)[0];
  return custom ? custom.permissions.indexOf(right) >= 0 : standard.indexOf(level as StandardRole) >= 0;
}

/** Whether the group reads some items of the list. */
function readsSome(list: IListSchema, group: GroupKey): boolean {
  return hasRight(levelOf(list, group), VIEW_LIST_ITEMS, STANDARD_READ);
}

/** Whether the group reads every item of the list (read-own security does not hide others' items from it). */
function readsEvery(list: IListSchema, group: GroupKey): boolean {
  return readsSome(list, group) && (list.readSecurity !== 2 || hasRight(levelOf(list, group), CANCEL_CHECKOUT, STANDARD_OVERRIDE));
}

describe('lookups and who reads their targets', () => {
  const cases: Array<[string, string, string, GroupKey[]]> = [];
  for (const list of pmoSchema.lists) {
    for (const f of list.fields) {
      if (!f.lookup) continue;
      const target = pmoSchema.lists.filter(l => l.key === f.lookup?.list)[0];
      cases.push([list.key, f.name, f.lookup.list, pmoSchema.groups.map(g => g.key).filter(g => readsSome(list, g) && !(target && readsEvery(target, g)))]);
    }
  }

  it('finds the lookups of the schema', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it.each(cases)('%s.%s → %s: every group that reads the list reads every item of the target', (_list, _field, _target, leaks) => {
    expect(leaks).toEqual([]);
  });
});
