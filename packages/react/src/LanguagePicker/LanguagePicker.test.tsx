import type { LanguageCode } from "@customer-kit/client";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { createTestKit, SANDBOX_IDS, type TestKit } from "../testing/kit";
import { LanguagePicker } from "./LanguagePicker";

// The first read of a test may take seconds on a loaded machine (cold transforms, five suites).
const LOAD = { timeout: 10_000 };
const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

const read = async (kit: TestKit) =>
  (await kit.client.GET("/customers/{customerId}", { params: { path: { customerId: NORTHWIND } } }))
    .data!.defaultLanguage;
const patches = (kit: TestKit) => kit.count("PATCH", `/customers/${NORTHWIND}`);
const group = () => screen.getByRole("group", { name: "Default language" });

async function open(kit: TestKit, props: Partial<Parameters<typeof LanguagePicker>[0]> = {}) {
  const view = render(<LanguagePicker customerId={NORTHWIND} {...props} />, {
    wrapper: kit.wrapper,
  });
  await screen.findByRole("radio", { name: /^German/ }, LOAD);
  return view;
}

function Toggle() {
  const [shown, setShown] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setShown((s) => !s)}>
        toggle
      </button>
      {shown && <LanguagePicker customerId={NORTHWIND} />}
    </>
  );
}

// Generous: user-event typing is slow on a loaded machine (the default is 5 s).
describe("LanguagePicker", { timeout: 30_000 }, () => {
  it("shows a skeleton, then the platform's languages with their own names, the customer's chosen", async () => {
    const kit = createTestKit();
    render(<LanguagePicker customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(screen.getByRole("status")).toHaveTextContent("Loading…");
    await screen.findByRole("radio", { name: /^German/ }, LOAD);
    const names = within(group())
      .getAllByRole("radio")
      .map((r) => r.closest("label")?.textContent);
    expect(names).toEqual([
      // Reseller A's language, named on the card that follows it.
      expect.stringMatching(/^Billing entity's defaultGerman, as Reseller A/),
      "English",
      "GermanDeutsch",
      "FrenchFrançais",
      "SpanishEspañol",
      "RussianРусский",
    ]);
    expect(screen.getByRole("radio", { name: /^English/ })).toBeChecked();
    expect(screen.getByText("Deutsch")).toHaveAttribute("lang", "de");
  });

  it("says that users with a language of their own are not affected, and how many there are", async () => {
    const kit = createTestKit();
    const users = kit.sandbox.store.list("users", NORTHWIND);
    // Two users with a language of their own, the rest following the customer's.
    users.forEach((u, i) => {
      kit.sandbox.store.put("users", { ...u, language: i < 2 ? "fr" : null });
    });
    await open(kit);
    expect(group()).toHaveAccessibleDescription(
      /^Users who set a language of their own keep it: this changes only the users who have not\. ?2 users of this customer have a language of their own\.$/,
    );
  });

  it("changes the language with the keyboard and saves one PATCH", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    expect(screen.getByRole("button", { name: "Save" })).toBeDisabled();
    screen.getByRole("radio", { name: /^English/ }).focus();
    // Arrow keys move through a radio group and choose as they go (the native pattern).
    await user.keyboard("{ArrowDown}");
    await waitFor(() => expect(screen.getByRole("radio", { name: /^German/ })).toBeChecked());
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Saved", {}, LOAD)).toBeInTheDocument();
    expect(patches(kit)).toBe(1);
    expect(await read(kit)).toBe("de");
  });

  it("follows the billing entity again when that is chosen (null in the contract)", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    await user.click(screen.getByRole("radio", { name: /Billing entity's default/ }));
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Saved", {}, LOAD)).toBeInTheDocument();
    expect(await read(kit)).toBeNull();
    // Reseller A's language, named as what the customer now follows.
    expect(screen.getByRole("radio", { name: /Billing entity's default/ })).toBeChecked();
  });

  it("shows a refused language's error next to the choice and sends nothing", async () => {
    // The platform lists a language the contract does not know: the form refuses it on the field.
    const kit = createTestKit();
    kit.sandbox.store.put("languages", {
      id: "it",
      code: "it" as LanguageCode,
      name: "Italian",
      nativeName: "Italiano",
    });
    const user = userEvent.setup();
    await open(kit);
    await user.click(screen.getByRole("radio", { name: /^Italian/ }));
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(group()).toHaveAccessibleDescription(/Not one of the choices\./);
    expect(screen.getByRole("radio", { name: /^Italian/ })).toBeChecked();
    expect(patches(kit)).toBe(0);
  });

  it("keeps a draft across unmount and mount", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    render(<Toggle />, { wrapper: kit.wrapper });
    await user.click(await screen.findByRole("radio", { name: /^French/ }, LOAD));
    await user.click(screen.getByRole("button", { name: "toggle" }));
    await user.click(screen.getByRole("button", { name: "toggle" }));
    await waitFor(() => expect(screen.getByRole("radio", { name: /^French/ })).toBeChecked());
    expect(patches(kit)).toBe(0);
  });

  it("shows a conflict when someone else changed the language, keeps the choice, and reloads", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    await user.click(screen.getByRole("radio", { name: /^French/ }));
    await kit.client.PATCH("/customers/{customerId}", {
      params: { path: { customerId: NORTHWIND }, header: { "If-Match": "*" } },
      body: { defaultLanguage: "es" },
    });
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Someone else changed this", {}, LOAD)).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: /^French/ })).toBeChecked();
    expect(await read(kit)).toBe("es");

    await user.click(screen.getByRole("button", { name: "Reload current values" }));
    await waitFor(() => expect(screen.getByRole("radio", { name: /^Spanish/ })).toBeChecked());
    await user.click(screen.getByRole("radio", { name: /^Russian/ }));
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Saved", {}, LOAD)).toBeInTheDocument();
    expect(await read(kit)).toBe("ru");
  });

  it("shows an error with a retry when the languages cannot be read", async () => {
    const kit = createTestKit();
    kit.sandbox.setFaults({ status: { listLanguages: 500 } });
    const user = userEvent.setup();
    render(<LanguagePicker customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    const alert = await screen.findByRole("alert");
    kit.sandbox.setFaults(undefined);
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("radio", { name: /^German/ })).toBeInTheDocument();
  });

  it("read-only shows the choice, disabled, without Save", async () => {
    const kit = createTestKit();
    await open(kit, { readOnly: true });
    expect(screen.getByRole("radio", { name: /^English/ })).toBeChecked();
    expect(screen.getByRole("radio", { name: /^German/ })).toBeDisabled();
    expect(screen.queryByRole("button", { name: "Save" })).toBeNull();
  });
});
