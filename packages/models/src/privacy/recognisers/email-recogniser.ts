import { patternFindings, type Recogniser } from '../personal-data-types';

// RFC 5322's dot-atom local part in practice (no quoted local parts), a dotted domain with a TLD.
const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** E-mail addresses, including internationalised local parts and domains. */
export const emailRecogniser: Recogniser = {
  name: 'email',
  find: (text) => patternFindings(text, emailPattern, 'EMAIL'),
};
