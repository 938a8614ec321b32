/**
 * People development, communities of practice: the communities with their member counts, whether the
 * user is a member and their next events; joining and leaving (the user's own CommunityMembers item:
 * WriteSecurity 2); the PMO's maintenance (save, archive).
 */
import { PermissionKind } from '@pnp/sp/security';
import type { SPFI } from '../platform/pnp';
import { etagOf, num, text } from './itemValues';
import { isTooLong } from '../domain/text';
import { listOn, type ListHandle } from './lists';
import type { IListLocation, ISiteAddress } from './site';
import { CommunitiesList, CommunityMembersList, lookupId, projected, ResourcesList, type CheckedRow } from '../schema/refs';

/** One upcoming event of a community. */
export interface ICommunityEvent {
  /** ISO instant (UTC). */
  start: string;
  title: string;
  /** http(s) link, when given. */
  url?: string;
}

/** A community as the Communities tab shows it. */
export interface ICommunity {
  id: number;
  title: string;
  summary?: string;
  topic: string;
  type: string;
  owner?: { id: number; title: string; email?: string };
  teamsLink?: string;
  active: boolean;
  members: number;
  isMember: boolean;
  /** Events from now on, soonest first. */
  nextEvents: ICommunityEvent[];
  /** The NextEvents text as stored (the PMO edits it). */
  eventsText: string;
  /** The ETag of the community as read: saving and archiving send it back (412 when it changed meanwhile). */
  etag?: string;
}

/** A community as the PMO edits it. */
export interface ICommunityInput {
  id?: number;
  /** With `id`: the community's `etag` as read; the update is refused with 412 (kind 'conflict') when it changed meanwhile. */
  etag?: string;
  title: string;
  summary?: string;
  topic: string;
  ownerId?: number;
  /** https link of the community's team in Teams. */
  teamsLink?: string;
  /** One line per event: `YYYY-MM-DDTHH:mmZ | title | https://…` (link optional). */
  nextEvents?: string;
}

/** Why the community service refused, before anything was written, and the field it is about. */
export class CommunityRefusedError extends Error {
  /** `tooLong`: a name over the 255 characters its column holds (never cut). */
  public readonly refusal: 'required' | 'invalid' | 'notPermitted' | 'notFound' | 'taken' | 'tooLong';
  public readonly field: string;
  /** 'taken': the community that already has the name, as it is written there. */
  public readonly takenBy?: string;
  public constructor(refusal: CommunityRefusedError['refusal'], field: string, takenBy?: string) {
    super(`${refusal}: ${field}`);
    this.name = 'CommunityRefusedError';
    this.refusal = refusal;
    this.field = field;
    this.takenBy = takenBy;
    // ES5 target: keep instanceof working for a subclass of Error.
    Object.setPrototypeOf(this, CommunityRefusedError.prototype);
  }
}

/** A person who can own a community: a site user (id), with name and e-mail. */
export interface ICommunityPerson {
  id: number;
  title: string;
  email?: string;
}

/** Communities of practice. */
export interface ICommunityService {
  /**
   * Active communities (the PMO also gets archived ones), by title, with members and next events; and
   * the user (`me`, a new community's owner unless the PMO chooses another).
   */
  communities(): Promise<{ communities: ICommunity[]; canManage: boolean; me?: ICommunityPerson }>;
  /**
   * People who can own a community: the PMO's people (the active Resources), whose name or e-mail
   * contains `text` (case aside), by name, at most 10; none for blank text.
   */
  people(text: string): Promise<ICommunityPerson[]>;
  /** Joins a community (idempotent; a concurrent second join of the same user is removed). */
  join(communityId: number): Promise<void>;
  /** Leaves a community (deletes the user's own membership items; nothing when not a member). */
  leave(communityId: number): Promise<void>;
  /** PMO: adds or updates a community (validated, refusals name the field; a new one without an owner is the user's); returns its id. */
  save(input: ICommunityInput): Promise<number>;
  /** PMO: archives a community (IsActive false; its members stay); with `etag` (as read), refused with 412 when it changed meanwhile. */
  archive(communityId: number, etag?: string): Promise<void>;
}

const C = CommunitiesList.fields;
const CM = CommunityMembersList.fields;
const PAGE = 5000;
const EVENT_LINE = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})Z$/;

/**
 * The events of a NextEvents text, one per line `YYYY-MM-DDTHH:mmZ | title | https://…`: lines without
 * a valid UTC time or a title are left out, links other than http(s) dropped; from `now` on, soonest first.
 */
export function parseEvents(value: string, now: Date): ICommunityEvent[] {
  const out: ICommunityEvent[] = [];
  for (const line of (value ?? '').split(/\r?\n/)) {
    const [when, title, url] = line.split('|').map(p => p.trim());
    const m = EVENT_LINE.exec(when ?? '');
    const t = m ? Date.parse(`${m[1]}:00Z`) : NaN;
    if (!m || isNaN(t) || !title) continue;
    if (t < now.getTime()) continue;
    out.push({ start: new Date(t).toISOString(), title, url: url && /^https?:\/\/\S+$/i.test(url) ? url : undefined });
  }
  return out.sort((a, b) => a.start.localeCompare(b.start));
}

/** The line numbers (1-based, ascending) of the NextEvents lines that are not valid events; empty when all are. */
export function invalidEventLines(value: string): number[] {
  const out: number[] = [];
  (value ?? '').split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const [when, title, url] = line.split('|').map(p => p.trim());
    const m = EVENT_LINE.exec(when ?? '');
    if (!m || isNaN(Date.parse(`${m[1]}:00Z`)) || !title || (url && !/^https?:\/\/\S+$/i.test(url))) out.push(i + 1);
  });
  return out;
}

/** The line number (1-based) of the first NextEvents line that is not a valid event, or 0. */
export function invalidEventLine(value: string): number {
  return invalidEventLines(value)[0] ?? 0;
}

/* eslint-disable @rushstack/no-new-null -- SharePoint REST answers null for empty columns */
type ICommunityItem = CheckedRow<'Communities', {
  Id: number; Title?: string | null; Summary?: string | null; CommunityTopic?: string | null; CommunityType?: string | null; IsActive?: boolean | null;
  TeamsLink?: { Url?: string | null } | null; NextEvents?: string | null; CommunityOwner?: { Id?: number; Title?: string | null; EMail?: string | null } | null;
}>;
type IMemberItem = CheckedRow<'CommunityMembers', { Id: number; CommunityId?: number | null; MemberId?: number | null; AuthorId?: number | null }>;
/* eslint-enable @rushstack/no-new-null */

/** {@link ICommunityService} over PnPjs. */
export class CommunityService implements ICommunityService {
  private readonly sp: SPFI;
  private readonly site: ISiteAddress;
  private readonly now: () => Date;

  public constructor(sp: SPFI, site: ISiteAddress, deps: { now?: () => Date } = {}) {
    this.sp = sp;
    this.site = site;
    this.now = deps.now ?? ((): Date => new Date());
  }

  private list(l: IListLocation): ListHandle {
    return listOn(this.sp, this.site, l);
  }

  private async me(): Promise<number> {
    return (await this.mePerson()).id;
  }

  private async mePerson(): Promise<ICommunityPerson> {
    const u = (await this.sp.web.currentUser.select('Id', 'Title', 'Email')()) as { Id: number; Title?: string; Email?: string };
    return { id: u.Id, title: u.Title ?? '', email: u.Email || undefined };
  }

  public async people(search: string): Promise<ICommunityPerson[]> {
    const needle = (search ?? '').trim().toLowerCase();
    if (!needle) return [];
    const R = ResourcesList.fields;
    const rows = (await this.list(ResourcesList).items.select(R.Id, R.IsActive, projected(R.ResourceUser, 'Id'), projected(R.ResourceUser, 'Title'), projected(R.ResourceUser, 'EMail'))
      .expand(R.ResourceUser).top(PAGE)()) as Array<{ IsActive?: boolean | null; ResourceUser?: { Id?: number; Title?: string | null; EMail?: string | null } | null }>; // eslint-disable-line @rushstack/no-new-null -- SharePoint REST answers null
    const found = new Map<number, ICommunityPerson>();
    for (const r of rows) {
      const u = r.ResourceUser;
      if (r.IsActive === false || !u || num(u.Id) === undefined) continue;
      const person = { id: u.Id as number, title: text(u.Title) ?? '', email: text(u.EMail) };
      if (`${person.title}\n${person.email ?? ''}`.toLowerCase().indexOf(needle) >= 0) found.set(person.id, person);
    }
    return Array.from(found.values()).sort((a, b) => a.title.localeCompare(b.title)).slice(0, 10);
  }

  private canManage(): Promise<boolean> {
    return this.list(CommunitiesList).currentUserHasPermissions(PermissionKind.EditListItems);
  }

  private async members(filter?: string): Promise<IMemberItem[]> {
    const out: IMemberItem[] = [];
    let q = this.list(CommunityMembersList).items.select(CM.Id, lookupId(CM.Community), lookupId(CM.Member), 'AuthorId').orderBy(CM.Id).top(PAGE);
    if (filter) q = q.filter(filter);
    for await (const page of q) out.push(...(page as IMemberItem[]));
    return out;
  }

  public async communities(): Promise<{ communities: ICommunity[]; canManage: boolean; me: ICommunityPerson }> {
    const [canManage, person, rows, members] = await Promise.all([
      this.canManage(), this.mePerson(),
      this.list(CommunitiesList).items.select(C.Id, C.Title, C.Summary, C.CommunityTopic, C.CommunityType, C.IsActive, C.TeamsLink, C.NextEvents,
        projected(C.CommunityOwner, 'Id'), projected(C.CommunityOwner, 'Title'), projected(C.CommunityOwner, 'EMail')).expand(C.CommunityOwner).top(PAGE)() as Promise<ICommunityItem[]>,
      this.members()
    ]);
    // A membership counts when its member is its author (SharePoint sets the author; join writes both).
    const valid = members.filter(m => num(m.MemberId) !== undefined && num(m.MemberId) === num(m.AuthorId));
    const me = person.id;
    const now = this.now();
    const communities = rows.filter(r => canManage || r.IsActive !== false).map(r => {
      const of = valid.filter(m => num(m.CommunityId) === r.Id);
      return {
        id: r.Id, title: text(r.Title) ?? '', summary: text(r.Summary), topic: text(r.CommunityTopic) ?? 'Other', type: text(r.CommunityType) ?? 'CommunityOfPractice',
        owner: r.CommunityOwner && num(r.CommunityOwner.Id) !== undefined ? { id: r.CommunityOwner.Id as number, title: text(r.CommunityOwner.Title) ?? '', email: text(r.CommunityOwner.EMail) } : undefined,
        teamsLink: text(r.TeamsLink?.Url), active: r.IsActive !== false,
        members: new Set(of.map(m => m.MemberId)).size, isMember: of.some(m => m.MemberId === me),
        nextEvents: parseEvents(r.NextEvents ?? '', now), eventsText: r.NextEvents ?? '', etag: etagOf(r as { 'odata.etag'?: string })
      };
    }).sort((a, b) => a.title.localeCompare(b.title));
    return { communities, canManage, me: person };
  }

  public async join(communityId: number): Promise<void> {
    const me = await this.me();
    const exists = (await this.list(CommunitiesList).items.select(C.Id, C.IsActive).filter(`${C.Id} eq ${Number(communityId) || 0}`).top(1)()) as ICommunityItem[];
    if (!exists[0] || exists[0].IsActive === false) throw new CommunityRefusedError('notFound', 'community');
    const filter = `${lookupId(CM.Community)} eq ${communityId} and AuthorId eq ${me}`;
    if ((await this.members(filter)).some(m => m.MemberId === me)) return;
    const added = (await this.list(CommunityMembersList).items.add({ [CM.Title]: `${communityId}`, [lookupId(CM.Community)]: communityId, [lookupId(CM.Member)]: me })) as { Id: number };
    // A second join of the same user at the same time: the earlier item stands.
    if ((await this.members(filter)).some(m => m.MemberId === me && m.Id < added.Id)) await this.list(CommunityMembersList).items.getById(added.Id).delete();
  }

  public async leave(communityId: number): Promise<void> {
    const me = await this.me();
    for (const m of await this.members(`${lookupId(CM.Community)} eq ${Number(communityId) || 0} and AuthorId eq ${me}`)) await this.list(CommunityMembersList).items.getById(m.Id).delete();
  }

  public async save(input: ICommunityInput): Promise<number> {
    if (!(await this.canManage())) throw new CommunityRefusedError('notPermitted', 'community');
    if (!(input.title ?? '').trim()) throw new CommunityRefusedError('required', 'title');
    if (isTooLong(input.title)) throw new CommunityRefusedError('tooLong', 'title');
    if (CommunitiesList.choices.CommunityTopic.indexOf(input.topic) < 0) throw new CommunityRefusedError('invalid', 'topic');
    if (input.teamsLink && !/^https:\/\/\S+$/i.test(input.teamsLink)) throw new CommunityRefusedError('invalid', 'teamsLink');
    if (invalidEventLine(input.nextEvents ?? '') > 0) throw new CommunityRefusedError('invalid', `nextEvents.${invalidEventLine(input.nextEvents ?? '')}`);
    // Two communities under one name (archived ones included) could not be told apart: the one that has it is named.
    const rows = (await this.list(CommunitiesList).items.select(C.Id, C.Title).top(PAGE)()) as ICommunityItem[];
    const same = rows.filter(r => r.Id !== input.id && (text(r.Title) ?? '').trim().toLowerCase() === input.title.trim().toLowerCase())[0];
    if (same) throw new CommunityRefusedError('taken', 'title', text(same.Title));
    const values: Record<string, unknown> = {
      [C.Title]: input.title.trim(), [C.Summary]: input.summary ?? null, [C.CommunityTopic]: input.topic, [lookupId(C.CommunityOwner)]: input.ownerId ?? null,
      [C.TeamsLink]: input.teamsLink ? { Url: input.teamsLink, Description: input.title.trim() } : null, [C.NextEvents]: input.nextEvents ?? null
    };
    if (input.id !== undefined) {
      await this.list(CommunitiesList).items.getById(input.id).update(values, input.etag);
      return input.id;
    }
    // A new community without an owner chosen is its creator's.
    if (input.ownerId === undefined) values[lookupId(C.CommunityOwner)] = await this.me();
    return ((await this.list(CommunitiesList).items.add({ ...values, [C.IsActive]: true })) as { Id: number }).Id;
  }

  public async archive(communityId: number, etag?: string): Promise<void> {
    if (!(await this.canManage())) throw new CommunityRefusedError('notPermitted', 'community');
    await this.list(CommunitiesList).items.getById(communityId).update({ [C.IsActive]: false }, etag);
  }
}
