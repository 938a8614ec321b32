/**
 * Communities of practice against the workbench: the seeded communities with topics, members and next
 * events; anyone joins and leaves (their own membership item, also when joining twice at once); nobody
 * removes another person's membership (403); only the PMO maintains communities, validated by field.
 */
import { startWorkbench, type IWorkbench } from '../../workbench';
import { localEnvironment } from './environment';
import { describeError } from './errors';
import { createPmoServices, type IPmoServices } from './index';
import { invalidEventLine, invalidEventLines, parseEvents, type ICommunity } from './CommunityService';
import type { SPFI } from '../platform/pnp';
import { CommunityMembersList } from '../schema/refs';

jest.setTimeout(300_000);

let wb: IWorkbench;

const PMO = 'anna.schmidt@pmohub.demo';
const THOMAS = 'thomas.wright@pmohub.demo';
const LENA = 'lena.hoffmann@pmohub.demo';

const as = (user: string): IPmoServices => createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user }), {});
const spOf = (user: string): SPFI => localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user, schemaGuard: false }).sp;

beforeAll(async () => {
  wb = await startWorkbench({ port: 0, memory: true, site: false, projects: 20 });
  await wb.ready;
});

afterAll(async () => {
  await wb?.stop();
});

describe('communities of practice', () => {
  it('lists the active communities with topic, members and next events; the PMO also sees archived ones', async () => {
    const mine = await as(LENA).communities.communities();
    expect(mine.canManage).toBe(false);
    expect(mine.communities.length).toBe(4);
    expect(mine.communities.every(c => c.active && c.members > 0)).toBe(true);
    expect(new Set(mine.communities.map(c => c.topic))).toEqual(new Set(['Classic', 'Agile', 'Risk', 'Other']));
    expect(mine.communities.some(c => c.nextEvents.length > 0 && c.nextEvents.every(e => /^https:\/\//.test(e.url ?? 'https://')))).toBe(true);
    const pmo = await as(PMO).communities.communities();
    expect(pmo.canManage).toBe(true);
    expect(pmo.communities.filter(c => !c.active)).toHaveLength(1);
  });

  it('lets anyone join once (also twice at the same time) and leave, and nobody remove another person\'s membership', async () => {
    const before = await as(THOMAS).communities.communities();
    const target = before.communities.filter(c => !c.isMember)[0];
    await Promise.all([as(THOMAS).communities.join(target.id), as(THOMAS).communities.join(target.id)]);
    const joined = (await as(THOMAS).communities.communities()).communities.filter(c => c.id === target.id)[0];
    expect(joined).toMatchObject({ isMember: true, members: target.members + 1 });
    const rows = (await spOf(THOMAS).web.getList(`/sites/pmo/${CommunityMembersList.url}`).items.select('Id', 'AuthorId').filter(`CommunityId eq ${target.id}`)()) as Array<{ Id: number }>;
    const own = rows.slice(-1)[0];
    const refused = await spOf(LENA).web.getList(`/sites/pmo/${CommunityMembersList.url}`).items.getById(own.Id).delete().catch((e: unknown) => e);
    expect(describeError(refused)).toMatchObject({ kind: 'forbidden', status: 403 });
    await as(THOMAS).communities.leave(target.id);
    expect((await as(THOMAS).communities.communities()).communities.filter(c => c.id === target.id)[0]).toMatchObject({ isMember: false, members: target.members });
  });

  it('lets only the PMO save and archive a community, naming the field it refuses', async () => {
    const input = { title: 'Benefits Circle', topic: 'Benefits', summary: 'Benefit owners meet quarterly.', nextEvents: '2099-01-15T15:00Z | Kick-off | https://teams.microsoft.com/l/meetup-join/x' };
    await expect(as(LENA).communities.save(input)).rejects.toMatchObject({ refusal: 'notPermitted' });
    await expect(as(PMO).communities.save({ ...input, topic: 'Gardening' })).rejects.toMatchObject({ refusal: 'invalid', field: 'topic' });
    await expect(as(PMO).communities.save({ ...input, nextEvents: 'soon | Kick-off' })).rejects.toMatchObject({ refusal: 'invalid', field: 'nextEvents.1' });
    const id = await as(PMO).communities.save(input);
    const saved = (await as(LENA).communities.communities()).communities.filter(c => c.id === id)[0];
    expect(saved).toMatchObject({ title: 'Benefits Circle', topic: 'Benefits', members: 0, nextEvents: [{ start: '2099-01-15T15:00:00.000Z', title: 'Kick-off', url: 'https://teams.microsoft.com/l/meetup-join/x' }] });
    await as(PMO).communities.archive(id);
    expect((await as(LENA).communities.communities()).communities.some(c => c.id === id)).toBe(false);
    // Another community under the same name (archived ones count, case aside) is refused naming it; saving the same one again is not.
    await expect(as(PMO).communities.save({ ...input, title: ' benefits circle ' })).rejects.toMatchObject({ refusal: 'taken', field: 'title', takenBy: 'Benefits Circle' });
    await expect(as(PMO).communities.save({ ...input, id })).resolves.toBe(id);
  });

  it('refuses a community saved or archived from a page read before another save, as a conflict, and writes nothing', async () => {
    const pmo = as(PMO).communities;
    const id = await pmo.save({ title: 'Stale saves circle', topic: 'Classic' });
    const read = async (): Promise<ICommunity> => (await pmo.communities()).communities.filter(c => c.id === id)[0];
    const [a, b] = [await read(), await read()];
    expect(a.etag).toBeTruthy();
    await pmo.save({ id, etag: a.etag, title: 'Stale saves circle', topic: 'Classic', summary: 'Saved first' });
    expect(describeError(await pmo.save({ id, etag: b.etag, title: 'Stale saves circle', topic: 'Classic', summary: 'Saved second' }).catch((e: unknown) => e)).kind).toBe('conflict');
    expect(describeError(await pmo.archive(id, b.etag).catch((e: unknown) => e)).kind).toBe('conflict');
    expect(await read()).toMatchObject({ summary: 'Saved first', active: true });
    await pmo.archive(id, (await read()).etag);
    expect((await read()).active).toBe(false);
  });

  it('makes a new community its creator\'s unless the PMO chooses another owner among the PMO\'s people, whose e-mail the card links', async () => {
    const pmo = as(PMO).communities;
    const { me } = await pmo.communities();
    expect(me).toMatchObject({ title: expect.any(String), email: PMO });
    const mine = await pmo.save({ title: 'Owner test: default', topic: 'Classic' });
    expect((await pmo.communities()).communities.filter(c => c.id === mine)[0].owner).toEqual({ id: me?.id, title: me?.title, email: PMO });
    const found = await pmo.people('thomas');
    expect(found.map(p => p.email)).toContain(THOMAS);
    expect(await pmo.people('   ')).toEqual([]);
    const thomas = found.filter(p => p.email === THOMAS)[0];
    const theirs = await pmo.save({ title: 'Owner test: chosen', topic: 'Agile', ownerId: thomas.id });
    expect((await as(LENA).communities.communities()).communities.filter(c => c.id === theirs)[0].owner).toMatchObject({ id: thomas.id, email: THOMAS });
  });

  it('reads next events from their lines: UTC times, past ones and unsafe links left out', () => {
    const now = new Date('2026-11-01T00:00:00Z');
    const text = '2026-11-10T15:00Z | Meetup | https://teams.microsoft.com/x\n2026-10-01T15:00Z | Past\n2026-12-01T09:00Z | Workshop | javascript:alert(1)\nnot a line';
    expect(parseEvents(text, now)).toEqual([
      { start: '2026-11-10T15:00:00.000Z', title: 'Meetup', url: 'https://teams.microsoft.com/x' },
      { start: '2026-12-01T09:00:00.000Z', title: 'Workshop', url: undefined }
    ]);
    expect(invalidEventLine(text)).toBe(3);
    expect(invalidEventLine('2026-11-10T15:00Z | Meetup')).toBe(0);
    expect(invalidEventLines(`${text}\n\n2026-12-01T09:00Z |\n2026-12-02T09:00Z | Fine`)).toEqual([3, 4, 6]);
    expect(invalidEventLines('2026-11-10T15:00Z | Meetup')).toEqual([]);
  });
});

describe('what SharePoint cannot hold (found by reliability.fuzz)', () => {
  it('refuses a name over 255 characters naming the field, instead of passing SharePoint\'s 400', async () => {
    await expect(as(PMO).communities.save({ title: `${'z'.repeat(254)}📈`, topic: 'Agile' })).rejects.toMatchObject({ refusal: 'tooLong', field: 'title' });
  });
});
