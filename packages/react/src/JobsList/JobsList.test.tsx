import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { createTestKit, SANDBOX_IDS } from "../testing/kit";
import { JobsList } from "./JobsList";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

describe("JobsList", { timeout: 20_000 }, () => {
  it("shows skeleton rows while the jobs load", () => {
    const kit = createTestKit();
    render(<JobsList customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(screen.getByRole("status")).toHaveTextContent("Loading jobs…");
  });

  it("lists the seeded jobs newest first, with status and who started them", async () => {
    const kit = createTestKit();
    render(<JobsList customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    const table = await screen.findByRole("table", { name: "Jobs" });
    const jobs = kit.sandbox.store
      .list("jobs", NORTHWIND)
      .sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
    const first = jobs[0];
    if (!first) throw new Error("Northwind has no seeded jobs");
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.length).toBe(Math.min(jobs.length, 25));
    expect(rows[0]).toHaveTextContent(first.description);
    expect(rows[0]).toHaveTextContent(`By ${first.createdBy}`);
  });

  it("makes a job's server a link through onNavigate", async () => {
    const kit = createTestKit();
    const onNavigate = vi.fn();
    const user = userEvent.setup();
    render(<JobsList customerId={NORTHWIND} onNavigate={onNavigate} />, { wrapper: kit.wrapper });
    await screen.findByRole("table", { name: "Jobs" });
    const job = kit.sandbox.store
      .list("jobs", NORTHWIND)
      .sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt))
      .slice(0, 25)
      .find((j) => j.resource?.type === "SERVER");
    if (!job?.resource) throw new Error("no job on a server");
    const link = screen.getAllByRole("button", { name: job.resource.name })[0] as HTMLElement;
    await user.click(link);
    expect(onNavigate).toHaveBeenCalledWith(
      expect.objectContaining({ type: "SERVER", id: job.resource.id }),
    );
  });

  it("shows an empty state when the customer has no jobs", async () => {
    const kit = createTestKit();
    for (const j of kit.sandbox.store.list("jobs", NORTHWIND))
      kit.sandbox.store.remove("jobs", j.id);
    render(<JobsList customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(await screen.findByText("No jobs yet")).toBeVisible();
  });

  it("shows an error with a retry that loads the jobs", async () => {
    const kit = createTestKit();
    kit.sandbox.setFaults({ status: { listJobs: 500 } });
    const user = userEvent.setup();
    render(<JobsList customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(await screen.findByRole("alert", {}, { timeout: 15_000 })).toBeVisible();
    kit.sandbox.setFaults({});
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("table", { name: "Jobs" })).toBeVisible();
  });
});
