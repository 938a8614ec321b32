/**
 * The SQLite store: WAL on files, a schema version table, re-opening without re-seeding, the
 * v1 → v2 migration (item counts kept in `lists`), v3 → v4 (partial field indexes) and v5 (library files).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, STORE_SCHEMA_VERSION } from './store';

describe('store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pmo-store-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a WAL database with the schema version and the blank site, and re-opens it as is', () => {
    const file = join(dir, 'a.db');
    const db = openStore(file, 'PMO');
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect((db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number }).v).toBe(STORE_SCHEMA_VERSION);
    expect(db.prepare("SELECT id, login FROM principals WHERE kind = 'group' ORDER BY id").all().map(r => (r as { login: string }).login)).toEqual(['PMO Owners', 'PMO Visitors', 'PMO Members']);
    db.prepare("UPDATE web SET title = 'Changed'").run();
    db.close();
    const again = openStore(file, 'Other title');
    expect((again.prepare('SELECT title FROM web').get() as { title: string }).title).toBe('Changed');
    expect((again.prepare('SELECT COUNT(*) AS c FROM principals').get() as { c: number }).c).toBe(4);
    again.close();
  });

  it('migrates a version 1 store: item counts are computed and Limited Access gets SharePoint\'s mask', () => {
    const file = join(dir, 'b.db');
    const db = openStore(file, 'PMO');
    // turn it back into a version 1 store
    db.exec(`INSERT INTO lists (guid, title, url, description, template, props, next_item_id, created, modified) VALUES ('g1', 'L', 'Lists/L', '', 100, '{}', 3, '', '')`);
    db.exec(`INSERT INTO items (list_id, id, guid, data, author, editor, created, modified, version) VALUES (1, 1, 'a', '{}', 6, 6, '', '', 1), (1, 2, 'b', '{}', 6, 6, '', '', 1)`);
    db.exec('ALTER TABLE lists DROP COLUMN item_count');
    db.exec('DROP INDEX items_unique');
    db.exec('UPDATE role_defs SET high = 176, low = 138612801 WHERE id = 1073741825');
    db.exec('DELETE FROM schema_version WHERE version >= 2');
    db.exec('DROP TABLE item_versions');
    db.exec('DROP TABLE files');
    db.close();
    const migrated = openStore(file, 'PMO');
    expect((migrated.prepare('SELECT item_count FROM lists WHERE id = 1').get() as { item_count: number }).item_count).toBe(2);
    expect(migrated.prepare('SELECT high, low FROM role_defs WHERE id = 1073741825').get()).toEqual({ high: 48, low: 134287360 });
    expect(migrated.prepare("SELECT name FROM sqlite_schema WHERE name = 'items_unique'").get()).toEqual({ name: 'items_unique' });
    expect((migrated.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number }).v).toBe(STORE_SCHEMA_VERSION);
    expect(migrated.prepare("SELECT name FROM sqlite_schema WHERE name = 'item_versions'").get()).toEqual({ name: 'item_versions' });
    expect(migrated.prepare("SELECT name FROM sqlite_schema WHERE name = 'files'").get()).toEqual({ name: 'files' });
    migrated.close();
  });

  it('migrates a version 3 store: field indexes over every list become partial indexes of their own list, still used by queries', () => {
    const file = join(dir, 'c.db');
    const db = openStore(file, 'PMO');
    db.exec(`INSERT INTO lists (guid, title, url, description, template, props, next_item_id, created, modified) VALUES ('g1', 'L', 'Lists/L', '', 100, '{}', 3, '', ''), ('g2', 'M', 'Lists/M', '', 100, '{}', 2, '', '')`);
    db.exec(`INSERT INTO items (list_id, id, guid, data, author, editor, created, modified, version) VALUES (1, 1, 'a', '{"Code":"A"}', 6, 6, '', '', 1), (1, 2, 'b', '{"Code":"B"}', 6, 6, '', '', 1), (2, 1, 'c', '{"Code":"A"}', 6, 6, '', '', 1)`);
    // the index as stores up to v3 made it: all lists' rows, list_id as the first column
    db.exec(`CREATE INDEX "ix_f_1_0a1b" ON items (list_id, json_extract(data, '$."Code"') COLLATE NOCASE, id)`);
    db.exec(`CREATE INDEX "ix_f_2_0c2d" ON items (list_id, created, id)`);
    db.exec('DELETE FROM schema_version WHERE version >= 4');
    db.exec('DROP TABLE files');
    db.close();
    const migrated = openStore(file, 'PMO');
    const sqlOf = (name: string): string => (migrated.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').get(name) as { sql: string }).sql;
    expect(sqlOf('ix_f_1_0a1b')).toBe(`CREATE INDEX "ix_f_1_0a1b" ON items (json_extract(data, '$."Code"') COLLATE NOCASE, id) WHERE list_id = 1`);
    expect(sqlOf('ix_f_2_0c2d')).toBe('CREATE INDEX "ix_f_2_0c2d" ON items (created, id) WHERE list_id = 2');
    const q = `SELECT id FROM items WHERE items.list_id = 1 AND (json_extract(items.data, '$."Code"') COLLATE NOCASE) = 'b'`;
    const plan = (migrated.prepare(`EXPLAIN QUERY PLAN ${q}`).all() as Array<{ detail: string }>).map(p => p.detail).join(' ');
    expect(plan).toMatch(/USING (COVERING )?INDEX ix_f_1_0a1b/);
    expect(migrated.prepare(q).all()).toEqual([{ id: 2 }]);
    expect((migrated.prepare("SELECT stat FROM sqlite_stat1 WHERE idx = 'ix_f_1_0a1b'").get() as { stat: string }).stat).toBe('100000 10 1');
    expect((migrated.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number }).v).toBe(STORE_SCHEMA_VERSION);
    migrated.close();
  });
});
