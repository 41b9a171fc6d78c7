import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "validation.title": "Проверка клиента",
  "validation.description":
    "Сообщение, которое пользователи клиента видят во всплывающей подсказке на образах этого клиента, подтверждающее, что они созданы им.",
  "validation.source": "HTML-код",
  "validation.sourceHint":
    "Простой HTML: абзацы, полужирный, курсив, ссылки, переносы строк. Скрипты и обработчики событий удаляются перед показом.",
  "validation.preview": "Предпросмотр",
  "validation.previewHint":
    "Подсказка в том виде, в каком её видят пользователи клиента после очистки.",
  "validation.sampleImage": "ubuntu-24.04-web",
  "validation.trigger": "Проверено",
  "validation.empty": "Сообщения нет: на образах не показывается подсказка проверки.",
  "validation.removedTitle": "Часть разметки удалена",
  "validation.removed":
    "Скрипты, обработчики событий и небезопасные ссылки из кода никогда не показываются и не выполняются. В предпросмотре — то, что осталось.",
} satisfies Translation<typeof en>;
