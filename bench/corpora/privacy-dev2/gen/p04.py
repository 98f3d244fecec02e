from phelp import P
from pids import *
DOCS = []
DOCS.append(P('px-015','en','email', """
From: Abdullah bin Khalid Al-Harbi <a.alharbi@gulfmail-example.sa>
To: Fatima Zahra El Idrissi <fz.elidrissi@atlas-trade-example.ma>
Subject: Shipment AWB 176-44182270 / PO 4500-2291

Dear Fatima Zahra,

The pallets left Jeddah today on air waybill 176-44182270. Your purchase order 4500-2291 is
complete except item SKU SA-DT-118 (200 cartons, SAR 18,400.00), which will follow next week.

For customs questions please call me directly on +966 50 418 2273 or my colleague
Mr. Yousef Al-Qahtani on 012 661 4418. From Morocco you can also reach our Casablanca agent,
Ahmed & Sons Transit SARL, whose reference for you is MA-0522-4418-90.

Best regards,
Abdullah
""", [('person_name','Abdullah bin Khalid Al-Harbi'),('email','a.alharbi@gulfmail-example.sa'),('person_name','Fatima Zahra El Idrissi'),
      ('email','fz.elidrissi@atlas-trade-example.ma'),('person_name','Fatima Zahra'),('phone','+966 50 418 2273'),('person_name','Yousef Al-Qahtani'),
      ('phone','012 661 4418'),('person_name','Abdullah')],
     [('tracking_number','176-44182270'),('order_number','4500-2291'),('product_code','SA-DT-118'),('amount','SAR 18,400.00'),
      ('company_name','Ahmed & Sons Transit SARL'),('phone_like_reference','MA-0522-4418-90')]))

a = aadhaar('63018247719')
DOCS.append(P('px-016','en','form', f"""
KYC UPDATE FORM – Sahyadri Co-operative Credit Society Ltd.
Member No.: SCC/PN/04418

1. Name of applicant:        Ms. Ananya Deshpande-Kulkarni
2. Father's / Spouse name:   Shri Rajesh Madhav Kulkarni
3. Date of Birth:            05-02-1994
4. PAN:                      BKDPD4418M
5. Aadhaar No.:              {a[:4]} {a[4:8]} {a[8:]}
6. Residential address:      Flat 12, Shantiniketan Society, Karve Road
                             Pune 411004
7. Mobile:                   +91-98220 41873
8. Landline (with STD):      (020) 2543 1188
9. Nominee PAN (father):     AFRPK2290Q

For office use: Loan a/c 2291-4418-0073 · Sanction amount Rs. 2,50,000.00 · Date 12/03/2026
GSTIN of society: 27AABAS4418K1Z2
""", [('person_name','Ananya Deshpande-Kulkarni'),('person_name','Rajesh Madhav Kulkarni'),('date_of_birth','05-02-1994'),('in_pan','BKDPD4418M'),
      ('in_aadhaar',f"{a[:4]} {a[4:8]} {a[8:]}"),('postal_address','Flat 12, Shantiniketan Society, Karve Road'),('postal_address','Pune 411004'),
      ('phone','+91-98220 41873'),('phone','(020) 2543 1188'),('in_pan','AFRPK2290Q')],
     [('company_name','Sahyadri Co-operative Credit Society Ltd.'),('customer_number','SCC/PN/04418'),('phone_like_reference','2291-4418-0073'),
      ('amount','Rs. 2,50,000.00'),('invoice_date','12/03/2026'),('vat_id','27AABAS4418K1Z2')]))

DOCS.append(P('px-017','it','medical', f"""
AZIENDA SANITARIA – Ambulatorio di Cardiologia, Ospedale San Giorgio

Paziente: ROSSI GIOVANNA
Codice fiscale: {cf('RSSGNN82A41F205')}
Nata il: 01/01/1982 a Milano
Residenza: Via Padova 118, 20127 Milano
Tel.: 347 418 2290 – ab. 02 2614 4188
Tessera sanitaria n. 80380000500418822101
Medico curante: dott. Luca Contini

Impegnativa n. 0304A 4418822 – Prestazione: ECG + visita (cod. 89.52)
Ticket pagato: € 36,15 – ricevuta RIC-2026-00418 del 12/03/2026
""", [('person_name','ROSSI GIOVANNA'),('it_codice_fiscale',cf('RSSGNN82A41F205')),('date_of_birth','01/01/1982'),
      ('postal_address','Via Padova 118, 20127 Milano'),('phone','347 418 2290'),('phone','02 2614 4188'),
      ('health_insurance_number','80380000500418822101'),('person_name','Luca Contini')],
     [('customer_number','0304A 4418822'),('product_code','89.52'),('amount','€ 36,15'),('invoice_number','RIC-2026-00418'),('invoice_date','12/03/2026')]))

pn = pnr('900314224')
DOCS.append(P('px-018','sv','hr-letter', f"""
Anställningsavtal – bilaga lönekontor                         Göteborg 2026-03-13

Namn:             Elin Lindqvist Åberg
Personnummer:     19{pn[:6]}-{pn[6:]}
Adress:           Övre Husargatan 27 lgh 1102
                  413 14 Göteborg
Mobil:            070-418 22 91
Närmaste anhörig: Johan Åberg, tel. 0046 73 441 82 20

Månadslön 38 400 kr från 2026-04-01. Anställningsnummer 10418.
Kostnadsställe 4418-22 (ekonomi), ej personuppgift.
""", [('person_name','Elin Lindqvist Åberg'),('se_personnummer',f"19{pn[:6]}-{pn[6:]}"),('postal_address','Övre Husargatan 27 lgh 1102'),
      ('postal_address','413 14 Göteborg'),('phone','070-418 22 91'),('person_name','Johan Åberg'),('phone','0046 73 441 82 20')],
     [('amount','38 400 kr'),('invoice_date','2026-04-01'),('customer_number','10418'),('product_code','4418-22')]))

nir = fr_nir('2910175056044')
DOCS.append(P('px-019','fr','medical', f"""
FEUILLE DE SOINS – Cabinet de kinésithérapie Duval & Mbappé-Lefort

Assurée : Mme Clémence Mbaye-Rousseau
N° de sécurité sociale : {nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}
Née le 14 janvier 1991 à Paris (75)
Adresse : 23 rue de la Roquette, 75011 Paris
Tél. : 06.41.82.27.19

Séances du 02/03/2026 au 13/03/2026 : 8 x AMK 8 à 16,13 € = 129,04 €
N° de facture : KIN-2026-0418    Prescripteur : Dr Hamid Benali
""", [('person_name','Clémence Mbaye-Rousseau'),('fr_nir',f"{nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}"),
      ('date_of_birth','14 janvier 1991'),('postal_address','23 rue de la Roquette, 75011 Paris'),('phone','06.41.82.27.19'),('person_name','Hamid Benali')],
     [('company_name','Cabinet de kinésithérapie Duval & Mbappé-Lefort'),('amount','129,04 €'),('invoice_number','KIN-2026-0418'),('invoice_date','02/03/2026'),
      ('product_code','AMK 8')]))
