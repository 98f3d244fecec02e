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
  /** The subject marks a reply (Re:, AW:, SV:, Odp:, …): it names the thread, not this message's request. */
  reply: boolean;
  body: string;
  /** From the closing formula to the quoted history: the author's name, numbers, addresses. */
  signature: string;
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

// A closing formula on a line of its own: what follows is the signature (names, addresses, bank
// details, disclaimers), which says nothing about the request and misleads cue terms.
const closing =
  /^(?:(?:best|kind|warm|many|with)?\s*regards|best(?: wishes)?|thanks(?: again| in advance)?|thank you(?: in advance)?|many thanks|cheers|sincerely|yours (?:sincerely|faithfully|truly)|mit (?:freundlichen|besten) grüßen|mfg|(?:viele|beste|liebe|freundliche|herzliche) grüße|gruß|grüße|(?:bien )?cordialement|bien à vous|(?:sincères )?salutations(?: distinguées)?|(?:un )?saludos?(?: cordiales)?|atentamente|un saludo|(?:cordiali|distinti) saluti|saluti|met (?:vriendelijke|hartelijke) groet(?:en)?|vriendelijke groet(?:en)?|groet(?:en)?|z poważaniem|pozdrawiam(?: serdecznie)?|atenciosamente|(?:com os melhores )?cumprimentos|(?:med )?vänliga hälsningar|hälsningar|mvh|sent from my \w+|gesendet von meinem \w+|envoyé de mon \w+)[,.!]?\s*$/iu;
const replySubject = /^(?:re|aw|sv|vs|antw|odp|r|rif|res|ref|rv|tr)\s*(?:\[\d+\])?\s*:/iu;

const letters = (text: string) => (text.match(/\p{L}/gu) ?? []).length;

/** The subject and the new part of a message's body. */
export function messageReading(text: string): MessageReading {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const start = headerBlockEnd(lines);
  const subject = subjectOf(lines, start);
  const body = lines.slice(start);
  let end = body.length;
  let signatureStart = -1;
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
    if (signatureStart < 0 && (body[i] === '-- ' || (closing.test(body[i]!.trim()) && letters(body.slice(0, i).join('\n')) >= 20))) signatureStart = i;
  }
  const signature = signatureStart >= 0 ? body.slice(signatureStart, end).join('\n').trim() : '';
  if (signatureStart >= 0) end = signatureStart;
  let reading = body.slice(0, end).join('\n').trim();
  // A forward with a one-line note ("see below", "FYI"): the forwarded message is the request.
  if (forward >= 0 && letters(reading) < 80) reading = `${reading}\n${body.slice(forward + 1).join('\n')}`.trim();
  // A reply that is all quote (nothing new above it) is read whole rather than as nothing.
  if (letters(reading) === 0) reading = body.join('\n').trim();
  return { subject, reply: replySubject.test(subject), body: reading, signature };
}
