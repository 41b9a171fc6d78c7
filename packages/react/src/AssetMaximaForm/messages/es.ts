import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "assetMaxima.title": "Límites de recursos",
  "assetMaxima.description":
    "Límites de lo que el cliente puede crear. Un límite por debajo del uso actual impide recursos nuevos y no elimina ninguno.",
  "assetMaxima.group.compute": "Cómputo",
  "assetMaxima.group.storage": "Almacenamiento",
  "assetMaxima.group.network": "Red",
  "assetMaxima.group.users": "Usuarios",
  "assetMaxima.group.balance": "Saldo",
  "assetMaxima.group.billing": "Crédito (clientes con factura)",
  "assetMaxima.group.billingHint": "Los importes están en {currency}, la moneda de las facturas.",
  "assetMaxima.hint.networkPublic":
    "Si se define, sustituye el límite de VLAN para las redes públicas.",
  "assetMaxima.hint.networkPrivate":
    "Si se define, sustituye el límite de VLAN para las redes privadas.",
  "assetMaxima.hint.vlans":
    "Los límites de redes públicas y privadas, si se definen, sustituyen a este.",
  "assetMaxima.hint.cutoff":
    "Con este saldo de unidades o menos, el cliente no puede crear ni ejecutar recursos nuevos. Puede ser negativo.",
  "assetMaxima.usage": "{used} de {limit}",
  "assetMaxima.usageUnlimited": "{used} en uso",
  "assetMaxima.usageOf": "Uso de {label}",
  "assetMaxima.over": "Límite superado",
  "assetMaxima.limitOrNone": "Introduzca un límite o elija Sin límite.",
  "assetMaxima.noLimitFor": "Sin límite para {label}",
  "assetMaxima.unitsSuffix": "unidades",
  "assetMaxima.daysSuffix": "días",
  "assetMaxima.unitsValue": "{amount} unidades",
  "assetMaxima.diff.title": "Cambios por guardar",
  "assetMaxima.diff.item": "{label}: {from} → {to}",
  "assetMaxima.save": "Guardar {count, plural, one {# cambio} other {# cambios}}",
  "assetMaxima.saved": "Límites de recursos guardados.",
  "assetMaxima.conflictField": "{label}: otra persona puso {theirs}, usted quiere {yours}.",
} satisfies Translation<typeof en>;
