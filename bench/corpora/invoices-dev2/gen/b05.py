from helpers import *
from ids import *
DOCS = []
# 048 Austria, Beleg-Nr.
atu = fill(at_ok,'ATU6472183?'); ib = iban('AT','3200000012448207')
DOCS.append(D('dx-048','de','AT','invoice','document number labelled Beleg-Nr., Kunden-UID shown as well', f"""
Gasthof-Brauerei Zum Schwarzen Adler                    Tischlerei Pichler
z.H. Fr. Mag. Theresa Hofer                             Inh. Florian Pichler
Hauptplatz 3                                            Gewerbestraße 17
4780 Schärding                                          4770 Andorf
UID: ATU57720416                                        Tel. 07766 2291
                                                        UID: {atu}

RECHNUNG
Beleg-Nr.: 2026/00147        Datum: 27.04.2026         Lieferdatum: 20.04.2026
Ihre Bestellung: Telefonat vom 02.03.2026

Pos  Bezeichnung                                       Menge      EP €        GP €
1    Gastgarten-Tischgarnitur Lärche massiv              8       685,00    5.480,00
2    Sitzbank 2,0 m Lärche                               4       312,00    1.248,00

                                               Summe netto             6.728,00
                                               20 % USt.               1.345,60
                                               Rechnungsbetrag         8.073,60

Zahlungsziel: 14 Tage 2 % Skonto, 30 Tage netto.
Bankverbindung: Raiffeisenbank Region Schärding · IBAN {spaced(ib)}
""", '2026/00147','2026-04-27',None,'EUR','6728.00','1345.60','8073.60','Tischlerei Pichler',ib,atu,None))

# 049 Irish sole trader
ib = iban('IE','AIBK93208412784455')
DOCS.append(D('dx-049','en','IE','invoice','sole trader with person name, INVOICE No in heading, VAT inclusive lines', f"""
Siobhán O'Donoghue
Chartered Physiotherapist
The Courtyard, Main Street, Dingle, Co. Kerry V92 X2F4
087 661 2094

INVOICE No 0419

Date: 28 April 2026
To: Corca Dhuibhne GAA Club, Páirc an Ghaeltacht, An Daingean

Sports injury clinic, Tuesdays 3 March – 21 April 2026 (8 sessions @ €150.00)   €1,200.00
Pitch-side cover, county semi-final 19 April 2026                               €250.00
                                                                           ------------
Total                                                                      €1,450.00

Physiotherapy services are exempt from VAT.
Payment by EFT to: S. O'Donoghue   IBAN {spaced(ib)}   BIC AIBKIE2D
""", '0419','2026-04-28',None,'EUR',None,None,'1450.00',"Siobhán O'Donoghue",ib,None,None))

# 050 German bakery Kassenbon, brand vs legal, TSE
v = fill(de_ok,'DE81264039?')
DOCS.append(D('dx-050','de','DE','receipt','bakery till receipt, brand at top and legal name at bottom, TSE block', f"""
          BACKSTUBE KRUME
      Filiale Leipzig-Plagwitz
      Karl-Heine-Straße 88
          04229 Leipzig

2 x Roggenmischbrot 750g     4,40   8,80 A
1 x Mohnschnecke             2,10   2,10 A
1 x Kaffee gross (außer Haus) 3,20  3,20 B
----------------------------------------
SUMME EUR                          14,10
Gegeben EC-Karte                   14,10

MwSt        Netto     Steuer     Brutto
A  7 %      10,19       0,71      10,90
B 19 %       2,69       0,51       3,20
Gesamt      12,88       1,22      14,10

Bon-Nr. 118832   Kasse 1   29.04.2026 07:12
TSE-Seriennr.: 5b4e9d0a81f3c2...
TSE-Transaktion: 204118   Start: 2026-04-29T07:11:48

Krume Backwaren GmbH · Zschochersche Str. 50 · 04229 Leipzig
USt-IdNr. {v}
     Vielen Dank für Ihren Einkauf!
""", '118832','2026-04-29',None,'EUR','12.88','1.22','14.10','Krume Backwaren GmbH',None,v,None))

# 051 French fuel receipt
fv = fr_vat('899214563')
DOCS.append(D('dx-051','fr','FR','receipt','fuel station ticket, brand vs SAS legal name, TVA 20% included', f"""
        RELAIS DES VIGNES
   Station-service · Boutique · Lavage
   RD 306 - 69220 Belleville-en-Beaujolais

TICKET N° 004471     30/04/2026  18:22
POMPE 05  GAZOLE
  42,18 L x 1,749 EUR/L        73,77 EUR
LAVAGE PROGRAMME 3             12,00 EUR
--------------------------------------
TOTAL TTC                      85,77 EUR
dont TVA 20,00 %               14,30 EUR
CB SANS CONTACT                85,77 EUR
VISA  ************5530

SAS CARBURANTS BEAUJOLAIS DISTRIBUTION
SIRET 899 214 563 00018 - TVA {fv}
   Merci de votre visite - À bientôt
""", '004471','2026-04-30',None,'EUR',None,'14.30','85.77','SAS CARBURANTS BEAUJOLAIS DISTRIBUTION',None,fv,None))

# 052 US restaurant receipt with tip
DOCS.append(D('dx-052','en','US','receipt','restaurant check with tip line, brand vs LLC footer', f"""
        MAMA LUCIA'S TRATTORIA
      1187 Commonwealth Ave
        Allston, MA 02134
         (617) 555-0142

Server: Tony          Table 12     Guests 3
Check #4471           05/01/2026  8:47 PM

 1 Burrata                          16.00
 2 Rigatoni alla Vodka              44.00
 1 Chicken Parm                     26.00
 3 Peroni                           24.00
                                  -------
 Subtotal                          110.00
 MA Meals Tax 7%                     7.70
 Total                             117.70
 Tip                                22.00
 PAID AMEX xxxx1009                139.70

Thank you! Mama Lucia's is operated by LMR Hospitality Group LLC
""", '4471','2026-05-01',None,'USD','110.00','7.70','117.70','LMR Hospitality Group LLC',None,None,None))

# 053 Spanish factura simplificada, restaurant
nif = fill(es_cif_ok,'ESB0582913?')
DOCS.append(D('dx-053','es','ES','receipt','simplified invoice from restaurant, brand vs S.L., IVA incluido', f"""
           CASA PACO
     Tapas · Raciones · Vermut
   C/ de la Cava Baja, 22 - 28005 Madrid

HOSTELERÍA PÉREZ RUIZ, S.L.  CIF {nif[2:]}
FACTURA SIMPLIFICADA Nº T1-2026-018845
Fecha: 02/05/2026   Hora: 14:37   Mesa: 7

2  CAÑA                     2,50     5,00
1  RACIÓN CROQUETAS        11,50    11,50
1  PULPO A FEIRA           19,80    19,80
1  PAN                      1,80     1,80

TOTAL (IVA incluido)               38,10 €
Base imponible 10%                 34,64
Cuota IVA 10%                       3,46
Tarjeta                            38,10

      ¡Gracias por su visita!
""", 'T1-2026-018845','2026-05-02',None,'EUR','34.64','3.46','38.10','HOSTELERÍA PÉREZ RUIZ, S.L.',None,nif[2:],None))

# 054 Italian documento commerciale
piva = fill(it_ok,'IT0528417048?')
DOCS.append(D('dx-054','it','IT','receipt','documento commerciale, shop sign vs s.n.c. legal name', f"""
     BAR PASTICCERIA AURORA
 AURORA DI RINALDI LUCIA & C. S.N.C.
   Corso Vittorio Emanuele 141
        80121 NAPOLI
     P.IVA {piva[2:]}

   DOCUMENTO COMMERCIALE
   di vendita o prestazione

DESCRIZIONE              IVA   Prezzo(€)
CAFFE'                   10%       1,20
CAFFE'                   10%       1,20
SFOGLIATELLA RICCIA      10%       2,00
BABA' AL RHUM            10%       2,50
SUCCO ACE                10%       2,80
----------------------------------------
TOTALE COMPLESSIVO                  9,70
DI CUI IVA                          0,88
Pagamento elettronico               9,70
Importo pagato                      9,70

03-05-2026 09:14
DOCUMENTO N. 0184-0127
RT 99MEY004481
""", '0184-0127','2026-05-03',None,'EUR',None,'0.88','9.70','AURORA DI RINALDI LUCIA & C. S.N.C.',None,piva[2:],None))

# 055 Dutch creditnota
btw = fill(nl_ok,'NL82219473?B01'); ib = iban('NL','INGB0006644718')
DOCS.append(D('dx-055','nl','NL','credit_note','creditnota with reference to original factuur, negative amounts', f"""
Groothandel Verhoeven & Zn. B.V.                                    CREDITNOTA
Industrieweg 41
5531 AD Bladel
T 0497-38 44 10

Aan:                                          Creditnotanummer:   CN26-0077
Café-Restaurant De Gouden Leeuw               Datum:              04-05-2026
Markt 9                                       Debiteurnummer:     D-3318
5611 EB Eindhoven                             Betreft factuur:    VF26-01184 d.d. 21-04-2026

Omschrijving                               Aantal     Prijs      Btw      Bedrag
Retour fust Hertog Jan 50L (statiegeld)       -3     30,00       0%      -90,00
Creditering beschadigde glazen (doos 24)      -2     41,30      21%      -82,60

                                        Totaal excl. btw              -172,60
                                        Btw 21% over -82,60            -17,35
                                        Totaal te crediteren          -189,95

Het bedrag wordt verrekend met uw eerstvolgende factuur.
IBAN {ib} · KvK 17024418 · Btw {btw}
""", 'CN26-0077','2026-05-04',None,'EUR','-172.60','-17.35','-189.95','Groothandel Verhoeven & Zn. B.V.',ib,btw,None))

# 056 French avoir
fv = fr_vat('441829307'); ib = iban('FR',fr_rib('30004','00819','00010448219'))
DOCS.append(D('dx-056','fr','FR','credit_note','avoir referring to facture, client block first, seller legal footer', f"""
Librairie-Papeterie du Lycée
À l'attention du service comptabilité
14 boulevard Carnot
87000 Limoges

                                                            AVOIR N° AV-2026-0019
                                                            Limoges, le 5 mai 2026
                                                            Réf. facture : FA-2026-0811
                                                            Code client : LPL-07

Objet : retour d'invendus – rentrée de printemps

Réf.          Désignation                          Qté     PU HT     Montant HT
9782091234    Cahier de vacances CM1                -12      5,20        -62,40
9782210448    Atlas géographique junior              -5     11,80        -59,00

                                         Total HT                    -121,40 €
                                         TVA 5,5 %                     -6,68 €
                                         Total TTC avoir             -128,08 €

Cet avoir sera déduit de votre prochain règlement.

ÉDITIONS DU LIMOUSIN SAS au capital de 80 000 € – 3 rue Jean Jaurès, 87000 Limoges
RCS Limoges 441 829 307 – TVA intracommunautaire {fv} – IBAN {spaced(ib)}
""", 'AV-2026-0019','2026-05-05',None,'EUR','-121.40','-6.68','-128.08','ÉDITIONS DU LIMOUSIN SAS',ib,fv,None))
