/**
 * Labels of business references: a number right after one of these (`part no. 302-44-1187`,
 * `case number 0191 4960 7217`, `via UPS 1Z ...`) is the business's, not a person's, whatever
 * shape or checksum it has. Checked on the same line, just before the candidate.
 */
// References by their nature (part, order, tracking, ...): a number may follow directly.
const referenceLabels = String.raw`(?:part|p\/n|pn|sku|article|art\.?|artikel|item|model|serial|s\/n|sn|ref|reference|referencia|riferimento|referentie|referenz|order|bestell\w*|commande|pedido|ordine|zamówieni\w*|invoice|rechnung\w*|facture|factura|fattura|factuur|faktur\w*|ticket|case|fall|dossier|expediente|pratica|sprawa|ärende|umow\w*|tracking|sendung\w*|suivi|seguimiento|colis|paket|ups|fedex|dhl|gls|dpd|tnt|1z|shipment|lieferung|batch|lot|charge|release|version|build|po|quote|angebot|devis|offerta|claim|schaden\w*|sinistre|siniestro|plate|kennzeichen|immatriculation|matrícula|targa|kenteken|vin|fahrgestell\w*|rx|prescription|rezept|ordonnance|receta|ricetta|recept|vat|ust|ust-idnr|mwst|tva|iva|p\.\s?iva|partita\s+iva|btw|nip|kdv|vkn|moms|org\.?\s?nr|kvk|siren|siret|cif|abn|ein|gstin|aktenzeichen|az|vorgang\w*|buchung\w*|reserv\w*|booking|confirmation|bestätigung\w*|réservation|reserva|prenotazione|boeking\w*|bestelling|zaak|rezerwacja|bokning\w*|sipariş|rezervasyon|đơn hàng|imei|meter|zähler\w*|compteur|contador|contatore|licznik|mätar\w*|sayaç|注文番号|予約番号|伝票番号|受付番号)\.?(?:\s*(?:no|nr|n[°º]|num|number|nummer|numéro|número|numero|id|#|code))?`;
// Parties: `Customer:` in a chat introduces a person's words, `Customer no.` a reference.
const partyLabels = String.raw`(?:customer|kunden?|client|cliente|klant|klient|account|konto|compte|cuenta|conto|contract|vertrag|contrat|contrato|contratto|policy|police|póliza|polizza|polis|member|mitglied\w*|membre|socio)\.?\s*(?:no|nr|n[°º]|num|number|nummer|numéro|número|numero|id|#|code|ref)`;
// A label is a whole word: `pnr` (personnummer) is not `pn` (part number) followed by `r`.
const businessLabels = new RegExp(String.raw`(?<![\p{L}])(?:${referenceLabels}|${partyLabels})(?![\p{L}])\.?\s*[:#]?\s*(?:[A-Z0-9]{1,6}[ -]){0,3}$`, 'iu');

/** True when the text just before `start` (same line, up to 40 characters) is a business reference label. */
export function afterBusinessLabel(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return businessLabels.test(text.slice(Math.max(lineStart, start - 40), start));
}
