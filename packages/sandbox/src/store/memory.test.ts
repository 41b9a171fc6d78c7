import { describe, expect, it } from "vitest";
import { MemoryStore } from "./memory";
import type { CustomerRecord, KeyRecord } from "./types";

function customer(id: string, billingEntityId = "be-1", name = `Customer ${id}`): CustomerRecord {
  return {
    id,
    billingEntityId,
    name,
    status: "ACTIVE",
    createdAt: "2026-01-01T00:00:00.000Z",
    modifiedAt: "2026-01-01T00:00:00.000Z",
    version: 1,
    configuration: {
      productOfferId: null,
      address: {},
      vatNumber: null,
      vatExempt: false,
      paymentType: "PREPAY",
      unitWarnLevel: null,
      warningSent: false,
    },
    validationHtml: null,
    defaultLanguage: null,
    themeId: null,
    tags: ["a"],
    tagsVersion: 1,
    assetMaxima: {},
    assetMaximaVersion: 1,
    assetMaximaModifiedAt: "2026-01-01T00:00:00.000Z",
    balance: { carryOver: 0, nonCarryOver: 0 },
    otherUsage: {},
  };
}

function key(id: string, customerId: string): KeyRecord {
  return {
    id,
    customerId,
    name: id,
    value: "v",
    type: "USER_KEY",
    weight: 0,
    createdAt: "x",
    version: 1,
  };
}

describe("MemoryStore", () => {
  it("copies records on put and on get, so callers cannot change what is stored", () => {
    const store = new MemoryStore();
    const record = customer("c1");
    store.put("customers", record);
    record.tags.push("mutated-after-put");

    const read = store.get("customers", "c1");
    expect(read?.tags).toEqual(["a"]);
    read?.tags.push("mutated-after-get");
    store.list("customers")[0]?.tags.push("mutated-after-list");
    expect(store.get("customers", "c1")?.tags).toEqual(["a"]);
  });

  it("lists in insertion order, keeps a replaced record in its place, and filters by parent", () => {
    const store = new MemoryStore();
    store.put("customers", customer("c1", "be-1"));
    store.put("customers", customer("c2", "be-2"));
    store.put("customers", customer("c3", "be-1"));
    store.put("customers", { ...customer("c1", "be-1"), name: "Renamed" });

    expect(store.list("customers").map((c) => c.id)).toEqual(["c1", "c2", "c3"]);
    expect(store.list("customers", "be-1").map((c) => c.name)).toEqual(["Renamed", "Customer c3"]);
    expect(store.list("customers", "be-unknown")).toEqual([]);
    expect(store.count("customers")).toBe(3);
    expect(store.count("customers", "be-1")).toBe(2);
    expect(store.count("customers", "be-unknown")).toBe(0);
  });

  it("moves a record whose parent changes without losing its global place", () => {
    const store = new MemoryStore();
    store.put("customers", customer("c1", "be-1"));
    store.put("customers", customer("c2", "be-2"));
    store.put("customers", customer("c1", "be-2"));
    expect(store.list("customers", "be-1")).toEqual([]);
    expect(store.list("customers", "be-2").map((c) => c.id)).toEqual(["c1", "c2"]);
    expect(store.list("customers").map((c) => c.id)).toEqual(["c1", "c2"]);
  });

  it("removes records and says whether there was one", () => {
    const store = new MemoryStore();
    store.put("keys", key("k1", "c1"));
    expect(store.remove("keys", "k1")).toBe(true);
    expect(store.remove("keys", "k1")).toBe(false);
    expect(store.get("keys", "k1")).toBeUndefined();
    expect(store.count("keys", "c1")).toBe(0);
  });

  it("undoes every write of a transaction that throws, and keeps list order", () => {
    const store = new MemoryStore();
    store.put("keys", key("k1", "c1"));
    store.put("keys", key("k2", "c1"));
    store.put("keys", key("k3", "c1"));

    expect(() =>
      store.transaction(() => {
        store.put("keys", { ...key("k2", "c1"), value: "changed" });
        store.remove("keys", "k1");
        store.put("keys", key("k4", "c1"));
        store.put("keys", { ...key("k4", "c1"), value: "twice" });
        throw new Error("boom");
      }),
    ).toThrow("boom");

    expect(store.list("keys", "c1").map((k) => [k.id, k.value])).toEqual([
      ["k1", "v"],
      ["k2", "v"],
      ["k3", "v"],
    ]);
    expect(store.list("keys").map((k) => k.id)).toEqual(["k1", "k2", "k3"]);
  });

  it("keeps the writes of a transaction that returns, and returns its value", () => {
    const store = new MemoryStore();
    const result = store.transaction(() => {
      store.put("keys", key("k1", "c1"));
      return 42;
    });
    expect(result).toBe(42);
    expect(store.get("keys", "k1")?.id).toBe("k1");
  });

  it("treats a nested transaction as a savepoint", () => {
    const store = new MemoryStore();
    store.transaction(() => {
      store.put("keys", key("outer", "c1"));
      try {
        store.transaction(() => {
          store.put("keys", key("inner", "c1"));
          throw new Error("inner fails");
        });
      } catch {
        // the outer transaction goes on
      }
    });
    expect(store.list("keys").map((k) => k.id)).toEqual(["outer"]);
  });

  it("refuses an async transaction function and undoes what it wrote before its first await", async () => {
    const store = new MemoryStore();
    expect(() =>
      store.transaction(async () => {
        store.put("keys", key("k1", "c1"));
        await Promise.resolve();
      }),
    ).toThrow(/synchronous/);
    expect(store.count("keys")).toBe(0);
  });

  it("refuses a record without an id", () => {
    const store = new MemoryStore();
    expect(() => store.put("keys", { ...key("k1", "c1"), id: "" })).toThrow(/id/);
  });
});

describe("MemoryStore copies", () => {
  it("copies nested arrays and objects deeply, and keeps null and undefined as they are", () => {
    const store = new MemoryStore();
    const record = {
      ...customer("c1"),
      configuration: { ...customer("c1").configuration, address: { town: "London", street: null } },
      assetMaxima: { MAX_SERVERS: 3, CUTOFF_BALANCE: undefined },
    };
    store.put("customers", record);
    const read = store.get("customers", "c1") as CustomerRecord;
    expect(read).toEqual(record);
    expect(read.configuration.address).not.toBe(record.configuration.address);
    expect("CUTOFF_BALANCE" in read.assetMaxima).toBe(true);
  });

  it("keeps a __proto__ key as data, without changing the copy's prototype", () => {
    const store = new MemoryStore();
    const otherUsage = JSON.parse('{"__proto__":{"polluted":true}}');
    store.put("customers", { ...customer("c1"), otherUsage });
    const read = store.get("customers", "c1") as CustomerRecord;
    expect(Object.getPrototypeOf(read.otherUsage)).toBe(Object.prototype);
    expect(Object.keys(read.otherUsage)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("MemoryStore.scan", () => {
  it("returns what list returns, in the same order, by parent and for the whole collection", () => {
    const store = new MemoryStore();
    store.put("customers", customer("c1", "be-1"));
    store.put("customers", customer("c2", "be-2"));
    store.put("customers", customer("c3", "be-1"));
    store.put("customers", customer("c1", "be-2")); // moves to another parent, keeps its place
    store.transaction(() => {
      try {
        store.transaction(() => {
          store.remove("customers", "c2");
          throw new Error("undo"); // c2 comes back, at its old place
        });
      } catch {
        // the outer transaction goes on
      }
    });

    expect(store.scan("customers")).toEqual(store.list("customers"));
    expect(store.scan("customers").map((c) => c.id)).toEqual(["c1", "c2", "c3"]);
    expect(store.scan("customers", "be-2")).toEqual(store.list("customers", "be-2"));
    expect(store.scan("customers", "be-2").map((c) => c.id)).toEqual(["c1", "c2"]);
    expect(store.scan("customers", "be-unknown")).toEqual([]);
  });

  it("hands out frozen records: a mutation throws and the store keeps its data", () => {
    const store = new MemoryStore();
    store.put("customers", customer("c1"));
    const scanned = store.scan("customers");
    const record = scanned[0] as CustomerRecord;

    expect(Object.isFrozen(scanned)).toBe(true);
    expect(() => {
      record.name = "changed";
    }).toThrow(TypeError);
    expect(() => record.tags.push("b")).toThrow(TypeError);
    expect(() => {
      record.configuration.address.town = "Paris";
    }).toThrow(TypeError);
    expect(() => (scanned as CustomerRecord[]).pop()).toThrow(TypeError);
    expect(store.get("customers", "c1")).toEqual(customer("c1"));
  });

  it("does not share what was put, and get and list still give mutable copies", () => {
    const store = new MemoryStore();
    const record = customer("c1");
    store.put("customers", record);
    record.tags.push("after-put");
    expect(store.scan("customers")[0]?.tags).toEqual(["a"]);

    const read = store.get("customers", "c1") as CustomerRecord;
    read.tags.push("b");
    store.put("customers", read);
    expect(store.scan("customers")[0]?.tags).toEqual(["a", "b"]);
    expect(store.scan("customers")[0]).not.toBe(read);
  });

  it("sees every put and remove on the next scan; an earlier result stays as it was", () => {
    const store = new MemoryStore();
    store.put("keys", key("k1", "c1"));
    const before = store.scan("keys", "c1");
    store.put("keys", { ...key("k1", "c1"), value: "changed" });
    store.put("keys", key("k2", "c1"));
    expect(store.scan("keys", "c1").map((k) => [k.id, k.value])).toEqual([
      ["k1", "changed"],
      ["k2", "v"],
    ]);
    store.remove("keys", "k1");
    expect(store.scan("keys").map((k) => k.id)).toEqual(["k2"]);
    expect(before.map((k) => [k.id, k.value])).toEqual([["k1", "v"]]);
  });

  it("does not show the writes of a transaction that threw, though it scanned inside it", () => {
    const store = new MemoryStore();
    store.put("keys", key("k1", "c1"));
    store.scan("keys");
    expect(() =>
      store.transaction(() => {
        store.put("keys", { ...key("k1", "c1"), value: "changed" });
        store.put("keys", key("k2", "c1"));
        expect(store.scan("keys", "c1")).toHaveLength(2);
        expect(store.scan("keys")).toHaveLength(2);
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(store.scan("keys").map((k) => [k.id, k.value])).toEqual([["k1", "v"]]);
    expect(store.scan("keys", "c1").map((k) => [k.id, k.value])).toEqual([["k1", "v"]]);
  });

  it("does not show the writes of a nested transaction rolled back to its savepoint", () => {
    const store = new MemoryStore();
    store.transaction(() => {
      store.put("keys", key("outer", "c1"));
      try {
        store.transaction(() => {
          store.put("keys", key("inner", "c1"));
          store.remove("keys", "outer");
          expect(store.scan("keys").map((k) => k.id)).toEqual(["inner"]);
          throw new Error("inner fails");
        });
      } catch {
        // the outer transaction goes on
      }
      expect(store.scan("keys").map((k) => k.id)).toEqual(["outer"]);
    });
    expect(store.scan("keys", "c1").map((k) => k.id)).toEqual(["outer"]);
  });
});
