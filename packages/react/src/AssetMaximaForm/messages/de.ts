import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "assetMaxima.title": "Ressourcenlimits",
  "assetMaxima.description":
    "Grenzen für das, was der Kunde anlegen kann. Ein Limit unter der aktuellen Nutzung verhindert neue Ressourcen und entfernt keine.",
  "assetMaxima.group.compute": "Rechenleistung",
  "assetMaxima.group.storage": "Speicher",
  "assetMaxima.group.network": "Netzwerk",
  "assetMaxima.group.users": "Benutzer",
  "assetMaxima.group.balance": "Guthaben",
  "assetMaxima.group.billing": "Kredit (Kunden auf Rechnung)",
  "assetMaxima.group.billingHint": "Geldbeträge sind in {currency}, der Währung der Rechnungen.",
  "assetMaxima.hint.networkPublic":
    "Falls gesetzt, ersetzt es das VLAN-Limit für öffentliche Netzwerke.",
  "assetMaxima.hint.networkPrivate":
    "Falls gesetzt, ersetzt es das VLAN-Limit für private Netzwerke.",
  "assetMaxima.hint.vlans":
    "Die Limits für öffentliche und private Netzwerke ersetzen, falls gesetzt, dieses Limit.",
  "assetMaxima.hint.cutoff":
    "Bei diesem Guthaben oder darunter kann der Kunde keine neuen Ressourcen anlegen oder starten. Darf negativ sein.",
  "assetMaxima.usage": "{used} von {limit}",
  "assetMaxima.usageUnlimited": "{used} in Nutzung",
  "assetMaxima.usageOf": "Nutzung: {label}",
  "assetMaxima.over": "Über dem Limit",
  "assetMaxima.limitOrNone": "Geben Sie ein Limit ein oder wählen Sie Unbegrenzt.",
  "assetMaxima.noLimitFor": "Unbegrenzt: {label}",
  "assetMaxima.unitsSuffix": "Einheiten",
  "assetMaxima.daysSuffix": "Tage",
  "assetMaxima.unitsValue": "{amount} Einheiten",
  "assetMaxima.diff.title": "Zu speichernde Änderungen",
  "assetMaxima.diff.item": "{label}: {from} → {to}",
  "assetMaxima.save": "{count, plural, one {# Änderung} other {# Änderungen}} speichern",
  "assetMaxima.saved": "Ressourcenlimits gespeichert.",
  "assetMaxima.conflictField": "{label}: dort gesetzt {theirs}, von Ihnen gewünscht {yours}.",
} satisfies Translation<typeof en>;
