/**
 * Big lists through the real PnPjs: paging 12,000 items (top(5000) and the async iterator), the
 * 5,000-item list view threshold, indexing, and a 100-operation $batch.
 * Rows are seeded with the test-only `seedItems` (one SQLite transaction); every READ goes through PnPjs.
 */
import { startEmulator } from './index';
import { seedItems, spErrorOf } from './testing';
import { localEnvironment } from '../../src/services/environment';
import type { SPFI } from '../../src/platform/pnp';

type Site = Awaited<ReturnType<typeof startEmulator>>;
let site: Site;
let sp: SPFI;

beforeAll(async () => {
  site = await startEmulator({ port: 0 });
  sp = localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, retries: 2 }).sp;
});
afterAll(async () => {
  await site.stop();
});


describe('paging 12,000 items', () => {
  beforeAll(async () => {
    await sp.web.lists.add('Paged');
    await sp.web.lists.getByTitle('Paged').fields.addNumber('Seq');
    seedItems(site.emulator, 'Paged', Array.from({ length: 12000 }, (_, i) => ({ Title: `Row ${i + 1}`, Seq: i + 1 })));
  });

  it('returns at most 5,000 rows per request and a SharePoint next link', async () => {
    const first = await sp.web.lists.getByTitle('Paged').items.top(5000)();
    expect(first).toHaveLength(5000);
    expect(first[0].Id).toBe(1);
    expect(first[4999].Id).toBe(5000);
    const res = await fetch(`${site.siteUrl}/_api/web/lists/getByTitle('Paged')/items?$top=5000&$select=Id`, { headers: { Accept: 'application/json' } });
    const body = await res.json() as { 'odata.nextLink': string };
    expect(decodeURIComponent(body['odata.nextLink'])).toContain('$skiptoken=Paged=TRUE&p_ID=5000');
    const next = await sp.web.lists.getByTitle('Paged').items.top(5000).skip(5000)();
    expect(next[0].Id).toBe(5001);
    // more than 5,000 rows in one page of a big list is refused, like SharePoint does
    await expect(sp.web.lists.getByTitle('Paged').items.top(6000)()).rejects.toMatchObject({ status: 500 });
  });

  it('pages through every item with the async iterator, no duplicates and no gaps', async () => {
    const seen: number[] = [];
    let pages = 0;
    for await (const page of sp.web.lists.getByTitle('Paged').items.select('Id', 'Seq').top(5000)) {
      pages++;
      for (const row of page as Array<{ Id: number; Seq: number }>) {
        expect(row.Seq).toBe(row.Id);
        seen.push(row.Id);
      }
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(12000);
    expect(new Set(seen).size).toBe(12000);
    expect(seen[0]).toBe(1);
    expect(seen[11999]).toBe(12000);
  });
});

describe('the list view threshold', () => {
  beforeAll(async () => {
    await sp.web.lists.add('Big');
    const f = sp.web.lists.getByTitle('Big').fields;
    await f.addText('Code');
    await f.createFieldAsXml('<Field Type="Number" Name="Bucket" DisplayName="Bucket" Indexed="TRUE" />');
    await f.addChoice('Status', { Choices: ['Open', 'Closed'] });
    seedItems(site.emulator, 'Big', Array.from({ length: 6000 }, (_, i) => ({ Title: `Item ${i}`, Code: `C${i}`, Bucket: i % 100, Status: i % 2 ? 'Open' : 'Closed' })));
  });

  it('fails a filter on an unindexed column of a 6,000-item list with SharePoint\'s error', async () => {
    const e = await spErrorOf(sp.web.lists.getByTitle('Big').items.filter("Code eq 'C42'")());
    expect(e).toEqual({
      status: 500,
      code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      message: 'The attempted operation is prohibited because it exceeds the list view threshold.'
    });
    expect((await spErrorOf(sp.web.lists.getByTitle('Big').items.filter("Code eq 'C3' and Bucket eq 3")())).status).toBe(500);
    expect((await spErrorOf(sp.web.lists.getByTitle('Big').items.orderBy('Code')())).status).toBe(500);
    // an indexed first clause that still matches more than 5,000 items fails too
    expect((await spErrorOf(sp.web.lists.getByTitle('Big').items.filter('Bucket ge 0')())).status).toBe(500);
  });

  it('answers when the first clause is indexed and narrows to 5,000 or fewer, and ID ordering/paging always works', async () => {
    const rows = await sp.web.lists.getByTitle('Big').items.filter("Bucket eq 3 and Code eq 'C103'").select('Code')();
    expect(rows.map(r => r.Code)).toEqual(['C103']);
    expect(await sp.web.lists.getByTitle('Big').items.filter('Bucket eq 7').top(5000)()).toHaveLength(60);
    const byId = await sp.web.lists.getByTitle('Big').items.orderBy('ID', false).top(2).select('Id')();
    expect(byId.map(r => r.Id)).toEqual([6000, 5999]);
  });

  it('works after the column is indexed (field MERGE Indexed=true)', async () => {
    await sp.web.lists.getByTitle('Big').fields.getByInternalNameOrTitle('Code').update({ Indexed: true });
    const rows = await sp.web.lists.getByTitle('Big').items.filter("Code eq 'C42'").select('Id', 'Code')();
    expect(rows).toEqual([expect.objectContaining({ Id: 43, Code: 'C42' })]);
    const big = site.emulator.db.prepare("SELECT id FROM lists WHERE title = 'Big'").get() as { id: number };
    const plan = site.emulator.db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM items WHERE items.list_id = ${big.id} AND (json_extract(items.data, '$."Code"') COLLATE NOCASE) = 'C42'`).all() as Array<{ detail: string }>;
    expect(plan.map(p => p.detail).join(' ')).toMatch(/USING (COVERING )?INDEX ix_f_/);
  });

  it('keeps field indexes partial (one list each) and the emulator\'s own item queries use them', async () => {
    const db = site.emulator.db;
    const big = db.prepare("SELECT id FROM lists WHERE title = 'Big'").get() as { id: number };
    const indexes = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND name LIKE 'ix_f_%'").all() as Array<{ name: string; sql: string }>;
    expect(indexes.length).toBeGreaterThan(0);
    // every field index holds the rows of its own list only, so inserts into other lists never maintain it
    for (const ix of indexes) expect(`${ix.name}: ${ix.sql.slice(ix.sql.lastIndexOf(' WHERE '))}`).toBe(`${ix.name}:  WHERE list_id = ${ix.name.split('_')[2]}`);
    const bucketIx = indexes.filter(ix => ix.name.startsWith(`ix_f_${big.id}_`) && ix.sql.indexOf('"Bucket"') >= 0);
    expect(bucketIx).toHaveLength(1);
    // the statement queryItems prepares for `$filter=Bucket eq 7` (list id inlined, `+items.id` ordering)
    const sql = `SELECT items.*, EXISTS (SELECT 1 FROM attachments a WHERE a.list_id = items.list_id AND a.item_id = items.id) AS has_att FROM items WHERE items.list_id = ${big.id} AND (json_extract(items.data, '$."Bucket"') COLLATE NOCASE) = ? ORDER BY +items.id ASC LIMIT 101`;
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(7) as Array<{ detail: string }>).map(p => p.detail).join(' ');
    expect(plan).toContain(`INDEX ${bucketIx[0].name}`);
    // and the answers through PnPjs are the indexed ones, also when ordering by the indexed column
    const rows = await sp.web.lists.getByTitle('Big').items.filter('Bucket eq 7').orderBy('Bucket').orderBy('ID', false).select('Id').top(3)();
    expect(rows.map(r => r.Id)).toEqual([5908, 5808, 5708]);
  });
});

describe('$batch', () => {
  it('runs a 100-operation PnPjs batch (adds, updates and reads) atomically per changeset', async () => {
    await sp.web.lists.add('Batched');
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('Batched');
    const adds = Array.from({ length: 90 }, (_, i) => list.items.add({ Title: `B${i}` }));
    const reads = Array.from({ length: 10 }, () => batched.web.lists.getByTitle('Batched').select('Title')());
    await execute();
    const added = await Promise.all(adds);
    const ids = added.map(a => a.Id as number);
    expect(new Set(ids).size).toBe(90);
    expect((await Promise.all(reads)).every(r => r.Title === 'Batched')).toBe(true);
    expect((await sp.web.lists.getByTitle('Batched').select('ItemCount')()).ItemCount).toBe(90);

    // one HTTP $batch carrying 120 operations in one changeset
    const [big, execBig] = sp.batched({ maxRequests: 150 });
    const many = Array.from({ length: 120 }, (_, i) => big.web.lists.getByTitle('Batched').items.add({ Title: `M${i}` }));
    await execBig();
    expect(new Set((await Promise.all(many)).map(a => a.Id)).size).toBe(120);
    expect((await sp.web.lists.getByTitle('Batched').select('ItemCount')()).ItemCount).toBe(210);

    const [b2, exec2] = sp.batched();
    const updates = ids.slice(0, 100).map(id => b2.web.lists.getByTitle('Batched').items.getById(id).update({ Title: `U${id}` }));
    await exec2();
    expect((await Promise.all(updates)).every(u => u.etag === '"2"')).toBe(true);
    const titles = await sp.web.lists.getByTitle('Batched').items.select('Title').top(90)();
    expect(titles.every(t => (t.Title as string).startsWith('U'))).toBe(true);
  });
});
