/**
 * Postal addresses in scripts other than Latin, written from the largest unit to the smallest:
 * Korean road-name addresses, Chinese addresses, Arabic-script addresses. One source of
 * postalAddressRecogniser (Japanese addresses stay there, with the postcode patterns).
 */
import type { Finding } from '../personal-data-types';

const digit = '[0-9０-９٠-٩۰-۹]';

// Korean road-name address (도로명주소, juso.go.kr; Korea Post's address format): province or
// metropolitan city (시/도), district (시/군/구), optionally 읍/면, then the road (대로/로/길, also
// `강남대로94길`, `퇴계로77번길`) and the building number (`152`, `12-3`, `지하 8`), then the detail
// (`302호`, `7층`, `101동 103호`) and, in parentheses, the legal dong or building name. The older
// lot-number address (지번주소) ends in a dong or ri and the lot number instead of the road.
const koreanUnit = String.raw`\p{Script=Hangul}{1,8}(?:특별자치시|특별자치도|특별시|광역시|시|도|군|구|읍|면)`;
const koreanRoad = String.raw`\p{Script=Hangul}[\p{Script=Hangul}\d]{0,14}(?:대로|로|길)`;
const koreanDetail = String.raw`(?:,?[ \t]?(?:${digit}{1,4}동[ \t]?)?(?:지하[ \t]?|B)?${digit}{1,5}(?:호|층))*(?:[ \t]?\([\p{Script=Hangul}\d, \t]{1,30}\))?`;
const koreanAddress = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${koreanUnit}[ \t]){1,4}(?:${koreanRoad}[ \t]?(?:지하[ \t]?)?|\p{Script=Hangul}{1,8}(?:동|리|가)[ \t]?)${digit}{1,5}(?:-${digit}{1,4})?(?![\p{N}])${koreanDetail}`,
  'gu',
);

// Chinese address (GB/T 23705, China Post's domestic format): province or autonomous region,
// city, district or county, street or town, then the road (路/街/大道/巷/弄/胡同) and number (号),
// then building, unit, floor and room (`汇智大厦1205室`, `3号楼2单元501室`). A road with its
// number, or a city and district before it, tells an address from prose.
const chineseRegion = String.raw`\p{Script=Han}{1,7}?(?:省|自治区|特别行政区|市|自治州|地区|盟|州|区|县|旗|镇|乡|街道)`;
const chineseRoad = String.raw`\p{Script=Han}{1,10}?(?:大道|路|街|巷|弄|胡同|道)(?:${digit}{1,4}(?:弄|巷))?${digit}{1,5}(?:-${digit}{1,4})?号(?:院|楼)?`;
const chineseBuilding = String.raw`(?:[ \t\u3000]?[\p{Script=Han}A-Z]{0,10}?(?:${digit}{1,5}|[A-Z])(?:号楼|栋|幢|座|单元|楼|层|室|号|F))*`;
const chineseAddress = new RegExp(String.raw`(?:(?:${chineseRegion}){1,4}(?:${chineseRoad})?|${chineseRoad})${chineseBuilding}`, 'gu');

// Arabic-script addresses (the Saudi National Address of SPL, Egyptian and Gulf addressing):
// parts from the smallest to the largest, separated by the Arabic comma, each led by its kind:
// district (حي), street (شارع, طريق, جادة, زقاق), building (مبنى, عمارة), flat (شقة), floor (طابق),
// PO box (ص.ب); a building number may stand first (`١٥ شارع التحرير`). Closed by a town with its
// 5-digit postcode (`الرياض 13521`).
const arabicWords = String.raw`\p{Script=Arabic}+(?:[ \t]\p{Script=Arabic}+){0,4}`;
const arabicKinds = ['حي', 'شارع', 'طريق', 'جادة', 'زقاق', 'ميدان', 'مبنى', 'عمارة', 'برج', 'شقة', 'طابق', 'الدور', 'ص\\.[ \\t]?ب\\.?', 'صندوق بريد', 'الرمز البريدي', 'الرقم الإضافي'];
const arabicPart = String.raw`(?:${digit}{1,5}[ \t])?(?:${arabicKinds.join('|')})[ \t](?:${arabicWords}(?:[ \t]${digit}{1,6})?|${digit}{1,6})`;
const arabicTown = String.raw`\p{Script=Arabic}+(?:[ \t]\p{Script=Arabic}+)?[ \t]${digit}{5}(?![\p{N}])`;
// A town without postcode closes the address only where its line or sentence ends (`، الجيزة.`).
const arabicLastTown = String.raw`\p{Script=Arabic}+(?:[ \t]\p{Script=Arabic}+)?(?=[ \t]*(?:$|\n|[.؛!؟]))`;
const arabicAddress = new RegExp(String.raw`(?<![\p{L}])${arabicPart}(?:[ \t]?[،,][ \t]?(?:${arabicPart}|${arabicTown}))*(?:[ \t]?[،,][ \t]?${arabicLastTown})?`, 'gu');

/** Korean, Chinese and Arabic-script address spans of `text` (an Arabic one needs a number or two parts). */
export function otherScriptAddresses(text: string): Finding[] {
  const found: Finding[] = [];
  for (const pattern of [koreanAddress, chineseAddress]) {
    for (const match of text.matchAll(pattern)) {
      const value = match[0].trimEnd();
      // Chinese: a bare region run (`上海市`) is a place, not an address: it needs a road number or two units and more.
      if (pattern === chineseAddress && !/号|室|栋|幢|单元|层/u.test(value)) continue;
      found.push({ start: match.index ?? 0, end: (match.index ?? 0) + value.length, type: 'ADDRESS' });
    }
  }
  for (const match of text.matchAll(arabicAddress)) {
    const value = match[0].trimEnd();
    const parts = value.split(/[،,]/u).length;
    if (parts < 2 && !new RegExp(digit, 'u').test(value)) continue;
    found.push({ start: match.index ?? 0, end: (match.index ?? 0) + value.length, type: 'ADDRESS' });
  }
  return found;
}
