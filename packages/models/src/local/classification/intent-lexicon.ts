import type { Lexicon } from './lexicon-scorer';

/**
 * Email intent terms in English, German, French, Spanish and Italian, written from general
 * business-correspondence vocabulary. To add a language, append its terms to each label.
 */
export const intentLexicon: Lexicon = {
  invoice_question: {
    strong: ['question about invoice', 'question about the invoice', 'query regarding invoice', 'explain the charges', 'billed twice', 'charged twice', 'does not match', "doesn't match", 'incorrect invoice', 'wrong amount',
      'frage zur rechnung', 'fragen zur rechnung', 'rechnung erläutern', 'doppelt berechnet', 'stimmt nicht', 'rückfrage zur rechnung', 'fehler in der rechnung',
      'question concernant la facture', 'question sur la facture', 'ne correspond pas', 'erreur de montant', 'erreur sur la facture',
      'duda sobre la factura', 'consulta sobre la factura', 'no coincide', 'error en la factura', 'domanda sulla fattura', 'non corrisponde'],
    weak: ['clarify', 'clarification', 'explain', 'understand', 'question', 'erläutern', 'klärung', 'unklar', 'frage', 'positionen', 'expliquer', 'vérifier', 'préciser', 'aclarar', 'duda', 'consulta', 'chiarire'],
  },
  payment_reminder: {
    strong: ['payment reminder', 'overdue', 'past due', 'outstanding balance', 'not been received', 'remains unpaid', 'still unpaid', 'final notice',
      'zahlungserinnerung', 'überfällig', 'mahnung', 'noch keine zahlung', 'offenen betrag', 'trotz fälligkeit', 'noch offen',
      'rappel de paiement', 'relance', 'en retard de paiement', 'impayé', "pas encore été reçu", 'reste impayé',
      'recordatorio de pago', 'vencida', 'pendiente de pago', 'sollecito di pagamento', 'scaduta'],
    weak: ['reminder', 'unpaid', 'settle', 'outstanding', 'balance', 'erinnern', 'erinnerung', 'begleichen', 'rappel', 'régler', 'solde', 'recordamos', 'pendiente', 'sollecito'],
  },
  order_request: {
    strong: ['would like to order', 'place an order', 'new order', 'purchase order', 'another batch', 'same quantities', 'please send us a quote',
      'möchten gerne', 'weitere stück', 'bestellen', 'neue bestellung', 'gleiche lieferung',
      'souhaitons commander', 'passer commande', 'nouvelle commande', 'même lot',
      'hacer un pedido', 'nuevo pedido', 'unidades más', 'vorremmo ordinare', 'nuovo ordine'],
    weak: ['order', 'quote', 'units', 'ship', 'angebot', 'lieferung', 'stück', 'commande', 'devis', 'livrer', 'unités', 'pedido', 'presupuesto', 'unidades', 'ordine'],
  },
  complaint: {
    strong: ['complain', 'complaint', 'unhappy', 'arrived damaged', 'poor quality', 'unacceptable', 'defective', 'disappointed', 'broken',
      'unzufrieden', 'beschwer', 'beschädigt', 'schlechte qualität', 'inakzeptabel', 'defekt', 'reklamation',
      'mécontent', 'réclamation', 'endommagé', 'mauvaise qualité', 'inadmissible', 'défectueu',
      'descontento', 'dañado', 'reclamación', 'queja', 'defectuoso', 'reclamo', 'danneggiat'],
    weak: ['damaged', 'quality', 'problem', 'qualität', 'problème', 'qualité', 'calidad', 'problema'],
  },
  address_change: {
    strong: ['new address', 'change of address', 'new billing address', 'have moved', 'relocated', 'update our address', 'new premises',
      'neue adresse', 'neue rechnungsanschrift', 'neue anschrift', 'umgezogen', 'adressänderung', 'adresse ändern', 'firmensitz hat sich geändert',
      'nouvelle adresse', 'déménagé', "changement d'adresse", 'siège social a changé',
      'nueva dirección', 'nos hemos mudado', 'cambio de dirección', 'actualicen nuestra dirección', 'nuovo indirizzo'],
    weak: ['address', 'moved', 'adresse', 'anschrift', 'dirección', 'indirizzo', 'records', 'unterlagen'],
  },
  other: { strong: [], weak: [] },
};

export const urgencyLexicon: Lexicon = {
  // "not urgent" must beat "urgent": low-urgency phrases are strong, bare "urgent" weak.
  low: {
    strong: ['no rush', 'not urgent', 'no hurry', 'at your convenience', 'whenever you have time', 'keine eile', 'nicht dringend', 'wenn es ihnen passt', 'wann immer sie zeit',
      'pas pressé', 'rien de pressé', "n'est pas urgent", 'pas urgent', 'à votre convenance', 'quand vous aurez le temps', 'no corre prisa', 'sin prisa', 'no es urgente', 'cuando puedan', 'nessuna fretta', 'non è urgente'],
    weak: [],
  },
  high: {
    strong: ['urgent', 'asap', 'as soon as possible', 'immediately', 'time-critical', 'right away', 'dringend', 'eilt', 'eilig', 'sofort', 'schnellstmöglich', 'umgehend',
      'au plus vite', 'immédiatement', 'prioritaire', 'dès que possible', 'urgente', 'inmediato', 'cuanto antes', 'subito'],
    weak: ['today', 'heute', "aujourd'hui", 'hoy', 'oggi'],
  },
  normal: { strong: [], weak: [] },
};
