from docs17 import *
# 089 US grocery receipt
t="""        GREEN VALLEY MARKET
     Store #0218  Tucson, AZ 85719
          (520) 555-0161

PRODUCE
  AVOCADOS HASS 3 @ 1.29         3.87  F
  ROMA TOMATOES 1.42 lb @ 1.49   2.12  F
GROCERY
  TORTILLAS CORN 30CT            3.49  F
  COFFEE WHOLE BEAN 12OZ        11.99  F
HOUSEHOLD
  PAPER TOWELS 6RL               9.99  T
                              -------
        SUBTOTAL                31.46
        TAX  8.70% on 9.99       0.87
        TOTAL                   32.33
        VISA TEND               32.33
  ****6671  AUTH 044187  CHIP
ITEMS 5   11/29/2026 10:12 AM
TRN 0218-04-7712  CSHR 114
   THANK YOU FOR SHOPPING WITH US
"""
add('d3-089','en','US','receipt','grocery till receipt with sales tax on taxable items',t,invoiceNumber='0218-04-7712',issueDate='2026-11-29',currency='USD',netAmount='31.46',taxAmount='0.87',totalAmount='32.33',vendorName='GREEN VALLEY MARKET')
# 091 TR fiş
v=tr_vkn()
t=f"""      KARADENİZ BALIK LOKANTASI
   YILMAZ GIDA TURİZM LTD. ŞTİ.
  Kemeraltı Cad. No:18 TRABZON
  ÇARŞI V.D.  {v}
TARİH: 23.11.2026     SAAT: 13:26
FİŞ NO: 0087
---------------------------------
HAMSİ TAVA  x2           *360,00
KUYMAK                   *180,00
AYRAN  x2                 *60,00
---------------------------------
TOPKDV                    *54,55
TOPLAM                   *600,00
NAKİT                    *600,00
Z NO: 0418    EKÜ NO: 0001
MF YAZ 44018872
"""
add('d3-091','tr','TR','receipt','Turkish cash register fiş with TOPKDV',t,invoiceNumber='0087',issueDate='2026-11-23',currency='TRY',taxAmount='54.55',totalAmount='600.00',vendorName='YILMAZ GIDA TURİZM LTD. ŞTİ.',vatId=v)
# 079 CH fr note de crédit
u=che(); ib=iban('CH','00768'+digits(12))
c=calc([('Retour: fauteuil de bureau Ergo (défaut mécanisme)',1,'640.00',8.1),('Frais de livraison remboursés',1,'45.00',8.1)])
t=f"""LÉMAN BUREAU SA
Rue de Genève 118 · 1004 Lausanne · Tél. 021 555 44 10
IDE/TVA {f'CHE-{u[:3]}.{u[3:6]}.{u[6:]}'} TVA

                                                 Fiduciaire Rochat & Dubois Sàrl
                                                 Avenue de la Gare 9
                                                 1003 Lausanne

NOTE DE CRÉDIT N° NC-26-0117                      Lausanne, le 26 novembre 2026
Concerne notre facture n° F-26-2284 du 04.11.2026 · Votre commande 2026-RD-031

Désignation                                                       Montant CHF
{c['lines'][0]['desc']:<60}{ch(c['lines'][0]['amt']):>14}
{c['lines'][1]['desc']:<60}{ch(c['lines'][1]['amt']):>14}
Total hors TVA                                                    {ch(c['net']):>14}
TVA 8.1 %                                                         {ch(c['tax']):>14}
Total en votre faveur                                             {ch(c['total']):>14}

Le montant sera remboursé sur votre compte sous 10 jours. Notre IBAN: {grp(ib)}
"""
add('d3-079','fr','CH','credit_note','note de crédit CHF referencing invoice, IDE',t,invoiceNumber='NC-26-0117',issueDate='2026-11-26',currency='CHF',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='LÉMAN BUREAU SA',iban=ib,vatId=f'CHE{u}TVA',orderNumber='2026-RD-031')
# 093 CZ opravný daňový doklad (dobropis)
ico=ico_CZ(); ib=iban('CZ','0100'+digits(16))
c=calc([('Dobropis – vrácení 4 ks kancelářských židlí',4,'2890.00',21)])
t=f"""OPRAVNÝ DAŇOVÝ DOKLAD (DOBROPIS) č. DB-2026-0042
k daňovému dokladu č. 2026100411 ze dne 14. 10. 2026

Dodavatel:                                         Odběratel:
NÁBYTEK HORÁK s.r.o.                               Advokátní kancelář Veselá & Partneři
Tovární 22, 370 01 České Budějovice                Náměstí Přemysla Otakara II. 5
IČO: {ico}   DIČ: CZ{ico}                        370 01 České Budějovice
                                                   IČO: 71188442

Datum vystavení: 27. 11. 2026     Datum uskutečnění zdanitelného plnění: 27. 11. 2026
Důvod opravy: vrácení zboží dle reklamačního protokolu R-118

Položka                                           Počet     Cena/ks        Základ
{c['lines'][0]['desc']:<48}{-4:>5}{fr(D('2890')):>12}{fr(-c['net']):>14}

Základ daně 21 %:      -{fr(c['net'])} Kč
DPH 21 %:              -{fr(c['tax'])} Kč
Celkem k vrácení:      -{fr(c['total'])} Kč
Částka bude vrácena na účet odběratele. Náš účet: {grp(ib)}
"""
add('d3-093','cs','CZ','credit_note','opravný daňový doklad (dobropis) with negative amounts',t,invoiceNumber='DB-2026-0042',issueDate='2026-11-27',currency='CZK',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='NÁBYTEK HORÁK s.r.o.',iban=ib,vatId='CZ'+ico)
