import { ResourceList } from "@customer-kit/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { SANDBOX_IDS } from "./support/kit";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

const meta = {
  title: "Panels/ResourceList",
  component: ResourceList,
  args: { customerId: NORTHWIND, onLoginAsCustomer: fn() },
} satisfies Meta<typeof ResourceList>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("button", { name: "Production" })).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Log in as customer" }));
    await expect(args.onLoginAsCustomer).toHaveBeenCalled();
  },
};

export const Servers: Story = { args: { defaultView: { kind: "list", type: "SERVER" } } };

/** Open a server, see its disks, open one; Back twice lands on the server's row. */
export const DetailView: Story = {
  name: "Detail view",
  args: { defaultView: { kind: "list", type: "SERVER" } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "web-01" }));
    await expect(await canvas.findByRole("heading", { name: "web-01" })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Production" })).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "web-01-boot" }));
    await expect(await canvas.findByRole("heading", { name: "web-01-boot" })).toBeVisible();
    await expect(canvas.getByText("40 GB")).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Back" }));
    await userEvent.click(await canvas.findByRole("button", { name: "Back" }));
    await waitFor(() => expect(canvas.getByRole("button", { name: "web-01" })).toHaveFocus());
  },
};

/** A server opened from outside (`view`), as RelatedResources does. */
export const ServerDetail: Story = {
  args: {
    defaultView: { kind: "detail", type: "SERVER", id: "7b6c5d4e-3f2a-4b1c-8d0e-9f8a7b6c5d4e" },
  },
};

export const Loading: Story = { parameters: { kit: { pending: ["listVdcs"] } } };

export const Empty: Story = {
  parameters: {
    kit: {
      arrange: (s) => {
        for (const v of s.store.list("vdcs", NORTHWIND)) s.store.remove("vdcs", v.id);
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("No VDCs yet")).toBeVisible();
  },
};

export const Failed: Story = {
  name: "Error",
  parameters: { kit: { faults: { status: { listVdcs: 500 } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("alert", {}, { timeout: 15_000 })).toHaveTextContent(
      "Something went wrong",
    );
    await expect(canvas.getByRole("button", { name: "Try again" })).toBeVisible();
  },
};

/** Without `onLoginAsCustomer` (or with `readOnly`), the hint has no button. */
export const WithoutLogin: Story = { args: { onLoginAsCustomer: undefined } };

export const Dark: Story = {
  args: { defaultView: { kind: "list", type: "SERVER" } },
  parameters: { kit: { scheme: "dark" } },
};

export const Narrow: Story = {
  args: { defaultView: { kind: "list", type: "SERVER" } },
  parameters: { kit: { narrow: true } },
};
