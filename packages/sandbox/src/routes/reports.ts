import { daysBetween, usageReport } from "../domain/usage";
import { validationProblem } from "../http/problem";
import type { Define } from "./define";

/** The longest period a usage report may span, in days (the contract's 366). */
const MAX_REPORT_DAYS = 366;

export function reportRoutes(define: Define): void {
  define("getUsageReport", ({ customer, query, now }) => {
    const { from, to } = query;
    if (from > to) {
      throw validationProblem([{ field: "from", message: "Must not be after to.", code: "range" }]);
    }
    if (daysBetween(from, to) > MAX_REPORT_DAYS) {
      throw validationProblem([
        {
          field: "to",
          message: `The period may span at most ${MAX_REPORT_DAYS} days.`,
          code: "range",
        },
      ]);
    }
    return {
      status: 200,
      body: usageReport({
        customerId: customer.id,
        customerCreatedAt: customer.createdAt,
        from,
        to,
        granularity: query.granularity ?? "DAY",
        today: now.toISOString().slice(0, 10),
      }),
    };
  });
}
