export { ConfigurationForm, type ConfigurationFormProps } from "./ConfigurationForm";
