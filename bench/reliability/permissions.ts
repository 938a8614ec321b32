/**
 * reliability.permissions: the role × list × operation matrix, generated from src/schema's permission
 * model (bench/reliability/permissionModel.ts) and run through plain REST as a demo user of each role.
 *
 * For every list of the schema (`lists` narrows it) and every role of ROLE_USERS (its groups read from
 * the site: the PMO groups' ids in PmoHubConfig and their members), the operations: read items (is
 * another user's item in the list's answer), read one item, create, update own, update other's,
 * update a project one manages (the item-level grant), delete own, delete other's, add an attachment
 * to one's own item (lists), `$expand` through each lookup of another user's item, read versions
 * (lists with versioning). Each case's outcome is compared with the model's:
 * - escalations: allowed, but the model says denied;
 * - wrongful denials: denied, but the model says allowed.
 * Besides: cross_project_writes, the project manager's changes to an item of a project they do not
 * manage, one tried in each list where the schema gives project managers Edit Items and whose items
 * belong to a project (projectScopedLists: Risks, Issues, Milestones, BudgetLines, …); the model
 * cannot see it, since SharePoint's rights are per list, not per project.
 */
import { pmoSchema } from '../../src/schema/pmoSchema';
import { PmoHubConfigList, ProjectsList } from '../../src/schema/refs';
import type { GroupKey, IListSchema, ISiteSchema } from '../../src/schema/types';
import { expectedAllowed, permissionsOn, type IPermissionCase, type PermissionOperation } from './permissionModel';
import { addCopy, hasValue, ITEM_MAKER, makeItem, templateOf, type IListTemplate } from './permissionItems';
import { ok, restOf, type IRest } from './rest';
import { ROLE_USERS, SECOND_PMO_OFFICER, type IReliabilitySite, type SuiteRole } from './site';

/** One case's outcome. */
export interface IPermissionResult {
  role: SuiteRole;
  list: string;
  operation: PermissionOperation;
  expected: boolean;
  actual: boolean;
  status: number;
}

/** The figure's lines, every case, and the lists left out (no item to copy). */
export interface IPermissionFigures {
  lines: string[];
  cases: IPermissionResult[];
  /** Lists left out (none so far: every list has a demo item or one made from the schema). */
  skipped: string[];
  /** The project manager's writes to another manager's project items (list, item, project). */
  crossProject: string[];
  /** Each role user's PMO groups, as the site has them. */
  groups: Record<SuiteRole, GroupKey[]>;
}

/** The author of the "other user's" items: a PMO officer none of the roles acts as. */
const OTHER_AUTHOR = SECOND_PMO_OFFICER;

/** Each role user's PMO groups, as the site has them (PmoHubConfig `Group.<key>` ids → members). */
async function groupsOfRoles(rest: IRest): Promise<Record<SuiteRole, GroupKey[]>> {
  const cfg = await rest.call(ITEM_MAKER, 'GET', `${rest.list(PmoHubConfigList.url)}/items?$select=ConfigKey,ConfigValue&$top=500`);
  const out = Object.fromEntries(Object.keys(ROLE_USERS).map(r => [r, [] as GroupKey[]])) as Record<SuiteRole, GroupKey[]>;
  for (const row of (cfg.body?.value ?? []) as Array<{ ConfigKey: string; ConfigValue: string }>) {
    const m = /^Group\.(\w+)$/.exec(row.ConfigKey);
    if (!m) continue;
    const users = await rest.call(ITEM_MAKER, 'GET', `web/siteGroups/getById(${Number(row.ConfigValue)})/users?$select=Email,UserPrincipalName`);
    const mails = ((users.body?.value ?? []) as Array<{ Email?: string; UserPrincipalName?: string }>).map(u => (u.UserPrincipalName ?? u.Email ?? '').toLowerCase());
    for (const [role, upn] of Object.entries(ROLE_USERS) as Array<[SuiteRole, string]>) if (mails.indexOf(upn) >= 0) out[role].push(m[1] as GroupKey);
  }
  return out;
}

/** Site user ids by UPN (ensured: the ids the items' Author columns hold). */
async function userIds(rest: IRest, upns: ReadonlyArray<string>): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const u of upns) ids.set(u, Number((await rest.call(u, 'GET', 'web/currentUser?$select=Id')).body?.Id));
  return ids;
}

interface IListFixture {
  t: IListTemplate;
  /** Another user's item. */
  other: number;
  /** Per lookup column of `other` with a value: the target item's author id. */
  targets: Map<string, { list: string; author: number }>;
}

async function fixtureOf(rest: IRest, t: IListTemplate): Promise<IListFixture> {
  const other = await makeItem(rest, t, OTHER_AUTHOR);
  const targets = new Map<string, { list: string; author: number }>();
  for (const l of t.lookups) {
    const v = t.payload[`${l.field}Id`];
    if (!hasValue(v)) continue;
    const id = Array.isArray(v) ? Number(v[0]) : Number(v);
    const target = pmoSchema.lists.filter(x => x.key === l.target)[0];
    const row = await rest.call(ITEM_MAKER, 'GET', `${rest.list(target.url)}/items(${id})?$select=AuthorId`);
    targets.set(l.field, { list: l.target, author: Number(row.body?.AuthorId) });
  }
  return { t, other, targets };
}

/** A project the user manages (the seed gave them the item-level grant), if any. */
async function managedProject(rest: IRest, userId: number): Promise<number | undefined> {
  const a = await rest.call(ITEM_MAKER, 'GET', `${rest.list(ProjectsList.url)}/items?$select=Id&$filter=ProjectManagerId eq ${userId}&$top=1`);
  return ((a.body?.value ?? []) as Array<{ Id: number }>)[0]?.Id;
}

interface ICaseRun { operation: PermissionOperation; c: IPermissionCase; run(): Promise<{ allowed: boolean; status: number }> }

/** The cases of one role on one list. */
async function casesOf(rest: IRest, f: IListFixture, role: SuiteRole, groups: GroupKey[], me: number, managed?: number): Promise<ICaseRun[]> {
  const upn = ROLE_USERS[role];
  const list = f.t.list;
  const items = `${rest.list(list.url)}/items`;
  const base = { groups, list: list.key };
  const other = { own: false };
  const own = { own: true };
  const status = (a: { status: number }): { allowed: boolean; status: number } => ({ allowed: a.status >= 200 && a.status < 300, status: a.status });
  const ownItem = async (): Promise<number> => makeItem(rest, f.t, upn);
  const out: ICaseRun[] = [
    { operation: 'readItems', c: { ...base, operation: 'readItems', item: other }, run: async () => {
      const a = await rest.call(upn, 'GET', `${items}?$select=Id&$filter=Id eq ${f.other}`);
      return { allowed: ok(a) && ((a.body?.value ?? []) as unknown[]).length > 0, status: a.status };
    } },
    { operation: 'readItem', c: { ...base, operation: 'readItem', item: other }, run: async () => status(await rest.call(upn, 'GET', `${items}(${f.other})?$select=Id`)) },
    { operation: 'create', c: { ...base, operation: 'create' }, run: async () => status(await addCopy(rest, f.t, upn)) },
    { operation: 'updateOwn', c: { ...base, operation: 'updateOwn', item: own }, run: async () => status(await rest.call(upn, 'MERGE', `${items}(${await ownItem()})`, { Title: `Changed by ${role}` })) },
    { operation: 'updateOther', c: { ...base, operation: 'updateOther', item: other }, run: async () => status(await rest.call(upn, 'MERGE', `${items}(${f.other})`, { Title: `Changed by ${role}` })) },
    { operation: 'deleteOwn', c: { ...base, operation: 'deleteOwn', item: own }, run: async () => status(await rest.call(upn, 'DELETE', `${items}(${await ownItem()})`)) },
    { operation: 'deleteOther', c: { ...base, operation: 'deleteOther', item: other }, run: async () => status(await rest.call(upn, 'DELETE', `${items}(${await makeItem(rest, f.t, OTHER_AUTHOR)})`)) }
  ];
  if (list.template === 100) {
    let n = 0;
    out.push({ operation: 'addAttachment', c: { ...base, operation: 'addAttachment', item: own }, run: async () => status(await rest.call(upn, 'POST', `${items}(${await ownItem()})/AttachmentFiles/add(FileName='evidence-${role}-${++n}.txt')`, new TextEncoder().encode('evidence'))) });
  }
  if (list.versioning !== false) {
    out.push({ operation: 'readVersions', c: { ...base, operation: 'readVersions', item: other }, run: async () => status(await rest.call(upn, 'GET', `${items}(${f.other})/versions`)) });
  }
  for (const [field, target] of f.targets) {
    const op: PermissionOperation = `expand:${field}`;
    out.push({ operation: op, c: { ...base, operation: op, item: other, target: { list: target.list, item: { own: target.author === me } } }, run: async () => {
      const a = await rest.call(upn, 'GET', `${items}(${f.other})?$select=${field}/Id&$expand=${field}`);
      return { allowed: ok(a) && hasValue(projectedIds(a.body?.[field])), status: a.status };
    } });
  }
  if (list.key === 'Projects' && managed !== undefined) {
    out.push({ operation: 'updateGranted', c: { ...base, operation: 'updateGranted', item: { own: false, grant: 'Contribute' } }, run: async () => status(await rest.call(upn, 'MERGE', `${items}(${managed})`, { Summary: `Checked by ${role}` })) });
  }
  return out;
}

/** The ids of a projected lookup: `{ Id }` or `[{ Id }]` (empty when SharePoint projected nothing). */
function projectedIds(v: unknown): number[] | number | undefined {
  if (Array.isArray(v)) return v.map(x => Number((x as { Id?: unknown }).Id)).filter(x => x > 0);
  const id = (v as { Id?: unknown } | null | undefined)?.Id;
  return typeof id === 'number' ? id : undefined;
}

/**
 * The lists where the schema lets project managers change items (Edit Items on the list) that belong
 * to a project (a `Project` lookup): SharePoint cannot tell their own projects' items from the others'.
 */
export function projectScopedLists(schema: ISiteSchema): IListSchema[] {
  return schema.lists.filter(l => l.fields.some(f => f.name === 'Project' && f.type === 'Lookup') && permissionsOn(schema, ['projectManagers'], l).has(3));
}

/** Tries the project manager's change of one item of another manager's project in each project-scoped list; the writes that went through. */
async function crossProjectWrites(rest: IRest, schema: ISiteSchema, pm: string, pmId: number): Promise<string[]> {
  const mine = await rest.call(ITEM_MAKER, 'GET', `${rest.list(ProjectsList.url)}/items?$select=Id&$filter=ProjectManagerId eq ${pmId}&$top=500`);
  const managed = new Set(((mine.body?.value ?? []) as Array<{ Id: number }>).map(p => p.Id));
  const wrote: string[] = [];
  const projects = await rest.call(ITEM_MAKER, 'GET', `${rest.list(ProjectsList.url)}/items?$select=Id&$top=500`);
  const others = ((projects.body?.value ?? []) as Array<{ Id: number }>).map(p => p.Id).filter(id => !managed.has(id));
  for (const list of projectScopedLists(schema)) {
    const rows = await rest.call(ITEM_MAKER, 'GET', `${rest.list(list.url)}/items?$select=Id,ProjectId,Title&$top=500`);
    let item = ((rows.body?.value ?? []) as Array<{ Id: number; ProjectId?: number; Title?: string }>).filter(r => r.ProjectId && !managed.has(r.ProjectId))[0];
    const t = item ? undefined : await templateOf(rest, schema, list);
    // A list without such an item gets one (another manager's project's), made as the site owner.
    if (t && others.length) item = { Id: await makeItem(rest, t, OTHER_AUTHOR, { ProjectId: others[0] }), ProjectId: others[0] };
    if (!item) continue;
    const a = await rest.call(pm, 'MERGE', `${rest.list(list.url)}/items(${item.Id})`, { Title: item.Title ?? 'Changed by another project\'s manager' });
    if (ok(a)) wrote.push(`${list.key} ${item.Id} (project ${item.ProjectId})`);
  }
  return wrote;
}

/**
 * Runs the matrix on the site (every list of the schema, or those named in `lists`; every role, or
 * those in `roles`); the figure lines and every case.
 */
export async function permissionFigures(site: IReliabilitySite, options: { lists?: ReadonlyArray<string>; roles?: ReadonlyArray<SuiteRole> } = {}): Promise<IPermissionFigures> {
  const schema = pmoSchema;
  const rest = restOf(site.wb.siteUrl);
  const roles = options.roles ?? (Object.keys(ROLE_USERS) as SuiteRole[]);
  const groups = await groupsOfRoles(rest);
  const ids = await userIds(rest, [...Object.values(ROLE_USERS), OTHER_AUTHOR]);
  const cases: IPermissionResult[] = [];
  const skipped: string[] = [];
  for (const list of schema.lists.filter(l => !options.lists || options.lists.indexOf(l.key) >= 0)) {
    const t = await templateOf(rest, schema, list);
    if (!t) { skipped.push(list.key); continue; }
    const f = await fixtureOf(rest, t);
    for (const role of roles) {
      const me = ids.get(ROLE_USERS[role]) ?? 0;
      const managed = list.key === 'Projects' ? await managedProject(rest, me) : undefined;
      for (const k of await casesOf(rest, f, role, groups[role], me, managed)) {
        const expected = expectedAllowed(schema, k.c);
        const r = await k.run().catch((e: unknown) => { throw new Error(`${role} ${list.key} ${k.operation}: ${e instanceof Error ? e.message : String(e)}`); });
        cases.push({ role, list: list.key, operation: k.operation, expected, actual: r.allowed, status: r.status });
      }
    }
  }
  const crossProject = roles.indexOf('projectManager') >= 0 ? await crossProjectWrites(rest, schema, ROLE_USERS.projectManager, ids.get(ROLE_USERS.projectManager) ?? 0) : [];
  return {
    cases,
    skipped,
    crossProject,
    groups,
    lines: [
      `reliability.permissions.cases: ${cases.length}`,
      `reliability.permissions.escalations: ${cases.filter(c => c.actual && !c.expected).length}`,
      `reliability.permissions.wrongful_denials: ${cases.filter(c => !c.actual && c.expected).length}`,
      `reliability.permissions.cross_project_writes: ${crossProject.length}`
    ]
  };
}

const ROLE_HEADS: Readonly<Record<SuiteRole, string>> = { visitor: 'visitor', member: 'member', projectManager: 'pm', boardMember: 'board', pmoOfficer: 'pmo', pmoOwner: 'owner', trainer: 'trainer' };

/** A case's cell: Y allowed, - denied (both as the model says), ESC allowed against the model, DENY denied against it. */
function cell(c: IPermissionResult | undefined): string {
  if (!c) return '';
  if (c.actual === c.expected) return c.actual ? 'Y' : '-';
  return c.actual ? 'ESC' : 'DENY';
}

/**
 * The cases per list for stderr / --verbose: a summary line per list (cases, allowed, denied,
 * escalations, wrongful denials), then each operation's outcome per role (Y allowed, - denied, ESC an
 * escalation, DENY a wrongful denial, with the HTTP status listed below), so that a defect can be found.
 */
export function permissionTable(figures: IPermissionFigures): string {
  const roles = Array.from(new Set(figures.cases.map(c => c.role)));
  const out = [`roles: ${roles.map(r => `${ROLE_HEADS[r]} = ${ROLE_USERS[r]} (${(figures.groups[r] ?? []).join(', ')})`).join('; ')}`];
  const byList = new Map<string, IPermissionResult[]>();
  for (const c of figures.cases) byList.set(c.list, [...(byList.get(c.list) ?? []), c]);
  for (const [list, cs] of byList) {
    const esc = cs.filter(c => c.actual && !c.expected);
    const wd = cs.filter(c => !c.actual && c.expected);
    out.push(`${list}: ${cs.length} cases, ${cs.filter(c => c.actual).length} allowed, ${cs.filter(c => !c.actual).length} denied, ${esc.length} escalations, ${wd.length} wrongful denials`);
    out.push(`  ${'operation'.padEnd(30)}${roles.map(r => ROLE_HEADS[r].padStart(8)).join('')}`);
    for (const op of Array.from(new Set(cs.map(c => c.operation)))) {
      out.push(`  ${op.padEnd(30)}${roles.map(r => cell(cs.filter(c => c.role === r && c.operation === op)[0]).padStart(8)).join('')}`);
    }
    for (const c of [...esc, ...wd]) out.push(`    ${c.actual ? 'ESCALATION' : 'WRONGFUL DENIAL'}: ${c.role} ${c.operation} (HTTP ${c.status})`);
  }
  if (figures.skipped.length) out.push(`lists left out (no item to copy or make): ${figures.skipped.join(', ')}`);
  for (const w of figures.crossProject) out.push(`cross-project write by ${ROLE_USERS.projectManager}: ${w}`);
  return out.join('\n');
}
