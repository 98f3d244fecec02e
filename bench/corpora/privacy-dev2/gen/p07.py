from phelp import P
from pids import *
DOCS = []
c1 = card('455673012234418')
DOCS.append(P('px-030','en','ticket', f"""
[Fraud review] Case FR-2026-04418 — opened 2026-03-22 11:04 UTC

Customer: Li Xiaoming (account holder), contact lxm.li@fastmail-example.com, +1 (604) 555-0187
Card on file: {c1[:4]} {c1[4:8]} {c1[8:12]} {c1[12:]} (Visa), exp 09/28
Disputed transaction: TXN 7730-4418-2291-0042, CAD 1,249.99, merchant "Pacific Audio Ltd", 2026-03-20

Login history:
  2026-03-19 22:41  IP 24.86.118.207      Vancouver, CA   Chrome 122.0.6261.94
  2026-03-20 03:12  IP 2001:db8:4418::a1  unknown         app build 5.18.2.1
  2026-03-20 03:15  IP 185.220.101.44     Frankfurt, DE   app build 5.18.2.1

Note from analyst Gurpreet Singh Dhillon: customer confirms he was asleep at 03:12 PT.
""", [('person_name','Li Xiaoming'),('email','lxm.li@fastmail-example.com'),('phone','+1 (604) 555-0187'),
      ('payment_card',f"{c1[:4]} {c1[4:8]} {c1[8:12]} {c1[12:]}"),('ip_address','24.86.118.207'),('ip_address','2001:db8:4418::a1'),
      ('ip_address','185.220.101.44'),('person_name','Gurpreet Singh Dhillon')],
     [('customer_number','FR-2026-04418'),('phone_like_reference','7730-4418-2291-0042'),('amount','CAD 1,249.99'),('company_name','Pacific Audio Ltd'),
      ('invoice_date','2026-03-20'),('version_number','122.0.6261.94'),('version_number','5.18.2.1')]))

c2 = card('522018443390127')
ib = iban('DE','370502991418822703')
DOCS.append(P('px-031','de','email', f"""
Von: Katarzyna Nowak-Schmitt <k.nowak-schmitt@gmx-beispiel.de>
An: Buchhaltung Hotel Rheinblick – Frau Dörte Janßen <d.janssen@hotel-rheinblick-beispiel.de>
Betreff: Rechnung 2026-HR-0418 – Zahlung

Liebe Frau Janßen,

die Rechnung 2026-HR-0418 über 1.186,40 € (Aufenthalt 14.–18.03.2026) möchte ich per
Kreditkarte begleichen: Mastercard {c2}, gültig bis 11/27, Karteninhaberin Katarzyna Nowak-Schmitt.
Falls das nicht klappt, überweise ich von meinem Konto {ib}.

Rückfragen gern unter +49 221 9418 2270 oder mobil 0160 – 441 82 27.

Herzliche Grüße
Kasia Nowak-Schmitt
""", [('person_name','Katarzyna Nowak-Schmitt'),('email','k.nowak-schmitt@gmx-beispiel.de'),('person_name','Dörte Janßen'),('email','d.janssen@hotel-rheinblick-beispiel.de'),
      ('person_name','Janßen'),('payment_card',c2),('iban',ib),('phone','+49 221 9418 2270'),('phone','0160 – 441 82 27'),('person_name','Kasia Nowak-Schmitt')],
     [('company_name','Hotel Rheinblick'),('invoice_number','2026-HR-0418'),('amount','1.186,40 €'),('invoice_date','14.–18.03.2026')]))

nie = 'Y' + dni('14418227')[1:] if False else None
DOCS.append(P('px-032','es','form', f"""
SOLICITUD DE ALTA – Compañía de Aguas del Turia, S.A.

Titular del contrato:   José Antonio Martínez-Bordiú Pérez
DNI/NIE:                {dni('71003482')}
Fecha de nacimiento:    02/11/1979
Cotitular:              María Soledad Vidal Pons, DNI 02471936-B
Dirección suministro:   Avda. del Puerto, 214, pta. 12
                        46023 Valencia
Teléfono fijo:          963 30 44 18
Móvil:                  +34 654 418 227
Correo electrónico:     ja.martinez.bordiu@correo-ejemplo.es
IBAN domiciliación:     {sp4(iban('ES', es_bban('2038','6418','1822704418')))}

Nº de contrato: CT-2026-118204   Nº de contador: 18-TU-441822   Fianza: 54,09 €
""", [('person_name','José Antonio Martínez-Bordiú Pérez'),('es_dni',dni('71003482')),('date_of_birth','02/11/1979'),('person_name','María Soledad Vidal Pons'),('es_dni','02471936-B'),('postal_address','Avda. del Puerto, 214, pta. 12'),
      ('postal_address','46023 Valencia'),('phone','963 30 44 18'),('phone','+34 654 418 227'),('email','ja.martinez.bordiu@correo-ejemplo.es'),
      ('iban',sp4(iban('ES', es_bban('2038','6418','1822704418'))))],
     [('company_name','Compañía de Aguas del Turia, S.A.'),('customer_number','CT-2026-118204'),('product_code','18-TU-441822'),('amount','54,09 €')]))
