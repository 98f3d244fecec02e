from docs7 import *
inr=lambda x: nf(x,'in')
# 041 IN Hindi tax invoice (intra-state CGST+SGST)
g=gstin('09')
items=[('सूती चादर डबल बेड (पीस)',120,'540.00'),('तकिया कवर जोड़ी',200,'145.00'),('ढुलाई शुल्क',1,'1800.00')]
c=calc([(d,q,u,5) for d,q,u in items]); cg=r2(c['net']*D('0.025')); sg=c['tax']-cg
t=f"""                                     कर बीजक (TAX INVOICE)
                                  मूल प्रति – प्राप्तकर्ता हेतु
विक्रेता:
गंगा टेक्सटाइल्स प्राइवेट लिमिटेड
प्लॉट 47, औद्योगिक क्षेत्र, पनकी, कानपुर – 208020 (उ.प्र.)
GSTIN: {g}     राज्य कोड: 09

बीजक संख्या: GTPL/26-27/1143                      बीजक दिनांक: 21/11/2026
क्रेता: होटल सरयू रेज़िडेंसी, अयोध्या             क्रेता GSTIN: 09AAKFH4471M1Z8
आदेश संख्या: HSR/PO/0412                         आपूर्ति का स्थान: उत्तर प्रदेश (09)

क्र.  विवरण                               HSN      मात्रा     दर (₹)        राशि (₹)
1    {items[0][0]:<34}6302     120    {inr(D('540')):>10}   {inr(c['lines'][0]['amt']):>12}
2    {items[1][0]:<34}6302     200    {inr(D('145')):>10}   {inr(c['lines'][1]['amt']):>12}
3    {items[2][0]:<34}9965       1    {inr(D('1800')):>10}   {inr(c['lines'][2]['amt']):>12}

                                            कर योग्य मूल्य         ₹ {inr(c['net']):>12}
                                            CGST @ 2.5%            ₹ {inr(cg):>12}
                                            SGST @ 2.5%            ₹ {inr(sg):>12}
                                            कुल देय राशि           ₹ {inr(c['total']):>12}
भुगतान: 30 दिन के भीतर   बैंक: भारतीय स्टेट बैंक, A/c 3870 1122 4456, IFSC SBIN0001823
"""
add('d3-041','hi','IN','invoice','Hindi GST tax invoice CGST/SGST',t,invoiceNumber='GTPL/26-27/1143',issueDate='2026-11-21',currency='INR',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='गंगा टेक्सटाइल्स प्राइवेट लिमिटेड',vatId=g,orderNumber='HSR/PO/0412')
# 042 IN telecom postpaid bill English
g=gstin('29')
rent=D('799.00'); addon=D('199.00'); roam=D('84.75'); disc=D('-100.00'); net=rent+addon+roam+disc; cg=r2(net*D('0.09')); sg=r2(net*D('0.09')); cur=net+cg+sg; prev=D('1059.32'); paid=D('-1059.32'); due=cur+prev+paid
t=f"""SKYLINK
Skylink Telecom Services Private Limited
Postpaid Mobile Bill cum Tax Invoice

Name: Ms. Priya Raghavan                          Bill No.        : BLR2611B0081177
Relationship No: 1-84471227                       Bill Date       : 05-Nov-2026
Mobile No: 98450 •••• 21                          Bill Period     : 05-Oct-2026 to 04-Nov-2026
Address: 22, 4th Cross, Indiranagar               Due Date        : 23-Nov-2026
Bengaluru 560038, Karnataka                       Customer GSTIN  : NA
                                                  Place of Supply : Karnataka (29)

Account Summary                     Previous Balance   Payments     Current Charges     Amount Due
                                    {inr(prev):>16}   {inr(paid):>9}  {inr(cur):>17}  {inr(due):>12}

Current Charges
Monthly Rental - Infinity 799                                         {inr(rent):>10}
Add-on: Family member (1)                                             {inr(addon):>10}
International Roaming usage                                           {inr(roam):>10}
Loyalty discount                                                      {inr(disc):>10}
Taxable Value                                                         {inr(net):>10}
CGST @ 9%                                                             {inr(cg):>10}
SGST @ 9%                                                             {inr(sg):>10}
Total Current Charges                                                 {inr(cur):>10}

Pay by 23-Nov-2026 to avoid late fee of Rs. 100. Auto-pay via UPI mandate is not active.
Skylink Telecom Services Private Limited | GSTIN {g} | CIN U64200KA2009PTC051188
Regd. Office: 8th Floor, Prestige Meridian, MG Road, Bengaluru 560001           Page 1 of 3
"""
add('d3-042','en','IN','invoice','postpaid mobile bill with account summary',t,invoiceNumber='BLR2611B0081177',issueDate='2026-11-05',dueDate='2026-11-23',currency='INR',netAmount=net,taxAmount=cg+sg,totalAmount=due,vendorName='Skylink Telecom Services Private Limited',vatId=g)
# 043 CN VAT e-invoice
u=uscc()
c=calc([('*信息技术服务*云服务器租用 2026年11月',1,'8490.57',6),('*信息技术服务*CDN流量包',1,'2641.51',6)])
t=f"""                              电子发票（增值税专用发票）
                                                                 发票号码：26442000000187734512
                                                                 开票日期：2026年11月30日
购 名称：深圳市海岸线跨境电商有限公司                       销 名称：广州云栈网络科技有限公司
买 统一社会信用代码/纳税人识别号：91440300MA5H2K8L1P         售 统一社会信用代码/纳税人识别号：{u}
方                                                           方
项目名称                                   规格型号   单位   数量      单价          金额      税率/征收率     税额
{c['lines'][0]['desc']:<30}                       月      1    8490.57       8490.57      6%            {c['taxes'][D('6')] - r2(c['lines'][1]['amt']*D('0.06')):>8}
{c['lines'][1]['desc']:<30}                       个      1    2641.51       {c['lines'][1]['amt']}      6%            {r2(c['lines'][1]['amt']*D('0.06')):>8}
合    计                                                                     ¥{c['net']}                     ¥{c['tax']}
价税合计（大写）  ⊗ 壹万壹仟捌佰元整                                    （小写）¥{c['total']}
备注：合同编号 GZYZ-2026-0318；订单号 SZHAX-PO-7781
开户银行：招商银行广州天河支行 账号 1209 8877 6655 4433
开票人：李晓燕
"""
add('d3-043','zh','CN','invoice','全电发票 buyer/seller side-by-side',t,invoiceNumber='26442000000187734512',issueDate='2026-11-30',currency='CNY',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='广州云栈网络科技有限公司',vatId=u,orderNumber='SZHAX-PO-7781')
