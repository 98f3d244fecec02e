from phelp import P
from pids import *
DOCS = []
DOCS.append(P('px-061','fr','form', """
FORMULAIRE DE RÉSILIATION – Box Internet FibraNet

Nom : DIALLO                 Prénom(s) : Mamadou Lamine
Date de naissance : 03/07/1984
N° de carte nationale d'identité : 180475118042
N° de sécurité sociale (pour le tarif social) : 1 84 07 93 066 118 - 67
Adresse : Résidence Les Acacias, bât. C, 12 avenue Jean-Jaurès
          93200 Saint-Denis
Tél. fixe : 01 48 20 44 18     Portable : 06 12 44 18 27
Courriel : mamadou.diallo@courriel-exemple.fr

N° client : FN-0044182   Contrat : 7730-4418-22   Dernière facture : FA2603-118 du 05/03/2026 (29,99 €)
Modem à retourner : réf. produit FN-BOX-6 (firmware 6.2.18.4)
""", [('person_name','DIALLO'),('person_name','Mamadou Lamine'),('date_of_birth','03/07/1984'),('id_card_number','180475118042'),('fr_nir','1 84 07 93 066 118 - 67'),
      ('postal_address','Résidence Les Acacias, bât. C, 12 avenue Jean-Jaurès'),('postal_address','93200 Saint-Denis'),('phone','01 48 20 44 18'),
      ('phone','06 12 44 18 27'),('email','mamadou.diallo@courriel-exemple.fr')],
     [('company_name','FibraNet'),('customer_number','FN-0044182'),('phone_like_reference','7730-4418-22'),('invoice_number','FA2603-118'),('invoice_date','05/03/2026'),
      ('amount','29,99 €'),('product_code','FN-BOX-6'),('version_number','6.2.18.4')]))

DOCS.append(P('px-062','en','medical', f"""
APOLLO SPECIALITY CLINIC, PUNE – DISCHARGE SUMMARY (extract)
Patient: Mrs. Farzana Begum Shaikh       UHID: APC-0044182       Age/Sex: 41/F
DOB: 19-Jan-1985
Address: B-14, Noor Apartments, Kondhwa Khurd, Pune 411048
Contact: 9822 041 827 · attendant (son) Imran Shaikh 7020-441-822
Aadhaar: {aadhaar('91824470365')}     Driving Licence: MH12 20110004418
Bill No.: APC/IP/25-26/04418     Amount: Rs. 84,180.00     Insurer TPA claim: CL-7730-4418
""", [('person_name','Farzana Begum Shaikh'),('date_of_birth','19-Jan-1985'),('postal_address','B-14, Noor Apartments, Kondhwa Khurd, Pune 411048'),
      ('phone','9822 041 827'),('person_name','Imran Shaikh'),('phone','7020-441-822'),('in_aadhaar',aadhaar('91824470365')),('driving_licence_number','MH12 20110004418')],
     [('customer_number','APC-0044182'),('invoice_number','APC/IP/25-26/04418'),('amount','Rs. 84,180.00'),('phone_like_reference','CL-7730-4418')]))

DOCS.append(P('px-063','es','medical', f"""
SERVICIO MADRILEÑO DE SALUD – Centro de Salud Lavapiés
Justificante de cita

Paciente: Yolanda Okonkwo Ramírez
NIE: Y{dni('14418227')[1:]}
Tarjeta sanitaria (CIPA): 4418227301
Fecha de nacimiento: 28/02/1992
Domicilio: C/ del Ave María, 41, 2º izq., 28012 Madrid
Teléfono: +34 611 44 18 27
Cita: 02/04/2026 10:40, Dra. Carmen Villalobos Ruiz, consulta 14
Código de cita: CS-7730-0418
""", [('person_name','Yolanda Okonkwo Ramírez'),('es_dni',f"Y{dni('14418227')[1:]}"),('health_insurance_number','4418227301'),('date_of_birth','28/02/1992'),
      ('postal_address','C/ del Ave María, 41, 2º izq., 28012 Madrid'),('phone','+34 611 44 18 27'),('person_name','Carmen Villalobos Ruiz')],
     [('invoice_date','02/04/2026'),('phone_like_reference','CS-7730-0418')]))

DOCS.append(P('px-064','en','chat', """
Live chat transcript – QuickRide support, conversation 2026-04-01-44182
[08:01] visitor: hey its darnell washington, driver charged me twice
[08:01] QuickRide (Kayla): Hi Darnell! Sorry about that. Can you share the trip ID?
[08:02] visitor: QR-7730-4418. paid $24.18 two times on 3/31
[08:03] QuickRide (Kayla): Found it. Refund of $24.18 issued, 3-5 business days. Best number to reach you?
[08:03] visitor: 313 555 0148 or my work line 1 (313) 555-0190 x 4418
[08:04] QuickRide (Kayla): Got it. Anything else, Darnell?
[08:04] visitor: nah thanks kayla
""", [('person_name','darnell washington'),('person_name','Darnell'),('person_name','Kayla'),('person_name','kayla'),('phone','313 555 0148'),
      ('phone','1 (313) 555-0190 x 4418')],
     [('customer_number','2026-04-01-44182'),('order_number','QR-7730-4418'),('amount','$24.18'),('invoice_date','3/31'),('company_name','QuickRide')]))

DOCS.append(P('px-065','pl','email', """
Od: Marek Zieliński-Kowal <marek.zk@poczta-przyklad.pl>
Do: Joanna Lewandowska <j.lewandowska@biuro-rachunkowe-przyklad.pl>
Temat: Faktura FV/2026/03/0418 – korekta danych

Szanowna Pani Joanno,

proszę o korektę faktury FV/2026/03/0418 z dnia 31.03.2026 (kwota 3 690,00 zł brutto):
mój adres to ul. Piotrkowska 118 m. 22, 90-006 Łódź, a nie stary adres.
Proszę dzwonić na 0048 42 630 44 18 albo komórkę 512-441-822.

Pozdrawiam serdecznie
Marek

> W dniu 31.03.2026 Joanna Lewandowska napisała:
> Szanowny Panie Marku, w załączeniu faktura. Pozdrawiam, Joanna
""", [('person_name','Marek Zieliński-Kowal'),('email','marek.zk@poczta-przyklad.pl'),('person_name','Joanna Lewandowska'),('email','j.lewandowska@biuro-rachunkowe-przyklad.pl'),
      ('person_name','Joanno'),('postal_address','ul. Piotrkowska 118 m. 22, 90-006 Łódź'),('phone','0048 42 630 44 18'),('phone','512-441-822'),('person_name','Marek'),
      ('person_name','Marku'),('person_name','Joanna')],
     [('invoice_number','FV/2026/03/0418'),('invoice_date','31.03.2026'),('amount','3 690,00 zł')]))

DOCS.append(P('px-066','en','email', """
From: Mohamed Abdel-Rahman El-Sayed <m.elsayed@nilemail-example.eg>
To: Olga Petrenko <o.petrenko@blackseafreight-example.ua>
Subject: Container MSKU 441822-7 – BL 770418822

Dear Olga,

Container MSKU 441822-7 under B/L 770418822 arrived at Port Said East. Demurrage invoice DM-2026-118
for USD 1,840.00 needs to be settled before release. Please call me on +20 100 441 8227
or the landline 03 4418227 (Alexandria).

Best regards,
Eng. Mohamed El-Sayed
Operations, Delta Maritime Agencies S.A.E.
""", [('person_name','Mohamed Abdel-Rahman El-Sayed'),('email','m.elsayed@nilemail-example.eg'),('person_name','Olga Petrenko'),('email','o.petrenko@blackseafreight-example.ua'),
      ('person_name','Olga'),('phone','+20 100 441 8227'),('phone','03 4418227'),('person_name','Mohamed El-Sayed')],
     [('tracking_number','MSKU 441822-7'),('tracking_number','770418822'),('invoice_number','DM-2026-118'),('amount','USD 1,840.00'),
      ('company_name','Delta Maritime Agencies S.A.E.')]))
