import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState, version } from "react";
import { expect, it } from "vitest";
import { CustomerDialog } from "./CustomerDialog";
import { createTestKit, SANDBOX_IDS } from "./testing/kit";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

/** A host that opens the dialog with its own button, and says which React rendered it. */
function Host() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <p>rendered by React {version}</p>
      <button type="button" onClick={() => setOpen(true)}>
        Manage Northwind
      </button>
      <CustomerDialog customerId={NORTHWIND} open={open} onOpenChange={setOpen} />
    </>
  );
}

// Both projects (react on 19, react-react18 on 18) run every component test; this one proves each
// runs the React it says, with one React for our code, TanStack Query, Testing Library and Radix:
// a second copy would fail on Radix's first hook ("Invalid hook call") or in its portal.
it("opens the dialog, through Radix's hooks and portal, on the React this project runs", async () => {
  const kit = createTestKit();
  const user = userEvent.setup();
  render(<Host />, { wrapper: kit.wrapper });
  const major = process.env.CK_REACT === "18" ? "18" : "19";
  expect(screen.getByText(/^rendered by React/)).toHaveTextContent(`rendered by React ${major}.`);

  await user.click(screen.getByRole("button", { name: "Manage Northwind" }));
  const dialog = await screen.findByRole("dialog", { name: "Northwind Traders" });
  // Radix's tabs and dropdown menu run too: the first tab is selected, the menu opens.
  expect(within(dialog).getByRole("tab", { selected: true })).toHaveTextContent("Configuration");
  await user.click(within(dialog).getByRole("button", { name: "More actions" }));
  expect(await screen.findAllByRole("menuitem")).not.toHaveLength(0);
  await user.keyboard("{Escape}");
  await user.keyboard("{Escape}");
  expect(screen.queryByRole("dialog")).toBeNull();
});
