from phelp import P
from pids import *
DOCS = []
pn1 = pnr('851102337'); pn2 = pnr('790925449')
DOCS.append(P('px-046','sv','form', f"""
Ansökan om bostadsparkering – Stockholms stad, Trafikkontoret

Sökande:         Mohammed Yusuf Haddad
Personnummer:    19{pn1[:6]}-{pn1[6:]}
Folkbokföringsadress: Sankt Eriksgatan 118, 4 tr
                 113 43 Stockholm
Telefon:         08-441 822 70
Mobil:           +46 (0)73-418 22 71
Medsökande:      Sara Haddad Lind, pnr {pn2}

Fordon: leasat via Nordic Fleet Leasing AB, avtal NFL-2026-7730
Avgift: 1 100 kr/mån, första faktura 2026-04-01, OCR 44182270118
""", [('person_name','Mohammed Yusuf Haddad'),('se_personnummer',f"19{pn1[:6]}-{pn1[6:]}"),('postal_address','Sankt Eriksgatan 118, 4 tr'),('postal_address','113 43 Stockholm'),
      ('phone','08-441 822 70'),('phone','+46 (0)73-418 22 71'),('person_name','Sara Haddad Lind'),('se_personnummer',pn2)],
     [('company_name','Nordic Fleet Leasing AB'),('customer_number','NFL-2026-7730'),('amount','1 100 kr/mån'),('invoice_date','2026-04-01'),('phone_like_reference','44182270118')]))

DOCS.append(P('px-047','ko','email', """
보낸 사람: 김민준 <minjun.kim@mail-sample.kr>
받는 사람: 박서연 대리 <seoyeon.park@hanbit-example.co.kr>
제목: 주문번호 HB-20260327-0418 배송지 변경

박서연 대리님 안녕하세요,

세금계산서(승인번호 20260327-41000012-7k3b8d5f, 금액 1,848,000원) 잘 받았습니다.
배송지를 서울특별시 마포구 독막로 118, 302호로 변경 부탁드립니다.
연락처는 010-4418-2271 이고, 사무실은 02-3142-5507 (내선 204) 입니다.

감사합니다.
김민준 드림
""", [('person_name','김민준'),('email','minjun.kim@mail-sample.kr'),('person_name','박서연'),('email','seoyeon.park@hanbit-example.co.kr'),
      ('postal_address','서울특별시 마포구 독막로 118, 302호'),('phone','010-4418-2271'),('phone','02-3142-5507 (내선 204)')],
     [('order_number','HB-20260327-0418'),('invoice_number','20260327-41000012-7k3b8d5f'),('amount','1,848,000원')]))

DOCS.append(P('px-048','en','email', """
From: Hiroshi Tanaka <h.tanaka@kaigai-trading-example.jp>
To: Emily Watson <emily.watson@northfield-example.co.uk>
Subject: PO 7730-118 / proforma PI-2026-0418

Dear Emily,

Thank you for PO 7730-118. Please find proforma PI-2026-0418 for JPY 2,418,000 attached.
For urgent matters you can call me on +81 3-5466-1182 (office) or +81 90 4418 2271 (mobile);
from within Japan the mobile is 090-4418-2271.

My colleague Ms. Sato Yuki (family name Sato) will handle shipping; her direct line is 03-5466-1190.

Best regards,
TANAKA Hiroshi
Kaigai Trading Co., Ltd.
""", [('person_name','Hiroshi Tanaka'),('email','h.tanaka@kaigai-trading-example.jp'),('person_name','Emily Watson'),('email','emily.watson@northfield-example.co.uk'),
      ('person_name','Emily'),('phone','+81 3-5466-1182'),('phone','+81 90 4418 2271'),('phone','090-4418-2271'),('person_name','Sato Yuki'),('person_name','Sato'),
      ('phone','03-5466-1190'),('person_name','TANAKA Hiroshi')],
     [('order_number','7730-118'),('invoice_number','PI-2026-0418'),('amount','JPY 2,418,000'),('company_name','Kaigai Trading Co., Ltd.')]))

DOCS.append(P('px-049','en','chat', """
SMS thread exported from FieldServ app – job JB-2026-44182
[26/03/26 09:12] +91 99860 41822: hello sir this is ramesh kumar, AC not cooling after service
[26/03/26 09:15] Technician (Arjun Nair): Hi Ramesh ji, I will come by 11. Address is flat 302, Lotus Residency, HSR Layout sector 2, Bengaluru 560102?
[26/03/26 09:16] +91 99860 41822: yes. if i am not there call my wife sunita on 080 4148 2270
[26/03/26 11:40] Technician (Arjun Nair): Gas top-up done, invoice FS/0418 for ₹2,360.00. Warranty code WC-1184-4418-22.
[26/03/26 11:41] +91 99860 41822: paid on gpay, thanks arjun
""", [('phone','+91 99860 41822'),('person_name','ramesh kumar'),('person_name','Arjun Nair'),('person_name','Ramesh'),
      ('postal_address','flat 302, Lotus Residency, HSR Layout sector 2, Bengaluru 560102'),('person_name','sunita'),('phone','080 4148 2270'),('person_name','arjun')],
     [('customer_number','JB-2026-44182'),('invoice_number','FS/0418'),('amount','₹2,360.00'),('product_code','WC-1184-4418-22')]))

DOCS.append(P('px-050','de','invoice', """
Solartechnik Brandenburg GmbH                                   RECHNUNG
Cottbus · USt-IdNr. DE281746304

Herrn
Ulrich Hoffmann-Kazmierczak
Dorfstraße 27
03096 Burg (Spreewald)
Tel. 035603 / 41 82 27 · mobil +49 171 4418227

Rechnungsnummer: SB-2026-0418        Rechnungsdatum: 27.03.2026
Kundennummer:    K-44182              Lieferdatum:    20.03.2026
Auftrag:         AB-7730              DHL-Sendung:    00340434161094042557

Pos  Artikel-Nr.    Bezeichnung                          Menge     Betrag
1    WR-10K-H       Hybrid-Wechselrichter 10 kW             1    3.290,00 €
2    SP-5.1         Speichermodul 5,1 kWh                   2    4.980,00 €
                                     Summe (0 % USt., § 12 Abs. 3 UStG)  8.270,00 €
Zahlbar bis 10.04.2026.
""", [('person_name','Ulrich Hoffmann-Kazmierczak'),('postal_address','Dorfstraße 27'),('postal_address','03096 Burg (Spreewald)'),
      ('phone','035603 / 41 82 27'),('phone','+49 171 4418227')],
     [('company_name','Solartechnik Brandenburg GmbH'),('vat_id','DE281746304'),('invoice_number','SB-2026-0418'),('invoice_date','27.03.2026'),
      ('customer_number','K-44182'),('invoice_date','20.03.2026'),('order_number','AB-7730'),('tracking_number','00340434161094042557'),
      ('product_code','WR-10K-H'),('product_code','SP-5.1'),('amount','8.270,00 €'),('invoice_date','10.04.2026')]))

DOCS.append(P('px-051','es','chat', """
Chat WhatsApp – "Pedidos Panadería La Espiga"
[27/3/26, 7:02] Mari Carmen Ortega Vidal: buenos días, para mañana 40 barras y 20 integrales, pedido habitual PED-0418
[27/3/26, 7:05] La Espiga: Hola Mari Carmen! apuntado. Total 58,40 €
[27/3/26, 7:06] Mari Carmen Ortega Vidal: si no estoy, llamad a mi hijo Iker al 688 41 82 27
[27/3/26, 7:06] Mari Carmen Ortega Vidal: o al bar: 948 22 41 18
[27/3/26, 7:10] La Espiga: perfecto. factura F-2026-0311 enviada por email
""", [('person_name','Mari Carmen Ortega Vidal'),('person_name','Mari Carmen'),('person_name','Iker'),('phone','688 41 82 27'),('phone','948 22 41 18')],
     [('company_name','Panadería La Espiga'),('order_number','PED-0418'),('amount','58,40 €'),('invoice_number','F-2026-0311')]))
