import type { Lexicon } from './lexicon-scorer';

/** Urgency cue terms for ticket priorities without a priority label (e-mail urgency: config/triage). */
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
