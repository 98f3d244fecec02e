import { isIPv4, isIPv6 } from 'node:net';
import { patternFindings, type Recogniser } from '../personal-data-types';

const ipv4Pattern = /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)/g;
// Hex groups with colons, `::` compression and an optional dotted IPv4 tail; node:net decides.
const ipv6Pattern = /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![\w:])/g;

// Words before a dotted quad that make it a software version (`firmware 2.7.1.40`, `app 4.18.0.2`)...
const versionCue =
  /(?<![\p{L}])(?:version|versión|versione|versão|wersj\w*|versie|sürüm\w*|phiên bản|firmware|fw|build|release|rev|patch|update\w*|upgrade\w*|aktualizacj\w*|módulo|modul\w*|moduł\w*|module|app\w*|sync|hris|kernel|sdk|driver|flashed|bản|v|ver)\.?\s*[:=]?\s*(?:to\s+|till\s+|naar\s+|a\s+la\s+|do\s+|->\s*)?$/iu;
// ...and words that make it a device's address (`IP`, `from`, `vanaf`, `Adresse IP du poste :`).
const addressCue =
  /(?<![\p{L}])(?:ip|ipv4|address|adresse|adres\w*|dirección|indirizzo|endereço|from|vanaf|desde|från|depuis|dal|host|client|device|workstation|laptop|connection|connexion|verbinding\w*|router|poste|gerät|computer|pc|login|inloggning\w*|accesso|acceso|on|is)(?![\p{L}])\s*[^\n]{0,12}$/iu;

function cueDistance(before: string, cue: RegExp): number {
  for (let cut = before.length - 1; cut >= 0; cut -= 1) if (cue.test(before.slice(cut))) return before.length - cut;
  return Infinity;
}

/**
 * A dotted quad is an address when a device or address cue is nearer than a version cue; with
 * neither, when its first octet is at least 10 (versions start small: 1.0.9.3, 4.18.0.2).
 */
function isAddress(text: string, start: number, value: string): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 40), start);
  const version = versionCue.test(before) ? 0 : cueDistance(before, versionCue);
  const address = cueDistance(before, addressCue);
  if (version !== Infinity || address !== Infinity) return address < version;
  return Number(value.split('.')[0]) >= 10;
}

/** IPv4 and IPv6 addresses (compressed `::` forms included), validated by node:net; software versions stay. */
export const ipAddressRecogniser: Recogniser = {
  name: 'ip address (node:net)',
  find(text) {
    const v4 = patternFindings(text, ipv4Pattern, 'IP_ADDRESS', (value, match) => isIPv4(value) && isAddress(text, match.index ?? 0, value));
    const v6 = patternFindings(text, ipv6Pattern, 'IP_ADDRESS', (value) => (value.includes('::') || value.split(':').length >= 4 ? isIPv6(value) : false));
    return [...v4, ...v6];
  },
};
