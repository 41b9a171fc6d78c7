import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { createTestKit, SANDBOX_IDS } from "../testing/kit";
import { InformationPanel } from "./InformationPanel";
import { RelatedResources } from "./RelatedResources";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
const RESELLER_A = SANDBOX_IDS.billingEntities.resellerA;

const row = (text: string) => screen.getByText(text).closest("tr") as HTMLTableRowElement;

describe("RelatedResources", { timeout: 20_000 }, () => {
  it("shows skeleton rows while loading", () => {
    const kit = createTestKit();
    render(<RelatedResources customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(screen.getByRole("status")).toHaveTextContent("Loading related resources…");
  });

  it("links manageable resources through onNavigate", async () => {
    const kit = createTestKit();
    const onNavigate = vi.fn();
    const user = userEvent.setup();
    render(<RelatedResources customerId={NORTHWIND} onNavigate={onNavigate} />, {
      wrapper: kit.wrapper,
    });
    await screen.findByRole("table", { name: "Related resources" });
    await user.click(screen.getByRole("button", { name: "Production" }));
    expect(onNavigate).toHaveBeenCalledWith(
      expect.objectContaining({ type: "VDC", name: "Production" }),
    );
    await user.click(screen.getByRole("button", { name: "Jane Doe" }));
    expect(onNavigate).toHaveBeenLastCalledWith(expect.objectContaining({ type: "USER" }));
  });

  it("shows the UUID of a non-manageable resource with a copy button", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    render(<RelatedResources customerId={NORTHWIND} onNavigate={() => {}} />, {
      wrapper: kit.wrapper,
    });
    await screen.findByRole("table", { name: "Related resources" });
    const entity = within(row("Reseller A"));
    expect(entity.getByText("Billing entity")).toBeVisible();
    expect(entity.getByText(RESELLER_A)).toBeVisible();
    const copy = entity.getByRole("button", { name: "Copy the UUID of Reseller A" });
    await user.click(copy);
    expect(await navigator.clipboard.readText()).toBe(RESELLER_A);
    expect(copy).toHaveTextContent("Copied");
  });

  it("shows an error with a retry", async () => {
    const kit = createTestKit();
    kit.sandbox.setFaults({ status: { listRelatedResources: 500 } });
    const user = userEvent.setup();
    render(<RelatedResources customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(await screen.findByRole("alert", {}, { timeout: 15_000 })).toBeVisible();
    kit.sandbox.setFaults({});
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("table", { name: "Related resources" })).toBeVisible();
  });
});

describe("InformationPanel", { timeout: 20_000 }, () => {
  it("shows jobs over related resources, opens a VDC in place and goes back onto its link", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    render(<InformationPanel customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    await screen.findByRole("table", { name: "Jobs" });
    await screen.findByRole("table", { name: "Related resources" });
    // Users open elsewhere: without the host's onNavigate they are not links here.
    expect(screen.queryByRole("button", { name: "Jane Doe" })).toBeNull();
    const related = screen.getByRole("table", { name: "Related resources" });
    const production = within(related).getByRole("button", { name: "Production" });
    await user.click(production);
    expect(await screen.findByRole("heading", { name: "Production" })).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Back" }));
    await screen.findByRole("table", { name: "Related resources" });
    await waitFor(() =>
      expect(document.activeElement).toHaveAttribute("data-resource-type", "VDC"),
    );
  });
});
