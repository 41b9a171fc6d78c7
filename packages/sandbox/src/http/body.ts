import { ProblemError, validationProblem } from "./problem";

/** The largest request body the API takes (the contract's 256 KiB). */
export const MAX_BODY_BYTES = 256 * 1024;

/** `application/json`, or a `+json` type such as `application/merge-patch+json`; any parameters. */
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

export type ReadBody = { present: false } | { present: true; value: unknown };

/**
 * Reads a JSON request body, refusing (with problems) what the API does not take:
 * - larger than 256 KiB, by `Content-Length` before reading and by the bytes actually read (a
 *   chunked body has no length, and a length may lie) → 413;
 * - a content type other than JSON → 400 on `Content-Type`;
 * - bytes that are not UTF-8, or text that is not JSON → 400 on `body`.
 * An empty body is "not present"; whether that is allowed is the operation's business.
 */
export async function readJsonBody(request: Request): Promise<ReadBody> {
  const declared = request.headers.get("Content-Length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > MAX_BODY_BYTES) {
    throw tooLarge();
  }
  if (request.body === null) return { present: false };

  const bytes = await readCapped(request.body);
  if (bytes.byteLength === 0) return { present: false };

  const contentType = request.headers.get("Content-Type") ?? "";
  if (!JSON_TYPE.test(contentType)) {
    throw validationProblem([
      {
        field: "Content-Type",
        message: "Must be application/json: the body must be JSON.",
        code: "contentType",
      },
    ]);
  }

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw validationProblem([
      { field: "body", message: "Must be UTF-8 encoded text.", code: "encoding" },
    ]);
  }
  try {
    return { present: true, value: JSON.parse(text) };
  } catch {
    // The engine's own message differs between browsers and Node, and between versions.
    throw validationProblem([{ field: "body", message: "Is not valid JSON.", code: "json" }]);
  }
}

async function readCapped(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BODY_BYTES) {
      // Stop reading: the rest of a huge body is not worth the memory. Not awaited: when the body
      // is one branch of a tee (MSW hands the app a clone), cancelling it settles only once the
      // other branch is cancelled too, which may be never.
      reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(): ProblemError {
  return new ProblemError("payload-too-large", {
    detail: `Request bodies may be at most ${MAX_BODY_BYTES / 1024} KiB.`,
  });
}
