export {
  type CustomerSort,
  CustomersTable,
  type CustomersTableFilters,
  type CustomersTableProps,
} from "./CustomersTable";
