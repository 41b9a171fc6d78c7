export {
  type ResourceKind,
  ResourceList,
  type ResourceListProps,
  type ResourceView,
} from "./ResourceList";
