export {
  MAX_USAGE_DAYS,
  presetRange,
  USAGE_TYPES,
  type UsagePreset,
  type UsageRange,
  UsageReport,
  type UsageReportProps,
  validateRange,
} from "./UsageReport";
