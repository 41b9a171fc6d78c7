import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { CollectionName, Collections, SandboxStore } from "./types";
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
];

/** The schema version this code writes; a file at a higher version came from a newer sandbox. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * `SandboxStore` on a SQLite file (better-sqlite3, synchronous like the
 * interface). Records are kept as JSON, one row each, so that the record types
 * can grow without a migration; only what `get`/`list`/`count` look up by is a
 * column.
 */
export class SqliteStore implements SandboxStore {
  readonly #db: Database.Database;
  readonly #get: Database.Statement<[string, string], { data: string }>;
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
    return this.#db.transaction(fn).immediate();
  }

  get<C extends CollectionName>(collection: C, id: string): Collections[C] | undefined {
    const row = this.#get.get(collection, id);
    return row === undefined ? undefined : (JSON.parse(row.data) as Collections[C]);
  }

  put<C extends CollectionName>(collection: C, record: Collections[C]): void {
    this.#put.run(collection, record.id, parentOf(collection, record), JSON.stringify(record));
  }

  remove<C extends CollectionName>(collection: C, id: string): boolean {
    return this.#remove.run(collection, id).changes > 0;
  }

  list<C extends CollectionName>(collection: C, parentId?: string): Collections[C][] {
    const rows =
      parentId === undefined
        ? this.#listAll.all(collection)
        : this.#listByParent.all(collection, parentId);
    return rows.map((row) => JSON.parse(row.data) as Collections[C]);
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
    if (this.#db.open) this.#db.close();
  }
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
