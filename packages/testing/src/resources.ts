import type { Locator } from "@playwright/test";
import { exactText, part, type Root } from "./root";

/** A resource type of `ResourceList`, in the order of its switch. */
export type ResourceKind = "VDC" | "SERVER" | "DISK";

const KIND_INDEX: Record<ResourceKind, number> = { VDC: 0, SERVER: 1, DISK: 2 };

/**
 * `ResourceList` (`data-part="resources-panel"`): VDCs, servers and disks (a switch of three
 * toggle buttons), each list a table whose names open a read-only detail (`resources-detail`:
 * title, facts, related resources, Back), and the hint that acting on them means logging in as
 * the customer (a `notice`, with "Log in as customer" when the host supports it).
 *
 * Locale-independent: parts, the resources' names, and the switch's buttons by position
 * (VDCs, Servers, Disks); `fact(label)` takes the fact's visible label in the page's locale.
 */
export class ResourceListPage {
  /** The panel. */
  readonly root: Locator;

  /** @param root The page, a dialog's panel, or any element holding one `ResourceList`. */
  constructor(root: Root) {
    this.root = part(root, "resources-panel").first();
  }

  /** The switch's button of a type (`resources-switch`; `aria-pressed` on the shown one). */
  switchButton(kind: ResourceKind): Locator {
    return part(this.root, "resources-switch").getByRole("button").nth(KIND_INDEX[kind]);
  }

  /** Shows the list of a type and waits until its button is pressed. */
  async show(kind: ResourceKind): Promise<void> {
    const button = this.switchButton(kind);
    await button.click();
    await button.and(this.root.getByRole("button", { pressed: true })).waitFor();
  }

  /** The shown list's table. */
  get table(): Locator {
    return this.root.locator('[data-part="table"]');
  }

  /** The shown list's rows. */
  get rows(): Locator {
    return this.table.locator("tbody tr");
  }

  /** The row of the resource named exactly `name`. */
  row(name: string): Locator {
    return this.rows.filter({
      has: this.root.page().locator('[data-part="resources-link"]', { hasText: exactText(name) }),
    });
  }

  /** The link (`resources-link`) that opens the resource named exactly `name`, in a list or a detail. */
  link(name: string): Locator {
    return part(this.root, "resources-link").filter({ hasText: exactText(name) });
  }

  /** Opens the resource named exactly `name` and waits for its detail's title. */
  async open(name: string): Promise<void> {
    await this.link(name).first().click();
    await this.detailTitle.filter({ hasText: exactText(name) }).waitFor();
  }

  /** The open detail (`resources-detail`). */
  get detail(): Locator {
    return part(this.root, "resources-detail");
  }

  /** The detail's title, the resource's name (`resources-detail-title`; it takes focus). */
  get detailTitle(): Locator {
    return part(this.root, "resources-detail-title");
  }

  /** The detail's badges (the type, then the state) in its header. */
  get detailBadges(): Locator {
    return part(this.root, "resources-detail-header").locator('[data-part="badge"]');
  }

  /** The detail's facts (`resources-fact`: a `dt` and its `dd`). */
  get facts(): Locator {
    return part(this.root, "resources-fact");
  }

  /** The value (`dd`) of the fact labelled exactly `label` ("CPUs", "Size", "VDC", …). */
  fact(label: string): Locator {
    return this.facts
      .filter({ has: this.root.page().locator("dt", { hasText: exactText(label) }) })
      .locator("dd");
  }

  /** The detail's lists of related resources (`resources-related`: a heading and links). */
  get related(): Locator {
    return part(this.root, "resources-related");
  }

  /** Back (`resources-back`): to the list, or to the detail this one was opened from. */
  async back(): Promise<void> {
    await part(this.root, "resources-back").getByRole("button").click();
  }

  /** The read-only hint (the panel's `notice`). */
  get hint(): Locator {
    return part(this.root, "notice").first();
  }

  /** The hint's action ("Log in as customer"), when the host gives one. */
  get loginButton(): Locator {
    return this.hint.getByRole("button");
  }

  /** The empty state (`empty-state`) of a type without resources. */
  get empty(): Locator {
    return part(this.root, "empty-state");
  }

  /** The error state with its retry (`error-state`, `role="alert"`). */
  get error(): Locator {
    return part(this.root, "error-state");
  }
}
