import type { Lexicon } from './lexicon-scorer';

/** Document kind and support-ticket category terms, several languages mixed. */
export const kindLexicon: Lexicon = {
  invoice: {
    strong: ['invoice', 'rechnung', 'facture', 'factura', 'fattura', 'factuur', 'iban', 'amount due', 'total due', 'subtotal', 'zwischensumme', 'total ttc', 'montant ht', 'base imponible'],
    weak: ['vat', 'mwst', 'ust', 'tva', 'iva', 'total', 'netto', 'qty', 'menge', 'quantité', 'cantidad'],
  },
  email: {
    strong: ['from:', 'subject:', 'to:', 'betreff:', 'objet :', 'asunto:'],
    weak: ['dear', 'hello', 'hallo', 'bonjour', 'hola', 'regards', 'grüße', 'cordialement', 'saludos'],
  },
  ticket: {
    strong: ['ticket #', 'ticket no', 'priority:', 'priorität:', 'priorité:', 'prioridad:', 'reporter:', 'severity:'],
    weak: ['ticket', 'issue', 'support', 'bug'],
  },
  other: { strong: [], weak: [] },
};

export const ticketCategoryLexicon: Lexicon = {
  billing: {
    strong: ['charged twice', 'refund', 'billing', 'abgebucht', 'erstattung', 'débité', 'remboursement', 'cobraron', 'reembolso', 'rimborso'],
    weak: ['invoice', 'payment', 'subscription', 'charge', 'rechnung', 'zahlung', 'abo', 'facture', 'paiement', 'abonnement', 'factura', 'pago', 'suscripción'],
  },
  technical: {
    strong: ['crash', 'error message', 'bug', 'not working', 'stürzt', 'fehlermeldung', 'funktioniert nicht', 'plante', 'ne fonctionne pas', 'falla', 'non funziona'],
    weak: ['error', 'fails', 'export', 'dashboard', 'fehler', 'erreur', 'tableau de bord', 'panel'],
  },
  account: {
    strong: ['log in', 'login', 'password', 'sign in', 'anmelden', 'passwort', 'connecter', 'mot de passe', 'iniciar sesión', 'contraseña', 'accedere'],
    weak: ['account', 'konto', 'compte', 'cuenta', 'reset', 'zurücksetzen', 'réinitialisation', 'restablecer'],
  },
  shipping: {
    strong: ['parcel', 'tracking', 'not been delivered', 'paket', 'zugestellt', 'sendungsverfolgung', 'colis', 'livré', 'suivi', 'paquete', 'entregado', 'seguimiento', 'pacco'],
    weak: ['delivery', 'shipment', 'lieferung', 'livraison', 'envío', 'spedizione'],
  },
  other: { strong: [], weak: [] },
};

/** Words for ticket priorities after a "Priority:" label, mapped to the four levels. */
export const priorityWords: Record<string, string> = {
  low: 'low', niedrig: 'low', gering: 'low', basse: 'low', faible: 'low', baja: 'low', bassa: 'low', laag: 'low',
  normal: 'normal', normale: 'normal', medium: 'normal', mittel: 'normal', moyenne: 'normal', media: 'normal', gemiddeld: 'normal',
  high: 'high', hoch: 'high', haute: 'high', élevée: 'high', alta: 'high', elevata: 'high', hoog: 'high',
  critical: 'critical', kritisch: 'critical', critique: 'critical', crítica: 'critical', critica: 'critical', urgent: 'critical', blocker: 'critical', kritiek: 'critical',
};
