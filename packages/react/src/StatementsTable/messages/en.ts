/** StatementsTable's strings (English, the source every locale translates). */
export default {
  "statements.title": "Statements",
  "statements.description":
    "Monthly, newest first: what was invoiced, credited and paid, with the balance after each line.",
  "statements.loading": "Loading statements…",
  "statements.period": "{from} – {to}",
  "statements.col.date": "Date",
  "statements.col.type": "Type",
  "statements.col.description": "Description",
  "statements.col.debit": "Debit",
  "statements.col.credit": "Credit",
  "statements.col.balance": "Balance",
  "statements.kind.UNPAID_INVOICE": "Unpaid invoice",
  "statements.kind.UNPAID_CREDIT_NOTE": "Unpaid credit note",
  "statements.kind.PAYMENT_RECEIVED": "Payment received",
  "statements.kind.PAYMENT_MADE": "Payment made",
  "statements.opening": "Opening balance",
  "statements.closing": "Closing balance",
  "statements.quiet": "Nothing was invoiced, credited or paid in this period.",
  "statements.total": "{total, plural, one {# statement} other {# statements}}",
  "statements.newer": "Newer",
  "statements.older": "Older",
  "statements.empty.title": "No statements yet",
  "statements.empty.description":
    "A statement appears here at the end of each month the customer is billed.",
};
