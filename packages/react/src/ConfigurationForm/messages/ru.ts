import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "configuration.title": "Конфигурация",
  "configuration.billing.title": "Оплата",
  "configuration.billing.description": "Тариф клиента и способ оплаты единиц.",
  "configuration.productOffer": "Продуктовое предложение",
  "configuration.productOffer.hint": "Тариф биллинговой организации этого клиента.",
  "configuration.productOffer.none": "Без продуктового предложения",
  "configuration.productOffer.option": "{name} ({price})",
  "configuration.creditCustomer": "Кредитный клиент",
  "configuration.creditCustomer.hint":
    "Может купить единицы сейчас и оплатить позже, без сохранённого способа оплаты (по счёту).",
  "configuration.address.title": "Адрес",
  "configuration.address.description": "Почтовый адрес в счетах клиента.",
  "configuration.address.street": "Улица",
  "configuration.address.locality": "Район",
  "configuration.address.town": "Город",
  "configuration.address.region": "Область, штат или регион",
  "configuration.address.country": "Страна",
  "configuration.address.country.hint": "Двухбуквенный код ISO, например GB или DE.",
  "configuration.address.postalCode": "Почтовый индекс",
  "configuration.tax.title": "Налоги",
  "configuration.tax.description": "Данные НДС для счетов клиента.",
  "configuration.vatNumber": "Номер плательщика НДС",
  "configuration.vatNumber.hint": "С префиксом страны, например GB123456789.",
  "configuration.vatExempt": "Освобождён от НДС",
  "configuration.vatExempt.hint": "В счетах этому клиенту нет НДС.",
  "configuration.units.title": "Единицы",
  "configuration.units.description": "Когда клиент узнаёт, что его баланс единиц заканчивается.",
  "configuration.units.suffix": "ед.",
  "configuration.unitWarnLevel": "Порог предупреждения",
  "configuration.unitWarnLevel.hint":
    "Когда баланс опускается до этого уровня, клиенту приходит письмо. Пусто — без писем.",
  "configuration.unitWarnLevel.sent": "Предупреждение отправлено",
  "configuration.conflict.fields": "Изменено другим пользователем: {fields}.",
} satisfies Translation<typeof en>;
