/**
 * The site users who belong to the PMO (the PMO Officers and PMO Owners groups, found by the ids
 * provisioning recorded in PmoHubConfig). Intake counts a history row only when its author may make
 * the move it records (src/domain/intakeTrust.ts); the PMO's moves are those of these people.
 */
import type { SPFI } from '../platform/pnp';
import { odataEq } from './odata';
import { listOn } from './lists';
import type { ISiteAddress } from './site';
import { PmoHubConfigList } from '../schema/refs';
import type { GroupKey } from '../schema/types';

/** The PMO groups whose members make the PMO's moves. */
const PMO_GROUPS: ReadonlyArray<GroupKey> = ['pmoOfficers', 'pmoOwners'];

/** A site user of a PMO group: id and display name. */
export interface IGroupUser {
  Id: number;
  Title: string;
}

/**
 * The users of PMO groups (found by the ids provisioning recorded in PmoHubConfig), each once. A
 * group whose members the caller may not see counts as empty.
 */
export async function loadGroupUsers(sp: SPFI, site: ISiteAddress, groups: ReadonlyArray<GroupKey>): Promise<IGroupUser[]> {
  const C = PmoHubConfigList.fields;
  // The key provisioning records a group's id under (src/provisioning/site.ts, configGroupKey).
  const keys = groups.map(g => `Group.${g}`);
  const rows = (await listOn(sp, site, PmoHubConfigList).items.select(C.ConfigKey, C.ConfigValue)
    .filter(keys.map(k => odataEq(C.ConfigKey, k)).join(' or '))()) as Array<{ ConfigKey: string; ConfigValue: string | null }>; // eslint-disable-line @rushstack/no-new-null -- SharePoint REST answers null
  const users = new Map<number, IGroupUser>();
  for (const r of rows) {
    const groupId = parseInt(r.ConfigValue ?? '', 10);
    if (!(groupId > 0)) continue;
    try {
      for (const u of (await sp.web.siteGroups.getById(groupId).users.select('Id', 'Title')()) as IGroupUser[]) users.set(u.Id, { Id: u.Id, Title: u.Title });
    } catch {
      // membership hidden from the caller: no member of this group is known
    }
  }
  return Array.from(users.values());
}

/**
 * Site user ids of the PMO's members. A group whose members the caller may not see counts as empty
 * (the PMO reads its own groups; others then trust no PMO move, which only hides history from them).
 */
export async function loadPmoMemberIds(sp: SPFI, site: ISiteAddress): Promise<Set<number>> {
  return new Set((await loadGroupUsers(sp, site, PMO_GROUPS)).map(u => u.Id));
}
