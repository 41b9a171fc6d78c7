export { JobsList, type JobsListProps, NAVIGABLE_TYPES } from "./JobsList";
