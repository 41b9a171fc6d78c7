import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
// The primitives every panel is built from (internal to the package, shown here for designers).
import {
  Badge,
  Button,
  EmptyState,
  ErrorState,
  LoadingState,
  Meter,
  Notice,
  Section,
  Skeleton,
} from "../packages/react/src/ui";

function Primitives({ onRetry }: { onRetry: () => void }) {
  return (
    <div className="sb-stack">
      <Section
        title="Buttons"
        description="Primary for the one main action of a form; secondary for the rest."
      >
        <div className="sb-row">
          <Button variant="primary">Save</Button>
          <Button>Cancel</Button>
          <Button variant="ghost">More</Button>
          <Button variant="danger">Delete</Button>
          <Button variant="primary" busy>
            Saving…
          </Button>
          <Button disabled>Disabled</Button>
          <Button size="sm">Small</Button>
        </div>
      </Section>
      <Section title="Badges">
        <div className="sb-row">
          <Badge>Neutral</Badge>
          <Badge tone="accent">Accent</Badge>
          <Badge tone="success">Active</Badge>
          <Badge tone="warning">Warning</Badge>
          <Badge tone="danger">Disabled</Badge>
        </div>
      </Section>
      <Section title="Meters">
        <Meter value={3} max={10} label="Servers" valueText="3 of 10" />
        <Meter value={9} max={10} label="CPU cores" valueText="9 of 10" />
        <Meter value={12} max={10} label="Disks" valueText="12 of 10" />
      </Section>
      <Section title="Notices">
        <Notice title="Heads up">Public and private network limits override the VLAN limit.</Notice>
        <Notice tone="warning" title="Low balance">
          The balance is under the warn level.
        </Notice>
        <Notice tone="danger" title="Cut off">
          The customer is at the cutoff balance.
        </Notice>
        <Notice tone="success">Saved.</Notice>
      </Section>
      <Section title="States">
        <LoadingState>
          <Skeleton width="sm" />
          <Skeleton height="control" />
          <Skeleton width="lg" />
        </LoadingState>
        <EmptyState
          title="No users yet"
          description="Add the first user of this customer."
          action={<Button>Add user</Button>}
        />
        <ErrorState error={new Error("boom")} onRetry={onRetry} />
      </Section>
    </div>
  );
}

const meta = {
  title: "Foundations/Primitives",
  component: Primitives,
  args: { onRetry: fn() },
} satisfies Meta<typeof Primitives>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Light: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Try again" }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};
export const Dark: Story = { parameters: { kit: { scheme: "dark" } } };
export const Narrow: Story = { parameters: { kit: { narrow: true } } };
