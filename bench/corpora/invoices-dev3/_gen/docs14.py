from docs13 import *
# 073 US dental statement with insurance
fees=[('D0120','Periodic oral evaluation',D('68.00')),('D1110','Prophylaxis - adult',D('112.00')),('D0274','Bitewings - four films',D('84.00')),('D2392','Resin composite, 2 surf, posterior #19',D('265.00'))]
tot=sum(f for *_,f in fees); ins=D('-336.40'); adj=D('-41.60'); due=tot+ins+adj
t=f"""WILLOW CREEK FAMILY DENTISTRY, PLLC
Dr. Amanda Reyes, DDS  ·  Dr. Kevin Oyelaran, DMD
4410 Willow Creek Pkwy, Suite B · Boise, ID 83706 · (208) 555-0136

PATIENT STATEMENT                                   Statement Date: 11/24/2026
                                                    Statement #: WCFD-771843
Responsible Party:                                  Account #: 118447
Melissa Carver                                      Please pay by: 12/15/2026
902 N Garden St
Boise, ID 83702

Date        Patient     Code    Description                                       Fee
10/29/2026  Ethan C.    D0120   Periodic oral evaluation                         {usd(fees[0][2]):>8}
10/29/2026  Ethan C.    D1110   Prophylaxis - adult                              {usd(fees[1][2]):>8}
10/29/2026  Ethan C.    D0274   Bitewings - four films                           {usd(fees[2][2]):>8}
11/05/2026  Ethan C.    D2392   Resin composite, 2 surf, posterior #19           {usd(fees[3][2]):>8}
                                Total charges                                    {usd(tot):>8}
11/18/2026              Insurance payment - Gem State Dental PPO (claim 88412)  {usd(ins):>8}
11/18/2026              PPO contractual adjustment                               {usd(adj):>8}

                                              PATIENT BALANCE DUE          ${usd(due)}
Dental services are not subject to sales tax. Tax ID 82-4418872.
"""
add('d3-073','en','US','invoice','dental patient statement, insurance payments deducted',t,invoiceNumber='WCFD-771843',issueDate='2026-11-24',dueDate='2026-12-15',currency='USD',totalAmount=due,vendorName='WILLOW CREEK FAMILY DENTISTRY, PLLC',vatId='824418872')
# 074 GB private clinic invoice (VAT exempt)
t="""Riverside Physio & Sports Clinic
Riverside Physiotherapy Ltd · 3 Wharf Street · Guildford GU1 4RR · 01483 555 014

INVOICE                                 Invoice: RPC-26-3388
Patient: Mr Oliver Grant (DOB 14/03/1988)      Date: 21/11/2026
Insurer: Thistle Health  Membership 77412288   Authorisation code: TH-AUTH-55120
Bill payer: Thistle Health Claims, PO Box 4471, Glasgow G2 1AA

Date         Treatment                                   Clinician          Fee
03/11/2026   Initial assessment (45 min)                 S. Patel MCSP      £85.00
10/11/2026   Follow-up treatment (30 min)                S. Patel MCSP      £65.00
17/11/2026   Follow-up treatment (30 min)                S. Patel MCSP      £65.00
                                                         Total due         £215.00

Medical services exempt from VAT. Payment within 30 days to Riverside Physiotherapy Ltd,
sort code 20-44-18, account 71884420.
"""
add('d3-074','en','GB','invoice','physiotherapy clinic invoice to insurer, VAT exempt',t,invoiceNumber='RPC-26-3388',issueDate='2026-11-21',currency='GBP',totalAmount='215.00',vendorName='Riverside Physiotherapy Ltd')
# 075 AU SaaS email tax invoice
ab=abn(); abf=f'{ab[:2]} {ab[2:5]} {ab[5:8]} {ab[8:]}'
t=f"""From: Koala Rostering <no-reply@koalaroster.example>
To: accounts@bondi-bakehouse.example
Subject: Tax invoice KR-INV-0044187 for Bondi Bakehouse

G'day Bondi Bakehouse,

Your subscription has renewed. Your card has been charged.

TAX INVOICE  KR-INV-0044187
Issued: 1 November 2026
Billing period: 1 Nov 2026 – 30 Nov 2026
Supplier: Koala Rostering Pty Ltd  ABN {abf}

  Premium plan – 18 staff @ A$6.00          A$108.00
  SMS reminders pack (500)                   A$22.00
  Total (inc. GST)                          A$130.00
  GST included                               A$11.82

Paid in full with Visa •••• 5521 on 1 Nov 2026. Amount due: A$0.00

Koala Rostering Pty Ltd, Level 3, 60 Union St, Pyrmont NSW 2009
"""
add('d3-075','en','AU','invoice','SaaS e-mailed tax invoice, GST-inclusive prices',t,invoiceNumber='KR-INV-0044187',issueDate='2026-11-01',currency='AUD',netAmount='118.18',taxAmount='11.82',totalAmount='130.00',vendorName='Koala Rostering Pty Ltd',vatId=ab)
# 076 IE cloud SaaS e-mail, USD billing with EUR VAT (multi-currency)
v=ie_vat()
t=f"""From: Stratocirrus Cloud Billing <invoices@stratocirrus.example>
To: finance@tidewater-games.example
Subject: Invoice SC-EU-2611-908771 is available

Account: tidewater-games (ID 4471-8820-1193)
Invoice number: SC-EU-2611-908771
Invoice date: 2026-11-02
Billing period: 2026-10-01 to 2026-10-31
Payment due: 2026-11-30

Bill to:
Tidewater Games Ltd, 41 Sir John Rogerson's Quay, Dublin 2, D02 X576, Ireland
Customer VAT: IE3318447PH

Service                                          Usage                 Amount (USD)
Compute instances (eu-west)                      8,760 vCPU-hrs           1,927.20
Block storage                                    12,400 GB-mo               992.00
Data transfer out                                3,210 GB                   256.80
Support – Business                                                          317.60
Credits applied (promo CR-2026-STARTUP)                                    -500.00
                                                                       ------------
Subtotal                                                                  2,993.60
VAT 23%                                                                     688.53
Total (USD)                                                               3,682.13

VAT amount in EUR at 1 USD = 0.9214 EUR (ECB rate 2026-10-31): EUR 634.41

Stratocirrus Cloud Ireland Limited, 1 Grand Canal Square, Dublin 2 · VAT {v}
This invoice will be charged to the payment method on file.
"""
add('d3-076','en','IE','invoice','cloud usage invoice e-mail, USD with VAT shown in EUR, credits',t,invoiceNumber='SC-EU-2611-908771',issueDate='2026-11-02',dueDate='2026-11-30',currency='USD',netAmount='2993.60',taxAmount='688.53',totalAmount='3682.13',vendorName='Stratocirrus Cloud Ireland Limited',vatId=v)
# 077 DE Schlussrechnung after proforma/Anzahlung
v=vat_DE(); ib=iban('DE','76010090'+digits(10))
c=calc([('CNC-Fräszentrum Umbau Spindel, Material',1,'18400.00',19),('Montage und Inbetriebnahme (Std.)',46,'92.00',19)])
anz_n=D('8000.00'); anz_t=r2(anz_n*D('0.19')); rest=c['total']-anz_n-anz_t
t=f"""Maschinenbau Ostheimer GmbH
Werkstraße 11 · 90765 Fürth · Tel. 0911 555 718-0

Bertram Präzisionsteile KG
Einkauf / Frau Sommer
Hafenstraße 3
90441 Nürnberg
                                                        SCHLUSSRECHNUNG
                                                        Rechnungs-Nr.:  SR-2026-0147
                                                        Datum:          23.11.2026
                                                        Kunden-Nr.:     10442
                                                        Ihre Bestellung: BPT-4711-26 vom 02.09.2026
                                                        Proforma-Rechnung: PF-2026-0098 (nicht zum Vorsteuerabzug berechtigt)

Pos. Leistung                                            Menge      Preis EUR       Betrag EUR
1    {c['lines'][0]['desc']:<46}   1     {de(D('18400')):>10}     {de(c['lines'][0]['amt']):>12}
2    {c['lines'][1]['desc']:<46}  46     {de(D('92')):>10}     {de(c['lines'][1]['amt']):>12}

                                               Summe netto               {de(c['net']):>12}
                                               USt. 19 %                 {de(c['tax']):>12}
                                               Gesamtbetrag brutto       {de(c['total']):>12}
                    abzgl. Anzahlungsrechnung AR-2026-0061 vom 05.09.2026:
                                               netto                    -{de(anz_n):>11}
                                               USt. 19 %                -{de(anz_t):>11}
                                               Verbleibender Zahlbetrag  {de(rest):>12}

Zahlbar bis 07.12.2026 ohne Abzug.
Maschinenbau Ostheimer GmbH · Sitz Fürth · AG Fürth HRB 14471 · USt-IdNr. {v} · IBAN {grp(ib)}
"""
add('d3-077','de','DE','invoice','final invoice deducting down-payment, proforma reference',t,invoiceNumber='SR-2026-0147',issueDate='2026-11-23',dueDate='2026-12-07',currency='EUR',netAmount=c['net'],taxAmount=c['tax'],totalAmount=rest,vendorName='Maschinenbau Ostheimer GmbH',iban=ib,vatId=v,orderNumber='BPT-4711-26')
# 078 ES factura rectificativa
cif=cif_ES(); ib=iban('ES','0049'+digits(16))
c=calc([('Anulación factura 2026/A/0877 – servicio catering evento 12/11',1,'3250.00',10)])
t=f"""                                               FACTURA RECTIFICATIVA
CATERING MEDITERRÁNEO BALEAR, S.L.              Nº: R-2026/0019
CIF: {cif}                                      Fecha: 25/11/2026
Camí dels Reis 140, 07010 Palma                 Factura rectificada: 2026/A/0877 de 13/11/2026
Tel. 971 55 01 22                               Motivo: anulación por cancelación del evento (art. 15 RD 1619/2012)

Cliente: Fundació Mar i Art                     NIF: G57114478
C/ Sant Feliu 8, 07012 Palma

Concepto                                                               Base         IVA 10%
{c['lines'][0]['desc']:<66}-{de(c['net'])}       -{de(c['tax'])}

Base imponible: -{de(c['net'])} €     Cuota IVA 10 %: -{de(c['tax'])} €     TOTAL: -{de(c['total'])} €
El importe se reembolsará en la cuenta del cliente. Cuenta del emisor: {grp(ib)}
"""
add('d3-078','es','ES','credit_note','factura rectificativa anulando factura original, negative amounts',t,invoiceNumber='R-2026/0019',issueDate='2026-11-25',currency='EUR',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='CATERING MEDITERRÁNEO BALEAR, S.L.',iban=ib,vatId=cif)
