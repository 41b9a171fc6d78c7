import { defaultClientConditions } from "vite";
import { defineProject } from "vitest/config";

// The portal's pure pieces in Node: the server's CSP, nonce, arguments and static paths, and the
// app's URL scheme.
export default defineProject({
  resolve: { conditions: ["development", ...defaultClientConditions] },
  test: {
    name: "portal",
    environment: "node",
    include: ["src/**/*.test.ts", "server.test.ts"],
  },
});
