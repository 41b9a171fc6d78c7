import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "languagePicker.title": "Язык",
  "languagePicker.description": "Язык, на котором пользователи клиента видят панель управления.",
  "languagePicker.default": "Язык по умолчанию",
  "languagePicker.inherit": "Как у биллинговой организации",
  "languagePicker.inherit.current": "{language}, как у {billingEntity}",
  "languagePicker.hint":
    "Пользователи, выбравшие собственный язык, сохраняют его: изменение касается только остальных.",
  "languagePicker.hint.count":
    "{count, plural, one {# пользователь этого клиента выбрал} few {# пользователя этого клиента выбрали} many {# пользователей этого клиента выбрали} other {# пользователя этого клиента выбрали}} собственный язык.",
} satisfies Translation<typeof en>;
