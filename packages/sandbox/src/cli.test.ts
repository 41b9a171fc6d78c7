import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseCliArgs } from "./cli-args";

describe("parseCliArgs", () => {
  it("defaults to 127.0.0.1:4010, .data/sandbox.db and the default seed", () => {
    expect(parseCliArgs([])).toEqual({
      kind: "start",
      options: { port: 4010, host: "127.0.0.1", db: ".data/sandbox.db", seed: "default" },
    });
  });

  it("takes every option, and --cors-origin more than once", () => {
    expect(
      parseCliArgs([
        "--port",
        "0",
        "--host=0.0.0.0",
        "--db",
        "/tmp/x.db",
        "--seed",
        "large",
        "--cors-origin",
        "http://localhost:3000",
        "--cors-origin",
        "https://portal.example",
      ]),
    ).toEqual({
      kind: "start",
      options: {
        port: 0,
        host: "0.0.0.0",
        db: "/tmp/x.db",
        seed: "large",
        corsOrigins: ["http://localhost:3000", "https://portal.example"],
      },
    });
    const anyOrigin = parseCliArgs(["--cors-origin", "*"]);
    expect(anyOrigin.kind === "start" && anyOrigin.options.corsOrigins).toBe("*");
  });

  it("takes faults as JSON and a latency in milliseconds", () => {
    expect(
      parseCliArgs([
        "--faults",
        '{"errorRate":0.1,"randomSeed":7,"status":{"getCustomer":503}}',
        "--latency",
        "250",
      ]),
    ).toEqual({
      kind: "start",
      options: {
        port: 4010,
        host: "127.0.0.1",
        db: ".data/sandbox.db",
        seed: "default",
        faults: { errorRate: 0.1, randomSeed: 7, status: { getCustomer: 503 } },
        latency: 250,
      },
    });
  });

  it("answers --help and -h", () => {
    expect(parseCliArgs(["--help"])).toEqual({ kind: "help" });
    expect(parseCliArgs(["-h", "--port", "nonsense"])).toEqual({ kind: "help" });
  });

  it.each([
    [["--port", "abc"], /--port must be a number from 0 to 65535, not "abc"/],
    [["--port", "65536"], /--port must be a number/],
    [["--port", "0x50"], /--port must be a number/],
    [["--port", "-1"], /--port/],
    [["--seed", "huge"], /--seed must be one of default, large, none, not "huge"/],
    [["--cors-origin", "localhost:5173"], /--cors-origin must be an origin/],
    [["--cors-origin", "http://localhost:5173/path"], /--cors-origin must be an origin/],
    [["--db", ""], /--db must not be empty/],
    [["--prot", "1"], /Unknown option '--prot'/],
    [["serve"], /Unexpected argument 'serve'/],
    [["--port"], /--port/],
    [["--faults", "errorRate=0.1"], /--faults must be a JSON object/],
    [["--faults", '{"errorRate":2}'], /--faults: errorRate: Must be a number from 0 to 1/],
    [["--faults", '{"status":{"getCustomr":503}}'], /status\.getCustomr: Is not an operation/],
    [["--faults", '{"latency":5}'], /--faults takes no latency: use --latency/],
    [["--latency=-5"], /--latency must be whole milliseconds from 0 to 60000, not "-5"/],
    [["--latency", "1.5"], /--latency must be whole milliseconds/],
  ])("refuses %j with a clear message", (argv, message) => {
    const command = parseCliArgs(argv);
    expect(command.kind).toBe("error");
    expect(command.kind === "error" && command.message).toMatch(message);
  });

  it("lists every bad argument at once", () => {
    const command = parseCliArgs(["--port", "x", "--seed", "y"]);
    expect(command.kind === "error" && command.message.split("\n")).toEqual([
      "bad arguments:",
      '  --port must be a number from 0 to 65535, not "x"',
      '  --seed must be one of default, large, none, not "y"',
    ]);
  });
});

// The real command, as `pnpm sandbox` runs it (tsx from the repo root).
const repoRoot = resolve(import.meta.dirname, "../../..");
const cli = resolve(import.meta.dirname, "cli.ts");
const children: ChildProcess[] = [];
const dirs: string[] = [];

function runCli(args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", cli, ...args], {
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
  return {
    child,
    exited,
    output: () => ({ stdout, stderr }),
    /** Resolves with the first match of `pattern` in stdout (or fails when the process ends). */
    waitFor: (pattern: RegExp) =>
      new Promise<RegExpMatchArray>((found, fail) => {
        const check = () => {
          const match = stdout.match(pattern);
          if (match) found(match);
        };
        child.stdout?.on("data", check);
        child.on("exit", (code) => fail(new Error(`exited ${code}: ${stdout}${stderr}`)));
        check();
      }),
  };
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("customer-kit-sandbox (the command)", () => {
  it("starts, prints the URL, the tokens and the seed, serves, and stops cleanly on SIGTERM", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sandbox-cli-"));
    dirs.push(dir);
    const run = runCli(["--port", "0", "--db", join(dir, "sandbox.db")]);
    const [, apiUrl] = await run.waitFor(
      /customer-kit sandbox listening on http:\/\/127\.0\.0\.1:\d+\/ \(API base (http:\/\/127\.0\.0\.1:\d+\/api\/v1)\)\n/,
    );
    const { stdout } = run.output();
    expect(stdout).toContain("demo-mbe-admin");
    expect(stdout).toContain("demo-reseller-a-admin");
    expect(stdout).toContain("demo-reseller-b-admin");
    expect(stdout).toMatch(/seeded "default" in \d+ ms: 84 customers/);

    const me = await fetch(`${apiUrl}/me`, { headers: { Authorization: "Bearer demo-mbe-admin" } });
    expect(me.status).toBe(200);

    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    expect(run.output().stdout).toContain("stopped");
  });

  it("injects the faults and latency it is given, says so, and takes new ones over HTTP", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sandbox-cli-"));
    dirs.push(dir);
    const run = runCli([
      "--port",
      "0",
      "--db",
      join(dir, "sandbox.db"),
      "--faults",
      '{"status":{"getMe":503}}',
      "--latency",
      "100",
    ]);
    const [, origin] = await run.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)\//);
    await run.waitFor(/faults +\{"status":\{"getMe":503\}\}, latency 100 ms/);
    const headers = { Authorization: "Bearer demo-mbe-admin" };

    const started = performance.now();
    const me = await fetch(`${origin}/api/v1/me`, { headers });
    expect(performance.now() - started).toBeGreaterThanOrEqual(90);
    expect(me.status).toBe(503);
    expect(me.headers.get("retry-after")).toBe("1");

    const put = await fetch(`${origin}/__sandbox/faults`, { method: "PUT", body: "{}" });
    expect(await put.json()).toEqual({ latency: 100 });
    expect((await fetch(`${origin}/api/v1/me`, { headers })).status).toBe(200);
  });

  it("exits with 2 and says what is wrong on bad arguments", async () => {
    const run = runCli(["--port", "abc"]);
    expect(await run.exited).toBe(2);
    expect(run.output().stderr).toContain('--port must be a number from 0 to 65535, not "abc"');
    expect(run.output().stderr).toContain("--help");
  });
});
