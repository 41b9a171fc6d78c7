import { en, type Messages } from "../i18n/catalog";

/** Every message of the kit in English (the default: a host need not pass it). */
const messages: Messages = en;

export { messages as en };
export default messages;
