from docs8 import *
yen=lambda x: nf(x,'en')[:-3]
# 044 JP 請求書 qualified invoice
tn=jp_corp()
a=[('業務用冷凍餃子 1kg×10袋',30,'6800',8),('業務用ラー油 1.8L',12,'2450',8),('配送料',1,'3300',10)]
c=calc(a); t8=c['taxes'][D('8')]; t10=c['taxes'][D('10')]
b8=c['bases'][D('8')]; b10=c['bases'][D('10')]
t=f"""                                            請　求　書
                                                                      請求書番号：INV-2611-0457
株式会社　麺屋たけだ　御中                                            請求日：2026年11月25日
〒530-0001 大阪府大阪市北区梅田2-4-9                                  お支払期限：2026年12月31日
ご注文番号：TK-PO-8812
                                                           販売者：
                                                           関西食品卸株式会社
                                                           〒577-0056 大阪府東大阪市長堂1-8-22
                                                           TEL 06-6781-4420  FAX 06-6781-4421
                                                           登録番号：{tn}
下記の通りご請求申し上げます。

ご請求金額　　￥{yen(c['total'])}-（税込）

品名                                    数量      単価         金額
{a[0][0]:<30}※   {30:>4}   {yen(D('6800')):>8}   {yen(c['lines'][0]['amt']):>10}
{a[1][0]:<30}※   {12:>4}   {yen(D('2450')):>8}   {yen(c['lines'][1]['amt']):>10}
{a[2][0]:<32}   {1:>4}   {yen(D('3300')):>8}   {yen(c['lines'][2]['amt']):>10}

                                  8%対象　{yen(b8):>10}円　　消費税　{yen(t8):>8}円
                                 10%対象　{yen(b10):>10}円　　消費税　{yen(t10):>8}円
                                  小計（税抜）　{yen(c['net'])}円
                                  消費税合計　　{yen(c['tax'])}円
                                  合計（税込）　{yen(c['total'])}円
※は軽減税率対象品目です。
お振込先：みなと銀行　東大阪支店　普通　1184472　カンサイショクヒンオロシ(カ
"""
add('d3-044','ja','JP','invoice','適格請求書 seller block labelled 販売者, reduced rate',t,invoiceNumber='INV-2611-0457',issueDate='2026-11-25',dueDate='2026-12-31',currency='JPY',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='関西食品卸株式会社',vatId=tn,orderNumber='TK-PO-8812')
# 045 KR 세금계산서
br=kr_brn(); brf=f'{br[:3]}-{br[3:5]}-{br[5:]}'
c=calc([('산업용 LED 투광등 200W',40,'185000',10),('설치 공사비',1,'1600000',10)])
t=f"""                                  전자세금계산서 (공급받는자 보관용)
승인번호: 20261120-41000088-71224418
┌ 공급자 ─────────────────────────────┬ 공급받는자 ──────────────────────────┐
 등록번호  {brf}                         등록번호  214-86-55102
 상호      (주)한빛조명산업               상호      대성물류 주식회사
 성명      박정훈                        성명      이서준
 사업장    경기도 안산시 단원구 산단로 112     사업장    인천광역시 중구 항동7가 88
 업태/종목 제조/조명기구                  업태/종목 운수/창고
└─────────────────────────────────────┴──────────────────────────────────────┘
작성일자 2026-11-20        공급가액 {en(c['net'])[:-3]}        세액 {en(c['tax'])[:-3]}
월 일  품목                          수량      단가           공급가액          세액
11 20  {c['lines'][0]['desc']:<26}{40:>6}{en(D('185000'))[:-3]:>12}{en(c['lines'][0]['amt'])[:-3]:>16}{en(r2(c['lines'][0]['amt']/10))[:-3]:>13}
11 20  {c['lines'][1]['desc']:<26}{1:>6}{en(D('1600000'))[:-3]:>12}{en(c['lines'][1]['amt'])[:-3]:>16}{en(r2(c['lines'][1]['amt']/10))[:-3]:>13}
합계금액 {en(c['total'])[:-3]}      현금        수표        어음       외상미수금 {en(c['total'])[:-3]}      이 금액을 (청구) 함
"""
add('d3-045','ko','KR','invoice','전자세금계산서 공급자/공급받는자 grid',t,invoiceNumber='20261120-41000088-71224418',issueDate='2026-11-20',currency='KRW',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='(주)한빛조명산업',vatId=br)
# 047 US SaaS email receipt
t="""From: Fernleaf Analytics <billing@fernleaf.example>
To: ap@harborline-coffee.example
Subject: Your Fernleaf receipt [#2318-4471]
Date: Tue, 03 Nov 2026 08:14:52 +0000

Hi Harborline Coffee Roasters,

Thanks for your payment. Here's your receipt.

Receipt #2318-4471
Invoice #FLA-0098231
Date paid: November 3, 2026
Payment method: Amex ending 1009

  Growth plan (Nov 3 – Dec 2, 2026)   5 seats x $39.00      $195.00
  Extra dashboards add-on                                   $25.00
  ------------------------------------------------------------------
  Subtotal                                                  $220.00
  Sales tax (WA 10.35%)                                      $22.77
  Total                                                     $242.77
  Amount paid                                               $242.77

Questions? Reply to this email or visit the help center.

Fernleaf Analytics, Inc. · 1201 3rd Ave, Suite 1800 · Seattle, WA 98101
"""
add('d3-047','en','US','receipt','SaaS e-mailed receipt with separate invoice number',t,invoiceNumber='2318-4471',issueDate='2026-11-03',currency='USD',netAmount='220.00',taxAmount='22.77',totalAmount='242.77',vendorName='Fernleaf Analytics, Inc.')
# 048 US law firm LLP with matter and hours, 2 pages
tk=[('11/02/26','JRM','Review indemnity provisions in draft APA; call with client',D('2.4'),D('650')),('11/04/26','SKT','Research Delaware case law re: sandbagging clauses',D('3.1'),D('395')),('11/05/26','JRM','Revise disclosure schedules; emails with opposing counsel',D('1.7'),D('650')),('11/10/26','AEP','Prepare closing checklist',D('2.0'),D('240')),('11/12/26','SKT','Draft escrow agreement',D('4.3'),D('395')),('11/17/26','JRM','Negotiation call re: working capital adjustment',D('1.5'),D('650')),('11/19/26','AEP','Coordinate signature pages',D('1.2'),D('240'))]
fees=sum(r2(h*r) for *_,h,r in tk); costs=D('312.80'); tot=fees+costs; prior=D('18440.00'); pay=D('-18440.00')
body='\n'.join(f"{d}   {who:<5} {txt:<62}{h:>5}   {en(r2(h*r)):>10}" for d,who,txt,h,r in tk)
t=f"""                                  HALVERSON MORAN & TATE LLP
                                      Attorneys at Law
                      400 North LaSalle Street, Suite 2100 · Chicago, IL 60654
                           Tel (312) 555-0148 · Fed. Tax ID 36-4471820

Mr. Gregory Lindqvist                                            Invoice No.:   226114
Chief Financial Officer                                          Invoice Date:  November 30, 2026
Prairie Grain Holdings, Inc.                                     Client No.:    04471
2200 Harbor Point Drive                                          Matter No.:    04471-0012
Milwaukee, WI 53202                                              Billing Atty:  J. R. Moran

RE: Acquisition of Tri-County Elevator Co.

PROFESSIONAL SERVICES RENDERED THROUGH NOVEMBER 30, 2026

Date       Tkpr  Description                                                    Hours       Amount
{body}

                                                                     Total Hours  {sum(h for *_,h,r in tk)}
                                                                     Total Fees      {en(fees):>10}

                                                                                   Page 1 of 2
\f
HALVERSON MORAN & TATE LLP                      Prairie Grain Holdings, Inc. – Matter 04471-0012   Inv. 226114

DISBURSEMENTS
11/06/26  Delaware Secretary of State – certificate of good standing                     50.00
11/12/26  Courier (FedEx)                                                                 42.80
11/18/26  Lien and UCC searches                                                          220.00
                                                                  Total Disbursements    {en(costs):>8}

TIMEKEEPER SUMMARY
JRM  J. R. Moran, Partner             5.6 hrs @ 650.00
SKT  S. K. Tanaka, Associate          7.4 hrs @ 395.00
AEP  A. E. Park, Paralegal            3.2 hrs @ 240.00

TOTAL THIS INVOICE                                                              ${en(tot)}
Previous balance                                                                ${en(prior)}
Payments received – thank you                                                  (${en(prior)})
TOTAL AMOUNT DUE                                                                ${en(tot)}

Payment due within 30 days. Wire: First Lakeshore Bank, ABA 071000288, Acct 5520114471
Please reference invoice and matter number with payment.                                  Page 2 of 2
"""
add('d3-048','en','US','invoice','law firm LLP, matter number, hours, two pages',t,invoiceNumber='226114',issueDate='2026-11-30',currency='USD',totalAmount=tot,vendorName='HALVERSON MORAN & TATE LLP',vatId='364471820')
