import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "configuration.title": "Configuración",
  "configuration.billing.title": "Facturación",
  "configuration.billing.description": "El plan del cliente y cómo paga sus unidades.",
  "configuration.productOffer": "Oferta de producto",
  "configuration.productOffer.hint":
    "Un plan de cliente de la entidad de facturación de este cliente.",
  "configuration.productOffer.none": "Sin oferta de producto",
  "configuration.productOffer.option": "{name} ({price})",
  "configuration.creditCustomer": "Cliente a crédito",
  "configuration.creditCustomer.hint":
    "Puede comprar unidades ahora y pagar después, sin un medio de pago registrado (factura).",
  "configuration.address.title": "Dirección",
  "configuration.address.description": "La dirección postal de las facturas del cliente.",
  "configuration.address.street": "Calle",
  "configuration.address.locality": "Localidad",
  "configuration.address.town": "Ciudad",
  "configuration.address.region": "Provincia, estado o región",
  "configuration.address.country": "País",
  "configuration.address.country.hint": "Código ISO de dos letras, como ES o DE.",
  "configuration.address.postalCode": "Código postal",
  "configuration.tax.title": "Impuestos",
  "configuration.tax.description": "Los datos de IVA para las facturas del cliente.",
  "configuration.vatNumber": "Número de IVA",
  "configuration.vatNumber.hint": "Con el prefijo del país, como ESB12345678.",
  "configuration.vatExempt": "Exento de IVA",
  "configuration.vatExempt.hint": "Las facturas a este cliente no llevan IVA.",
  "configuration.units.title": "Unidades",
  "configuration.units.description":
    "Cuándo se avisa al cliente de que su saldo de unidades se agota.",
  "configuration.units.suffix": "unidades",
  "configuration.unitWarnLevel": "Nivel de aviso",
  "configuration.unitWarnLevel.hint":
    "Se envía un correo al cliente cuando su saldo baja a este nivel. Vacío: no se envía ninguno.",
  "configuration.unitWarnLevel.sent": "Aviso enviado",
  "configuration.conflict.fields": "Cambiado por otra persona: {fields}.",
} satisfies Translation<typeof en>;
