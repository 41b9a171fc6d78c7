// Types of chromium.mjs for the TypeScript that imports it (the packages' vitest configs, whose
// tsconfigs do not allow JS, and chromium.test.ts). Keep in step with the JSDoc there: with this
// file beside it TypeScript reads the declarations, not the .mjs, so its tests are what check it.

export declare const CHROMIUM_ARGS: readonly string[];
export declare const RECORD_FILE: string;
export declare const HOW_TO_GET_ONE: string;

export interface Probes {
  env: Record<string, string | undefined>;
  platform: string;
  uid: number | undefined;
  isExecutable(path: string): boolean;
  exists(path: string): boolean;
  playwrightPath: string | undefined;
  playwrightCli: string | undefined;
  recorded: string | undefined;
}

export interface Found {
  path: string;
  source: "CHROMIUM_PATH" | "recorded" | "playwright" | "system";
}

export interface Refused {
  error: string;
}

export interface Step {
  name: "playwright" | "apt-get";
  label: string;
  file: string;
  args: string[];
  env: Record<string, string>;
  timeoutMs: number;
}

export declare function findChromium(
  probes: Probes,
  options?: { useRecord?: boolean },
): Found | Refused | null;

export declare function planAcquisition(probes: Probes, nodePath: string): Step[];

export declare function ensureChromium(io: {
  probe: () => Probes;
  run: (step: Step) => boolean;
  record: (path: string) => void;
  log: (line: string) => void;
  nodePath: string;
}): { path: string; how: string } | { error: string };

/** Playwright's `launchOptions` for the browser tests; throws HOW_TO_GET_ONE without a Chromium. */
export declare function chromiumLaunchOptions(): { executablePath: string; args: string[] };

export declare function realProbes(): Probes;
