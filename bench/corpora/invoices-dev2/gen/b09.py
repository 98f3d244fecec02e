from helpers import *
from ids import *
DOCS = []
# 081 Austrian restaurant Rechnung, brand vs GmbH
atu = fill(at_ok,'ATU6918327?')
DOCS.append(D('dx-081','de','AT','receipt','restaurant bill, brand at top, operating GmbH at bottom, Belegnummer', f"""
         WIRTSHAUS ZUR ALTEN MÜHLE
          Mühlgasse 4, 5020 Salzburg
             Tel. +43 662 84 11 90

Tisch 14                    Kellner: Stefan
Beleg-Nr. 2026-0605-0117    05.06.2026 20:58

2  Wiener Schnitzel vom Kalb  24,90   49,80
1  Kasnocken                  16,50   16,50
2  Stiegl Goldbräu 0,5        5,40    10,80
1  Grüner Veltliner 1/8       4,90     4,90
1  Salzburger Nockerl (2 P.)  18,00   18,00
-----------------------------------------
Summe EUR                            100,00
  davon 10 % MwSt. auf 84,30          7,66
  davon 20 % MwSt. auf 15,70          2,62
Bezahlt Bankomat                     100,00

Mühle Gastronomie Betriebs GmbH · FN 448213 t
UID {atu}
Kassen-ID K1-MUEHLE  ·  Signatur: _R1-AT1_K1-MUEHLE_...
""", '2026-0605-0117','2026-06-05',None,'EUR',None,'10.28','100.00','Mühle Gastronomie Betriebs GmbH',None,atu,None))

# 082 UK black cab receipt: sole trader driver is the vendor
DOCS.append(D('dx-082','en','GB','receipt','taxi receipt written by the driver, no company', f"""
LONDON TAXI RECEIPT

Date:    06/06/2026
From:    Paddington Station
To:      Canary Wharf, 25 Bank St
Fare:    £46.80
Extras:  £ 4.20   (booking/luggage)
Total:   £51.00

Driver:  Abdul-Rahman Qureshi
Badge No: 41822
Vehicle reg: LX19 KTF

Thank you for travelling with me.
""", None,'2026-06-06',None,'GBP',None,None,'51.00','Abdul-Rahman Qureshi',None,None,None))

# 083 India restaurant bill, brand vs Pvt Ltd
g = gstin('29AAHCK7213B1Z')
DOCS.append(D('dx-083','en','IN','receipt','restaurant bill, outlet brand vs Pvt Ltd, CGST/SGST 2.5%', f"""
            KARAVALLI KITCHEN
      (A unit of Coastline Hospitality Pvt Ltd)
   No. 12, 100 Feet Road, Indiranagar, Bengaluru 560038
        GSTIN: {g}
        FSSAI Lic No. 11224998000417

Bill No: KK/2627/004419          Date: 07/06/26  21:32
Table: T6   Covers: 4     Steward: Manjunath

Item                    Qty    Rate     Amount
Neer Dosa                 2   180.00    360.00
Kori Rotti                1   420.00    420.00
Prawn Ghee Roast          1   640.00    640.00
Fish Thali                2   390.00    780.00
Fresh Lime Soda           4    95.00    380.00
                               -------------
Sub Total                              2,580.00
CGST @ 2.5%                               64.50
SGST @ 2.5%                               64.50
Round Off                                  0.00
Grand Total                        Rs. 2,709.00

Paid: UPI  Ref 614238871002
""", 'KK/2627/004419','2026-06-07',None,'INR','2580.00','129.00','2709.00','Coastline Hospitality Pvt Ltd',None,g,None))

# 084 Australian adjustment note (credit)
a = abn('772104418')
DOCS.append(D('dx-084','en','AU','credit_note','adjustment note referencing tax invoice, ABN in header', f"""
Southern Cross Irrigation Supplies Pty Ltd                 ADJUSTMENT NOTE
ABN {a}
41 Enterprise Drive, Mildura VIC 3500  ·  (03) 5021 4470

Customer: Red Cliffs Citrus Growers Co-op           Adjustment note no.  AN-00418
PO Box 77, Red Cliffs VIC 3496                      Date                 8 June 2026
                                                    Original invoice     INV-119342
                                                    Customer ref         RCG-PO-2291

Returned goods – incorrect fitting size
  25mm barbed tee (bag 50)        -6 @ 42.00            -252.00
  Restocking fee 10%                                      25.20
                                                     ----------
  Total (ex GST)                                        -226.80
  GST                                                    -22.68
  Total credit (inc GST)                                -249.48

Credit applied to account RCG001.
""", 'AN-00418','2026-06-08',None,'AUD','-226.80','-22.68','-249.48','Southern Cross Irrigation Supplies Pty Ltd',None,a.replace(' ',''),'RCG-PO-2291'))

# 085 Canadian credit memo (English), GST/PST BC
DOCS.append(D('dx-085','en','CA','credit_note','credit memo with memo number in header and original invoice, GST+PST', f"""
CREDIT MEMO  #CM-2026-0077                                         Coast Mountain Marine Ltd.
                                                                    1640 Harbour Rd, Nanaimo BC V9R 5K2
                                                                    GST# 804412237 RT0001

Sold to: Salish Sea Kayak Tours Inc., 88 Front St, Nanaimo BC
Date: 2026-06-09            Ref. invoice: 2026-3318            PO: SSK-118

Returned: 2 x Kayak spray skirt, neoprene, size L      @ $139.00      -$278.00
                                                        GST 5%          -$13.90
                                                        PST 7%          -$19.46
                                                        Total credit   -$311.36
""", 'CM-2026-0077','2026-06-09',None,'CAD','-278.00','-33.36','-311.36','Coast Mountain Marine Ltd.',None,'804412237RT0001','SSK-118'))

# 086 US two-column pdftotext, INVOICE #A-1023, remit-to differs
DOCS.append(D('dx-086','en','US','invoice','two-column pdftotext, number only in title "INVOICE #A-1023", remit-to address differs', f"""
GREAT PLAINS SIGN & LIGHTING CO.                                   INVOICE #A-1023
3300 N. Broadway                             REMIT TO:
Wichita, KS 67219                            Great Plains Sign & Lighting Co.
(316) 555-0134                               Lockbox 771042
                                             Kansas City, MO 64177-1042
SOLD TO:                                     SHIP TO:
Prairie Fresh Markets, Inc.                  Prairie Fresh Store #12
Attn: Facilities                             1820 S. Rock Rd
500 E. Douglas Ave                           Derby, KS 67037
Wichita, KS 67202
                                             DATE: 06/10/2026     TERMS: NET 30
CUST PO: PFM-88417                           DUE: 07/10/2026      SALESPERSON: JRK

QTY  DESCRIPTION                                          UNIT PRICE         EXT
 1   Channel letter set "PRAIRIE FRESH" 36", LED          8,450.00       8,450.00
 1   Installation w/ 45' bucket truck                     1,275.00       1,275.00
 1   City sign permit (pass-through)                        185.00         185.00
                                                   SUBTOTAL              9,910.00
                                                   SALES TAX 7.5% ON 9,725.00  729.38
                                                   TOTAL DUE             10,639.38
Finance charge of 1.5% per month on past-due balances.
""", 'A-1023','2026-06-10','2026-07-10','USD','9910.00','729.38','10639.38','GREAT PLAINS SIGN & LIGHTING CO.',None,None,'PFM-88417'))

# 087 Philippines sole proprietor "doing business under the name and style of"
DOCS.append(D('dx-087','en','PH','invoice','BIR sales invoice, proprietor named in small print, VAT 12% with VATable sales', f"""
                         LUZVIMINDA'S CATERING SERVICES
          MARIA LOURDES DELA CRUZ-SANTOS - Prop.
          VAT Reg. TIN: 214-882-170-000
          88 P. Burgos St., Brgy. Poblacion, Makati City 1210
          Tel. (02) 8893-4471

                              SALES INVOICE
                                                   No. 0004418
Sold to: Kalayaan Outsourcing Solutions Inc.       Date: June 11, 2026
TIN: 009-341-225-000                               Terms: 15 days
Business Address: 30/F Ayala Tower One, Makati     P.O. No.: KOS-2026-0611

QTY   UNIT    ARTICLES                                     U/PRICE        AMOUNT
150   pax     Packed lunch (team building 09 June)          280.00     42,000.00
150   pax     Merienda                                      120.00     18,000.00
                                          Total Sales (VAT Inclusive)  60,000.00
                                          Less: VAT                     6,428.57
                                          Amount: Net of VAT           53,571.43
                                          Total Amount Due          ₱ 60,000.00

VATable Sales  53,571.43     VAT Amount  6,428.57
BIR Authority to Print No. 0AU0001298401 · Date Issued 01/15/2025
Series 0004001-0005000
""", '0004418','2026-06-11',None,'PHP','53571.43','6428.57','60000.00',"LUZVIMINDA'S CATERING SERVICES",None,'214882170000','KOS-2026-0611'))

# 088 Korean freelancer 청구서 with person-name trading name
brn = kr_brn('603201884')
DOCS.append(D('dx-088','ko','KR','invoice','Korean invoice (청구서) from sole proprietor, number labelled 문서번호', f"""
                                   청 구 서
문서번호: MJ-2606-03                                      발행일: 2026년 6월 12일

수신: (주)푸른나무출판 귀중
참조: 편집팀 최유진 팀장

공급자
  상호: 김민준디자인        대표자: 김민준
  사업자등록번호: {brn}
  주소: 부산광역시 수영구 광안해변로 219, 5층
  연락처: 010-4827-1193

아래와 같이 청구합니다.

  항목                          수량      단가          금액
  단행본 표지 디자인               2      850,000     1,700,000
  본문 조판 (320쪽)                1    1,280,000     1,280,000
                                   공급가액          2,980,000
                                   부가세(10%)         298,000
                                   청구금액          3,278,000

입금계좌: 카카오뱅크 3333-18-4427190 (예금주 김민준)
입금기한: 2026년 6월 26일
""", 'MJ-2606-03','2026-06-12','2026-06-26','KRW','2980000.00','298000.00','3278000.00','김민준디자인',None,brn.replace('-',''),None))

# 089 Brazil NFS-e from MEI (company name = CNPJ prefix + person's name)
c = cnpj('418223370001')
DOCS.append(D('dx-089','pt','BR','invoice','NFS-e, prestador is an MEI whose legal name is CNPJ root + person name', f"""
                PREFEITURA MUNICIPAL DE BELO HORIZONTE
           NOTA FISCAL DE SERVIÇOS ELETRÔNICA - NFS-e
Número da Nota: 00000418        Data e Hora de Emissão: 13/06/2026 10:22:51
Código de Verificação: 7KQ2-4X8B

PRESTADOR DE SERVIÇOS
Nome/Razão Social: 41.822.337 JULIANA FERREIRA DOS SANTOS
Nome Fantasia: JU SANTOS FOTOGRAFIA
CPF/CNPJ: {c}     Inscrição Municipal: 1104418001
Endereço: Rua Grão Mogol, 812 - Sion - Belo Horizonte/MG - CEP 30315-600

TOMADOR DE SERVIÇOS
Nome/Razão Social: CLÍNICA ODONTOLÓGICA SORRISO MINEIRO LTDA
CPF/CNPJ: 22.417.883/0001-{cnpj('224178830001')[-2:]}
Endereço: Av. do Contorno, 6594, sala 1204 - Savassi - Belo Horizonte/MG

DISCRIMINAÇÃO DOS SERVIÇOS
Ensaio fotográfico institucional (equipe de 14 pessoas) e tratamento de 60 imagens.
Pedido do cliente: SM-0427

VALOR TOTAL DO SERVIÇO = R$ 2.400,00
Base de cálculo (R$) 0,00   Alíquota (%) 0,00   Valor do ISS (R$) 0,00
Optante pelo Simples Nacional - Microempreendedor Individual (MEI)
""", '00000418','2026-06-13',None,'BRL',None,None,'2400.00','41.822.337 JULIANA FERREIRA DOS SANTOS',None,c.replace('.','').replace('/','').replace('-',''),'SM-0427'))

# 090 Chinese exporter commercial invoice in English, seller name in Latin and Han
DOCS.append(D('dx-090','en','CN','invoice','export commercial invoice, seller in English and Chinese, number in table cell under header', f"""
SHENZHEN HUAXIN PRECISION ELECTRONICS CO., LTD.
深圳市华信精密电子有限公司
Building 7, Longgang Tianan Cyber Park, Longgang District, Shenzhen 518116, China
Tel: +86 755 8471 2290   Email: sales@hx-precision.cn

                               COMMERCIAL INVOICE

 Invoice No.        | Invoice Date  | Contract No.     | Payment Terms
 HX2026-0614-01     | 14-Jun-2026   | HX-CT-26-118     | 30% T/T deposit, 70% before shipment

Buyer:                                           Ship to / Notify:
Nordvik Audio AS                                 Nordvik Audio AS c/o DSV Road AS
Innherredsveien 7, 7014 Trondheim, Norway        Berghagan 1, 1405 Langhus, Norway
Buyer's PO: NA-PO-2026-041                       Terms of delivery: FOB Shenzhen

No.  Description                         HS Code     Qty (pcs)   Unit Price (USD)   Amount (USD)
1    Bluetooth amplifier module BT-50W   8518.40       2,000          7.85          15,700.00
2    Volume control PCB assembly VC-3    8534.00       2,000          1.42           2,840.00
                                                               TOTAL (FOB)      USD 18,540.00
                                                  Less 30% deposit received     USD  5,562.00
                                                               Balance due      USD 12,978.00

SAY US DOLLARS EIGHTEEN THOUSAND FIVE HUNDRED AND FORTY ONLY.
Beneficiary bank: Bank of China Shenzhen Longgang Branch, SWIFT BKCHCNBJ45A, A/C 7718 4402 9931
Country of origin: China
""", 'HX2026-0614-01','2026-06-14',None,'USD',None,None,'12978.00','SHENZHEN HUAXIN PRECISION ELECTRONICS CO., LTD.',None,None,'NA-PO-2026-041'))
