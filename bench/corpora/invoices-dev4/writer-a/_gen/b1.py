from lib import *
# ---------- d4-001 DE two-column, buyer left, seller right, slogan logo, GmbH & Co. KG, Komplementaer in footer
it = [('Konstruktionsvollholz KVH 60x120, 5 m', 24, D('38.40')), ('Dachlattung 30x50 imprägniert, lfm', 180, D('1.35')),
      ('Montagearbeiten Zimmerer, Std.', 14.5, D('62.00')), ('Anfahrtspauschale', 1, D('45.00'))]
net = sum(q(D(a)*b) for _, a, b in it); tax = q(net*D('0.19')); tot = net+tax
ib = iban('DE', '76050000' + '0041287733'); vat = de_vat('28415790')
rows = '\n'.join(f"{i+1:>3}  {l(d,42)}{r(str(a).replace('.',','),7)}{r(de(p),11)}{r(de(q(D(a)*p)),13)}" for i,(d,a,p) in enumerate(it))
t = f"""
                                                          HOLZWERK
                                                          Wir bauen auf Vertrauen.

Brandauer Holzbau GmbH & Co. KG · Am Sägewerk 7 · 37574 Einbeck

Herrn                                                     Brandauer Holzbau GmbH & Co. KG
Tobias Lindqvist-Maier                                    Am Sägewerk 7
Kastanienweg 22a                                          37574 Einbeck
37581 Bad Gandersheim                                     Tel. 05561 93 44 0
                                                          Fax 05561 93 44 19
                                                          buchhaltung@holzwerk-einbeck.example

                                                          Kundennr.:      K-20817
                                                          Rechnungsnr.:   RE-2026-01148
                                                          Datum:          14.10.2026
                                                          Ihre Bestellung: B-5521 v. 02.09.2026
                                                          Bauvorhaben:    Carport Kastanienweg

RECHNUNG

Sehr geehrter Herr Lindqvist-Maier,
für die ausgeführten Arbeiten erlauben wir uns zu berechnen:

Pos  Bezeichnung                                  Menge    E-Preis       Gesamt
{rows}
                                                               ----------------
                                                  Nettobetrag       {r(de(net),13)} €
                                                  zzgl. 19 % USt.   {r(de(tax),13)} €
                                                  Rechnungsbetrag   {r(de(tot),13)} €

Leistungszeitraum: 21.09.2026 – 09.10.2026
Zahlbar bis 28.10.2026 ohne Abzug.

Brandauer Holzbau GmbH & Co. KG · Sitz Einbeck · AG Göttingen HRA 201774
Persönlich haftende Gesellschafterin: Brandauer Verwaltungs GmbH, AG Göttingen HRB 203318
Geschäftsführer: Henrik Brandauer · USt-IdNr. {vat[:2]} {vat[2:]}
Sparkasse Einbeck · IBAN {ib4(ib)} · BIC NOLADE21EIN
"""
add('d4-001','de','DE','invoice','two-column header, buyer left, slogan logo, KG with GmbH partner in footer',t,
    invoiceNumber='RE-2026-01148',issueDate='2026-10-14',dueDate='2026-10-28',currency='EUR',netAmount=net,taxAmount=tax,totalAmount=tot,
    vendorName='Brandauer Holzbau GmbH & Co. KG',iban=ib,vatId=vat,orderNumber='B-5521')

# ---------- d4-002 AT freelancer Mag. translator, Honorarnote
ib = iban('AT', '20111' + '82946730115'); vat = at_vat('6918234')
h = [('Übersetzung Deutsch–Englisch, Geschäftsbericht 2025 (Normzeilen)', 412, D('1.65')), ('Lektorat Glossar, Stunden', 3, D('58.00'))]
net = sum(q(D(a)*b) for _, a, b in h); tax = q(net*D('0.20')); tot = net+tax
t = f"""
Mag. Johanna Ebenberger-Stix
Allgemein beeidete und gerichtlich zertifizierte Dolmetscherin
Schubertstraße 14/3 · 4020 Linz · +43 732 771 904 · office@ebenberger-stix.example

                                                      An
                                                      Kornfeld Agrartechnik GmbH
                                                      z. H. Frau DI Petra Hulek
                                                      Industriezeile 41
                                                      4020 Linz
                                                      UID: ATU58201377

HONORARNOTE Nr. 2026/087                                          Linz, am 3. November 2026

Ihr Zeichen: Bestellung 4500093318

Leistung                                                            Menge      Preis       Betrag
{h[0][0]:<66}{h[0][1]:>5}  {de(h[0][2]):>8} {de(q(412*h[0][2])):>10}
{h[1][0]:<66}{h[1][1]:>5}  {de(h[1][2]):>8} {de(q(3*h[1][2])):>10}

                                                          Summe netto          EUR {de(net):>10}
                                                          20 % USt             EUR {de(tax):>10}
                                                          Gesamtbetrag         EUR {de(tot):>10}

Leistungszeitraum Oktober 2026. Ich ersuche um Überweisung binnen 14 Tagen.
Bankverbindung: Raiffeisenlandesbank OÖ, IBAN {ib4(ib)}, lautend auf Mag. Johanna Ebenberger-Stix
UID-Nr.: {vat}
"""
add('d4-002','de','AT','invoice','freelancer person with academic title, buyer block right',t,invoiceNumber='2026/087',issueDate='2026-11-03',
    currency='EUR',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Mag. Johanna Ebenberger-Stix',iban=ib,vatId=vat,orderNumber='4500093318')

# ---------- d4-003 CH trade name header, legal name in footer / QR bill Zahlbar an
uid = ch_uid('31284756'); ib = iban('CH', '00762' + '011623852957')
net = D('2480.00') + D('360.00') - D('142.00'); tax = q(net*D('0.081')); tot = net+tax
u = f"CHE-{uid[:3]}.{uid[3:6]}.{uid[6:]}"
t = f"""
   ALPENGLANZ
   Reinigung · Unterhalt · Hauswartung


                                              Liegenschaftsverwaltung Tobler & Co.
                                              Frau Irene Kälin
                                              Bahnhofplatz 3
                                              8001 Zürich

Winterthur, 6. Oktober 2026

Rechnung 26-4471
Kunden-Nr. 1038 · Objekt: Seestrasse 118, Horgen · Ihre Referenz: VW-Horgen/112

Beschreibung                                                          Betrag CHF
Unterhaltsreinigung Treppenhaus, September 2026 (pauschal)               2'480.00
Fensterreinigung Lichthof, 1x                                              360.00
Rabatt Jahresvertrag 5 %                                                  -142.00
                                                                     ------------
Total exkl. MWST                                                         {ch(net):>9}
MWST 8.1 %                                                               {ch(tax):>9}
Total inkl. MWST                                                         {ch(tot):>9}

Zahlbar innert 30 Tagen netto.

Alpenglanz Facility Services AG · Technikumstrasse 60 · 8400 Winterthur
{u} MWST · Handelsregister des Kantons Zürich
──────────────────────────────────────────────────────────────────────────────
Empfangsschein                  Zahlteil
Konto / Zahlbar an              Konto / Zahlbar an
{ib4(ib)}      {ib4(ib)}
Alpenglanz Facility Services AG Alpenglanz Facility Services AG
Technikumstrasse 60             Technikumstrasse 60
8400 Winterthur                 8400 Winterthur
Zahlbar durch                   Referenz
Liegenschaftsverwaltung Tobler  21 00000 00003 13947 14300 09017
Währung   Betrag                Währung   Betrag
CHF       {ch(tot):>9}            CHF       {ch(tot):>9}
"""
add('d4-003','de','CH','invoice','brand/tagline header, legal name only in footer and QR payment part',t,invoiceNumber='26-4471',issueDate='2026-10-06',
    currency='CHF',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Alpenglanz Facility Services AG',iban=ib,vatId='CHE'+uid+'MWST',orderNumber='VW-Horgen/112')

# ---------- d4-004 DE bakery till receipt, slogan
vat = de_vat('31877204')
a = [('Roggenmischbrot 1kg', D('4.20')), ('2x Laugenbrezel', D('1.90')), ('Bienenstich', D('2.85')), ('Kaffee Crema to go', D('2.60'))]
tot = sum(p for _, p in a); n7 = q((D('4.20')+D('1.90')+D('2.85'))/D('1.07')); t7 = D('8.95')-n7
n19 = q(D('2.60')/D('1.19')); t19 = D('2.60')-n19
t = f"""
     Frisches Brot seit 1952
   BÄCKEREI KRUME e.K.
   Inh. Margarete Krume
   Lange Straße 19, 27749 Delmenhorst
   USt-IdNr. {vat}

{a[0][0]:<26}{de(a[0][1]):>7} A
{a[1][0]:<26}{de(a[1][1]):>7} A
{a[2][0]:<26}{de(a[2][1]):>7} A
{a[3][0]:<26}{de(a[3][1]):>7} B
--------------------------------------
SUMME EUR                 {de(tot):>7}
BAR                          20,00
Rückgeld                  {de(D('20')-tot):>7}

MwSt    Netto   Steuer   Brutto
A  7%  {de(n7):>6}  {de(t7):>6}  {de(n7+t7):>6}
B 19%  {de(n19):>6}  {de(t19):>6}  {de(n19+t19):>6}

Bon 0418-22957   Kasse 2   13.11.2026 07:42
TSE-Signatur: kH3u9Q0x...Zm1A=
Danke für Ihren Einkauf!
"""
add('d4-004','de','DE','receipt','till receipt with slogan above owner-name e.K.',t,invoiceNumber='0418-22957',issueDate='2026-11-13',currency='EUR',
    netAmount=n7+n19,taxAmount=t7+t19,totalAmount=tot,vendorName='BÄCKEREI KRUME e.K.',vatId=vat)

# ---------- d4-005 DE credit note (Rechnungskorrektur), UG
vat = de_vat('30419662'); ib = iban('DE', '43060967' + '1190442001')
net = D('-360.00'); tax = q(net*D('0.19')); tot = net+tax
t = f"""
pixelfalter UG (haftungsbeschränkt)             Kunde:
Webdesign & Hosting                             Gärtnerei Overbeck GbR
Südring 3                                       Hofstraße 14
44787 Bochum                                    59069 Hamm
                                                Kunden-Nr.: 20-118

RECHNUNGSKORREKTUR / GUTSCHRIFT Nr. GS-2026-014
zur Rechnung Nr. R-2026-0391 vom 01.09.2026

Datum: 02.10.2026

Pos. Beschreibung                                           Betrag
1    Hosting-Paket "Business" 09/2026–02/2027,
     anteilige Erstattung wegen Kündigung (3 Monate)      -360,00 €

     Summe netto                                          {de(net)} €
     USt 19 %                                              {de(tax)} €
     Gutschriftsbetrag                                    {de(tot)} €

Der Betrag wird Ihrem Konto innerhalb von 7 Tagen erstattet.

pixelfalter UG (haftungsbeschränkt) | Geschäftsführer: Ilyas Demirci | AG Bochum HRB 19877
USt-IdNr.: {vat} | GLS Bank | IBAN: {ib4(ib)}
"""
add('d4-005','de','DE','credit_note','seller/buyer side by side, lowercase brand name UG with tagline',t,invoiceNumber='GS-2026-014',issueDate='2026-10-02',
    currency='EUR',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='pixelfalter UG (haftungsbeschränkt)',iban=ib,vatId=vat)

# ---------- d4-006 FR SARL, Fournisseur/Client side by side
sir = siren('52183446'); vat = fr_vat(sir); ib = iban('FR', '30004' + '01557' + '00010042871' + '93')
it = [('Révision chaudière gaz murale', 1, D('165.00')), ('Kit joints + électrode allumage', 1, D('48.60')), ("Main d'œuvre dépannage (h)", 2, D('58.00'))]
net = sum(q(D(a)*b) for _, a, b in it); tax = q(net*D('0.10')); tot = net+tax
t = f"""
FOURNISSEUR                                     CLIENT
Chauffage Rousseau & Fils SARL                  M. et Mme Gauthier-Lemaire
12, rue des Tanneurs                            4, allée des Tilleuls
69007 Lyon                                      69130 Écully
Tél. 04 78 61 22 90                             Réf. client : C-004512
                                                Adresse d'intervention : idem

FACTURE N° F26-10-0233                                         Lyon, le 19/10/2026
Bon d'intervention : BI-8812       Votre commande : devis signé DV26-0419

Désignation                                      Qté     P.U. HT      Total HT
{it[0][0]:<48}{it[0][1]:>3}  {fr(it[0][2]):>10}  {fr(it[0][2]):>12}
{it[1][0]:<48}{it[1][1]:>3}  {fr(it[1][2]):>10}  {fr(it[1][2]):>12}
{it[2][0]:<48}{it[2][1]:>3}  {fr(it[2][2]):>10}  {fr(q(2*it[2][2])):>12}

                                                Total HT          {fr(net):>10} €
                                                TVA 10 %          {fr(tax):>10} €
                                                Net à payer TTC   {fr(tot):>10} €

Échéance : 18/11/2026. Pas d'escompte pour paiement anticipé.
En cas de retard, pénalités au taux de 3 fois le taux d'intérêt légal et indemnité forfaitaire de 40 €.
TVA à taux réduit (travaux dans logement de plus de 2 ans).

SARL au capital de 15 000 € – RCS Lyon {sir[:3]} {sir[3:6]} {sir[6:]} – TVA intracom. {vat}
IBAN {ib4(ib)} – BIC BNPAFRPPXXX
"""
add('d4-006','fr','FR','invoice','Fournisseur/Client labelled blocks side by side',t,invoiceNumber='F26-10-0233',issueDate='2026-10-19',dueDate='2026-11-18',
    currency='EUR',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Chauffage Rousseau & Fils SARL',iban=ib,vatId=vat,orderNumber='DV26-0419')

# ---------- d4-007 FR EURL, trade name header, Émetteur in footer only
sir = siren('84920173'); vat = fr_vat(sir); ib = iban('FR', '16958' + '00001' + '72940185553' + '17')
net = D('3200.00'); tax = q(net*D('0.20')); tot = net+tax
t = f"""
                                   ~ Atelier Nacre ~
                          design graphique · identité visuelle


Facture                                     Destinataire :
Numéro : 2026-0042                          SAS Brasserie du Vieux Port
Date d'émission : 07/12/2026                Service comptabilité
Date d'échéance : 06/01/2027                27 quai de Rive-Neuve
                                            13007 Marseille
                                            TVA : FR 61 803 229 417

Objet : refonte de l'identité visuelle – bon de commande BC-7731

Prestation                                                    Montant HT
Création du logotype et déclinaisons (forfait)                  2 200,00
Charte graphique 24 pages                                       1 000,00
                                                            ------------
Total HT                                                        {fr(net)}
TVA 20 %                                                          {fr(tax)}
Total TTC                                                       {fr(tot)}

Règlement par virement sur IBAN {ib4(ib)}

____________________________________________________________________________
Émetteur : Lucie Ferrand-Aubry EURL, exerçant sous l'enseigne Atelier Nacre
8 rue Sainte, 13001 Marseille – EURL au capital de 1 000 € – RCS Marseille {sir}
N° TVA {vat} – Indemnité forfaitaire pour frais de recouvrement : 40 €
"""
add('d4-007','fr','FR','invoice','trade name (enseigne) header, legal émetteur only in footer, customer VAT printed',t,invoiceNumber='2026-0042',
    issueDate='2026-12-07',dueDate='2027-01-06',currency='EUR',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Lucie Ferrand-Aubry EURL',
    iban=ib,vatId=vat,orderNumber='BC-7731')

# ---------- d4-008 BE nl, BV, Leverancier/Klant, OGM
vat = be_vat('07214490'); ib = iban('BE', '735' + '0419922'); 
# BE bban: 3 bank + 7 account + 2 check (mod 97)
acc = '7350419922'; chk = int(acc) % 97 or 97; ib = iban('BE', acc + f'{chk:02d}')
it = [('Onderhoudscontract liften Q4 2026', 1, D('1240.00')), ('Vervanging deurcontact verdieping 3', 1, D('186.50')), ('Verplaatsingskosten', 1, D('35.00'))]
net = sum(b for _, _, b in it); tax = q(net*D('0.21')); tot = net+tax
t = f"""
LIFTEC                                                   FACTUUR
liften · roltrappen · keuring

Leverancier                                  Klant
Liftec Vlaanderen BV                         VME Residentie Zonneberg
Noorderlaan 131                              p/a Syndicus Van Daele & Co
2030 Antwerpen                               Kasteelstraat 8
BTW {vat[:2]} {vat[2:6]}.{vat[6:9]}.{vat[9:]}                        9000 Gent
RPR Antwerpen, afdeling Antwerpen            Ondernemingsnr. 0845.331.207

Factuurnummer      Factuurdatum      Vervaldatum      Klantnummer      Uw referentie
FV26/004417        31/10/2026        30/11/2026       KL-00931         PO 2026-117

Omschrijving                                                     Bedrag excl. btw
{it[0][0]:<60}{de(it[0][2]):>12}
{it[1][0]:<60}{de(it[1][2]):>12}
{it[2][0]:<60}{de(it[2][2]):>12}

Maatstaf van heffing                                     {de(net):>12} EUR
Btw 21 %                                                 {de(tax):>12} EUR
Te betalen                                               {de(tot):>12} EUR

Gelieve te betalen op {ib4(ib)} (BIC KREDBEBB) met vermelding van
gestructureerde mededeling +++090/0441/70319+++
"""
add('d4-008','nl','BE','invoice','brand logo + Leverancier/Klant side by side, buyer enterprise number',t,invoiceNumber='FV26/004417',
    issueDate='2026-10-31',dueDate='2026-11-30',currency='EUR',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Liftec Vlaanderen BV',
    iban=ib,vatId=vat,orderNumber='PO 2026-117')

# ---------- d4-009 NL factoring notice
vat = nl_vat('86120743'); ib = iban('NL', 'ABNA' + '0417552890')
net = D('18 750.00'.replace(' ','')); tax = q(net*D('0.21')); tot = net+tax
t = f"""
                                                              VERMEULEN KOELTECHNIEK
                                                              Vermeulen Koeltechniek B.V.
                                                              Industrieweg 52
                                                              3044 AS Rotterdam
                                                              T 010 - 415 27 90
                                                              KvK 71903328
                                                              Btw-nr. {vat}
Aan:
Versgroothandel De Kade B.V.
t.a.v. crediteurenadministratie
Schiedamseweg 201
3026 AD Rotterdam

FACTUUR

Factuurnummer:    2026-1187                Debiteurnummer:  D10442
Factuurdatum:     16 november 2026         Vervaldatum:     16 december 2026
Uw ordernummer:   IO-55820                 Project:         P-2026-31 koelcel hal B

Omschrijving                                            Aantal     Prijs       Totaal
Levering en montage koelcel 4x6 m, termijn 2 van 3        1   18.750,00    18.750,00

                                                 Subtotaal            € {de(net):>10}
                                                 Btw 21%              € {de(tax):>10}
                                                 Totaal               € {de(tot):>10}

-------------------------------------------------------------------------------------
LET OP: Deze vordering is gecedeerd aan Noordlicht Factoring B.V. Betaling met bevrijdende
werking kan uitsluitend geschieden op rekening {ib4(ib)} t.n.v. Noordlicht
Factoring B.V. onder vermelding van het factuurnummer.
-------------------------------------------------------------------------------------
Op al onze leveringen zijn de algemene voorwaarden van de NVKL van toepassing.
"""
add('d4-009','nl','NL','invoice','seller block top right under brand caps, factoring notice naming factor',t,invoiceNumber='2026-1187',
    issueDate='2026-11-16',dueDate='2026-12-16',currency='EUR',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Vermeulen Koeltechniek B.V.',
    iban=ib,vatId=vat,orderNumber='IO-55820')

# ---------- d4-010 LU receipt, French, S.à r.l.
vat = lu_vat('274180')
tot = D('42.50') + D('9.80') + D('6.00')
n17 = q(D('6.00')/D('1.17')); n3 = q((D('42.50')+D('9.80'))/D('1.03'))
t17 = D('6.00')-n17; t3 = D('52.30')-n3
t = f"""
        LE COMPTOIR DES SAVEURS
      épicerie fine – Luxembourg-Ville

  Saveurs & Cie S.à r.l.
  14, Grand-Rue  L-1660 Luxembourg
  TVA {vat}

Plateau fromages affinés     42,50
Pain aux noix                 9,80
Limonade artisanale 75cl      6,00
--------------------------------
TOTAL EUR                    {fr(tot)}
Carte bancaire               {fr(tot)}

TVA 3%  HT {fr(n3)}  TVA {fr(t3)}
TVA 17% HT {fr(n17)}  TVA {fr(t17)}

Ticket n° 000731  05/12/2026 16:08
Merci et à bientôt !
"""
add('d4-010','fr','LU','receipt','shop brand and tagline above legal S.à r.l. name',t,invoiceNumber='000731',issueDate='2026-12-05',currency='EUR',
    netAmount=n3+n17,taxAmount=t3+t17,totalAmount=tot,vendorName='Saveurs & Cie S.à r.l.',vatId=vat)
