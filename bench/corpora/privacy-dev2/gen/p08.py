from phelp import P
from pids import *
DOCS = []
DOCS.append(P('px-033','en','medical', """
RIVERSIDE FAMILY CLINIC – PATIENT INTAKE
Patient name: Adaeze Nwosu-Bello          DOB: 1979-12-04          MRN: 00441822
Address: 1520 Peachtree St NE, Apt 908, Atlanta, GA 30309
Home: 404-555-0163      Cell: +1 678 555 0129
Insurance: Peach State Health Plan, Member ID PSH418822703, Group 77-4418
SSN (last 4 only): ***-**-2291
Driver's license: GA 058441822
Emergency contact: Ikenna Bello (husband) 404.555.0171
Visit: 03/23/2026, copay $35.00, claim CLM-2026-004418
""", [('person_name','Adaeze Nwosu-Bello'),('date_of_birth','1979-12-04'),('postal_address','1520 Peachtree St NE, Apt 908, Atlanta, GA 30309'),
      ('phone','404-555-0163'),('phone','+1 678 555 0129'),('health_insurance_number','PSH418822703'),('driving_licence_number','058441822'),
      ('person_name','Ikenna Bello'),('phone','404.555.0171')],
     [('customer_number','00441822'),('company_name','Peach State Health Plan'),('customer_number','77-4418'),('invoice_date','03/23/2026'),('amount','$35.00'),
      ('invoice_number','CLM-2026-004418')]))

DOCS.append(P('px-034','sv','chat', """
Kundtjänstchatt – Elnät Norr AB, ärende 2026-118204
14:02 Kund: hej! det är lars-erik från kiruna, strömmen har gått igen
14:02 Agent Sofia: Hej Lars-Erik! Vilken anläggning gäller det? Anläggnings-ID står på fakturan.
14:03 Kund: 735999100004418227, faktura 44182270 på 1 284 kr
14:04 Agent Sofia: Tack. Vi har ett fel i nätstation NS-4418. Ska vi sms:a när det är klart?
14:04 Kund: ja, 070-441 82 27. eller ring min fru ingrid på 0980-118 44
14:05 Agent Sofia: Noterat. Hälsningar Sofia
""", [('person_name','lars-erik'),('person_name','Lars-Erik'),('phone','070-441 82 27'),('person_name','ingrid'),('phone','0980-118 44'),('person_name','Sofia')],
     [('company_name','Elnät Norr AB'),('customer_number','2026-118204'),('customer_number','735999100004418227'),('invoice_number','44182270'),
      ('amount','1 284 kr'),('product_code','NS-4418')]))

DOCS.append(P('px-035','ar','email', """
من: خالد بن سعيد العتيبي <khalid.otaibi@bareed-mithal.sa>
إلى: نورة عبدالرحمن القحطاني <noura.q@example-trading.sa>
الموضوع: فاتورة رقم INV-2026-0418

الأستاذة نورة،

أرجو تحديث عنوان الشحن للطلب رقم PO-77120 إلى: حي الملقا، شارع أنس بن مالك، مبنى 18، الرياض 13521.
قيمة الفاتورة 12,650.00 ريال بتاريخ 2026/03/24.
للتواصل: جوال 0504182271 أو +966 11 441 8227.

مع التحية،
خالد العتيبي
""", [('person_name','خالد بن سعيد العتيبي'),('email','khalid.otaibi@bareed-mithal.sa'),('person_name','نورة عبدالرحمن القحطاني'),('email','noura.q@example-trading.sa'),
      ('person_name','نورة'),('postal_address','حي الملقا، شارع أنس بن مالك، مبنى 18، الرياض 13521'),('phone','0504182271'),('phone','+966 11 441 8227'),
      ('person_name','خالد العتيبي')],
     [('invoice_number','INV-2026-0418'),('order_number','PO-77120'),('amount','12,650.00 ريال'),('invoice_date','2026/03/24')]))

DOCS.append(P('px-036','en','email', """
From: Tunde Bakare <tunde.bakare@naija-mail-example.com>
To: Folasade Ogunleye <fola.ogunleye@lekki-properties-example.ng>
Subject: Rent receipt – Unit 4B

Hi Fola,

Transfer of ₦1,800,000.00 for the annual rent on Unit 4B, 12 Admiralty Way, Lekki Phase 1, Lagos
went through today (bank ref. 000014260324184418). Please send the receipt for invoice LPR/2026/118.
My new number is 0803 441 8227 (old one, 0705 118 2290, no longer in use).

Regards,
Tunde
""", [('person_name','Tunde Bakare'),('email','tunde.bakare@naija-mail-example.com'),('person_name','Folasade Ogunleye'),('email','fola.ogunleye@lekki-properties-example.ng'),
      ('person_name','Fola'),('postal_address','Unit 4B, 12 Admiralty Way, Lekki Phase 1, Lagos'),('phone','0803 441 8227'),('phone','0705 118 2290'),('person_name','Tunde')],
     [('amount','₦1,800,000.00'),('tracking_number','000014260324184418'),('invoice_number','LPR/2026/118')]))
