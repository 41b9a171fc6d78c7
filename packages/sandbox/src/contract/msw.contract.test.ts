import { setupServer } from "msw/node";
import { createSandbox } from "../msw";
import { defineContractSuite } from "./suite";

// The same suite as server.contract.test.ts, through the MSW handlers a browser or a component
// test would use: every request is intercepted in-process, none reaches the network (an
// unhandled one is an error, so a gap in the handlers cannot pass as a network failure).
defineContractSuite("MSW handlers on memory", async () => {
  const sandbox = createSandbox({ seed: "default" });
  const server = setupServer(...sandbox.handlers);
  server.listen({ onUnhandledRequest: "error" });
  return {
    // Any origin works: the handlers match the /api/v1 prefix on every origin by default.
    baseUrl: "http://sandbox.test/api/v1",
    store: sandbox.store,
    reset: () => sandbox.reset(),
    close: () => server.close(),
  };
});
