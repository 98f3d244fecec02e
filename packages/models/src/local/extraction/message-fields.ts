import { priorityWords, ticketCategoryLexicon, ticketPriorityLexicon } from '../classification/document-lexicons';
import { scoreLexicon, type LexiconScore } from '../classification/lexicon-scorer';
import type { Evidence } from './confidence-calibration';
import type { FieldCandidate } from './field-candidate';
import { idCandidates, labelledIds } from './message-references';
import { senderAddressOf } from './sender-address';

/**
 * Email and ticket fields: sender from the headers (or the signature), customer ids after a
 * customer-number label or in a customer-id shape, ticket category / priority by multilingual
 * lexicons (e-mail intent and urgency: the tenant's taxonomy, taxonomy-classifier.ts).
 */
// "Kundennr.", "n° client", "numer klienta", "customer account": a number word may come first.
const customerIdLabel =
  /(?<![\p{L}\d])(?:(?:numer|nr\.?|numéro|número|numero|n[°º]\.?|code|codice|cod\.|réf\.?|ref\.?)\s*(?:de\s+|du\s+|do\s+)?)?(?:customer(?:\s*account)?|client|kunden(?:nummer|-?nr\.?)?|kunde|kd\.?-?nr\.?|debitor(?:ennummer)?|compte\s+client|cliente|klant(?:nummer|nr\.?)?|klienta|klient|kund(?:nummer|nr\.?)?|account|acct\.?|member(?:ship)?(?:\s*number)?|mitglieds?nummer|kundenkonto|konto|compte|cuenta|conta|kontonummer)(?![\p{L}])/giu;
const standaloneIdShape = /(?<![\p{L}\d-])(?:CUST|CUS|KD|CL|CID|KDNR)-\d[\dA-Z-]{2,}(?![\p{L}\d])/gu;

const closings = /^(?:best regards|kind regards|regards|thanks|thank you|sincerely|viele grüße|mit freundlichen grüßen|beste grüße|freundliche grüße|cordialement|bien à vous|salutations|saludos|atentamente|un saludo|cordiali saluti)[,.!]?\s*$/iu;

function evidenceOf(score: LexiconScore): Evidence {
  if (score.score === 0) return 'lexiconDefault';
  return score.margin >= 2 ? 'lexiconStrong' : 'lexiconWeak';
}

/**
 * senderEmail and senderName: from the From header (sender-address.ts) when there is one — its
 * display name or none at all; without a header, an address the recogniser found and the name under
 * the closing formula of the signature (or compromise's first person).
 */
export function senderFields(text: string, fallbackEmails: readonly string[], people: () => readonly string[]): FieldCandidate[] {
  const sender = senderAddressOf(text);
  if (sender) {
    const at = (value: string) => (text.includes(value) ? undefined : sender.span);
    const out: FieldCandidate[] = [{ name: 'senderEmail', value: sender.email, evidence: 'emailHeader', span: at(sender.email) }];
    if (sender.name) out.push({ name: 'senderName', value: sender.name, evidence: 'emailHeader', span: at(sender.name) });
    return out;
  }
  const out: FieldCandidate[] = [];
  const email = fallbackEmails[0];
  if (email) out.push({ name: 'senderEmail', value: email.toLowerCase(), evidence: 'emailSignature' });
  const lines = text.split('\n').map((l) => l.trim());
  const closing = lines.findIndex((l) => closings.test(l));
  const signature = closing >= 0 ? lines.slice(closing + 1).find((l) => l !== '') : undefined;
  if (signature && /^[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,3}$/u.test(signature)) {
    out.push({ name: 'senderName', value: signature, evidence: 'emailSignature' });
  } else {
    const person = people()[0];
    if (person) out.push({ name: 'senderName', value: person, evidence: 'emailSignature' });
  }
  return out;
}

/** Customer / account numbers the message gives: after a customer-number label, or by a customer-id prefix. */
export function customerIdFields(text: string): FieldCandidate[] {
  const found = labelledIds(text, customerIdLabel, 'customerIdLabelled');
  for (const m of text.matchAll(standaloneIdShape)) found.push({ id: m[0], evidence: 'customerIdPattern' });
  return idCandidates('customerIds', found);
}

const priorityLabel = /(?<![\p{L}])(?:priority|priorität|priorité|prioridad|priorità|prioriteit|priorytet|prioridade|prioritet|severity|dringlichkeit)\s*:\s*([\p{L}\d]+)/iu;

export function ticketFields(text: string): FieldCandidate[] {
  const category = scoreLexicon(text, ticketCategoryLexicon, Object.keys(ticketCategoryLexicon), 'other');
  const out: FieldCandidate[] = [{ name: 'category', value: category.label, evidence: evidenceOf(category) }];
  const word = priorityLabel.exec(text)?.[1]?.toLowerCase();
  const priority = word ? priorityWords[word] : undefined;
  if (priority) out.push({ name: 'priority', value: priority, evidence: 'labelledEnum' });
  else {
    const implied = scoreLexicon(text, ticketPriorityLexicon, ['critical', 'high', 'low', 'normal'], 'normal');
    out.push({ name: 'priority', value: implied.label, evidence: 'lexiconWeak' });
  }
  return out;
}
