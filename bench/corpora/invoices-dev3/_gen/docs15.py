from docs14 import *
# 068 IT commercialista person, cassa + ritenuta d'acconto
pi=vat_IT(); ib=iban('IT')
on=D('2000.00'); cassa=r2(on*D('0.04')); imp=on+cassa; iva=r2(imp*D('0.22')); totf=imp+iva; rit=r2(on*D('0.20')); netto=totf-rit
t=f"""Dott.ssa Giulia Ferraresi
Dottore Commercialista – Revisore Legale
Via Castiglione 41 – 40124 Bologna
C.F. FRRGLI79C52A944K – P.IVA {pi[2:]}
PEC: giulia.ferraresi@pec-odcec.example

                                                   Spett.le
                                                   Officine Meccaniche Reno S.r.l.
                                                   Via del Lavoro 18
                                                   40033 Casalecchio di Reno (BO)
                                                   P.IVA 03118872201

FATTURA N. 58/2026 del 30/11/2026
Pratica: OMR-2026-03 – Assistenza bilancio e dichiarativi

Compenso professionale per assistenza contabile e fiscale (II semestre)   € {de(on):>10}
Contributo integrativo C.N.P.A.D.C. 4%                                    € {de(cassa):>10}
Imponibile IVA                                                             € {de(imp):>10}
IVA 22%                                                                    € {de(iva):>10}
Totale fattura                                                             € {de(totf):>10}
Ritenuta d'acconto 20% su € {de(on)}                                       -€ {de(rit):>9}
NETTO A PAGARE                                                             € {de(netto):>10}

Pagamento a mezzo bonifico entro il 31/12/2026 – IBAN {ib}
"""
add('d3-068','it','IT','invoice',"professional (person) invoice with cassa and ritenuta d'acconto",t,invoiceNumber='58/2026',issueDate='2026-11-30',dueDate='2026-12-31',currency='EUR',netAmount=imp,taxAmount=iva,totalAmount=netto,vendorName='Dott.ssa Giulia Ferraresi',iban=ib,vatId=pi[2:])
# 094 AT dental practice (VAT exempt), private invoice
ib=iban('AT','14000'+digits(11))
pos=[('Mundhygiene (PZR)',D('120.00')),('Kompositfüllung 3-flächig Zahn 46',D('185.00')),('Röntgen Einzelbild',D('25.00'))]
tot=sum(p for _,p in pos)
t=f"""Dr. med. dent. Lukas Pichler
Zahnarzt – Wahlarzt alle Kassen
Herrengasse 9/2 · 8010 Graz · Tel. 0316 555 412

Honorarnote Nr. 2026/1184                                   Graz, 12.11.2026
Patient: Sophie Hofer, geb. 02.07.1991, SV-Nr. 4471 020791
Adresse: Leonhardstraße 88, 8010 Graz

Datum        Leistung                                        Zahn     Honorar EUR
{chr(10).join(f"05.11.2026   {d:<46}{'46' if 'Zahn' in d else '':>6}{de(p):>14}" for d,p in pos)}
                                                       Gesamtbetrag   {de(tot):>10}

Umsatzsteuerfrei gemäß § 6 Abs. 1 Z 19 UStG.
Bitte überweisen Sie den Betrag binnen 14 Tagen: IBAN {grp(ib)}
Die Rechnung kann bei Ihrem Versicherungsträger zur Kostenerstattung eingereicht werden.
"""
add('d3-094','de','AT','invoice','dental practice fee note, VAT-exempt, person as seller',t,invoiceNumber='2026/1184',issueDate='2026-11-12',currency='EUR',totalAmount=tot,vendorName='Dr. med. dent. Lukas Pichler',iban=ib)
# 095 IN chartered accountants LLP, IGST
g=gstin('27')
c=calc([('Statutory audit FY 2025-26 - professional fees',1,'285000.00',18),('Tax audit u/s 44AB',1,'95000.00',18),('Out-of-pocket expenses (travel)',1,'12400.00',18)])
t=f"""                                  MEHTA KULKARNI & ASSOCIATES LLP
                                      Chartered Accountants
                     ICAI Firm Reg. No. 118847W/W100412 · LLPIN AAK-4471
               501, Trade Centre, Bandra Kurla Complex, Mumbai 400051 · GSTIN {g}

TAX INVOICE                                               Invoice No.   : MKA/2026-27/0318
                                                          Invoice Date  : 28-11-2026
To,                                                       Engagement    : ENG/AUD/0412
Deccan Agro Foods Limited                                 Place of Supply: Karnataka (29)
No. 14, Industrial Suburb, Yeshwanthpur, Bengaluru 560022 SAC          : 998222
GSTIN: 29AABCD4471F1Z2

Particulars                                                                     Amount (₹)
{chr(10).join(f"{l['desc']:<70}{inr(l['amt']):>16}" for l in c['lines'])}
                                                              Taxable value  {inr(c['net']):>14}
                                                              IGST @ 18%     {inr(c['tax']):>14}
                                                              Total          {inr(c['total']):>14}
Please deduct TDS u/s 194J @ 10% and remit balance to: HDFC Bank, A/c 50200044718872, IFSC HDFC0000240.
"""
add('d3-095','en','IN','invoice','chartered accountants LLP, IGST inter-state, engagement ref',t,invoiceNumber='MKA/2026-27/0318',issueDate='2026-11-28',currency='INR',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='MEHTA KULKARNI & ASSOCIATES LLP',vatId=g)
# 097 FR autofacturation (self-billing): vendor is supplier (farmer), document issued by buyer
sir=siren(); v=vat_FR(sir); sirb=siren(); vb=vat_FR(sirb); ib=iban('FR','10278'+digits(5)+digits(11)+digits(2))
c=calc([('Lait cru de vache – octobre 2026 (litres)',48200,'0.4810',5.5),('Prime qualité (cellules < 250 000)',48200,'0.0120',5.5)])
t=f"""LAITERIE COOPÉRATIVE DU PAYS D'AUGE
14100 Lisieux – SIRET {sirb}00027 – TVA {vb}

AUTOFACTURATION
Facture établie par l'acheteur au nom et pour le compte du fournisseur (art. 289-I-2 du CGI)

Fournisseur :                                          Facture n° AF-2026-10-0442
GAEC DES TROIS POMMIERS                                Date : 05/11/2026
Le Bois Hébert, 14340 Cambremer                        Période : octobre 2026
SIRET {sir}00016                                   N° producteur : PR-0442
TVA {v}

Désignation                                          Quantité        Prix unitaire        Montant HT
{chr(10).join(f"{l['desc']:<50}{fr(l['qty'])[:-3]:>10}{str(l['unit']).replace('.',','):>18}{fr(l['amt']):>18}" for l in c['lines'])}

                                             Total HT                 {fr(c['net']):>12} €
                                             TVA 5,5 %                {fr(c['tax']):>12} €
                                             Total TTC                {fr(c['total']):>12} €

Virement le 20/11/2026 sur le compte du fournisseur IBAN {grp(ib)}
Sauf contestation sous 15 jours, le fournisseur est réputé avoir accepté cette autofacture.
"""
add('d3-097','fr','FR','invoice','self-billing (autofacturation) issued by buyer for supplier',t,invoiceNumber='AF-2026-10-0442',issueDate='2026-11-05',dueDate='2026-11-20',currency='EUR',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='GAEC DES TROIS POMMIERS',iban=ib,vatId=v)
