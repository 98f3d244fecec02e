from helpers import *
from ids import *
DOCS = []
# 026 Belgian facture, two-column pdftotext, structured communication
bv = be_vat('08214736'); ib = iban('BE',be_bban('0682137490'))
DOCS.append(D('dx-026','fr','BE','invoice','two-column pdftotext, client block interleaved with seller lines', f"""
IMPRIMERIE DELVAUX SRL                                               FACTURE
Chaussée de Namur 218                                   Facture n°        : 2026/0412
5030 Gembloux                        ASBL Les Jardins du Hainaut
TVA {bv[:2]} {bv[2:6]}.{bv[6:9]}.{bv[9:]}                  Rue du Marché 7
Tél. 081 61 23 40                    7000 Mons
                                                        Date              : 30/03/2026
                                     N° TVA client : BE 0661.392.025
                                                        Échéance          : 29/04/2026
                                                        Votre commande    : 17/JDH

Qté     Description                                    Prix unit.     TVA     Total HTVA
500     Brochure A5 24 pages, quadri                      1,84        6%        920,00
250     Affiches A2 couché 170 g                          0,96       21%        240,00
1       Mise en page et BAT                              180,00      21%        180,00

                                               Total HTVA                  1.340,00
                                               TVA 6% sur 920,00              55,20
                                               TVA 21% sur 420,00             88,20
                                               Total TVA                     143,40
                                               Total TVAC                  1.483,40 EUR

Paiement sur le compte {spaced(ib)} (BIC GKCCBEBB) avec la communication structurée
+++090/9337/55493+++ avant le 29/04/2026.
""", '2026/0412','2026-03-30','2026-04-29','EUR','1340.00','143.40','1483.40','IMPRIMERIE DELVAUX SRL',ib,bv,'17/JDH'))

# 027 Spanish factura, vendor name on two lines, number in table cell
cif = fill(es_cif_ok,'ESB7241836?'); ib = iban('ES',es_bban('3035','0271','1271004883'))
DOCS.append(D('dx-027','es','ES','invoice','vendor name on two lines, number in grid under header', f"""
TALLERES MECÁNICOS
HERMANOS GAZTAÑAGA, S.L.
Polígono Industrial Ugaldeguren III, Parcela 14
48170 Zamudio (Bizkaia)
CIF {cif[2:]}  ·  Tel. 944 52 18 63

                                                  CLIENTE
                                                  Construcciones Arrieta Lasa, S.A.
                                                  C/ Licenciado Poza, 31 - 4º
                                                  48011 Bilbao
                                                  NIF A48731905

 ┌──────────────┬────────────┬────────────┬──────────────┐
 │ FACTURA Nº   │ FECHA      │ CLIENTE    │ SU PEDIDO    │
 ├──────────────┼────────────┼────────────┼──────────────┤
 │ F26-000214   │ 31/03/2026 │ 000387     │ P-2026-118   │
 └──────────────┴────────────┴────────────┴──────────────┘

Concepto                                               Uds.    Precio     Importe
Reparación hidráulica retroexcavadora JCB 3CX          1     1.245,00    1.245,00
Latiguillos alta presión                               6        38,40      230,40
Mano de obra oficial 1ª (horas)                        9        46,00      414,00

                                       Base imponible              1.889,40 €
                                       IVA 21 %                      396,77 €
                                       TOTAL FACTURA               2.286,17 €

Forma de pago: transferencia a 30 días (vto. 30/04/2026)
{ib[:4]} {spaced(ib[4:])}
Inscrita en el Registro Mercantil de Bizkaia, Tomo 4210, Folio 88, Hoja BI-37214
""", 'F26-000214','2026-03-31','2026-04-30','EUR','1889.40','396.77','2286.17','TALLERES MECÁNICOS HERMANOS GAZTAÑAGA, S.L.',ib,cif[2:],'P-2026-118'))

# 028 Portuguese fatura-recibo, café
nif = fill(pt_ok,'PT50912834?')
DOCS.append(D('dx-028','pt','PT','receipt','simplified invoice-receipt from café, brand vs legal name, ATCUD', f"""
      Pastelaria Flor do Minho
   FLOR DO MINHO - PASTELARIA E
      CAFETARIA, LDA.
 Rua de Santa Catarina, 402 - 4000-446 Porto
        NIF: {nif[2:]}

FATURA SIMPLIFICADA FS 2026A/8831
ATCUD: JJ4K7T2M-8831
Data: 01-04-2026  Hora: 10:32
Contribuinte: Consumidor final

2 x Galão                1,60     3,20
2 x Pastel de nata       1,30     2,60
1 x Tosta mista          3,90     3,90
1 x Água 0,33L           1,10     1,10

TOTAL                         10,80 €
Multibanco                    10,80 €

Taxa    Incidência    IVA      Total
13%        9,56       1,24     10,80

Processado por programa certificado n.º 2291/AT
Obrigado e volte sempre!
""", 'FS 2026A/8831','2026-04-01',None,'EUR','9.56','1.24','10.80','FLOR DO MINHO - PASTELARIA E CAFETARIA, LDA.',None,nif[2:],None))

# 029 UK credit note, odd labels
gv = gb_vat('3189427')
DOCS.append(D('dx-029','en','GB','credit_note','letterhead left, CREDIT NOTE right, our ref / your ref labels', f"""
Halden & Rigby Office Supplies Ltd                                      CREDIT NOTE
Unit 7, Canal Wharf, Leeds LS11 5PY
T 0113 496 0712  E accounts@haldenrigby.co.uk

Customer                                     Our ref.          CN-10482
Pennine Housing Association                  Date              2 April 2026
Finance Dept, 40 Wellington St               Against invoice   INV-55120
Leeds LS1 2DE                                Your ref.         PHA-PO-88314
                                             Account           PEN001

Qty   Code       Description                                 Unit      Net     VAT
-4    HR-TN305   Toner cartridge, black (damaged in transit)  56.20   -224.80   20%
-10   HR-A4BX    A4 copier paper, box of 5 reams (short-dated) 18.90  -189.00   20%

                                                     Net total        -£413.80
                                                     VAT @ 20%         -£82.76
                                                     Credit total     -£496.56

This credit has been applied to your account and will be offset against your next payment.
Registered in England No. 04418320 · VAT No. {gv[:2]} {gv[2:5]} {gv[5:9]} {gv[9:]}
""", 'CN-10482','2026-04-02',None,'GBP','-413.80','-82.76','-496.56','Halden & Rigby Office Supplies Ltd',None,gv,'PHA-PO-88314'))

# 030 Nigeria, sole trader business name with person's name
DOCS.append(D('dx-030','en','NG','invoice','business-name letterhead, label-free customer block, naira', f"""
                         CHINEDU EZE VENTURES
              (Building materials · Plumbing · Electricals)
        Plot 12, Trade Fair Complex, Ojo-Badagry Expressway, Lagos
           Tel: 0803 471 2290, 0909 118 4407   RC: BN 2948813
                          TIN: 21843307-0001

                                                  INVOICE NO: CEV/0326/118
                                                  DATE: 04/04/2026

Messrs. Adeyemi Oluwaseun & Partners
17 Adeola Odeku Street
Victoria Island, Lagos

QTY   DESCRIPTION                                  RATE (₦)          AMOUNT (₦)
 50   Dangote cement 50kg                          9,800.00          490,000.00
120   Iron rod 12mm (length)                      11,250.00        1,350,000.00
 10   PVC pipe 4" (length)                          7,400.00           74,000.00
                                                SUB TOTAL        1,914,000.00
                                                VAT 7.5%           143,550.00
                                                TOTAL            2,057,550.00

Amount in words: Two Million, Fifty-Seven Thousand, Five Hundred and Fifty Naira Only.
Account Name: Chinedu Eze Ventures  Bank: Zenith Bank  Acct No: 1014728836
Goods once sold are not returnable.        ____________________
                                            Chinedu Eze (Proprietor)
""", 'CEV/0326/118','2026-04-04',None,'NGN','1914000.00','143550.00','2057550.00','CHINEDU EZE VENTURES',None,'218433070001',None))

# 031 Egypt, Arabic tax invoice
DOCS.append(D('dx-031','ar','EG','invoice','Arabic tax invoice, seller block top, number and date at right', f"""
                                    فاتورة ضريبية
شركة النيل للتوريدات الكهربائية ش.م.م
٢٤ شارع محمد فريد، عابدين، القاهرة
رقم التسجيل الضريبي: 318-442-905
سجل تجاري: 118432 القاهرة
                                                          رقم الفاتورة: NE-2026-0573
                                                          التاريخ: 2026/04/05
العميل: مستشفى الشفاء التخصصي
العنوان: ١٢ شارع التسعين، التجمع الخامس، القاهرة الجديدة
رقم التسجيل الضريبي للعميل: 207-615-338
أمر الشراء: PO-SH-4471

البيان                               الكمية     سعر الوحدة       الإجمالي
كابل نحاس 3×16 مم                     200        410.00        82,000.00
لوحة توزيع 24 خط                        6      3,850.00        23,100.00
قاطع تيار 63 أمبير                     30        520.00        15,600.00

                                    الإجمالي قبل الضريبة      120,700.00 ج.م
                                    ضريبة القيمة المضافة 14%   16,898.00 ج.م
                                    الإجمالي المستحق          137,598.00 ج.م

شروط الدفع: خلال 30 يوماً من تاريخ الفاتورة
""", 'NE-2026-0573','2026-04-05',None,'EGP','120700.00','16898.00','137598.00','شركة النيل للتوريدات الكهربائية ش.م.م',None,'318442905','PO-SH-4471'))

# 032 Saudi simplified tax invoice (receipt), bilingual
DOCS.append(D('dx-032','ar','SA','receipt','bilingual simplified tax invoice from a café, brand vs legal name', f"""
              قهوة الرمال | RIMAL COFFEE
      مؤسسة سالم بن عبدالله القحطاني للتجارة
   Salem Bin Abdullah Al-Qahtani Trading Est.
         طريق الملك فهد، العليا، الرياض
   الرقم الضريبي VAT No: 310482756100003
        فاتورة ضريبية مبسطة
      Simplified Tax Invoice
رقم الفاتورة Invoice No: 00-18-44092
التاريخ Date: 06/04/2026 08:51

Spanish latte  سبانش لاتيه   1   19.00
Croissant      كرواسون       2   24.00
Water          ماء           1    3.00

الإجمالي غير شامل الضريبة  Total excl. VAT    40.00
ضريبة القيمة المضافة 15%  VAT 15%             6.00
الإجمالي شامل الضريبة     Total incl. VAT    46.00 SAR
مدى mada                                     46.00
""", '00-18-44092','2026-04-06',None,'SAR','40.00','6.00','46.00','Salem Bin Abdullah Al-Qahtani Trading Est.',None,'310482756100003',None))

# 033 UAE tax invoice
ib = iban('AE','0260001015588442101')
DOCS.append(D('dx-033','en','AE','invoice','label/value pairs far apart, TRN, bank block with two accounts', f"""
AL NOOR FACILITY                                                   TAX INVOICE
MANAGEMENT SERVICES L.L.C.
Office 1204, Prime Tower, Business Bay, Dubai, U.A.E.
TRN 100384927500003

Bill To                                                          Invoice No            ANF-INV-2604-031
Meridian Hospitality FZ-LLC                                      Invoice Date          07-Apr-2026
Building 4, Dubai Internet City                                  Due Date              07-May-2026
TRN 100771230400003                                              LPO                   MH/LPO/26/0219

Description                                                    Qty     Rate          Amount (AED)
Soft services – cleaning, March 2026                             1    38,500.00      38,500.00
Pest control (quarterly)                                         1     2,750.00       2,750.00
Deep clean kitchen extraction                                    2     3,100.00       6,200.00
                                                                              ------------------
                                                        Taxable amount           47,450.00
                                                        VAT 5%                    2,372.50
                                                        Total (AED)              49,822.50

Bank details:
  AED account – Emirates NBD   IBAN {spaced(ib)}
  USD account – Emirates NBD   Account No. 1025588442102 (USD)
""", 'ANF-INV-2604-031','2026-04-07','2026-05-07','AED','47450.00','2372.50','49822.50','AL NOOR FACILITY MANAGEMENT SERVICES L.L.C.',ib,'100384927500003','MH/LPO/26/0219'))

# 034 Quebec facture TPS/TVQ, sole proprietor
DOCS.append(D('dx-034','fr','CA','invoice','Quebec invoice with two sales taxes, company name with family name', f"""
DÉNEIGEMENT GAGNON & FILS INC.
1275, rang Saint-Joseph, Saint-Lin–Laurentides (Québec) J5M 0B4
450 439-2281

FACTURE no 3392                                         Date : 8 avril 2026

Facturé à :
Syndicat de copropriété Les Cèdres
4410, boul. Saint-Martin Ouest, Laval (Québec) H7T 0H5

Déneigement stationnement saison 2025-2026 – 4e versement        2 150,00 $
Épandage abrasif supplémentaire (3 sorties)                          285,00 $
                                                     Sous-total   2 435,00 $
                                   TPS 5 % (no 741823056 RT0001)     121,75 $
                                   TVQ 9,975 % (no 1218843310 TQ0001) 242,89 $
                                                     TOTAL        2 799,64 $

Payable sur réception. Merci de votre confiance!
""", '3392','2026-04-08',None,'CAD','2435.00','364.64','2799.64','DÉNEIGEMENT GAGNON & FILS INC.',None,'741823056RT0001',None))

# 035 Canada Ontario sole proprietor, HST, invoice number in Bill # label
DOCS.append(D('dx-035','en','CA','invoice','sole proprietor, "Bill #" label, HST, e-transfer', f"""
Dave MacIsaac
Licensed Electrician (ECRA/ESA #7012884)
22 Brock St. E, Uxbridge ON L9P 1N8
(905) 852-7730

BILL #  2026-041                                       April 9, 2026

Client: Karen & Mike Deschamps
        318 Concession Rd 6, Port Perry ON

- Install 60A subpanel in detached garage, incl. permit          $1,480.00
- Run 40 m 6/3 NMWU in conduit                                     $620.00
- 2 x exterior GFCI receptacles                                    $190.00
                                                                 ----------
                                                   Subtotal       $2,290.00
                                                   HST 13%          $297.70
                                                   Total          $2,587.70

HST # 782214390 RT0001
Payment by e-transfer to dave.macisaac.electric@gmail.com or cheque. Due within 15 days.
Thanks - Dave
""", '2026-041','2026-04-09',None,'CAD','2290.00','297.70','2587.70','Dave MacIsaac',None,'782214390RT0001',None))

# 036 Norwegian faktura, KID vs fakturanummer
org = fill(no_ok,'91824570?'); ib = iban('NO','15032214786')
DOCS.append(D('dx-036','no','NO','invoice','Norwegian invoice, KID and invoice no close together, MVA org no', f"""
Fjordvik Rørleggerservice AS                                      FAKTURA
Sjøgata 14, 8006 Bodø
Org.nr. {org[:3]} {org[3:6]} {org[6:]} MVA
Tlf. 755 21 480

Kunde                                        Fakturanr.:     71233
Bodø Tannlegesenter AS                        Fakturadato:    10.04.2026
Storgata 40                                   Forfallsdato:   24.04.2026
8006 Bodø                                     Kundenr.:       10482
                                              KID:            0010482712337
Deres ref.: Ingrid Solheim

Beskrivelse                                   Antall   Pris       Beløp
Utskifting av varmtvannsbereder 200 l            1   14 900,00   14 900,00
Arbeid, rørlegger                                5,5     890,00    4 895,00
Kjøring                                          1      420,00      420,00

                                    Sum eks. mva            20 215,00
                                    Mva 25 %                 5 053,75
                                    Å betale NOK            25 268,75

Kontonr. {ib[4:8]}.{ib[8:10]}.{ib[10:]}  ·  IBAN {ib}  ·  BIC DNBANOKKXXX
""", '71233','2026-04-10','2026-04-24','NOK','20215.00','5053.75','25268.75','Fjordvik Rørleggerservice AS',ib,org+'MVA',None))

# 037 Danish faktura, number in table cell
cvr = fill(dk_ok,'DK3158204?'); ib = iban('DK','30000010447218')
DOCS.append(D('dx-037','da','DK','invoice','key-value header table, CVR in footer', f"""
Nørrebro Cykelværksted ApS
Guldbergsgade 51 · 2200 København N

                                                                   FAKTURA
  Fakturanr.   Dato          Kundenr.   Betalingsbetingelser
  5519         13-04-2026    3371       Netto 8 dage

Kunde:
Byens Budservice I/S
Rentemestervej 23A
2400 København NV
Rekvisition: BB-0415

Varenr.   Tekst                                  Antal   Stk.pris     Beløb
LC-220    Ladcykel, årligt eftersyn                  3     1.150,00   3.450,00
KB-07     Kædeskift + kassette, 11-speed             3       640,00   1.920,00
HYD-02    Udluftning hydrauliske bremser             2       295,00     590,00

                                        Subtotal                  5.960,00
                                        Moms 25%                  1.490,00
                                        I alt DKK                 7.450,00

Betalingsdato: 21-04-2026 · Reg.nr. 3000 Konto 0010447218 · IBAN {ib}
CVR {cvr[2:]} · Tlf. 35 37 19 02
""", '5519','2026-04-13','2026-04-21','DKK','5960.00','1490.00','7450.00','Nørrebro Cykelværksted ApS',ib,cvr[2:],'BB-0415'))
