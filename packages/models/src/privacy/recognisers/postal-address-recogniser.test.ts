import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../pii-redactor';
import { postalAddressRecogniser } from './postal-address-recogniser';

// The address spans the redactor hides (the recogniser's findings merged, in text order).
const addresses = (text: string) =>
  findPersonalData(text, [postalAddressRecogniser])
    .filter((finding) => finding.type === 'ADDRESS')
    .map((finding) => text.slice(finding.start, finding.end));

// Inputs written from each country's postal addressing conventions (UPU and national postal
// services' guides), not taken from any corpus.
describe('postalAddressRecogniser', () => {
  it('Hungarian: postcode and town first, then the street with its type in lower case, number, floor and door', () => {
    expect(addresses('Szállítási cím: 1052 Budapest, Petőfi Sándor utca 17. II/5.')).toEqual(['1052 Budapest, Petőfi Sándor utca 17. II/5.']);
    expect(addresses('Lakcím: 6720 Szeged, Kárász u. 9. 3. em. 12.')).toEqual(['6720 Szeged, Kárász u. 9. 3. em. 12.']);
    expect(addresses('a rendelés 1500 Ft, határidő 2026.04.30.')).toEqual([]);
  });

  it('Korean road-name addresses: city, district, road (로/길) and building number, then floor or unit', () => {
    expect(addresses('배송지: 부산광역시 해운대구 센텀중앙로 55, 1203호 입니다')).toEqual(['부산광역시 해운대구 센텀중앙로 55, 1203호']);
    expect(addresses('경기도 성남시 분당구 판교역로 166 3층')).toEqual(['경기도 성남시 분당구 판교역로 166 3층']);
    expect(addresses('주문번호 2026-118, 금액 45,000원')).toEqual([]);
  });

  it('Chinese addresses: province or city, district, road and number, building and room', () => {
    expect(addresses('地址：广东省深圳市南山区科技园路12号 创新大厦8层801室')).toEqual(['广东省深圳市南山区科技园路12号 创新大厦8层801室']);
    expect(addresses('北京市朝阳区建国路88号')).toEqual(['北京市朝阳区建国路88号']);
    expect(addresses('我们在上海市开会，发票金额 ¥1,200.00')).toEqual([]);
  });

  it('Arabic-script addresses: district, street and building parts, then the town with its postcode', () => {
    expect(addresses('العنوان: حي النرجس، شارع الأمير سلطان، مبنى 7، جدة 23442')).toEqual(['حي النرجس، شارع الأمير سلطان، مبنى 7، جدة 23442']);
    expect(addresses('يسكن في ١٥ شارع النيل، الجيزة')).toEqual(['١٥ شارع النيل، الجيزة']);
  });

  it('Indian addresses: a house or plot number and localities before the town and PIN, on the line or the one above', () => {
    expect(addresses('Ship to:\nH.No. 8-2-293, Road No. 5, Banjara Hills\nHyderabad 500034')).toEqual(['H.No. 8-2-293, Road No. 5, Banjara Hills', 'Hyderabad 500034']);
    expect(addresses('my address is flat 9, Green Park Apartments, Gandhi Nagar, Vellore 632006')).toEqual(['flat 9, Green Park Apartments, Gandhi Nagar, Vellore 632006']);
  });

  it('Brazilian addresses: street, number, flat and neighbourhood after a dash; CEP with the town and state', () => {
    expect(addresses('Entrega: Rua das Palmeiras, 250, apto 31 – Jardim América\n01452-001 São Paulo – SP')).toEqual([
      'Rua das Palmeiras, 250, apto 31 – Jardim América',
      '01452-001 São Paulo – SP',
    ]);
    expect(addresses('Av. Paulista, 1000 - Bela Vista, CEP 01310-100')).toEqual(['Av. Paulista, 1000 - Bela Vista, CEP 01310-100']);
  });

  it('Turkish addresses: neighbourhood, avenue and numbered streets, door and flat, postcode and district/province, in lower case too', () => {
    expect(addresses('Adres: Atatürk Mah. Gül Sok. No: 5 D: 2\n06510 Çankaya / Ankara')).toEqual(['Atatürk Mah. Gül Sok. No: 5 D: 2', '06510 Çankaya / Ankara']);
    expect(addresses('adresim yeni mah. 2214. sok. no:3 d:8 bornova/izmir tamam mı')).toEqual(['adresim yeni mah. 2214. sok. no:3 d:8 bornova/izmir']);
    expect(addresses('sipariş no: 44 teslim edildi')).toEqual([]);
  });

  it('Irish Eircodes after a Dublin postal district or a county', () => {
    expect(addresses('Dublin 8, D08 K2W9')).toEqual(['Dublin 8, D08 K2W9']);
    expect(addresses('Co. Galway, H91 E2K3')).toEqual(['Co. Galway, H91 E2K3']);
    expect(addresses('order D08 1234 shipped')).toEqual([]);
  });

  it('house-number additions and flat numbers: NL `bis`, PL `m.`, SE `tr`, DK floor and side', () => {
    expect(addresses('Nieuwe adres: Lindenlaan 7 bis, 2012 AB Haarlem')).toEqual(['Lindenlaan 7 bis, 2012 AB Haarlem']);
    expect(addresses('ul. Ogrodowa 12 m. 4, 00-876 Warszawa')).toEqual(['ul. Ogrodowa 12 m. 4, 00-876 Warszawa']);
    expect(addresses('Drottninggatan 50, 3 tr')).toEqual(['Drottninggatan 50, 3 tr']);
    expect(addresses('Nørregade 7, 2. tv.')).toEqual(['Nørregade 7, 2. tv.']);
    expect(addresses('Main Street 75, 9th floor')).not.toContain('Main Street 75, 9th');
  });

  it('a street in lower case (a chat) with its flat and town, but not a distance', () => {
    expect(addresses('im at 12 kimathi street, apt 4, mombasa. thanks')).toEqual(['12 kimathi street, apt 4, mombasa']);
    expect(addresses('it is 20 minutes down the road from here')).toEqual([]);
  });

  it('localities and a town after a street, up to the line end (a West African address without postcode)', () => {
    expect(addresses('deliver to Flat 2, 8 Marina Road, Victoria Island, Lagos\nthanks')).toEqual(['Flat 2, 8 Marina Road, Victoria Island, Lagos']);
  });

  it('an amount, an OCR reference and a CSV row are no address line', () => {
    expect(addresses('Avgift: 1 200 kr/mån, faktura 2026-05-01, OCR 55120934471')).toEqual([]);
    expect(addresses('4471,Okoro,Ada,02/03/1990,"15 Mill Road, Oxford OX4 1HP"')).toEqual(['15 Mill Road, Oxford OX4 1HP']);
  });
});
