from lib import *
# ---------- d4-031 SE AB Leverantör/Köpare, F-skatt, OCR
org = se_org('556874213'); vat = 'SE' + org + '01'; ib = iban('SE', '500' + '0000000' + '5391028834')
it_=[('Konsulttjänster systemintegration, timmar',64,D('1150.00')),('Resekostnader Göteborg–Borås',1,D('1240.00'))]
net=sum(q(a*p) for _,a,p in it_); tax=q(net*D('0.25')); tot=net+tax
t = f"""
NORDKOD                                                             FAKTURA
kod som håller

Leverantör                                   Köpare
Nordkod Konsult i Väst AB                    Borås Textilgrupp AB
Första Långgatan 18                          Att: Ekonomiavdelningen
413 27 Göteborg                              Box 1104
                                             501 11 Borås

Fakturanummer   Fakturadatum   Förfallodatum   Kundnummer   Er referens     Ert ordernr
10448           2026-11-26     2026-12-26      3021         Sara Lindholm   BT-4471

Beskrivning                                       Antal     À-pris       Belopp
{it_[0][0]:<48}{it_[0][1]:>5} {fr(it_[0][2]):>10} {fr(q(64*it_[0][2])):>12}
{it_[1][0]:<48}{it_[1][1]:>5} {fr(it_[1][2]):>10} {fr(it_[1][2]):>12}

                                   Netto        Moms 25 %      Att betala
                              {fr(net):>10}     {fr(tax):>10}   SEK {fr(tot):>10}

Betala till bankgiro 5391-0288 och ange OCR 104480326
Dröjsmålsränta enligt räntelagen.
---------------------------------------------------------------------------------
Nordkod Konsult i Väst AB | Org.nr {org[:6]}-{org[6:]} | Momsreg.nr {vat} | Godkänd för F-skatt
Styrelsens säte: Göteborg | IBAN {ib4(ib)} | BIC ESSESESS
"""
add('d4-031','sv','SE','invoice','brand + tagline, Leverantör/Köpare columns, OCR and bankgiro',t,invoiceNumber='10448',issueDate='2026-11-26',
    dueDate='2026-12-26',currency='SEK',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Nordkod Konsult i Väst AB',iban=ib,vatId=vat,orderNumber='BT-4471')

# ---------- d4-032 DK ApS
cvr = dk_cvr('3918274'); ib = iban('DK', '5301' + '0004417729')
net=D('12600.00')+D('850.00'); tax=q(net*D('0.25')); tot=net+tax
t = f"""
                                                      Kunde:
Fyns Tagdækning ApS                                   Ejerforeningen Havnegade 12-16
Havnegade-værkstedet, Kullinggade 31                  c/o DEAS-administrator
5700 Svendborg                                        Havnegade 12
CVR-nr. {cvr}                                         5700 Svendborg
Tlf. 62 21 40 88                                      Kundenr. 20455

FAKTURA                                  Fakturanr.: 2026-0391
                                         Fakturadato: 02.12.2026
                                         Betalingsfrist: 16.12.2026
                                         Rekvisitionsnr.: REK-9912

Tekst                                                                 Beløb kr.
Udskiftning af tagpap, cykelskur (38 m²)                               12.600,00
Bortskaffelse af affald, container                                        850,00
                                                                     ----------
Subtotal ekskl. moms                                                  {de(net)}
Moms 25 %                                                              {de(tax)}
I alt DKK                                                             {de(tot)}

Betales til reg.nr. 5301 konto 0004417729 / IBAN {ib4(ib)}
Ved betaling efter forfald tilskrives renter på 0,8 % pr. påbegyndt måned.
"""
add('d4-032','da','DK','invoice','seller left / customer right on same lines, address line with workshop name',t,invoiceNumber='2026-0391',
    issueDate='2026-12-02',dueDate='2026-12-16',currency='DKK',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Fyns Tagdækning ApS',iban=ib,
    vatId=cvr,orderNumber='REK-9912')

# ---------- d4-033 NO AS, Org.nr MVA, KID
org = no_org('91827364'); ib = iban('NO', '1503' + '4471882')
net=D('7480.00'); tax=q(net*D('0.25')); tot=net+tax
t = f"""
FJORDLYS ELEKTRO
- lys for hele Vestlandet

Fjordlys Elektro AS                                           FAKTURA
Strandgaten 201
5004 Bergen                                                   Fakturanr.   70213
Foretaksregisteret                                            Fakturadato  19.11.2026
Org.nr. NO {org[:3]} {org[3:6]} {org[6:]} MVA                                Forfallsdato 03.12.2026
                                                              Kundenr.     1187
Fakturamottaker:
Bergen Sjømat Eksport AS                                      Deres ref.:  Knut Aase
Sandviksboder 12                                              Bestillingsnr.: 4500-2207
5035 Bergen

Beskrivelse                                                Antall     Pris      Beløp
Installasjon LED-armaturer kjølelager                           22    340,00   7 480,00

                                              Sum eks. mva.       {fr(net):>10}
                                              Mva. 25 %           {fr(tax):>10}
                                              Å betale NOK        {fr(tot):>10}

Kontonr.: 1503.44.71882      KID: 0070213118796
IBAN: {ib}   BIC: DNBANOKKXXX
"""
add('d4-033','nb','NO','invoice','brand line with tagline, seller block left with FAKTURA fields on same lines',t,invoiceNumber='70213',issueDate='2026-11-19',
    dueDate='2026-12-03',currency='NOK',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Fjordlys Elektro AS',iban=ib,vatId='NO'+org+'MVA',orderNumber='4500-2207')

# ---------- d4-034 FI Oy Toimittaja/Asiakas, viitenumero
yt = fi_yt('2918334'); ib = iban('FI', '1234' + '5600007785')
ib = iban('FI', '4006' + '1020338814'); ref = fi_ref('26045')
it_=[('Kiinteistön talvikunnossapito, joulukuu',1,D('980.00')),('Lumenpoisto kuormaajalla, h',6,D('95.00'))]
net=sum(q(a*p) for _,a,p in it_); tax=q(net*D('0.255')); tot=net+tax
t = f"""
Toimittaja                                   LASKU
Kiinteistöhuolto Mäkelä & Virtanen Oy
Hämeenkatu 40 B                              Laskun numero        26045
33200 Tampere                                Laskun päivämäärä    1.12.2026
Y-tunnus {yt[:7]}-{yt[7]}                          Eräpäivä             15.12.2026
ALV-rek.                                     Viitenumero          {ref}
                                             Tilausnumero         TK-2026-118
Asiakas                                      Asiakasnumero        5530
As Oy Tampereen Pyynikinrinne
c/o Isännöinti Koskinen
Pyynikintie 8, 33230 Tampere

Nimike                                             Määrä   á-hinta     Yhteensä
{it_[0][0]:<50}{it_[0][1]:>4} {cm(it_[0][2]):>9} {cm(it_[0][2]):>12}
{it_[1][0]:<50}{it_[1][1]:>4} {cm(it_[1][2]):>9} {cm(q(6*it_[1][2])):>12}

Veroton yhteensä                                                {cm(net):>12}
ALV 25,5 %                                                      {cm(tax):>12}
Maksettava yhteensä EUR                                         {cm(tot):>12}

Saaja: Kiinteistöhuolto Mäkelä & Virtanen Oy   IBAN {ib4(ib)}   BIC OKOYFIHH
ALV-tunniste FI{yt}
"""
add('d4-034','fi','FI','invoice','Toimittaja block left interleaved with invoice fields, Asiakas below',t,invoiceNumber='26045',issueDate='2026-12-01',
    dueDate='2026-12-15',currency='EUR',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Kiinteistöhuolto Mäkelä & Virtanen Oy',iban=ib,vatId='FI'+yt,orderNumber='TK-2026-118')

# ---------- d4-035 EE OÜ Müüja/Ostja
kmkr = ee_vat('10218734'); ib = iban('EE', '22' + '00221077418832')
net=D('2640.00'); tax=q(net*D('0.24')); tot=net+tax
t = f"""
ARVE nr 2026-312                                   Kuupäev: 27.11.2026
                                                   Maksetähtaeg: 11.12.2026

Müüja:                                    Ostja:
Tallinna Puutöökoda OÜ                    Mereranna Külalistemaja OÜ
Peterburi tee 46, 11415 Tallinn           Rannapiiri 3, Haapsalu 90502
Registrikood 14221873                     Registrikood 12880341
KMKR: EE{kmkr}                          KMKR: EE101882735
                                          Tellimus: T-0448

Kirjeldus                                         Kogus     Hind      Summa
Puidust terrassimööbel, komplekt                      4   660,00   2 640,00

Summa km-ta:   {fr(net)} EUR
Käibemaks 24%:   {fr(tax)} EUR
Kokku tasuda:  {fr(tot)} EUR

Arveldusarve: {ib4(ib)} (Swedbank)
Viivis 0,1% päevas.
"""
add('d4-035','et','EE','invoice','Müüja/Ostja side by side, both OÜ, buyer KMKR printed',t,invoiceNumber='2026-312',issueDate='2026-11-27',dueDate='2026-12-11',
    currency='EUR',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Tallinna Puutöökoda OÜ',iban=ib,vatId='EE'+kmkr,orderNumber='T-0448')

# ---------- d4-036 LT UAB, buyer left
pvm = lt_vat9('11234761'); ib = iban('LT', '73000' + '01011884220')
net=D('1510.00'); tax=q(net*D('0.21')); tot=net+tax
t = f"""
                           PVM SĄSKAITA FAKTŪRA
                           Serija ir Nr. BLT-0004471
                           2026 m. lapkričio 14 d.

Pirkėjas:                                     Tiekėjas:
UAB "Kauno grūdai"                            UAB „Baltijos logistikos technologijos"
Įmonės kodas 302881742                        Įmonės kodas 304418227
PVM mokėtojo kodas LT100007188114             PVM mokėtojo kodas LT{pvm}
Veiverių g. 150, Kaunas                       Savanorių pr. 176, Vilnius
                                              A/s {ib} (Swedbank)

Užsakymo Nr.: KG-2026/551          Apmokėti iki: 2026-11-28

Pavadinimas                                   Kiekis   Kaina     Suma
Krovinių sekimo įrangos nuoma, lapkritis         10   151,00  1 510,00

Suma be PVM:   {fr(net)} EUR
PVM 21 %:        {fr(tax)} EUR
Iš viso:       {fr(tot)} EUR
"""
add('d4-036','lt','LT','invoice','buyer (Pirkejas) left, supplier (Tiekejas) right, quoted UAB names',t,invoiceNumber='BLT-0004471',issueDate='2026-11-14',
    dueDate='2026-11-28',currency='EUR',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='UAB „Baltijos logistikos technologijos"',iban=ib,vatId='LT'+pvm,orderNumber='KG-2026/551')

# ---------- d4-037 LV SIA Pārdevējs/Pircējs
pvn = lv_vat('4010318827'); ib = iban('LV', 'HABA' + '0551028839177')
net=D('840.00')+D('126.00'); tax=q(net*D('0.21')); tot=net+tax
t = f"""
RĪGAS GRĀMATVEDĪBA
Jūsu finanšu partneris kopš 2009. gada

RĒĶINS Nr. RG-26/1104                                     Datums: 2026. gada 4. decembris
                                                          Apmaksāt līdz: 2026. gada 18. decembris
Pārdevējs: SIA "Rīgas grāmatvedības birojs R&K"
Juridiskā adrese: Brīvības iela 88-4, Rīga, LV-1001
PVN reģ. Nr.: LV{pvn}
Banka: Swedbank AS, konts {ib}

Pircējs: SIA "Daugavas kokapstrāde"
Reģ. Nr. 40103882214, PVN reģ. Nr. LV40103882214
Adrese: Rūpniecības iela 5, Jelgava, LV-3001

Nosaukums                                          Daudz.     Cena      Summa
Grāmatvedības pakalpojumi, novembris                   1    840,00     840,00
Algu aprēķins (9 darbinieki)                           9     14,00     126,00

Kopā bez PVN:   {cm(net)} EUR
PVN 21%:        {cm(tax)} EUR
Kopā apmaksai:  {cm(tot)} EUR
"""
add('d4-037','lv','LV','invoice','brand + slogan over labelled Pārdevējs line, buyer reg/VAT below',t,invoiceNumber='RG-26/1104',issueDate='2026-12-04',
    dueDate='2026-12-18',currency='EUR',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='SIA "Rīgas grāmatvedības birojs R&K"',iban=ib,vatId='LV'+pvn)

# ---------- d4-038 GB PLC credit note
vat = gb_vat('4418273'); ib = iban('GB', 'NWBK' + '601613' + '31926819')
ib = iban('GB', 'NWBK' + '602208' + '44180972')
net=D('-1275.00'); tax=q(net*D('0.20')); tot=net+tax
t = f"""
Customer Service Centre
Harrowgate Building Supplies PLC
PO Box 4417, Leeds LS1 9XP
Tel 0113 496 0122

CREDIT NOTE                                   Credit Note No:   CN-0093318
                                              Date:             08/12/2026
                                              Account No:       HAR-77104
                                              Original Invoice: 4401187
                                              Your Order Ref:   PO-KB-2281

Credit to:
Kirkbride Joinery Ltd
Unit 3, Mill Lane Industrial Estate
Harrogate HG1 4QT
VAT Reg: GB 302 1188 44

Description                                       Qty    Unit        Net
Oak-veneered fire door FD30, returned             -6   150.00    -900.00
Restocking fee waived / delivery refund            1  -375.00    -375.00

                                   Total Net          £{en(net)}
                                   VAT @ 20%          £{en(tax)}
                                   Total Credit       £{en(tot)}

This credit will be allocated against your account. Refunds via BACS from
{ib4(ib)}.
Harrowgate Building Supplies PLC. Registered in England & Wales No. 01188423.
Registered office: 1 Canal Wharf, Leeds LS11 5PS. VAT Reg No GB {vat[:3]} {vat[3:7]} {vat[7:]}.
"""
add('d4-038','en','GB','credit_note','department heading above PLC name, customer VAT printed',t,invoiceNumber='CN-0093318',issueDate='2026-12-08',
    currency='GBP',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Harrowgate Building Supplies PLC',iban=ib,vatId='GB'+vat,orderNumber='PO-KB-2281')

# ---------- d4-039 GB LLP solicitors fee note, 2 pages
vat = gb_vat('7739021')
fees=D('3450.00'); disb_vat=D('120.00'); tax=q((fees+disb_vat)*D('0.20')); disb_nov=D('295.00')
net=fees+disb_vat+disb_nov; tot=net+tax
t = f"""
                              Smith, Jones & Partners LLP
                                Solicitors & Notaries
                    14 Queen Street, Edinburgh EH2 1JX · DX ED 112
                           T 0131 496 7710 · www.sjp-law.example

PRIVATE & CONFIDENTIAL
Mr Callum Fraser and Mrs Eilidh Fraser
22 Marchmont Crescent
Edinburgh EH9 1HN

Our ref: CF/0447/RM                                          Your ref: Purchase of 9 Bruntsfield Pl.
Matter no: 20261184

FEE NOTE                                                     Fee note no: 26/11847
                                                             Date (tax point): 12 November 2026

To professional services in connection with your purchase of 9 Bruntsfield Place, Edinburgh,
including examining title, reporting on the Home Report, negotiating missives, preparing and
submitting LBTT return, settlement arrangements and registration with Registers of Scotland.

                                                                  Fees          {en(fees):>10}
                                                                  Outlays (VAT) {en(disb_vat):>10}

                                                                  Page 1 of 2
\f
Smith, Jones & Partners LLP                                  Fee note no: 26/11847 (continued)

Outlays not subject to VAT:
   Registration dues, Registers of Scotland                                  {en(D('240.00')):>10}
   Search fees (property enquiry certificate)                                  {en(D('55.00')):>10}

SUMMARY
   Fees and VAT-able outlays                                                {en(fees+disb_vat):>10}
   VAT @ 20% on £{en(fees+disb_vat)}                                               {en(tax):>10}
   Non-VAT-able outlays                                                       {en(disb_nov):>10}
   TOTAL NOW DUE                                                      £{en(tot):>10}

Payment by bank transfer to our client account quoting Matter no. Please call to verify bank
details before sending funds. Beware of e-mail fraud.

Smith, Jones & Partners LLP is a limited liability partnership registered in Scotland (SO307741).
A list of members is available at the registered office. Regulated by the Law Society of Scotland.
VAT registration number: {vat[:3]} {vat[3:7]} {vat[7:]}
                                                                  Page 2 of 2
"""
add('d4-039','en','GB','invoice','2-page fee note, LLP with comma and ampersand, VAT and non-VAT outlays',t,invoiceNumber='26/11847',issueDate='2026-11-12',
    currency='GBP',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Smith, Jones & Partners LLP',vatId=vat)

# ---------- d4-040 GB e-mail invoice, seller only in signature
ib = iban('GB', 'MONZ' + '040004' + '18830291')
tot=D('1650.00')
t = f"""
From: Priya Raghunathan <priya@prs-illustration.example>
To: accounts@hollowfen-press.example
Cc: tom.ashdown@hollowfen-press.example
Date: Fri, 4 Dec 2026 16:21:09 +0000
Subject: Invoice 2026-17 - cover artwork "The Salt Marsh Year"

Hi Tom, hi accounts team,

Please find my invoice below for the cover artwork, as agreed in your
commission letter (your PO HFP-0391).

  Invoice number:  2026-17
  Invoice date:    4 December 2026
  Payment due:     3 January 2027

  Cover illustration, front + spine + back, print and e-book rights   £1,500.00
  Additional revision round (3rd)                                       £150.00
                                                                     ---------
  Total due                                                          £1,650.00

I'm not VAT registered, so no VAT is charged.

Bank transfer please to:
  Account name: Priya Raghunathan
  Sort code 04-00-04, account 18830291
  IBAN {ib4(ib)}

Thanks again - it was a joy to work on this one!

Best wishes,
Priya

--
Priya Raghunathan
Illustration & lettering · Norwich
07700 900 418 · prs-illustration.example
"""
add('d4-040','en','GB','invoice','plain-text e-mail, seller only in signature and account name',t,invoiceNumber='2026-17',issueDate='2026-12-04',
    dueDate='2027-01-03',currency='GBP',totalAmount=tot,vendorName='Priya Raghunathan',iban=ib,orderNumber='HFP-0391')
