from docs15 import *
# 098 DE invoice in USD with EUR VAT conversion (multi-currency)
v=vat_DE(); ib=iban('DE','20030000'+digits(10))
c=calc([('Lizenz Simulationssoftware FlowCalc Pro (12 Monate)',3,'4200.00',19),('Schulung remote (Tage)',2,'1350.00',19)])
rate=D('0.9183'); neteur=r2(c['net']*rate); taxeur=r2(c['tax']*rate); toteur=neteur+taxeur
t=f"""NUMERIS ENGINEERING GmbH
Schanzenstraße 31 · 20357 Hamburg · USt-IdNr. {v}

An                                                   Rechnung Nr. NE-US-26-0077
Hanse Offshore Wind GmbH                             Datum: 10.11.2026
Überseeallee 10                                      Leistungsdatum: 01.11.2026
20457 Hamburg                                        Zahlungsziel: 10.12.2026
USt-IdNr. DE811447280                                Bestellnummer: HOW-IT-2026-0219

Pos  Bezeichnung                                           Menge    Preis USD       Betrag USD
1    {c['lines'][0]['desc']:<50}   3    {usd(D('4200')):>9}     {usd(c['lines'][0]['amt']):>10}
2    {c['lines'][1]['desc']:<50}   2    {usd(D('1350')):>9}     {usd(c['lines'][1]['amt']):>10}

                                              Nettobetrag        USD {usd(c['net']):>10}
                                              USt. 19 %          USD {usd(c['tax']):>10}
                                              Rechnungsbetrag    USD {usd(c['total']):>10}

Angaben in EUR gemäß § 16 Abs. 6 UStG (EZB-Referenzkurs 1 USD = {str(rate).replace('.',',')} EUR):
Netto EUR {de(neteur)}   USt. 19 % EUR {de(taxeur)}   Brutto EUR {de(toteur)}

Zahlung in USD auf: Commerzbank Hamburg · USD-Konto IBAN {grp(ib)} · BIC COBADEFFXXX
"""
add('d3-098','de','DE','invoice','invoice in USD with VAT also stated in EUR',t,invoiceNumber='NE-US-26-0077',issueDate='2026-11-10',dueDate='2026-12-10',currency='USD',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='NUMERIS ENGINEERING GmbH',iban=ib,vatId=v,orderNumber='HOW-IT-2026-0219')
# 099 US credit memo
t=f"""                                   CREDIT MEMO
Blue Ridge Restaurant Supply Co.                       Credit Memo #: CM-20418
1450 Industrial Blvd                                   Date: 11/19/2026
Asheville, NC 28806                                    Applies to Invoice #: 88714
                                                       Customer #: 3320
Sold To:                                               Customer PO #: TKB-1102
The Kettle & Biscuit
77 Haywood St
Asheville, NC 28801

Qty   Item #      Description                               Unit Price      Amount
 2    CH-4418     Half-size sheet pan, aluminum (dented)        14.25        (28.50)
 1    WR-2200     Commercial wire shelving 48x18 - returned     189.00       (189.00)
                                                   Subtotal                  (217.50)
                                                   Sales Tax 7.00%            (15.23)
                                                   Total Credit              (232.73)

Credit will be applied to your account balance.
"""
add('d3-099','en','US','credit_note','US credit memo with parenthesised negatives, applies to invoice',t,invoiceNumber='CM-20418',issueDate='2026-11-19',currency='USD',netAmount='217.50',taxAmount='15.23',totalAmount='232.73',vendorName='Blue Ridge Restaurant Supply Co.',orderNumber='TKB-1102')
# 100 CA telecom credit note (billing adjustment)
bn=ca_bn()
net=D('45.00')+D('12.50'); gst=r2(net*D('0.05')); pst=r2(net*D('0.07')); tot=net+gst+pst
t=f"""Pacifica Wireless
Billing Adjustment – Credit Note
Credit note no.: PW-CR-7702118                       Account: 5530 1188 42
Date: November 27, 2026                              Adjusts bill: 2026-11-05 (bill no. PW-B-55301188-1126)
Customer: Harjit Sandhu, 1120 Fraser St, Vancouver BC V5L 4N3

Reason: Service outage Nov 12–15 (ticket INC-44187) and duplicate device protection charge

Goodwill credit – service outage (4 days)                   -45.00
Reversal – Device Protection Plus (duplicate)               -12.50
Subtotal                                                    -{usd(net)}
GST 5%                                                       -{usd(gst)}
PST BC 7%                                                    -{usd(pst)}
Total credit (CAD)                                          -{usd(tot)}

The credit will appear on your next monthly bill.
Pacifica Wireless Communications Inc. · GST/HST No. {bn} RT0001 · PST No. PST-1044-7188
"""
add('d3-100','en','CA','credit_note','telecom billing adjustment credit note, GST+PST',t,invoiceNumber='PW-CR-7702118',issueDate='2026-11-27',currency='CAD',netAmount=net,taxAmount=gst+pst,totalAmount=tot,vendorName='Pacifica Wireless Communications Inc.',vatId=f'{bn}RT0001')
