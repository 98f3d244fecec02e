import { decodeWords } from 'postal-mime';

/**
 * What triage reads of a message: its subject (RFC 2047 encoded words decoded) and the new part
 * of its body — the header block, quoted history ("> " lines, "On … wrote:", "-----Original
 * Message-----", an Outlook "From: … Sent: …" block, in the languages the lexicons cover) and the
 * signature after "-- " left out, as a person answering it would read it. A forward whose own note
 * is only a line or two is read with the forwarded message, which is then what is asked about.
 * Raw MIME is not decoded here: the canonical text comes from the parser at the door.
 */
export interface MessageReading {
  subject: string;
  body: string;
}

const headerLine = /^[A-Za-z][A-Za-z0-9-]*:[ \t]/;
const quoteIntro = [
  /^(?:on|am|le|el|il|op|em|den|w dniu|dnia|de)\b.{4,160}(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu|skrev|napisał|napisała|écrit)\s*:?\s*$/iu,
  /^-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|messaggio originale|oorspronkelijk bericht|originalmeddelande|wiadomość oryginalna|mensagem original)/iu,
  /^_{8,}\s*$/,
];
const forwardIntro = /^-{2,}\s*(?:forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado|messaggio inoltrato|doorgestuurd bericht|vidarebefordrat meddelande|wiadomość przekazana|mensagem encaminhada)|^begin forwarded message/iu;
const outlookFrom = /^(?:from|von|de|da|van|från|od)\s*:/iu;
const outlookSent = /^(?:sent|date|gesendet|datum|envoyé|enviado|inviato|verzonden|skickat|wysłano|data)\s*:/iu;

function headerBlockEnd(lines: readonly string[]): number {
  if (!headerLine.test(lines[0] ?? '')) return 0;
  const blank = lines.findIndex((line) => line.trim() === '');
  return blank < 0 ? lines.length : blank + 1;
}

function subjectOf(lines: readonly string[], end: number): string {
  const at = lines.slice(0, end).findIndex((line) => /^subject:/i.test(line));
  if (at < 0) return '';
  let value = lines[at]!.replace(/^subject:\s*/i, '');
  for (let i = at + 1; i < end && /^[ \t]/.test(lines[i]!); i++) value += ' ' + lines[i]!.trim();
  return decodeWords(value).trim();
}

function isHistoryStart(lines: readonly string[], i: number): boolean {
  const line = lines[i]!.trim();
  if (line.startsWith('>')) return true;
  if (quoteIntro.some((re) => re.test(line))) return true;
  // "On Tue, 3 Mar 2026 at 10:12, Anna <a@example.com>" with "wrote:" on the next line.
  if (/^(?:on|am|le|el|op)\b/i.test(line) && /(?:wrote|schrieb|écrit|escribió|schreef)\s*:?\s*$/i.test(lines[i + 1] ?? '')) return true;
  if (outlookFrom.test(line)) return lines.slice(i + 1, i + 4).some((next) => outlookSent.test(next.trim()));
  return false;
}

const letters = (text: string) => (text.match(/\p{L}/gu) ?? []).length;

/** The subject and the new part of a message's body. */
export function messageReading(text: string): MessageReading {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const start = headerBlockEnd(lines);
  const subject = subjectOf(lines, start);
  const body = lines.slice(start);
  let end = body.length;
  let forward = -1;
  for (let i = 0; i < body.length; i++) {
    if (forwardIntro.test(body[i]!.trim())) {
      forward = i;
      end = i;
      break;
    }
    if (isHistoryStart(body, i)) {
      end = i;
      break;
    }
    if (body[i] === '-- ') {
      end = i;
      break;
    }
  }
  let reading = body.slice(0, end).join('\n').trim();
  // A forward with a one-line note ("see below", "FYI"): the forwarded message is the request.
  if (forward >= 0 && letters(reading) < 80) reading = `${reading}\n${body.slice(forward + 1).join('\n')}`.trim();
  // A reply that is all quote (nothing new above it) is read whole rather than as nothing.
  if (letters(reading) === 0) reading = body.join('\n').trim();
  return { subject, body: reading };
}
