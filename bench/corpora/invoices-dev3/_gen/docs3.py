from docs2 import *
de=lambda x: nf(x,'de'); en=lambda x: nf(x,'en'); fr=lambda x: nf(x,'fr'); ch=lambda x: nf(x,'ch')
# 001 DE utility annual bill with Abschläge, customer's IBAN masked, vendor IBAN footer
v=vat_DE(); ib=iban('DE','44050000'+digits(10))
ap=r2(D('3412')*D('0.2874')); gp=r2(12*D('11.90')); net=ap+gp; tax=r2(net*D('0.19')); gross=net+tax; ab=D('1155.00'); pay=gross-ab
t=f"""Stadtwerke Lahntal
                                                     Stadtwerke Lahntal GmbH · Postfach 1120 · 35001 Marburg
Stadtwerke Lahntal GmbH, Postfach 1120, 35001 Marburg
Herrn                                                Kundennummer:        2004 118 73
Dr. Jonas Weidemann                                  Vertragskonto:       8100 4471 2290
Am Richtsberg 12                                     Rechnungsnummer:     4100 2287 7731
35039 Marburg                                        Datum:               28.11.2026
                                                     Ihr Ansprechpartner: Kundenservice 06421 205-0

Jahresverbrauchsabrechnung Strom
Abrechnungszeitraum 01.11.2025 bis 31.10.2026
Lieferstelle: Am Richtsberg 12, 35039 Marburg     Zählernummer: 1ESY1160 4477 82     MaLo-ID: 50418827731

Zählerstand alt (01.11.2025)      41.877 kWh (abgelesen)
Zählerstand neu (31.10.2026)      45.289 kWh (abgelesen)
Verbrauch                          3.412 kWh

Tarif: Lahntal Strom Natur 12
                                     Menge          Preis          Netto EUR
Arbeitspreis                   3.412 kWh    0,2874 €/kWh         {de(ap):>12}
Grundpreis                       12 Mon.   11,90 €/Mon.         {de(gp):>12}
                                                               ------------
Summe netto                                                      {de(net):>12}
Umsatzsteuer 19 %                                                {de(tax):>12}
Rechnungsbetrag brutto                                           {de(gross):>12}
abzüglich geleistete Abschläge (11 x 105,00 €)                  -{de(ab):>11}
Nachzahlungsbetrag                                               {de(pay):>12}

Der Nachzahlungsbetrag von {de(pay)} € wird am 14.12.2026 per SEPA-Lastschrift von Ihrem Konto
IBAN DE87 **** **** **** **41 09 eingezogen (Mandatsreferenz SWL-2004118-73, Gläubiger-ID DE41ZZZ00000188712).
Ihr neuer monatlicher Abschlag ab Januar 2027: 118,00 € (fällig jeweils zum 15.)

Enthaltene Entgelte: Netzentgelt 0,1042 €/kWh, Konzessionsabgabe 0,0132 €/kWh, Stromsteuer 0,0205 €/kWh.
Stromkennzeichnung gemäß § 42 EnWG siehe Rückseite.

\fStadtwerke Lahntal GmbH · Am Krekel 55 · 35039 Marburg · Sitz Marburg · Amtsgericht Marburg HRB 4471
Geschäftsführer: Dipl.-Ing. Holger Brandt · USt-IdNr. {v} · Sparkasse Marburg-Biedenkopf
IBAN {grp(ib)} · BIC HELADEF1MAR                                               Seite 2 von 2
"""
add('d3-001','de','DE','invoice','utility annual settlement, deposits deducted, masked customer IBAN',t,invoiceNumber='4100 2287 7731',issueDate='2026-11-28',dueDate='2026-12-14',currency='EUR',netAmount=net,taxAmount=tax,totalAmount=pay,vendorName='Stadtwerke Lahntal GmbH',iban=ib,vatId=v)

# 002 DE XRechnung text rendering with BT codes
v=vat_DE(); ib=iban('DE','37040044'+digits(10)); c=calc([('Wartung Aufzugsanlage Rathaus Q4/2026',1,'1840.00',19),('Notdienst-Einsatz 07.10.2026 (Std.)',3.5,'96.00',19),('Ersatzteil Türkontakt',2,'74.30',19)])
rows='\n'.join(f"  BG-25  Position {i}\n    BT-126 Positionsnummer:          {i}\n    BT-153 Artikelname:              {l['desc']}\n    BT-129 Menge:                    {l['qty']}\n    BT-146 Nettopreis:               {l['unit']}\n    BT-151 USt-Kategorie:            S  BT-152 Satz: 19\n    BT-131 Nettobetrag:              {l['amt']}" for i,l in enumerate(c['lines'],1))
t=f"""XRechnung 3.0 – Visualisierung (Prüfbericht bestanden)
=====================================================================
BT-24  Spezifikationskennung:        urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0
BT-1   Rechnungsnummer:               RE-2026-008841
BT-2   Rechnungsdatum:                2026-11-20
BT-3   Rechnungsart:                  380 (Handelsrechnung)
BT-5   Währung:                       EUR
BT-9   Fälligkeitsdatum:              2026-12-20
BT-10  Leitweg-ID (Käuferreferenz):   06412000-0001-47
BT-13  Bestellnummer:                 4500118273
BT-12  Vertragsnummer:                V-2024-117

BG-4   VERKÄUFER
  BT-27  Name:                        Hessische Aufzugstechnik Becker GmbH & Co. KG
  BT-28  Handelsname:                 HAT Becker
  BT-35  Straße:                      Gutleutstraße 310
  BT-38  PLZ / BT-37 Ort:             60327 Frankfurt am Main
  BT-31  USt-IdNr.:                   {v}
  BT-30  Registernummer:              HRA 51144
BG-7   KÄUFER
  BT-44  Name:                        Magistrat der Stadt Offenbach – Hochbauamt
  BT-50  Straße:                      Berliner Straße 100
  BT-53  PLZ / BT-52 Ort:             63065 Offenbach am Main
  BT-48  USt-IdNr.:                   DE112233449

BG-16  ZAHLUNGSANWEISUNGEN
  BT-81  Zahlungsart:                 58 (SEPA-Überweisung)
  BT-84  IBAN:                        {ib}
  BT-85  Kontoinhaber:                Hessische Aufzugstechnik Becker GmbH & Co. KG
  BT-20  Zahlungsbedingungen:         30 Tage netto

{rows}

BG-22  GESAMTBETRÄGE
  BT-106 Summe Nettobeträge:          {c['net']}
  BT-109 Gesamt netto:                {c['net']}
  BT-110 Summe USt:                   {c['tax']}
  BT-112 Gesamt brutto:               {c['total']}
  BT-115 Fälliger Betrag:             {c['total']}
BG-23  USt-Aufschlüsselung: S 19 %  Basis {c['net']}  Steuer {c['tax']}
"""
add('d3-002','de','DE','invoice','XRechnung visualisation with BT codes',t,invoiceNumber='RE-2026-008841',issueDate='2026-11-20',dueDate='2026-12-20',currency='EUR',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='Hessische Aufzugstechnik Becker GmbH & Co. KG',iban=ib,vatId=v,orderNumber='4500118273')

# 003 AT hotel folio
v=vat_AT(); ib=iban('AT','20404'+digits(11))
room=r2(3*D('148.00')); city=r2(3*2*D('2.60')); brk=r2(6*D('22.00')); bar=D('38.40'); park=r2(3*D('18.00'))
# hotel rates: room 10%, breakfast 10% (simplified), bar 20%, parking 20%, city tax no VAT
b10=room+brk; b20=bar+park; t10=r2(b10/D('1.10')*D('0.10')); t20=r2(b20/D('1.20')*D('0.20'))
tot=room+city+brk+bar+park; tax=t10+t20; net=tot-tax
t=f"""                                   ALPENHOF ZELL
                          Hotel Alpenhof Zell am See GmbH
                   Schmittenstraße 21 · 5700 Zell am See · Österreich
                   T +43 6542 72 418 · rezeption@alpenhof-zell.example

Frau                                                   Rechnung Nr.     104455
Mag. Verena Lechner                                    Folio            F-23871 / 1
Landstraßer Hauptstraße 71/3                           Zimmer           214
1030 Wien                                              Anreise          19.11.2026
                                                       Abreise          22.11.2026
                                                       Gäste            2
                                                       Datum            22.11.2026
                                                       Reservierung     BK-7781240

Datum        Beschreibung                                    Menge           Betrag EUR
19.11.2026   Logis Doppelzimmer Superior                         1               148,00
20.11.2026   Logis Doppelzimmer Superior                         1               148,00
21.11.2026   Logis Doppelzimmer Superior                         1               148,00
19.-21.11.   Frühstück                                           6               {de(brk)}
20.11.2026   Bar / Zimmer 214                                    1                38,40
19.-21.11.   Garage                                              3                {de(park)}
19.-21.11.   Ortstaxe (2 Pers. x 3 Nächte)                       6                {de(city)}
                                                                          ------------
Gesamtbetrag                                                                  {de(tot)}
Bezahlt Mastercard **** 8812  22.11.2026 10:41                               -{de(tot)}
Saldo                                                                             0,00

Enthaltene Umsatzsteuer:   10 % von {de(b10)} = {de(t10)}     20 % von {de(b20)} = {de(t20)}
Netto gesamt {de(net)}   Ortstaxe ist nicht umsatzsteuerbar.

Vielen Dank für Ihren Besuch – wir freuen uns auf ein Wiedersehen!
UID: {v} · FN 287741k, Landesgericht Salzburg · Salzburger Sparkasse IBAN {grp(ib)}
"""
add('d3-003','de','AT','invoice','hotel folio, paid by card, VAT included',t,invoiceNumber='104455',issueDate='2026-11-22',currency='EUR',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Hotel Alpenhof Zell am See GmbH',iban=ib,vatId=v)
