/**
 * Who may change a project: its own manager and deputy, through an item-level Contribute grant on
 * the project's Projects item, besides the PMO (which edits the whole list). PMO Hub gives the grant
 * when a request becomes a project and whenever the manager or deputy changes; provisioning's
 * upgrade to schema 4 gives it to every existing project. See the README's permission model.
 *
 * SharePoint's limits: each project with its own grant is a unique permission scope. A list supports
 * up to 50,000 of them, and Microsoft advises staying under 5,000 per list for performance; a portfolio
 * of more than about 5,000 projects is past that advice. Changing a PMO group's level on the Projects
 * list later does not reach items that already have their own permissions (SharePoint copies the
 * list's assignments when it breaks an item's inheritance).
 */
import type { SPFI } from '../platform/pnp';

/** SharePoint's RoleTypeKind of Contribute (locale independent). */
const CONTRIBUTE_KIND: number = 3;
/** PrincipalType of a user (groups keep the levels the list gave them). */
const USER_PRINCIPAL: number = 1;

interface IAssignment {
  PrincipalId: number;
  Member?: { PrincipalType?: number };
  RoleDefinitionBindings?: Array<{ Id: number }> | { results: Array<{ Id: number }> };
}

function bindingsOf(a: IAssignment): Array<{ Id: number }> {
  const b = a.RoleDefinitionBindings;
  return !b ? [] : Array.isArray(b) ? b : b.results;
}

/**
 * Makes the users `editorIds` (site user ids: the manager and the deputy) the only people, besides
 * the PMO groups' levels, who may edit the project `projectId`. Breaks the item's inheritance (copying
 * the list's group levels) the first time. Needs ManagePermissions on the item (PMO officers have it
 * on Projects through `PMO Hub Manage Projects`). Idempotent; returns the number of changes made.
 * @param listUrl Server-relative URL of the Projects list.
 */
export async function setProjectEditors(sp: SPFI, listUrl: string, projectId: number, editorIds: ReadonlyArray<number>): Promise<number> {
  const item = sp.web.getList(listUrl).items.getById(projectId);
  let changes = 0;
  const { HasUniqueRoleAssignments } = await item.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments?: boolean }>();
  if (!HasUniqueRoleAssignments) {
    await item.breakRoleInheritance(true, false);
    changes++;
  }
  const defs = (await sp.web.roleDefinitions.select('Id', 'RoleTypeKind')()) as Array<{ Id: number; RoleTypeKind: number }>;
  const contribute = defs.filter(d => d.RoleTypeKind === CONTRIBUTE_KIND)[0];
  if (!contribute) throw new Error('The site has no Contribute permission level');
  const current = (await item.roleAssignments.expand('Member', 'RoleDefinitionBindings')()) as IAssignment[];
  const wanted = new Set(editorIds.filter(id => id > 0));
  for (const a of current) {
    if (a.Member?.PrincipalType !== USER_PRINCIPAL) continue;
    const bindings = bindingsOf(a);
    if (wanted.has(a.PrincipalId) && bindings.some(b => b.Id === contribute.Id)) {
      wanted.delete(a.PrincipalId);
      continue;
    }
    for (const b of bindings) {
      await item.roleAssignments.remove(a.PrincipalId, b.Id);
      changes++;
    }
  }
  for (const id of Array.from(wanted)) {
    await item.roleAssignments.add(id, contribute.Id);
    changes++;
  }
  return changes;
}
