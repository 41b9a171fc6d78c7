import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "jobs.title": "Задания",
  "jobs.description": "Операции с этим клиентом и его ресурсами, сначала новые.",
  "jobs.loading": "Загрузка заданий…",
  "jobs.empty.title": "Заданий пока нет",
  "jobs.empty.description": "Здесь в виде заданий перечислены изменения клиента и его ресурсов.",
  "jobs.col.status": "Статус",
  "jobs.col.job": "Задание",
  "jobs.col.resource": "Ресурс",
  "jobs.col.started": "Начато",
  "jobs.col.finished": "Завершено",
  "jobs.by": "Запустил(а): {name}",
  "jobs.notFinished": "Не завершено",
  "jobs.jobStatus.QUEUED": "В очереди",
  "jobs.jobStatus.IN_PROGRESS": "Выполняется",
  "jobs.jobStatus.SUCCESSFUL": "Успешно",
  "jobs.jobStatus.FAILED": "Сбой",
  "jobs.jobStatus.CANCELLED": "Отменено",
} satisfies Translation<typeof en>;
