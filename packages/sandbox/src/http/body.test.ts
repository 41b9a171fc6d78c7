import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, readJsonBody } from "./body";
import { ProblemError } from "./problem";

function request(body: BodyInit | null, headers: Record<string, string> = {}): Request {
  return new Request("http://x/api/v1/customers", {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body,
    ...(body instanceof ReadableStream && { duplex: "half" }),
  } as RequestInit);
}

async function problemOf(read: Promise<unknown>): Promise<ProblemError> {
  const error = await read.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProblemError);
  return error as ProblemError;
}

/** A body that arrives in chunks and declares no length, as a chunked upload does. */
function chunked(totalBytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      const size = Math.min(64 * 1024, totalBytes - sent);
      controller.enqueue(new Uint8Array(size).fill(0x20));
      sent += size;
    },
  });
}

describe("readJsonBody", () => {
  it("parses JSON, also with a charset and from +json types", async () => {
    expect(await readJsonBody(request('{"a":1}'))).toEqual({ present: true, value: { a: 1 } });
    const withCharset = request("[1]", { "Content-Type": "application/json; charset=utf-8" });
    expect(await readJsonBody(withCharset)).toEqual({ present: true, value: [1] });
    const merge = request("null", { "Content-Type": "application/merge-patch+json" });
    expect(await readJsonBody(merge)).toEqual({ present: true, value: null });
  });

  it("says an empty body is not present", async () => {
    expect(await readJsonBody(request(null))).toEqual({ present: false });
    expect(await readJsonBody(request(""))).toEqual({ present: false });
  });

  it("refuses a body declared larger than 256 KiB before reading it", async () => {
    const problem = await problemOf(
      readJsonBody(request("{}", { "Content-Length": String(MAX_BODY_BYTES + 1) })),
    );
    expect(problem.status).toBe(413);
  });

  it("refuses a body that turns out larger than 256 KiB, whatever it declared", async () => {
    expect((await problemOf(readJsonBody(request(chunked(MAX_BODY_BYTES + 1))))).status).toBe(413);
    const lying = request(chunked(MAX_BODY_BYTES * 2), { "Content-Length": "10" });
    expect((await problemOf(readJsonBody(lying))).status).toBe(413);
  });

  it("answers 413 for an oversized clone of a request whose original is never read", async () => {
    // MSW hands the app `request.clone()`: one branch of a tee. Cancelling one branch settles only
    // when the other is cancelled too, so awaiting that cancel hung the answer (found by the
    // contract suite's streamed-body case).
    const original = request(chunked(MAX_BODY_BYTES * 2));
    const answer = readJsonBody(original.clone());
    const timeout = new Promise((resolve) => setTimeout(resolve, 2000, "hung"));
    const problem = await Promise.race([problemOf(answer), timeout]);
    expect(problem).toBeInstanceOf(ProblemError);
    expect((problem as ProblemError).status).toBe(413);
  });

  it("takes a body of exactly 256 KiB", async () => {
    const text = `"${"a".repeat(MAX_BODY_BYTES - 2)}"`;
    const read = await readJsonBody(request(text));
    expect(read.present && typeof read.value === "string").toBe(true);
  });

  it("tolerates a UTF-8 byte order mark, as RFC 8259 allows", async () => {
    expect(await readJsonBody(request("\uFEFF{}"))).toEqual({ present: true, value: {} });
  });

  it("answers 400 on Content-Type for a body that is not declared JSON", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "application/jsonx"]) {
      const problem = await problemOf(readJsonBody(request("{}", { "Content-Type": type })));
      expect(problem.status).toBe(400);
      expect(problem.errors?.[0]?.field).toBe("Content-Type");
    }
  });

  it("answers 400 on body for text that is not JSON or bytes that are not UTF-8", async () => {
    for (const body of ["{", "{'a':1}", new Uint8Array([0x22, 0xff, 0x22])]) {
      const problem = await problemOf(readJsonBody(request(body)));
      expect(problem.status).toBe(400);
      expect(problem.errors?.[0]?.field).toBe("body");
    }
  });
});
