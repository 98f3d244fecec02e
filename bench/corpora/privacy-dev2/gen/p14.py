from phelp import P
from pids import *
DOCS = []
DOCS.append(P('px-057','en','ticket', """
Helpdesk ticket INC0044182 – VPN disconnects (category: Network, SLA P3)
Reporter: Olumide Fashola-Grant (o.fashola-grant@mailbox-example.co.uk), desk 3.14, ext. 4418
Mobile for callback: +44 (0) 7700 900 118

Details from reporter:
- Home broadband public IP: 86.144.22.107
- Laptop IPv6 (from ipconfig): 2a00:23c7:8f1e:4d01:9d2b:44ff:fe18:2271
- Link-local: fe80::9d2b:44ff:fe18:2271
- VPN client version 10.2.0.4418, corporate gateway vpn-gw1

Resolution note (analyst Katarzyna Zielińska): replaced client with 10.2.1.118; closed.
""", [('person_name','Olumide Fashola-Grant'),('email','o.fashola-grant@mailbox-example.co.uk'),('phone','+44 (0) 7700 900 118'),
      ('ip_address','86.144.22.107'),('ip_address','2a00:23c7:8f1e:4d01:9d2b:44ff:fe18:2271'),('ip_address','fe80::9d2b:44ff:fe18:2271'),
      ('person_name','Katarzyna Zielińska')],
     [('customer_number','INC0044182'),('version_number','10.2.0.4418'),('version_number','10.2.1.118')]))

ib = iban('NL','RABO0314418227')
DOCS.append(P('px-058','nl','invoice', f"""
Tandartspraktijk Zuidhorn B.V.                                  NOTA
Zuidhorn · KvK 01184418

Aan: mevrouw W.J. (Wilma) Schuurman-van Dijk
     Hoofdstraat 118
     9801 BA Zuidhorn
     tel. 0594 - 50 44 18

Notanummer: TZ-26-04418        Datum: 30-03-2026        Patiëntnr.: 118204471
Behandeling 17-03-2026: controle (C002), gebitsreiniging (M03) – totaal € 118,42
Uw rekening {sp4(ib)} wordt op 14-04-2026 via incasso belast.
Verzekerd bij Menzis, polis 44182207.
""", [('person_name','W.J. (Wilma) Schuurman-van Dijk'),('postal_address','Hoofdstraat 118'),('postal_address','9801 BA Zuidhorn'),('phone','0594 - 50 44 18'),
      ('iban',sp4(ib)),('health_insurance_number','44182207')],
     [('company_name','Tandartspraktijk Zuidhorn B.V.'),('invoice_number','TZ-26-04418'),('invoice_date','30-03-2026'),('nine_digit_reference','118204471'),
      ('invoice_date','17-03-2026'),('product_code','C002'),('product_code','M03'),('amount','€ 118,42'),('invoice_date','14-04-2026')]))

ib = iban('GB','MIDL40051541822703')
DOCS.append(P('px-059','en','invoice', f"""
Thameside Joinery Ltd                                        INVOICE 0418/26
Reading · VAT Reg. GB 417 3826 48

Invoice to: Dr Ngozi Eze-Hamilton
            14 Bath Road
            Reading RG1 6NB
            Tel 0118 496 0418 / mob 07700 900 771

Date: 31 March 2026      Your ref: kitchen quote Q-2291      Delivery: 24 March 2026
Oak worktop 3.0 m (code OWT-30-40)                        £   684.00
Fitting                                                    £   320.00
VAT @ 20%                                                  £   200.80
Total                                                      £ 1,204.80
Refund of deposit to customer account {ib} processed 31/03/2026.
""", [('person_name','Ngozi Eze-Hamilton'),('postal_address','14 Bath Road'),('postal_address','Reading RG1 6NB'),('phone','0118 496 0418'),('phone','07700 900 771'),('iban',ib)],
     [('company_name','Thameside Joinery Ltd'),('invoice_number','0418/26'),('vat_id','GB 417 3826 48'),('invoice_date','31 March 2026'),('customer_number','Q-2291'),
      ('invoice_date','24 March 2026'),('product_code','OWT-30-40'),('amount','£ 1,204.80'),('amount','£   200.80')]))

DOCS.append(P('px-060','de','hr-letter', """
Reisestelle – Buchungsdaten für Dienstreise DR-2026-0418 (Shanghai)

Reisende:           Dr. Franziska Hübner-Oyelaran
Geburtsdatum:       geboren am 11.11.1983
Reisepassnummer:    C4F7L1822
Personalausweis-Nr.: L01X44182
Mobil während der Reise: +49 (0) 160 9418 2271
Private Anschrift:  Schillerstraße 118, 70176 Stuttgart

Flug LH 728 am 14.04.2026 · Ticketnummer 220-4418227301 · Hotelbuchung HB-7730, 4 Nächte à 980 CNY
Kostenstelle 4418-227 · Projekt PRJ-2026-031
""", [('person_name','Franziska Hübner-Oyelaran'),('date_of_birth','11.11.1983'),('passport_number','C4F7L1822'),('id_card_number','L01X44182'),
      ('phone','+49 (0) 160 9418 2271'),('postal_address','Schillerstraße 118, 70176 Stuttgart')],
     [('customer_number','DR-2026-0418'),('product_code','LH 728'),('invoice_date','14.04.2026'),('phone_like_reference','220-4418227301'),('order_number','HB-7730'),
      ('amount','980 CNY'),('product_code','4418-227'),('customer_number','PRJ-2026-031')]))
