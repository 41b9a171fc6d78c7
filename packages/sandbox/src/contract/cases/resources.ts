import { describe, expect, it } from "vitest";
import { SANDBOX_IDS } from "../../seed";
import {
  allPages,
  type ContractContext,
  expectProblem,
  expectRawProblem,
  type Schemas,
} from "../harness";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
const CONTOSO = SANDBOX_IDS.customers.resellerAInvoice;
const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

type Page<T> = { items: T[]; nextCursor: string | null; total: number };

export function defineResourceCases(ctx: ContractContext): void {
  /** Every item of one of a customer's lists, as reseller A. */
  function listAll<T>(
    path:
      | "/customers/{customerId}/vdcs"
      | "/customers/{customerId}/servers"
      | "/customers/{customerId}/disks"
      | "/customers/{customerId}/jobs"
      | "/customers/{customerId}/related-resources"
      | "/customers/{customerId}/users",
    customerId: string,
  ): Promise<T[]> {
    return allPages<T>(async (cursor) => {
      const { data } = await ctx.a.GET(path, {
        params: { path: { customerId }, query: { limit: 3, ...(cursor ? { cursor } : {}) } },
      });
      return data as unknown as { items: T[]; nextCursor: string | null; total: number };
    });
  }
  async function vdcs(customerId: string): Promise<Schemas["Vdc"][]> {
    return allPages(async (cursor) => {
      const { data } = await ctx.a.GET("/customers/{customerId}/vdcs", {
        params: { path: { customerId }, query: { limit: 2, ...(cursor ? { cursor } : {}) } },
      });
      return data!;
    });
  }
  async function servers(
    customerId: string,
    filter: { vdcId?: string } = {},
  ): Promise<Schemas["Server"][]> {
    return allPages(async (cursor) => {
      const { data } = await ctx.a.GET("/customers/{customerId}/servers", {
        params: {
          path: { customerId },
          query: { limit: 2, ...filter, ...(cursor ? { cursor } : {}) },
        },
      });
      return data!;
    });
  }
  async function disks(
    customerId: string,
    filter: { vdcId?: string; serverId?: string } = {},
  ): Promise<Schemas["Disk"][]> {
    return allPages(async (cursor) => {
      const { data } = await ctx.a.GET("/customers/{customerId}/disks", {
        params: {
          path: { customerId },
          query: { limit: 2, ...filter, ...(cursor ? { cursor } : {}) },
        },
      });
      return data!;
    });
  }
  /** What an `href` answers, as reseller A would open it. */
  async function open(href: string) {
    const response = await ctx.raw("GET", href, { as: "a" });
    expect(response.status, `GET ${href}`).toBe(200);
    return response.body as { id: string; name?: string };
  }

  describe("resources", () => {
    it("lists VDCs, servers and disks that agree with each other and with the asset usage", async () => {
      const vdcs = await listAll<Schemas["Vdc"]>("/customers/{customerId}/vdcs", NORTHWIND);
      const servers = await listAll<Schemas["Server"]>(
        "/customers/{customerId}/servers",
        NORTHWIND,
      );
      const disks = await listAll<Schemas["Disk"]>("/customers/{customerId}/disks", NORTHWIND);
      const users = await listAll<Schemas["User"]>("/customers/{customerId}/users", NORTHWIND);
      expect(vdcs.map((v) => v.name)).toContain("Production");
      expect(servers.map((s) => s.name)).toContain("web-01");
      const vdcIds = new Set(vdcs.map((v) => v.id));
      const serverIds = new Set(servers.map((s) => s.id));
      for (const server of servers) {
        expect(vdcIds.has(server.vdcId)).toBe(true);
        expect(server.diskCount).toBe(disks.filter((d) => d.serverId === server.id).length);
      }
      for (const disk of disks) {
        expect(vdcIds.has(disk.vdcId)).toBe(true);
        if (disk.serverId !== null) expect(serverIds.has(disk.serverId)).toBe(true);
        if (disk.status === "ATTACHED") expect(disk.serverId).not.toBeNull();
        if (disk.status === "DETACHED") expect(disk.serverId).toBeNull();
      }
      for (const vdc of vdcs) {
        expect(vdc.serverCount).toBe(servers.filter((s) => s.vdcId === vdc.id).length);
        expect(vdc.diskCount).toBe(disks.filter((d) => d.vdcId === vdc.id).length);
      }
      const { data: maxima } = await ctx.a.GET("/customers/{customerId}/asset-maxima", {
        params: { path: { customerId: NORTHWIND } },
      });
      const used = Object.fromEntries(maxima!.usage.map((u) => [u.key, u.used]));
      expect(used).toMatchObject({
        MAX_SERVERS: servers.length,
        MAX_CPUS: servers.reduce((s, x) => s + x.cpus, 0),
        MAX_RAM: servers.reduce((s, x) => s + x.ramMb, 0),
        MAX_DISKS: disks.length,
        MAX_STORAGEGB: disks.reduce((s, x) => s + x.sizeGb, 0),
        MAX_VDCS: vdcs.length,
        MAX_CUSTOMER_USERS: users.length,
      });
    });

    it("lists jobs newest first, filtered by status", async () => {
      const jobs = await listAll<Schemas["Job"]>("/customers/{customerId}/jobs", NORTHWIND);
      expect(jobs.length).toBeGreaterThan(0);
      const started = jobs.map((j) => Date.parse(j.startedAt));
      expect(started).toEqual([...started].sort((x, y) => y - x));
      const status = jobs[0]!.status;
      const { data } = await ctx.a.GET("/customers/{customerId}/jobs", {
        params: { path: { customerId: NORTHWIND }, query: { status, limit: 200 } },
      });
      expect(data!.items.every((j) => j.status === status)).toBe(true);
      expect(data!.total).toBe(jobs.filter((j) => j.status === status).length);
    });

    it("lists related resources: the manageable ones carry a link, the others none", async () => {
      const related = await listAll<Schemas["RelatedResource"]>(
        "/customers/{customerId}/related-resources",
        NORTHWIND,
      );
      expect(related.length).toBeGreaterThan(0);
      for (const resource of related) {
        expect(resource.href !== null, resource.name).toBe(resource.manageable);
      }
    });

    it("opens each VDC, server and disk by id, the same as its list item", async () => {
      for (const customerId of [NORTHWIND, CONTOSO]) {
        for (const vdc of await vdcs(customerId)) {
          const { data } = await ctx.a.GET("/customers/{customerId}/vdcs/{vdcId}", {
            params: { path: { customerId, vdcId: vdc.id } },
          });
          expect(data).toEqual(vdc);
        }
        const listed = await servers(customerId);
        expect(listed.length, "the well-known customers have servers").toBeGreaterThan(0);
        for (const server of listed) {
          const { data } = await ctx.a.GET("/customers/{customerId}/servers/{serverId}", {
            params: { path: { customerId, serverId: server.id } },
          });
          expect(data).toEqual(server);
        }
        for (const disk of await disks(customerId)) {
          const { data } = await ctx.mbe.GET("/customers/{customerId}/disks/{diskId}", {
            params: { path: { customerId, diskId: disk.id } },
          });
          expect(data).toEqual(disk);
        }
      }
    });

    it("shows a server's VDC and disks, and a VDC's totals, that agree with the lists", async () => {
      const allVdcs = await vdcs(NORTHWIND);
      const allServers = await servers(NORTHWIND);
      const allDisks = await disks(NORTHWIND);
      const web01 = allServers.find((s) => s.name === "web-01");
      expect(web01?.vdc.name).toBe("Production");
      for (const server of allServers) {
        expect(server.vdc).toEqual({
          type: "VDC",
          id: server.vdcId,
          name: allVdcs.find((v) => v.id === server.vdcId)?.name,
          href: `/customers/${NORTHWIND}/vdcs/${server.vdcId}`,
        });
        const attached = allDisks.filter((d) => d.serverId === server.id);
        expect(server.disks.map((d) => d.id).sort()).toEqual(attached.map((d) => d.id).sort());
        expect(server.disks.length).toBe(server.diskCount);
        expect(server.storageGb).toBe(attached.reduce((sum, d) => sum + d.sizeGb, 0));
        expect(server.disks[0]?.name, "the boot disk first").toMatch(/-boot$/);
      }
      for (const disk of allDisks) {
        expect(disk.vdc.id).toBe(disk.vdcId);
        expect(disk.server?.id ?? null).toBe(disk.serverId);
        if (disk.server) {
          expect(disk.server.name).toBe(allServers.find((s) => s.id === disk.serverId)?.name);
        }
      }
      for (const vdc of allVdcs) {
        const inVdc = allServers.filter((s) => s.vdcId === vdc.id);
        expect(vdc.cpus).toBe(inVdc.reduce((sum, s) => sum + s.cpus, 0));
        expect(vdc.ramMb).toBe(inVdc.reduce((sum, s) => sum + s.ramMb, 0));
        expect(vdc.storageGb).toBe(
          allDisks.filter((d) => d.vdcId === vdc.id).reduce((sum, d) => sum + d.sizeGb, 0),
        );
      }
    });

    it("opens a server's VDC and disks, and a disk's server, by their href", async () => {
      const [server] = await servers(NORTHWIND);
      expect(server).toBeDefined();
      expect(await open(server!.vdc.href!)).toMatchObject({ id: server!.vdcId });
      for (const link of server!.disks) {
        const disk = (await open(link.href!)) as Schemas["Disk"];
        expect(disk).toMatchObject({ id: link.id, name: link.name, serverId: server!.id });
        expect(await open(disk.server!.href!)).toEqual(server);
      }
    });

    it("filters servers and disks by VDC, and disks by server", async () => {
      const allServers = await servers(NORTHWIND);
      const allDisks = await disks(NORTHWIND);
      for (const vdc of await vdcs(NORTHWIND)) {
        const inVdc = await servers(NORTHWIND, { vdcId: vdc.id });
        expect(inVdc).toEqual(allServers.filter((s) => s.vdcId === vdc.id));
        expect(await disks(NORTHWIND, { vdcId: vdc.id })).toEqual(
          allDisks.filter((d) => d.vdcId === vdc.id),
        );
      }
      for (const server of allServers) {
        const attached = await disks(NORTHWIND, { serverId: server.id });
        expect(attached).toEqual(allDisks.filter((d) => d.serverId === server.id));
        expect(attached.length).toBe(server.diskCount);
        // Both filters at once: the server's disks, as its VDC holds them all.
        expect(await disks(NORTHWIND, { vdcId: server.vdcId, serverId: server.id })).toEqual(
          attached,
        );
      }
    });

    it("matches nothing for a VDC or server of another customer, or of none", async () => {
      const [contosoVdc] = await vdcs(CONTOSO);
      const [contosoServer] = await servers(CONTOSO);
      for (const vdcId of [contosoVdc!.id, UNKNOWN_ID]) {
        const { data } = await ctx.a.GET("/customers/{customerId}/servers", {
          params: { path: { customerId: NORTHWIND }, query: { vdcId } },
        });
        expect(data).toEqual({ items: [], nextCursor: null, total: 0 });
      }
      const { data } = await ctx.a.GET("/customers/{customerId}/disks", {
        params: { path: { customerId: NORTHWIND }, query: { serverId: contosoServer!.id } },
      });
      expect(data).toEqual({ items: [], nextCursor: null, total: 0 });
    });

    it("answers 400 naming the filter that is not a uuid", async () => {
      const base = `/customers/${NORTHWIND}`;
      expectRawProblem(await ctx.raw("GET", `${base}/servers?vdcId=production`), 400, ["vdcId"]);
      expectRawProblem(await ctx.raw("GET", `${base}/disks?vdcId=1`), 400, ["vdcId"]);
      expectRawProblem(await ctx.raw("GET", `${base}/disks?serverId=web-01`), 400, ["serverId"]);
    });

    it("answers 404 for another customer's VDC, server or disk, and for an unknown id", async () => {
      const [vdc] = await vdcs(CONTOSO);
      const [server] = await servers(CONTOSO);
      const [disk] = await disks(CONTOSO);
      for (const [vdcId, serverId, diskId] of [
        [vdc!.id, server!.id, disk!.id],
        [UNKNOWN_ID, UNKNOWN_ID, UNKNOWN_ID],
      ]) {
        const path = { customerId: NORTHWIND };
        await expectProblem(
          ctx.a.GET("/customers/{customerId}/vdcs/{vdcId}", {
            params: { path: { ...path, vdcId: vdcId! } },
          }),
          404,
        );
        await expectProblem(
          ctx.a.GET("/customers/{customerId}/servers/{serverId}", {
            params: { path: { ...path, serverId: serverId! } },
          }),
          404,
        );
        await expectProblem(
          ctx.a.GET("/customers/{customerId}/disks/{diskId}", {
            params: { path: { ...path, diskId: diskId! } },
          }),
          404,
        );
      }
    });
  });

  describe("links to one record", () => {
    it("opens every related resource that has an href, on every page, as the record it names", async () => {
      const related = await allPages<Schemas["RelatedResource"]>(async (cursor) => {
        const { data } = await ctx.a.GET("/customers/{customerId}/related-resources", {
          params: {
            path: { customerId: NORTHWIND },
            query: { limit: 3, ...(cursor ? { cursor } : {}) },
          },
        });
        return data as Page<Schemas["RelatedResource"]>;
      });
      const opened = new Set<string>();
      for (const resource of related) {
        expect(resource.href !== null, resource.name).toBe(resource.manageable);
        if (resource.href === null) continue;
        // A path of its own, not an anchor into a list that pages.
        expect(resource.href).not.toContain("#");
        const record = await open(resource.href);
        expect(record.id).toBe(resource.id);
        expect(record.name).toBe(resource.name);
        opened.add(resource.type);
      }
      expect(opened).toEqual(new Set(["USER", "VDC", "SERVER", "DISK"]));
      // Past the first page too (which the anchors of old failed).
      expect(related.length).toBeGreaterThan(3);
    });

    it("names the resource of each job, with a link that opens it", async () => {
      const jobs = await allPages<Schemas["Job"]>(async (cursor) => {
        const { data } = await ctx.a.GET("/customers/{customerId}/jobs", {
          params: {
            path: { customerId: NORTHWIND },
            query: { limit: 50, ...(cursor ? { cursor } : {}) },
          },
        });
        return data!;
      });
      const expected: Partial<Record<Schemas["Job"]["type"], Schemas["ResourceType"]>> = {
        CREATE_CUSTOMER: "CUSTOMER",
        MODIFY_CUSTOMER: "CUSTOMER",
        CREATE_VDC: "VDC",
        CREATE_SERVER: "SERVER",
        START_SERVER: "SERVER",
        STOP_SERVER: "SERVER",
        CREATE_DISK: "DISK",
        ATTACH_DISK: "DISK",
        SEND_EMAIL: "EMAIL",
      };
      const opened = new Set<string>();
      for (const job of jobs) {
        if (job.type === "IMPERSONATION") {
          expect(job.resource).toBeNull();
          continue;
        }
        expect(job.resource?.type, job.description).toBe(expected[job.type]);
        const resource = job.resource!;
        if (resource.type === "EMAIL") {
          expect(resource.href).toBeNull();
          continue;
        }
        expect(resource.href).not.toBeNull();
        if (opened.has(resource.href!)) continue;
        opened.add(resource.href!);
        const record = await open(resource.href!);
        expect(record.id).toBe(resource.id);
        expect(record.name).toBe(resource.name);
      }
      expect(opened.size).toBeGreaterThan(3);
    });

    it("records what an admin's change worked on, linked", async () => {
      const { customer, etag } = await ctx.newCustomer("a");
      await ctx.a.PATCH("/customers/{customerId}", {
        params: { path: { customerId: customer.id }, header: { "If-Match": etag } },
        body: { name: `${customer.name} renamed` },
      });
      const { data } = await ctx.a.GET("/customers/{customerId}/jobs", {
        params: { path: { customerId: customer.id } },
      });
      const [modified, created] = data!.items;
      expect(modified).toMatchObject({
        type: "MODIFY_CUSTOMER",
        resource: {
          type: "CUSTOMER",
          id: customer.id,
          name: `${customer.name} renamed`,
          href: `/customers/${customer.id}`,
        },
      });
      expect(created?.resource).toEqual({
        type: "CUSTOMER",
        id: customer.id,
        name: customer.name,
        href: `/customers/${customer.id}`,
      });
      expect(await open(modified!.resource!.href!)).toMatchObject({ id: customer.id });
    });
  });
}
