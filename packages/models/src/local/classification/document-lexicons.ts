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
    strong: ['crash', 'error message', 'bug', 'not working', "doesn't work", 'does not work', "won't load", 'not loading', 'does not load', 'stopped working', 'timeout', 'timed out', 'outage', 'is down', 'went down', 'error 500', '500 error', '502', '503', '404', 'internal server error', 'exception', 'stack trace', 'api', 'integration', 'webhook', 'sync', 'synchroni', 'upload fails', 'cannot upload', "can't upload", 'import fails', 'export fails', 'data loss', 'lost data', 'blank page', 'white screen', 'freezes', 'frozen', 'hangs', 'slow', 'performance', 'broken link', 'button', 'browser', 'app ', 'the app', 'mobile app', 'version', 'update', 'installation', 'install',
      'stürzt', 'absturz', 'fehlermeldung', 'funktioniert nicht', 'lädt nicht', 'hängt', 'langsam', 'schnittstelle', 'datenverlust',
      'plante', 'ne fonctionne pas', 'ne marche pas', 'ne charge pas', 'lent', 'message d\'erreur', 'perte de données',
      'falla', 'no funciona', 'no carga', 'se cuelga', 'lento', 'mensaje de error', 'pérdida de datos',
      'non funziona', 'si blocca', 'non carica', 'lento', 'messaggio di errore',
      'werkt niet', 'laadt niet', 'foutmelding', 'traag', 'storing',
      'nie działa', 'błąd', 'awaria', 'zawiesza', 'nie ładuje',
      'não funciona', 'erro', 'não carrega', 'trava', 'lento',
      'fungerar inte', 'felmeddelande', 'laddar inte', 'kraschar', 'långsam'],
    weak: ['error', 'fails', 'failed', 'failing', 'export', 'import', 'dashboard', 'report', 'screen', 'page', 'server', 'system', 'fehler', 'erreur', 'tableau de bord', 'panel', 'pantalla', 'errore', 'fout', 'fel'],
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

/**
 * Ticket priority implied by the description when no priority label says it: critical for an
 * outage, production down, data loss or a security issue; high for one blocked user or a deadline;
 * low for cosmetic issues, questions and feature wishes; normal otherwise.
 */
export const ticketPriorityLexicon: Lexicon = {
  critical: {
    strong: ['outage', 'production down', 'production is down', 'production stopped', 'system down', 'site is down', 'site down', 'is down', 'all users', 'nobody can', 'no one can', 'none of our', 'entire team', 'whole team', 'everyone', 'data loss', 'lost data', 'data breach', 'security', 'hacked', 'breach', 'vulnerability', 'ransomware', 'cannot process orders', 'checkout is down',
      'ausfall', 'produktion steht', 'alle benutzer', 'niemand kann', 'datenverlust', 'sicherheitslücke', 'panne', 'production arrêtée', 'tous les utilisateurs', 'personne ne peut', 'perte de données', 'faille de sécurité', 'caída', 'todos los usuarios', 'nadie puede', 'pérdida de datos', 'seguridad', 'tutti gli utenti', 'nessuno può', 'perdita di dati', 'sicurezza', 'storing', 'alle gebruikers', 'niemand kan', 'dataverlies', 'beveiliging', 'awaria', 'wszyscy użytkownicy', 'nikt nie może', 'utrata danych', 'bezpieczeństw', 'todos os utilizadores', 'ninguém consegue', 'perda de dados', 'avbrott', 'alla användare', 'ingen kan', 'dataförlust', 'säkerhet'],
    weak: [],
  },
  high: {
    strong: ['urgent', 'asap', 'blocked', 'blocking', 'cannot work', "can't work", 'unable to work', 'deadline', 'by tomorrow', 'by friday', 'today', 'immediately', 'dringend', 'blockiert', 'frist', 'urgente', 'bloqué', 'bloqueado', 'bloccato', 'geblokkeerd', 'pilne', 'zablokowan', 'brådskande', 'blockerad'],
    weak: [],
  },
  low: {
    strong: ['feature request', 'feature wish', 'suggestion', 'would be nice', 'nice to have', 'cosmetic', 'typo', 'spelling', 'just a question', 'quick question', 'not urgent', 'no rush', 'whenever', 'wunsch', 'vorschlag', 'schönheitsfehler', 'tippfehler', 'nicht dringend', 'suggestion', 'faute de frappe', 'pas urgent', 'sugerencia', 'errata', 'no es urgente', 'suggerimento', 'non è urgente', 'suggestie', 'niet dringend', 'sugestia', 'literówka', 'nie jest pilne', 'sugestão', 'förslag', 'stavfel'],
    weak: [],
  },
  normal: { strong: [], weak: [] },
};

/** Words for ticket priorities after a "Priority:" label, mapped to the four levels. */
export const priorityWords: Record<string, string> = {
  low: 'low', niedrig: 'low', gering: 'low', basse: 'low', faible: 'low', baja: 'low', bassa: 'low', laag: 'low',
  normal: 'normal', normale: 'normal', medium: 'normal', mittel: 'normal', moyenne: 'normal', media: 'normal', gemiddeld: 'normal',
  high: 'high', hoch: 'high', haute: 'high', élevée: 'high', alta: 'high', elevata: 'high', hoog: 'high',
  critical: 'critical', kritisch: 'critical', critique: 'critical', crítica: 'critical', critica: 'critical', urgent: 'critical', blocker: 'critical', kritiek: 'critical',
  // Help desks' numbered levels (P1 the most severe).
  p1: 'critical', p2: 'high', p3: 'normal', p4: 'low',
};
