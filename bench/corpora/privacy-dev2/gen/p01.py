from phelp import P
from pids import *
DOCS = []
DOCS.append(P('px-001','en','email', """
From: "Nguyễn Thị Thu Trang" <trang.nguyen@lotusdesk-mail.com>
To: "Chinedu Okafor" <c.okafor@harbourline-supplies.co.uk>
Date: Tue, 3 Mar 2026 09:14:22 +0000
Subject: Re: Invoice INV-2026-0311 / order ORD-448812

Dear Mr. Okafor,

thank you for the quick reply. I checked invoice INV-2026-0311 dated 24 February 2026 against
our order ORD-448812 and the total of £1,249.00 is correct, but the delivery address is wrong.
Please send the replacement to:

Flat 4, 19 Caledonian Road
London N1 9DX

If the courier needs to call, my mobile is 07700 900 482; office +44 (0)20 7946 0718 ext. 214.
The tracking number on the first parcel was 1Z 4F7 221 68 0418 8831.

Kind regards,
Trang

Nguyễn Thị Thu Trang
Procurement Assistant, Lotus Desk Ltd
""", [('person_name','Nguyễn Thị Thu Trang'),('person_name','Chinedu Okafor'),('email','c.okafor@harbourline-supplies.co.uk'),('email','trang.nguyen@lotusdesk-mail.com'),('person_name','Okafor'),
      ('postal_address','Flat 4, 19 Caledonian Road'),('postal_address','London N1 9DX'),('phone','07700 900 482'),
      ('phone','+44 (0)20 7946 0718 ext. 214'),('person_name','Trang')],
     [('invoice_number','INV-2026-0311'),('order_number','ORD-448812'),('invoice_date','24 February 2026'),('amount','£1,249.00'),
      ('tracking_number','1Z 4F7 221 68 0418 8831'),('company_name','Lotus Desk Ltd')]))

DOCS.append(P('px-002','de','email', """
Von: Pieter van der Heijden <p.vanderheijden@kpnmail.nl>
An: Sabine Schäfer-Yıldız <s.schaefer-yildiz@moebel-krause.de>
Betreff: Reklamation Auftrag 2026-AU-77120

Sehr geehrte Frau Schäfer-Yıldız,

leider ist der Esstisch (Artikel-Nr. 4006381-333931) mit einem Kratzer angekommen. Ihre Rechnung
RE-88104 vom 12.02.2026 über 1.489,00 € habe ich bereits bezahlt. Ich bitte um Austausch.

Sie erreichen mich tagsüber unter 0031 6 4182 7730 oder in Deutschland unter
0176 / 41 82 77 30. Lieferadresse bleibt: Grenzweg 7, 47559 Kranenburg.

Met vriendelijke groet / Mit freundlichen Grüßen
Pieter van der Heijden
""", [('person_name','Pieter van der Heijden'),('email','p.vanderheijden@kpnmail.nl'),('person_name','Schäfer-Yıldız'),('person_name','Sabine Schäfer-Yıldız'),('email','s.schaefer-yildiz@moebel-krause.de'),
      ('phone','0031 6 4182 7730'),('phone','0176 / 41 82 77 30'),('postal_address','Grenzweg 7, 47559 Kranenburg')],
     [('order_number','2026-AU-77120'),('product_code','4006381-333931'),('invoice_number','RE-88104'),('invoice_date','12.02.2026'),
      ('amount','1.489,00 €')]))

DOCS.append(P('px-003','en','chat', """
[10:02] support-bot: Welcome to FreshCrate chat! Please share your order number.
[10:02] customer: hi its wanjiru, order FC-2026-118204
[10:03] agent_mehmet: Hi Wanjiru, thanks. I can see the box was marked delivered at 08:41.
[10:03] customer: never got it. im at 44 ngong road, apt 3b, nairobi. call me on 0722 418 339 if the rider is lost
[10:04] agent_mehmet: Understood. The rider's reference is RD-0722-418 (that's our dispatch code, not a phone).
[10:05] customer: ok. also my husband otieno might pick up, his number is +254 733 902 117
[10:05] agent_mehmet: Noted. I've issued a credit of KES 2,340.00 to your wallet.
[10:06] customer: thanks mehmet
""", [('person_name','wanjiru'),('person_name','Wanjiru'),('postal_address','44 ngong road, apt 3b, nairobi'),('phone','0722 418 339'),
      ('person_name','otieno'),('phone','+254 733 902 117'),('person_name','mehmet')],
     [('order_number','FC-2026-118204'),('phone_like_reference','RD-0722-418'),('amount','KES 2,340.00')]))

ssn = '524-71-3386'
DOCS.append(P('px-004','en','hr-letter', f"""
BRIGHTLINE LOGISTICS, INC.
Human Resources

March 9, 2026

Ms. María José García-Pelayo Ruiz
2718 N. Kedzie Ave, Apt 2R
Chicago, IL 60647

Re: Offer of employment – Requisition REQ-2026-0418

Dear Ms. García-Pelayo Ruiz,

We are pleased to confirm your start date of April 1, 2026 as Dispatch Coordinator at an annual
salary of $58,500.00. Please bring the completed I-9 and W-4 forms. For payroll we have recorded:

  Employee ID:        E-104418
  SSN:                {ssn}
  Date of birth:      07/22/1991
  Phone:              (773) 555-0148
  Emergency contact:  Jorge García Ruiz, 773.555.0172

Note: the part number 078-05-1120 on the safety-boot order form is a catalogue code of our
supplier Redwing Workwear Co., not a personal number.

Sincerely,

Dana Whitfield-Osei
HR Business Partner | d.whitfield-osei@brightline-logistics.com | 312-555-0190 x231
""", [('person_name','María José García-Pelayo Ruiz'),('person_name','García-Pelayo Ruiz'),('postal_address','2718 N. Kedzie Ave, Apt 2R'),
      ('postal_address','Chicago, IL 60647'),('us_ssn',ssn),('date_of_birth','07/22/1991'),('phone','(773) 555-0148'),
      ('person_name','Jorge García Ruiz'),('phone','773.555.0172'),('person_name','Dana Whitfield-Osei'),
      ('email','d.whitfield-osei@brightline-logistics.com'),('phone','312-555-0190 x231')],
     [('company_name','BRIGHTLINE LOGISTICS, INC.'),('amount','$58,500.00'),('ssn_like_reference','078-05-1120'),('company_name','Redwing Workwear Co.'),
      ('invoice_date','April 1, 2026'),('customer_number','REQ-2026-0418')]))

b = bsn('23451782')
DOCS.append(P('px-005','nl','form', f"""
AANMELDFORMULIER HUISARTSENPRAKTIJK DE LINDE

Achternaam:            de Vries-Bakker
Voornamen:             Anouk Maria
Roepnaam:              Anouk
Geboortedatum:         14-06-1988
BSN:                   {b[:4]}.{b[4:6]}.{b[6:]}
Adres:                 Tolstraat 112-III
Postcode/woonplaats:   1074 VK Amsterdam
Telefoon:              06-41 88 27 03
Telefoon werk:         +31 (0)20 555 0192, toestel 318
Zorgverzekeraar:       Zilveren Kruis, polisnummer 118204471
Vorige huisarts:       dr. R. van 't Hof, Haarlem

Ruimte voor de praktijk:  patiëntnummer 2026-0418   aanmelding 03-03-2026
Factuur eigen bijdrage: F26-0031, € 0,00
""", [('person_name','de Vries-Bakker'),('person_name','Anouk Maria'),('person_name','Anouk'),('date_of_birth','14-06-1988'),
      ('nl_bsn',f"{b[:4]}.{b[4:6]}.{b[6:]}"),('postal_address','Tolstraat 112-III'),('postal_address','1074 VK Amsterdam'),
      ('phone','06-41 88 27 03'),('phone','+31 (0)20 555 0192, toestel 318'),('health_insurance_number','118204471'),
      ('person_name',"R. van 't Hof")],
     [('company_name','Zilveren Kruis'),('customer_number','2026-0418'),('invoice_date','03-03-2026'),('invoice_number','F26-0031'),('amount','€ 0,00')]))
