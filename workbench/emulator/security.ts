/**
 * Identity and permissions: site users (from the demo directory), site groups, role definitions,
 * role assignments per scope (web, list, item), inheritance, and effective permissions.
 */
import type { DatabaseSync } from 'node:sqlite';
import { findDemoUser, claimsLogin, siteOwner, type IDemoUser } from '../directory/index';
import { Entity, spErrors } from './odata';
import { prep } from './store';

/** SPBasePermissions bits (64-bit mask as BigInt). */
export const Perm = {
  ViewListItems: 1n, AddListItems: 2n, EditListItems: 4n, DeleteListItems: 8n, ApproveItems: 0x10n, OpenItems: 0x20n,
  ViewVersions: 0x40n, DeleteVersions: 0x80n, CancelCheckout: 0x100n, ManagePersonalViews: 0x200n, ManageLists: 0x800n,
  ViewFormPages: 0x1000n, Open: 0x10000n, ViewPages: 0x20000n, CreateGroups: 0x1000000n, ManagePermissions: 0x2000000n,
  BrowseUserInfo: 0x8000000n, ManageWeb: 0x40000000n, EnumeratePermissions: 0x4000000000000000n
} as const;

/** The full mask (Full Control). */
export const FULL_MASK: bigint = (2147483647n << 32n) | 4294967295n;

/** A principal row. */
export interface IPrincipal { id: number; kind: 'user' | 'group'; login: string; title: string; email: string; is_admin: number; data: string }

/** The caller of a request. */
export interface IIdentity { user: IPrincipal; groups: number[] }

function getPrincipal(db: DatabaseSync, id: number): IPrincipal | undefined {
  return prep(db, 'SELECT * FROM principals WHERE id = ?').get(id) as IPrincipal | undefined;
}

/** Finds or adds (ensures) the site user for a demo directory user. */
export function ensureDemoUser(db: DatabaseSync, u: IDemoUser): IPrincipal {
  const login = claimsLogin(u);
  const found = prep(db, 'SELECT * FROM principals WHERE login = ?').get(login) as IPrincipal | undefined;
  if (found) return found;
  const maxId = (prep(db, 'SELECT MAX(id) AS m FROM principals').get() as { m: number }).m;
  prep(db, 'INSERT INTO principals (id, kind, login, title, email, is_admin, data) VALUES (?, ?, ?, ?, ?, 0, ?)')
    .run(maxId + 1, 'user', login, u.displayName, u.mail, JSON.stringify({ upn: u.userPrincipalName }));
  return getPrincipal(db, maxId + 1)!; // eslint-disable-line @typescript-eslint/no-non-null-assertion
}

/** Resolves the X-Workbench-User header (UPN or claims login; the site owner when absent). Throws 401 for unknown users. */
export function resolveIdentity(db: DatabaseSync, header: string | undefined): IIdentity {
  const key = (header ?? '').trim();
  const demo = key ? findDemoUser(key) : siteOwner;
  if (!demo) throw spErrors.unauthenticated();
  const existing = prep(db, 'SELECT * FROM principals WHERE login = ?').get(claimsLogin(demo)) as IPrincipal | undefined;
  const user = existing ?? (db.isTransaction ? ensureDemoUser(db, demo) : (() => {
    db.exec('BEGIN IMMEDIATE');
    try { const p = ensureDemoUser(db, demo); db.exec('COMMIT'); return p; } catch (e) { db.exec('ROLLBACK'); throw e; }
  })());
  const groups = (prep(db, 'SELECT group_id FROM group_members WHERE user_id = ?').all(user.id) as Array<{ group_id: number }>).map(r => r.group_id);
  return { user, groups };
}

/** The scope key of the securable that governs an object (walks up inheritance). */
export function governingScope(db: DatabaseSync, listId?: number, itemId?: number): string {
  if (listId !== undefined && itemId !== undefined) {
    const it = prep(db, 'SELECT has_unique FROM items WHERE list_id = ? AND id = ?').get(listId, itemId) as { has_unique: number } | undefined;
    if (it?.has_unique) return `item:${listId}:${itemId}`;
  }
  if (listId !== undefined) {
    const l = prep(db, 'SELECT has_unique FROM lists WHERE id = ?').get(listId) as { has_unique: number } | undefined;
    if (l?.has_unique) return `list:${listId}`;
  }
  return 'web';
}

/** The effective permission mask of a principal on a scope. */
export function maskFor(db: DatabaseSync, who: IIdentity, scope: string): bigint {
  if (who.user.is_admin) return FULL_MASK;
  const ids = [who.user.id, ...who.groups];
  const rows = prep(db, `SELECT d.high, d.low FROM role_assignments a JOIN role_defs d ON d.id = a.roledef_id WHERE a.scope = ? AND a.principal_id IN (${ids.map(() => '?').join(',')})`)
    .all(scope, ...ids) as Array<{ high: number; low: number }>;
  let m = 0n;
  for (const r of rows) m |= (BigInt(r.high) << 32n) | BigInt(r.low >>> 0);
  return m;
}

/** Effective mask on the web, a list or an item. */
export function effectiveMask(db: DatabaseSync, who: IIdentity, listId?: number, itemId?: number): bigint {
  return maskFor(db, who, governingScope(db, listId, itemId));
}

/** Throws SharePoint's 403 unless the mask holds the permission. */
export function demand(mask: bigint, perm: bigint): void {
  if ((mask & perm) !== perm) throw spErrors.accessDenied();
}

/** {High, Low} as SharePoint writes them (strings). */
export function basePermissions(mask: bigint): Record<string, unknown> {
  return { 'odata.type': 'SP.BasePermissions', High: String(Number(mask >> 32n)), Low: String(Number(mask & 0xffffffffn)) };
}

/** Identity for another principal (getUserEffectivePermissions). */
export function identityOf(db: DatabaseSync, p: IPrincipal): IIdentity {
  const groups = (prep(db, 'SELECT group_id FROM group_members WHERE user_id = ?').all(p.id) as Array<{ group_id: number }>).map(r => r.group_id);
  return { user: p, groups };
}

/** Resolves a login name / e-mail / UPN to a principal, ensuring demo users. */
export function principalByLogin(db: DatabaseSync, login: string, ensure: boolean): IPrincipal | undefined {
  const byLogin = prep(db, 'SELECT * FROM principals WHERE login = ? OR (email <> \'\' AND email = ?)').get(login, login) as IPrincipal | undefined;
  if (byLogin) return byLogin;
  const demo = findDemoUser(login);
  if (!demo) return undefined;
  const existing = prep(db, 'SELECT * FROM principals WHERE login = ?').get(claimsLogin(demo)) as IPrincipal | undefined;
  if (existing) return existing;
  return ensure ? ensureDemoUser(db, demo) : undefined;
}

/** A principal by id. */
export function principalById(db: DatabaseSync, id: number): IPrincipal | undefined {
  return getPrincipal(db, id);
}

/** SP.User entity. */
export function userEntity(p: IPrincipal): Entity {
  return new Entity('SP.User', `Web/GetUserById(${p.id})`, {
    Id: p.id, IsHiddenInUI: false, LoginName: p.login, Title: p.title, PrincipalType: 1, Email: p.email, Expiration: '', IsEmailAuthenticationGuestUser: false,
    IsShareByEmailGuestUser: false, IsSiteAdmin: p.is_admin === 1, UserId: { NameId: p.id.toString(16).padStart(16, '0'), NameIdIssuer: 'urn:federation:microsoftonline' },
    UserPrincipalName: (JSON.parse(p.data) as { upn?: string }).upn ?? null
  });
}

/** SP.Group entity. */
export function groupEntity(db: DatabaseSync, p: IPrincipal): Entity {
  const d = JSON.parse(p.data) as { Description?: string; OwnerId?: number; AllowMembersEditMembership?: boolean; OnlyAllowMembersViewMembership?: boolean };
  const owner = d.OwnerId ? getPrincipal(db, d.OwnerId) : undefined;
  return new Entity('SP.Group', `Web/SiteGroups/GetById(${p.id})`, {
    Id: p.id, IsHiddenInUI: false, LoginName: p.login, Title: p.title, PrincipalType: 8, AllowMembersEditMembership: d.AllowMembersEditMembership ?? false,
    AllowRequestToJoinLeave: false, AutoAcceptRequestToJoinLeave: false, Description: d.Description ?? '', OnlyAllowMembersViewMembership: d.OnlyAllowMembersViewMembership ?? true,
    OwnerTitle: owner?.title ?? '', RequestToJoinLeaveEmailSetting: null
  });
}

/** SP.RoleDefinition entity. */
export function roleDefEntity(r: { id: number; name: string; description: string; kind: number; ord: number; high: number; low: number }): Entity {
  return new Entity('SP.RoleDefinition', `Web/RoleDefinitions(${r.id})`, {
    BasePermissions: { 'odata.type': 'SP.BasePermissions', High: String(r.high), Low: String(r.low >>> 0) },
    Description: r.description, Hidden: r.kind === 1, Id: r.id, Name: r.name, Order: r.ord, RoleTypeKind: r.kind
  });
}

/** Copies the governing assignments into a scope (breakroleinheritance(copyRoleAssignments=true)). */
export function breakInheritance(db: DatabaseSync, scope: string, parentScope: string, copy: boolean, caller: IIdentity): void {
  prep(db, 'DELETE FROM role_assignments WHERE scope = ?').run(scope);
  if (copy) {
    prep(db, 'INSERT OR IGNORE INTO role_assignments (scope, principal_id, roledef_id) SELECT ?, principal_id, roledef_id FROM role_assignments WHERE scope = ?').run(scope, parentScope);
  } else if (!caller.user.is_admin) {
    // SharePoint gives the caller Full Control when breaking without copying, so they do not lock themselves out.
    prep(db, 'INSERT OR IGNORE INTO role_assignments (scope, principal_id, roledef_id) VALUES (?, ?, 1073741829)').run(scope, caller.user.id);
  }
}
