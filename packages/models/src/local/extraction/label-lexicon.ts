/**
 * Field labels as printed on business documents. The vocabulary follows public standards and
 * national practice, not our sample templates: the EN 16931-1 business terms (BT-1 invoice
 * number, BT-2 issue date, BT-9 due date, BT-13 purchase order, BT-27 seller name, BT-31 seller
 * VAT identifier, BT-44 buyer name, BT-84 payment account, BT-109/BT-110/BT-112/BT-115 totals) as
 * the EU languages print them, the UBL/CII element names they map to, and the wording common
 * outside the EU (GSTIN, ABN, GST/HST, CNPJ, RFC, TRN, 請求書番号...).
 *
 * Conventions: matching ignores case; a trailing ':' means the word only counts as a label when
 * a colon follows ("from:", "no:" are also ordinary words). Words are matched whole, except CJK
 * labels, which are written without spaces. To add a language: append its wordings to each list.
 */
export type LabelKind =
  | 'invoiceNumber' // BT-1 (ram:ID of the ExchangedDocument / cbc:ID)
  | 'creditNoteNumber' // BT-1 on a credit note
  | 'receiptNumber' // a till receipt's number
  | 'genericNumber' // "No:", "Nr.", "#": a number label that needs the document title nearby
  | 'referenceInvoice' // BT-25 preceding invoice reference: never the document's own number
  | 'invoiceTitle'
  | 'creditNoteTitle'
  | 'receiptTitle'
  | 'issueDate' // BT-2
  | 'dueDate' // BT-9
  | 'dueCue' // prose connectors that announce a due date only when a date follows directly
  | 'otherDate' // delivery, order, service period dates: not the issue date
  | 'orderNumber' // BT-13
  | 'customerNumber' // buyer's account at the seller: never the invoice number
  | 'otherNumber' // delivery note, contract, tracking, page...: never the invoice number
  | 'ownReference' // the issuer's own reference ("Our ref."): the document's number when no number label is printed
  | 'vatId' // BT-31 / BT-48 and national tax registration labels
  | 'registrationId' // company register numbers (KvK, HRB, SIRET, KRS, IČO...): not VAT ids
  | 'iban' // BT-84
  | 'accountHolder' // BT-85 payment account name: the vendor
  | 'netAmount' // BT-109 / BT-106
  | 'taxAmount' // BT-110
  | 'totalAmount' // BT-112
  | 'payableAmount' // BT-115: the amount due for payment
  | 'paidAmount' // BT-113 prepaid amount, card/cash tendered, change
  | 'convertedTotal' // a total restated in another currency
  | 'billTo' // BG-7 buyer
  | 'vendor' // BG-4 seller
  | 'remitTo' // a payment address: not the seller's name
  | 'other'; // column headers and contact labels: they only end the value before them

export const labelLexicon: Record<LabelKind, readonly string[]> = {
  invoiceNumber: [
    // en
    'invoice no', 'invoice no.', 'invoice number', 'invoice #', 'invoice nr', 'invoice nr.', 'inv no', 'inv. no.', 'inv #', 'inv. #', 'invoice id', 'invoice ref', 'invoice ref.', 'invoice reference',
    'tax invoice no', 'tax invoice no.', 'statement #', 'statement no', 'statement no.', 'statement number', 'tax invoice number', 'tax invoice #', 'bill no', 'bill no.', 'bill number', 'bill #', 'document no', 'document no.', 'document number', 'doc no', 'doc. no.', 'invoice no:', 'invoice-no', 'invoice code', 'invoice serial no', 'invoice serial number', 'invoice:', 'document:', 'doc #', 'document #',
    // national e-invoice and receipt numbers: fr pièce, br NFC-e/NFS-e, ar comprobante, id faktur, vi số, ar, he, ko, zh
    'n° de pièce', 'numéro de pièce', 'pièce n°', 'nfc-e nº', 'nfc-e n°', 'nfc-e', 'nfs-e nº', 'nfs-e n°', 'nfs-e', 'número da nfs-e', 'comp. nro', 'comp. nro.', 'comp. n°', 'comprobante nro', 'comprobante nro.', 'comprobante n°', 'comprobante nº', 'no. faktur', 'no faktur', 'nomor faktur', 'no. invois', 'no invois', 'nombor invois', 'बीजक संख्या', 'बीजक सं.', 'चालान संख्या', 'no. faktura', 'no. invoice', 'số (no.)', 'số hóa đơn', 'số hoá đơn', 'رقم الفاتورة', 'رقم الفاتوره', "חשבונית מס מס'", "חשבונית מס'", 'מספר חשבונית', '문서번호', '승인번호', '청구서 번호', '송장 번호', '发票号码', '發票號碼', '发票号', '單據號碼',
    // de, at, ch
    'rechnungsnummer', 'rechnungs-nr', 'rechnungs-nr.', 'rechnungsnr', 'rechnungsnr.', 'rechnung nr', 'rechnung nr.', 'rechnung-nr.', 're-nr', 're-nr.', 're.-nr.', 'rg.-nr.', 'rg-nr', 'rg-nr.', 'rg.nr.',
    'belegnummer', 'beleg-nr', 'beleg-nr.', 'belegnr', 'belegnr.', 'dokumentnummer', 'rechnung nummer',
    // fr, be, ch, lu
    'facture n°', 'facture no', 'facture nº', 'facture n.', 'numéro de facture', 'n° de facture', 'no de facture', 'nº de facture', 'n° facture', 'no facture', 'réf. facture', 'référence facture', 'facture numéro', 'numéro facture', 'n° de la facture',
    // es
    'factura n.º', 'factura nº', 'factura no', 'factura no.', 'factura n°', 'número de factura', 'n.º de factura', 'nº de factura', 'no. de factura', 'n° de factura', 'factura número', 'num. factura', 'núm. factura', 'nº factura', 'número factura', 'factura nro', 'factura nro.', 'folio', 'serie y folio', 'serie-folio',
    // it
    'fattura n.', 'fattura n°', 'fattura nr', 'fattura nr.', 'fattura numero', 'numero fattura', 'numero documento', 'n. fattura', 'nr. fattura', 'fattura n',
    // it: utility bills (bolletta) carry the invoice's number
    'bolletta n.', 'bolletta n', 'bolletta nr', 'bolletta nr.', 'numero bolletta', 'n. bolletta',
    // nl, be
    'factuurnummer', 'factuur nr', 'factuur nr.', 'factuurnr', 'factuurnr.', 'factuur nummer',
    // pt, br
    'fatura n.º', 'fatura nº', 'fatura no', 'número da fatura', 'nº da fatura', 'fatura número', 'nota fiscal', 'nota fiscal nº', 'nf-e', 'nf-e nº', 'número da nota',
    // pl, cs, sk, sl, hr, ro, hu
    'faktura nr', 'faktura nr.', 'faktura vat nr', 'faktura vat nr.', 'numer faktury', 'nr faktury', 'číslo faktury', 'faktura číslo', 'faktura č.', 'číslo dokladu', 'faktúra číslo', 'číslo faktúry', 'faktúra č.',
    'številka računa', 'račun št.', 'broj računa', 'račun br.', 'račun br', 'račun br:', 'broj računa:', 'חשבונית מס מספר', 'חשבונית מספר', 'račun broj', 'număr factură', 'numărul facturii', 'nr. factură', 'nr factură', 'nr. facturii', 'factura nr', 'factura nr.', 'factură nr', 'factură nr.', 'seria', 'számla sorszáma', 'számlaszám', 'számla száma', 'sorszám',
    // nordics, baltics
    'fakturanummer', 'fakturanr', 'fakturanr.', 'faktura nummer', 'fakturanumero', 'laskun numero', 'lasku nro', 'laskun nro', 'laskun nro.', 'laskunumero', 'arve number', 'arve nr', 'rēķina numurs', 'rēķins nr.', 'sąskaitos numeris', 'sąskaitos nr.',
    // el, bg, tr
    'αριθμός τιμολογίου', 'αρ. τιμολογίου', 'αριθμός παραστατικού', 'αρ. παραστατικού', 'σειρά-αριθμός', 'σειρά - αριθμός', 'σειρά/αριθμός', 'номер на фактура', 'фактура №', 'fatura no', 'fatura no.', 'fatura numarası', 'fatura nr', 'belge no', 'seri-sıra no',
    // ja, zh
    '請求書番号', '請求番号', '請求書no', '請求書no.', '伝票番号', '発票号码', '发票号码', '發票號碼',
  ],
  creditNoteNumber: [
    'credit note no', 'credit note no.', 'credit note number', 'credit note #', 'credit memo no', 'credit memo no.', 'credit memo #', 'credit memo number', 'credit no', 'credit no.', 'cn no', 'cn no.',
    'gutschriftsnummer', 'gutschrift nr', 'gutschrift nr.', 'gutschrift-nr.', 'gutschriften-nr.', 'korrekturrechnung nr.', 'stornorechnung nr.',
    "numéro d'avoir", 'note de crédit n°', 'note de crédit no', 'note de crédit nº', 'note de crédit no.', "n° d'avoir", 'avoir n°', 'avoir no', 'avoir nº', "no d'avoir",
    'nota de crédito n.º', 'nota de crédito nº', 'nota de crédito no', 'número de nota de crédito', 'factura rectificativa n.º', 'factura rectificativa nº', 'factura rectificativa no',
    'nota di credito n.', 'nota di credito n°', 'nota di credito nr', 'numero nota di credito', 'creditnota nummer', 'creditnotanummer', 'creditnota nr', 'creditnota nr.', 'creditfactuur nr',
    'faktura korygująca nr', 'faktura korygująca nr.', 'korekta nr', 'nr korekty', 'opravný daňový doklad č.', 'dobropis č.', 'dobropis číslo', 'kreditnota nr', 'kreditnota nr.', 'kreditnotanummer', 'kreditfaktura nr',
    'hyvityslasku nro', 'hyvityslaskun numero', 'hyvityslaskun nro', 'hyvityslaskun nro.', 'adjustment note no', 'adjustment note no.', 'adjustment note number', 'adjustment note #', 'αριθμός πιστωτικού', 'iade fatura no',
  ],
  receiptNumber: [
    '取引no.', '取引no', 'no. resit', 'no resit', 'resit no', 'resit no.', 'no. resit:', 'số phiếu', 'số biên lai',
    'bon', 'bon no', 'bonnr', 'kassa bon', 'receipt no', 'receipt no.', 'receipt number', 'receipt #', 'receipt id', 'transaction no', 'transaction no.', 'transaction #', 'transaction id', 'trans #', 'trans. no.', 'txn', 'txn no', 'txn #', 'ticket no', 'ticket no.', 'ticket #', 'check #', 'bill #',
    'bon fiscal nr', 'bon fiscal nr.', 'bon-nr', 'bon-nr.', 'bon nr', 'bon nr.', 'bonnummer', 'beleg nr', 'beleg nr.', 'kassenbon nr', 'kassenbon-nr.', 'quittung nr', 'quittung nr.', 'quittungsnummer',
    'ticket n°', 'n° de ticket', 'n° ticket', 'numéro de ticket', 'reçu n°', 'nº ticket', 'nº de ticket', 'ticket nº', 'recibo nº', 'recibo n.º', 'número de ticket', 'scontrino n.', 'scontrino nr', 'documento commerciale n.', 'kvittonummer', 'kvitto nr', 'kvittering nr', 'kvitteringsnr', 'paragon nr', 'nr paragonu', 'paragon fiskalny nr', 'nr par.', 'nr par', 'documento n.', 'documento nr.', 'documento n°', 'účtenka č.', 'fiş no', 'fiş no.', '領収書番号', 'レシート番号', '영수증번호', '영수증 번호', '거래번호', '小票号', '小票號', '流水号', '流水號', 'nr wydr.', 'nr wydruku', 'r#', '收据号', '收據號碼',
    // till receipts: transaction and document numbers as tills print them
    'receipt:', 'trans', 'trans.', 'tran #', 'rcpt', 'rcpt #', 'rcpt no', 'rcpt no.', 'trans:', 'trans id', 'trans. id', 'transaction:', 'trx', 'trx no', 'trx #', 'sale #', 'sale no', 'sale no.',
    'ta-nr', 'ta-nr.', 'transaktions-nr.', 'transaktionsnummer', 'vorgangsnummer', 'vorgangs-nr.', "n° de transaction", 'n° transaction', 'nº operación', 'n.º operación', 'num. ticket', 'núm. ticket', 'doc. n.', 'n. doc.',
    'transactienummer', 'transactie nr', 'kuitti nro', 'kuittinumero', 'číslo účtenky', 'doklad č.', 'nº talão', 'talão nº', 'talão n.º', '取引番号',
  ],
  // Bare number words count only on or under the document's title (header-fields.ts).
  genericNumber: ['no:', 'no.', 'nr.', 'nr:', 'nr', 'αρ.', 'αρ:', 'αριθμός', '№', 'nº', 'n°', 'n.º', '#', 'number:', 'nummer:', 'numéro:', 'número:', 'numero:', 'numer:', 'číslo:', 'č.', 'br.', 'nro.', 'number', 'nummer', 'numéro', 'número', 'numero', 'numer', 'číslo', 'nro', 'serial no', 'serial no.', 'sr. no.', 'номер:', 'số:', 'เลขที่', 'เลขที่ / no.', "מס'"],
  referenceInvoice: [
    'original invoice', 'original invoice no', 'original invoice no.', 'original invoice number', 'refers to invoice', 'relating to invoice', 'related invoice', 'reference invoice', 'corrects invoice', 'credit for invoice', 'against invoice', 'invoice reference:', 'ref. invoice', 're: invoice', 'regarding invoice',
    'bezug rechnung', 'bezug: rechnung', 'zu rechnung', 'zur rechnung', 'ursprungsrechnung', 'ursprüngliche rechnung', 'korrektur zu rechnung', 'storno zu rechnung', 'originalrechnung',
    "facture d'origine", 'facture initiale', 'facture rectifiée', 'sur facture', 'concernant la facture', 'facture concernée', 'factura original', 'factura rectificada', 'factura de origen', 'rectifica a la factura', 'fattura di riferimento', 'fattura originale', 'rif. fattura', 'storno fattura',
    'oorspronkelijke factuur', 'originele factuur', 'betreft factuur', 'faktura korygowana', 'dotyczy faktury', 'do faktury', 'do faktury vat nr', 'faktury vat nr', 'do faktury nr', 'korekta do faktury', 'původní faktura', 'k faktuře', 'ursprunglig faktura', 'avser faktura', 'original faktura', 'opprinnelig faktura', 'alkuperäinen lasku', 'fatura original', 'referente à fatura',
  ],
  invoiceTitle: [
    'invoice', 'tax invoice', 'commercial invoice', 'vat invoice', 'proforma invoice', 'bill', 'rechnung', 'faktura', 'abschlagsrechnung', 'teilrechnung', 'schlussrechnung', 'honorarnote', 'honorarrechnung', "note d'honoraires", 'note d’honoraires', 'invois', 'invois cukai', 'बीजक', 'कर बीजक', 'faktura vat', 'facture', 'factura', 'fattura', 'fattura elettronica', 'factuur', 'fatura', 'fatura simplificada', 'factura simplificada', 'fatura-recibo', 'fatura/recibo',
    'fakturą', 'faktúra', 'számla', 'factură', 'račun', 'lasku', 'arve', 'rēķins', 'sąskaita faktūra', 'τιμολόγιο', 'фактура', 'счёт-фактура', 'счет-фактура', 'рахунок-фактура', 'e-fatura', 'e-arşiv fatura', '請求書', '適格請求書', '発票', '发票', 'nota fiscal',
    'فاتورة ضريبية', 'فاتورة ضريبية مبسطة', 'فاتورة', 'hóa đơn giá trị gia tăng', 'hóa đơn', 'hoá đơn', 'hóa đơn bán hàng', 'hoá đơn bán hàng', 'חשבונית מס', 'חשבונית מס קבלה', 'חשבונית', 'faktur pajak', 'faktur', '전자세금계산서', '세금계산서', '계산서', '거래명세서', '電子發票證明聯', '統一發票', '電子發票', '增值税专用发票', '增值税普通发票', '电子发票', 'factura electrónica', 'nota fiscal de serviços', 'nota fiscal eletrônica', 'boleta electrónica', 'boleta de venta',
  ],
  creditNoteTitle: [
    'credit note', 'credit memo', 'credit invoice', 'gutschrift', 'rechnungskorrektur', 'korrekturrechnung', 'stornorechnung', 'avoir', "facture d'avoir", 'note de crédit', 'nota de crédito', 'factura rectificativa', 'nota di credito',
    'creditnota', 'creditfactuur', 'faktura korygująca', 'korekta faktury', 'opravný daňový doklad', 'dobropis', 'kreditnota', 'kreditfaktura', 'hyvityslasku', 'adjustment note', 'πιστωτικό τιμολόγιο', 'πιστωτικό', 'factură storno', 'storno', 'factură de stornare', 'jóváíró számla', 'iade faturası', '返品伝票', 'nota de crédito',
  ],
  receiptTitle: ['phiếu tính tiền', 'phiếu thanh toán', 'hóa đơn bán lẻ', 'hoá đơn bán lẻ', 'bon fiscal', '영수증', '收据', '收據', '小票', 'קבלה', 'إيصال', 'απόδειξη', 'αποδειξη', 'απόδειξη λιανικής πώλησης', 'αποδειξη λιανικης πωλησης', 'bon', 'kassabon', 'receipt', 'sales receipt', 'cash receipt', 'payment receipt', 'till receipt', 'kassenbon', 'quittung', 'kassenbeleg', 'ticket de caisse', 'reçu', 'recibo', 'ticket', 'scontrino', 'documento commerciale', 'kvitto', 'kvittering', 'paragon', 'paragon fiskalny', 'účtenka', 'fiş', '領収書', 'レシート'],
  issueDate: [
    // en
    'invoice date', 'date of issue', 'issue date', 'issued on', 'issued', 'billing date', 'bill date', 'document date', 'date', 'dated', 'tax point', 'tax point date', 'date of invoice', 'invoice dt', 'receipt date', 'credit note date', 'date issued', 'date:',
    // de
    'rechnungsdatum', 'datum', 'ausstellungsdatum', 'belegdatum', 'rechnungsdatum/leistungsdatum', 're-datum', 'gutschriftsdatum', 'ausgestellt am',
    // fr
    'date de facture', 'date de facturation', "date d'émission", 'date d’émission', 'émise le', 'émis le', 'date facture', "date de l'avoir", 'fait le',
    // es, it, pt
    'fecha de factura', 'fecha de emisión', 'fecha de expedición', 'fecha', 'fecha factura', 'fecha emisión', 'data fattura', 'data', 'data di emissione', 'data documento', 'data emissione', 'data da fatura', 'data de emissão', 'data emissão',
    // nl, pl, cs, sk, ro, hu, hr, sl
    'factuurdatum', 'datum factuur', 'data wystawienia', 'data faktury', 'datum vystavení', 'datum vystavenia', 'dátum vystavenia', 'dátum vyhotovenia', 'data facturii', 'data emiterii', 'számla kelte', 'kiállítás dátuma', 'kelt', 'datum računa', 'datum izdavanja', 'datum izdaje',
    // nordics, baltics, fi
    'fakturadatum', 'fakturadato', 'dato', 'datum:', 'laskun päivämäärä', 'päiväys', 'päivämäärä', 'arve kuupäev', 'kuupäev', 'rēķina datums', 'datums', 'sąskaitos data', 'išrašymo data',
    // el, bg, tr, ja, zh
    'ημερομηνία', 'ημερομηνία έκδοσης', 'дата', 'дата на издаване', 'fatura tarihi', 'düzenleme tarihi', 'tarih', '請求日', '発行日', '日付', '開票日期', '开票日期', '발행일', '발행일자', '작성일자', '작성일', '거래일시', 'tanggal', 'tanggal faktur', 'tgl.', 'tgl', 'ngày lập', 'ngày lập hóa đơn', 'ngày hóa đơn', 'วันที่', 'วันที่ / date', 'tarikh', 'tarikh invois',
  ],
  dueDate: [
    'due date', 'payment due', 'due', 'due by', 'due on', 'pay by', 'payable by', 'please pay by', 'payment due date', 'payment deadline', 'pay before', 'date due', 'payment date', 'due date:', 'payable on', 'expiry date',
    'fällig am', 'fälligkeitsdatum', 'fällig', 'fälligkeit', 'zahlbar bis', 'zahlungsziel', 'zahlungsfrist', 'zahlbar bis zum', 'fällig bis', 'zahlungstermin',
    "date d'échéance", 'date d’échéance', 'échéance', 'à payer avant le', 'payable le', 'payable avant le', 'date limite de paiement', 'à régler avant le', 'date limite', 'à payer le',
    'fecha de vencimiento', 'vencimiento', 'pagar antes de', 'pagar antes del', 'fecha límite de pago', 'fecha de pago', 'scadenza', 'data di scadenza', 'scadenza pagamento', 'data scadenza', 'vervaldatum', 'vervaldag', 'uiterste betaaldatum', 'te betalen voor',
    'data de vencimento', 'vencimento', 'termin płatności', 'termin zapłaty', 'datum splatnosti', 'dátum splatnosti', 'splatnost', 'data scadenței', 'scadență', 'fizetési határidő', 'esedékesség', 'datum dospijeća', 'rok plaćanja', 'rok plačila', 'datum zapadlosti',
    'förfallodatum', 'förfallodag', 'betalas senast', 'forfaldsdato', 'forfaldsdag', 'betalingsfrist', 'forfallsdato', 'forfall', 'eräpäivä', 'maksettava viimeistään', 'maksetähtaeg', 'apmaksas termiņš', 'mokėti iki',
    'vto.', 'vto', 'fecha vto.', 'fecha de vto.', 'f. vto.', 'fecha vencimiento', 'betalingsdato', 'sidste rettidige betalingsdag', 'betales senest', 'te betalen vóór', 'betalen vóór', 'betaling vóór', 'uiterlijk te betalen op',
    'paiement le', 'paiement par virement le', 'paiement par prélèvement le', 'règlement le', 'règlement par virement le', 'pagamento entro il', 'pagar até', 'pagável até', 'vencimento em',
    'jatuh tempo', 'tanggal jatuh tempo', 'tgl. jatuh tempo', 'tgl jatuh tempo', 'hạn thanh toán', 'ngày đến hạn', 'تاريخ الاستحقاق', 'תאריך פירעון', 'לתשלום עד',
    '입금기한', '납부기한', '지급기한', '결제기한', '결제예정일', '지급기일', '付款期限', '付款截止日期', '到期日', '繳款期限',
    'ημερομηνία λήξης', 'падеж', 'срок за плащане', 'son ödeme tarihi', 'vade tarihi', 'vade', '支払期限', 'お支払期限', '支払期日', 'お支払い期限', '振込期限',
  ],
  dueCue: ['by', 'before', 'until', 'no later than', 'bis zum', 'bis', 'spätestens', 'avant le', "jusqu'au", 'antes del', 'antes de', 'hasta el', 'entro il', 'do dnia', 'uiterlijk'],
  otherDate: [
    'delivery date', 'date of delivery', 'date of supply', 'supply date', 'service date', 'service period', 'order date', 'shipping date', 'ship date', 'period', 'billing period', 'performance date',
    // ar: the expiry of the electronic authorisation code (CAE) on an AFIP invoice, not the due date
    'fecha de vto. de cae', 'fecha vto. cae', 'vto. cae', 'vto. de cae', 'vencimiento cae', 'vencimiento del cae',
    'lieferdatum', 'leistungsdatum', 'leistungszeitraum', 'lieferzeitraum', 'bestelldatum', 'auftragsdatum', 'date de livraison', 'date de commande', 'période', 'fecha de entrega', 'fecha de pedido', 'fecha de operación', 'data consegna', 'data ordine',
    'leverdatum', 'leveringsdatum', 'besteldatum', 'data dostawy', 'data sprzedaży', 'data wykonania usługi', 'datum uskutečnění plnění', 'duzp', 'datum zdanitelného plnění', 'dátum dodania', 'leveransdatum', 'leveringsdato', 'toimituspäivä', 'teljesítés dátuma', 'teljesítés kelte', 'data livrării', 'sevk tarihi', '納品日', '取引日',
  ],
  orderNumber: [
    'order no', 'order no.', 'order number', 'order #', 'order ref', 'order ref.', 'order reference', 'purchase order', 'purchase order no', 'purchase order no.', 'purchase order number', 'po number', 'po no', 'po no.', 'po #', 'p.o. no.', 'p.o. #', 'p.o.', 'po', 'po:', 'your order', 'customer order', 'your order no.', 'your ref', 'your ref.', 'your reference', 'buyer reference', 'customer po',
    'bestellnummer', 'bestell-nr', 'bestell-nr.', 'bestellnr', 'bestellnr.', 'ihre bestellung', 'auftragsnummer', 'auftrags-nr', 'auftrags-nr.', 'auftragsnr.', 'ihr auftrag', 'ihre bestellnummer', 'ihr zeichen', 'bestellung',
    'n° de commande', 'numéro de commande', 'bon de commande', 'réf. commande', 'votre commande', 'commande n°', 'n° commande', 'référence commande', 'votre référence', 'v/réf', 'commande',
    'n.º de pedido', 'nº de pedido', 'número de pedido', 'pedido', 'su pedido', 'pedido n.º', 'pedido nº', 'orden de compra', 'su referencia', 'ordine n.', 'numero ordine', "numero d'ordine", 'vs. ordine', 'vostro ordine', 'rif. ordine', 'ordine',
    'bestelnummer', 'ordernr', 'ordernr.', 'uw ordernr', 'uw ordernr.', 'uw bestelling', 'uw referentie', 'inkoopordernummer', 'ordernummer', 'número da encomenda', 'encomenda', 'nº encomenda', 'pedido de compra',
    'zamówienie', 'nr zamówienia', 'numer zamówienia', 'objednávka', 'číslo objednávky', 'objednávka č.', 'comandă nr', 'rendelésszám', 'megrendelés', 'narudžba', 'beställning', 'ordernummer:', 'er ref', 'er referens', 'ordrenummer', 'ordrenr', 'deres ref', 'bestillingsnummer', 'tilausnumero', 'tilaus',
    'sipariş no', 'sipariş numarası', '订单号', '訂單號', '訂單編號', '注文番号', '発注番号', 'ご注文番号',
  ],
  customerNumber: [
    'asiakasnro', 'asiakasnro.', 'customer no', 'customer no.', 'customer number', 'customer #', 'customer id', 'customer code', 'customer ref', 'customer account', 'account no', 'account no.', 'account number', 'account #', 'account id', 'client no', 'client no.', 'client number', 'client id', 'member no', 'member #', 'membership no',
    'kundennummer', 'kunden-nr', 'kunden-nr.', 'kundennr', 'kundennr.', 'kd.-nr.', 'kd-nr', 'debitor', 'debitorennummer', 'n° client', 'numéro client', 'numéro de client', 'code client', 'réf. client', 'nº cliente', 'n.º cliente', 'número de cliente', 'código cliente', 'codice cliente', 'cod. cliente',
    'klantnummer', 'klantnr', 'klantnr.', 'debiteurnummer', 'numer klienta', 'nr klienta', 'číslo zákazníka', 'kundnummer', 'kundnr', 'kundenummer', 'kundenr', 'asiakasnumero', 'asiakasnro', 'ügyfélszám', 'vevőkód', 'müşteri no', 'müşteri numarası', '顧客番号', 'お客様番号',
  ],
  // The issuer's reference for the document (UN/EDIFACT RFF qualifier "our reference"; DIN 5008 "Unser Zeichen").
  ownReference: ['our ref', 'our ref.', 'our reference', 'our ref no', 'our ref no.', 'unser zeichen', 'unsere referenz', 'notre référence', 'notre réf.', 'n/réf', 'n/réf.', 'nuestra referencia', 'nuestra ref.', 'n/ref.', 'nostro riferimento', 'ns. rif.', 'nostro rif.', 'onze referentie', 'onze ref.', 'ons kenmerk', 'nossa referência', 'nasza referencja', 'náš znak', 'vår referens', 'vår ref', 'vores reference', 'vores ref.', 'vår referanse', 'meidän viitteemme'],
  otherNumber: [
    'delivery note', 'delivery note no', 'delivery note no.', 'dispatch note', 'packing slip', 'tracking', 'tracking no', 'tracking number', 'contract', 'contract no', 'contract no.', 'contract number', 'project', 'project no', 'projectnr', 'projectnr.', 'projectnummer', 'reference', 'ref.', 'ref', 'quote', 'quote no', 'quotation', 'estimate', 'job no', 'job #', 'page', 'pg', 'sheet', 'phone', 'tel', 'tel.', 'fax', 'mobile', 'po box', 'p.o. box', 'p. o. box', 'postbus', 'postfach', 'boîte postale', 'apartado',
    'previous balance', 'opening balance', 'balance brought forward', 'balance forward', 'carried forward', 'brought forward', 'übertrag', 'a riportare', 'report', 'saldo anterior', 'transport',
    'lieferschein', 'lieferschein-nr.', 'lieferscheinnummer', 'vertrag', 'vertragsnummer', 'projekt', 'projektnummer', 'angebot', 'angebotsnummer', 'seite', 'telefon', 'bon de livraison', 'bl n°', 'contrat', 'devis', 'page', 'téléphone', 'albarán', 'albarán nº', 'contrato', 'presupuesto', 'página', 'teléfono', 'ddt', 'ddt n.', 'contratto', 'preventivo', 'pagina', 'telefono',
    'pakbon', 'pakbonnummer', 'offerte', 'pagina', 'wz', 'wz nr', 'umowa', 'strona', 'dodací list', 'smlouva', 'strana', 'följesedel', 'avtal', 'sida', 'følgeseddel', 'side', 'lähete', 'sivu', 'irsaliye', 'irsaliye no', 'folio fiscal', 'folio fiscal (uuid)', 'sayfa', '納品書番号', 'ページ', 'sac', 'hsn', 'hsn/sac',
    // pl: a fiscal printer's printout number; in: e-way bill (transport document under GST), IRN acknowledgement
    // a till's, terminal's or operator's own number on a receipt or card slip: never the receipt's
    'till no', 'till no.', 'till #', 'till id', 'terminal id', 'terminal no', 'terminal no.', 'terminal #', 'tid', 'tid:', 'mid:', 'merchant id', 'pos id', 'pos no', 'pos no.', 'register no', 'register #', 'reg #', 'workstation', 'cashier no', 'operator no', 'op no', 'auth code', 'approval code', 'batch no', 'batch #', 'stan', 'rrn',
    'kassen-nr', 'kassen-nr.', 'kassennummer', 'kasse nr', 'kasse nr.', 'kassierer nr', 'terminal-id', 'terminal-nr.', 'n° caisse', 'caisse n°', 'caja nº', 'caja n.º', 'nº caja', 'cassa n.', 'cassa nr', 'nr kasy', 'kasa nr', 'レジ番号', 'レジno', 'レジno.', '단말기', '단말기번호',
    'atcud', 'nr wydr.', 'nr wydruku', 'e-way bill no', 'e-way bill no.', 'e-way bill', 'eway bill no', 'eway bill no.', 'way bill no', 'waybill no', 'waybill no.', 'ack no', 'ack no.', 'ack. no.', 'irn',
  ],
  vatId: [
    // en and international
    'vat no', 'vat no.', 'vat number', 'vat id', 'vat id no', 'vat id no.', 'vat reg no', 'vat reg. no.', 'vat reg no.', 'vat registration number', 'vat registration no', 'vat registration no.', 'vat reg.', 'vat-id', 'vat identification number', 'vat #', 'vat reg #', 'our vat no', 'our vat no.', 'seller vat', 'supplier vat',
    'tax id', 'tax id no', 'tax id no.', 'tax no', 'tax no.', 'tax number', 'tax reg no', 'tax reg. no.', 'tax registration number', 'tax registration no', 'tin no', 'tin:', 'ein:', 'ein no', 'fein',
    'gstin', 'gstin/uin', 'no tps', 'n° tps', 'no de tps', 'numéro de tps', 'no tps/tvh', 'n° tps/tvh', 'tps/tvh', 'no tvh', 'gst no', 'gst no.', 'gst number', 'gst reg no', 'gst reg. no.', 'gst registration no', 'gst/hst no', 'gst/hst no.', 'gst/hst #', 'gst/hst registration no.', 'hst no', 'hst no.', 'hst #', 'gst #', 'qst no', 'business number', 'bn', 'abn', 'a.b.n.', 'nzbn', 'gst reg', 'trn', 'tax registration', 'vat trn', 'uen', 'gst reg no:', 'hst reg. no.', 'hst reg no', 'hst registration no.', 'gst/hst reg. no.', 'gst reg. no.:', 'no. pendaftaran sst', 'no. pendaftaran', 'เลขประจำตัวผู้เสียภาษี', 'เลขประจำตัวผู้เสียภาษีอากร', 'інн', 'іпн', 'инн', 'инн продавца', 'инн/кпп', 'инн / кпп', 'инн/кпп продавца', 'инн / кпп продавца',
    // de, at, ch
    'ust-idnr', 'ust-idnr.', 'ust-id', 'ust-id-nr', 'ust-id-nr.', 'ust.-id-nr.', 'ust.-idnr.', 'ust-id.', 'ustid', 'ustidnr', 'umsatzsteuer-id', 'umsatzsteuer-idnr.', 'umsatzsteuer-identifikationsnummer', 'uid', 'uid-nr', 'uid-nr.', 'uid nr.', 'mwst-nr', 'mwst-nr.', 'mwst nr.', 'mwst.-nr.', 'steuernummer', 'st.-nr.', 'steuer-nr.',
    // fr, be, lu
    'n° tva intracommunautaire', 'tva intracommunautaire', 'tva intracom', 'tva intracom.', 'numéro de tva', 'identifiant tva', 'n° tva', 'numéro tva', 'tva n°', 'n° de tva', 'n° tva intracom', 'no tva', 'n° identification tva',
    // es, it, pt, br, mx, ar
    'nif', 'cif', 'nif/iva', 'nif-iva', 'nif/cif', 'n.i.f.', 'c.i.f.', 'nif:', 'partita iva', 'p.iva', 'p. iva', 'p.i.', 'p.iva/c.f.', 'codice fiscale e p.iva', 'c.f. e p.iva', 'nipc', 'contribuinte', 'nº contribuinte', 'n.º contribuinte', 'nif/nipc', 'cnpj', 'cnpj:', 'rfc', 'r.f.c.', 'cuit', 'c.u.i.t.', 'ruc', 'rut', 'nit',
    // nl, be
    'btw-nummer', 'btw nr', 'btw-nr', 'btw-nr.', 'btw nr.', 'btw-id', 'btw id', 'btw-identificatienummer', 'ondernemingsnummer',
    // pl, cs, sk, hu, ro, hr, sl, bg
    'nip', 'nip:', 'nip ue', 'dič', 'dič:', 'ič dph', 'ič dph:', 'adószám', 'közösségi adószám', 'eu adószám', 'cui', 'cif:', 'cod fiscal', 'cod tva', 'cod de înregistrare', 'oib', 'pdv id', 'id za ddv', 'ddv id', 'ид по ддс', 'ддс номер', 'еик',
    // nordics, baltics
    'momsreg.nr', 'momsreg.nr.', 'momsregistreringsnummer', 'momsnr', 'moms nr', 'moms nr.', 'vat-nr', 'vat nr', 'vat nr.', 'cvr', 'cvr-nr', 'cvr-nr.', 'cvr nr', 'cvr nr.', 'se-nr', 'mva-nr', 'mva nr', 'org.nr. mva', 'foretaksregisteret', 'y-tunnus', 'alv-numero', 'alv-nro', 'alv-nro.', 'alv-rek.', 'alv-rek', 'alv-rekisteröintinumero', 'alv-tunnus', 'alv-tunniste', 'alv nro', 'vat-tunniste', 'kmkr', 'kmkr nr', 'pvm kodas', 'pvm mokėtojo kodas', 'pvm mokėtojo kodas:', 'kmkr nr.', 'pvn maksātāja kods', 'pvn reģistrācijas nr.', 'pvn reģistrācijas numurs', 'pvn reģ. nr.',
    // el, tr, ja, zh
    'α.φ.μ.', 'αφμ', 'vergi no', 'vergi no.', 'vergi numarası', 'vkn', 'v.k.n', 'v.k.n.', 'vergi kimlik no', 'vergi dairesi / no', '統一編號', '统一编号', '统一社会信用代码', '統一社會信用代碼', 'mã số thuế', 'mã số thuế (tax code)', 'mst', 'ninea', 'vatin', 'vat account no', 'vat account no.', 'vat account number', 'tax#', 'pin:', 'p.iva e c.f.', 'p. iva e c.f.', 'partita iva e codice fiscale', 'npwp', 'sst reg. no.', 'sst reg no', 'sst reg. no', 'sst no', 'sst no.', 'sst registration no', 'kra pin', 'kra pin no', 'pin no.', 'r.u.t.', 'r.u.t', 'r.u.c.', 'rut:', 'if:', 'i.f.', 'رقم التسجيل الضريبي', 'الرقم الضريبي', 'رقم ضريبي', 'الرقم الضريبي للمنشأة', 'ח.פ.', 'ע.מ.', 'עוסק מורשה', 'מספר עוסק', '登録番号', '適格請求書発行事業者登録番号', '事業者登録番号', '納税人識別号', '纳税人识别号', '税号', '稅號', '사업자등록번호', '사업자번호', '등록번호',
  ],
  registrationId: [
    'kvk', 'kvk-nummer', 'kvk nr', 'kvk nr.', 'kamer van koophandel', 'handelsregister', 'hrb', 'hra', 'amtsgericht', 'registergericht', 'firmenbuch', 'fn', 'firmenbuchnummer', 'siret', 'siren', 'rcs', 'r.c.s.', 'ape', 'naf', 'code ape', 'capital', 'capital social',
    'registro mercantil', 'rea', 'r.e.a.', 'c.c.i.a.a.', 'cap. soc.', 'capitale sociale', 'krs', 'regon', 'bdo', 'ičo', 'ič', 'ič:', 'ičo:', 'company no', 'company no.', 'company number', 'company reg no', 'company reg. no.', 'company registration no', 'company registration number', 'registered in', 'registered office', 'reg. no.', 'reg no', 'crn',
    'org.nr', 'org.nr.', 'org nr', 'organisationsnummer', 'organisasjonsnummer', 'org.-nr.', 'cégjegyzékszám', 'nr. reg. com.', 'j40', 'mbs', 'matični broj', 'cin', 'pan', 'pan no', 'pan no.', 'iec', 'lei', 'duns', 'kbo', 'rpm', 'bce', 'hrb-nr', 'nzbn', 'ice:', 'ice :',
  ],
  iban: ['iban', 'iban:', 'account (iban)', 'kontonummer (iban)', 'coordonnées bancaires (iban)', 'bank account', 'bankverbindung', 'rib', 'bank details', 'numer rachunku', 'nr rachunku', 'nr konta', 'číslo účtu', 'kontonummer', 'bankgiro', 'plusgiro', 'tilinumero', 'cont bancar', 'bankszámlaszám', 'conto corrente', 'c/c', 'cuenta', 'conta', 'rekeningnummer', 'banka hesabı'],
  accountHolder: ['account holder', 'account name', 'beneficiary', 'beneficiary name', 'payee', 'kontoinhaber', 'empfänger', 'titulaire', 'titulaire du compte', 'bénéficiaire', 'titular de la cuenta', 'titular da conta', 'titular de la cuenta:', 'beneficiario', 'intestatario', 'intestato a', 'begunstigde', 'ten name van', 't.n.v.', 'odbiorca przelewu', 'majitel účtu', 'kontohavare', 'mottagare', 'kontohaver', 'tilinhaltija', 'saaja', 'hesap sahibi', '口座名義'],
  netAmount: [
    'subtotal', 'sub-total', 'sub total', 'net amount', 'net total', 'net', 'total net', 'total excl. vat', 'total excluding vat', 'total before tax', 'amount before tax', 'total excl. tax', 'net value', 'total without vat', 'taxable amount', 'taxable value', 'taxable', 'कर योग्य मूल्य', 'कर योग्य राशि', 'amount excl. vat', 'total (excl. vat)', 'total ex gst', 'total ex. gst', 'subtotal (excl. vat)', 'net amount (excl. vat)', 'goods total', 'total taxable value',
    'nettobetrag', 'netto', 'zwischensumme', 'summe netto', 'nettosumme', 'warenwert', 'gesamt netto', 'netto gesamt', 'gesamtbetrag netto', 'rechnungsbetrag netto', 'summe (netto)', 'nettowert', 'entgelt',
    'total ht', 'montant ht', 'sous-total', 'total hors taxes', 'base ht', 'hors taxes', 'total hors taxe', 'montant hors taxes', 'total h.t.', 'montant net ht', 'total net ht',
    'base imponible', 'importe neto', 'subtotal neto', 'total neto', 'base', 'imponibile', 'totale imponibile', 'imponibile totale', 'subtotaal', 'totaal excl. btw', 'totaal exclusief btw', 'bedrag excl. btw', 'netto bedrag', 'valor líquido', 'total s/ iva', 'total sem iva', 'base tributável', 'incidência', 'valor dos produtos',
    'wartość netto', 'razem netto', 'suma netto', 'netto razem', 'základ daně', 'celkem bez dph', 'základ dane', 'spolu bez dph', 'nettó', 'nettó összeg', 'összesen nettó', 'total fără tva', 'valoare fără tva', 'osnovica', 'iznos bez pdv-a', 'osnova za ddv',
    'summa exkl. moms', 'netto belopp', 'belopp exkl. moms', 'exkl. moms', 'beløb ekskl. moms', 'ekskl. moms', 'i alt ekskl. moms', 'sum eks. mva', 'beløp eks. mva', 'eks. mva', 'veroton yhteensä', 'veroton hinta', 'yhteensä ilman alv', 'ara toplam', 'matrah', 'kdv matrahı', 'toplam tutar', '小計', '税抜金額', '税抜合計', '本体価格', '공급가액', '공급가액 합계',
    // vi, id, ms, th, ar, zh, ko, es-PE, en-PH, tr, hi (EN 16931 BT-109 as printed there)
    'cộng tiền hàng', 'tạm tính', 'tiền hàng', 'dasar pengenaan pajak', 'dpp', 'jumlah sebelum sst', 'jumlah sebelum cukai', 'jumlah kecil', 'มูลค่าสินค้า', 'มูลค่าก่อนภาษี', 'ยอดก่อนภาษี', 'الإجمالي غير شامل الضريبة', 'المجموع قبل الضريبة', 'الإجمالي قبل الضريبة', 'المبلغ الخاضع للضريبة', '應稅銷售額', '应税销售额', '销售额', '銷售額', '과세물품가액', 'op. gravada', 'op. gravadas', 'valor de venta', 'vatable sales', 'kdv hariç toplam', 'कर योग्य राशि',
    // de-CH, et, lv, lt, el, bg, ru, uk, sl, ro, he
    'total exkl. mwst', 'total exkl. mwst.', 'exkl. mwst', 'summa km-ta', 'summa käibemaksuta', 'kokku km-ta', 'maksustatav summa', 'kopā bez pvn', 'summa bez pvn', 'suma be pvm', 'iš viso be pvm', 'καθαρή αξία', 'σύνολο χωρίς φπα', 'αξία προ φπα', 'данъчна основа', 'сума без ддс', 'стойност без ддс', 'сумма без ндс', 'сума без пдв', 'znesek brez ddv', 'baza impozabilă', 'základ dph', 'základ dph celkem', 'osnovica pdv', 'osnovica za pdv', 'osnova za ddv', 'base tva', 'base iva', 'grondslag btw', 'סה"כ לפני מע"מ',
  ],
  taxAmount: [
    'vat', 'tax', 'sales tax', 'vat amount', 'tax amount', 'total vat', 'total tax', 'gst', 'plus vat', 'hst', 'pst', 'qst', 'cgst', 'sgst', 'igst', 'utgst', 'nhil', 'getfund', 'getfund levy', 'covid-19 levy', 'covid-19 hrl', 'gst amount', 'total gst', 'gst included', 'includes gst', 'incl. gst', 'vat total', 'tax total', 'state tax', 'total taxes',
    'mwst', 'mwst.', 'ust', 'ust.', 'umsatzsteuer', 'mehrwertsteuer', 'zzgl. mwst', 'zzgl. mwst.', 'zzgl. ust', 'zzgl. ust.', 'mwst.-betrag', 'steuerbetrag', 'zzgl. umsatzsteuer', 'enthaltene mwst', 'enthaltene mwst.', 'inkl. mwst', 'inkl. mwst.',
    'tva', 'montant tva', 'total tva', 'taxe', 'taxes', 'dont tva', 'montant de la tva',
    'iva', 'cuota iva', 'importe iva', 'cuota de iva', 'total iva', 'btw', 'btw-bedrag', 'totaal btw', 'imposta', 'totale iva', 'importo iva', 'iva incluida', 'icms', 'ipi', 'iss',
    'kwota vat', 'podatek vat', 'vat razem', 'dph', 'daň', 'výše dph', 'dph celkem', 'áfa', 'áfa összeg', 'áfa összesen', 'tva total', 'valoare tva', 'pdv', 'iznos pdv-a', 'ddv', 'ддс',
    'moms', 'varav moms', 'summa moms', 'moms i alt', 'heraf moms', 'mva', 'merverdiavgift', 'herav mva', 'alv', 'arvonlisävero', 'alv yhteensä', 'kdv', 'kdv tutarı', 'toplam kdv', '消費税', '消費税額', '内消費税', '税額', '부가세', '부가가치세', '세액',
    'thuế gtgt', 'tiền thuế gtgt', 'tiền thuế', 'ppn', 'cukai perkhidmatan', 'cukai jualan', 'jumlah cukai', 'sst', 'ภาษีมูลค่าเพิ่ม', 'ضريبة القيمة المضافة', 'ضريبة المبيعات العامة', 'ضريبة المبيعات', 'قيمة الضريبة', '稅額', '税额', '세액', '부가세', '부가가치세', 'igv', 'topkdv', 'kdv tutarı', 'total gst', 'कर राशि',
    'käibemaks', 'pvn', 'pvm', 'φ.π.α.', 'φπα', 'ндс', 'пдв', 'מע"מ',
  ],
  totalAmount: [
    'total', 'grand total', 'total amount', 'invoice total', 'total incl. vat', 'total (incl. vat)', 'total including vat', 'total inc. vat', 'total inc vat', 'total incl. tax', 'total incl. gst', 'total inc. gst', 'total (inc gst)', 'gross amount', 'gross total', 'total gross', 'total invoice amount', 'invoice amount', 'total value', 'document total', 'sum total', 'total sale',
    'gesamtbetrag', 'rechnungsbetrag', 'summe brutto', 'bruttobetrag', 'endbetrag', 'gesamtsumme', 'brutto', 'gesamt brutto', 'rechnungssumme', 'summe', 'gesamt', 'bruttosumme', 'gesamtbetrag brutto', 'rechnungsbetrag brutto', 'total brutto',
    'total ttc', 'montant ttc', 'montant total', 'total général', 'montant total ttc', 'total facture',
    'total factura', 'importe total', 'total importe', 'total general', 'importe', 'totale', 'totale fattura', 'totale documento', 'importo totale', 'totale complessivo', 'totaal', 'totaal incl. btw', 'totaalbedrag', 'totaal inclusief btw', 'factuurbedrag', 'valor total', 'total da fatura', 'total geral', 'valor total da nota',
    'razem', 'razem brutto', 'wartość brutto', 'suma brutto', 'ogółem', 'celkem', 'celkem s dph', 'celková částka', 'spolu', 'celkom', 'spolu s dph', 'végösszeg', 'bruttó', 'összesen', 'bruttó összeg', 'total factură', 'total cu tva', 'ukupno', 'sveukupno', 'ukupan iznos', 'skupaj',
    'summa', 'totalt', 'summa att betala', 'totalbelopp', 'i alt', 'total inkl. moms', 'beløb i alt', 'totalt inkl. mva', 'sum', 'yhteensä', 'loppusumma', 'kokonaissumma', 'genel toplam', 'toplam', 'kdv dahil toplam', '合計', '合計金額', '総合計', '税込合計', '総額', '合计', '價稅合計', '价税合计', '합계', '합계금액', '총액', '총합계', '총 금액',
    'tổng cộng', 'tổng cộng tiền thanh toán', 'tổng tiền', 'total tagihan', 'jumlah', 'jumlah keseluruhan', 'jumlah besar', 'รวม', 'รวมทั้งสิ้น', 'ยอดรวม', 'ยอดสุทธิ', 'الإجمالي', 'الإجمالي شامل الضريبة', 'المجموع', 'المبلغ الإجمالي', '總計', '总计', '合計金額', '總金額', '总金额', 'कुल राशि', 'कुल',
    'total inkl. mwst', 'total inkl. mwst.', 'kokku', 'kopā', 'iš viso', 'iš viso su pvm', 'σύνολο', 'общо', 'всего', 'итого', 'усього', 'סה"כ', 'סה"כ כולל מע"מ',
  ],
  payableAmount: [
    'amount due', 'total due', 'balance due', 'balance', 'total payable', 'amount payable', 'total to pay', 'total amount due', 'amount to pay', 'please pay', 'pay this amount', 'amount due for payment', 'net payable', 'due amount', 'outstanding amount', 'amount outstanding', 'total amount payable', 'payable amount', 'remaining balance', 'balance payable', 'grand total due', 'net amount due', 'total balance due', 'invoice balance',
    'zu zahlender betrag', 'zahlbetrag', 'zu zahlen', 'offener betrag', 'restbetrag', 'zahlbar', 'noch zu zahlen', 'bitte überweisen', 'fälliger betrag', 'zu zahlender gesamtbetrag',
    'net à payer', 'total à régler', 'total à payer', 'montant dû', 'reste à payer', 'montant à payer', 'solde dû', 'montant à régler', 'solde à payer', 'net à régler',
    'total a pagar', 'importe a pagar', 'a pagar', 'saldo pendiente', 'importe adeudado', 'líquido a pagar', 'totale da pagare', 'netto a pagare', 'importo da pagare', 'saldo da pagare', 'te betalen', 'totaal te betalen', 'openstaand bedrag', 'te voldoen', 'valor a pagar', 'total a pagar:', 'valor em dívida',
    'do zapłaty', 'razem do zapłaty', 'pozostało do zapłaty', 'kwota do zapłaty', 'k úhradě', 'celkem k úhradě', 'zbývá uhradit', 'k úhrade', 'celkom k úhrade', 'suma na úhradu', 'fizetendő', 'fizetendő összeg', 'fizetendő végösszeg', 'total de plată', 'de plată', 'za platiti', 'ukupno za platiti', 'za plačilo',
    'att betala', 'att betala totalt', 'belopp att betala', 'at betale', 'beløb at betale', 'total at betale', 'å betale', 'sum å betale', 'beløp å betale', 'maksettava', 'maksettava yhteensä', 'maksettavaa', 'ödenecek tutar', 'ödenecek toplam', 'ご請求金額', '請求金額', 'お支払金額', '今回ご請求額', 'ご請求額', '청구금액', '결제금액', '받을 금액', '差引ご請求額', '差引請求額', '差引支払額', '差引金額',
    'jumlah perlu dibayar', 'jumlah yang perlu dibayar', 'jumlah bayaran', 'yang harus dibayar', 'tổng tiền thanh toán', 'số tiền thanh toán', 'ยอดชำระ', 'ยอดที่ต้องชำระ', 'المبلغ المستحق', 'الإجمالي المستحق', '應付金額', '应付金额', '实付金额', '實付金額', '청구 금액', 'देय राशि',
    'kokku tasuda', 'tasuda', 'kopā apmaksai', 'apmaksai', 'mokėti', 'iš viso mokėti', 'σύνολο πληρωτέο', 'πληρωτέο', 'за плащане', 'к оплате', 'до сплати', 'לתשלום', 'סה"כ לתשלום',
  ],
  paidAmount: [
    'amount paid', 'paid', 'total paid', 'payment received', 'payments', 'less payment', 'less deposit', 'deposit', 'deposit paid', 'advance payment', 'prepaid', 'prepaid amount', 'already paid', 'cash', 'card', 'visa', 'mastercard', 'amex', 'change', 'tendered', 'cash tendered', 'paid by card', 'card payment', 'credit card', 'debit card', 'eftpos', 'tip', 'gratuity', 'rounding', 'round off', 'round-off', 'rounded off', 'cash rounding',
    'bezahlt', 'gezahlt', 'anzahlung', 'abschlagszahlung', 'bereits bezahlt', 'bar', 'gegeben', 'rückgeld', 'ec-karte', 'kartenzahlung', 'girocard', 'rundung', 'déjà payé', 'acompte', 'acompte versé', 'espèces', 'carte bancaire', 'cb', 'rendu', 'arrondi',
    'pagado', 'anticipo', 'entregado', 'efectivo', 'tarjeta', 'cambio', 'pagato', 'acconto', 'contanti', 'carta', 'resto', 'arrotondamento', 'betaald', 'aanbetaling', 'contant', 'pin', 'wisselgeld', 'afronding', 'pago', 'sinal', 'troco', 'dinheiro', 'cartão',
    'zapłacono', 'zaliczka', 'gotówka', 'karta', 'reszta', 'zaplaceno', 'záloha', 'hotovost', 'betalt', 'kontant', 'växel', 'öresavrundning', 'maksettu', 'ennakko', 'käteinen', 'kortti', 'ödenen', 'nakit', 'kredi kartı', 'お預り', 'お釣り', 'おつり', '現金', 'クレジット',
    'tiền mặt', 'tiền thối', 'tiền khách đưa', 'tiền thừa', 'เงินสด', 'เงินทอน', 'tunai', 'kembalian', 'baki', '信用卡', '支付宝支付', '支付宝', '微信支付', '现金', '現金', '找零', '현금', '신용카드', '카드', 'مدى', 'نقداً', 'الباقي', 'paid:',
  ],
  convertedTotal: ['total in', 'amount in', 'equivalent in', 'equivalent', 'total en', 'montant en', 'gesamt in', 'betrag in', 'countervalue', 'contravalor', 'exchange rate', 'rate of exchange', 'wechselkurs', 'taux de change', 'tipo de cambio', 'kurs', 'kurs wymiany', 'przeliczono', 'kur'],
  billTo: [
    'bill to', 'billed to', 'payable by', 'invoice to', 'invoiced to', 'sold to', 'ship to', 'deliver to', 'delivery address', 'shipping address', 'customer', 'client', 'recipient', 'invoice address', 'billing address', 'buyer', 'to:', 'bill-to', 'ship-to', 'consignee', 'customer name', 'attention', 'attn', 'attn:',
    'rechnungsempfänger', 'zahlbar durch', 'payable par', 'pagabile da', 'rechnungsadresse', 'kunde', 'an:', 'lieferadresse', 'lieferanschrift', 'auftraggeber', 'käufer', 'leistungsempfänger', 'rechnung an',
    'facturé à', 'facturer à', 'adresse de facturation', 'livré à', 'livrer à', 'acheteur', 'adresse de livraison', 'à:', 'cliente', 'facturar a', 'facturado a', 'destinatario', 'comprador', 'enviar a', 'dirección de facturación', 'intestatario', 'cessionario', 'committente', 'spett.le', 'spettabile', 'destinazione',
    'klant', 'factuuradres', 'afnemer', 'koper', 'afleveradres', 'aan:', 'adquirente', 'destinatário', 'faturar a', 'nabywca', 'odbiorca', 'płatnik', 'odběratel', 'kupující', 'odberateľ', 'vevő', 'cumpărător', 'beneficiar', 'kupac', 'naručitelj', 'kupec',
    // the buyer's own tax id: never the seller's
    'your vat no', 'your vat no.', 'your vat number', 'your vat id', 'customer vat', 'customer vat id', 'customer vat no', 'customer vat no.', 'buyer vat', 'buyer vat id', 'client vat', 'client vat no',
    'ihre ust-idnr.', 'ihre ust-id', 'ihre uid', 'ihre uid-nr.', 'ihre uid-nummer', 'uid des kunden', 'uid kunde', 'uid-nr. kunde', 'ihre steuernummer', 'votre tva', 'votre numéro de tva', 'n° tva client', 'vostra p.iva', 'vs. p.iva', 'partita iva cliente', 'cif cliente', 'nif del cliente', 'su cif', 'uw btw nr', 'btw-nummer klant', 'nip odbiorcy', 'dič odběratele', 'your gst no', 'your abn', 'customer abn', 'customer trn', 'buyer trn', 'ust-idnr. des kunden', 'votre n° tva', 'tva client', 'su nif', 'nif cliente', 'p.iva cliente', 'uw btw-nummer', 'btw klant', 'nip nabywcy', 'buyer gstin', 'customer gstin', 'gstin of recipient', 'recipient gstin',
    'köpare', 'kund', 'fakturaadress', 'leveransadress', 'køber', 'kunde:', 'faktureringsadresse', 'kjøper', 'ostaja', 'asiakas', 'laskutusosoite', 'alıcı', 'müşteri', 'sayın', '請求先', 'ご請求先', '御中', '購買方', '购买方', '買方', '买方', '공급받는자', 'adquiriente', 'tomador de serviços', 'tomador do serviço', 'tomador', '수신', 'señor(es)', 'señores', 'sr(es).', 'πελάτης', 'αγοραστής', 'العميل', 'المشتري', 'לכבוד', 'người mua', 'đơn vị mua hàng', 'kepada yth.', 'kepada', 'pembeli', 'titular', 'titular del contrato', 'titular del suministro', 'ostja', 'pircējs', 'pirkėjas', 'получател', 'покупатель', 'покупець', 'ผู้ซื้อ',
  ],
  vendor: [
    'from:', 'supplier', 'vendor', 'seller', 'issued by', 'sold by', 'supplied by', 'service provider', 'provider', 'merchant', 'biller', 'invoice from', 'seller name',
    'lieferant', 'von:', 'verkäufer', 'absender', 'rechnungssteller', 'leistungserbringer', 'auftragnehmer', 'fournisseur', 'émetteur', 'vendeur', 'prestataire', 'de:', 'proveedor', 'emisor', 'vendedor', 'emitente', 'prestador', 'prestador de serviços', 'prestador do serviço', 'prestador de servicios', 'fornitore', 'cedente', 'cedente/prestatore', 'venditore', 'prestatore',
    'leverancier', 'verkoper', 'afzender', 'fornecedor', 'sprzedawca', 'wystawca', 'dostawca', 'dodavatel', 'prodávající', 'dodávateľ', 'predávajúci', 'eladó', 'szállító', 'kibocsátó', 'furnizor', 'vânzător', 'prodavatelj', 'dobavljač', 'izdavatelj', 'prodajalec', 'dobavitelj',
    'säljare', 'leverantör', 'sælger', 'leverandør', 'selger', 'myyjä', 'toimittaja', 'laskuttaja', 'satıcı', 'tedarikçi', '請求元', '発行元', '販売者', '銷售方', '销售方', '營業人', '营业人', '經營主體', '经营主体', '賣方', '卖方', '販売元', '공급자', 'المورد', 'البائع', 'ספק', 'người bán', 'đơn vị bán hàng', 'penjual', 'доставчик', 'продавец', 'постачальник', 'продавець', 'εκδότης', 'πωλητής', 'विक्रेता', 'आपूर्तिकर्ता', 'ผู้ขาย', 'ผู้ขาย / seller', 'satıcı firma', 'müüja', 'pārdevējs', 'pardavėjas', 'tiekėjas', 'piegādātājs', 'tarnija',
  ],
  remitTo: ['remit to', 'remittance address', 'send payment to', 'mail payment to', 'payment address', 'make checks payable to', 'make cheques payable to', 'please remit to', 'lockbox'],
  other: [
    'description', 'item', 'items', 'amount', 'qty', 'qty.', 'quantity', 'units', 'unit', 'unit price', 'price', 'rate', 'unit cost', 'line total', 'service', 'product', 'article', 'sku', 'code', 'hours', 'discount', 'shipping', 'freight', 'delivery', 'handling', 'vat %', 'vat rate', 'tax rate', '%',
    'bic', 'swift', 'bic/swift', 'swift/bic', 'swift code', 'sort code', 'routing', 'routing number', 'aba', 'bank', 'bank name', 'branch', 'ifsc', 'ifsc code', 'bsb', 'account type', 'email', 'e-mail', 'web', 'website', 'www', 'e-mail:', 'mail',
    'betrag', 'beschreibung', 'artikel', 'menge', 'anzahl', 'einzelpreis', 'preis', 'leistung', 'bezeichnung', 'stück', 'e-preis', 'stückpreis', 'gesamtpreis', 'rabatt', 'versand', 'versandkosten', 'pos', 'pos.', 'steuersatz',
    'désignation', 'quantité', 'qté', 'prix unitaire', 'pu ht', 'p.u.', 'prix unit.', 'montant', 'libellé', 'nombre', 'total ligne', 'remise', 'frais de port', 'taux',
    'descripción', 'concepto', 'cantidad', 'uds.', 'precio', 'precio unitario', 'precio unit.', 'descuento', 'envío', 'portes', 'descrizione', 'quantità', 'q.tà', 'prezzo', 'prezzo unitario', 'sconto', 'spedizione', 'aliquota',
    'omschrijving', 'aantal', 'prijs', 'stukprijs', 'korting', 'verzendkosten', 'descrição', 'quantidade', 'preço', 'preço unitário', 'desconto', 'portes', 'nazwa', 'ilość', 'cena', 'cena jedn.', 'rabat', 'stawka', 'popis', 'množství', 'cena za mj', 'sleva', 'megnevezés', 'mennyiség', 'egységár', 'kedvezmény',
    'beskrivning', 'antal', 'á-pris', 'rabatt', 'frakt', 'beskrivelse', 'enhedspris', 'fragt', 'beskrivelse:', 'pris', 'kuvaus', 'määrä', 'yksikköhinta', 'alennus', 'açıklama', 'miktar', 'birim fiyat', 'iskonto', '品名', '数量', '単価', '金額', '摘要',
    'reporter', 'subject', 'betreff', 'objet', 'asunto', 'oggetto', 'onderwerp', 'temat', 'předmět', 'ämne', 'emne', 'aihe', 'konu', '件名',
    'terms', 'payment terms', 'zahlungsbedingungen', 'conditions de paiement', 'condiciones de pago', 'condizioni di pagamento', 'betalingsvoorwaarden', 'warunki płatności', 'platební podmínky', 'betalningsvillkor', 'betalingsbetingelser', 'maksuehdot', 'ödeme koşulları',
    'currency', 'währung', 'devise', 'moneda', 'valuta', 'waluta', 'měna', 'valuuta', 'para birimi', 'payment method', 'zahlungsart', 'mode de paiement', 'forma de pago', 'modalità di pagamento', 'betaalwijze', 'sposób płatności', 'forma úhrady', 'betalningssätt', 'maksutapa',
  ],
};

/** CJK labels are printed without spaces around them: they match without word boundaries. */
export function isCjkLabel(word: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(word);
}
