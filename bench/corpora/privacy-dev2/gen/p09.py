from phelp import P
from pids import *
DOCS = []
DOCS.append(P('px-037','de','form', """
Antrag auf Kindergeld – Anlage Kind (Auszug)

Antragsteller/in:     Olena Kovalenko-Bauer, geb. 22.05.1986
Steuer-ID:            62904183560
Anschrift:            Hirschgartenallee 19, 80639 München
Telefon:              089 / 17 44 18-22

Kind:                 Mia Kovalenko-Bauer
Geburtsdatum:         geb. am 09.02.2019
Steuer-ID des Kindes: 29501847331

Kind:                 Noah Kovalenko-Bauer
Geburtsdatum:         geb. am 30.06.2021
Steuer-ID des Kindes: 441 082 957 31

Kindergeldnummer: 115FK441822 · Aktenzeichen 2026-KG-04418 · monatlich 255,00 €
""", [('person_name','Olena Kovalenko-Bauer'),('date_of_birth','22.05.1986'),('de_tax_id','62904183560'),('postal_address','Hirschgartenallee 19, 80639 München'),
      ('phone','089 / 17 44 18-22'),('person_name','Mia Kovalenko-Bauer'),('date_of_birth','09.02.2019'),('de_tax_id','29501847331'),('person_name','Noah Kovalenko-Bauer'),('date_of_birth','30.06.2021'),('de_tax_id','441 082 957 31')],
     [('customer_number','115FK441822'),('customer_number','2026-KG-04418'),('amount','255,00 €')]))

s1, s2 = '412-38-4417', '231-90-7762'
DOCS.append(P('px-038','en','form', f"""
W-9 / vendor onboarding — Meadowbrook Landscaping (sole proprietor)

Name (as shown on your income tax return): Santiago Morales Quintero
Business name/disregarded entity name: Meadowbrook Landscaping
Address: 7719 Sycamore Bend Dr
City, state, ZIP: Austin, TX 78749
Taxpayer Identification Number — Social security number: {s1}
Phone: 512-555-0148   Alt: (512) 555 0166
Spouse (joint account): Gabriela Quintero, SSN {s2.replace('-',' ')}

Office use: vendor no. V-004418, PO 4500441822, first invoice MB-2026-031 for $3,480.00
Part number for irrigation controller: 412-38-9000 (not an SSN)
""", [('person_name','Santiago Morales Quintero'),('postal_address','7719 Sycamore Bend Dr'),('postal_address','Austin, TX 78749'),('us_ssn',s1),
      ('phone','512-555-0148'),('phone','(512) 555 0166'),('person_name','Gabriela Quintero'),('us_ssn',s2.replace('-',' '))],
     [('company_name','Meadowbrook Landscaping'),('customer_number','V-004418'),('order_number','4500441822'),('invoice_number','MB-2026-031'),
      ('amount','$3,480.00'),('ssn_like_reference','412-38-9000')]))

p1, p2 = pesel('8106152233'), pesel('7702284118')
DOCS.append(P('px-039','pl','hr-letter', f"""
Kraków, 25.03.2026

Pani Małgorzata Wiśniewska-Dąbrowska
ul. Długa 44 m. 7
31-147 Kraków

Dotyczy: zgłoszenie do ubezpieczenia ZUS – nr pracownika 0418

Szanowna Pani,

potwierdzamy dane do zgłoszenia: PESEL {p1}, data urodzenia 15.06.1981, tel. +48 12 441 82 27,
kom. 604-118-227. Członek rodziny: Piotr Dąbrowski, PESEL {p2[:6]} {p2[6:]}.

Wynagrodzenie zasadnicze: 8 400,00 zł brutto. Umowa nr UP/2026/118.

Z poważaniem
Bartłomiej Szczepański
Kierownik Działu Kadr, Wawel-Soft Sp. z o.o.
""", [('person_name','Małgorzata Wiśniewska-Dąbrowska'),('postal_address','ul. Długa 44 m. 7'),('postal_address','31-147 Kraków'),('pl_pesel',p1),
      ('date_of_birth','15.06.1981'),('phone','+48 12 441 82 27'),('phone','604-118-227'),('person_name','Piotr Dąbrowski'),('pl_pesel',f"{p2[:6]} {p2[6:]}"),
      ('person_name','Bartłomiej Szczepański')],
     [('customer_number','0418'),('amount','8 400,00 zł'),('invoice_number','UP/2026/118'),('company_name','Wawel-Soft Sp. z o.o.'),('invoice_date','25.03.2026')]))
