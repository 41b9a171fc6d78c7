import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SCHEMA_VERSION, SqliteStore } from "./sqlite";
import type { KeyRecord, LanguageRecord } from "./types";

const CUSTOMER_1 = "11111111-1111-4111-8111-111111111111";
const CUSTOMER_2 = "22222222-2222-4222-8222-222222222222";

function key(id: string, customerId: string, name = `key-${id}`): KeyRecord {
  return {
    id,
    customerId,
    name,
    value: "v",
    type: "USER_KEY",
    weight: 0,
    createdAt: "2026-10-01T00:00:00Z",
    version: 1,
  };
}

const english: LanguageRecord = { id: "en", code: "en", name: "English", nativeName: "English" };

let dir: string;
let opened: SqliteStore[];

/** Opens a store that afterEach closes, so a failing test leaks no file handle. */
function open(path: string): SqliteStore {
  const store = SqliteStore.open(path);
  opened.push(store);
  return store;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sandbox-sqlite-"));
  opened = [];
});

afterEach(() => {
  for (const store of opened) store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("SqliteStore", () => {
  it("keeps what is put and returns copies, so a caller's edits land only through put", () => {
    const store = open(join(dir, "a.db"));
    store.put("keys", key("k1", CUSTOMER_1, "billing.costCentre"));

    const read = store.get("keys", "k1");
    expect(read).toEqual(key("k1", CUSTOMER_1, "billing.costCentre"));
    read!.value = "changed";
    expect(store.get("keys", "k1")?.value).toBe("v");
    expect(store.get("keys", "missing")).toBeUndefined();
    // Same id in another collection is another record.
    expect(store.get("languages", "k1")).toBeUndefined();
  });

  it("lists in insertion order, and a replaced record keeps its place", () => {
    const store = open(join(dir, "a.db"));
    store.put("keys", key("k3", CUSTOMER_1));
    store.put("keys", key("k1", CUSTOMER_1));
    store.put("keys", key("k2", CUSTOMER_1));
    store.put("keys", { ...key("k3", CUSTOMER_1), value: "replaced" });

    const listed = store.list("keys");
    expect(listed.map((k) => k.id)).toEqual(["k3", "k1", "k2"]);
    expect(listed[0]?.value).toBe("replaced");
  });

  it("lists and counts by parent, as parentOf decides, and the whole collection without one", () => {
    const store = open(join(dir, "a.db"));
    store.put("keys", key("k1", CUSTOMER_1));
    store.put("keys", key("k2", CUSTOMER_2));
    store.put("keys", key("k3", CUSTOMER_1));
    store.put("languages", english);

    expect(store.list("keys", CUSTOMER_1).map((k) => k.id)).toEqual(["k1", "k3"]);
    expect(store.list("keys", CUSTOMER_2).map((k) => k.id)).toEqual(["k2"]);
    expect(store.list("keys", "nobody")).toEqual([]);
    expect(store.count("keys", CUSTOMER_1)).toBe(2);
    expect(store.count("keys")).toBe(3);
    expect(store.count("languages")).toBe(1);
    expect(store.list("languages", "")).toEqual([english]);
    expect(store.count("customers")).toBe(0);
  });

  it("moves a record to its new parent when a put changes it", () => {
    const store = open(join(dir, "a.db"));
    store.put("keys", key("k1", CUSTOMER_1));
    store.put("keys", key("k1", CUSTOMER_2));

    expect(store.count("keys", CUSTOMER_1)).toBe(0);
    expect(store.list("keys", CUSTOMER_2).map((k) => k.id)).toEqual(["k1"]);
  });

  it("removes a record and says whether there was one", () => {
    const store = open(join(dir, "a.db"));
    store.put("keys", key("k1", CUSTOMER_1));

    expect(store.remove("keys", "k1")).toBe(true);
    expect(store.remove("keys", "k1")).toBe(false);
    expect(store.get("keys", "k1")).toBeUndefined();
    expect(store.count("keys")).toBe(0);
  });

  it("keeps its data across a restart (close, then open the same file)", () => {
    const path = join(dir, "restart.db");
    const first = open(path);
    first.put("keys", key("k2", CUSTOMER_1));
    first.put("keys", key("k1", CUSTOMER_1));
    first.transaction(() => first.put("languages", english));
    first.close();

    const second = open(path);
    expect(second.list("keys", CUSTOMER_1).map((k) => k.id)).toEqual(["k2", "k1"]);
    expect(second.get("languages", "en")).toEqual(english);
    // And it keeps working: a new record goes after the old ones.
    second.put("keys", key("k0", CUSTOMER_1));
    expect(second.list("keys").map((k) => k.id)).toEqual(["k2", "k1", "k0"]);
  });

  it("creates missing parent folders of the file", () => {
    const path = join(dir, "nested", "deeper", "sandbox.db");
    open(path);
    expect(existsSync(path)).toBe(true);
  });

  it("shares one file between two stores (processes): each sees what the other committed", () => {
    const path = join(dir, "shared.db");
    const a = open(path);
    const b = open(path);
    a.transaction(() => a.put("keys", key("k1", CUSTOMER_1)));
    expect(b.get("keys", "k1")).toEqual(key("k1", CUSTOMER_1));
    b.put("languages", english);
    expect(a.count("languages")).toBe(1);
  });

  it("opens ':memory:' as a private, empty database", () => {
    const a = open(":memory:");
    const b = open(":memory:");
    a.put("languages", english);
    expect(b.count("languages")).toBe(0);
  });

  it("migrates a new file to the current schema and opens it in WAL mode", () => {
    const path = join(dir, "a.db");
    open(path).close();

    const raw = new Database(path, { readonly: true });
    try {
      expect(raw.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
      expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      raw.close();
    }
  });

  it("empties a file from before decimal-string amounts (schema 1 or 2), so that it is seeded again", () => {
    for (const version of [1, 2]) {
      const path = join(dir, `v${version}.db`);
      const raw = new Database(path);
      raw.exec(`CREATE TABLE records (seq INTEGER PRIMARY KEY, collection TEXT NOT NULL,
        id TEXT NOT NULL, parent_id TEXT NOT NULL, data TEXT NOT NULL, UNIQUE (collection, id));`);
      const insert = raw.prepare(
        "INSERT INTO records (collection, id, parent_id, data) VALUES (?, ?, ?, ?)",
      );
      // Numbers where this sandbox reads decimal strings: served as they are, they would break
      // the contract (and the ledger's exact parsing).
      insert.run("customers", "c1", "be", JSON.stringify({ id: "c1", unitBalance: 1250.5 }));
      insert.run("keys", "k1", "c1", JSON.stringify({ id: "k1", customerId: "c1", version: 3 }));
      raw.pragma(`user_version = ${version}`);
      raw.close();

      const store = open(path);
      expect(store.count("customers")).toBe(0);
      expect(store.list("keys", "c1")).toEqual([]);
      store.put("languages", english);
      expect(store.get("languages", "en")).toEqual(english);
    }
  });

  it("refuses a file written by a newer sandbox instead of guessing its schema", () => {
    const path = join(dir, "future.db");
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();

    expect(() => SqliteStore.open(path)).toThrow(/newer than this sandbox knows/);
  });

  it("close() twice is harmless", () => {
    const store = open(join(dir, "a.db"));
    store.close();
    expect(() => store.close()).not.toThrow();
  });
});

describe("SqliteStore.transaction", () => {
  it("returns the function's result and commits its writes", () => {
    const store = open(join(dir, "a.db"));
    const result = store.transaction(() => {
      store.put("keys", key("k1", CUSTOMER_1));
      return store.count("keys");
    });
    expect(result).toBe(1);
    expect(store.count("keys")).toBe(1);
  });

  it("rolls every write back when the function throws, and rethrows", () => {
    const store = open(join(dir, "a.db"));
    store.put("keys", key("k1", CUSTOMER_1));

    expect(() =>
      store.transaction(() => {
        store.put("keys", { ...key("k1", CUSTOMER_1), value: "changed" });
        store.put("keys", key("k2", CUSTOMER_1));
        store.remove("keys", "k1");
        throw new Error("cutoff balance");
      }),
    ).toThrow("cutoff balance");

    expect(store.list("keys")).toEqual([key("k1", CUSTOMER_1)]);
  });

  it("nests: an inner failure undoes only the inner writes when the outer catches it", () => {
    const store = open(join(dir, "a.db"));
    store.transaction(() => {
      store.put("keys", key("outer", CUSTOMER_1));
      try {
        store.transaction(() => {
          store.put("keys", key("inner", CUSTOMER_1));
          throw new Error("inner");
        });
      } catch {
        // The outer transaction goes on without the inner writes.
      }
      store.put("keys", key("after", CUSTOMER_1));
    });

    expect(store.list("keys").map((k) => k.id)).toEqual(["outer", "after"]);
  });

  it("nests: an outer failure undoes the writes of inner transactions that succeeded", () => {
    const store = open(join(dir, "a.db"));
    expect(() =>
      store.transaction(() => {
        store.transaction(() => store.put("keys", key("inner", CUSTOMER_1)));
        throw new Error("outer");
      }),
    ).toThrow("outer");

    expect(store.count("keys")).toBe(0);
  });

  it("a rolled-back transaction leaves nothing behind after a restart either", () => {
    const path = join(dir, "a.db");
    const first = open(path);
    expect(() =>
      first.transaction(() => {
        first.put("keys", key("k1", CUSTOMER_1));
        throw new Error("no");
      }),
    ).toThrow("no");
    first.close();

    expect(open(path).count("keys")).toBe(0);
  });
});

describe("SqliteStore.scan", () => {
  it("returns what list returns, in the same order, by parent and for the whole collection", () => {
    const store = open(join(dir, "a.db"));
    store.put("keys", key("k3", CUSTOMER_1));
    store.put("keys", key("k1", CUSTOMER_2));
    store.put("keys", key("k2", CUSTOMER_1));
    store.put("keys", { ...key("k3", CUSTOMER_2), value: "moved" });

    // By parent before and after the whole collection is cached: both ways must agree with list.
    expect(store.scan("keys", CUSTOMER_2)).toEqual(store.list("keys", CUSTOMER_2));
    expect(store.scan("keys")).toEqual(store.list("keys"));
    expect(store.scan("keys").map((k) => k.id)).toEqual(["k3", "k1", "k2"]);
    expect(store.scan("keys", CUSTOMER_1)).toEqual(store.list("keys", CUSTOMER_1));
    expect(store.scan("keys", CUSTOMER_2).map((k) => k.id)).toEqual(["k3", "k1"]);
    expect(store.scan("keys", "nobody")).toEqual([]);
    expect(store.scan("languages")).toEqual([]);
  });

  it("hands out frozen records: a mutation throws and the store keeps its data", () => {
    const store = open(join(dir, "a.db"));
    store.put("keys", key("k1", CUSTOMER_1));
    const scanned = store.scan("keys");
    const record = scanned[0] as KeyRecord;

    expect(Object.isFrozen(scanned)).toBe(true);
    expect(Object.isFrozen(store.scan("keys", CUSTOMER_1))).toBe(true);
    expect(() => {
      record.value = "changed";
    }).toThrow(TypeError);
    expect(() => (scanned as KeyRecord[]).pop()).toThrow(TypeError);
    expect(store.scan("keys")).toEqual([key("k1", CUSTOMER_1)]);
    // get and list still give copies that may be changed.
    const read = store.get("keys", "k1") as KeyRecord;
    read.value = "mine";
    store.list("keys")[0]!.value = "mine too";
    expect(store.scan("keys")[0]?.value).toBe("v");
  });

  it("sees every put and remove on the next scan; an earlier result stays as it was", () => {
    const store = open(join(dir, "a.db"));
    store.put("keys", key("k1", CUSTOMER_1));
    const before = store.scan("keys", CUSTOMER_1);
    expect(store.scan("keys")).toHaveLength(1);

    store.put("keys", { ...key("k1", CUSTOMER_1), value: "changed" });
    store.put("keys", key("k2", CUSTOMER_1));
    expect(store.scan("keys", CUSTOMER_1).map((k) => [k.id, k.value])).toEqual([
      ["k1", "changed"],
      ["k2", "v"],
    ]);
    expect(store.scan("keys")).toHaveLength(2);
    store.remove("keys", "k1");
    expect(store.scan("keys", CUSTOMER_1).map((k) => k.id)).toEqual(["k2"]);
    expect(store.scan("keys").map((k) => k.id)).toEqual(["k2"]);
    expect(before.map((k) => [k.id, k.value])).toEqual([["k1", "v"]]);
  });

  it("keeps a warm cache equal to list through updates, inserts, removes and moves", () => {
    const store = open(join(dir, "a.db"));
    const parents = [CUSTOMER_1, CUSTOMER_2];
    const agree = () => {
      expect(store.scan("keys")).toEqual(store.list("keys"));
      for (const parent of [...parents, "nobody"]) {
        expect(store.scan("keys", parent)).toEqual(store.list("keys", parent));
      }
    };
    for (let i = 0; i < 6; i++) store.put("keys", key(`k${i}`, parents[i % 2]!));
    agree(); // warms the whole collection and every parent

    store.put("keys", { ...key("k2", CUSTOMER_1), value: "updated in place" });
    agree();
    store.put("keys", key("k9", CUSTOMER_2)); // new: last in both lists
    agree();
    store.remove("keys", "k0");
    store.remove("keys", "never-there");
    agree();
    store.put("keys", { ...key("k3", CUSTOMER_1), value: "moved" }); // CUSTOMER_2 → CUSTOMER_1
    agree();
    expect(store.scan("keys", CUSTOMER_1).map((k) => k.id)).toEqual(["k2", "k3", "k4"]);

    // Warm for one parent only, then written to: still in step.
    const other = open(join(dir, "b.db"));
    other.put("keys", key("a", CUSTOMER_1));
    expect(other.scan("keys", CUSTOMER_1).map((k) => k.id)).toEqual(["a"]);
    other.put("keys", key("b", CUSTOMER_1));
    other.put("keys", { ...key("a", CUSTOMER_1), value: "changed" });
    expect(other.scan("keys", CUSTOMER_1)).toEqual(other.list("keys", CUSTOMER_1));
    expect(other.scan("keys")).toEqual(other.list("keys"));
  });

  it("does not show the writes of a transaction that threw, though it scanned inside it", () => {
    const store = open(join(dir, "a.db"));
    store.put("keys", key("k1", CUSTOMER_1));
    store.put("languages", english);
    store.scan("keys");
    expect(() =>
      store.transaction(() => {
        store.put("keys", { ...key("k1", CUSTOMER_1), value: "changed" });
        store.put("keys", key("k2", CUSTOMER_1));
        store.remove("languages", "en");
        // Cached inside the transaction, from its uncommitted writes.
        expect(store.scan("keys")).toHaveLength(2);
        expect(store.scan("keys", CUSTOMER_1)).toHaveLength(2);
        expect(store.scan("languages")).toEqual([]);
        throw new Error("cutoff balance");
      }),
    ).toThrow("cutoff balance");

    expect(store.scan("keys")).toEqual([key("k1", CUSTOMER_1)]);
    expect(store.scan("keys", CUSTOMER_1)).toEqual([key("k1", CUSTOMER_1)]);
    expect(store.scan("languages")).toEqual([english]);
  });

  it("does not show the writes of a nested transaction rolled back to its savepoint", () => {
    const store = open(join(dir, "a.db"));
    store.transaction(() => {
      store.put("keys", key("outer", CUSTOMER_1));
      try {
        store.transaction(() => {
          store.put("keys", key("inner", CUSTOMER_1));
          expect(store.scan("keys").map((k) => k.id)).toEqual(["outer", "inner"]);
          throw new Error("inner");
        });
      } catch {
        // The outer transaction goes on without the inner writes.
      }
      expect(store.scan("keys").map((k) => k.id)).toEqual(["outer"]);
    });
    expect(store.scan("keys", CUSTOMER_1).map((k) => k.id)).toEqual(["outer"]);
  });

  it("keeps its cache through a transaction that threw without writing, not one that wrote", () => {
    const store = open(join(dir, "a.db"));
    store.put("keys", key("k1", CUSTOMER_1));
    const cached = store.scan("keys");
    expect(() =>
      store.transaction(() => {
        store.scan("keys", CUSTOMER_1);
        throw new Error("a 404, say");
      }),
    ).toThrow("a 404, say");
    expect(store.scan("keys")).toBe(cached);

    expect(() =>
      store.transaction(() => {
        store.put("languages", english);
        throw new Error("no");
      }),
    ).toThrow("no");
    expect(store.scan("keys")).not.toBe(cached);
    expect(store.scan("keys")).toEqual(cached);
    expect(store.scan("languages")).toEqual([]);
  });

  it("sees on its next scan what a second store on the same file committed", () => {
    const path = join(dir, "shared.db");
    const a = open(path);
    const b = open(path);
    a.put("keys", key("k1", CUSTOMER_1));
    expect(a.scan("keys").map((k) => k.id)).toEqual(["k1"]);
    expect(a.scan("keys", CUSTOMER_1).map((k) => k.id)).toEqual(["k1"]);

    b.put("keys", { ...key("k1", CUSTOMER_1), value: "from b" });
    b.transaction(() => b.put("keys", key("k2", CUSTOMER_2)));
    expect(a.scan("keys").map((k) => [k.id, k.value])).toEqual([
      ["k1", "from b"],
      ["k2", "v"],
    ]);
    expect(a.scan("keys", CUSTOMER_2).map((k) => k.id)).toEqual(["k2"]);

    b.remove("keys", "k1");
    expect(a.scan("keys", CUSTOMER_1)).toEqual([]);
    expect(a.scan("keys").map((k) => k.id)).toEqual(["k2"]);
  });
});
