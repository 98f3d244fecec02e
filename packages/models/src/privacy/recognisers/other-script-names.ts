/**
 * Person names in scripts other than Latin (Han, kana, Hangul, Arabic, Hebrew, Cyrillic, Greek,
 * Thai, Devanagari): one source of personNameSources in person-name-recogniser.ts.
 */
import type { Finding } from '../personal-data-types';
import { cueAlternation } from './cue-pattern';

// Letters of scripts other than Latin that names are written in.
const otherScriptLetter = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Thai}\p{Script=Devanagari}]`;
export const otherScriptName = String.raw`${otherScriptLetter}[${otherScriptLetter.slice(1, -1)}\p{M}ー・]*(?:[ \u3000]${otherScriptLetter}[${otherScriptLetter.slice(1, -1)}\p{M}ー・]*){0,3}`;
// A header line's display name in any script: `差出人: 山田 花子 <...@...>`, `من: خالد بن سعيد العتيبي <...>`, `받는 사람: 박서연 대리 <...>`.
const otherScriptDisplayName = new RegExp(String.raw`(?:^|\n)[ \t]*(?:>[ \t]*)*[^\n:：<>@]{1,24}[:：][ \t\u3000]*"?(${otherScriptName})"?[ \t\u3000]*<[^\s>@]+@[^\s>]+>`, 'gud');
// Job titles written after a name in Korean, Japanese and Chinese headers.
const titleAfterName = /[ \u3000]+(?:대리|과장|부장|차장|팀장|사원|주임|실장|님|씨|様|さん|殿|先生|部長|課長|经理|女士|小姐|主任)$/u;
// Closings of Arabic, Hebrew, Russian, Korean and Chinese letters, above a signature in that script.
const otherScriptClosings = ['مع التحية', 'مع خالص التحية', 'تحياتي', 'وتفضلوا بقبول فائق الاحترام', 'בברכה', 'с уважением', 'спасибо', '감사합니다', '드림', '敬礼', '谢谢', '祝好'];
const otherScriptSignature = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:${cueAlternation(otherScriptClosings)})[ \t]*[,،.!:]?[ \t]*\n[ \t]*(${otherScriptName})[ \t]*(?=\n|$)`,
  'gud',
);

/**
 * Names written in another script than Latin: the display name of a header line
 * (`差出人: 山田 花子 <...>`, without a job title after it) and the signature under a closing of
 * that script (`مع التحية` / `с уважением` / `감사합니다`).
 */
export function otherScriptFindings(text: string): Finding[] {
  const found: Finding[] = [];
  for (const pattern of [otherScriptDisplayName, otherScriptSignature]) {
    for (const match of text.matchAll(pattern)) {
      const span = match.indices?.[1];
      const value = match[1];
      if (!span || !value) continue;
      const title = titleAfterName.exec(value);
      found.push({ start: span[0], end: span[1] - (title ? title[0].length : 0), type: 'PERSON' });
    }
  }
  return found;
}
