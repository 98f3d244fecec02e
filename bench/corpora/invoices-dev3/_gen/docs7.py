from docs6 import *
# 024 PL faktura korygująca
nip=nip_PL(); ib=iban('PL','1140'+'2004'+digits(16))
before=calc([('Kabel YDYp 3x2,5 (m)',500,'4.10',23),('Puszka podtynkowa',200,'1.35',23)])
after=calc([('Kabel YDYp 3x2,5 (m)',420,'4.10',23),('Puszka podtynkowa',200,'1.35',23)])
dn=after['net']-before['net']; dt_=after['tax']-before['tax']; dtot=after['total']-before['total']
t=f"""                                FAKTURA KORYGUJĄCA nr KOR/0031/11/2026
                                Data wystawienia: 2026-11-20, Gdańsk
Dotyczy faktury: FV/1722/10/2026 z dnia 2026-10-28
Przyczyna korekty: zwrot towaru (80 m kabla) – protokół zwrotu PZ-118

Sprzedawca:                                      Nabywca:
ELEKTRO-BAŁTYK Tomasz Wiśniewski                  Instalbud Gdynia Sp. z o.o.
Hurtownia Elektryczna                             ul. Morska 411
ul. Elbląska 56, 80-724 Gdańsk                    81-002 Gdynia
NIP {nip}                                         NIP 586-221-77-40

                         PRZED KOREKTĄ                          PO KOREKCIE
Nazwa                    Ilość   Cena   Wartość netto           Ilość   Cena   Wartość netto
Kabel YDYp 3x2,5 (m)       500   4,10        {fr(before['lines'][0]['amt']):>8}             420   4,10        {fr(after['lines'][0]['amt']):>8}
Puszka podtynkowa          200   1,35          {fr(before['lines'][1]['amt']):>6}             200   1,35          {fr(after['lines'][1]['amt']):>6}

Razem przed korektą:   netto {fr(before['net'])}   VAT 23% {fr(before['tax'])}   brutto {fr(before['total'])}
Razem po korekcie:     netto {fr(after['net'])}   VAT 23% {fr(after['tax'])}   brutto {fr(after['total'])}
Różnica:               netto {fr(dn)}   VAT 23% {fr(dt_)}   brutto {fr(dtot)}

Kwota do zwrotu: {fr(-dtot)} PLN
Zwrot nastąpi na rachunek nabywcy w terminie 7 dni.  Nasz rachunek: {grp(ib)}
"""
add('d3-024','pl','PL','credit_note','faktura korygująca before/after, sole trader',t,invoiceNumber='KOR/0031/11/2026',issueDate='2026-11-20',currency='PLN',netAmount=dn,taxAmount=dt_,totalAmount=dtot,vendorName='ELEKTRO-BAŁTYK Tomasz Wiśniewski',iban=ib,vatId=nip)
# 031 UA рахунок-фактура
ipn=digits(12); ib=iban('UA','305299'+'0'*5+digits(14))
c=calc([('Послуги з технічного обслуговування котельні, листопад 2026',1,'18500.00',20),('Заміна циркуляційного насоса',1,'7240.00',20)])
t=f"""                                   РАХУНОК-ФАКТУРА № СФ-000214
                                      від 26 листопада 2026 р.

Постачальник:   ТОВ «ТЕПЛОСЕРВІС ПОДІЛЛЯ»
                Україна, 21001, м. Вінниця, вул. Келецька, 57
                Код ЄДРПОУ 41188274, ІПН {ipn}
                р/р {ib} в АТ КБ «ПриватБанк»
                тел. (0432) 55-18-20
Покупець:       ОСББ «Вишенька-17»
                м. Вінниця, просп. Космонавтів, 17
                Код ЄДРПОУ 40771255
Договір:        № 12/ТО від 01.01.2026

№   Найменування                                                  К-сть   Ціна без ПДВ     Сума без ПДВ
1   {c['lines'][0]['desc']:<58}  1   {fr(c['lines'][0]['unit']):>13}   {fr(c['lines'][0]['amt']):>13}
2   {c['lines'][1]['desc']:<58}  1   {fr(c['lines'][1]['unit']):>13}   {fr(c['lines'][1]['amt']):>13}

                                                                   Разом без ПДВ:   {fr(c['net']):>13}
                                                                   ПДВ 20%:         {fr(c['tax']):>13}
                                                                   Всього з ПДВ:    {fr(c['total']):>13}
Всього на суму: {fr(c['total'])} грн, у т.ч. ПДВ {fr(c['tax'])} грн.
Рахунок дійсний до оплати до 10.12.2026

Виписав(ла): ______________ бухгалтер Коваль О.М.
"""
add('d3-031','uk','UA','invoice','рахунок-фактура постачальник/покупець',t,invoiceNumber='СФ-000214',issueDate='2026-11-26',dueDate='2026-12-10',currency='UAH',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='ТОВ «ТЕПЛОСЕРВІС ПОДІЛЛЯ»',iban=ib,vatId=ipn)
# 034 SA Arabic tax invoice
vat='3'+digits(13)+'3'; ib=iban('SA','80'+digits(18))
c=calc([('توريد مكيفات سبليت 24000 وحدة',6,'2850.00',15),('تركيب وتشغيل',6,'350.00',15)])
t=f"""                                   فاتورة ضريبية
                                   Tax Invoice
شركة نسيم الخليج للتكييف والتبريد                          Naseem Al Khaleej Air Conditioning Co.
الرقم الضريبي: {vat}                                     VAT No.: {vat}
س.ت: 2050118842   الدمام - حي الفيصلية - طريق الملك فهد

رقم الفاتورة: INV-2026-7712                               Invoice No: INV-2026-7712
تاريخ الإصدار: 2026-11-15                                  Issue Date: 15/11/2026
العميل: مؤسسة الريان للمقاولات                             Customer: Al Rayyan Contracting Est.
الرقم الضريبي للعميل: 310998877600003                      Customer VAT: 310998877600003
رقم أمر الشراء: PO-RY-0915

الوصف                               الكمية     سعر الوحدة      المجموع
{c['lines'][0]['desc']:<34}{6:>6}{en(c['lines'][0]['unit']):>14}{en(c['lines'][0]['amt']):>14}
{c['lines'][1]['desc']:<34}{6:>6}{en(c['lines'][1]['unit']):>14}{en(c['lines'][1]['amt']):>14}

الإجمالي غير شامل الضريبة   Total excl. VAT         {en(c['net']):>12} SAR
ضريبة القيمة المضافة 15%     VAT 15%                 {en(c['tax']):>12} SAR
الإجمالي شامل الضريبة       Total incl. VAT         {en(c['total']):>12} SAR

الآيبان / IBAN: {ib}   مصرف الراجحي
"""
add('d3-034','ar','SA','invoice','ZATCA bilingual tax invoice',t,invoiceNumber='INV-2026-7712',issueDate='2026-11-15',currency='SAR',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='شركة نسيم الخليج للتكييف والتبريد',iban=ib,vatId=vat,orderNumber='PO-RY-0915')
# 035 AE hotel folio English
trn='100'+digits(12)
nights=3; rate=D('780.00'); room=rate*nights; svc=r2(room*D('0.10')); muni=r2(room*D('0.07')); fnb=D('245.00'); fsvc=r2(fnb*D('0.10')); fmuni=r2(fnb*D('0.07'))
taxable=room+svc+muni+fnb+fsvc+fmuni; vat5=r2(taxable*D('0.05')); tdf=D('60.00'); total=taxable+vat5+tdf
t=f"""                               CORNICHE PEARL HOTEL ABU DHABI
                     Operated by Pearl Coast Hospitality L.L.C.
                   Corniche Road West, P.O. Box 44871, Abu Dhabi, UAE
                              TAX INVOICE    TRN {trn}

Guest Name   : Mr. Daniel Okafor                      Folio No.     : 228147
Company      : Lagos Petro Services Ltd               Invoice No.   : ADH-TI-26-019344
Address      : 14 Adeola Odeku St, Victoria Island    Room No.      : 1207
               Lagos, Nigeria                         Arrival       : 09-Nov-26
Membership   : PC-GOLD-778812                         Departure     : 12-Nov-26
Company Ref  : LPS/TRV/2211                           Cashier       : ANJALI   Date: 12-Nov-26

Date       Description                                           Charges AED      Credits AED
09-Nov-26  Room Charge - Deluxe Sea View                              780.00
10-Nov-26  Room Charge - Deluxe Sea View                              780.00
11-Nov-26  Room Charge - Deluxe Sea View                              780.00
09-11-26   Service Charge 10% on Room                                  {en(svc)}
09-11-26   Municipality Fee 7% on Room                                 {en(muni)}
10-Nov-26  In-Room Dining                                             245.00
10-Nov-26  Service Charge 10% / Municipality Fee 7% F&B                {en(fsvc+fmuni)}
09-11-26   Tourism Dirham Fee (AED 20 x 3)                              60.00
12-Nov-26  VAT 5%                                                      {en(vat5)}
12-Nov-26  VISA xxxx-xxxx-xxxx-4410                                                      {en(total)}
                                                                  ---------        ---------
Total                                                                {en(total)}         {en(total)}
Balance Due                                                             0.00

Taxable amount AED {en(taxable)}   VAT AED {en(vat5)}   Non-taxable (Tourism Dirham) AED {en(tdf)}
"""
add('d3-035','en','AE','invoice','hotel folio tax invoice, operator LLC, fees',t,invoiceNumber='ADH-TI-26-019344',issueDate='2026-11-12',currency='AED',netAmount=None,taxAmount=vat5,totalAmount=total,vendorName='Pearl Coast Hospitality L.L.C.',vatId=trn)
# 036 IL חשבונית מס קבלה
osek=il_id(); ib=iban('IL','010'+'800'+digits(13))
c=calc([('פיתוח אתר תדמית - אבן דרך 2',1,'12500.00',18),('אחסון ודומיין לשנה',1,'900.00',18)])
t=f"""                                                         סטודיו גל-ים עיצוב ופיתוח בע"מ
                                                         רח' הרצל 88, חיפה 3303112
                                                         טל' 04-8612277
                                                         ח.פ. / עוסק מורשה {osek}

חשבונית מס / קבלה מס' 30412
מקור
תאריך: 19/11/2026
לכבוד: מרפאת שיניים ד"ר לוי ושות'                          ע.מ. לקוח: 514477881
מספר הזמנה: 2026-118

תיאור                                   כמות       מחיר        סה"כ
{c['lines'][0]['desc']:<38}{1:>5}{en(c['lines'][0]['unit']):>12}{en(c['lines'][0]['amt']):>12}
{c['lines'][1]['desc']:<38}{1:>5}{en(c['lines'][1]['unit']):>12}{en(c['lines'][1]['amt']):>12}

סה"כ לפני מע"מ                      ₪ {en(c['net'])}
מע"מ 18%                            ₪ {en(c['tax'])}
סה"כ לתשלום                         ₪ {en(c['total'])}

פרטי תשלום: העברה בנקאית  {en(c['total'])} ₪  19/11/2026
מספר הקצאה: 20261119447128
חשבון הבנק שלנו: IBAN {ib}
"""
add('d3-036','he','IL','invoice','חשבונית מס/קבלה (tax invoice-receipt), allocation number',t,invoiceNumber='30412',issueDate='2026-11-19',currency='ILS',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='סטודיו גל-ים עיצוב ופיתוח בע"מ',iban=ib,vatId=osek,orderNumber='2026-118')
