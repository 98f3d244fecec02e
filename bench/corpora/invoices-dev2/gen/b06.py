from helpers import *
from ids import *
DOCS = []
# 057 Polish faktura korygująca
nip = fill(pl_ok,'PL958164203?'); ib = iban('PL','105010381000002207418832')
DOCS.append(D('dx-057','pl','PL','credit_note','korekta with przed/po korekcie rows, Sprzedawca/Nabywca columns', f"""
FAKTURA KORYGUJĄCA nr KOR/12/05/2026
do faktury nr FV/388/04/2026 z dnia 14.04.2026
Data wystawienia: 06.05.2026                  Miejsce wystawienia: Gdańsk

Sprzedawca:                                  Nabywca:
BAŁTYK-TECH Sp. z o.o.                        Stocznia Jachtowa Oliwa S.A.
ul. Elbląska 72                               ul. Marynarki Polskiej 15
80-718 Gdańsk                                 80-557 Gdańsk
NIP {nip[2:]}                                NIP 5842671134

Przyczyna korekty: zwrot towaru (protokół zwrotu PZ/044/26)

                       Ilość   Cena netto   Wartość netto   VAT 23%    Brutto
Przed korektą:
Farba antyfouling 2,5 L   20     310,00       6 200,00     1 426,00   7 626,00
Po korekcie:
Farba antyfouling 2,5 L   14     310,00       4 340,00       998,20   5 338,20
Korekta:                  -6                 -1 860,00      -427,80  -2 287,80

Kwota zmniejszenia: 2 287,80 zł
Zwrot na rachunek nabywcy w terminie 7 dni. Rachunek sprzedawcy: {ib[2:4]} {spaced(ib[4:])}
""", 'KOR/12/05/2026','2026-05-06',None,'PLN','-1860.00','-427.80','-2287.80','BAŁTYK-TECH Sp. z o.o.',ib,nip[2:],None))

# 058 Spanish factura rectificativa
cif = fill(es_cif_ok,'ESB1637402?')
DOCS.append(D('dx-058','es','ES','credit_note','factura rectificativa, series prefix, original invoice referenced', f"""
DISTRIBUCIONES LEVANTE FRESH, S.L.
Mercavalencia, Nave 4 Puesto 12 · 46013 Valencia · CIF {cif[2:]}

FACTURA RECTIFICATIVA
Número: R-2026/0031
Fecha de expedición: 07/05/2026
Rectifica a la factura: A-2026/1418 de 28/04/2026
Motivo: devolución de mercancía en mal estado (art. 15 RD 1619/2012)

Cliente: Restaurante El Racó de l'Horta, S.L. – NIF B46811204
         Av. del Port, 118 – 46023 Valencia

Concepto                            Kg       €/kg       Importe
Alcachofa Benicarló cat. I         -18,0      2,90       -52,20
Fresón Huelva caja 2 kg            -10,0      3,60       -36,00
                              Base imponible            -88,20
                              IVA 4%                     -3,53
                              Total rectificativa       -91,73 €
""", 'R-2026/0031','2026-05-07',None,'EUR','-88.20','-3.53','-91.73','DISTRIBUCIONES LEVANTE FRESH, S.L.',None,cif[2:],None))

# 059 Italian nota di credito
piva = fill(it_ok,'IT0194827035?'); ib = iban('IT',it_bban('08327','03200','000000041883'))
DOCS.append(D('dx-059','it','IT','credit_note','nota di credito, cedente/cessionario blocks, riferimento fattura', f"""
NOTA DI CREDITO N. NC 4/2026                                   Data 08/05/2026
Tipo documento: TD04

CEDENTE/PRESTATORE                          CESSIONARIO/COMMITTENTE
Oleificio Fratelli Santoro S.r.l.           Gastronomia Il Fornaio di Via Po S.r.l.
Contrada Lama di Pozzo 3                    Via Po 27
70043 Monopoli (BA)                         10124 Torino (TO)
P.IVA {piva[2:]}                              P.IVA 11834720010

Rif. fattura n. 218/2026 del 22/04/2026 – abbuono per ritardata consegna

Descrizione                                   Imponibile   Aliquota      Imposta
Sconto 8% su olio EVO 5 L (40 latte)            -163,20        4%          -6,53

Totale imponibile          -163,20
Totale IVA                   -6,53
Totale documento           -169,73

Storno tramite compensazione sulla prossima fattura. IBAN {ib}
""", 'NC 4/2026','2026-05-08',None,'EUR','-163.20','-6.53','-169.73','Oleificio Fratelli Santoro S.r.l.',ib,piva[2:],None))

# 060 Swedish kreditfaktura
org = fill(luhn_ok,'556718240?')
DOCS.append(D('dx-060','sv','SE','credit_note','kreditfaktura, number in header grid, positive print with KREDIT label', f"""
NORRSKEN IT-KONSULT AB                                         KREDITFAKTURA
Storgatan 31, 903 26 Umeå

 Datum        | Kreditfakturanr | Avser faktura | Kundnr
 2026-05-11   | K-2026-009      | 2026-0412     | 4410

Kund: Umeå Skolbuss Ekonomisk Förening, Box 3102, 903 03 Umeå

Kreditering av felaktigt debiterade konsulttimmar april
  Konsulttimmar (6 tim à 1 150,00)                              6 900,00
                                           Netto                6 900,00
                                           Moms 25 %            1 725,00
                                           Att kreditera SEK    8 625,00

Beloppet krediteras och kvittas mot nästa faktura.
Org.nr {org[:6]}-{org[6:]} · Momsreg.nr SE{org}01 · Innehar F-skattsedel
""", 'K-2026-009','2026-05-11',None,'SEK','-6900.00','-1725.00','-8625.00','NORRSKEN IT-KONSULT AB',None,'SE'+org+'01',None))

# 061 German Gutschrift im Gutschriftverfahren (self-billing) -> invoice, vendor = author
v_pub = fill(de_ok,'DE14720385?')
DOCS.append(D('dx-061','de','DE','invoice','self-billing (Gutschrift nach § 14 Abs. 2 UStG) issued by the publisher; supplier is the author', f"""
Verlag Sonnenhang GmbH · Theaterstraße 9 · 37073 Göttingen

Herrn
Dr. Matthias Oberländer
Weender Landstraße 112
37075 Göttingen
                                                       Göttingen, 12.05.2026
                                                       Leistungsempfänger-USt-IdNr. {v_pub}

GUTSCHRIFT
(Abrechnung im Gutschriftverfahren gem. § 14 Abs. 2 Satz 2 UStG)

Gutschrift-Nr.: HON-2026-0117
Autor: Dr. Matthias Oberländer, Steuernummer 20/145/08813, USt-IdNr. DE298417368
Werk: „Bienen im Garten – ein Praxisbuch“, ISBN 978-3-946118-22-0
Abrechnungszeitraum: 01.07.2025 – 31.12.2025

Verkaufte Exemplare Hardcover           2.184 x 2,38 €         5.197,92 €
Verkaufte E-Books                         611 x 1,15 €           702,65 €
Nebenrechte (Lizenz Hörbuch), 50 %                               650,00 €
Honorar netto                                                  6.550,57 €
zzgl. 7 % USt.                                                   458,54 €
Auszahlungsbetrag                                              7.009,11 €

Der Betrag wird bis 26.05.2026 auf Ihr bei uns hinterlegtes Konto überwiesen.
Widerspricht der Empfänger dieser Gutschrift, verliert sie die Wirkung einer Rechnung.
""", 'HON-2026-0117','2026-05-12','2026-05-26','EUR','6550.57','458.54','7009.11','Dr. Matthias Oberländer',None,'DE298417368',None))

# 062 German multi-page with Übertrag
v = fill(de_ok,'DE26831947?'); ib1 = iban('DE','200505501280447193'); ib2 = iban('DE','200400000614288300')
DOCS.append(D('dx-062','de','DE','invoice','two pages, page header repeated, carried-forward subtotal, two bank accounts', f"""
Nordlicht Gastro-Technik GmbH                                           RECHNUNG
Wandsbeker Chaussee 210 · 22089 Hamburg · Tel. 040 693 118-0

Hotel Seeblick Timmendorf GmbH & Co. KG            Rechnungs-Nr.:  R 26-05-0291
Strandallee 141                                    Rechnungsdatum: 13.05.2026
23669 Timmendorfer Strand                          Kunden-Nr.:     30417
                                                   Auftrags-Nr.:   AB-26-0881
                                                   Ihre Bestell-Nr.: HS-2026-044
                                                   Lieferschein:   LS-26-1172

Pos  Art.-Nr.     Bezeichnung                                Menge   E-Preis      Gesamt
1    KB-6011      Kombidämpfer 10 x GN 1/1 elektrisch           1   11.890,00   11.890,00
2    UG-10        Untergestell offen für Kombidämpfer           1      640,00      640,00
3    EH-2200      Enthärtungsanlage Patrone 2200 l              1      415,00      415,00
4    GN-11-65     GN-Behälter 1/1 65 mm Edelstahl              20       14,90      298,00
5    GN-11-RO     Rost GN 1/1 Edelstahl                        10       19,50      195,00
                                                            Übertrag:          13.438,00
                                                                           Seite 1 von 2
\f
Nordlicht Gastro-Technik GmbH · Rechnung R 26-05-0291 vom 13.05.2026              Seite 2 von 2

Pos  Art.-Nr.     Bezeichnung                                Menge   E-Preis      Gesamt
                                                            Übertrag:          13.438,00
6    MONT         Montage und Anschluss (Std.)                  6       78,00      468,00
7    ANF          Anfahrtspauschale Zone 3                      1       95,00       95,00
8    ENTS         Entsorgung Altgerät                           1       60,00       60,00

                                               Nettobetrag                  14.061,00 €
                                               19 % MwSt.                    2.671,59 €
                                               Gesamtbetrag                 16.732,59 €

Zahlungsbedingungen: 10 Tage 2 % Skonto (334,65 €), 30 Tage netto – fällig am 12.06.2026.

Bankverbindungen:
Hamburger Sparkasse   IBAN {spaced(ib1)}   BIC HASPDEHHXXX
Commerzbank Hamburg   IBAN {spaced(ib2)}   BIC COBADEFFXXX
Geschäftsführer: Jens Kröger · Amtsgericht Hamburg HRB 118420 · USt-IdNr. {v}
""", 'R 26-05-0291','2026-05-13','2026-06-12','EUR','14061.00','2671.59','16732.59','Nordlicht Gastro-Technik GmbH',ib1,v,'HS-2026-044'))

# 063 UK multi-page invoice with continued
gv = gb_vat('7720418'); ib = iban('GB','BARC20471593318827')
DOCS.append(D('dx-063','en','GB','invoice','multi-page with "continued", page headers, VAT summary on last page', f"""
                                                             Page 1 of 2
BRIGHTWATER LABORATORY                             INVOICE
SUPPLIES LIMITED
Units 4-6 Castlefield Trade Park, Stockport SK4 1LQ
Tel 0161 477 3301 | VAT Reg. {gv[2:5]} {gv[5:9]} {gv[9:]}

Invoice to:                          Deliver to:                    Invoice No:   BLS-0088412
University of Ambridge               Dept of Biochemistry, Rm 2.14   Tax point:    14/05/2026
Accounts Payable, PO Box 118          Hollerton Science Park          Account:      UAMB-02
Ambridge AM1 4XX                      Ambridge AM2 7QP                Your Order:   4500917725

Line  Cat. No.     Description                                 Qty   Unit £     Total £
1     BLS-PT200    Pipette tips 200 µl, racked (10x96)          12     18.40      220.80
2     BLS-MCT15    Microcentrifuge tubes 1.5 ml (500)            8     11.25       90.00
3     BLS-NIT-M    Nitrile gloves, medium (box 100)             30      4.95      148.50
                                                      continued on page 2 ...
\f
                                                             Page 2 of 2
Brightwater Laboratory Supplies Limited – Invoice BLS-0088412 (continued)

Line  Cat. No.     Description                                 Qty   Unit £     Total £
4     BLS-ETOH70   Ethanol 70% 5 L                               6     16.80      100.80
5     BLS-PETRI90  Petri dishes 90 mm, sterile (500)             2     64.00      128.00
6     CARR         Carriage                                      1      9.50        9.50

VAT summary        Rate      Goods      VAT
Standard (S)       20%      697.60   139.52

                                    Goods total                 £697.60
                                    VAT                         £139.52
                                    Invoice total               £837.12

Terms: 30 days from invoice date. Bank: Barclays, Sort 20-47-15, Acc 93318827
IBAN {spaced(ib)}
Brightwater Laboratory Supplies Limited, registered in England & Wales no. 06184427.
""", 'BLS-0088412','2026-05-14',None,'GBP','697.60','139.52','837.12','Brightwater Laboratory Supplies Limited',ib,gv[2:],'4500917725'))
