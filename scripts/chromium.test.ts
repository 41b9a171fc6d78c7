import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  ensureChromium,
  findChromium,
  HOW_TO_GET_ONE,
  type Probes,
  planAcquisition,
  RECORD_FILE,
  realProbes,
  type Step,
} from "./chromium.mjs";

const PLAYWRIGHT_CHROME = "/root/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome";
const PLAYWRIGHT_CLI = "/repo/node_modules/playwright/cli.js";

/** A machine with nothing on it but what `files` lists (executables) and `plain` (other files). */
function machine(
  files: string[] = [],
  overrides: Partial<Probes> = {},
  plain: string[] = [],
): Probes {
  const executables = new Set(files);
  return {
    env: { PATH: "/usr/local/bin:/usr/bin:/bin" },
    platform: "linux",
    uid: 1000,
    isExecutable: (path) => executables.has(path),
    exists: (path) => executables.has(path) || plain.includes(path),
    playwrightPath: PLAYWRIGHT_CHROME,
    playwrightCli: PLAYWRIGHT_CLI,
    recorded: undefined,
    ...overrides,
  };
}

/** Root in a Debian container with apt-get, as on CI. */
function debianRoot(files: string[] = []): Probes {
  return machine([...files, "/usr/bin/apt-get"], { uid: 0 }, ["/etc/debian_version"]);
}

describe("findChromium", () => {
  it("takes CHROMIUM_PATH over everything else", () => {
    const probes = machine(["/opt/chrome/chrome", PLAYWRIGHT_CHROME, "/usr/bin/chromium"], {
      env: { PATH: "/usr/bin", CHROMIUM_PATH: "/opt/chrome/chrome" },
    });
    expect(findChromium(probes)).toEqual({ path: "/opt/chrome/chrome", source: "CHROMIUM_PATH" });
  });

  it("refuses a CHROMIUM_PATH that points nowhere instead of looking elsewhere", () => {
    const probes = machine(["/usr/bin/chromium"], {
      env: { PATH: "/usr/bin", CHROMIUM_PATH: "/usr/bin/chromum" },
    });
    const found = findChromium(probes);
    expect(found).toEqual({ error: expect.stringContaining("CHROMIUM_PATH is /usr/bin/chromum") });
  });

  it("prefers Playwright's own browser, once downloaded, to the system's", () => {
    expect(findChromium(machine([PLAYWRIGHT_CHROME, "/usr/bin/chromium"]))).toEqual({
      path: PLAYWRIGHT_CHROME,
      source: "playwright",
    });
  });

  it("skips Playwright's browser when it is only a path, not downloaded", () => {
    expect(findChromium(machine(["/usr/bin/chromium"]))).toEqual({
      path: "/usr/bin/chromium",
      source: "system",
    });
  });

  it.each(["chromium", "chromium-browser", "google-chrome"])("finds %s on PATH", (name) => {
    const probes = machine([`/snap/bin/${name}`], { env: { PATH: "/snap/bin:/usr/bin" } });
    expect(findChromium(probes)).toEqual({ path: `/snap/bin/${name}`, source: "system" });
  });

  it("finds /usr/bin/chromium when PATH lacks /usr/bin", () => {
    const probes = machine(["/usr/bin/chromium"], { env: { PATH: "/somewhere/else" } });
    expect(findChromium(probes)).toEqual({ path: "/usr/bin/chromium", source: "system" });
  });

  it("finds Google Chrome's app on macOS", () => {
    const chrome = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
    const probes = machine([chrome], { platform: "darwin" });
    expect(findChromium(probes)).toEqual({ path: chrome, source: "system" });
  });

  it("is null on a machine with no Chromium", () => {
    expect(findChromium(machine())).toBeNull();
    expect(findChromium(machine([], { playwrightPath: undefined, playwrightCli: undefined }))).toBe(
      null,
    );
  });

  it("uses the recorded path only when asked to, and only while it still exists", () => {
    const recorded = "/opt/other/chrome";
    expect(findChromium(machine([recorded, "/usr/bin/chromium"], { recorded }))).toMatchObject({
      source: "system",
    });
    expect(
      findChromium(machine([recorded, "/usr/bin/chromium"], { recorded }), { useRecord: true }),
    ).toEqual({ path: recorded, source: "recorded" });
    expect(
      findChromium(machine(["/usr/bin/chromium"], { recorded }), { useRecord: true }),
    ).toMatchObject({ path: "/usr/bin/chromium", source: "system" });
  });
});

describe("planAcquisition", () => {
  it("tries Playwright's download first, then apt-get as root on Debian", () => {
    const steps = planAcquisition(debianRoot(), "/usr/bin/node");
    expect(steps.map((s) => s.name)).toEqual(["playwright", "apt-get"]);
    expect(steps[0]).toMatchObject({
      file: "/usr/bin/node",
      args: [PLAYWRIGHT_CLI, "install", "chromium"],
    });
    expect(steps[0]!.timeoutMs).toBeLessThanOrEqual(120_000);
    const script = steps[1]!.args.join(" ");
    expect(script).toMatch(/^-c \/usr\/bin\/apt-get update -qq && \/usr\/bin\/apt-get install -y /);
    expect(script).toMatch(/ --no-install-recommends chromium$/);
    expect(steps[1]!.env).toEqual({ DEBIAN_FRONTEND: "noninteractive" });
  });

  it("never installs OS packages when not root", () => {
    const probes = machine(["/usr/bin/apt-get"], { uid: 1000 }, ["/etc/debian_version"]);
    expect(planAcquisition(probes, "node").map((s) => s.name)).toEqual(["playwright"]);
  });

  it("never runs apt-get off Debian/Ubuntu or without it", () => {
    const fedora = machine(["/usr/bin/apt-get"], { uid: 0 });
    expect(planAcquisition(fedora, "node").map((s) => s.name)).toEqual(["playwright"]);
    const noApt = machine([], { uid: 0 }, ["/etc/debian_version"]);
    expect(planAcquisition(noApt, "node").map((s) => s.name)).toEqual(["playwright"]);
    const mac = machine(["/usr/bin/apt-get"], { uid: 0, platform: "darwin" }, [
      "/etc/debian_version",
    ]);
    expect(planAcquisition(mac, "node").map((s) => s.name)).toEqual(["playwright"]);
  });

  it("has nothing to try without Playwright on a machine it may not install on", () => {
    expect(planAcquisition(machine([], { playwrightCli: undefined }), "node")).toEqual([]);
  });
});

describe("ensureChromium", () => {
  /** Runs ensureChromium on a machine that `install` changes when a step runs. */
  function ensure(start: Probes, install: (step: Step, probes: Probes) => Probes | undefined) {
    let probes = start;
    const ran: string[] = [];
    const recorded: string[] = [];
    const logged: string[] = [];
    const result = ensureChromium({
      probe: () => probes,
      run(step) {
        ran.push(step.name);
        const after = install(step, probes);
        if (after) probes = after;
        return after !== undefined;
      },
      record: (path) => recorded.push(path),
      log: (line) => logged.push(line),
      nodePath: "node",
    });
    return { result, ran, recorded, logged };
  }

  it("installs nothing when a Chromium is there, and records it", () => {
    const { result, ran, recorded } = ensure(machine(["/usr/bin/chromium"]), () => undefined);
    expect(result).toEqual({ path: "/usr/bin/chromium", how: "found (the system's)" });
    expect(ran).toEqual([]);
    expect(recorded).toEqual(["/usr/bin/chromium"]);
  });

  it("stops at once on a wrong CHROMIUM_PATH, without installing", () => {
    const start = { ...debianRoot(), env: { PATH: "/usr/bin", CHROMIUM_PATH: "/nope" } };
    const { result, ran, recorded } = ensure(start, () => undefined);
    expect(result).toEqual({ error: expect.stringContaining("CHROMIUM_PATH is /nope") });
    expect(ran).toEqual([]);
    expect(recorded).toEqual([]);
  });

  it("uses Playwright's download where it works", () => {
    const { result, ran } = ensure(debianRoot(), (step, probes) =>
      step.name === "playwright" ? { ...probes, isExecutable: () => true } : undefined,
    );
    expect(result).toEqual({ path: PLAYWRIGHT_CHROME, how: "installed with playwright" });
    expect(ran).toEqual(["playwright"]);
  });

  it("falls back to apt-get when the download fails (as on a closed network)", () => {
    const { result, ran, recorded, logged } = ensure(debianRoot(), (step) =>
      step.name === "apt-get" ? debianRoot(["/usr/bin/chromium"]) : undefined,
    );
    expect(result).toEqual({ path: "/usr/bin/chromium", how: "installed with apt-get" });
    expect(ran).toEqual(["playwright", "apt-get"]);
    expect(recorded).toEqual(["/usr/bin/chromium"]);
    expect(logged).toContain("chromium: npx playwright install chromium failed");
  });

  it("says in one line how to get one when nothing worked", () => {
    const { result, ran, recorded } = ensure(machine(), () => undefined);
    expect(result).toEqual({ error: HOW_TO_GET_ONE });
    expect(HOW_TO_GET_ONE).not.toContain("\n");
    expect(HOW_TO_GET_ONE).toMatch(/CHROMIUM_PATH/);
    expect(HOW_TO_GET_ONE).toMatch(/npx playwright install chromium/);
    expect(HOW_TO_GET_ONE).toMatch(/apt-get install chromium/);
    expect(ran).toEqual(["playwright"]);
    expect(recorded).toEqual([]);
  });
});

// The one part that looks at this machine: what it reads must exist where the decisions expect it.
describe("realProbes", () => {
  it("finds Playwright (a dev dependency of the root): its CLI, and where it keeps its Chromium", () => {
    const probes = realProbes();
    expect(probes.playwrightCli).toMatch(/playwright[/\\]cli\.js$/);
    expect(existsSync(probes.playwrightCli!)).toBe(true);
    expect(probes.playwrightPath).toMatch(/chromium-\d+/);
  });

  it("records inside the root's node_modules", () => {
    expect(RECORD_FILE).toMatch(/node_modules[/\\]\.cache[/\\]customer-kit[/\\]chromium-path$/);
  });
});
