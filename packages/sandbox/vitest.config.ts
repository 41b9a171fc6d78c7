import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "sandbox",
    environment: "node",
    include: ["src/**/*.test.ts"],
    // The contract suite starts real servers on SQLite files and seeds "large" stores.
    testTimeout: 30000,
  },
});
