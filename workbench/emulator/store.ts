/**
 * The emulator's SQLite store.
 *
 * Storage design for list items (why a JSON column plus expression indexes):
 * - One table `items` holds the rows of every list: fixed columns for what every SharePoint item has
 *   (ID, Author, Editor, Created, Modified, version) and one JSON document (`data`) with the values
 *   of the list's own fields, keyed by field InternalName.
 * - Adding or removing a field never rewrites the table (no ALTER TABLE per list, no table per list),
 *   which keeps provisioning fast and upgrades trivial.
 * - When SharePoint would index a column (field `Indexed=true`), the emulator creates a partial
 *   SQLite expression index `ON items(json_extract(data,'$."Field"') COLLATE NOCASE, id) WHERE list_id = <list>`.
 *   Being partial, it holds (and an insert maintains) only the rows of its own list, whatever the
 *   number of indexed columns on the site. Queries compile filters to the very same expression and
 *   inline the list id as a literal (`items.list_id = 7`, not `?`: SQLite uses a partial index only
 *   when it can prove the index's WHERE from the query's WHERE while planning; with a bound `?` it
 *   must re-plan the statement for every new value, or cannot use the index), so an indexed filter
 *   over 100,000 rows is a B-tree range scan, exactly the case SharePoint makes fast.
 * - The primary key (list_id, id) doubles as the ID index, so ID ordering and `p_ID` paging are
 *   always index scans, as in SharePoint.
 *
 * Durability: WAL journal, synchronous=NORMAL. In WAL mode a COMMIT is in the OS before `exec`
 * returns, so a killed process (SIGKILL) never loses a committed transaction; only a power loss
 * may lose the last commits. Every write request is one BEGIN IMMEDIATE ... COMMIT and the HTTP
 * response is written after COMMIT.
 */
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { randomUUID } from 'node:crypto';
import { siteOwner, claimsLogin } from '../directory/index';

/** Version of the emulator's storage schema (table `schema_version`). */
export const STORE_SCHEMA_VERSION: number = 5;

/** Well-known role definition ids and masks of SharePoint Online. */
export interface IRoleDefSeed { id: number; name: string; description: string; kind: number; order: number; high: number; low: number }

export const ROLE_DEFINITIONS: ReadonlyArray<IRoleDefSeed> = [
  { id: 1073741829, name: 'Full Control', description: 'Has full control.', kind: 5, order: 1, high: 2147483647, low: 4294967295 },
  { id: 1073741828, name: 'Design', description: 'Can view, add, update, delete, approve, and customize.', kind: 4, order: 32, high: 432, low: 1012866047 },
  { id: 1073741830, name: 'Edit', description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.', kind: 6, order: 48, high: 432, low: 1011030767 },
  { id: 1073741827, name: 'Contribute', description: 'Can view, add, update, and delete list items and documents.', kind: 3, order: 64, high: 432, low: 1011028719 },
  { id: 1073741826, name: 'Read', description: 'Can view pages and list items and download documents.', kind: 2, order: 128, high: 176, low: 138612833 },
  { id: 1073741825, name: 'Limited Access', description: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.', kind: 1, order: 160, high: 48, low: 134287360 }
];

/** Runs `fn` inside BEGIN IMMEDIATE ... COMMIT (ROLLBACK on throw). Nested calls join the outer transaction. */
export function transaction<T>(db: DatabaseSync, fn: () => T): T {
  if (db.isTransaction) return fn();
  db.exec('BEGIN IMMEDIATE');
  try {
    const r = fn();
    db.exec('COMMIT');
    return r;
  } catch (e) {
    db.exec('ROLLBACK');
    for (const cb of rollbackListeners) cb(db);
    throw e;
  }
}

const rollbackListeners: Array<(db: DatabaseSync) => void> = [];

/** Registers a callback run after every ROLLBACK done by {@link transaction} or a $batch changeset (caches drop uncommitted state). */
export function onRollback(cb: (db: DatabaseSync) => void): void {
  rollbackListeners.push(cb);
}

/** Notifies the rollback listeners (for code that issues ROLLBACK itself). */
export function notifyRollback(db: DatabaseSync): void {
  for (const cb of rollbackListeners) cb(db);
}

/** Opens (and creates or migrates) the store. */
export function openStore(path: string, siteTitle: string): DatabaseSync {
  const db = new DatabaseSync(path);
  if (path !== ':memory:') db.exec('PRAGMA journal_mode=WAL');
  db.exec('PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF; PRAGMA busy_timeout=5000;');
  db.exec(`CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied TEXT NOT NULL)`);
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null } | undefined;
  const current = row?.v ?? 0;
  if (current < 1) {
    transaction(db, () => {
      db.exec(`
        CREATE TABLE web (id TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL, created TEXT NOT NULL, props TEXT NOT NULL);
        CREATE TABLE lists (
          id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, title TEXT NOT NULL, url TEXT NOT NULL,
          description TEXT NOT NULL, template INTEGER NOT NULL, props TEXT NOT NULL, next_item_id INTEGER NOT NULL,
          created TEXT NOT NULL, modified TEXT NOT NULL, has_unique INTEGER NOT NULL DEFAULT 0, item_count INTEGER NOT NULL DEFAULT 0);
        CREATE UNIQUE INDEX lists_title ON lists (title COLLATE NOCASE);
        CREATE TABLE fields (list_id INTEGER NOT NULL, pos INTEGER NOT NULL, internal_name TEXT NOT NULL COLLATE NOCASE, guid TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (list_id, internal_name));
        CREATE TABLE views (list_id INTEGER NOT NULL, guid TEXT NOT NULL, title TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (list_id, guid));
        CREATE TABLE items (
          list_id INTEGER NOT NULL, id INTEGER NOT NULL, guid TEXT NOT NULL, data TEXT NOT NULL,
          author INTEGER NOT NULL, editor INTEGER NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL,
          version INTEGER NOT NULL, has_unique INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (list_id, id)) WITHOUT ROWID;
        CREATE INDEX items_author ON items (list_id, author, id);
        CREATE INDEX items_unique ON items (list_id, id) WHERE has_unique = 1;
        CREATE TABLE attachments (list_id INTEGER NOT NULL, item_id INTEGER NOT NULL, name TEXT NOT NULL COLLATE NOCASE, content BLOB NOT NULL, PRIMARY KEY (list_id, item_id, name));
        CREATE TABLE principals (
          id INTEGER PRIMARY KEY, kind TEXT NOT NULL, login TEXT NOT NULL UNIQUE COLLATE NOCASE, title TEXT NOT NULL,
          email TEXT NOT NULL, is_admin INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
        CREATE TABLE group_members (group_id INTEGER NOT NULL, user_id INTEGER NOT NULL, PRIMARY KEY (group_id, user_id));
        CREATE TABLE role_defs (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, description TEXT NOT NULL, kind INTEGER NOT NULL, ord INTEGER NOT NULL, high INTEGER NOT NULL, low INTEGER NOT NULL);
        CREATE TABLE role_assignments (scope TEXT NOT NULL, principal_id INTEGER NOT NULL, roledef_id INTEGER NOT NULL, PRIMARY KEY (scope, principal_id, roledef_id));
      `);
      seedSite(db, siteTitle);
      db.prepare('INSERT INTO schema_version (version, applied) VALUES (?, ?)').run(1, new Date().toISOString());
    });
  }
  if (current < 2) {
    // v2: O(1) item counts, an index for items with unique permissions, SharePoint's Limited Access mask
    transaction(db, () => {
      const cols = (db.prepare('PRAGMA table_info(lists)').all() as Array<{ name: string }>).map(c => c.name);
      if (cols.indexOf('item_count') < 0) {
        db.exec('ALTER TABLE lists ADD COLUMN item_count INTEGER NOT NULL DEFAULT 0');
        db.exec('UPDATE lists SET item_count = (SELECT COUNT(*) FROM items WHERE items.list_id = lists.id)');
      }
      db.exec('CREATE INDEX IF NOT EXISTS items_unique ON items (list_id, id) WHERE has_unique = 1');
      db.prepare('UPDATE role_defs SET high = 48, low = 134287360 WHERE id = 1073741825').run();
      db.prepare('INSERT INTO schema_version (version, applied) VALUES (?, ?)').run(2, new Date().toISOString());
    });
  }
  if (current < 3) {
    // v3: item version history (lists with versioning keep the previous versions of an item)
    transaction(db, () => {
      db.exec(`CREATE TABLE IF NOT EXISTS item_versions (
        list_id INTEGER NOT NULL, item_id INTEGER NOT NULL, version INTEGER NOT NULL, data TEXT NOT NULL,
        editor INTEGER NOT NULL, modified TEXT NOT NULL, PRIMARY KEY (list_id, item_id, version)) WITHOUT ROWID`);
      db.prepare('INSERT INTO schema_version (version, applied) VALUES (?, ?)').run(3, new Date().toISOString());
    });
  }
  if (current < 4) {
    // v4: field indexes are partial (one list each), so an insert maintains only its own list's indexes
    transaction(db, () => {
      rebuildFieldIndexes(db);
      db.prepare('INSERT INTO schema_version (version, applied) VALUES (?, ?)').run(4, new Date().toISOString());
    });
  }
  if (current < 5) {
    // v5: files of document libraries (the file of library item `item_id`, in the library's root folder)
    transaction(db, () => {
      db.exec(`CREATE TABLE IF NOT EXISTS files (
        list_id INTEGER NOT NULL, item_id INTEGER NOT NULL, name TEXT NOT NULL COLLATE NOCASE, unique_id TEXT NOT NULL, content BLOB NOT NULL,
        PRIMARY KEY (list_id, item_id)) WITHOUT ROWID;
        CREATE UNIQUE INDEX IF NOT EXISTS files_name ON files (list_id, name)`);
      db.prepare('INSERT INTO schema_version (version, applied) VALUES (?, ?)').run(5, new Date().toISOString());
    });
  }
  ensurePlannerStats(db);
  return db;
}

/**
 * The statement that creates a field index: partial, on the rows of one list only. The list id is
 * inlined (it is our own integer), and item queries inline it too, so that the planner can prove the
 * index's WHERE from the query's WHERE when the statement is prepared.
 */
export function fieldIndexSql(name: string, listId: number, expr: string): string {
  if (!Number.isInteger(listId)) throw new Error(`Invalid list id ${String(listId)}`);
  return `CREATE INDEX IF NOT EXISTS "${name}" ON items (${expr}, id) WHERE list_id = ${listId}`;
}

/** True when an index's stored SQL is the current (partial) form of a field index. */
export function isPartialFieldIndex(sql: string | null | undefined): boolean {
  return typeof sql === 'string' && /\bWHERE\s+list_id\s*=\s*\d+\s*$/i.test(sql);
}

/**
 * Turns field indexes made by stores before v4 (`ON items (list_id, <expr>, id)`, maintained by
 * every insert into any list) into partial ones (`ON items (<expr>, id) WHERE list_id = <list>`).
 */
function rebuildFieldIndexes(db: DatabaseSync): void {
  const rows = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'items' AND name LIKE 'ix\\_f\\_%' ESCAPE '\\'").all() as Array<{ name: string; sql: string | null }>;
  for (const { name, sql } of rows) {
    if (isPartialFieldIndex(sql)) continue;
    const m = /^ix_f_(\d+)_/.exec(name);
    const cols = /ON\s+items\s*\(\s*list_id\s*,\s*([\s\S]*),\s*id\s*\)\s*$/i.exec(sql ?? '');
    db.exec(`DROP INDEX IF EXISTS "${name}"`);
    if (m && cols) db.exec(fieldIndexSql(name, Number(m[1]), cols[1].trim()));
  }
}

/** The sqlite_stat1 row of a field index `(<expr>, id) WHERE list_id = n`: a big list, about 10 rows per value. */
const FIELD_INDEX_STAT = '100000 10 1';

/**
 * Fixed planner statistics. SQLite without statistics prefers walking the primary key in ID order
 * over seeking a field's expression index, which turns an indexed query on a 100,000-item list into
 * a full scan. The emulator therefore keeps sqlite_stat1 rows that describe lists as large and field
 * indexes as selective (SQLite documents hand-written sqlite_stat1 rows as a supported way to steer
 * the planner). Real `ANALYZE` output would replace them with measured values.
 */
function ensurePlannerStats(db: DatabaseSync): void {
  const has = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_stat1'").get();
  if (!has) db.exec('ANALYZE');
  transaction(db, () => {
    // the primary key of a WITHOUT ROWID table is recorded under the table's own name
    db.prepare("DELETE FROM sqlite_stat1 WHERE tbl = 'items' AND idx IN ('items', 'items_author')").run();
    db.prepare("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('items', 'items', '1000000 100000 1')").run();
    db.prepare("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('items', 'items_author', '1000000 100000 1000 1')").run();
    const fieldIndexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'items' AND name LIKE 'ix_f_%'").all() as Array<{ name: string }>;
    for (const { name } of fieldIndexes) {
      db.prepare("DELETE FROM sqlite_stat1 WHERE tbl = 'items' AND idx = ?").run(name);
      db.prepare("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('items', ?, ?)").run(name, FIELD_INDEX_STAT);
    }
  });
  db.exec('ANALYZE sqlite_schema');
}

/** Records (or forgets) planner statistics for a field index: selective, about 10 rows per value. */
export function setIndexStats(db: DatabaseSync, indexName: string, exists: boolean): void {
  db.prepare("DELETE FROM sqlite_stat1 WHERE tbl = 'items' AND idx = ?").run(indexName);
  if (exists) db.prepare("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('items', ?, ?)").run(indexName, FIELD_INDEX_STAT);
  db.exec('ANALYZE sqlite_schema');
}

function seedSite(db: DatabaseSync, siteTitle: string): void {
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  db.prepare('INSERT INTO web (id, title, description, created, props) VALUES (?, ?, ?, ?, ?)').run(randomUUID(), siteTitle, '', now, '{}');
  const rd = db.prepare('INSERT INTO role_defs (id, name, description, kind, ord, high, low) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const r of ROLE_DEFINITIONS) rd.run(r.id, r.name, r.description, r.kind, r.order, r.high, r.low);
  // Principal ids as on a new SharePoint Online site: the owners/visitors/members groups are 3, 4, 5;
  // users follow from 6 on (the site owner first), in the order they are first seen.
  const pr = db.prepare('INSERT INTO principals (id, kind, login, title, email, is_admin, data) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const owner = siteOwner;
  pr.run(3, 'group', `${siteTitle} Owners`, `${siteTitle} Owners`, '', 0, JSON.stringify({ Description: '', OwnerId: 3 }));
  pr.run(4, 'group', `${siteTitle} Visitors`, `${siteTitle} Visitors`, '', 0, JSON.stringify({ Description: '', OwnerId: 3 }));
  pr.run(5, 'group', `${siteTitle} Members`, `${siteTitle} Members`, '', 0, JSON.stringify({ Description: '', OwnerId: 3 }));
  pr.run(6, 'user', claimsLogin(owner), owner.displayName, owner.mail, 1, JSON.stringify({ upn: owner.userPrincipalName }));
  db.prepare('INSERT INTO group_members (group_id, user_id) VALUES (3, 6)').run();
  const ra = db.prepare('INSERT INTO role_assignments (scope, principal_id, roledef_id) VALUES (?, ?, ?)');
  ra.run('web', 3, 1073741829);
  ra.run('web', 5, 1073741830);
  ra.run('web', 4, 1073741826);
}

const statementCache = new WeakMap<DatabaseSync, Map<string, StatementSync>>();

/** A prepared statement, cached per database (statement compilation dominates small queries). */
export function prep(db: DatabaseSync, sql: string): StatementSync {
  let cache = statementCache.get(db);
  if (!cache) {
    cache = new Map();
    statementCache.set(db, cache);
  }
  let st = cache.get(sql);
  if (!st) {
    if (cache.size > 2000) cache.clear();
    st = db.prepare(sql);
    cache.set(sql, st);
  }
  return st;
}
