/**
 * PMO Hub's permission model as a pure function: what SharePoint should allow a member of some PMO
 * groups to do on a list of the PMO site, from src/schema alone (groups → each list's level or the
 * web's, the levels' PermissionKind numbers including PMO Hub's custom ones, ReadSecurity and
 * WriteSecurity) plus the item-level grants PMO Hub's services give (a project's manager and deputy:
 * Contribute on the project's item, src/services/projectEditors.ts).
 *
 * SharePoint's rules it follows (Microsoft Learn, "User permissions and permission levels in
 * SharePoint Server" and the SPBasePermissions enumeration; list advanced settings "Item-level
 * permissions"):
 * - a principal's permissions on an item are the union of the levels of its groups on the scope that
 *   governs the item (the item's own assignments when it has unique permissions, else the list's,
 *   else the web's);
 * - View Items (1) reads items; Add Items (2) adds; Edit Items (3) changes an item and its attachments;
 *   Delete Items (4) deletes; View Versions (7) reads an item's history;
 * - ReadSecurity 2 (read own items) hides other users' items and WriteSecurity 2 (edit own items)
 *   refuses changing or deleting them, unless the caller holds Override List Behaviors (9, Cancel
 *   Checkout), which lifts both;
 * - a lookup's projected columns ($expand) are those of an item the caller may read (PMO Hub's
 *   lookupReach test depends on it; FIDELITY.md).
 */
import type { GroupKey, IListSchema, ISiteSchema, RoleAssignmentsSchema } from '../../src/schema/types';

/**
 * PermissionKind numbers (SPBasePermissions bit position + 1) of SharePoint's standard levels, as
 * their published masks hold them (Read High 176 Low 138612833, Contribute 432/1011028719, Edit
 * 432/1011030767, Design 432/1012866047, Full Control all; a unit test checks them against the masks).
 */
export const STANDARD_LEVELS: Readonly<Record<string, ReadonlyArray<number>>> = {
  Read: [1, 6, 7, 13, 17, 18, 23, 28, 37, 38, 40],
  Contribute: [1, 2, 3, 4, 6, 7, 8, 10, 13, 17, 18, 23, 27, 28, 29, 30, 37, 38, 40, 41],
  Edit: [1, 2, 3, 4, 6, 7, 8, 10, 12, 13, 17, 18, 23, 27, 28, 29, 30, 37, 38, 40, 41],
  Design: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 17, 18, 19, 20, 21, 23, 27, 28, 29, 30, 37, 38, 40, 41],
  FullControl: Array.from({ length: 64 }, (_, i) => i + 1)
};

/** The operations of the matrix. `expand:<Field>` projects a lookup's target through the list. */
export type PermissionOperation =
  | 'readItems' | 'readItem' | 'create' | 'updateOwn' | 'updateOther' | 'updateGranted' | 'deleteOwn' | 'deleteOther' | 'addAttachment' | 'readVersions'
  | `expand:${string}`;

/** The item an operation works on, from the caller's side. */
export interface ICaseItem {
  /** The caller is the item's author. */
  own: boolean;
  /** A level PMO Hub grants the caller on this very item (e.g. 'Contribute' on a project they manage). */
  grant?: string;
}

/** One case: who (their groups), where, what. For `expand:` the target item is given too. */
export interface IPermissionCase {
  groups: ReadonlyArray<GroupKey>;
  list: string;
  operation: PermissionOperation;
  item?: ICaseItem;
  /** `expand:`: the lookup's target list and item. */
  target?: { list: string; item: ICaseItem };
}

function levelKinds(schema: ISiteSchema, level: string): ReadonlyArray<number> {
  const std = STANDARD_LEVELS[level];
  if (std) return std;
  const custom = schema.customRoles.filter(r => r.key === level)[0];
  if (!custom) throw new Error(`unknown permission level '${level}'`);
  return custom.permissions;
}

/** The list's group levels: its own assignments, or the web's when it inherits. */
export function assignmentsOf(schema: ISiteSchema, list: IListSchema): RoleAssignmentsSchema {
  return list.roleAssignments ?? schema.webRoleAssignments;
}

/** The PermissionKind numbers `groups` hold on `list` (and on an item with `grant`), as a set. */
export function permissionsOn(schema: ISiteSchema, groups: ReadonlyArray<GroupKey>, list: IListSchema, grant?: string): Set<number> {
  const out = new Set<number>();
  const levels = assignmentsOf(schema, list);
  for (const g of groups) {
    const level = levels[g];
    if (level) for (const k of levelKinds(schema, level)) out.add(k);
  }
  if (grant) for (const k of levelKinds(schema, grant)) out.add(k);
  return out;
}

function listByKey(schema: ISiteSchema, key: string): IListSchema {
  const l = schema.lists.filter(x => x.key === key)[0];
  if (!l) throw new Error(`no list '${key}' in the schema`);
  return l;
}

/** Whether the caller may read the item (View Items, and read-own security unless overridden). */
function canRead(p: Set<number>, list: IListSchema, item: ICaseItem): boolean {
  if (!p.has(1)) return false;
  return list.readSecurity !== 2 || item.own || p.has(9);
}

/** Whether the caller may change (or delete, with `kind` 4) the item: the right, readable, write-own security. */
function canWrite(p: Set<number>, list: IListSchema, item: ICaseItem, kind: number): boolean {
  if (!p.has(kind) || !canRead(p, list, item)) return false;
  if (p.has(9)) return true;
  const ws = list.writeSecurity ?? 1;
  return ws === 1 || (ws === 2 && item.own);
}

/** The model's answer: may the case's caller do it. */
export function expectedAllowed(schema: ISiteSchema, c: IPermissionCase): boolean {
  const list = listByKey(schema, c.list);
  const item: ICaseItem = c.item ?? { own: false };
  const p = permissionsOn(schema, c.groups, list, item.grant);
  switch (c.operation) {
    case 'readItems':
    case 'readItem':
      return canRead(p, list, item);
    case 'create':
      return p.has(2) && (list.writeSecurity ?? 1) !== 4;
    case 'updateOwn':
    case 'updateOther':
    case 'updateGranted':
    case 'addAttachment':
      return canWrite(p, list, item, 3);
    case 'deleteOwn':
    case 'deleteOther':
      return canWrite(p, list, item, 4);
    case 'readVersions':
      return canRead(p, list, item) && p.has(7);
    default: {
      if (!c.target) throw new Error(`${c.operation} needs its target item`);
      const target = listByKey(schema, c.target.list);
      return canRead(p, list, item) && canRead(permissionsOn(schema, c.groups, target), target, c.target.item);
    }
  }
}
