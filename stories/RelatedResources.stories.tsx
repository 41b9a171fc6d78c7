import { InformationPanel, RelatedResources } from "@customer-kit/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { SANDBOX_IDS } from "./support/kit";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

const meta = {
  title: "Panels/RelatedResources",
  component: RelatedResources,
  args: { customerId: NORTHWIND, onNavigate: fn() },
} satisfies Meta<typeof RelatedResources>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Manageable resources are links (`onNavigate`); the rest show their UUID with a copy button. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Production" }));
    await expect(args.onNavigate).toHaveBeenCalledWith(
      expect.objectContaining({ type: "VDC", name: "Production" }),
    );
    await expect(canvas.getByRole("button", { name: "Copy the UUID of Reseller A" })).toBeVisible();
  },
};

/** Without `onNavigate`, every resource shows its UUID. */
export const WithoutNavigation: Story = { args: { onNavigate: undefined } };

export const Loading: Story = { parameters: { kit: { pending: ["listRelatedResources"] } } };

export const Failed: Story = {
  name: "Error",
  parameters: { kit: { faults: { status: { listRelatedResources: 500 } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("alert", {}, { timeout: 15_000 })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Try again" })).toBeVisible();
  },
};

export const Dark: Story = { parameters: { kit: { scheme: "dark" } } };

export const Narrow: Story = { parameters: { kit: { narrow: true } } };

/** The dialog's Information tab: jobs over related resources; a VDC opens in place, Back returns. */
export const Information: Story = {
  render: (args) => <InformationPanel customerId={args.customerId} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const related = await canvas.findByRole("table", { name: "Related resources" });
    await userEvent.click(within(related).getByRole("button", { name: "Production" }));
    await expect(await canvas.findByRole("heading", { name: "Production" })).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Back" }));
    await waitFor(() =>
      expect(canvasElement.ownerDocument.activeElement).toHaveAttribute(
        "data-resource-type",
        "VDC",
      ),
    );
  },
};
