import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "assetMaxima.title": "Лимиты ресурсов",
  "assetMaxima.description":
    "Ограничения на то, что клиент может создавать. Лимит ниже текущего использования запрещает новые ресурсы и ничего не удаляет.",
  "assetMaxima.group.compute": "Вычисления",
  "assetMaxima.group.storage": "Хранилище",
  "assetMaxima.group.network": "Сеть",
  "assetMaxima.group.users": "Пользователи",
  "assetMaxima.group.balance": "Баланс",
  "assetMaxima.group.billing": "Кредит (клиенты по счетам)",
  "assetMaxima.group.billingHint": "Денежные лимиты указаны в {currency}, валюте счетов.",
  "assetMaxima.hint.networkPublic": "Если задан, заменяет лимит VLAN для публичных сетей.",
  "assetMaxima.hint.networkPrivate": "Если задан, заменяет лимит VLAN для частных сетей.",
  "assetMaxima.hint.vlans": "Лимиты публичных и частных сетей, если заданы, заменяют этот.",
  "assetMaxima.hint.cutoff":
    "При таком балансе единиц или ниже клиент не может создавать или запускать новые ресурсы. Может быть отрицательным.",
  "assetMaxima.usage": "{used} из {limit}",
  "assetMaxima.usageUnlimited": "Используется: {used}",
  "assetMaxima.usageOf": "Использование: {label}",
  "assetMaxima.over": "Лимит превышен",
  "assetMaxima.limitOrNone": "Введите лимит или выберите «Без ограничений».",
  "assetMaxima.noLimitFor": "Без ограничений: {label}",
  "assetMaxima.unitsSuffix": "ед.",
  "assetMaxima.daysSuffix": "дн.",
  "assetMaxima.unitsValue": "{amount} ед.",
  "assetMaxima.diff.title": "Изменения к сохранению",
  "assetMaxima.diff.item": "{label}: {from} → {to}",
  "assetMaxima.save":
    "Сохранить {count, plural, one {# изменение} few {# изменения} many {# изменений} other {# изменения}}",
  "assetMaxima.saved": "Лимиты ресурсов сохранены.",
  "assetMaxima.conflictField": "{label}: сохранено {theirs}, вы хотите {yours}.",
} satisfies Translation<typeof en>;
