import type { Locator } from "@playwright/test";
import { ResourceListPage } from "./resources";
import { exactText, part, type Root } from "./root";

/**
 * `JobsList` (`data-part="jobs-list"`): the customer's jobs, newest first (status, what it was and
 * who started it, its resource, started, finished), paged (`resources-pager`).
 *
 * Locale-independent: parts and the resources' names.
 */
export class JobsListPage {
  /** The list. */
  readonly root: Locator;

  /** @param root The page, a dialog's panel, or any element holding one `JobsList`. */
  constructor(root: Root) {
    this.root = part(root, "jobs-list").first();
  }

  /** The jobs shown (rows of the table's body). */
  get rows(): Locator {
    return this.root.locator("tbody tr");
  }

  /** The rows whose text contains `text` (a job's description, say). */
  rowsWith(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  /** A resource's link (`resources-link`) named exactly `name`, when the host can open it. */
  link(name: string): Locator {
    return part(this.root, "resources-link").filter({ hasText: exactText(name) });
  }

  /** The pager (`resources-pager`), when the jobs fill more than one page. */
  get pager(): Locator {
    return part(this.root, "resources-pager");
  }

  /** The empty state (`empty-state`). */
  get empty(): Locator {
    return part(this.root, "empty-state");
  }

  /** The error state with its retry (`error-state`, `role="alert"`). */
  get error(): Locator {
    return part(this.root, "error-state");
  }
}

/**
 * `RelatedResources` (`data-part="related-resources"`): everything linked to the customer (type,
 * name, UUID); manageable ones are links (`resources-link`), the rest show their UUID
 * (`related-id`) with a copy button.
 *
 * Locale-independent: parts and the resources' names.
 */
export class RelatedResourcesPage {
  /** The list. */
  readonly root: Locator;

  /** @param root The page, a dialog's panel, or any element holding one `RelatedResources`. */
  constructor(root: Root) {
    this.root = part(root, "related-resources").first();
  }

  /** The resources shown (rows of the table's body). */
  get rows(): Locator {
    return this.root.locator("tbody tr");
  }

  /** The row of the resource named exactly `name` (its second cell). */
  row(name: string): Locator {
    return this.rows.filter({
      has: this.root.page().locator("td:nth-child(2)", { hasText: exactText(name) }),
    });
  }

  /** The link (`resources-link`) of the manageable resource named exactly `name`. */
  link(name: string): Locator {
    return part(this.root, "resources-link").filter({ hasText: exactText(name) });
  }

  /** The UUID a resource's row shows (`related-id`'s `code`); none for a link. */
  id(name: string): Locator {
    return part(this.row(name), "related-id").locator("code");
  }

  /** The copy button of a resource's UUID (its label names the resource). */
  copyButton(name: string): Locator {
    return part(this.row(name), "related-id").getByRole("button");
  }

  /** The pager (`resources-pager`), when the resources fill more than one page. */
  get pager(): Locator {
    return part(this.root, "resources-pager");
  }

  /** The empty state (`empty-state`). */
  get empty(): Locator {
    return part(this.root, "empty-state");
  }

  /** The error state with its retry (`error-state`, `role="alert"`). */
  get error(): Locator {
    return part(this.root, "error-state");
  }
}

/**
 * The dialog's Information tab (`InformationPanel`, `data-part="related-information"`): the jobs
 * over the related resources. A VDC, server or disk link opens its read-only detail in place (a
 * `ResourceList` detail: `detail`), whose Back returns to the lists.
 */
export class InformationPanelPage {
  /** The jobs. */
  readonly jobs: JobsListPage;
  /** The related resources. */
  readonly related: RelatedResourcesPage;
  /** The detail a followed link opened (a `ResourceList` in its detail view). */
  readonly detail: ResourceListPage;

  /** @param root The dialog's Information panel (or any element holding one `InformationPanel`). */
  constructor(root: Root) {
    this.jobs = new JobsListPage(root);
    this.related = new RelatedResourcesPage(root);
    this.detail = new ResourceListPage(root);
  }
}
