/** Permission level steps: one per custom permission level of the schema (standard levels exist already). */
import type { ICustomRoleSchema } from '../../schema/types';
import type { IStep, ProvisioningContext } from './context';

/** SharePoint's BasePermissions (Low/High 32-bit masks) of a list of PermissionKind numbers (1-based bits). */
function basePermissions(permissions: ReadonlyArray<number>): { Low: number; High: number } {
  const low = permissions.filter(p => p <= 32).reduce((acc, p) => (acc | (1 << (p - 1))) >>> 0, 0);
  const high = permissions.filter(p => p > 32).reduce((acc, p) => (acc | (1 << (p - 33))) >>> 0, 0);
  return { Low: low, High: high };
}

/** One step per custom level: creates it by name, or corrects its base permissions when they differ. */
export function roleSteps(ctx: ProvisioningContext): IStep[] {
  return ctx.schema.customRoles.map(r => ({ step: 'role', run: (): Promise<void> => ensureRole(ctx, r) }));
}

async function ensureRole(ctx: ProvisioningContext, r: ICustomRoleSchema): Promise<void> {
  const { sp, state } = ctx;
  const { Low: low, High: high } = basePermissions(r.permissions);
  const existing = state.roleDefs.filter(d => d.Name === r.name)[0];
  if (!existing) {
    const res = await ctx.write('permissionLevel', r.name, `Permission level '${r.name}' created`, () => sp.web.roleDefinitions.add(r.name, ctx.t(r.description), r.order, { Low: low, High: high }));
    state.roleDefs.push({ Id: res ? (res.data as { Id: number }).Id : ctx.placeholderId(), Name: r.name, RoleTypeKind: 0, BasePermissions: { Low: low, High: high } });
    return;
  }
  const bp = existing.BasePermissions;
  if (bp && (Number(bp.Low) >>> 0 !== low || Number(bp.High) >>> 0 !== high)) {
    await ctx.write('permissionLevel', r.name, `Permission level '${r.name}' updated`, () => sp.web.roleDefinitions.getById(existing.Id).update({ BasePermissions: { Low: low, High: high } }));
  }
}
