/**
 * The message format of the catalogues: `{name}` placeholders, and one level of ICU-style plurals,
 * `{count, plural, one {# entry} other {# entries}}` (`#` is the count, formatted; `=0 {…}` matches
 * exactly), chosen with `Intl.PluralRules` so that Russian's `few`/`many` work as English's `one`.
 * Small on purpose: the kit's strings need no more, and a full ICU parser would cost more than
 * every catalogue together.
 */

/** Values a message's placeholders take. */
export type MessageValues = Record<string, string | number>;

const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

/** Fills `message`'s placeholders and plurals for `locale`; a missing value keeps its `{name}`. */
export function formatMessage(message: string, values: MessageValues | undefined, locale: string) {
  if (!values) return message;
  const number = new Intl.NumberFormat(locale);
  const rules = new Intl.PluralRules(locale);
  const plural = message.replace(PLURAL, (whole, name: string, branches: string) => {
    const count = Number(values[name]);
    if (!Number.isFinite(count)) return whole;
    const found = new Map<string, string>();
    for (const [, key, text] of branches.matchAll(BRANCH)) found.set(key as string, text as string);
    const text = found.get(`=${count}`) ?? found.get(rules.select(count)) ?? found.get("other");
    return (text ?? "").replaceAll("#", number.format(count));
  });
  return plural.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? number.format(value) : value;
  });
}

/** The placeholder and plural names a message uses, to compare a translation with English. */
export function messageArguments(message: string): string[] {
  const names = new Set<string>();
  for (const [, name] of message.matchAll(/\{(\w+)[,}]/g)) names.add(name as string);
  return [...names].sort();
}
