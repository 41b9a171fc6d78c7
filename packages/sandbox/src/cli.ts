/**
 * `customer-kit-sandbox` / `pnpm sandbox`: starts the sandbox server and says how to use it.
 * Exit codes: 0 after a clean stop (Ctrl+C, SIGTERM), 1 when the server cannot start (port in
 * use, unreadable database), 2 for bad arguments.
 */
import { parseCliArgs, USAGE } from "./cli-args";
import { SANDBOX_TOKENS } from "./seed";
import { type SandboxServer, startSandboxServer } from "./server";

const command = parseCliArgs(process.argv.slice(2));

if (command.kind === "help") {
  console.log(USAGE);
} else if (command.kind === "error") {
  console.error(`customer-kit-sandbox: ${command.message}\n\nRun with --help for the options.`);
  process.exitCode = 2;
} else {
  await run(command.options);
}

async function run(options: Parameters<typeof startSandboxServer>[0]): Promise<void> {
  let server: SandboxServer;
  try {
    server = await startSandboxServer(options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "EADDRINUSE"
        ? `port ${options.port} on ${options.host} is in use; pick another with --port (0 = any free port)`
        : code === "EACCES"
          ? `not allowed to listen on ${options.host}:${options.port}`
          : (error as Error).message;
    console.error(`customer-kit-sandbox: cannot start: ${reason}`);
    process.exitCode = 1;
    return;
  }

  const customers = server.store.count("customers");
  const data = server.seeded
    ? `seeded "${server.seeded.size}" in ${server.seeded.ms} ms: ${describeCounts(server.seeded.counts)}`
    : customers > 0
      ? `existing data: ${customers} customers (delete the file to seed again)`
      : "empty (--seed none)";
  console.log(
    [
      `customer-kit sandbox listening on ${server.url}/ (API base ${server.apiUrl})`,
      `  database  ${options.db} (${data})`,
      `  tokens    ${SANDBOX_TOKENS.mbeAdmin.padEnd(22)} Skyline Cloud, the master billing entity (sees every customer)`,
      `            ${SANDBOX_TOKENS.resellerAAdmin.padEnd(22)} Reseller A`,
      `            ${SANDBOX_TOKENS.resellerBAdmin.padEnd(22)} Reseller B`,
      `  try       curl -H "Authorization: Bearer ${SANDBOX_TOKENS.resellerAAdmin}" ${server.apiUrl}/me`,
      `  faults    ${describeFaults(options)} (change: PUT ${server.url}/__sandbox/faults)`,
      "Press Ctrl+C to stop.",
    ].join("\n"),
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second Ctrl+C: the user does not want to wait for requests in flight.
      console.error(`customer-kit-sandbox: ${signal} again, exiting now`);
      process.exit(1);
    }
    stopping = true;
    console.log(`customer-kit-sandbox: ${signal}, stopping…`);
    server.close().then(
      () => {
        console.log("customer-kit-sandbox: stopped");
        process.exit(0);
      },
      (error: unknown) => {
        console.error("customer-kit-sandbox: error while stopping:", error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

function describeFaults(options: Parameters<typeof startSandboxServer>[0]): string {
  const faults = options.faults && Object.keys(options.faults).length > 0 ? options.faults : null;
  const latency = options.latency ? `latency ${options.latency} ms` : null;
  return [faults && JSON.stringify(faults), latency].filter(Boolean).join(", ") || "none";
}

function describeCounts(counts: Record<string, number>): string {
  const shown = ["customers", "users", "unitTransactions", "invoices", "servers", "jobs"];
  return shown.map((name) => `${counts[name] ?? 0} ${name}`).join(", ");
}
