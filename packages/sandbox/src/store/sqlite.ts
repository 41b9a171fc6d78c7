import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { deepFreeze, EMPTY } from "./freeze";
import type { CollectionName, Collections, DeepReadonly, SandboxStore } from "./types";
import { parentOf } from "./types";

/**
 * A migration brings the schema from version `index` to `index + 1`; the
 * version a file is at lives in `PRAGMA user_version`, so opening a file runs
 * exactly the migrations it has not seen. Append, never edit: a file written by
 * an older sandbox must still open.
 */
const MIGRATIONS: readonly string[] = [
  // 1: one table for every collection; a record is its JSON.
  //
  // `seq` is an explicit INTEGER PRIMARY KEY (an alias of the rowid) rather
  // than a bare rowid: `list` order is insertion order, and VACUUM may renumber
  // the implicit rowid of a table that has no INTEGER PRIMARY KEY. The natural
  // key (collection, id) is UNIQUE, and `put` upserts on it with
  // `ON CONFLICT … DO UPDATE`, which keeps `seq`, so a replaced record keeps
  // its place (INSERT OR REPLACE would delete and re-insert it at the end).
  `
  CREATE TABLE records (
    seq       INTEGER PRIMARY KEY,
    collection TEXT NOT NULL,
    id        TEXT NOT NULL,
    parent_id TEXT NOT NULL,
    data      TEXT NOT NULL,
    UNIQUE (collection, id)
  );
  -- Secondary index entries end with the rowid (seq), so both indexes hand
  -- rows back already in insertion order: no sort for list().
  CREATE INDEX records_by_parent ON records (collection, parent_id);
  CREATE INDEX records_by_collection ON records (collection);
  `,
  // 2: versions of their own for a customer's tags, each user and each key (their ETags), an
  // API-key user's credential hint, and a credit note's lines. Records of a file written before
  // start at version 1; a credit note gets one line that is its totals, so that they stay the sum
  // of its lines.
  `
  UPDATE records SET data = json_set(data, '$.tagsVersion', 1)
    WHERE collection = 'customers' AND json_type(data, '$.tagsVersion') IS NULL;
  UPDATE records SET data = json_set(data, '$.version', 1)
    WHERE collection IN ('users', 'keys') AND json_type(data, '$.version') IS NULL;
  UPDATE records SET data = json_set(data, '$.credentialHint', json('null'))
    WHERE collection = 'users' AND json_type(data, '$.credentialHint') IS NULL;
  UPDATE records SET data = json_set(data, '$.lines', json_array(json_object(
      'description', json_extract(data, '$.reason'),
      'quantity', 1,
      'unitPrice', json_extract(data, '$.totalExTax'),
      'taxRate', CASE WHEN json_extract(data, '$.totalExTax') = 0 THEN 0
        ELSE round(json_extract(data, '$.taxTotal') * 100.0 / json_extract(data, '$.totalExTax'), 2) END,
      'totalExTax', json_extract(data, '$.totalExTax'),
      'totalIncTax', json_extract(data, '$.totalIncTax'))))
    WHERE collection = 'creditNotes' AND json_type(data, '$.lines') IS NULL;
  `,
  // 3: amounts became decimal strings and money became { amount, currency } (with a currency on
  // each billing entity), jobs and related resources link to records, themes carry a preview.
  // Rewriting every amount of every record in SQL would be a second implementation of the seed's
  // rules that could disagree with it; this is a sandbox of demo data, so a file from before is
  // emptied instead, and the server seeds it again on this same start (it seeds an empty file).
  `
  DELETE FROM records;
  `,
];

/** The schema version this code writes; a file at a higher version came from a newer sandbox. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * What `scan` has parsed of one collection: deep-frozen records in insertion
 * order, of the whole collection (`all`) and per parent. Once `all` is read,
 * `byParent` is complete (a parent missing from it has no records).
 */
interface ScanCache {
  all: readonly unknown[] | undefined;
  byParent: Map<string, readonly unknown[]>;
}

/**
 * `SandboxStore` on a SQLite file (better-sqlite3, synchronous like the
 * interface). Records are kept as JSON, one row each, so that the record types
 * can grow without a migration; only what `get`/`list`/`count` look up by is a
 * column.
 *
 * `scan` keeps what it parsed (frozen, shared) per collection until it may be
 * stale: this connection's own `put`/`remove` update it in place; a
 * transaction (or savepoint) that wrote and rolls back drops all of it, since
 * it may hold records written or read inside it; another connection committing
 * (a second process on the file: `PRAGMA data_version` changes) drops all of
 * it too.
 */
export class SqliteStore implements SandboxStore {
  readonly #db: Database.Database;
  readonly #scanAll: Database.Statement<[string], { parent_id: string; data: string }>;
  readonly #dataVersion: Database.Statement<[], { data_version: number }>;
  readonly #scanCache = new Map<CollectionName, ScanCache>();
  /** `PRAGMA data_version` when `#scanCache` was last known good. */
  #scanVersion = -1;
  /** Counts `put`s and `remove`s, so a rollback can tell whether it undid any. */
  #writes = 0;
  readonly #get: Database.Statement<[string, string], { data: string }>;
  readonly #parentOf: Database.Statement<[string, string], { parent_id: string }>;
  readonly #put: Database.Statement<[string, string, string, string]>;
  readonly #remove: Database.Statement<[string, string]>;
  readonly #listAll: Database.Statement<[string], { data: string }>;
  readonly #listByParent: Database.Statement<[string, string], { data: string }>;
  readonly #countAll: Database.Statement<[string], { n: number }>;
  readonly #countByParent: Database.Statement<[string, string], { n: number }>;

  private constructor(db: Database.Database) {
    this.#db = db;
    // Prepared once: better-sqlite3 statements are reusable and preparing is
    // the expensive part of a small query.
    this.#get = db.prepare("SELECT data FROM records WHERE collection = ? AND id = ?");
    this.#parentOf = db.prepare("SELECT parent_id FROM records WHERE collection = ? AND id = ?");
    this.#put = db.prepare(
      `INSERT INTO records (collection, id, parent_id, data) VALUES (?, ?, ?, ?)
       ON CONFLICT (collection, id) DO UPDATE SET parent_id = excluded.parent_id, data = excluded.data`,
    );
    this.#remove = db.prepare("DELETE FROM records WHERE collection = ? AND id = ?");
    this.#listAll = db.prepare("SELECT data FROM records WHERE collection = ? ORDER BY seq");
    this.#listByParent = db.prepare(
      "SELECT data FROM records WHERE collection = ? AND parent_id = ? ORDER BY seq",
    );
    this.#countAll = db.prepare("SELECT count(*) AS n FROM records WHERE collection = ?");
    this.#countByParent = db.prepare(
      "SELECT count(*) AS n FROM records WHERE collection = ? AND parent_id = ?",
    );
    this.#scanAll = db.prepare(
      "SELECT parent_id, data FROM records WHERE collection = ? ORDER BY seq",
    );
    this.#dataVersion = db.prepare("PRAGMA data_version");
  }

  /**
   * Opens (creating it and its parent folders when missing) the SQLite file at
   * `path` and brings its schema up to date. `":memory:"` opens a private
   * in-memory database that vanishes on `close()`.
   */
  static open(path: string): SqliteStore {
    const inMemory = path === ":memory:" || path === "";
    if (!inMemory) mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    try {
      // WAL: readers never wait for the writer, and a commit is one append.
      // synchronous=NORMAL is durable across process crashes in WAL mode (only
      // an OS crash can lose the last commits), which suits a sandbox.
      // busy_timeout: a second process on the same file (e.g. a test next to
      // a running `pnpm sandbox`) waits for the lock instead of failing at once.
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL");
      db.pragma("busy_timeout = 5000");
      migrate(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return new SqliteStore(db);
  }

  transaction<T>(fn: () => T): T {
    // BEGIN IMMEDIATE takes the write lock up front: a transaction reads, then
    // writes, and a deferred one could fail on its first write (SQLITE_BUSY,
    // no retry) if another process on the same file wrote in between; an
    // immediate one waits for the lock (busy_timeout) instead. Inside one
    // process calls are synchronous, so this never waits. better-sqlite3 turns
    // a nested call into a SAVEPOINT, so an inner transaction that throws rolls
    // back only its own writes (and rethrows).
    const writes = this.#writes;
    try {
      return this.#db.transaction(fn).immediate();
    } catch (error) {
      // Rolled back (to its savepoint, when nested). If it wrote, `scan` may have cached records
      // it wrote, or read after writing, that are gone now; which collections, it cannot tell, so
      // drop them all. If it wrote nothing, the rollback changed nothing, and the cache is good
      // (an API error thrown inside a request's transaction, a 4xx, must not cost a rebuild).
      if (this.#writes !== writes) this.#scanCache.clear();
      throw error;
    }
  }

  get<C extends CollectionName>(collection: C, id: string): Collections[C] | undefined {
    const row = this.#get.get(collection, id);
    return row === undefined ? undefined : (JSON.parse(row.data) as Collections[C]);
  }

  put<C extends CollectionName>(collection: C, record: Collections[C]): void {
    this.#writes++;
    const cache = this.#scanCache.get(collection);
    const before = cache && this.#parentOf.get(collection, record.id)?.parent_id;
    const parent = parentOf(collection, record);
    const json = JSON.stringify(record);
    this.#put.run(collection, record.id, parent, json);
    if (!cache) return;
    if (before !== undefined && before !== parent) {
      // A record that moves to another parent keeps its place in insertion order, which the cache
      // does not know for the new parent's list. Rare (no route moves records): start over.
      this.#scanCache.delete(collection);
      return;
    }
    // Keep what is cached, with this record in its place (or at the end, when new): a write
    // must not cost the next scan a re-read of the whole collection (every unit transaction
    // writes its customer, and lists of 10,000 customers are what `scan` is for).
    const frozen = deepFreeze(JSON.parse(json)) as { id: string };
    if (cache.all) cache.all = upsertIn(cache.all, frozen);
    const siblings = cache.byParent.get(parent);
    if (siblings) cache.byParent.set(parent, upsertIn(siblings, frozen));
    else if (cache.all) cache.byParent.set(parent, Object.freeze([frozen]));
  }

  remove<C extends CollectionName>(collection: C, id: string): boolean {
    this.#writes++;
    const cache = this.#scanCache.get(collection);
    const parent = cache && this.#parentOf.get(collection, id)?.parent_id;
    const removed = this.#remove.run(collection, id).changes > 0;
    if (cache && parent !== undefined) {
      if (cache.all) cache.all = withoutId(cache.all, id);
      const siblings = cache.byParent.get(parent);
      if (siblings) cache.byParent.set(parent, withoutId(siblings, id));
    }
    return removed;
  }

  list<C extends CollectionName>(collection: C, parentId?: string): Collections[C][] {
    const rows =
      parentId === undefined
        ? this.#listAll.all(collection)
        : this.#listByParent.all(collection, parentId);
    return rows.map((row) => JSON.parse(row.data) as Collections[C]);
  }

  scan<C extends CollectionName>(
    collection: C,
    parentId?: string,
  ): readonly DeepReadonly<Collections[C]>[] {
    // Another connection (process) committed since: anything cached may be stale.
    // Read the version BEFORE the rows: a commit by another connection in between then only makes
    // the next scan rebuild needlessly. Read after, it could file older rows under a newer version
    // and serve them for good.
    const version = this.#dataVersion.get()?.data_version ?? -1;
    if (version !== this.#scanVersion) {
      this.#scanCache.clear();
      this.#scanVersion = version;
    }
    let cache = this.#scanCache.get(collection);
    if (!cache) {
      cache = { all: undefined, byParent: new Map() };
      this.#scanCache.set(collection, cache);
    }
    let records: readonly unknown[] | undefined;
    if (parentId === undefined) {
      records = cache.all;
      if (!records) {
        const all: unknown[] = [];
        const byParent = new Map<string, unknown[]>();
        for (const row of this.#scanAll.all(collection)) {
          const record = deepFreeze(JSON.parse(row.data));
          all.push(record);
          let siblings = byParent.get(row.parent_id);
          if (!siblings) {
            siblings = [];
            byParent.set(row.parent_id, siblings);
          }
          siblings.push(record);
        }
        for (const siblings of byParent.values()) Object.freeze(siblings);
        records = Object.freeze(all);
        cache.all = records;
        cache.byParent = byParent;
      }
    } else {
      records = cache.byParent.get(parentId);
      if (!records) {
        if (cache.all) return EMPTY;
        records = Object.freeze(
          this.#listByParent
            .all(collection, parentId)
            .map((row) => deepFreeze(JSON.parse(row.data))),
        );
        cache.byParent.set(parentId, records);
      }
    }
    return records as readonly DeepReadonly<Collections[C]>[];
  }

  count<C extends CollectionName>(collection: C, parentId?: string): number {
    const row =
      parentId === undefined
        ? this.#countAll.get(collection)
        : this.#countByParent.get(collection, parentId);
    return row?.n ?? 0;
  }

  close(): void {
    // Idempotent: a server's close() and a test's afterEach may both call it.
    this.#scanCache.clear();
    if (this.#db.open) this.#db.close();
  }
}

/** `records` with `record` in place of the one with its id, or appended: a new frozen array. */
function upsertIn(records: readonly unknown[], record: { id: string }): readonly unknown[] {
  const index = records.findIndex((r) => (r as { id: string }).id === record.id);
  const next = [...records];
  if (index === -1) next.push(record);
  else next[index] = record;
  return Object.freeze(next);
}

/** `records` without the one with `id`: a new frozen array. */
function withoutId(records: readonly unknown[], id: string): readonly unknown[] {
  return Object.freeze(records.filter((r) => (r as { id: string }).id !== id));
}

function migrate(db: Database.Database): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(
      `The sandbox database is at schema version ${current}, newer than this sandbox knows ` +
        `(${MIGRATIONS.length}); use a newer @customer-kit/sandbox or another --db file.`,
    );
  }
  for (let version = current; version < MIGRATIONS.length; version++) {
    // Each step and its version bump commit together: a crash mid-migration
    // leaves the file at the previous version, and the next open retries.
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
