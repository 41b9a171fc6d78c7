import "@customer-kit/react/styles.css";
import "./portal.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App, type PageConfig } from "./App";

function pageConfig(): PageConfig {
  // The nonce of this response (server.ts writes a fresh one into every tag Vite marked). Read
  // it as a property: browsers hide the attribute's value from the DOM once the page is parsed.
  const meta = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  const nonce = meta?.nonce || meta?.getAttribute("nonce") || undefined;
  const apiUrl =
    document.querySelector<HTMLMetaElement>('meta[name="customer-kit-api"]')?.content ??
    "http://127.0.0.1:4010/api/v1";
  return { apiUrl, nonce };
}

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App config={pageConfig()} />
    </StrictMode>,
  );
}
