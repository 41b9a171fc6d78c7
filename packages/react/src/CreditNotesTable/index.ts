export { CreditNotesTable, type CreditNotesTableProps } from "./CreditNotesTable";
