import type { Language } from './locale-formats';

export const emailIntents = ['invoice_question', 'payment_reminder', 'order_request', 'complaint', 'address_change', 'other'] as const;
export type EmailIntent = (typeof emailIntents)[number];
export type Urgency = 'low' | 'normal' | 'high';

interface Phrasings {
  dev: readonly string[];
  holdout: readonly string[];
}

/** Body sentences per intent; `{ref}` is an invoice or order reference. */
export const intentPhrasings: Record<Language, Record<EmailIntent, Phrasings>> = {
  en: {
    invoice_question: { dev: ['I have a question about invoice {ref}: the amount does not match our quote.', 'Could you explain the charges on invoice {ref}? We do not understand line 2.'], holdout: ['We were billed twice on bill {ref}, can you clarify which one is valid?'] },
    payment_reminder: { dev: ['This is a reminder that invoice {ref} is overdue. Please settle the outstanding balance.', 'Our records show that payment for invoice {ref} has not been received yet.'], holdout: ['Friendly nudge: the balance on {ref} remains unpaid past its due date.'] },
    order_request: { dev: ['We would like to order 20 more units of the item from order {ref}.', 'Please send us a quote and place an order for 5 office chairs.'], holdout: ['Could you ship another batch like {ref}? Same quantities as last time.'] },
    complaint: { dev: ['We are very unhappy: the delivery for order {ref} arrived damaged.', 'I want to complain about the poor quality of the goods we received.'], holdout: ['Frankly the service has been unacceptable, the parts from {ref} are broken.'] },
    address_change: { dev: ['Please note our new billing address from next month: 14 King Street, Manchester.', 'We have moved. Kindly update our address in your records.'], holdout: ['Our company has relocated; send future invoices to our new premises.'] },
    other: { dev: ['Just wanted to say thanks for the nice meeting last week.', 'Are you attending the trade fair in Hanover this year?'], holdout: ['Happy holidays to the whole team!'] },
  },
  de: {
    invoice_question: { dev: ['Ich habe eine Frage zur Rechnung {ref}: Der Betrag stimmt nicht mit dem Angebot überein.', 'Können Sie die Positionen der Rechnung {ref} erläutern?'], holdout: ['Bei Beleg {ref} wurde uns etwas doppelt berechnet, bitte um Klärung.'] },
    payment_reminder: { dev: ['Wir möchten Sie daran erinnern, dass die Rechnung {ref} überfällig ist. Bitte begleichen Sie den offenen Betrag.', 'Zahlungserinnerung: Für Rechnung {ref} ist noch keine Zahlung eingegangen.'], holdout: ['Leider ist der Betrag zu {ref} trotz Fälligkeit noch offen. Mahnung.'] },
    order_request: { dev: ['Wir möchten gerne 20 weitere Stück aus Bestellung {ref} bestellen.', 'Bitte senden Sie uns ein Angebot und bestellen Sie 5 Bürostühle für uns.'], holdout: ['Könnten Sie uns nochmal die gleiche Lieferung wie {ref} schicken?'] },
    complaint: { dev: ['Wir sind sehr unzufrieden: Die Lieferung zu Auftrag {ref} kam beschädigt an.', 'Hiermit möchte ich mich über die schlechte Qualität der Ware beschweren.'], holdout: ['Das ist inakzeptabel, die Teile aus {ref} sind defekt. Reklamation!'] },
    address_change: { dev: ['Bitte beachten Sie unsere neue Rechnungsanschrift ab nächstem Monat: Am Hafen 3, Hamburg.', 'Wir sind umgezogen. Bitte ändern Sie unsere Adresse in Ihren Unterlagen.'], holdout: ['Unser Firmensitz hat sich geändert, künftige Post bitte an die neue Anschrift.'] },
    other: { dev: ['Vielen Dank für das nette Gespräch letzte Woche.', 'Sind Sie dieses Jahr auf der Messe in Hannover?'], holdout: ['Frohe Feiertage an das ganze Team!'] },
  },
  fr: {
    invoice_question: { dev: ["J'ai une question concernant la facture {ref} : le montant ne correspond pas au devis.", 'Pourriez-vous expliquer les lignes de la facture {ref} ?'], holdout: ['La facture {ref} semble comporter une erreur de montant, merci de vérifier.'] },
    payment_reminder: { dev: ['Nous vous rappelons que la facture {ref} est en retard de paiement. Merci de régler le solde.', "Sauf erreur de notre part, le paiement de la facture {ref} n'a pas encore été reçu."], holdout: ['Relance : le solde de {ref} reste impayé après échéance.'] },
    order_request: { dev: ['Nous souhaitons commander 20 unités supplémentaires de la commande {ref}.', 'Merci de nous envoyer un devis et de passer commande de 5 chaises.'], holdout: ['Pourriez-vous nous livrer à nouveau le même lot que {ref} ?'] },
    complaint: { dev: ['Nous sommes très mécontents : la livraison de la commande {ref} est arrivée endommagée.', 'Je souhaite porter réclamation pour la mauvaise qualité des produits reçus.'], holdout: ['C’est inadmissible, les pièces de {ref} sont défectueuses.'] },
    address_change: { dev: ['Veuillez noter notre nouvelle adresse de facturation à partir du mois prochain : 8 avenue Jean Jaurès, Lyon.', 'Nous avons déménagé. Merci de mettre à jour notre adresse.'], holdout: ['Notre siège social a changé, merci d’envoyer le courrier à la nouvelle adresse.'] },
    other: { dev: ['Merci pour la réunion de la semaine dernière.', 'Serez-vous présents au salon de Lyon cette année ?'], holdout: ['Bonnes fêtes à toute l’équipe !'] },
  },
  es: {
    invoice_question: { dev: [], holdout: ['Tengo una duda sobre la factura {ref}: el importe no coincide con el presupuesto.'] },
    payment_reminder: { dev: [], holdout: ['Les recordamos que la factura {ref} está vencida y pendiente de pago.'] },
    order_request: { dev: [], holdout: ['Queremos hacer un pedido de 20 unidades más como en el pedido {ref}.'] },
    complaint: { dev: [], holdout: ['Estamos muy descontentos: el envío del pedido {ref} llegó dañado. Queremos presentar una reclamación.'] },
    address_change: { dev: [], holdout: ['Nos hemos mudado, por favor actualicen nuestra dirección de facturación.'] },
    other: { dev: [], holdout: ['Gracias por la reunión de la semana pasada.'] },
  },
};

export const urgencyPhrasings: Record<Language, Record<Urgency, Phrasings>> = {
  en: { high: { dev: ['This is urgent, please reply today.', 'URGENT: we need an answer as soon as possible.'], holdout: ['Time-critical, we need this resolved immediately.'] }, low: { dev: ['No rush, whenever you have time.', 'This is not urgent.'], holdout: ['Please get back to us at your convenience.'] }, normal: { dev: ['', 'Thank you in advance.'], holdout: [''] } },
  de: { high: { dev: ['Das ist dringend, bitte antworten Sie heute noch.', 'EILT: Wir brauchen schnellstmöglich eine Antwort.'], holdout: ['Bitte sofort bearbeiten, es ist sehr eilig.'] }, low: { dev: ['Keine Eile, wann immer Sie Zeit haben.', 'Das ist nicht dringend.'], holdout: ['Antworten Sie bitte, wenn es Ihnen passt.'] }, normal: { dev: ['', 'Vielen Dank im Voraus.'], holdout: [''] } },
  fr: { high: { dev: ["C'est urgent, merci de répondre aujourd'hui.", 'URGENT : nous avons besoin d’une réponse au plus vite.'], holdout: ['Merci de traiter immédiatement, c’est prioritaire.'] }, low: { dev: ['Rien de pressé, quand vous aurez le temps.', "Ce n'est pas urgent."], holdout: ['Répondez-nous à votre convenance.'] }, normal: { dev: ['', 'Merci d’avance.'], holdout: [''] } },
  es: { high: { dev: [], holdout: ['Es urgente, por favor respondan hoy.'] }, low: { dev: [], holdout: ['No corre prisa, cuando puedan.'] }, normal: { dev: [], holdout: [''] } },
};

export const customerIdLabels: Record<Language, Phrasings> = {
  en: { dev: ['Customer number', 'Customer ID', 'Our account no.'], holdout: ['Client ref', 'Account'] },
  de: { dev: ['Kundennummer', 'Kunden-Nr.'], holdout: ['Kd.-Nr.', 'Debitorennummer'] },
  fr: { dev: ['Numéro client', 'N° client'], holdout: ['Réf. client', 'Code client'] },
  es: { dev: [], holdout: ['Número de cliente', 'N.º cliente'] },
};

export const greetings: Record<Language, { open: readonly string[]; close: readonly string[] }> = {
  en: { open: ['Hello,', 'Dear team,', 'Hi,'], close: ['Best regards,', 'Kind regards,', 'Thanks,'] },
  de: { open: ['Hallo,', 'Sehr geehrte Damen und Herren,', 'Guten Tag,'], close: ['Viele Grüße', 'Mit freundlichen Grüßen', 'Beste Grüße'] },
  fr: { open: ['Bonjour,', 'Madame, Monsieur,'], close: ['Cordialement,', 'Bien à vous,'] },
  es: { open: ['Hola,', 'Estimados señores:'], close: ['Saludos,', 'Atentamente,'] },
};

export const personNames: Record<Language, readonly string[]> = {
  en: ['John Smith', 'Emily Clarke', 'Michael Brown', 'Sarah Johnson', 'David Wilson'],
  de: ['Anna Müller', 'Thomas Schneider', 'Julia Fischer', 'Markus Weber', 'Katrin Becker'],
  fr: ['Marie Dubois', 'Pierre Laurent', 'Sophie Martin', 'Julien Bernard', 'Claire Petit'],
  es: ['Lucía García', 'Javier Fernández', 'Carmen López', 'Pablo Sánchez'],
};

export const subjects: Record<EmailIntent, Record<Language, string>> = {
  invoice_question: { en: 'Question about invoice', de: 'Frage zur Rechnung', fr: 'Question sur la facture', es: 'Consulta sobre factura' },
  payment_reminder: { en: 'Payment reminder', de: 'Zahlungserinnerung', fr: 'Rappel de paiement', es: 'Recordatorio de pago' },
  order_request: { en: 'New order', de: 'Neue Bestellung', fr: 'Nouvelle commande', es: 'Nuevo pedido' },
  complaint: { en: 'Complaint', de: 'Beschwerde', fr: 'Réclamation', es: 'Reclamación' },
  address_change: { en: 'Change of address', de: 'Adressänderung', fr: "Changement d'adresse", es: 'Cambio de dirección' },
  other: { en: 'Hello', de: 'Kurze Nachricht', fr: 'Petit message', es: 'Saludos' },
};
