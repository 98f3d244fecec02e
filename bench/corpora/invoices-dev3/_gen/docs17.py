from docs16 import *
def tw_ban():
    while True:
        b=digits(8)
        if b[6]=='7': continue
        s=sum((int(c)*w)//10+(int(c)*w)%10 for c,w in zip(b,[1,2,1,2,1,2,4,1]))
        if s%10==0: return b
# 046 TW e-invoice proof (receipt)
ban=tw_ban()
t=f"""      全家鮮選超商
   電子發票證明聯
     115年11-12月
    XK-48817204
2026-11-21 19:42:08
隨機碼 4417    總計 $186
賣方 {ban}   買方 84471120
格式 25
---------------------------
鮮乳 936ml        1   $95
御飯糰 鮭魚       2   $64
礦泉水 600ml      1   $27
---------------------------
合計 3項           $186
(應稅) 含稅
信用卡 ****2204   $186
店號 018447  機號 02
全鮮零售股份有限公司
"""
add('d3-046','zh','TW','receipt','統一發票 e-invoice proof slip',t,invoiceNumber='XK-48817204',issueDate='2026-11-21',currency='TWD',totalAmount='186.00',vendorName='全鮮零售股份有限公司',vatId=ban)
# 080 JP receipt 領収書 (qualified simplified invoice)
tn=jp_corp()
t=f"""        カフェ　こもれび
   こもれび珈琲株式会社
 東京都世田谷区北沢2-14-7
 TEL 03-5555-0147
 登録番号 {tn}

      領　収　書
2026年11月28日(土) 14:22
レシートNo. 0412-2281
--------------------------------
ブレンドコーヒー    ※     ¥480
カフェラテ          ※     ¥560
チーズケーキ        ※     ¥520
 (店内飲食 10%)
--------------------------------
小計                    ¥1,560
(10%対象  ¥1,560  内消費税 ¥141)
合計                    ¥1,560
お預り  交通系IC        ¥1,560
お釣り                      ¥0
"""
add('d3-080','ja','JP','receipt','café receipt with registration number, tax-inclusive',t,invoiceNumber='0412-2281',issueDate='2026-11-28',currency='JPY',taxAmount='141.00',totalAmount='1560.00',vendorName='こもれび珈琲株式会社',vatId=tn)
# 081 KR card receipt
br=kr_brn()
t=f"""[카드 영수증]
상호: 제주바당 식당
사업자번호: {br[:3]}-{br[3:5]}-{br[5:]}
대표자: 고영희
주소: 제주특별자치도 제주시 탑동로 21
전화: 064-755-0188
--------------------------------
2026-11-15 20:14   POS 01
갈치조림(중)     1    48,000
전복뚝배기       2    36,000
공기밥           2     2,000
--------------------------------
공급가액               78,182
부가세                  7,818
합계금액               86,000
카드종류: 신한카드  할부: 일시불
승인번호: 44187220
거래번호: 20261115-0188
"""
add('d3-081','ko','KR','receipt','restaurant card receipt 공급가액/부가세',t,invoiceNumber='20261115-0188',issueDate='2026-11-15',currency='KRW',netAmount='78182.00',taxAmount='7818.00',totalAmount='86000.00',vendorName='제주바당 식당',vatId=br)
# 083 TH abbreviated tax invoice receipt
tin=th_tin()
t=f"""   บริษัท ภูเก็ตมาร์ท รีเทล จำกัด
   PHUKET MART RETAIL CO., LTD.
   สาขา 00012 ป่าตอง
   TAX ID: {tin}
   ใบเสร็จรับเงิน/ใบกำกับภาษีอย่างย่อ
   POS# E05118  No. 012-0441872
   ------------------------------
   น้ำดื่ม 1.5L x6          78.00
   ครีมกันแดด SPF50        289.00
   มันฝรั่งทอด              35.00
   ------------------------------
   รวม 3 รายการ            402.00
   VAT 7% (รวมใน)           26.30
   ยอดสุทธิ                402.00
   เงินสด                  500.00
   เงินทอน                  98.00
   28/11/2026 21:07  พนักงาน 0412
"""
add('d3-083','th','TH','receipt','abbreviated tax invoice/receipt, bilingual',t,invoiceNumber='012-0441872',issueDate='2026-11-28',currency='THB',taxAmount='26.30',totalAmount='402.00',vendorName='บริษัท ภูเก็ตมาร์ท รีเทล จำกัด',vatId=tin)
# 084 MX ticket
rfc=rfc_mx('FCO')
t=f"""   FARMACIAS DEL CARMEN
   FARMACÉUTICA CARMEN DE OCCIDENTE, S.A. DE C.V.
   RFC {rfc}
   Av. Vallarta 1520, Guadalajara, Jal.
   SUC. 0441  CAJA 3
   TICKET: 0441-03-118872
   FECHA: 22/11/2026  11:48
   ---------------------------------
   PARACETAMOL 500MG 20T    1   $48.00
   VITAMINA C 1G 10TAB      2  $159.80
   GEL ANTIBACT 250ML       1   $42.50 *
   ---------------------------------
   SUBTOTAL                    $250.30
   IVA 16% (*)                   $6.80
   TOTAL                       $257.10
   EFECTIVO                    $300.00
   CAMBIO                       $42.90
   Facture en línea con su ticket en 72 h.
"""
add('d3-084','es','MX','receipt','pharmacy ticket, partial VAT',t,invoiceNumber='0441-03-118872',issueDate='2026-11-22',currency='MXN',netAmount='250.30',taxAmount='6.80',totalAmount='257.10',vendorName='FARMACÉUTICA CARMEN DE OCCIDENTE, S.A. DE C.V.',vatId=rfc)
# 085 BR NFC-e
cn=cnpj(); cnf=f'{cn[:2]}.{cn[2:5]}.{cn[5:8]}/{cn[8:12]}-{cn[12:]}'
t=f"""PADARIA E CONFEITARIA TRIGO DOURADO LTDA
CNPJ: {cnf}   IE: 110.447.882.119
R. Augusta, 1820 - Consolação - São Paulo - SP
Documento Auxiliar da Nota Fiscal de Consumidor Eletrônica
Código  Descrição              Qtde Un  Vl Unit  Vl Total
0012    PAO FRANCES KG        0,620 KG   18,90    11,72
0107    BOLO CENOURA FATIA        2 UN    9,50    19,00
0331    CAFE EXPRESSO             2 UN    6,00    12,00
Qtde. total de itens                                  3
Valor total R$                                    42,72
FORMA PAGAMENTO                             VALOR PAGO
Cartão de Débito                                  42,72
Tributos Totais Incidentes (Lei Federal 12.741/2012) R$ 8,14
NFC-e nº 000118447 Série 001 Emissão 29/11/2026 08:31:55
Protocolo de autorização: 135260004471882
CONSUMIDOR NÃO IDENTIFICADO
"""
add('d3-085','pt','BR','receipt','NFC-e consumer receipt (DANFE NFC-e)',t,invoiceNumber='000118447',issueDate='2026-11-29',currency='BRL',totalAmount='42.72',vendorName='PADARIA E CONFEITARIA TRIGO DOURADO LTDA',vatId=cn)
# 086 DE fuel station receipt
v=vat_DE()
fuel=D('48.36'); lit=D('27.48'); shop=D('3.49'); tot=fuel+shop; net=r2(tot/D('1.19')); tax=tot-net
t=f"""    Tankstelle Brenner
  Inh. Rainer Brenner e.K.
  Bundesstraße 12, 97421 Schweinfurt
  USt-ID: {v}

Beleg-Nr. 4471     Kasse 1
Säule 5  Super E10
  {de(lit)} l x 1,760 EUR/l    {de(fuel):>9} A
Snickers Dose                {de(shop):>9} A
------------------------------------
Summe EUR                    {de(tot):>9}
Girocard                     {de(tot):>9}
  A 19,0% Netto {de(net)}  MwSt {de(tax)}
------------------------------------
26.11.2026  17:52   TSE-Sig. 8kQ1...Z2=
TSE-Transaktion 228417
Vielen Dank und gute Fahrt!
"""
add('d3-086','de','DE','receipt','fuel station receipt, e.K. sole trader, TSE',t,invoiceNumber='4471',issueDate='2026-11-26',currency='EUR',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Rainer Brenner e.K.',vatId=v)
# 087 FR ticket boulangerie (5 lines-ish)
sir=siren()
t=f"""BOULANGERIE MOREAU
SIRET {sir}00014
2 BAGUETTES TRAD.        2,60
1 TARTE AUX POMMES       4,90
TOTAL TTC                7,50 EUR
dont TVA 5,5%            0,39
CB 27/11/2026 07:46  Ticket 0881
"""
add('d3-087','fr','FR','receipt','tiny bakery till ticket',t,invoiceNumber='0881',issueDate='2026-11-27',currency='EUR',taxAmount='0.39',totalAmount='7.50',vendorName='BOULANGERIE MOREAU')
# 088 PL paragon fiskalny
nip=nip_PL()
t=f"""  "SPOŁEM" PSS w Lublinie
  Sklep nr 14, ul. Narutowicza 8
  20-004 Lublin
  NIP {nip[:3]}-{nip[3:6]}-{nip[6:8]}-{nip[8:]}
  2026-11-24
      PARAGON FISKALNY
Chleb żytni 0,5kg    1 x 6,49     6,49 C
Masło ekstra 200g    2 x 8,99    17,98 C
Kawa mielona 500g    1 x 32,99   32,99 A
---------------------------------------
Sp.op.A   32,99  PTU A 23%        6,17
Sp.op.C   24,47  PTU C 5%         1,17
SUMA PTU                          7,34
SUMA PLN                         57,46
Karta płatnicza                  57,46
Kasa 2   Kasjer 07   17:33
{digits(4)} NIU BCE 1884472
"""
add('d3-088','pl','PL','receipt','paragon fiskalny with PTU rates',t,invoiceNumber=None,issueDate='2026-11-24',currency='PLN',taxAmount='7.34',totalAmount='57.46',vendorName='"SPOŁEM" PSS w Lublinie',vatId=nip)
