import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "themes.title": "Темы",
  "themes.description": "Оформление, которое пользователи клиента видят в панели управления.",
  "themes.active": "Активная тема",
  "themes.none": "Нет: стандартный вид платформы",
  "themes.source.CUSTOMER": "Выбрана для этого клиента",
  "themes.source.BILLING_ENTITY": "Унаследована от платёжной организации",
  "themes.source.PLATFORM": "Унаследована от платформы",
  "themes.available": "Доступные темы",
  "themes.inherit": "Использовать унаследованную тему",
  "themes.inherit.description":
    "Следовать теме платёжной организации по умолчанию и её изменениям.",
  "themes.inherit.current": "Следовать теме платёжной организации по умолчанию, сейчас это {name}.",
  "themes.inUse": "Используется",
  "themes.empty.title": "Нет тем для выбора",
  "themes.empty.description":
    "Ни у платёжной организации, ни у платформы нет темы, которую может использовать этот клиент. Темы настраиваются в параметрах оформления платёжной организации.",
} satisfies Translation<typeof en>;
