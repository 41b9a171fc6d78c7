import { describe, expect, it } from "vitest";
import { parsePortalArgs } from "./args";

describe("parsePortalArgs", () => {
  it("defaults to the documented ports, file and seed, and builds", () => {
    expect(parsePortalArgs([])).toEqual({
      kind: "start",
      options: {
        port: 4000,
        sandboxPort: 4010,
        db: ".data/sandbox.db",
        seed: "default",
        build: true,
        host: "127.0.0.1",
      },
    });
  });

  it("takes the flags the e2e harness passes", () => {
    const command = parsePortalArgs(
      "--port 4100 --sandbox-port 4110 --db .data/e2e/portal.db --seed none --no-build".split(" "),
    );
    expect(command).toMatchObject({
      kind: "start",
      options: {
        port: 4100,
        sandboxPort: 4110,
        db: ".data/e2e/portal.db",
        seed: "none",
        build: false,
      },
    });
  });

  it("says what is wrong, all at once", () => {
    const command = parsePortalArgs(["--port", "80x", "--seed", "huge"]);
    expect(command.kind).toBe("error");
    const message = (command as { message: string }).message;
    expect(message).toContain('--port must be a number from 0 to 65535, not "80x"');
    expect(message).toContain('--seed must be one of default, large, none, not "huge"');
  });

  it("refuses an unknown flag and one port for both servers", () => {
    expect(parsePortalArgs(["--prot", "1"])).toMatchObject({ kind: "error" });
    expect(parsePortalArgs(["--port", "5000", "--sandbox-port", "5000"])).toMatchObject({
      kind: "error",
      message: "--port and --sandbox-port must differ (both 5000)",
    });
  });

  it("answers help", () => {
    expect(parsePortalArgs(["-h"])).toEqual({ kind: "help" });
  });
});
