from helpers import *
from ids import *
DOCS = []
# 014 German credit note
v = fill(de_ok,'DE29410375?'); ib = iban('DE','760501010008812364')
DOCS.append(D('dx-014','de','DE','credit_note','letterhead right, key-value table, refers to original invoice', f"""
                                                         Elektro Hofbauer GmbH & Co. KG
                                                         Gewerbering 12
                                                         91126 Schwabach
                                                         Tel. 09122 / 83 44-0
Elektro Hofbauer GmbH & Co. KG · Gewerbering 12 · 91126 Schwabach

Hausverwaltung Pfister
Frau Renate Pfister
Lorenzer Platz 3
90402 Nürnberg

GUTSCHRIFT

Gutschrift-Nr.   Datum        Kunden-Nr.   zu Rechnung
GS-2026-0031     16.03.2026   K-20417      RE-2026-0412 vom 02.03.2026

Pos.  Artikel      Bezeichnung                           Menge   Einzelpreis    Gesamt
1     LED-PL-60    LED-Panel 62x62 4000K (Rücknahme)       -6        48,50      -291,00
2     MONT-STD     Montagestunde (zu viel berechnet)       -1,5      64,00       -96,00
                                                      Summe netto             -387,00 €
                                                      zzgl. 19 % USt.          -73,53 €
                                                      Gutschriftbetrag        -460,53 €

Der Betrag wird mit Ihrer nächsten Zahlung verrechnet bzw. auf Ihr Konto überwiesen.

Sitz Schwabach · Amtsgericht Nürnberg HRA 18834 · USt-IdNr. {v}
Sparkasse Mittelfranken-Süd · IBAN {spaced(ib)} · BIC BYLADEM1SRS
""", 'GS-2026-0031','2026-03-16',None,'EUR','-387.00','-73.53','-460.53','Elektro Hofbauer GmbH & Co. KG',ib,v,None))

# 015 US invoice, key-value table header row
DOCS.append(D('dx-015','en','US','invoice','header-row table with values under it, remit-to block', f"""
Tri-County Pallet & Crate, LLC
4410 County Road 19
Fremont, OH 43420
(419) 555-0187   www.tricountypallet.com

                                                                      INVOICE
 Invoice Date | Invoice #   | Customer ID | Terms  | PO #        | Ship Via
 03/05/2026   | 260311      | LAKE-044    | Net 30 | 7720-1184   | Our truck

Bill To:                                    Ship To:
Lakeshore Components Inc.                   Lakeshore Components Inc. - Plant 2
Attn: Accounts Payable                      2150 Industrial Pkwy
PO Box 1902                                 Sandusky, OH 44870
Sandusky, OH 44871

Qty    Item        Description                          Unit Price        Amount
400    GMA-48x40   Recycled GMA pallet 48x40 #1            $8.75      $3,500.00
 60    CRT-3624    Custom crate 36x24x24 HT stamped       $42.00      $2,520.00
  1    DLV         Delivery charge                        $95.00         $95.00

                                                     Subtotal          $6,115.00
                                                     Sales Tax (0%)        $0.00
                                                     Total             $6,115.00
                                                     Balance Due       $6,115.00

Remit to: Tri-County Pallet & Crate, LLC, Dept. 8841, PO Box 650, Toledo, OH 43697
Resale/manufacturing exemption cert. on file.
""", '260311','2026-03-05',None,'USD','6115.00','0.00','6115.00','Tri-County Pallet & Crate, LLC',None,None,'7720-1184'))

# 016 South Africa, unlabeled blocks
DOCS.append(D('dx-016','en','ZA','invoice','buyer and seller blocks without labels', f"""
TAX INVOICE                                                          No. 00-4471

Karoo Solar Installations (Pty) Ltd           Mr & Mrs D. van Wyk
14 Voortrekker Street                         Plot 22, Rooihuiskraal North
Prince Albert 6930                            Centurion 0157
VAT No. {fill(za_ok,'4270183?51')}                            VAT No. n/a
Reg. 2019/384512/07

Date: 2026/03/09                   Your ref: Quote Q-2251 accepted 12 Feb

  5 kW hybrid inverter                                   1    R 24 500.00
  Lithium battery 5.12 kWh                               2    R 31 800.00
  550 W mono panels                                     10    R 21 900.00
  Mounting, cabling, DB and labour                       1    R 18 300.00
                                                        -----------------
                                        Total excl. VAT       R 96 500.00
                                        VAT 15%               R 14 475.00
                                        Total incl. VAT      R 110 975.00
                                        Less deposit paid    R 55 000.00
                                        Amount due            R 55 975.00

Banking: FNB Cheque 62841190225, branch 250655. Ref: 00-4471
Payment due on completion (2026/03/16).
""", '00-4471','2026-03-09','2026-03-16','ZAR','96500.00','14475.00','55975.00','Karoo Solar Installations (Pty) Ltd',None,fill(za_ok,'4270183?51'),None))

# 017 Swiss invoice with QR-bill payment part, vendor name split
uid = ch_uid('41582930'); ib = iban('CH','0078100004471823')
DOCS.append(D('dx-017','de','CH','invoice',"letterhead name over two lines, apostrophe thousands, QR-bill receipt part", f"""
Schreinerei & Innenausbau
Ammann AG
Dorfstrasse 31
8863 Buttikon SZ                                           Buttikon, 11. März 2026
055 444 18 20 · info@ammann-schreinerei.ch

                                          Frau und Herr
                                          Claudia und Reto Bachmann-Schuler
                                          Alpenblick 4
                                          8840 Einsiedeln

Rechnung Nr. 26-0219
Objekt: Einbauschrank Dachgeschoss / Ihr Auftrag vom 22.01.2026

Arbeiten gemäss Offerte 25-1187                            CHF   7'940.00
Mehraufwand Beleuchtung LED-Profil                         CHF     385.00
Rabatt 3 %                                                 CHF    -249.75
                                                           ---------------
Total exkl. MWST                                           CHF   8'075.25
MWST 8.1 %                                                 CHF     654.10
Total inkl. MWST                                           CHF   8'729.35

Zahlbar innert 30 Tagen netto.
MWST-Nr. {uid} MWST
- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -
Empfangsschein                       Zahlteil
Konto / Zahlbar an                   Konto / Zahlbar an
{spaced(ib)}              {spaced(ib)}
Schreinerei & Innenausbau Ammann AG  Schreinerei & Innenausbau Ammann AG
Dorfstrasse 31                       Dorfstrasse 31
8863 Buttikon                        8863 Buttikon
Währung   Betrag                     Zusätzliche Informationen
CHF       8 729.35                   Rechnung 26-0219
""", '26-0219','2026-03-11',None,'CHF','8075.25','654.10','8729.35','Schreinerei & Innenausbau Ammann AG',ib,uid.replace('-','').replace('.',''),None))

# 018 Swedish faktura, number in table cell, OCR distinct
org='5592841034'; ib = iban('SE','60000000000418220395')
DOCS.append(D('dx-018','sv','SE','invoice','boxed header table with values under labels, OCR reference', f"""
LINDQVIST BYGG & MÅLERI AB                                        FAKTURA
Verkstadsgatan 9, 722 12 Västerås

 Fakturadatum  | Fakturanummer | Kundnummer | Förfallodatum | OCR-nummer
 2026-03-13    | 10458         | 2207       | 2026-04-12    | 104582207336

Kund:                                  Er referens: Anna Holmgren
BRF Solängen 3                         Vår referens: Mats Lindqvist
c/o Riksbyggen                         Ert ordernr: 88-2026
Box 1190, 721 29 Västerås

Artikel                     Antal  Enhet    À-pris       Belopp
Målning trapphus 3 plan       1    st    38 400,00    38 400,00
Spackling och slipning       14    tim      595,00     8 330,00
Material enl. följesedel      1    st     4 870,00     4 870,00

                         Summa exkl. moms          51 600,00
                         Moms 25 %                 12 900,00
                         Att betala SEK            64 500,00

Vid betalning ange OCR-nummer. Dröjsmålsränta enligt räntelagen.
Bankgiro 5481-2297 · IBAN {ib} · BIC HANDSESS
Org.nr {org[:6]}-{org[6:]} · Momsreg.nr SE{org}01 · Godkänd för F-skatt
""", '10458','2026-03-13','2026-04-12','SEK','51600.00','12900.00','64500.00','LINDQVIST BYGG & MÅLERI AB',ib,'SE'+org+'01','88-2026'))

# 019 Turkish e-Arşiv fatura
vkn = tr_vkn('948201937')
DOCS.append(D('dx-019','tr','TR','invoice','e-Arşiv printout, seller block top-left, ETTN, fatura no in right box', f"""
YILDIZ TEKSTİL SANAYİ VE TİCARET LTD. ŞTİ.                  e-ARŞİV FATURA
Organize Sanayi Bölgesi 4. Cadde No:17
Merkezefendi / DENİZLİ                               Özelleştirme No : TR1.2
Tel: 0258 269 14 30                                  Senaryo         : EARSIVFATURA
Vergi Dairesi: Pamukkale  VKN: {vkn}                 Fatura Tipi     : SATIS
Mersis No: 0948201937500015                          Fatura No       : YTX2026000001842
                                                     Fatura Tarihi   : 20-03-2026
SAYIN                                                Sipariş No      : SP-3310
Elif Şahin Aksoy
Bağdat Cad. No:242 D:5
Kadıköy / İSTANBUL
TCKN: 38471920510

ETTN: 5c1e8a42-77b3-4d09-9f26-b1e04d3a6c18

Sıra  Mal Hizmet               Miktar   Birim Fiyat   KDV Oranı   KDV Tutarı   Mal Hizmet Tutarı
1     Pamuklu nevresim takımı  2 Adet   1.450,00 TL     %20         580,00 TL      2.900,00 TL
2     Bornoz seti              1 Adet     980,00 TL     %20         196,00 TL        980,00 TL

                                          Mal Hizmet Toplam Tutarı      3.880,00 TL
                                          Hesaplanan KDV (%20)            776,00 TL
                                          Vergiler Dahil Toplam Tutar   4.656,00 TL
                                          Ödenecek Tutar                4.656,00 TL

Yalnız: DörtBinAltıYüzElliAltı TL Sıfır Kr
""", 'YTX2026000001842','2026-03-20',None,'TRY','3880.00','776.00','4656.00','YILDIZ TEKSTİL SANAYİ VE TİCARET LTD. ŞTİ.',None,vkn,'SP-3310'))

# 020 Indian GST invoice, proprietor, Indian digit grouping
g = gstin('27ABCPD4721K1Z')
DOCS.append(D('dx-020','en','IN','invoice','Indian GST tax invoice, CGST+SGST, lakh grouping, amount in words', f"""
                                  TAX INVOICE
SHREE GANESH TRADERS                                   Original for Recipient
Prop. Dinesh Patil
Shop 14, APMC Market Yard, Sector 19, Vashi, Navi Mumbai 400703
GSTIN: {g}   State: Maharashtra (27)   Mob: 98200 41736

Invoice No.: SGT/25-26/1147          Invoice Date: 21-03-2026
Buyer's Order No.: PO/HK/2291        Dated: 17-03-2026
Buyer (Bill to): Hotel Kinara Pvt Ltd, Plot 5, Sector 30A, Vashi
GSTIN: 27AADCH8820L1Z9

Sl  Description of Goods       HSN     Qty       Rate       Amount
1   Basmati Rice 25 kg bag     1006    40 bag   2,150.00    86,000.00
2   Refined Sunflower Oil 15L  1512    25 tin   1,980.00    49,500.00
3   Toor Dal 30 kg             0713    10 bag   3,600.00    36,000.00
                                                  Taxable    1,71,500.00
                                 CGST @ 2.5%                    4,287.50
                                 SGST @ 2.5%                    4,287.50
                                 Total Tax                      8,575.00
                                 Total                       1,80,075.00

Amount Chargeable (in words): Indian Rupees One Lakh Eighty Thousand Seventy Five Only
Bank: Saraswat Co-op Bank, A/c 058700100018842, IFSC SRCB0000058
Payment within 15 days. Subject to Navi Mumbai jurisdiction.
                                                     for SHREE GANESH TRADERS
                                                     Authorised Signatory
""", 'SGT/25-26/1147','2026-03-21',None,'INR','171500.00','8575.00','180075.00','SHREE GANESH TRADERS',None,g,'PO/HK/2291'))

# 021 Brazil NFC-e consumer receipt
c = cnpj('318402770001')
DOCS.append(D('dx-021','pt','BR','receipt','NFC-e consumer receipt, brand over legal name, approximate taxes line', f"""
        PADARIA PÃO DOURADO
  PANIFICADORA SANTA LUZIA COMÉRCIO DE ALIMENTOS LTDA
         CNPJ: {c}   IE: 114.582.330.117
   Rua Voluntários da Pátria, 1288 - Santana - São Paulo/SP
 DANFE NFC-e - Documento Auxiliar da Nota Fiscal de Consumidor Eletrônica

Código  Descrição              Qtde  Un   Vl Unit   Vl Total
0012    PAO FRANCES KG        0,640  KG    18,90     12,10
0231    CAFE COADO 200ML          2  UN     6,50     13,00
0418    PAO DE QUEIJO UN          4  UN     4,25     17,00
0977    SUCO LARANJA 500ML        1  UN    11,90     11,90

Qtde. total de itens                                4
Valor a pagar R$                                54,00
FORMA PAGAMENTO                         VALOR PAGO R$
Cartão de Débito                                54,00

Consulte pela Chave de Acesso em www.nfce.fazenda.sp.gov.br/consulta
3526 0331 8402 7700 0181 6500 1000 0483 1910 4820 5179
CONSUMIDOR NÃO IDENTIFICADO
NFC-e nº 000048319 Série 001 22/03/2026 08:17:44
Protocolo de autorização: 135260418832207
Tributos Totais Incidentes (Lei Federal 12.741/2012): R$ 7,21
""", '000048319','2026-03-22',None,'BRL',None,None,'54.00','PANIFICADORA SANTA LUZIA COMÉRCIO DE ALIMENTOS LTDA',None,c.replace('.','').replace('/','').replace('-',''),None))

# 022 Japanese convenience store receipt, reduced rate
reg = jp_reg('012401049931')
DOCS.append(D('dx-022','ja','JP','receipt','konbini receipt, brand vs operating company, two tax rates', f"""
      まちかどマート 中野坂上店
   東京都中野区本町2-46-1
   電話：03-5342-7718
   登録番号 {reg}
   運営：株式会社ライフサポート東都

2026年 3月24日(火) 12:08   レジ02  No.3317

 おにぎり 鮭              ※    160
 サンドイッチ たまご       ※    298
 緑茶 525ml               ※    140
 ボールペン 黒                  165
 レジ袋 M                        5

小　計                         ¥768
 (10%対象                      ¥170)
 (内消費税等                    ¥15)
 ( 8%対象                      ¥598)
 (内消費税等                    ¥44)
合　計                         ¥768
交通系IC                       ¥768
お釣り                           ¥0
※は軽減税率(8%)適用商品です
""", '3317','2026-03-24',None,'JPY',None,'59.00','768.00','株式会社ライフサポート東都',None,reg,None))

# 023 Hong Kong, vendor name over two lines (English + Chinese), no tax
DOCS.append(D('dx-023','en','HK','invoice','bilingual letterhead with English name wrapped, HK$ without tax', f"""
                         WING FAT ELECTRICAL & PLUMBING
                              ENGINEERING COMPANY
                              永發水電工程公司
          Flat B, 9/F, Kwai Shing Industrial Bldg, 36-40 Tai Lin Pai Road, Kwai Chung, N.T.
                  Tel: 2426 8817   Fax: 2426 8819   Mobile: 9173 4402

                                  INVOICE  發票
To: Lucky Star Restaurant (Tsuen Wan) Ltd                         No.: WF/26/0331
    G/F, 85 Chung On Street, Tsuen Wan                            Date: 25 Mar 2026
Attn: Mr. Chan

Item  Description                                                        Amount (HK$)
1.    Replace kitchen exhaust fan motor 3HP (supply & install)              8,600.00
2.    Re-wire 3 nos. 13A sockets at dishwashing area                        1,950.00
3.    Unblock floor drain, CCTV inspection                                  1,200.00
                                                                         ------------
                                                        TOTAL:  HK$      11,750.00

Cheque payable to "WING FAT ELECTRICAL & PLUMBING ENGINEERING COMPANY"
or FPS ID 1048 2271 7
E. & O.E.
""", 'WF/26/0331','2026-03-25',None,'HKD',None,None,'11750.00','WING FAT ELECTRICAL & PLUMBING ENGINEERING COMPANY',None,None,None))

# 024 Korean restaurant receipt, brand vs legal, 대표자 name
brn = kr_brn('105879231')
DOCS.append(D('dx-024','ko','KR','receipt','card receipt, 상호 brand with separate legal name', f"""
          [카드 영수증]
    고향집 칼국수 마포점
  법인명: 주식회사 고향푸드
  사업자번호: {brn}   대표: 박서연
  서울 마포구 독막로 112 1층
  TEL: 02-3142-5507

  2026-03-26 19:41:22     영수증번호 0026-0147
------------------------------------
  바지락칼국수      2     9,000   18,000
  왕만두            1     7,000    7,000
  공기밥            1     1,000    1,000
------------------------------------
  공급가액                          23,636
  부가세                             2,364
  합계                              26,000
------------------------------------
  신한카드   ****-****-****-2218
  승인번호 30418825   일시불
  결제금액                         26,000원
""", '0026-0147','2026-03-26',None,'KRW','23636.00','2364.00','26000.00','주식회사 고향푸드',None,brn.replace('-',''),None))

# 025 Dutch ZZP'er, person name as trading name, FACTUUR 2026-014 header only
btw = 'NL003841927B29'; ib = iban('NL','RABO0348217554')
DOCS.append(D('dx-025','nl','NL','invoice','freelancer letterhead, number only in title, label-less blocks', f"""
Jeroen van den Berg
Interactieontwerp & UX-research

Oudegracht 214-bis
3511 NP Utrecht
06-41 82 39 07
jeroen@vandenberg-ux.nl



Stichting Leeskring Nederland
t.a.v. mevrouw P. de Groot-Bakker
Postbus 8172
3503 RD Utrecht


                                                              Utrecht, 27 maart 2026
FACTUUR 2026-014

Uw referentie: inkooporder 2026/0093

Werkzaamheden maart 2026, herontwerp ledenportaal
  usability-onderzoek (6 sessies) en rapportage      22 uur à € 92,50     € 2.035,00
  wireframes en klikbaar prototype                   31 uur à € 92,50     € 2.867,50

                                              Subtotaal              € 4.902,50
                                              Btw 21%                € 1.029,53
                                              Totaal                 € 5.932,03

Graag binnen 30 dagen overmaken op {spaced(ib)} t.n.v. J. van den Berg,
onder vermelding van het factuurnummer.

KvK 81537922 · Btw-id {btw}
""", '2026-014','2026-03-27',None,'EUR','4902.50','1029.53','5932.03','Jeroen van den Berg',ib,btw,'2026/0093'))
