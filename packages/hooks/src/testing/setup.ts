import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// Testing Library unmounts by itself only where `afterEach` is a global; vitest's isn't.
afterEach(() => cleanup());

// `findBy…` waits up to 1 s by default; CI runs every project at once on two cores, where a
// seeded sandbox's first answer can take longer. A real failure still fails, later.
configure({ asyncUtilTimeout: 5000 });
