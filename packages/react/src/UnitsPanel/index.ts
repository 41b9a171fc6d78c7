export { type BalanceState, balanceState, UnitsPanel, type UnitsPanelProps } from "./UnitsPanel";
