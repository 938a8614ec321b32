/** Permission steps: the PMO groups' levels on the site, and each list's inheritance and levels. */
import type { IListSchema } from '../../schema/types';
import { reconcileAssignments } from './assignments';
import type { IStep, ProvisioningContext } from './context';

/**
 * The site permissions step: breaks the web's inheritance (copying the parent's assignments) if it
 * still inherits, then adds the PMO groups' levels, leaving other principals alone.
 */
export function webPermissionsStep(ctx: ProvisioningContext): IStep {
  return {
    step: 'webPermissions',
    run: async (): Promise<void> => {
      if (ctx.state.webHasUnique === false) {
        await ctx.write('permissions', 'Site', 'Site: permissions no longer inherited (copied from the parent)', () => ctx.sp.web.breakRoleInheritance(true, false));
        ctx.state.webHasUnique = true;
      }
      await reconcileAssignments(ctx, root => root.web, ctx.schema.webRoleAssignments, false, 'Site');
    }
  };
}

/**
 * One step per list: a list without `roleAssignments` inherits the site's permissions again; a list
 * with them gets unique permissions holding exactly the PMO groups' levels (other principals removed).
 */
export function listPermissionSteps(ctx: ProvisioningContext): IStep[] {
  return ctx.schema.lists.map(l => ({ step: 'permissions', list: l.key, run: (): Promise<void> => ensureListPermissions(ctx, l) }));
}

async function ensureListPermissions(ctx: ProvisioningContext, l: IListSchema): Promise<void> {
  const s = ctx.mustList(l);
  if (s.planned) return;
  const list = ctx.sp.web.lists.getById(s.Id);
  const unique = s.HasUniqueRoleAssignments !== undefined ? s.HasUniqueRoleAssignments : ((await list.select('HasUniqueRoleAssignments')()) as { HasUniqueRoleAssignments?: boolean }).HasUniqueRoleAssignments;
  if (!l.roleAssignments) {
    if (unique) {
      await ctx.write('permissions', `List '${l.key}'`, `List '${l.key}': permissions inherited from the site again`, () => list.resetRoleInheritance());
      s.HasUniqueRoleAssignments = false;
    }
    return;
  }
  if (!unique) {
    await ctx.write('permissions', `List '${l.key}'`, `List '${l.key}': unique permissions`, () => list.breakRoleInheritance(false, false));
    s.HasUniqueRoleAssignments = true;
  }
  await reconcileAssignments(ctx, root => root.web.lists.getById(s.Id), l.roleAssignments, true, `List '${l.key}'`);
}
