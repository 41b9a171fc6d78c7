export { StatementsTable, type StatementsTableProps } from "./StatementsTable";
