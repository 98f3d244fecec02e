from phelp import P
from pids import *
DOCS = []
DOCS.append(P('px-020','pl','chat', """
#ksiegowosc  (Slack export, 2026-03-16)
09:12 tomasz.wrobel: hej, tu tomasz z księgowości – ktoś wie czemu FV 118/03/2026 dla Hurtowni Kowalski Sp. z o.o. ma kwotę 12 450,00 zł a nie 12 540,00?
09:14 agnieszka: to literówka, poprawię. zamówienie ZAM/2026/4418
09:15 tomasz.wrobel: ok dzięki aga. btw klient dzwonił z prywatnego 508 441 822, pan jarosław nowicki-wójcik, prosi o oddzwonienie
09:16 agnieszka: zadzwonię po 10. a ten drugi numer 22 418 82 90 to jego domowy?
09:16 tomasz.wrobel: tak, domowy, po 17
09:20 agnieszka: wysłane. NIP w fakturze 5271384096 sprawdzony
""", [('person_name','tomasz.wrobel'),('person_name','tomasz'),('person_name','agnieszka'),('person_name','aga'),('phone','508 441 822'),
      ('person_name','jarosław nowicki-wójcik'),('phone','22 418 82 90')],
     [('invoice_number','FV 118/03/2026'),('company_name','Hurtowni Kowalski Sp. z o.o.'),('amount','12 450,00 zł'),('amount','12 540,00'),
      ('order_number','ZAM/2026/4418'),('vat_id','5271384096'),('invoice_date','2026-03-16')]))

DOCS.append(P('px-021','en','csv', """
customer_id,full_name,email,phone,city,last_order,order_total,order_date
C-100418,Oluwaseun Adebayo-Williams,seun.adebayo@mailbox-example.ng,+234 803 418 2271,Lagos,ORD-77120,NGN 48500.00,2026-03-02
C-100419,Chukwuemeka Okafor,emeka.okafor@mailbox-example.ng,0809 441 8227,Enugu,ORD-77121,NGN 12990.00,2026-03-02
C-100420,Jan-Willem ter Horst,jw.terhorst@postvak-example.nl,+31 6 1841 2290,Deventer,ORD-77125,EUR 84.20,2026-03-03
C-100421,Sanne van 't Veld,sanne.vtveld@postvak-example.nl,(0570) 61 44 18,Deventer,ORD-77126,EUR 19.95,2026-03-03
C-100422,Trần Văn Hùng,hung.tranvan@thu-example.vn,0912 418 227,Hà Nội,ORD-77130,VND 1250000,2026-03-04
C-100423,Siobhán O'Sullivan,siobhan.osullivan@eirmail-example.ie,+353 87 441 8229,Cork,ORD-77131,EUR 212.00,2026-03-04
""", [('person_name','Oluwaseun Adebayo-Williams'),('email','seun.adebayo@mailbox-example.ng'),('phone','+234 803 418 2271'),
      ('person_name','Chukwuemeka Okafor'),('email','emeka.okafor@mailbox-example.ng'),('phone','0809 441 8227'),
      ('person_name','Jan-Willem ter Horst'),('email','jw.terhorst@postvak-example.nl'),('phone','+31 6 1841 2290'),
      ('person_name',"Sanne van 't Veld"),('email','sanne.vtveld@postvak-example.nl'),('phone','(0570) 61 44 18'),
      ('person_name','Trần Văn Hùng'),('email','hung.tranvan@thu-example.vn'),('phone','0912 418 227'),
      ('person_name',"Siobhán O'Sullivan"),('email','siobhan.osullivan@eirmail-example.ie'),('phone','+353 87 441 8229')],
     [('customer_number','C-100418'),('customer_number','C-100419'),('customer_number','C-100420'),('customer_number','C-100421'),('customer_number','C-100422'),
      ('customer_number','C-100423'),('order_number','ORD-77120'),('order_number','ORD-77121'),('order_number','ORD-77125'),('order_number','ORD-77126'),
      ('order_number','ORD-77130'),('order_number','ORD-77131'),('amount','NGN 48500.00'),('amount','NGN 12990.00'),('amount','EUR 84.20'),
      ('amount','EUR 19.95'),('amount','VND 1250000'),('amount','EUR 212.00'),('invoice_date','2026-03-02'),('invoice_date','2026-03-03'),('invoice_date','2026-03-04')]))

DOCS.append(P('px-022','en','hr-letter', """
PAYROLL – NEW STARTER DETAILS (CONFIDENTIAL)

Employee:            Ciarán O'Sullivan-Mensah
National Insurance:  JT 41 82 27 C
Date of birth:       30 September 1987
Home address:        41 Wilmslow Road
                     Manchester M14 5TB
Mobile:              +44 7700 900418
Home:                0161 496 0227
Start date:          6 April 2026    Salary: £34,750 p.a.    Payroll no: PR-004418
Tax code:            1257L           Cost centre: 118-4418-22
Line manager:        Priyanka Chaudhary (ext 4418)
Pension nominee:     Aisling Mensah (partner), NI number JZ441822A, born 02/02/1989
""", [('person_name',"Ciarán O'Sullivan-Mensah"),('uk_nino','JT 41 82 27 C'),('date_of_birth','30 September 1987'),('postal_address','41 Wilmslow Road'),
      ('postal_address','Manchester M14 5TB'),('phone','+44 7700 900418'),('phone','0161 496 0227'),('person_name','Priyanka Chaudhary'),('person_name','Aisling Mensah'),('uk_nino','JZ441822A'),('date_of_birth','02/02/1989')],
     [('invoice_date','6 April 2026'),('amount','£34,750'),('customer_number','PR-004418'),('product_code','1257L'),('phone_like_reference','118-4418-22')]))

DOCS.append(P('px-023','en','email', """
From: Marcus LeBlanc <marcus@leblanc-roofing-example.com>
To: Karen Yoshida-Park <kyoshida.park@inbox-example.com>
Subject: Estimate EST-2291 for 8814 Maple Grove Ln

Hi Karen,

Thanks for having me out Tuesday. Estimate EST-2291 for the tear-off and re-roof at your place
(8814 Maple Grove Ln, Plano, TX 75025) comes to $14,860.00 including permit.
Shingle line: GAF Timberline HDZ, color code 0418-CHR.

Easiest way to reach me is my cell, 1-800-FIX-ROOF (that forwards to me directly), or
text 469.555.0133. Office line is (972) 555-0190 ext 12.

Marcus LeBlanc
LeBlanc & Sons Roofing LLC
""", [('person_name','Marcus LeBlanc'),('email','marcus@leblanc-roofing-example.com'),('person_name','Karen Yoshida-Park'),('email','kyoshida.park@inbox-example.com'),
      ('person_name','Karen'),('postal_address','8814 Maple Grove Ln, Plano, TX 75025'),('phone','1-800-FIX-ROOF'),('phone','469.555.0133'),
      ('phone','(972) 555-0190 ext 12')],
     [('customer_number','EST-2291'),('amount','$14,860.00'),('product_code','0418-CHR'),('company_name','LeBlanc & Sons Roofing LLC')]))

DOCS.append(P('px-024','zh','email', """
发件人：王丽娟 <lijuan.wang@sample-mail.cn>
收件人：陈志强 <zq.chen@huadong-logistics-example.cn>
主题：订单 HD20260318-0418 发票问题

陈经理您好：

贵司3月18日开具的发票（发票号码 26312000000044182271，金额 ¥36,480.00）抬头有误，
请重新开具。收件地址：上海市徐汇区漕溪北路398号 汇智大厦1205室，王丽娟收。

如有问题请致电 139-1048-2271，或办公室 (021) 6418 2290 转 8018。
物流单号 SF1418822704418 已签收。

此致
敬礼
王丽娟
""", [('person_name','王丽娟'),('email','lijuan.wang@sample-mail.cn'),('person_name','陈志强'),('email','zq.chen@huadong-logistics-example.cn'),
      ('person_name','陈'),('postal_address','上海市徐汇区漕溪北路398号 汇智大厦1205室'),('phone','139-1048-2271'),('phone','(021) 6418 2290 转 8018')],
     [('order_number','HD20260318-0418'),('invoice_date','3月18日'),('invoice_number','26312000000044182271'),('amount','¥36,480.00'),('tracking_number','SF1418822704418')]))
