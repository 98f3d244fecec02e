/**
 * Field labels as printed on business documents, per language. Written from general knowledge
 * of invoice vocabulary (en, de, fr, es, it, nl, pt), not copied from the sample templates: the
 * holdout eval measures whether that holds. A trailing ':' means the word only counts as a label
 * when a colon follows (short words such as "von", "an", "from" are also ordinary words).
 * To add a language: append its wordings to each list.
 */
export type LabelKind =
  | 'invoiceNumber'
  | 'invoiceTitle'
  | 'issueDate'
  | 'dueDate'
  | 'dueCue'
  | 'orderNumber'
  | 'vatId'
  | 'iban'
  | 'netAmount'
  | 'taxAmount'
  | 'totalAmount'
  | 'billTo'
  | 'vendor'
  | 'other';

export const labelLexicon: Record<LabelKind, readonly string[]> = {
  invoiceNumber: [
    'invoice no', 'invoice no.', 'invoice number', 'invoice #', 'invoice nr', 'invoice nr.', 'inv no', 'inv. no.', 'inv #', 'invoice id', 'invoice ref',
    'bill no', 'bill no.', 'bill number', 'bill #', 'document no', 'document no.', 'document number', 'doc no', 'receipt no', 'receipt number',
    'rechnungsnummer', 'rechnungs-nr', 'rechnungs-nr.', 'rechnungsnr', 'rechnungsnr.', 'rechnung nr', 'rechnung nr.', 're-nr', 're-nr.', 'belegnummer', 'beleg-nr', 'beleg-nr.', 'belegnr', 'belegnr.', 'dokumentnummer',
    'facture n°', 'facture no', 'facture nº', 'numéro de facture', 'n° de facture', 'no de facture', 'n° facture', 'réf. facture', 'référence facture', 'facture numéro', 'ref facture',
    'factura n.º', 'factura nº', 'factura no', 'factura n°', 'número de factura', 'n.º de factura', 'nº de factura', 'factura número', 'num. factura', 'nº factura',
    'fattura n.', 'fattura n°', 'numero fattura', 'fattura nr', 'factuurnummer', 'factuur nr', 'factuurnr', 'fatura n.º', 'número da fatura', 'fatura nº',
  ],
  invoiceTitle: ['invoice', 'tax invoice', 'commercial invoice', 'bill', 'rechnung', 'faktura', 'facture', 'factura', 'fattura', 'factuur', 'fatura'],
  issueDate: [
    'invoice date', 'date of issue', 'issue date', 'issued on', 'issued', 'billing date', 'bill date', 'document date', 'date', 'dated', 'tax point', 'date of invoice',
    'rechnungsdatum', 'datum', 'ausstellungsdatum', 'belegdatum', 'rechnungsdatum/leistungsdatum',
    'date de facture', 'date de facturation', "date d'émission", 'date d’émission', 'émise le', 'émis le', 'date facture',
    'fecha de factura', 'fecha de emisión', 'fecha', 'fecha factura', 'data fattura', 'data', 'data di emissione', 'factuurdatum', 'data da fatura', 'data de emissão',
  ],
  dueDate: [
    'due date', 'payment due', 'due', 'due by', 'due on', 'pay by', 'payable by', 'please pay by', 'payment due date', 'payment deadline', 'pay before',
    'fällig am', 'fälligkeitsdatum', 'fällig', 'fälligkeit', 'zahlbar bis', 'zahlungsziel', 'zahlungsfrist', 'zahlbar bis zum', 'fällig bis',
    "date d'échéance", 'date d’échéance', 'échéance', 'à payer avant le', 'payable le', 'payable avant le', 'date limite de paiement', 'à régler avant le', 'date limite',
    'fecha de vencimiento', 'vencimiento', 'pagar antes de', 'pagar antes del', 'fecha límite de pago', 'scadenza', 'data di scadenza', 'vervaldatum', 'data de vencimento', 'vencimento',
  ],
  // Prose connectors that announce a due date only when a date follows directly.
  dueCue: ['by', 'before', 'until', 'no later than', 'bis zum', 'bis', 'spätestens', 'avant le', "jusqu'au", 'antes del', 'antes de', 'hasta el', 'entro il'],
  orderNumber: [
    'order no', 'order no.', 'order number', 'order #', 'order ref', 'order ref.', 'order reference', 'purchase order', 'purchase order no', 'po number', 'po no', 'po no.', 'po #', 'p.o. no.', 'p.o.', 'your order', 'customer order', 'your order no.',
    'bestellnummer', 'bestell-nr', 'bestell-nr.', 'bestellnr', 'bestellnr.', 'ihre bestellung', 'auftragsnummer', 'auftrags-nr', 'auftrags-nr.', 'auftragsnr.', 'ihr auftrag', 'ihre bestellnummer',
    'n° de commande', 'numéro de commande', 'bon de commande', 'réf. commande', 'votre commande', 'commande n°', 'n° commande', 'référence commande',
    'n.º de pedido', 'nº de pedido', 'número de pedido', 'pedido', 'su pedido', 'pedido n.º', 'ordine n.', 'numero ordine', "numero d'ordine", 'bestelnummer', 'número da encomenda', 'encomenda',
  ],
  vatId: [
    'vat no', 'vat no.', 'vat number', 'vat id', 'vat reg no', 'vat reg. no.', 'vat registration number', 'vat registration no', 'vat reg.', 'tax id', 'vat-id', 'vat identification number',
    'ust-idnr', 'ust-idnr.', 'ust-id', 'ust-id-nr', 'ust-id-nr.', 'umsatzsteuer-id', 'umsatzsteuer-identifikationsnummer', 'uid', 'uid-nr', 'uid-nr.', 'mwst-nr', 'mwst-nr.', 'steuernummer',
    'n° tva intracommunautaire', 'tva intracommunautaire', 'tva intracom', 'tva intracom.', 'numéro de tva', 'identifiant tva', 'n° tva', 'numéro tva',
    'nif', 'cif', 'nif/iva', 'nif-iva', 'partita iva', 'p.iva', 'p. iva', 'btw-nummer', 'btw nr', 'btw-nr', 'nipc', 'nif/cif',
  ],
  iban: ['iban', 'account (iban)', 'kontonummer (iban)', 'coordonnées bancaires (iban)', 'bank account', 'bankverbindung', 'rib'],
  netAmount: [
    'subtotal', 'sub-total', 'sub total', 'net amount', 'net total', 'net', 'total net', 'total excl. vat', 'total excluding vat', 'total before tax', 'amount before tax', 'total excl. tax', 'net value',
    'nettobetrag', 'netto', 'zwischensumme', 'summe netto', 'nettosumme', 'warenwert', 'gesamt netto', 'netto gesamt', 'gesamtbetrag netto', 'rechnungsbetrag netto',
    'total ht', 'montant ht', 'sous-total', 'total hors taxes', 'base ht', 'hors taxes', 'total hors taxe', 'montant hors taxes',
    'base imponible', 'importe neto', 'subtotal neto', 'imponibile', 'totale imponibile', 'subtotaal', 'totaal excl. btw', 'valor líquido',
  ],
  taxAmount: [
    'vat', 'tax', 'sales tax', 'vat amount', 'tax amount', 'total vat', 'total tax', 'gst', 'plus vat',
    'mwst', 'mwst.', 'ust', 'ust.', 'umsatzsteuer', 'mehrwertsteuer', 'zzgl. mwst', 'zzgl. mwst.', 'zzgl. ust', 'zzgl. ust.', 'mwst.-betrag', 'steuerbetrag', 'zzgl. umsatzsteuer',
    'tva', 'montant tva', 'total tva', 'taxe', 'taxes',
    'iva', 'cuota iva', 'importe iva', 'cuota de iva', 'btw', 'imposta', 'totale iva',
  ],
  totalAmount: [
    'total', 'total due', 'amount due', 'grand total', 'balance due', 'total payable', 'total amount', 'amount payable', 'invoice total', 'total to pay', 'total amount due', 'total incl. vat', 'total (incl. vat)', 'balance',
    'gesamtbetrag', 'rechnungsbetrag', 'summe brutto', 'bruttobetrag', 'endbetrag', 'zu zahlender betrag', 'zahlbetrag', 'gesamtsumme', 'brutto', 'gesamt brutto', 'rechnungssumme', 'zu zahlen',
    'total ttc', 'montant ttc', 'net à payer', 'montant total', 'total à régler', 'total à payer', 'montant dû', 'reste à payer', 'montant à payer',
    'total factura', 'total a pagar', 'importe total', 'total importe', 'totale', 'totale fattura', 'totale da pagare', 'totaal', 'te betalen', 'totaal incl. btw', 'valor total',
  ],
  billTo: [
    'bill to', 'billed to', 'invoice to', 'sold to', 'ship to', 'deliver to', 'customer', 'client', 'recipient', 'invoice address', 'billing address',
    'rechnungsempfänger', 'rechnungsadresse', 'kunde', 'an:', 'lieferadresse', 'empfänger', 'auftraggeber',
    'facturé à', 'destinataire', 'adresse de facturation', 'livré à', 'cliente', 'facturar a', 'destinatario', 'intestatario', 'klant', 'factuuradres',
  ],
  vendor: [
    'from:', 'supplier', 'vendor', 'seller', 'issued by', 'sold by', 'lieferant', 'von:', 'verkäufer', 'absender', 'rechnungssteller', 'leistungserbringer',
    'fournisseur', 'émetteur', 'vendeur', 'prestataire', 'proveedor', 'emisor', 'vendedor', 'fornitore', 'leverancier', 'fornecedor',
  ],
  // Column headers and contact labels: they only end the value of the label before them.
  other: [
    'description', 'item', 'qty', 'qty.', 'quantity', 'units', 'unit price', 'price', 'rate', 'unit cost', 'amount', 'line total', 'service', 'product',
    'bic', 'swift', 'bic/swift', 'tel', 'tel.', 'phone', 'fax', 'email', 'e-mail', 'web', 'page', 'bank', 'betrag', 'beschreibung', 'artikel', 'menge', 'anzahl',
    'einzelpreis', 'preis', 'leistung', 'bezeichnung', 'stück', 'e-preis', 'stückpreis', 'summe', 'gesamtpreis', 'désignation', 'quantité', 'qté', 'prix unitaire',
    'pu ht', 'p.u.', 'prix unit.', 'montant', 'libellé', 'article', 'nombre', 'total ligne', 'descripción', 'concepto', 'cantidad', 'uds.', 'precio', 'precio unitario',
    'precio unit.', 'importe', 'reporter', 'subject', 'betreff', 'objet', 'asunto',
  ],
};
