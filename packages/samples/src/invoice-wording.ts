import type { Language } from './locale-formats';

/**
 * Label wordings per language. `dev` wordings appear in dev templates; `holdout` wordings only in
 * holdout documents, so the eval shows whether the extractor generalises past what it was tuned on.
 */
export interface Wording {
  dev: readonly string[];
  holdout: readonly string[];
}

export type InvoiceLabel =
  | 'title'
  | 'invoiceNumber'
  | 'issueDate'
  | 'dueDate'
  | 'orderNumber'
  | 'vatId'
  | 'iban'
  | 'net'
  | 'tax'
  | 'total'
  | 'billTo'
  | 'description'
  | 'quantity'
  | 'unitPrice'
  | 'amount'
  | 'from';

export const invoiceWording: Record<Language, Record<InvoiceLabel, Wording>> = {
  en: {
    title: { dev: ['INVOICE', 'Invoice', 'Tax Invoice'], holdout: ['Bill', 'Commercial Invoice'] },
    invoiceNumber: { dev: ['Invoice No.', 'Invoice number', 'Invoice #', 'Invoice Number'], holdout: ['Bill No.', 'Document no.'] },
    issueDate: { dev: ['Invoice date', 'Date', 'Date of issue'], holdout: ['Issued on', 'Billing date'] },
    dueDate: { dev: ['Due date', 'Payment due', 'Due'], holdout: ['Pay by', 'Payable by'] },
    orderNumber: { dev: ['Order No.', 'PO number', 'Your order'], holdout: ['Purchase order', 'Order ref.'] },
    vatId: { dev: ['VAT No.', 'VAT ID', 'VAT Reg. No.'], holdout: ['Tax ID', 'VAT registration number'] },
    iban: { dev: ['IBAN'], holdout: ['IBAN', 'Account (IBAN)'] },
    net: { dev: ['Subtotal', 'Net amount', 'Net total'], holdout: ['Total excl. VAT', 'Amount before tax'] },
    tax: { dev: ['VAT', 'Tax', 'Sales tax'], holdout: ['VAT amount', 'Tax amount'] },
    total: { dev: ['Total', 'Total due', 'Amount due', 'Grand total'], holdout: ['Balance due', 'Total payable'] },
    billTo: { dev: ['Bill to', 'Invoice to', 'Customer'], holdout: ['Sold to', 'Billed to'] },
    description: { dev: ['Description', 'Item'], holdout: ['Service', 'Product'] },
    quantity: { dev: ['Qty', 'Quantity'], holdout: ['Units', 'Qty.'] },
    unitPrice: { dev: ['Unit price', 'Price'], holdout: ['Rate', 'Unit cost'] },
    amount: { dev: ['Amount', 'Total'], holdout: ['Line total', 'Amount'] },
    from: { dev: ['From', 'Supplier', 'Vendor'], holdout: ['Seller', 'Issued by'] },
  },
  de: {
    title: { dev: ['RECHNUNG', 'Rechnung'], holdout: ['Faktura', 'Rechnung'] },
    invoiceNumber: { dev: ['Rechnungsnummer', 'Rechnungs-Nr.', 'Rechnung Nr.'], holdout: ['Belegnummer', 'Rechnungsnr.'] },
    issueDate: { dev: ['Rechnungsdatum', 'Datum'], holdout: ['Ausstellungsdatum', 'Belegdatum'] },
    dueDate: { dev: ['Fällig am', 'Fälligkeitsdatum', 'Zahlbar bis'], holdout: ['Zahlungsziel', 'Fälligkeit'] },
    orderNumber: { dev: ['Bestellnummer', 'Ihre Bestellung'], holdout: ['Auftragsnummer', 'Bestell-Nr.'] },
    vatId: { dev: ['USt-IdNr.', 'USt-ID'], holdout: ['Umsatzsteuer-ID', 'UID-Nr.'] },
    iban: { dev: ['IBAN'], holdout: ['IBAN', 'Kontonummer (IBAN)'] },
    net: { dev: ['Nettobetrag', 'Zwischensumme', 'Summe netto'], holdout: ['Netto', 'Warenwert'] },
    tax: { dev: ['MwSt.', 'USt.', 'Umsatzsteuer'], holdout: ['zzgl. MwSt.', 'Mehrwertsteuer'] },
    total: { dev: ['Gesamtbetrag', 'Rechnungsbetrag', 'Summe brutto'], holdout: ['Endbetrag', 'Zu zahlender Betrag'] },
    billTo: { dev: ['Rechnungsempfänger', 'Kunde'], holdout: ['Rechnungsadresse', 'An'] },
    description: { dev: ['Beschreibung', 'Artikel'], holdout: ['Leistung', 'Bezeichnung'] },
    quantity: { dev: ['Menge', 'Anzahl'], holdout: ['Stück', 'Menge'] },
    unitPrice: { dev: ['Einzelpreis', 'Preis'], holdout: ['E-Preis', 'Stückpreis'] },
    amount: { dev: ['Betrag', 'Gesamt'], holdout: ['Summe', 'Gesamtpreis'] },
    from: { dev: ['Lieferant', 'Von'], holdout: ['Verkäufer', 'Absender'] },
  },
  fr: {
    title: { dev: ['FACTURE', 'Facture'], holdout: ['Facture', 'Note de frais'] },
    invoiceNumber: { dev: ['Facture n°', 'Numéro de facture', 'N° de facture'], holdout: ['Réf. facture', 'Facture numéro'] },
    issueDate: { dev: ['Date de facture', 'Date', "Date d'émission"], holdout: ['Émise le', 'Date de facturation'] },
    dueDate: { dev: ["Date d'échéance", 'Échéance', 'À payer avant le'], holdout: ['Payable le', 'Date limite de paiement'] },
    orderNumber: { dev: ['N° de commande', 'Votre commande'], holdout: ['Bon de commande', 'Réf. commande'] },
    vatId: { dev: ['N° TVA intracommunautaire', 'TVA intracom.'], holdout: ['Numéro de TVA', 'Identifiant TVA'] },
    iban: { dev: ['IBAN'], holdout: ['IBAN', 'Coordonnées bancaires (IBAN)'] },
    net: { dev: ['Total HT', 'Montant HT', 'Sous-total'], holdout: ['Total hors taxes', 'Base HT'] },
    tax: { dev: ['TVA', 'Montant TVA'], holdout: ['Total TVA', 'Taxe'] },
    total: { dev: ['Total TTC', 'Montant TTC', 'Net à payer'], holdout: ['Montant total', 'Total à régler'] },
    billTo: { dev: ['Facturé à', 'Client'], holdout: ['Destinataire', 'Adresse de facturation'] },
    description: { dev: ['Désignation', 'Description'], holdout: ['Libellé', 'Article'] },
    quantity: { dev: ['Qté', 'Quantité'], holdout: ['Nombre', 'Qté'] },
    unitPrice: { dev: ['Prix unitaire', 'PU HT'], holdout: ['P.U.', 'Prix unit.'] },
    amount: { dev: ['Montant', 'Total'], holdout: ['Total ligne', 'Montant HT'] },
    from: { dev: ['Fournisseur', 'Émetteur'], holdout: ['Vendeur', 'Prestataire'] },
  },
  es: {
    title: { dev: ['FACTURA', 'Factura'], holdout: ['FACTURA', 'Factura'] },
    invoiceNumber: { dev: ['Factura n.º', 'Número de factura'], holdout: ['N.º de factura', 'Factura número'] },
    issueDate: { dev: ['Fecha de factura', 'Fecha'], holdout: ['Fecha de emisión', 'Fecha'] },
    dueDate: { dev: ['Fecha de vencimiento', 'Vencimiento'], holdout: ['Vencimiento', 'Pagar antes de'] },
    orderNumber: { dev: ['N.º de pedido'], holdout: ['Pedido', 'Su pedido'] },
    vatId: { dev: ['NIF/IVA'], holdout: ['CIF', 'NIF'] },
    iban: { dev: ['IBAN'], holdout: ['IBAN'] },
    net: { dev: ['Base imponible'], holdout: ['Base imponible', 'Subtotal'] },
    tax: { dev: ['IVA'], holdout: ['IVA', 'Cuota IVA'] },
    total: { dev: ['Total factura'], holdout: ['Total a pagar', 'Importe total'] },
    billTo: { dev: ['Cliente'], holdout: ['Facturar a', 'Cliente'] },
    description: { dev: ['Descripción'], holdout: ['Concepto', 'Descripción'] },
    quantity: { dev: ['Cantidad'], holdout: ['Uds.', 'Cantidad'] },
    unitPrice: { dev: ['Precio unitario'], holdout: ['Precio', 'Precio unit.'] },
    amount: { dev: ['Importe'], holdout: ['Importe', 'Total'] },
    from: { dev: ['Proveedor'], holdout: ['Emisor', 'Proveedor'] },
  },
};

export const itemCatalogue: Record<Language, readonly string[]> = {
  en: ['Consulting services', 'Office chairs', 'Printer toner cartridge', 'Cloud hosting (monthly)', 'Shipping and handling', 'Software licence', 'Maintenance visit', 'A4 copy paper, 5 reams', 'Network switch 24-port', 'Training workshop'],
  de: ['Beratungsleistung', 'Bürostuhl Ergo Plus', 'Tonerkartusche schwarz', 'Wartungsvertrag Q1', 'Versandkosten', 'Softwarelizenz', 'Montage vor Ort', 'Kopierpapier A4', 'Netzwerkkabel 10 m', 'Schulung Tagessatz'],
  fr: ['Prestation de conseil', 'Chaise de bureau', 'Cartouche de toner', 'Hébergement cloud mensuel', 'Frais de port', 'Licence logicielle', 'Intervention de maintenance', 'Ramette papier A4', 'Câble réseau 5 m', 'Formation sur site'],
  es: ['Servicios de consultoría', 'Silla de oficina', 'Cartucho de tóner', 'Alojamiento en la nube', 'Gastos de envío', 'Licencia de software', 'Visita de mantenimiento', 'Papel A4', 'Cable de red', 'Curso de formación'],
};
