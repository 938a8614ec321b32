/**
 * Role assignments of the PMO groups on a securable (the web or a list), shared by the site and
 * list permission steps.
 */
import type { SPFI } from '../../platform/pnp';
import type { RoleAssignmentsSchema } from '../../schema/types';
import { ROLE_TYPE_KIND } from '../site';
import type { ProvisioningContext } from './context';

/** RoleTypeKind of 'Limited Access', which SharePoint manages itself and provisioning leaves alone. */
const LIMITED_ACCESS_KIND: number = 1;

type Binding = { Id: number; RoleTypeKind?: number; Name?: string };

interface IRoleAssignmentRow {
  PrincipalId: number;
  Member?: { Id: number; Title?: string };
  RoleDefinitionBindings?: Binding[] | { results: Binding[] };
}

/** A securable's role assignments, from a PnPjs root (the plain one to read, the batched one to write). */
export type Securable = (root: SPFI) => { roleAssignments: SPFI['web']['roleAssignments'] };

function bindingsOf(r: IRoleAssignmentRow): Binding[] {
  const b = r.RoleDefinitionBindings;
  if (!b) return [];
  return Array.isArray(b) ? b : b.results;
}

/** Role definition id of a standard level (by RoleTypeKind) or a custom one (by name); throws naming `where`. */
function roleDefId(ctx: ProvisioningContext, role: string, where: string): number {
  const { roleDefs } = ctx.state;
  const custom = ctx.schema.customRoles.filter(r => r.key === role)[0];
  const def = custom
    ? roleDefs.filter(d => d.Name === custom.name)[0]
    : roleDefs.filter(d => d.RoleTypeKind === ROLE_TYPE_KIND[role as keyof typeof ROLE_TYPE_KIND])[0];
  if (!def) throw new Error(`${where}: the permission level '${role}' does not exist on the site`);
  return def.Id;
}

/** Desired principal → role definition id. */
function desiredAssignments(ctx: ProvisioningContext, spec: RoleAssignmentsSchema, where: string): Map<number, number> {
  const m = new Map<number, number>();
  for (const g of ctx.schema.groups) {
    const role = spec[g.key];
    if (!role) continue;
    const id = ctx.state.groupIds[g.key];
    if (id === undefined) throw new Error(`${where}: the group '${ctx.t(g.title)}' does not exist`);
    m.set(id, roleDefId(ctx, role, where));
  }
  return m;
}

/** The grants and removals that make the bindings exact (only our groups' unless `exclusive`). */
function assignmentDiff(ctx: ProvisioningContext, rows: IRoleAssignmentRow[], desired: Map<number, number>, exclusive: boolean): { grants: Array<[number, number]>; removals: Array<[number, number]> } {
  const ours = new Set<number>();
  for (const g of ctx.schema.groups) {
    const id = ctx.state.groupIds[g.key];
    if (id !== undefined) ours.add(id);
  }
  const seen = new Set<number>();
  const grants: Array<[number, number]> = [];
  const removals: Array<[number, number]> = [];
  for (const r of rows) {
    const principal = r.PrincipalId;
    seen.add(principal);
    const want = desired.get(principal);
    if (!ours.has(principal) && !exclusive) continue;
    const bindings = bindingsOf(r).filter(x => x.RoleTypeKind !== LIMITED_ACCESS_KIND);
    if (want !== undefined && bindings.filter(x => x.Id === want).length === 0) grants.push([principal, want]);
    for (const x of bindings) if (x.Id !== want) removals.push([principal, x.Id]);
  }
  desired.forEach((role, principal) => {
    if (!seen.has(principal)) grants.push([principal, role]);
  });
  return { grants, removals };
}

/** A principal as the PMO Setup page names it: the PMO group's key, else its id. */
function groupName(ctx: ProvisioningContext, principal: number): string {
  const g = ctx.schema.groups.filter(x => ctx.state.groupIds[x.key] === principal)[0];
  return g ? g.key : `principal ${principal}`;
}

/**
 * Makes our groups' bindings on a securable exact; with `exclusive`, removes every other principal
 * too. Grants go first, then removals, all in one $batch. `where` names the securable in the log and
 * in errors ('Site', "List 'Risks'").
 */
export async function reconcileAssignments(ctx: ProvisioningContext, scope: Securable, spec: RoleAssignmentsSchema, exclusive: boolean, where: string): Promise<void> {
  const desired = desiredAssignments(ctx, spec, where);
  const rows = (await scope(ctx.sp).roleAssignments.expand('Member', 'RoleDefinitionBindings')()) as unknown as IRoleAssignmentRow[];
  const { grants, removals } = assignmentDiff(ctx, rows, desired, exclusive);
  if (grants.length + removals.length === 0) return;
  const [batched, execute] = ctx.sp.batched();
  const target = scope(batched);
  const ops: Array<Promise<void | undefined>> = [];
  const name = (principal: number): string => groupName(ctx, principal);
  for (const [principal, role] of grants) {
    ops.push(ctx.write('permissions', `${where} · ${name(principal)}`, `${where}: granted role ${role} to principal ${principal}`, () => target.roleAssignments.add(principal, role)));
  }
  for (const [principal, role] of removals) {
    ops.push(ctx.write('permissions', `${where} · ${name(principal)}`, `${where}: removed role ${role} from principal ${principal}`, () => target.roleAssignments.remove(principal, role)));
  }
  await execute();
  await Promise.all(ops);
}
