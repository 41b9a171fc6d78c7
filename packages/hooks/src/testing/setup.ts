import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

// Testing Library unmounts by itself only where `afterEach` is a global; vitest's isn't.
afterEach(() => cleanup());
