from helpers import *
from ids import *
DOCS = []
# 071 US sole trader contractor, person name, no tax
DOCS.append(D('dx-071','en','US','invoice','handyman invoice, person name as business, no sales tax, "Invoice #:" label', f"""
Rosa Delgado
Tile & Bath Remodeling
2219 W. Thomas Rd, Phoenix, AZ 85015
(602) 555-0199  |  rosa.delgado.tile@gmail.com
AZ ROC License #331847

INVOICE

Invoice #: 1047                     Date: May 22, 2026
Customer: Greg & Linda Hoffmann     Job: 4418 E. Cactus Rd - guest bath

Labor - demo, backer board, tile set & grout (3 days)             $2,850.00
Materials (see attached receipts)                                 $1,126.40
Haul-away                                                          $175.00
                                                                  ---------
                                             Total                $4,151.40
                                             Deposit received    -$1,500.00
                                             Balance due          $2,651.40

Please make checks payable to Rosa Delgado. Zelle accepted.
Payment due upon completion. Thank you!
""", '1047','2026-05-22',None,'USD',None,None,'2651.40','Rosa Delgado',None,None,None))

# 072 German two-column pdftotext interleaving, number only in running text
v = fill(de_ok,'DE30415529?'); ib = iban('DE','660501010022418033')
DOCS.append(D('dx-072','de','DE','invoice','two-column pdftotext with sender/recipient interleaved, number only in running text', f"""
Gärtnerei & Floristik                               Tel. 0721 / 59 41 83
Blumen-Haus Rieger e.K.                             Fax 0721 / 59 41 84
Inh. Monika Rieger                                  info@blumen-rieger.de
Durlacher Allee 64  ·  76131 Karlsruhe              www.blumen-rieger.de

Evangelische Kirchengemeinde Karlsruhe-Oststadt     Karlsruhe, den 23.05.2026
Gemeindebüro
Ludwig-Wilhelm-Straße 13
76131 Karlsruhe

Sehr geehrte Damen und Herren,

für den Blumenschmuck zur Konfirmation am 17.05.2026 berechnen wir Ihnen unter der
Rechnungsnummer 4471-26 wie folgt:

  Altarschmuck, 2 Gestecke Pfingstrosen/Rittersporn      2 x 145,00 €     290,00 €
  Bankschmuck, 24 Sträußchen                            24 x  12,50 €     300,00 €
  Lieferung und Abbau                                                     45,00 €
                                                                      ----------
  Summe netto                                                            635,00 €
  MwSt. 7 % auf 590,00 €                                                  41,30 €
  MwSt. 19 % auf 45,00 €                                                   8,55 €
  Endbetrag                                                              684,85 €

Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf das unten genannte Konto.

Mit freundlichen Grüßen
Monika Rieger

Blumen-Haus Rieger e.K. · HRA 104418 AG Mannheim · USt-IdNr. {v}
Volksbank pur · IBAN {spaced(ib)}
""", '4471-26','2026-05-23',None,'EUR','635.00','49.85','684.85','Blumen-Haus Rieger e.K.',ib,v,None))

# 073 Dutch factuur, unlabeled blocks, number in table under header
btw = fill(nl_ok,'NL86422917?B01'); ib = iban('NL','ABNA0519442817')
DOCS.append(D('dx-073','nl','NL','invoice','no Van/Aan labels, invoice number in grid cell', f"""
Schildersbedrijf Bakker & Oosterhuis V.O.F.
Nijverheidsweg 22
9601 LX Hoogezand
0598 - 39 18 22

                                              Woningstichting Groenstede
                                              Afdeling Crediteuren
                                              Postbus 411
                                              9600 AK Hoogezand

| Factuurnr. | Factuurdatum | Vervaldatum | Projectnr. | Uw ordernr.    |
| 2026-0311  | 26-05-2026   | 25-06-2026  | P-1188     | WG/PO/26/0142  |

Schilderwerk buitenkozijnen complex Meeuwerderweg 1-24
  Arbeid 96 uur à € 52,50                                  € 5.040,00
  Materiaal (Sikkens Rubbol XD, grondverf, kit)            € 1.186,45
  Steigerhuur 2 weken                                      €   780,00
                                                Subtotaal  € 7.006,45
                                                Btw 21%    € 1.471,35
                                                Totaal     € 8.477,80

Betaling binnen 30 dagen op {spaced(ib)} o.v.v. factuurnummer.
KvK 02118844 · btw {btw}
""", '2026-0311','2026-05-26','2026-06-25','EUR','7006.45','1471.35','8477.80','Schildersbedrijf Bakker & Oosterhuis V.O.F.',ib,btw,'WG/PO/26/0142'))

# 074 Chinese coffee receipt, brand vs company
uscc = cn_uscc('91350203MA8T4KQ2R')
DOCS.append(D('dx-074','zh','CN','receipt','app coffee receipt, brand vs operating company, 订单号 vs 小票号', f"""
        鹿角咖啡 LUJIAO COFFEE
        厦门中山路店
  --------------------------------
  订单号：LJ202605271104883321
  小票号：0527-0093
  下单时间：2026-05-27 11:04
  --------------------------------
  生椰拿铁(大杯/冰)     1    19.90
  美式咖啡(中杯/热)     1    12.90
  可颂                 1     9.90
  优惠券                    -8.00
  --------------------------------
  实付金额                   34.70
  支付方式：微信支付
  --------------------------------
  经营主体：厦门鹿角餐饮管理有限公司
  统一社会信用代码：{uscc}
  如需开具发票请扫描下方二维码
""", '0527-0093','2026-05-27',None,'CNY',None,None,'34.70','厦门鹿角餐饮管理有限公司',None,uscc,None))

# 075 Japanese restaurant handwritten-style 領収書
reg = jp_reg('011101073325')
DOCS.append(D('dx-075','ja','JP','receipt','領収書 with 上様, 但し書き, tax breakdown and registration number', f"""
                     領　収　書
                                          No. 0582
上様                                       2026年5月28日

        金額　　￥38,500－
        但　お食事代として
        上記正に領収いたしました

  内訳  10%対象 ￥38,500（うち消費税 ￥3,500）

                             割烹 しら川
                             株式会社白川フードサービス
                             京都市東山区祇園町南側570-8
                             TEL 075-561-2284
                             登録番号 {reg}
""", '0582','2026-05-28',None,'JPY',None,'3500.00','38500.00','株式会社白川フードサービス',None,reg,None))

# 076 Israel, Hebrew tax invoice
def il_ok(s):
    t=0
    for i,c in enumerate(s):
        x=int(c)*(1 if i%2==0 else 2); t+= x//10 + x%10
    return t%10==0
osek = next(str(n) for n in range(514832770,514832800) if il_ok(str(n)))
DOCS.append(D('dx-076','he','IL','invoice','Hebrew tax invoice, seller block top right, number next to title', f"""
                                                          גל-אור מערכות מיזוג בע"מ
                                                        רח' המלאכה 18, פתח תקווה
                                                        טל' 03-9224180
                                                        ח.פ. {osek}
חשבונית מס מס' 30418                                   תאריך: 29/05/2026  מקור

לכבוד:
סטודיו אדריכלות כרמי ושות'
שד' רוטשילד 41, תל אביב
ע.מ. לקוח: 558127445

תיאור                                         כמות     מחיר ליח'       סה"כ
התקנת מזגן מיני מרכזי 3.5 כ"ס                  1       14,800.00     14,800.00
תעלות ופתחי אוויר                               6          420.00      2,520.00

                                          סה"כ לפני מע"מ      17,320.00 ₪
                                          מע"מ 18%             3,117.60 ₪
                                          סה"כ לתשלום         20,437.60 ₪

תנאי תשלום: שוטף + 30
""", '30418','2026-05-29',None,'ILS','17320.00','3117.60','20437.60','גל-אור מערכות מיזוג בע"מ',None,osek,None))

# 077 Greek τιμολόγιο, ΑΦΜ
DOCS.append(D('dx-077','el','GR','invoice','Greek invoice, series and number, ΑΦΜ/ΔΟΥ seller block, MARK number', f"""
ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΕΩΡΓΙΟΣ & ΣΙΑ Ο.Ε.
ΕΜΠΟΡΙΑ ΕΙΔΩΝ ΥΓΙΕΙΝΗΣ
Λεωφ. Βουλιαγμένης 284, 173 43 Άγιος Δημήτριος
ΑΦΜ: 801842737   ΔΟΥ: ΑΓ. ΔΗΜΗΤΡΙΟΥ   Τηλ. 210 9718 442

ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ                      Σειρά: Α   Αριθμός: 2291
                                       Ημερομηνία: 01/06/2026
                                       ΜΑΡΚ: 400001918274455

Πελάτης: ΞΕΝΟΔΟΧΕΙΟ ΑΚΤΗ ΓΛΥΦΑΔΑΣ Α.Ε.
ΑΦΜ: 099418823   ΔΟΥ: ΓΛΥΦΑΔΑΣ
Διεύθυνση: Ποσειδώνος 62, 166 75 Γλυφάδα

Κωδ.     Περιγραφή                          Ποσ.    Τιμή      ΦΠΑ    Αξία
ΜΠ-220   Μπαταρία νιπτήρα χρωμέ               12    68,00     24%    816,00
ΛΕ-118   Λεκάνη κρεμαστή με κάλυμμα            6   142,00     24%    852,00

                          Καθαρή αξία                  1.668,00
                          ΦΠΑ 24%                        400,32
                          Σύνολο                       2.068,32 €

Τρόπος πληρωμής: Επί πιστώσει
""", '2291','2026-06-01',None,'EUR','1668.00','400.32','2068.32','ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΕΩΡΓΙΟΣ & ΣΙΑ Ο.Ε.',None,'801842737',None))

# 078 Swiss French facture, vendor two lines, CHF 1'234.50
uid = ch_uid('27319046'); ib = iban('CH','0076700000483392')
DOCS.append(D('dx-078','fr','CH','invoice',"letterhead name on two lines, title with number far right, TVA 8.1 % and 2.6 %", f"""
Boulangerie-Pâtisserie                                   FACTURE No 2026/1884
Favre & Rochat SA
Rue du Simplon 12
1006 Lausanne
021 617 44 20

                                            EMS Les Tilleuls
                                            Service économat
                                            Chemin des Tilleuls 8
                                            1010 Lausanne

Lausanne, le 2 juin 2026
Livraisons du mois de mai 2026 (bulletins 5510 à 5541)

Pain et viennoiseries                 TVA 2.6 %       CHF  3'412.80
Gâteaux d'anniversaire                TVA 2.6 %       CHF    486.00
Location de plateaux (repris)         TVA 8.1 %       CHF    120.00
                                      Total HT        CHF  4'018.80
                                      TVA 2.6 %       CHF    101.37
                                      TVA 8.1 %       CHF      9.72
                                      Total TTC       CHF  4'129.89

Payable à 30 jours. IBAN {spaced(ib)}
Boulangerie-Pâtisserie Favre & Rochat SA · No TVA {uid} TVA
""", '2026/1884','2026-06-02',None,'CHF','4018.80','111.09','4129.89','Boulangerie-Pâtisserie Favre & Rochat SA',ib,uid.replace('-','').replace('.',''),None))

# 079 Belgian Dutch factuur, unlabeled blocks side by side
bv = be_vat('06613920'); ib = iban('BE',be_bban('7350418824'))
DOCS.append(D('dx-079','nl','BE','invoice','seller and customer blocks side by side without labels, gestructureerde mededeling', f"""
Dakwerken Vermeulen-Claes BV              Brouwerij Het Anker Oost
Kasteelstraat 88                          t.a.v. dhr. Wouter De Smet
9160 Lokeren                              Brouwerijstraat 2
{bv[:2]} {bv[2:6]}.{bv[6:9]}.{bv[9:]}                          9160 Lokeren
                                          BE 0871.224.405

FACTUUR 26/0178                                              Lokeren, 03/06/2026

Herstelling platte dakbedekking brouwzaal (EPDM), 62 m²          4.340,00
Vervangen 3 koepels 100x100                                       1.785,00
                                         Totaal excl. btw        6.125,00 EUR
                                         Btw 21%                 1.286,25 EUR
                                         Te betalen              7.411,25 EUR

Te betalen vóór 03/07/2026 op {spaced(ib)} met mededeling +++260/1780/04483+++
""", '26/0178','2026-06-03','2026-07-03','EUR','6125.00','1286.25','7411.25','Dakwerken Vermeulen-Claes BV',ib,bv,None))

# 080 Polish paragon fiskalny, legal name first then shop brand
nip = fill(pl_ok,'PL779231854?')
DOCS.append(D('dx-080','pl','PL','receipt','fiscal receipt with legal name at top, shop brand below, PTU rates', f"""
      SKLEP ZIELONY KOSZYK Sp. z o.o.
        ul. Garbary 48, 61-758 Poznań
    Sklep "EKO-BAZAREK" Poznań Wilda
      ul. Górna Wilda 91, 61-564 Poznań
           NIP {nip[2:5]}-{nip[5:8]}-{nip[8:10]}-{nip[10:]}
2026-06-04                        nr wydr.118204
        PARAGON FISKALNY
Jabłka Szampion  1,420 x 5,49     7,80 C
Ser koryciński   0,380 x 62,00   23,56 C
Woda mineralna 1,5L  2 x 2,79     5,58 A
Torba papierowa      1 x 0,90     0,90 A
--------------------------------------
SPRZEDAŻ OPODATK. A               6,48
PTU A 23%                         1,21
SPRZEDAŻ OPODATK. C              31,36
PTU C 5%                          1,49
SUMA PTU                          2,70
SUMA PLN                         37,84
--------------------------------------
#Kasa 2    Kasjer: Ewa                  14:21
         Karta płatnicza          37,84
          {nip[2:]}  BGA 14044821
""", '118204','2026-06-04',None,'PLN',None,'2.70','37.84','SKLEP ZIELONY KOSZYK Sp. z o.o.',None,nip[2:],None))
