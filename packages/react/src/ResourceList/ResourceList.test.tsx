import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { createTestKit, SANDBOX_IDS } from "../testing/kit";
import { ResourceList } from "./ResourceList";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
const WEB_01 = "7b6c5d4e-3f2a-4b1c-8d0e-9f8a7b6c5d4e";

const row = (name: string) =>
  screen.getByRole("button", { name }).closest("tr") as HTMLTableRowElement;

describe("ResourceList", { timeout: 20_000 }, () => {
  it("shows skeleton rows while the VDCs load", () => {
    const kit = createTestKit();
    render(<ResourceList customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(screen.getByRole("status")).toHaveTextContent("Loading VDCs…");
  });

  it("lists the seeded VDCs, servers and disks, switched with toggle buttons", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    render(<ResourceList customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    await screen.findByRole("table", { name: "VDCs" });
    expect(within(row("Production")).getByText("Active")).toBeVisible();
    const servers = screen.getByRole("button", { name: "Servers" });
    expect(servers).toHaveAttribute("aria-pressed", "false");
    await user.click(servers);
    expect(servers).toHaveAttribute("aria-pressed", "true");
    await screen.findByRole("table", { name: "Servers" });
    const web = within(row("web-01"));
    expect(web.getByText("Running")).toBeVisible();
    expect(web.getByText("8 GB")).toHaveAttribute("data-numeric");
    expect(web.getByText("203.0.113.10")).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Disks" }));
    await screen.findByRole("table", { name: "Disks" });
    expect(screen.getAllByRole("row").length).toBeGreaterThan(2);
  });

  it("opens a server, its disk, goes back step by step, and lands on the server's row", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    render(<ResourceList customerId={NORTHWIND} defaultView={{ kind: "list", type: "SERVER" }} />, {
      wrapper: kit.wrapper,
    });
    await screen.findByRole("table", { name: "Servers" });
    await user.click(screen.getByRole("button", { name: "web-01" }));
    const title = await screen.findByRole("heading", { name: "web-01" });
    await waitFor(() => expect(title).toHaveFocus());
    expect(screen.getByRole("button", { name: "Production" })).toBeVisible();
    await user.click(screen.getByRole("button", { name: "web-01-boot" }));
    expect(await screen.findByRole("heading", { name: "web-01-boot" })).toBeVisible();
    expect(screen.getByText("40 GB")).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(await screen.findByRole("heading", { name: "web-01" })).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Back" }));
    await screen.findByRole("table", { name: "Servers" });
    await waitFor(() => expect(screen.getByRole("button", { name: "web-01" })).toHaveFocus());
  });

  it("works from the keyboard: the switch, a row, Back", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    render(<ResourceList customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    await screen.findByRole("table", { name: "VDCs" });
    await user.tab();
    await user.tab();
    expect(screen.getByRole("button", { name: "Servers" })).toHaveFocus();
    await user.keyboard("{Enter}");
    await screen.findByRole("table", { name: "Servers" });
    screen.getByRole("button", { name: "db-01" }).focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(screen.getByRole("heading", { name: "db-01" })).toHaveFocus());
    await user.keyboard("{Shift>}{Tab}{/Shift}");
    expect(screen.getByRole("button", { name: "Back" })).toHaveFocus();
    await user.keyboard(" ");
    await waitFor(() => expect(screen.getByRole("button", { name: "db-01" })).toHaveFocus());
  });

  it("opens a detail from outside (controlled view) and reports Back", async () => {
    const kit = createTestKit();
    const onViewChange = vi.fn();
    const user = userEvent.setup();
    render(
      <ResourceList
        customerId={NORTHWIND}
        view={{ kind: "detail", type: "SERVER", id: WEB_01 }}
        onViewChange={onViewChange}
      />,
      { wrapper: kit.wrapper },
    );
    await screen.findByRole("heading", { name: "web-01" });
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(onViewChange).toHaveBeenCalledWith({ kind: "list", type: "SERVER" });
  });

  it("offers logging in as the customer only when the host wires it", async () => {
    const kit = createTestKit();
    const onLogin = vi.fn();
    const user = userEvent.setup();
    const view = render(<ResourceList customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    await screen.findByRole("table", { name: "VDCs" });
    expect(screen.queryByRole("button", { name: "Log in as customer" })).toBeNull();
    view.rerender(<ResourceList customerId={NORTHWIND} onLoginAsCustomer={onLogin} />);
    await user.click(screen.getByRole("button", { name: "Log in as customer" }));
    expect(onLogin).toHaveBeenCalledOnce();
  });

  it("pages as the contract pages", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    render(
      <ResourceList
        customerId={NORTHWIND}
        defaultView={{ kind: "list", type: "DISK" }}
        pageSize={2}
      />,
      {
        wrapper: kit.wrapper,
      },
    );
    await screen.findByRole("table", { name: "Disks" });
    const total = kit.sandbox.store.list("disks", NORTHWIND).length;
    expect(screen.getByText(`1–2 of ${total}`)).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(await screen.findByText(`3–4 of ${total}`)).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Previous" }));
    expect(await screen.findByText(`1–2 of ${total}`)).toBeVisible();
  });

  it("shows an empty state when the customer has no VDCs", async () => {
    const kit = createTestKit();
    for (const v of kit.sandbox.store.list("vdcs", NORTHWIND))
      kit.sandbox.store.remove("vdcs", v.id);
    render(<ResourceList customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(await screen.findByText("No VDCs yet")).toBeVisible();
  });

  it("shows an error with a retry that loads the list", async () => {
    const kit = createTestKit();
    kit.sandbox.setFaults({ status: { listVdcs: 500 } });
    const user = userEvent.setup();
    render(<ResourceList customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(await screen.findByRole("alert", {}, { timeout: 15_000 })).toHaveTextContent(
      "Something went wrong",
    );
    kit.sandbox.setFaults({});
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("table", { name: "VDCs" })).toBeVisible();
  });
});
