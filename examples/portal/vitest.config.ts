import { defineProject } from "vitest/config";

// The portal server's pure pieces (CSP, nonce, arguments, static paths), in Node.
export default defineProject({
  test: {
    name: "portal",
    environment: "node",
    include: ["src/**/*.test.ts", "server.test.ts"],
  },
});
