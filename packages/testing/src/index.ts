export { pageOf, part, type Root } from "./root";
