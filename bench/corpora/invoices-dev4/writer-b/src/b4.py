from common import D
DOCS = [
D("d4-131","en","CA","receipt","parking pay-station receipt, lot number above Corp., HST",
"""
      CITYPARK
  Lot 2214 - 55 Front St W
  Toronto ON
  Citypark Ontario Corp.
  HST# 764210381 RT0001
 -------------------------
  RECEIPT # 2214-0098812
  Ticket   0047712390
  Entry  Nov 12, 2026 08:03
  Exit   Nov 12, 2026 17:41
  Duration     9h 38m
  Daily Max          $21.24
  HST 13%             $2.76
  TOTAL PAID         $24.00
 -------------------------
  MASTERCARD  XXXX XXXX XXXX 3390
  AUTH 04417C   TERM 2214-03
  Keep this receipt. Thank you.
  citypark.example/help
""", invoiceNumber="2214-0098812", issueDate="2026-11-12", currency="CAD", netAmount="21.24", taxAmount="2.76", totalAmount="24.00", vendorName="Citypark Ontario Corp.", vatId="764210381RT0001"),

D("d4-132","en","US","receipt","ride-hailing e-mail receipt, driver named, merchant of record in footer",
"""
From: Zoomly <receipts@zoomly.example>
To: daniel.okoro@fastmail.example
Subject: Your Thursday evening trip with Zoomly
Date: Thu, 5 Mar 2026 21:48:02 -0500

Thanks for riding, Daniel
We hope you enjoyed your ride this evening.

Total                                   $26.87
March 5, 2026

Trip fare                               $18.42
Booking fee                              $2.95
Tolls, surcharges and fees               $1.50
Tip for Marcus                           $4.00
----------------------------------------------
Amount charged                          $26.87
Visa ••••4471

You rode with Marcus  ★ 4.96
Toyota Camry · NJX 4821
9:12 PM  Newark Liberty Intl Airport, Terminal B, Newark, NJ
9:47 PM  218 Garden St, Hoboken, NJ 07030
12.4 mi | 35 min

Trip ID: 8f2c71a4-0d19-4c5e-9b7e-3e6a1d0f55c2
Receipt ID: RC-7F3K-29QX

Lost something? Visit help.zoomly.example
Zoomly Technologies, Inc. is the merchant of record for this ride.
Zoomly Technologies, Inc., 450 Bryant Street, San Francisco, CA 94107
Unsubscribe | Privacy
""", invoiceNumber="RC-7F3K-29QX", issueDate="2026-03-05", currency="USD", totalAmount="26.87", vendorName="Zoomly Technologies, Inc."),

D("d4-133","en","GB","invoice","marketplace e-mailed VAT invoice, sold by third-party seller, fulfilled by courier",
"""
From: Bazaarly <no-reply@bazaarly.example>
To: h.whitlock@outlook.example
Subject: Your invoice for order 204-5518830-7712946

Thanks for your order, Hannah.

VAT INVOICE
Sold by:        Tidemark Books Ltd
                Unit 4, Harbour Trade Park, Falmouth TR11 2SN, United Kingdom
                VAT Reg. No. GB 384 7219 26
Fulfilled by:   Parcelway Logistics UK
Marketplace:    Bazaarly Europe S.à r.l. (operator only, not the seller)

Invoice number:   TBL-INV-004417
Invoice date:     2 April 2026
Order number:     204-5518830-7712946
Billing address:  Hannah Whitlock, 9 Lemon Street, Truro TR1 2LS

Item                                   Qty   VAT rate   Unit (excl.)   Total (excl.)
The Salt Road (paperback)                1       0%          12.99          12.99
Tides of Kernow (hardback)               1       0%          12.99          12.99
Canvas tote bag "Read by the Sea"        1      20%           8.33           8.33

Delivery                                                                     0.00
Total excl. VAT                                                             34.31
VAT                                                                          1.67
Total                                                                     £35.98
Paid with Mastercard ending 2210 on 2 April 2026.

Need help? bazaarly.example/help — Please do not reply to this e-mail.
To unsubscribe from marketing e-mails, update your preferences.
""", invoiceNumber="TBL-INV-004417", issueDate="2026-04-02", currency="GBP", netAmount="34.31", taxAmount="1.67", totalAmount="35.98", vendorName="Tidemark Books Ltd", vatId="GB384721926", orderNumber="204-5518830-7712946"),

D("d4-134","de","DE","credit_note","e-mailed German cancellation invoice, product brand vs GmbH in footer",
"""
Von: Lindenhof Cloud <rechnung@lindenhof-cloud.example>
An: buchhaltung@baeckerei-kranz.example
Betreff: Stornorechnung SR-2026-00193 zu Ihrer Rechnung RE-2026-04418
Datum: 17.03.2026 09:12

Guten Tag Frau Kranz,

wie telefonisch besprochen haben wir das Upgrade auf den Tarif "Business"
rückgängig gemacht. Anbei erhalten Sie die Stornorechnung.

  Stornorechnung Nr.:   SR-2026-00193
  Datum:                17.03.2026
  Bezug:                Rechnung RE-2026-04418 vom 02.03.2026
  Kundennummer:         K-88120
  Leistungszeitraum:    03/2026

  Pos.  Bezeichnung                          Menge     Einzelpreis       Betrag
  1     Tarif-Upgrade Business (Storno)        1         -149,00 €    -149,00 €

                                     Nettobetrag               -149,00 €
                                     USt. 19 %                  -28,31 €
                                     Gutschriftsbetrag         -177,31 €

Der Betrag wird Ihrem Konto innerhalb von 5 Werktagen erstattet.

Mit freundlichen Grüßen
Ihr Lindenhof Cloud Support-Team

--
Lindenhof Software GmbH · Lindenhofstraße 18 · 68163 Mannheim
Geschäftsführer: Dr. Tobias Reimann, Selin Aksoy · Amtsgericht Mannheim HRB 731184
USt-IdNr.: DE 278 415 939 · IBAN DE29 4306 0967 1187 2543 00 · BIC GENODEM1GLS
Abmelden: https://lindenhof-cloud.example/abmelden
""", invoiceNumber="SR-2026-00193", issueDate="2026-03-17", currency="EUR", netAmount="-149.00", taxAmount="-28.31", totalAmount="-177.31", vendorName="Lindenhof Software GmbH", iban="DE29430609671187254300", vatId="DE278415939"),

D("d4-135","ja","JP","receipt","taxi receipt, Reiwa era date, brand vs 株式会社, crew and car numbers",
"""
            領  収  書
                              様
   金額     ¥3,820-
   (うち消費税等 10%  ¥347)
   但し 乗車料金として
   令和8年6月2日  23:14
   乗車地  新宿駅西口
   降車地  中野区本町4丁目
   ------------------------
   あおぞらタクシー
   あおぞら交通株式会社
   東京都杉並区高円寺南1-7-3
   TEL 03-3314-2580
   登録番号 T1120001177345
   車番 品川500 あ 12-08
   乗務員 佐藤 健一 (No.4471)
   迎車料金含む  ETC ¥0
   クレジット VISA ****0831
   承認番号 772190
""", issueDate="2026-06-02", currency="JPY", taxAmount="347.00", totalAmount="3820.00", vendorName="あおぞら交通株式会社", vatId="T1120001177345"),

D("d4-136","ko","KR","receipt","Korean restaurant card slip, store name vs 주식회사, 승인번호",
"""
            한솥마루 강남역점
  서울 강남구 강남대로 396 지하1층
  법인명: 주식회사 마루푸드
  사업자번호: 105-87-04525  대표: 이정훈
  TEL: 02-558-2241
 ----------------------------------
  영수증번호: 20260605-0213
  테이블: 12     포스: 01    담당: 김하늘
 ----------------------------------
  상품명          수량     금액
  불고기정식        2    26,000
  김치찌개          1     9,000
  공기밥            2     2,000
  음료(콜라)        2     7,000
 ----------------------------------
  공급가액               40,000
  부가세                  4,000
  합계금액             44,000원
 ----------------------------------
  [신용승인]  신한카드
  카드번호 5432-12**-****-9981
  할부: 일시불   승인번호: 30117248
  가맹점번호: 0072481163
  거래일시: 2026/06/05 12:48:10
""", invoiceNumber="20260605-0213", issueDate="2026-06-05", currency="KRW", netAmount="40000.00", taxAmount="4000.00", totalAmount="44000.00", vendorName="주식회사 마루푸드", vatId="1058704525"),

D("d4-137","zh","CN","receipt","Chinese supermarket till slip, branch sign above 有限公司 operator, 流水号",
"""
         鲜丰超市（滨江店）
     杭州鲜丰商贸有限公司
  税号：91330108MA27XR4B2U
  地址：杭州市滨江区江南大道 1088 号
  电话：0571-8669 2310
 ----------------------------------
  流水号：0318-20260912-000417
  收银员：1026     机号：03
  日期：2026-09-12  19:36:08
 ----------------------------------
  商品          数量     单价     金额
  红富士苹果   1.235kg   12.80    15.81
  纯牛奶250ml×12  2      13.50    27.00
  东北大米5kg     1      43.69    43.69
 ----------------------------------
  件数：4         合计：      86.50
  支付宝支付：                86.50
  会员卡号：1380****662  本次积分：86
  如需开具发票，请扫描小票二维码
""", invoiceNumber="0318-20260912-000417", issueDate="2026-09-12", currency="CNY", totalAmount="86.50", vendorName="杭州鲜丰商贸有限公司", vatId="91330108MA27XR4B2U"),

D("d4-138","vi","VN","receipt","Vietnamese restaurant bill, branch name above Công ty TNHH",
"""
          PHỞ BÀ TƯ
     Chi nhánh Quận 3
  214 Võ Văn Tần, P.5, Q.3, TP.HCM
  Công ty TNHH Ẩm Thực Bà Tư
  MST: 0319458725
        PHIẾU TÍNH TIỀN
  Số: PT-0012847       Bàn: 7
  Ngày: 25/10/2026  12:17
  Thu ngân: Ngọc Anh
 -----------------------------------
  Phở bò tái       2 x 65.000   130.000
  Quẩy             3 x  5.000    15.000
  Trà đá           2 x  5.000    10.000
 -----------------------------------
  Tạm tính                     155.000
  Thuế GTGT 8%                  12.400
  TỔNG CỘNG                    167.400
  Tiền mặt                     200.000
  Tiền thối                     32.600
  Wifi: phobatu / 12345678
  Cảm ơn quý khách!
""", invoiceNumber="PT-0012847", issueDate="2026-10-25", currency="VND", netAmount="155000.00", taxAmount="12400.00", totalAmount="167400.00", vendorName="Công ty TNHH Ẩm Thực Bà Tư", vatId="0319458725"),

D("d4-139","en","TH","invoice","Thai English tax invoice/receipt, Co., Ltd. with Head Office, Thai name beside",
"""
 SIAM PRECISION TOOLS CO., LTD. (HEAD OFFICE)            บริษัท สยาม พรีซิชั่น ทูลส์ จำกัด (สำนักงานใหญ่)
 88/14 Moo 5, Bangna-Trad Rd Km.23, Bang Sao Thong, Samut Prakan 10570
 Tax ID: 0105561210971          Tel. 02-315-7720
                              TAX INVOICE / RECEIPT
                              ใบกำกับภาษี / ใบเสร็จรับเงิน               ORIGINAL
 Customer: Eastern Auto Parts Manufacturing Co., Ltd. (Branch 00002)    No.   IV2609-0188
           700/118 Amata City Chonburi, Chon Buri 20000                 Date  22/09/2026
           Tax ID: 0205549011872                                        PO No. 4500883172
                                                                        Credit 30 days
 --------------------------------------------------------------------------------------
 No.  Description                         Qty     Unit Price         Amount (THB)
 1    Carbide end mill 10 mm 4F            20       1,250.00          25,000.00
 2    Tool holder BT40-ER32                 4       3,400.00          13,600.00
 --------------------------------------------------------------------------------------
                                         Total                        38,600.00
                                         VAT 7%                        2,702.00
                                         Grand Total                  41,302.00
 (Forty-one thousand three hundred two baht only)
 Received by ____________        Authorized signature ____________
""", invoiceNumber="IV2609-0188", issueDate="2026-09-22", currency="THB", netAmount="38600.00", taxAmount="2702.00", totalAmount="41302.00", vendorName="SIAM PRECISION TOOLS CO., LTD.", vatId="0105561210971", orderNumber="4500883172"),

D("d4-140","he","IL","receipt","Israeli private tutor (licensed dealer) tax invoice-receipt, person as seller",
"""
                         יעל ברקוביץ
                שיעורים פרטיים במתמטיקה ובפיזיקה
                רח' סוקולוב 31, רמת השרון | 052-6617204
                       עוסק מורשה 037284510
                   חשבונית מס / קבלה מס' 1203
 תאריך: 30/06/2026                                    מקור
 לכבוד: משפחת אלמוג, רח' אוסישקין 9, רמת השרון
 -----------------------------------------------------------------
 פירוט                                  כמות     מחיר        סה"כ
 שיעור פרטי מתמטיקה 5 יח"ל (60 דק')      8      180.00    1,440.00
 -----------------------------------------------------------------
                                סה"כ לפני מע"מ          1,220.34
                                מע"מ 18%                   219.66
                                סה"כ כולל מע"מ ₪         1,440.00
 אמצעי תשלום: העברה בנקאית 30/06/2026  אסמכתא 88104
 מסמך זה הופק באמצעות מערכת חשבוניות ממוחשבת
""", invoiceNumber="1203", issueDate="2026-06-30", currency="ILS", netAmount="1220.34", taxAmount="219.66", totalAmount="1440.00", vendorName="יעל ברקוביץ", vatId="037284510"),
]
