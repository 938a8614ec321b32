/** Who may manage the PMO site: one rule for PMO Setup's own check and for offering its page. */
import { PermissionKind, type IBasePermissions } from '@pnp/sp/security';
import type { SPFI } from '../platform/pnp';

/**
 * Whether effective permissions on the web allow managing the site: Manage Web and Manage
 * Permissions (site owners, in SharePoint's default levels Full Control).
 */
export function canManageSite(sp: SPFI, permissions: IBasePermissions): boolean {
  return sp.web.hasPermissions(permissions, PermissionKind.ManageWeb) && sp.web.hasPermissions(permissions, PermissionKind.ManagePermissions);
}
