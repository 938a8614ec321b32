/**
 * Directory resources of the Graph emulator: users (incl. search, photo, manager, memberOf),
 * groups, teams and channels. All built from the demo directory in workbench/directory.
 */
import { createHash } from 'node:crypto';
import { DEMO_DOMAIN, demoGroups, demoUsers, findDemoUser, type IDemoGroup, type IDemoUser } from '../../directory';
import {
  decodeSkipToken, encodeSkipToken, evaluateFilter, filterUsage, linkWith, matchesSearch, parseFilter, parseOrderBy,
  parseSearch, parseSelect, parseTop, project, type FilterNode, type ISearch
} from './odata';
import { DEMO_TENANT_ID, GraphHttpError, isEventual, ok, resourceNotFound, type IGraphRequest, type IGraphResponse } from './protocol';
import { PHOTO_SIZE, PHOTO_SIZES, photoEtag, userPhoto } from './photo';

/** When the demo directory objects were "created" (a fixed instant keeps responses deterministic). */
const CREATED: string = '2026-01-05T08:00:00Z';

/** The properties Graph returns for a user when no `$select` is given. */
const USER_DEFAULT: ReadonlyArray<string> = [
  'businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation',
  'preferredLanguage', 'surname', 'userPrincipalName', 'id'
];

/** Every user property the emulator knows (and accepts in `$select`). */
const USER_PROPS: ReadonlyArray<string> = [
  ...USER_DEFAULT, 'accountEnabled', 'department', 'companyName', 'city', 'country', 'usageLocation', 'mailNickname',
  'userType', 'createdDateTime', 'employeeId', 'proxyAddresses', 'otherMails', 'imAddresses', 'onPremisesSyncEnabled'
];

const COUNTRY: Record<string, [string, string]> = {
  'en-US': ['United Kingdom', 'GB'], 'de-DE': ['Germany', 'DE'], 'fr-FR': ['France', 'FR'], 'nl-NL': ['Netherlands', 'NL'], 'it-IT': ['Italy', 'IT']
};

/** The full Graph representation of a demo user. */
export function userEntity(u: IDemoUser): Record<string, unknown> {
  const [country, usage] = COUNTRY[u.preferredLanguage] ?? ['', ''];
  const nickname = u.userPrincipalName.split('@')[0];
  return {
    businessPhones: [],
    displayName: u.displayName,
    givenName: u.givenName,
    jobTitle: u.jobTitle,
    mail: u.mail,
    mobilePhone: null,
    officeLocation: u.officeLocation,
    preferredLanguage: u.preferredLanguage,
    surname: u.surname,
    userPrincipalName: u.userPrincipalName,
    id: u.id,
    accountEnabled: true,
    department: u.department,
    companyName: 'PMO Hub Demo',
    city: u.officeLocation,
    country,
    usageLocation: usage,
    mailNickname: nickname,
    userType: 'Member',
    createdDateTime: CREATED,
    employeeId: null,
    proxyAddresses: [`SMTP:${u.mail}`],
    otherMails: [],
    imAddresses: [u.userPrincipalName],
    onPremisesSyncEnabled: null
  };
}

/** A user as returned: selected (or default) properties, optionally with `@odata.type`. */
function userOut(u: IDemoUser, select: string[] | undefined, typed: boolean): Record<string, unknown> {
  const full = userEntity(u);
  const keys = select ?? USER_DEFAULT;
  const out: Record<string, unknown> = typed ? { '@odata.type': '#microsoft.graph.user' } : {};
  for (const k of keys) out[k] = full[k];
  return out;
}

/** Resolves `/users/{id | userPrincipalName}`; 404 with Graph's error when unknown. */
export function resolveUser(key: string): IDemoUser {
  const u = findDemoUser(decodeURIComponent(key));
  if (!u) throw resourceNotFound(key);
  return u;
}

function groupMembers(g: IDemoGroup): IDemoUser[] {
  return g.members.map(upn => findDemoUser(upn)).filter((u): u is IDemoUser => !!u);
}

function groupOwners(g: IDemoGroup): IDemoUser[] {
  return g.owners.map(upn => findDemoUser(upn)).filter((u): u is IDemoUser => !!u);
}

const GROUP_DEFAULT: ReadonlyArray<string> = [
  'id', 'deletedDateTime', 'classification', 'createdDateTime', 'creationOptions', 'description', 'displayName',
  'expirationDateTime', 'groupTypes', 'isAssignableToRole', 'mail', 'mailEnabled', 'mailNickname', 'membershipRule',
  'membershipRuleProcessingState', 'onPremisesDomainName', 'onPremisesLastSyncDateTime', 'onPremisesNetBiosName',
  'onPremisesSamAccountName', 'onPremisesSecurityIdentifier', 'onPremisesSyncEnabled', 'preferredDataLocation',
  'preferredLanguage', 'proxyAddresses', 'renewedDateTime', 'resourceBehaviorOptions', 'resourceProvisioningOptions',
  'securityEnabled', 'securityIdentifier', 'theme', 'uniqueName', 'visibility', 'onPremisesProvisioningErrors', 'serviceProvisioningErrors'
];

/** The Graph representation of a demo group (a Microsoft 365 group). */
export function groupEntity(g: IDemoGroup): Record<string, unknown> {
  const mail = `${g.mailNickname}@${DEMO_DOMAIN}`;
  return {
    id: g.id,
    deletedDateTime: null,
    classification: null,
    createdDateTime: CREATED,
    creationOptions: g.isTeam ? ['Team', 'ExchangeProvisioningFlags:3552'] : [],
    description: g.description,
    displayName: g.displayName,
    expirationDateTime: null,
    groupTypes: ['Unified'],
    isAssignableToRole: null,
    mail,
    mailEnabled: true,
    mailNickname: g.mailNickname,
    membershipRule: null,
    membershipRuleProcessingState: null,
    onPremisesDomainName: null,
    onPremisesLastSyncDateTime: null,
    onPremisesNetBiosName: null,
    onPremisesSamAccountName: null,
    onPremisesSecurityIdentifier: null,
    onPremisesSyncEnabled: null,
    preferredDataLocation: null,
    preferredLanguage: null,
    proxyAddresses: [`SMTP:${mail}`],
    renewedDateTime: CREATED,
    resourceBehaviorOptions: [],
    resourceProvisioningOptions: g.isTeam ? ['Team'] : [],
    securityEnabled: false,
    securityIdentifier: `S-1-12-1-${parseInt(g.id.slice(0, 8), 16)}-${parseInt(g.id.slice(9, 13), 16)}`,
    theme: null,
    uniqueName: null,
    visibility: 'Private',
    onPremisesProvisioningErrors: [],
    serviceProvisioningErrors: []
  };
}

function groupOut(g: IDemoGroup, select: string[] | undefined, typed: boolean): Record<string, unknown> {
  const full = groupEntity(g);
  const out: Record<string, unknown> = typed ? { '@odata.type': '#microsoft.graph.group' } : {};
  for (const k of select ?? GROUP_DEFAULT) out[k] = full[k];
  return out;
}

/** Resolves `/groups/{id}`. */
export function resolveGroup(id: string): IDemoGroup {
  const g = demoGroups.find(x => x.id === id.toLowerCase());
  if (!g) throw resourceNotFound(id);
  return g;
}

/** The groups a user is a direct member of. */
export function groupsOfUser(u: IDemoUser): IDemoGroup[] {
  return demoGroups.filter(g => g.members.includes(u.userPrincipalName));
}

/** The teams a user is a member or owner of. */
export function teamsOfUser(u: IDemoUser): IDemoGroup[] {
  return demoGroups.filter(g => g.isTeam && (g.members.includes(u.userPrincipalName) || g.owners.includes(u.userPrincipalName)));
}

// ---------------------------------------------------------------------------------------------
// Collections: filter, search, order, page.

interface ICollectionSpec<T> {
  typeName: string;
  /** `@odata.context` fragment without selection, e.g. `users` or `directoryObjects`. */
  context: string;
  /** Properties of the entity for filter/search/select. */
  entity: (x: T) => Record<string, unknown>;
  /** Selectable property names. */
  selectable: ReadonlyArray<string>;
  /** Filterable properties without advanced query, and the ones that need it. */
  filterable: ReadonlyArray<string>;
  searchable: ReadonlyArray<string>;
  orderable: ReadonlyArray<string>;
  out: (x: T, select: string[] | undefined) => Record<string, unknown>;
  /** Whether the collection takes $filter/$search/$orderby at all (navigation lists do not). */
  queryable: boolean;
  maxTop: number;
  defaultTop: number;
}

function checkFilter(tree: FilterNode, spec: ICollectionSpec<unknown>, advanced: boolean): void {
  for (const use of filterUsage(tree)) {
    if (use.op === 'not' || use.op === 'ne' || use.op === 'endswith') {
      if (!advanced) {
        throw new GraphHttpError(400, 'Request_UnsupportedQuery',
          `Operator '${use.op === 'endswith' ? 'endsWith' : use.op}' is not supported because the required parameters might be missing. Try adding $count with a value of true and the ConsistencyLevel header with a value of eventual.`);
      }
      if (use.op === 'not') continue;
    }
    if (use.op === 'contains') {
      throw new GraphHttpError(400, 'Request_UnsupportedQuery', `Unsupported Query.`);
    }
    const base = use.property.split('/')[0];
    if (!spec.filterable.some(f => f.toLowerCase() === base.toLowerCase())) {
      throw new GraphHttpError(400, 'Request_UnsupportedQuery',
        `Unsupported or invalid query filter clause specified for property '${base}' of resource '${spec.typeName.replace('microsoft.graph.', '').replace(/^./, c => c.toUpperCase())}'.`);
    }
  }
}

/** Case-insensitive property read, since OData property names in `$filter` are matched that way here. */
function readProp(entity: Record<string, unknown>, path: string): unknown {
  const key = Object.keys(entity).find(k => k.toLowerCase() === path.toLowerCase());
  return key === undefined ? undefined : entity[key];
}

function listCollection<T>(req: IGraphRequest, items: T[], spec: ICollectionSpec<T>): IGraphResponse {
  const eventual = isEventual(req);
  const countRequested = (req.query.get('$count') ?? '').toLowerCase() === 'true';
  if (countRequested && !eventual) {
    throw new GraphHttpError(400, 'Request_BadRequest', '$count is not currently supported.');
  }
  const advanced = eventual && countRequested;
  const select = parseSelect(req, spec.selectable, spec.typeName);
  let rows = items;
  const filterSrc = req.query.get('$filter');
  const searchSrc = req.query.get('$search');
  const hasOrder = req.query.get('$orderby') !== null;
  if (!spec.queryable && (filterSrc !== null || searchSrc !== null || hasOrder) && !eventual) {
    throw new GraphHttpError(400, 'Request_UnsupportedQuery', 'The specified filter to the reference property query is currently not supported.');
  }
  if (filterSrc !== null && filterSrc.trim() !== '') {
    const tree = parseFilter(filterSrc);
    checkFilter(tree, spec as ICollectionSpec<unknown>, advanced);
    rows = rows.filter(x => { const e = spec.entity(x); return evaluateFilter(tree, p => readProp(e, p)); });
  }
  if (searchSrc !== null) {
    if (!eventual) {
      throw new GraphHttpError(400, 'Request_UnsupportedQuery',
        "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'");
    }
    const search: ISearch = parseSearch(searchSrc, spec.searchable, spec.typeName);
    rows = rows.filter(x => { const e = spec.entity(x); return matchesSearch(search, p => e[p]); });
  }
  const order = parseOrderBy(req, spec.orderable);
  if (order) {
    if (filterSrc !== null && !advanced) {
      throw new GraphHttpError(400, 'Request_UnsupportedQuery', 'Sorting not supported for current query.');
    }
    const key = (x: T): string => String(spec.entity(x)[order.property] ?? '').toLowerCase();
    rows = [...rows].sort((a, b) => key(a).localeCompare(key(b)) * (order.desc ? -1 : 1));
  }
  const top = parseTop(req, spec.maxTop) ?? spec.defaultTop;
  const offset = decodeSkipToken(req);
  const page = rows.slice(offset, offset + top);
  const body: Record<string, unknown> = {
    '@odata.context': `${req.serviceRoot}/$metadata#${spec.context}${select ? `(${select.join(',')})` : ''}`
  };
  if (countRequested) body['@odata.count'] = rows.length;
  if (offset + top < rows.length) body['@odata.nextLink'] = linkWith(req, { $skiptoken: encodeSkipToken(offset + top) });
  body.value = page.map(x => spec.out(x, select));
  return ok(body);
}

const USER_FILTERABLE = ['id', 'displayName', 'givenName', 'surname', 'mail', 'userPrincipalName', 'department', 'jobTitle',
  'officeLocation', 'accountEnabled', 'preferredLanguage', 'userType', 'companyName', 'country', 'city', 'usageLocation', 'mailNickname'];
const USER_SEARCHABLE = ['displayName', 'givenName', 'surname', 'mail', 'userPrincipalName', 'jobTitle', 'department', 'officeLocation', 'mailNickname'];

function userSpec(context: string, typed: boolean, queryable: boolean): ICollectionSpec<IDemoUser> {
  return {
    typeName: 'microsoft.graph.user',
    context,
    entity: userEntity,
    selectable: USER_PROPS,
    filterable: USER_FILTERABLE,
    searchable: USER_SEARCHABLE,
    orderable: ['displayName', 'userPrincipalName'],
    out: (u, s) => userOut(u, s, typed),
    queryable,
    maxTop: 999,
    defaultTop: 100
  };
}

function groupSpec(context: string, typed: boolean, queryable: boolean): ICollectionSpec<IDemoGroup> {
  return {
    typeName: 'microsoft.graph.group',
    context,
    entity: groupEntity,
    selectable: GROUP_DEFAULT,
    filterable: ['id', 'displayName', 'mailNickname', 'mail', 'resourceProvisioningOptions', 'groupTypes', 'mailEnabled', 'securityEnabled', 'visibility', 'description'],
    searchable: ['displayName', 'description', 'mailNickname', 'mail'],
    orderable: ['displayName'],
    out: (g, s) => groupOut(g, s, typed),
    queryable,
    maxTop: 999,
    defaultTop: 100
  };
}

/** `$expand=manager` / `manager($select=...)` on users; other expansions are rejected like Graph does. */
function expandManager(req: IGraphRequest, u: IDemoUser, out: Record<string, unknown>): void {
  const raw = req.query.get('$expand');
  if (raw === null || raw.trim() === '') return;
  const m = /^\s*manager(?:\(\s*\$select=([^)]*)\))?\s*$/i.exec(raw);
  if (!m) {
    const prop = raw.split(/[(,]/)[0].trim();
    throw new GraphHttpError(400, 'Request_BadRequest', `Could not find a property named '${prop}' on type 'microsoft.graph.user'.`);
  }
  const mgr = u.managerUpn ? findDemoUser(u.managerUpn) : undefined;
  if (!mgr) return;
  const sel = m[1] ? m[1].split(',').map(s => s.trim()).filter(Boolean) : undefined;
  out.manager = sel ? { '@odata.type': '#microsoft.graph.user', ...project(userEntity(mgr), sel) } : { '@odata.type': '#microsoft.graph.user', ...userEntity(mgr) };
}

// ---------------------------------------------------------------------------------------------
// Handlers.

/** GET /users */
export function listUsers(req: IGraphRequest): IGraphResponse {
  return listCollection(req, [...demoUsers], userSpec('users', false, true));
}

/** GET /users/{id} and /me */
export function getUser(req: IGraphRequest, u: IDemoUser): IGraphResponse {
  const select = parseSelect(req, USER_PROPS, 'microsoft.graph.user');
  const out: Record<string, unknown> = {
    '@odata.context': `${req.serviceRoot}/$metadata#users${select ? `(${select.join(',')})` : ''}/$entity`,
    ...userOut(u, select, false)
  };
  expandManager(req, u, out);
  return ok(out);
}

/** GET /users/{id}/manager */
export function getManager(req: IGraphRequest, u: IDemoUser): IGraphResponse {
  const mgr = u.managerUpn ? findDemoUser(u.managerUpn) : undefined;
  if (!mgr) throw resourceNotFound('manager');
  const select = parseSelect(req, USER_PROPS, 'microsoft.graph.user');
  return ok({ '@odata.context': `${req.serviceRoot}/$metadata#directoryObjects/$entity`, ...userOut(mgr, select, true) });
}

/** GET /users/{id}/directReports */
export function listDirectReports(req: IGraphRequest, u: IDemoUser): IGraphResponse {
  const reports = demoUsers.filter(x => x.managerUpn === u.userPrincipalName);
  return listCollection(req, reports, userSpec('directoryObjects', true, false));
}

/** GET /users/{id}/memberOf (and transitiveMemberOf: the demo directory has no nested groups) */
export function listMemberOf(req: IGraphRequest, u: IDemoUser): IGraphResponse {
  return listCollection(req, groupsOfUser(u), groupSpec('directoryObjects', true, false));
}

function photoMeta(u: IDemoUser, size: number, id: string): Record<string, unknown> {
  return { '@odata.mediaContentType': 'image/png', '@odata.mediaEtag': photoEtag(u, size), id, height: size, width: size };
}

/** `48x48` (any case) → 48 when Graph offers that size; 404 ImageNotFound otherwise. */
export function photoSize(sizeId: string): number {
  const m = /^(\d+)x(\d+)$/i.exec(sizeId);
  const n = m && m[1] === m[2] ? Number(m[1]) : NaN;
  if (!PHOTO_SIZES.includes(n)) {
    throw new GraphHttpError(404, 'ImageNotFound', "Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown.");
  }
  return n;
}

/** GET /users/{id}/photo — the photo's metadata. */
export function getPhotoMeta(req: IGraphRequest, u: IDemoUser): IGraphResponse {
  return ok({ '@odata.context': `${req.serviceRoot}/$metadata#users('${u.id}')/photo/$entity`, ...photoMeta(u, PHOTO_SIZE, 'default') });
}

/** GET /users/{id}/photos — every size. */
export function listPhotos(req: IGraphRequest, u: IDemoUser): IGraphResponse {
  return ok({
    '@odata.context': `${req.serviceRoot}/$metadata#users('${u.id}')/photos`,
    value: PHOTO_SIZES.map(n => photoMeta(u, n, `${n}X${n}`))
  });
}

/** GET /users/{id}/photos/{size} */
export function getSizedPhotoMeta(req: IGraphRequest, u: IDemoUser, sizeId: string): IGraphResponse {
  const n = photoSize(sizeId);
  return ok({ '@odata.context': `${req.serviceRoot}/$metadata#users('${u.id}')/photos/$entity`, ...photoMeta(u, n, `${n}X${n}`) });
}

/** GET /users/{id}/photo/$value and /photos/{size}/$value — the photo's bytes. */
export function getPhotoValue(u: IDemoUser, size: number = PHOTO_SIZE): IGraphResponse {
  return { status: 200, headers: { 'Content-Type': 'image/png', ETag: photoEtag(u, size) }, body: userPhoto(u, size) };
}

/** GET /groups */
export function listGroups(req: IGraphRequest): IGraphResponse {
  return listCollection(req, [...demoGroups], groupSpec('groups', false, true));
}

/** GET /groups/{id} */
export function getGroup(req: IGraphRequest, g: IDemoGroup): IGraphResponse {
  const select = parseSelect(req, GROUP_DEFAULT, 'microsoft.graph.group');
  return ok({ '@odata.context': `${req.serviceRoot}/$metadata#groups${select ? `(${select.join(',')})` : ''}/$entity`, ...groupOut(g, select, false) });
}

/** GET /groups/{id}/members (and transitiveMembers) */
export function listGroupMembers(req: IGraphRequest, g: IDemoGroup): IGraphResponse {
  return listCollection(req, groupMembers(g), userSpec('directoryObjects', true, false));
}

/** GET /groups/{id}/owners */
export function listGroupOwners(req: IGraphRequest, g: IDemoGroup): IGraphResponse {
  return listCollection(req, groupOwners(g), userSpec('directoryObjects', true, false));
}

// ---------------------------------------------------------------------------------------------
// Teams and channels.

/** Resolves `/teams/{id}`: the group must exist and have a team (Teams' own 404 otherwise). */
export function resolveTeam(id: string): IDemoGroup {
  const g = demoGroups.find(x => x.id === id.toLowerCase());
  if (!g || !g.isTeam) throw new GraphHttpError(404, 'NotFound', `No team found with Group Id ${id}`);
  return g;
}

function threadId(seed: string): string {
  return `19:${createHash('sha1').update(seed).digest('hex').slice(0, 32)}@thread.tacv2`;
}

function teamWebUrl(g: IDemoGroup): string {
  return `https://teams.microsoft.com/l/team/${encodeURIComponent(threadId(g.id + '/General'))}/conversations?groupId=${g.id}&tenantId=${DEMO_TENANT_ID}`;
}

/** The Graph representation of a team. */
export function teamEntity(g: IDemoGroup, full: boolean): Record<string, unknown> {
  if (!full) {
    return { id: g.id, displayName: g.displayName, description: g.description, isArchived: false, tenantId: DEMO_TENANT_ID };
  }
  return {
    id: g.id,
    createdDateTime: CREATED,
    displayName: g.displayName,
    description: g.description,
    internalId: threadId(g.id + '/General'),
    classification: null,
    specialization: 'none',
    visibility: 'private',
    webUrl: teamWebUrl(g),
    isArchived: false,
    tenantId: DEMO_TENANT_ID,
    isMembershipLimitedToOwners: false,
    memberSettings: { allowCreateUpdateChannels: true, allowDeleteChannels: true, allowAddRemoveApps: true, allowCreateUpdateRemoveTabs: true, allowCreateUpdateRemoveConnectors: true, allowCreatePrivateChannels: true },
    guestSettings: { allowCreateUpdateChannels: false, allowDeleteChannels: false },
    messagingSettings: { allowUserEditMessages: true, allowUserDeleteMessages: true, allowOwnerDeleteMessages: true, allowTeamMentions: true, allowChannelMentions: true },
    funSettings: { allowGiphy: true, giphyContentRating: 'moderate', allowStickersAndMemes: true, allowCustomMemes: true },
    discoverySettings: { showInTeamsSearchAndSuggestions: false },
    summary: { ownersCount: g.owners.length, membersCount: new Set([...g.members, ...g.owners]).size, guestsCount: 0 }
  };
}

/** The extra channels of each demo team (besides General), by mail nickname. */
const EXTRA_CHANNELS: Record<string, Array<[string, string]>> = {
  pmo: [['Portfolio Board', 'Portfolio reviews and board preparation'], ['Reporting', 'Status reports and KPIs']],
  digitaltransformation: [['Cloud Migration', 'Workstream: move services to the cloud']],
  publicservices: [['Citizen Portal', 'Workstream: the new citizen portal'], ['Procurement', 'Tenders and contracts of the programme']],
  finance: [['Budget Planning', 'Annual budget and forecasts']]
};

interface IChannel { id: string; displayName: string; description: string }

/** The channels of a team: General first, then 1–2 more (deterministic). */
export function channelsOf(g: IDemoGroup): IChannel[] {
  const extra = EXTRA_CHANNELS[g.mailNickname] ?? [['Announcements', 'News for everyone in the team']];
  return [['General', g.description], ...extra].map(([name, description]) => ({ id: threadId(`${g.id}/${name}`), displayName: name, description }));
}

function channelEntity(g: IDemoGroup, c: IChannel): Record<string, unknown> {
  return {
    id: c.id,
    createdDateTime: CREATED,
    displayName: c.displayName,
    description: c.description,
    isFavoriteByDefault: null,
    email: '',
    tenantId: DEMO_TENANT_ID,
    webUrl: `https://teams.microsoft.com/l/channel/${encodeURIComponent(c.id)}/${encodeURIComponent(c.displayName)}?groupId=${g.id}&tenantId=${DEMO_TENANT_ID}`,
    membershipType: 'standard',
    isArchived: false
  };
}

const CHANNEL_PROPS = ['id', 'createdDateTime', 'displayName', 'description', 'isFavoriteByDefault', 'email', 'tenantId', 'webUrl', 'membershipType', 'isArchived'];

/** Teams endpoints are only open to members of the team (Teams answers 403 otherwise). */
function assertTeamMember(req: IGraphRequest, g: IDemoGroup): void {
  const upn = req.caller.userPrincipalName;
  if (!g.members.includes(upn) && !g.owners.includes(upn)) {
    throw new GraphHttpError(403, 'Forbidden', 'Forbidden: the signed-in user is not a member of this team.');
  }
}

/** GET /users/{id}/joinedTeams */
export function listJoinedTeams(req: IGraphRequest, u: IDemoUser): IGraphResponse {
  const teams = teamsOfUser(u);
  const select = parseSelect(req, ['id', 'displayName', 'description', 'isArchived', 'tenantId'], 'microsoft.graph.team');
  return ok({
    '@odata.context': `${req.serviceRoot}/$metadata#teams${select ? `(${select.join(',')})` : ''}`,
    '@odata.count': teams.length,
    value: teams.map(g => project(teamEntity(g, false), select))
  });
}

/** GET /teams/{id} */
export function getTeam(req: IGraphRequest, g: IDemoGroup): IGraphResponse {
  assertTeamMember(req, g);
  const select = parseSelect(req, Object.keys(teamEntity(g, true)), 'microsoft.graph.team');
  return ok({ '@odata.context': `${req.serviceRoot}/$metadata#teams${select ? `(${select.join(',')})` : ''}/$entity`, ...project(teamEntity(g, true), select) });
}

/** GET /teams/{id}/channels */
export function listChannels(req: IGraphRequest, g: IDemoGroup): IGraphResponse {
  assertTeamMember(req, g);
  const select = parseSelect(req, CHANNEL_PROPS, 'microsoft.graph.channel');
  let channels = channelsOf(g);
  const filterSrc = req.query.get('$filter');
  if (filterSrc) {
    const tree = parseFilter(filterSrc);
    channels = channels.filter(c => { const e = channelEntity(g, c); return evaluateFilter(tree, p => readProp(e, p)); });
  }
  return ok({
    '@odata.context': `${req.serviceRoot}/$metadata#teams('${g.id}')/channels${select ? `(${select.join(',')})` : ''}`,
    '@odata.count': channels.length,
    value: channels.map(c => project(channelEntity(g, c), select))
  });
}

/** GET /teams/{id}/channels/{channelId} */
export function getChannel(req: IGraphRequest, g: IDemoGroup, channelId: string): IGraphResponse {
  assertTeamMember(req, g);
  const c = channelsOf(g).find(x => x.id === channelId);
  if (!c) throw new GraphHttpError(404, 'NotFound', `Channel ${channelId} not found in team ${g.id}.`);
  const select = parseSelect(req, CHANNEL_PROPS, 'microsoft.graph.channel');
  return ok({ '@odata.context': `${req.serviceRoot}/$metadata#teams('${g.id}')/channels/$entity`, ...project(channelEntity(g, c), select) });
}
