/**
 * Elements whose content the HTML tokenizer reads as text up to their end tag (RAWTEXT, RCDATA and
 * script data in HTML content): a `<` inside them opens no tag.
 */
const RAW_TEXT = new Set([
  "script",
  "style",
  "textarea",
  "title",
  "xmp",
  "iframe",
  "noembed",
  "noframes",
]);

const SPACE = /[\t\n\f\r ]/;

/**
 * `html` with every `on…` attribute taken out of its tags, at the level of the string, following
 * the HTML tokenizer (attribute names after whitespace, `/` or a quoted value; quoted and unquoted
 * values; comments; raw-text elements such as `<script>` and `<textarea>`).
 *
 * Why: Chromium reports a `script-src-attr` CSP violation (to the console, `securitypolicyviolation`
 * and the host's report-uri) as soon as it PARSES an element with an event-handler attribute
 * under a CSP without 'unsafe-inline', even in an inert `<template>`, `DOMParser` or
 * `createHTMLDocument` document where nothing can run; DOMPurify has to parse the HTML to clean
 * it. Taking the handlers out before the parse means the browser never sees one.
 *
 * Not a sanitiser, and nothing relies on it for safety: DOMPurify still sanitises what this
 * returns (it removes every `on…` attribute itself). Whatever this function made of odd markup,
 * the result is still a string that DOMPurify cleans in full, so the output is exactly as safe as
 * DOMPurify's; a handler this pass misses only costs the report it exists to avoid.
 */
export function stripEventHandlers(html: string): { html: string; stripped: number } {
  // Nothing to do (the common case): no "on" that could start an attribute name.
  if (!/on/i.test(html)) return { html, stripped: 0 };
  let out = "";
  let stripped = 0;
  let i = 0;
  const n = html.length;
  const at = (k: number) => html.charAt(k);
  const isAlpha = (c: string) => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z");

  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    i = lt;
    // Comments (`<!--…-->`, `<!-->` and `<!--->` too) and bogus comments (`<!…>`, `<?…>`).
    if (html.startsWith("<!--", i)) {
      let end: number;
      if (html.startsWith(">", i + 4)) end = i + 5;
      else if (html.startsWith("->", i + 4)) end = i + 6;
      else {
        const close = html.indexOf("-->", i + 4);
        const bang = html.indexOf("--!>", i + 4);
        const first = close < 0 ? bang : bang < 0 ? close : Math.min(close, bang);
        end = first < 0 ? n : first + (first === bang ? 4 : 3);
      }
      out += html.slice(i, end);
      i = end;
      continue;
    }
    const next = at(i + 1);
    const endTag = next === "/";
    if (next === "!" || next === "?" || (endTag && !isAlpha(at(i + 2)))) {
      const close = html.indexOf(">", i + 1);
      const end = close < 0 ? n : close + 1;
      out += html.slice(i, end);
      i = end;
      continue;
    }
    if (!isAlpha(endTag ? at(i + 2) : next)) {
      // A `<` that opens no tag is text.
      out += "<";
      i += 1;
      continue;
    }

    // A tag: its name, then attributes until `>`.
    let j = endTag ? i + 2 : i + 1;
    while (j < n && !SPACE.test(at(j)) && at(j) !== "/" && at(j) !== ">") j += 1;
    const name = html.slice(endTag ? i + 2 : i + 1, j).toLowerCase();
    out += html.slice(i, j);
    let closed = false;
    while (j < n) {
      const c = at(j);
      if (SPACE.test(c) || c === "/") {
        out += c;
        j += 1;
        continue;
      }
      if (c === ">") {
        out += c;
        j += 1;
        closed = true;
        break;
      }
      // An attribute: the name (a leading `=` belongs to it), then maybe `= value`.
      const start = j;
      j += 1;
      while (j < n && !SPACE.test(at(j)) && !"/>=".includes(at(j))) j += 1;
      const attribute = html.slice(start, j);
      let k = j;
      while (k < n && SPACE.test(at(k))) k += 1;
      if (at(k) === "=") {
        k += 1;
        while (k < n && SPACE.test(at(k))) k += 1;
        const quote = at(k);
        if (quote === '"' || quote === "'") {
          const close = html.indexOf(quote, k + 1);
          k = close < 0 ? n : close + 1;
        } else {
          while (k < n && !SPACE.test(at(k)) && at(k) !== ">") k += 1;
        }
        j = k;
      }
      if (/^on/i.test(attribute)) {
        stripped += 1;
        // A space keeps the attributes on either side apart (`src="x"onerror=…` had none).
        out += " ";
      } else out += html.slice(start, j);
    }
    i = j;
    if (!closed) break;
    // In a raw-text element, everything up to its end tag is text.
    if (!endTag && RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}[\\t\\n\\f\\r />]`, "i").exec(html.slice(i));
      const end = close ? i + close.index : n;
      out += html.slice(i, end);
      i = end;
    } else if (!endTag && name === "plaintext") {
      out += html.slice(i);
      break;
    }
  }
  return { html: out, stripped };
}
