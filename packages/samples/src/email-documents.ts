import { customerIdLabels, emailIntents, greetings, intentPhrasings, personNames, subjects, urgencyPhrasings, type Urgency } from './email-wording';
import type { Split } from './labelled-document';
import type { Language } from './locale-formats';
import type { Customer } from './reference-data';
import type { Random } from './seeded-random';

export interface RenderedSample {
  text: string;
  fields: Record<string, string>;
  template: string;
  contentType: string;
}

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.');
}

function otherCustomerId(random: Random): string {
  return random.pick([`CUST-${random.digits(5)}`, `KD-${random.digits(6)}`, `CL-${random.digits(4)}-${random.pick(['A', 'B', 'X'])}`, `C${random.digits(6)}`]);
}

/** An email with sender, intent, customer ids and urgency as ground truth. */
export function renderEmail(random: Random, language: Language, split: Split, customer: Customer): RenderedSample {
  const pick = (p: { dev: readonly string[]; holdout: readonly string[] }): string =>
    random.pick(split === 'holdout' || p.dev.length === 0 ? p.holdout : p.dev);
  const intent = random.pick(emailIntents);
  const urgency: Urgency = random.pick(['low', 'normal', 'normal', 'high']);
  const senderName = random.pick(personNames[language]);
  const senderEmail = `${slug(senderName)}@${customer.emailDomain}`;
  const ref = random.pick([`INV-2025-${random.digits(5)}`, `RE-${random.digits(5)}`, `PO-${random.digits(6)}`]);
  const ids = random.chance(0.8) ? [customer.customerNumber] : [];
  if (ids.length > 0 && random.chance(0.2)) ids.push(otherCustomerId(random));
  const idLabel = pick(customerIdLabels[language]);
  const idSentence = ids.length === 0 ? '' : `${idLabel}: ${ids.join(language === 'en' ? ' and ' : ', ')}`;
  const body = pick(intentPhrasings[language][intent]).replace('{ref}', ref);
  const urgencySentence = pick(urgencyPhrasings[language][urgency]);
  const headerStyle = random.int(0, 2);
  const subject = split === 'holdout' ? random.pick([`Re: ${ref}`, `Fwd: ${customer.name}`, 'Re: your message']) : `${subjects[intent][language]} ${ref}`;
  const from =
    headerStyle === 0 ? `From: ${senderName} <${senderEmail}>` : headerStyle === 1 ? `From: "${senderName}" <${senderEmail}>` : `From: ${senderEmail}`;
  const lines = [
    from,
    `To: service@sluice.example`,
    `Subject: ${subject}`,
    `Date: ${random.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, ${random.int(1, 28)} Mar 2025 ${random.int(8, 18)}:${String(random.int(0, 59)).padStart(2, '0')}:00 +0100`,
    '',
    random.pick(greetings[language].open),
    '',
    body,
    random.chance(0.5) ? idSentence : '',
    urgencySentence,
    '',
    random.pick(greetings[language].close),
    senderName,
    customer.name,
  ];
  // Customer ids sometimes sit in the signature instead of the body.
  if (!lines.includes(idSentence) && idSentence) lines.push(idSentence);
  // Holdout mail often carries the quoted message it answers, with its own vocabulary.
  if (split === 'holdout' && random.chance(0.4)) {
    lines.push('', `On ${random.int(1, 28)} Mar 2025, service@sluice.example wrote:`, '> Dear customer,', `> please find attached invoice ${ref}.`, '> Kind regards', '> Sluice Service Team');
  }
  const fields: Record<string, string> = { intent, senderEmail, senderName, urgency };
  ids.forEach((id, i) => (fields[`customerIds[${i}]`] = id));
  return { text: lines.filter((l, i, all) => !(l === '' && all[i - 1] === '')).join('\n'), fields, template: `email-${headerStyle}`, contentType: 'message/rfc822' };
}

export const ticketCategories = ['billing', 'technical', 'account', 'shipping', 'other'] as const;
export const ticketPriorities = ['low', 'normal', 'high', 'critical'] as const;

const ticketBodies: Record<Language, Record<(typeof ticketCategories)[number], string>> = {
  en: { billing: 'I was charged twice for my subscription and need a refund.', technical: 'The export function crashes with an error when I open the dashboard.', account: 'I cannot log in, my password reset link has expired.', shipping: 'My parcel has not been delivered yet, the tracking shows no update.', other: 'Can you tell me where to find your product brochure?' },
  de: { billing: 'Mir wurde das Abo doppelt abgebucht, ich bitte um Erstattung.', technical: 'Die Exportfunktion stürzt mit einer Fehlermeldung ab, sobald ich das Dashboard öffne.', account: 'Ich kann mich nicht anmelden, der Link zum Zurücksetzen des Passworts ist abgelaufen.', shipping: 'Mein Paket wurde noch nicht zugestellt, die Sendungsverfolgung zeigt nichts Neues.', other: 'Wo finde ich Ihre Produktbroschüre?' },
  fr: { billing: "J'ai été débité deux fois pour mon abonnement et je demande un remboursement.", technical: "La fonction d'export plante avec une erreur quand j'ouvre le tableau de bord.", account: "Je n'arrive pas à me connecter, le lien de réinitialisation du mot de passe a expiré.", shipping: "Mon colis n'a toujours pas été livré, le suivi ne montre rien.", other: 'Où puis-je trouver votre brochure produit ?' },
  es: { billing: 'Me cobraron dos veces la suscripción y necesito un reembolso.', technical: 'La función de exportación falla con un error al abrir el panel.', account: 'No puedo iniciar sesión, el enlace para restablecer la contraseña ha caducado.', shipping: 'Mi paquete todavía no ha sido entregado, el seguimiento no muestra cambios.', other: '¿Dónde puedo encontrar el folleto del producto?' },
};

const priorityWords: Record<Language, Record<(typeof ticketPriorities)[number], string>> = {
  en: { low: 'Low', normal: 'Normal', high: 'High', critical: 'Critical' },
  de: { low: 'Niedrig', normal: 'Normal', high: 'Hoch', critical: 'Kritisch' },
  fr: { low: 'Basse', normal: 'Normale', high: 'Haute', critical: 'Critique' },
  es: { low: 'Baja', normal: 'Normal', high: 'Alta', critical: 'Crítica' },
};

const priorityLabel: Record<Language, string> = { en: 'Priority', de: 'Priorität', fr: 'Priorité', es: 'Prioridad' };

/** A support ticket: category from the text, priority from a field. */
export function renderTicket(random: Random, language: Language, customer: Customer): RenderedSample {
  const category = random.pick(ticketCategories);
  const priority = random.pick(ticketPriorities);
  const text = [
    `Ticket #${random.digits(6)}`,
    `${priorityLabel[language]}: ${priorityWords[language][priority]}`,
    `Reporter: ${customer.name}`,
    '',
    ticketBodies[language][category],
  ].join('\n');
  return { text, fields: { category, priority }, template: 'ticket-basic', contentType: 'text/plain' };
}
