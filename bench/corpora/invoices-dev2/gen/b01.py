from helpers import *
from ids import *
DOCS = []
# 001 UK sole trader, person's name, not VAT registered, INVOICE # header
DOCS.append(D('dx-001','en','GB','invoice','letterhead, number only in title header, no VAT', f"""
GARETH PRYCE                                                      INVOICE #GP-0412
Plumbing & Heating Engineer · Gas Safe Reg. 584213
14 Heol Y Nant, Whitchurch, Cardiff CF14 1AB
07700 914 382 · gareth@pryceplumbing.co.uk

Bill to:
Mrs H. Llewellyn
27 Ty Draw Road
Cardiff CF23 5HB

Date: 12/02/2026                                   Job ref: Boiler service / TRV swap

Description                                        Qty        Rate        Amount
Annual boiler service (Worcester 30i)                1       85.00         85.00
Thermostatic radiator valve supplied & fitted        3       38.50        115.50
Call-out (Saturday)                                  1       40.00         40.00
                                                              -----------------
                                                   TOTAL DUE            £240.50

Payment within 14 days please, by bank transfer to:
Gareth Pryce   Sort code 30-96-41   Account 21587734
Not VAT registered.

Thank you for your custom!
Gareth Pryce, sole trader
""", 'GP-0412','2026-02-12',None,'GBP',None,None,'240.50','Gareth Pryce',None,None,None))

# 002 German freelancer, Rechnung 2026-118 in header only
ib = iban('DE','430609670224715800')
DOCS.append(D('dx-002','de','DE','invoice','letterhead, number only in title line, label-free blocks', f"""
Sabine Kettler
Fachübersetzungen Englisch · Spanisch · Deutsch
Lindenallee 7 · 50968 Köln · Tel. 0221 93 47 110 · kettler@uebersetzen-koeln.de


Kettler · Lindenallee 7 · 50968 Köln
Brenner Anlagenbau GmbH
z. Hd. Herrn Dr. Volker Amsel
Industriestraße 44
47138 Duisburg
                                                             Köln, 09.03.2026

Rechnung 2026-118

Ihre Bestellung 4500719283 vom 20.02.2026

Pos.  Leistung                                         Menge     Einzel       Gesamt
1     Übersetzung EN>DE Betriebsanleitung VX-40     6.420 Wö.   0,14 €     898,80 €
2     Lektorat / Terminologieabgleich                  3,5 Std.  55,00 €    192,50 €
                                                         Nettobetrag        1.091,30 €
                                                         USt. 19 %            207,35 €
                                                         Rechnungsbetrag    1.298,65 €

Leistungszeitraum: 23.02.–06.03.2026
Zahlbar ohne Abzug bis 23.03.2026.

Bankverbindung: Sparkasse KölnBonn · IBAN {spaced(ib)} · BIC COLSDE33
Steuernummer 217/5038/1442 · USt-IdNr. {fill(de_ok,'DE31852017?')}
""", '2026-118','2026-03-09','2026-03-23','EUR','1091.30','207.35','1298.65','Sabine Kettler',ib,fill(de_ok,'DE31852017?'),'4500719283'))

# 003 Japanese qualified invoice
reg = jp_reg('011001082234')
DOCS.append(D('dx-003','ja','JP','invoice','Japanese qualified invoice, seller block right', f"""
                                   請　求　書
                                 （適格請求書）

株式会社みなと精機　御中                               請求書番号：MS-260315-07
〒230-0051 神奈川県横浜市鶴見区鶴見中央2-14-3            発行日：2026年3月15日
ご担当：購買部 佐藤様
                                                    有限会社　三森印刷
                                                    〒110-0016
                                                    東京都台東区台東4-22-9
                                                    TEL 03-5812-4471
                                                    登録番号：{reg}

下記のとおりご請求申し上げます。

ご請求金額　　　　　¥96,800－（税込）
お支払期限　　　　　2026年4月30日

  品名                              数量     単価        金額
  製品カタログ A4 16頁 フルカラー     2,000     36        72,000
  封筒 角2 社名入り                   1,000     16        16,000

                                   小計（10%対象）       88,000
                                   消費税（10%）          8,800
                                   合計                  96,800

振込先：みずほ銀行 上野支店 普通 1748220 ユ）ミツモリインサツ
※振込手数料は貴社にてご負担願います。
""", 'MS-260315-07','2026-03-15','2026-04-30','JPY','88000.00','8800.00','96800.00','有限会社　三森印刷',None,reg,None))

# 004 Supermarket receipt brand vs legal name (NL)
v = fill(nl_ok,'NL85931740?B01')
DOCS.append(D('dx-004','nl','NL','receipt','till receipt, brand differs from legal footer', f"""
        ***  BUURTSUPER DE HOEK  ***
         Kerkstraat 112, Haarlem
           tel. 023-5318870

HALFVOLLE MELK 1L             1,19
VOLKORENBROOD                 2,49
PINDAKAAS 350G                3,15
BANANEN          0,842 kg     1,68
  à 1,99/kg
--------------------------------
TOTAAL                        8,51
PIN                           8,51

BTW    GRONDSLAG     BTW
9%        7,81      0,70
--------------------------------
12-03-2026 17:42  KASSA 2  BON 0418
Maestro  Autorisatiecode 559210
 **** **** **** 4471

Buurtsuper De Hoek is een handelsnaam van
Van Leeuwen Detailhandel B.V.
KvK 71839204  BTW {v}
   Bedankt en tot ziens!
""", '0418','2026-03-12',None,'EUR','7.81','0.70','8.51','Van Leeuwen Detailhandel B.V.',None,v,None))

# 005 China e-fapiao
uscc = cn_uscc('91320506MA7HQ2L5X')
buy = cn_uscc('91310000MA1FL3K80')
DOCS.append(D('dx-005','zh','CN','invoice','Chinese e-fapiao, buyer and seller blocks side by side', f"""
                       电子发票（增值税专用发票）
                                                      发票号码：26322000000041873905
                                                      开票日期：2026年03月06日
 购 名称：上海澄远贸易有限公司                    销 名称：苏州恒锦纺织有限公司
 买 统一社会信用代码/纳税人识别号：               售 统一社会信用代码/纳税人识别号：
 方 {buy}                               方 {uscc}

  项目名称              规格型号   单位   数量     单价        金额        税率/征收率   税额
  *纺织产品*涤棉混纺布   T/C65/35   米     1200    18.50      22200.00       13%       2886.00
  *纺织产品*全棉府绸     CM40s      米      800    23.00      18400.00       13%       2392.00

  合    计                                               ¥40600.00                  ¥5278.00
  价税合计（大写）  肆万伍仟捌佰柒拾捌圆整                         （小写）¥45878.00

 备注：合同号 HJ-SH-2026-017

 开票人：王丽娟
""", '26322000000041873905','2026-03-06',None,'CNY','40600.00','5278.00','45878.00','苏州恒锦纺织有限公司',None,uscc,'HJ-SH-2026-017'))

# 006 Korean tax invoice
sup = kr_brn('138812406'); rcv = kr_brn('220874153')
DOCS.append(D('dx-006','ko','KR','invoice','Korean electronic tax invoice, supplier/recipient grid', f"""
                              전자세금계산서                 승인번호  20260311-10000000-58a3c2e1

 ┌ 공급자 ─────────────────────────┬ 공급받는자 ───────────────────────┐
 │ 등록번호  {sup}                 │ 등록번호  {rcv}                   │
 │ 상호      주식회사 한빛정밀       │ 상호      (주)대성모터스            │
 │ 성명      김도윤                 │ 성명      이정훈                   │
 │ 사업장    경기도 안산시 단원구    │ 사업장    서울특별시 강남구         │
 │           성곡로 57              │           테헤란로 311             │
 │ 업태      제조   종목  금속가공   │ 업태      도소매  종목 자동차부품    │
 └─────────────────────────────────┴──────────────────────────────────┘
 작성일자  2026-03-11        공급가액  4,850,000        세액  485,000

 월 일  품목              규격       수량     단가         공급가액      세액
 03 11  브래킷 가공품      BK-220     500     7,300      3,650,000    365,000
 03 11  샤프트 가공품      SF-18      200     6,000      1,200,000    120,000

 합계금액  5,335,000      현금      수표      어음      외상미수금 5,335,000    이 금액을 (청구) 함
""", '20260311-10000000-58a3c2e1','2026-03-11',None,'KRW','4850000.00','485000.00','5335000.00','주식회사 한빛정밀',None,sup.replace('-',''),None))

# 007 UK self-billing invoice (buyer issues, supplier is vendor)
sv = gb_vat('6621407'); bv = gb_vat('2290318')
DOCS.append(D('dx-007','en','GB','invoice','self-billing invoice issued by the customer', f"""
WESTMOOR CREAMERIES LTD                                   SELF-BILLING INVOICE
Unit 3, Moorgate Business Park, Okehampton EX20 1QF
VAT Reg No {bv[:2]} {bv[2:5]} {bv[5:9]} {bv[9:]}

Supplier:                                   Self-bill invoice no:  SB-778301
Ashdown Dairy Partnership                   Tax point:             28/02/2026
Higher Ashdown Farm                         Supplier account:      SUP-00417
Sticklepath, Okehampton EX20 2NN            Payment date:          14/03/2026
Supplier VAT No: {sv[:2]} {sv[2:5]} {sv[5:9]} {sv[9:]}

Milk collected February 2026
  Litres collected                 186,420
  Base price (p/litre)               41.25          £76,898.25
  Butterfat/protein adj. (p/l)        1.10           £2,050.62
  Haulage deduction (p/l)            -0.85          -£1,584.57
                                                  ------------
  Net value                                         £77,364.30
  VAT @ 0% (zero-rated)                                  £0.00
  Total payable to supplier                         £77,364.30

This is a self-billing invoice. The VAT shown is your output tax due to HMRC.
Issued by Westmoor Creameries Ltd under a self-billing agreement
with the supplier (agreement ref SBA/2025/031, expires 31/12/2026).
Payment will be made by BACS to the account held on file.
""", 'SB-778301','2026-02-28','2026-03-14','GBP','77364.30','0.00','77364.30','Ashdown Dairy Partnership',None,sv,None))

# 008 French two-column pdftotext, interleaved
fv = fr_vat('812457390'); ib = iban('FR',fr_rib('16278','07000','19472136800'))
DOCS.append(D('dx-008','fr','FR','invoice','two-column pdftotext, seller and client interleaved', f"""
MENUISERIE CARADEC & FILS SARL                         FACTURE
ZA de Kerlaran                                         N° de pièce      FA26-00387
29300 Quimperlé                                        Date             04/03/2026
Tél. 02 98 39 14 77                                    Échéance         03/04/2026
contact@menuiserie-caradec.fr                          Code client      C0192
SIRET 812 457 390 00021                                Réf. commande    BC-LM-2611
TVA intracom. {fv}
                                                       SCI LES MOUETTES
                                                       M. Erwan Le Meur
                                                       12 rue des Goélands
                                                       29900 Concarneau

Désignation                                  Qté     P.U. HT      TVA      Total HT
Fenêtre PVC 2 vantaux 125x115 posée            4     612,00       10 %     2 448,00
Porte-fenêtre alu 215x140 posée                1   1 380,00       10 %     1 380,00
Dépose et évacuation anciennes menuiseries     1     190,00       10 %       190,00

                                             Total HT                    4 018,00 €
                                             TVA 10 %                      401,80 €
                                             Total TTC                   4 419,80 €
                                             Acompte versé le 12/01/2026  -1 300,00 €
                                             Net à payer                 3 119,80 €

Règlement par virement : IBAN {spaced(ib)}   BIC CCBPFRPPQPR
Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.
""", 'FA26-00387','2026-03-04','2026-04-03','EUR','4018.00','401.80','3119.80','MENUISERIE CARADEC & FILS SARL',ib,fv,'BC-LM-2611'))

# 009 Mexico CFDI
DOCS.append(D('dx-009','es','MX','invoice','CFDI printout, emisor/receptor blocks, folio fiscal UUID', f"""
REFACCIONARIA EL GÜERO, S.A. DE C.V.                      FACTURA
RFC: RGU090415MKA                                          Folio: A-1287
Régimen fiscal: 601 General de Ley Personas Morales        Fecha: 2026-03-17T12:41:09
Av. Revolución 1840, Col. San Ángel, 01000 CDMX            Lugar de expedición: 01000

Receptor: TRANSPORTES HERMANOS OCHOA SA DE CV
RFC: THO120830AB1     Uso CFDI: G03 Gastos en general
Orden de compra: OC-55871

Cant.  Clave      Descripción                         P. Unitario      Importe
  6    25172504   Balata delantera cerámica            $ 845.00      $ 5,070.00
  2    25174004   Kit clutch 11" tractocamión         $ 6,980.00    $ 13,960.00
  8    15121501   Aceite motor 15W40 cubeta 19 L      $ 1,210.00     $ 9,680.00

                                                  Subtotal       $ 28,710.00
                                                  IVA 16%         $ 4,593.60
                                                  Total          $ 33,303.60
(TREINTA Y TRES MIL TRESCIENTOS TRES PESOS 60/100 M.N.)

Forma de pago: 99 Por definir     Método de pago: PPD Pago en parcialidades o diferido
Folio fiscal (UUID): 7B3E41C9-2D5A-4F88-9C11-0AE6B4D27F53
Este documento es una representación impresa de un CFDI 4.0
""", 'A-1287','2026-03-17',None,'MXN','28710.00','4593.60','33303.60','REFACCIONARIA EL GÜERO, S.A. DE C.V.',None,'RGU090415MKA','OC-55871'))

# 010 Australian sole trader photographer
a = abn('318226475')
DOCS.append(D('dx-010','en','AU','invoice','sole trader letterhead, label/value far apart', f"""
Priya Raman                                                            TAX INVOICE
photography & video
ABN {a}
PO Box 2281, Fremantle WA 6959
0412 558 903 | hello@priyaraman.com.au

Invoice to                                   Invoice number               0097
Swan River Wedding Co Pty Ltd                Date                  6 March 2026
Level 1, 88 Hay Street                       Due               20 March 2026
Subiaco WA 6008

Item                                                                 Amount
Wedding package – Jones/Whitfield, 28 Feb 2026 (8 hrs)            2,400.00
Second shooter                                                      450.00
Travel – Margaret River (2 x 270 km @ $0.85)                        459.00
                                                                  ---------
Subtotal                                                          3,309.00
GST                                                                 330.90
Total AUD                                                         3,639.90

Bank: Priya Raman   BSB 066-128   Acc 1047 2294
Please use invoice number 0097 as payment reference.
""", '0097','2026-03-06','2026-03-20','AUD','3309.00','330.90','3639.90','Priya Raman',None,a.replace(' ',''),None))

# 011 Polish sole proprietor, vendor name over two lines
nip = fill(pl_ok,'PL675143822?'); ib = iban('PL','124012440000228815034771')
DOCS.append(D('dx-011','pl','PL','invoice','vendor name wrapped over two lines, sprzedawca/nabywca columns', f"""
                                                 Faktura VAT nr FV 45/03/2026
                                                 Data wystawienia: 18.03.2026
                                                 Data sprzedaży:   16.03.2026
Sprzedawca:                                      Nabywca:
Przedsiębiorstwo Handlowo-Usługowe               Hotel Pod Sosnami Sp. z o.o.
„KOMES” Jan Kowalczyk                            ul. Zakopiańska 61
ul. Kolejowa 8                                   34-400 Nowy Targ
34-500 Zakopane                                  NIP: 735-287-11-05
NIP: {nip[2:5]}-{nip[5:8]}-{nip[8:10]}-{nip[10:]}

Lp. Nazwa towaru/usługi            J.m.  Ilość   Cena netto  Wartość netto  VAT   Kwota VAT  Wartość brutto
1   Pościel hotelowa satyna 160x200 kpl    40     129,00      5 160,00      23%   1 186,80      6 346,80
2   Ręcznik frotte 70x140            szt.   120      24,50      2 940,00      23%     676,20      3 616,20
                                                    RAZEM:   8 100,00            1 863,00      9 963,00

Do zapłaty: 9 963,00 zł
Słownie: dziewięć tysięcy dziewięćset sześćdziesiąt trzy złote 00/100
Sposób płatności: przelew, termin płatności: 14 dni (01.04.2026)
Nr konta: {ib[2:4]} {spaced(ib[4:])} (mBank)
Zamówienie nr ZAM/HPS/0312

Osoba upoważniona do wystawienia: Jan Kowalczyk
""", 'FV 45/03/2026','2026-03-18','2026-04-01','PLN','8100.00','1863.00','9963.00','Przedsiębiorstwo Handlowo-Usługowe „KOMES” Jan Kowalczyk',ib,nip[2:],'ZAM/HPS/0312'))

# 012 Italian ditta individuale, surname first
piva = fill(it_ok,'IT0381720046?'); ib = iban('IT',it_bban('03069','02211','100000017734'))
DOCS.append(D('dx-012','it','IT','invoice','artisan letterhead, fattura n. with slash, surname-first name', f"""
BELLANDI MARCO
Lavorazioni in ferro battuto – cancelli, ringhiere, scale
Via del Ponte Nuovo 23 – 50127 Firenze (FI)
P.IVA {piva[2:]} – C.F. BLLMRC71C14D612Q
Tel. 055 412 3390 – bellandi.ferro@pec.it

                                               Spett.le
                                               Condominio Via Bolognese 118
                                               c/o Studio Amm. Gori
                                               Via Faenza 40 – 50123 Firenze

FATTURA N. 14/2026 del 10/03/2026

Descrizione                                             Importo
Fornitura e posa ringhiera scala condominiale         3.850,00
Verniciatura a polvere RAL 7016                         620,00
                                          Imponibile  4.470,00
                                          IVA 22%       983,40
                                          TOTALE      5.453,40

Pagamento: bonifico bancario 30 gg d.f. (scadenza 09/04/2026)
IBAN {ib}
""", '14/2026','2026-03-10','2026-04-09','EUR','4470.00','983.40','5453.40','BELLANDI MARCO',ib,piva[2:],None))

# 013 Kenyan taxi receipt brand vs legal
DOCS.append(D('dx-013','en','KE','receipt','ride receipt, app brand differs from legal entity', f"""
SAFARI CABS  —  Trip receipt
Thu, 19 Mar 2026 · 22:14

Westlands → JKIA Terminal 1A
Distance 18.6 km · Duration 34 min
Driver: Peter · KDK 412M (Toyota Axio)

Base fare                         KES 1,650.00
Airport access                    KES   200.00
Waiting time                      KES    90.00
Total (VAT incl.)                 KES 1,940.00
  of which VAT 16%                KES   267.59
Paid with M-PESA  Ref RCJ7HX21QP

Receipt no. SC-KE-0031845277
Safari Cabs is operated by Jambo Urban Mobility Ltd, P.O. Box 40233-00100 Nairobi
KRA PIN P052173814Q
""", 'SC-KE-0031845277','2026-03-19',None,'KES',None,'267.59','1940.00','Jambo Urban Mobility Ltd',None,'P052173814Q',None))
