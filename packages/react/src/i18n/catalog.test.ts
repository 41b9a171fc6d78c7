import { describe, expect, it } from "vitest";
import de from "../locales/de";
import es from "../locales/es";
import fr from "../locales/fr";
import ru from "../locales/ru";
import { en } from "./catalog";
import { formatMessage, messageArguments } from "./translate";

const LOCALES = { de, fr, es, ru };

describe("the message catalogues", () => {
  for (const [name, messages] of Object.entries(LOCALES)) {
    it(`${name} has every English key, and no other`, () => {
      const missing = Object.keys(en).filter((key) => !(key in messages));
      const extra = Object.keys(messages).filter((key) => !(key in en));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it(`${name} uses the same placeholders as English in every message`, () => {
      const wrong = Object.entries(en)
        .filter(([key, text]) => {
          const translated = (messages as Record<string, string>)[key] ?? "";
          return messageArguments(text).join() !== messageArguments(translated).join();
        })
        .map(([key]) => key);
      expect(wrong).toEqual([]);
    });

    it(`${name} is translated, not English copied over`, () => {
      // Names that read the same in every language (VDC, IPv4, E-mail) are few; most must differ.
      const same = Object.entries(en).filter(
        ([key, text]) => (messages as Record<string, string>)[key] === text,
      );
      expect(same.length / Object.keys(en).length).toBeLessThan(0.12);
    });
  }
});

describe("formatMessage", () => {
  it("fills placeholders and formats numbers in the locale", () => {
    expect(formatMessage("{count} of {limit}", { count: 1234, limit: "10" }, "de")).toBe(
      "1.234 of 10",
    );
  });

  it("picks the plural branch by the locale's rules", () => {
    const ru = "{count, plural, one {# запись} few {# записи} many {# записей} other {# записи}}";
    expect(formatMessage(ru, { count: 1 }, "ru")).toBe("1 запись");
    expect(formatMessage(ru, { count: 3 }, "ru")).toBe("3 записи");
    expect(formatMessage(ru, { count: 5 }, "ru")).toBe("5 записей");
    const en = "{count, plural, =0 {No entries} one {# entry} other {# entries}}";
    expect(formatMessage(en, { count: 0 }, "en")).toBe("No entries");
    expect(formatMessage(en, { count: 2 }, "en")).toBe("2 entries");
  });

  it("keeps a placeholder it has no value for, so a missing value shows rather than vanishes", () => {
    expect(formatMessage("Delete {name}?", {}, "en")).toBe("Delete {name}?");
  });
});
