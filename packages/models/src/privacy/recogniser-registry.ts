import type { Recogniser } from './personal-data-types';
import { cardRecogniser } from './recognisers/card-recogniser';
import { dateOfBirthRecogniser } from './recognisers/date-of-birth-recogniser';
import { emailRecogniser } from './recognisers/email-recogniser';
import { ibanRecogniser } from './recognisers/iban-recogniser';
import { ipAddressRecogniser } from './recognisers/ip-address-recogniser';
import { labelledIdentifierRecogniser } from './recognisers/labelled-identifier-recogniser';
import { nationalIdRecogniser } from './recognisers/national-id-recogniser';
import { personNameRecogniser } from './recognisers/person-name-recogniser';
import { phoneRecogniser } from './recognisers/phone-recogniser';
import { postalAddressRecogniser } from './recognisers/postal-address-recogniser';
import { tableColumnRecogniser } from './recognisers/table-column-recogniser';

/** Every recogniser the redactor runs, in no particular order (findings are merged afterwards). */
export const defaultRecognisers: readonly Recogniser[] = [
  emailRecogniser,
  ibanRecogniser,
  cardRecogniser,
  nationalIdRecogniser,
  labelledIdentifierRecogniser,
  ipAddressRecogniser,
  dateOfBirthRecogniser,
  phoneRecogniser,
  postalAddressRecogniser,
  personNameRecogniser,
  tableColumnRecogniser,
];
