import { describe, expect, it } from 'vitest';
import { nationalIdRecogniser } from './national-id-recogniser';
import { labelledIdentifierRecogniser } from './labelled-identifier-recogniser';

const found = (text: string) => nationalIdRecogniser.find(text).map((f) => text.slice(f.start, f.end));

describe('national id recogniser (stdnum check digits)', () => {
  // Valid under their schemes (checked by stdnum, the port of python-stdnum).
  const valid = [
    'NIR 2 95 10 99 126 111 93',
    'Aadhaar 2341 2341 2346',
    'PAN ACUPA7085R',
    'DNI 54362315K',
    'NIE X2482300W',
    'CF RCCMNL83S18D969H',
    'PESEL 44051401359',
    'personnummer 880320-0016',
    'TCKN 17291716060',
    'IdNr 36 574 261 809',
    'NI AB 12 34 56 C',
    'BSN 1112.22.333',
  ];

  it.each(valid)('finds %s', (text) => {
    const value = text.slice(text.indexOf(' ') + 1);
    expect(found(`see ${value} please`)).toContain(value);
  });

  it('leaves the same shapes with a wrong check digit alone', () => {
    for (const wrong of ['2 95 10 99 126 111 94', '2341 2341 2347', '54362315A', '44051401358', '880320-0017', '36 574 261 808']) {
      expect(found(`see ${wrong} please`)).toEqual([]);
    }
  });

  it('needs an employment or tax context for an unlabelled SSN (no check digit), and never after a part label', () => {
    expect(found('W-4 on file, 536-90-4399')).toEqual(['536-90-4399']);
    expect(found('replacement drum 536-90-4399 in stock')).toEqual([]);
    expect(found('payroll: part no. 536-90-4399')).toEqual([]);
  });
});

describe('labelled identifier recogniser', () => {
  const labelled = (text: string) => labelledIdentifierRecogniser.find(text).map((f) => [f.type, text.slice(f.start, f.end)]);

  it('takes the value after a label in many languages, whatever its checksum', () => {
    expect(labelled('Reisepass-Nr.: C01X00T47')).toEqual([['PASSPORT', 'C01X00T47']]);
    expect(labelled('Seria i numer dowodu osobistego: ABA 300000')).toEqual([['ID_CARD', 'ABA 300000']]);
    expect(labelled("N° d'adhérent : 7845 2210 93")).toEqual([['HEALTH_INSURANCE', '7845 2210 93']]);
    expect(labelled('Führerscheinnummer: B072RRE2I55')).toEqual([['DRIVING_LICENCE', 'B072RRE2I55']]);
    expect(labelled('NINO QQ 12 34 56 C')).toEqual([['NATIONAL_ID', 'QQ 12 34 56 C']]);
  });

  it('stops at words, and leaves company tax numbers behind the same labels', () => {
    expect(labelled('Passport number: X1234567 issued in Lyon')).toEqual([['PASSPORT', 'X1234567']]);
    expect(labelled('CIF/NIF-IVA ESB17654321')).toEqual([]);
    expect(labelled('NIF B-85512094')).toEqual([]);
  });
});
