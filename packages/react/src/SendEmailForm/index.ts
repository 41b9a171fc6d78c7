export { SendEmailForm, type SendEmailFormProps } from "./SendEmailForm";
