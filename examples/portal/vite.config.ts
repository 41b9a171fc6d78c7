import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";

// The portal as a host builds it, except that the kit comes from the workspace's source (the
// `development` export condition), so no package build is needed first.
/** The same as NONCE_PLACEHOLDER in src/server/csp.ts (a test keeps them equal). */
const NONCE_PLACEHOLDER = "__CSP_NONCE__";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [react()],
  resolve: { conditions: ["development", ...defaultClientConditions] },
  // Vite writes this placeholder into every <script>/<link>/<style> it emits, and into a
  // <meta property="csp-nonce">; server.ts swaps in a fresh random nonce on each request.
  html: { cspNonce: NONCE_PLACEHOLDER },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // No asset as a data: URI: the CSP's img-src/font-src do not allow data:.
    assetsInlineLimit: 0,
  },
});
