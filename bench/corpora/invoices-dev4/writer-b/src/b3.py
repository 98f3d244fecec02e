from common import D
DOCS = [
D("d4-121","zh","HK","receipt","Hong Kong cafe bill, English brand sign, Chinese-only legal name",
"""
         金蓮茶餐廳 (旺角店)
     GOLDEN LOTUS CAFE (MONG KOK)
     旺角西洋菜南街61號地下
     金蓮飲食集團有限公司
     電話 Tel: 2384 6610
 單號 Bill No.: MK-0315-00872
 枱號 Table: 08     人數 Pax: 2
 日期 Date: 2026-03-15   13:05
 收銀 Cashier: 阿玲  機號 POS-03
 ---------------------------------
 凍檸茶     2 @24.00         48.00
 餐蛋麵     1                38.00
 焗豬扒飯   1                68.00
 ---------------------------------
 小計 Subtotal              154.00
 加一服務費 10%              15.40
 總數 TOTAL            HK$ 169.40
 八達通 Octopus             169.40
 八達通號碼 3718xxxx   餘額 $82.60
 謝謝惠顧 Thank you
""", invoiceNumber="MK-0315-00872", issueDate="2026-03-15", currency="HKD", totalAmount="169.40", vendorName="金蓮飲食集團有限公司"),

D("d4-122","zh","TW","receipt","Taiwan e-invoice proof slip, store brand on top, company in detail part",
"""
        好日子生活超市
       電子發票證明聯
         115年03-04月
         QK-40718263
 2026-04-08 18:22:41
 隨機碼:4417          總計:356
 賣方53894160    買方24703183
 ||||||||||||||||||||||||||||||
 [QR]                    [QR]
 --------------------------------
 交易明細
 好日子量販股份有限公司 新莊中正門市
 新北市新莊區中正路 512 號
 門市代號 0318  機台 02  收銀員 1107
 鮮乳 936ml      2 x 98     196TX
 全麥吐司        1 x 65      65TX
 洗碗精 1000ml   1 x 95      95TX
 --------------------------------
 應稅銷售額                  339
 稅額                         17
 總計                        356
 信用卡                      356
 卡號 4213-****-****-0871 授權碼 771204
 會員卡 0912***558 本次累積點數 3
""", invoiceNumber="QK-40718263", issueDate="2026-04-08", currency="TWD", netAmount="339.00", taxAmount="17.00", totalAmount="356.00", vendorName="好日子量販股份有限公司", vatId="53894160"),

D("d4-123","en","QA","invoice","Qatar W.L.L. bilingual invoice, no VAT regime, CR number only",
"""
 DOHA PEARL TRADING & CONTRACTING W.L.L.          شركة لؤلؤة الدوحة للتجارة والمقاولات ذ.م.م
 P.O. Box 24781, Doha, State of Qatar             C.R. No. 118244
 Tel: +974 4436 9120   Fax: +974 4436 9121
                                 INVOICE   فاتورة
 Invoice No.: DPT/2026/1142                       Date: 10-05-2026
 Client PO: AKC/PO/3391                           Due Date: 09-06-2026
 To: Al Kharaitiyat Contracting Co.
     P.O. Box 8812, Doha
 Project: Villa compound Ph.2, Umm Salal
 ------------------------------------------------------------------------------
 S.No  Description                              Qty      Unit   Rate      Amount (QAR)
 1     Gypsum board 12.5 mm, supply             400      Sht    28.50      11,400.00
 2     Installation labour (ceilings)             1      Lot  6,800.00      6,800.00
 ------------------------------------------------------------------------------
                                         TOTAL AMOUNT (QAR)          18,200.00
 Amount in words: Qatari Riyals Eighteen Thousand Two Hundred Only
 Bank: Doha Bank, Main Branch  A/C Name: Doha Pearl Trading & Contracting W.L.L.
 IBAN: QA27 DOHB 0000 0000 0417 7256 0300 1
""", invoiceNumber="DPT/2026/1142", issueDate="2026-05-10", dueDate="2026-06-09", currency="QAR", totalAmount="18200.00", vendorName="DOHA PEARL TRADING & CONTRACTING W.L.L.", iban="QA27DOHB000000000417725603001", orderNumber="AKC/PO/3391"),

D("d4-124","en","BH","invoice","Bahrain VAT invoice, brand logo on top, legal W.L.L. name only in footer, 3-decimal BHD",
"""
 AMOS  |  office solutions that just work
                                                            TAX INVOICE
 Invoice No:  INV/26/06/0318                                Date: 30/06/2026
 Account:     SEEF-0042                                     Due:  15/07/2026
 Bill to:
 Seef Family Clinic
 Bldg 2140, Road 2825, Block 428, Seef, Kingdom of Bahrain
 Customer VAT No. 220034918700002
 ------------------------------------------------------------------------------
 Description                                   Qty      Unit Price      Total (BHD)
 Multifunction printer lease - June 2026         3          45.500          136.500
 Toner cartridge TK-8545 black                   4          22.750           91.000
 ------------------------------------------------------------------------------
                                      Total excluding VAT               227.500
                                      VAT @ 10%                          22.750
                                      Total including VAT               250.250
 Payment by transfer to IBAN BH31 BBKU 0010 0000 9412 88 (BBK, Muharraq)
 ------------------------------------------------------------------------------
 Al Muharraq Office Solutions W.L.L. | C.R. No. 104477-1 | VAT Account No. 200014583900002
 Flat 11, Bldg 331, Road 1512, Block 215, Muharraq | +973 1734 0981
""", invoiceNumber="INV/26/06/0318", issueDate="2026-06-30", dueDate="2026-07-15", currency="BHD", netAmount="227.50", taxAmount="22.75", totalAmount="250.25", vendorName="Al Muharraq Office Solutions W.L.L.", iban="BH31BBKU00100000941288", vatId="200014583900002"),

D("d4-125","en","OM","receipt","Omani pharmacy till receipt, branch name above LLC, bilingual",
"""
      AL SHIFA PHARMACY  صيدلية الشفاء
        Al Khuwair Branch - فرع الخوير
 Al Shifa Medical Supplies & Pharmacies LLC
    شركة الشفاء للمستلزمات الطبية والصيدليات ش.م.م
           VATIN: OM1100234871
       Simplified Tax Invoice
 Receipt No: KHW-2-0091734
 Date: 11/08/2026   21:07   Till 2
 Cashier: SAMEERA
 ------------------------------------
 Sunscreen SPF50 50ml        8.500
 Vitamin D3 1000IU x30       4.200
 Hand cream 75ml             2.300
 ------------------------------------
 Subtotal (OMR)             15.000
 VAT 5%                      0.750
 TOTAL OMR                  15.750
 Card (MADA/Debit)          15.750
 AUTH: 510274  TID: 00417726
 Loyalty No. 9968 ***** 21
""", invoiceNumber="KHW-2-0091734", issueDate="2026-08-11", currency="OMR", netAmount="15.00", taxAmount="0.75", totalAmount="15.75", vendorName="Al Shifa Medical Supplies & Pharmacies LLC", vatId="OM1100234871"),

D("d4-126","en","KW","invoice","Kuwait From/To two-column invoice, no VAT, KWD 3 decimals",
"""
                                   COMMERCIAL INVOICE
 FROM                                                      TO
 Gulf Horizon General Trading & Contracting Co. W.L.L.     Al Dasma Engineering Consultants
 Shuwaikh Industrial Area, Block 2, St. 24                 Sharq, Jaber Al Mubarak St., Tower 3
 P.O. Box 4312, Safat 13044, Kuwait                        Kuwait City
                                                           Attn: Eng. Fahad Al-Enezi
 Tel: +965 2484 7710
 Invoice No. : GH-INV-7720                        Your PO: 4471/2026
 Date        : 02/02/2026                         Payment: 30 days
 ------------------------------------------------------------------------------
 Item  Description                                 Qty     Unit Price     Amount (KWD)
 1     Glass office partition system                1 lot    2,450.000      2,450.000
 2     Installation & finishing                     1 lot      350.000        350.000
 ------------------------------------------------------------------------------
                                        NET TOTAL (KWD)          2,800.000
 Kuwaiti Dinars Two Thousand Eight Hundred Only.
 Bank: National Bank of Kuwait  IBAN KW06 NBOK 0000 0000 0000 2018 3377 41
""", invoiceNumber="GH-INV-7720", issueDate="2026-02-02", currency="KWD", totalAmount="2800.00", vendorName="Gulf Horizon General Trading & Contracting Co. W.L.L.", iban="KW06NBOK0000000000002018337741", orderNumber="4471/2026"),

D("d4-127","ar","EG","invoice","Egyptian Arabic tax invoice, LLC name, tax registration no.",
"""
                          شركة النيل الأزرق للحلول الرقمية ش.م.م
                  ١٤ شارع مصدق، الدقي، الجيزة  |  ت: 0233378120
              رقم التسجيل الضريبي: 512-884-307     سجل تجاري: 118734 الجيزة
                                   فاتورة ضريبية
 رقم الفاتورة: BN-2026-0457                                  التاريخ: 2026/01/27
 العميل: شركة دلتا للأغذية المتكاملة                       رقم تسجيل العميل: 204-117-936
 العنوان: المنطقة الصناعية الثالثة، مدينة السادات
 -----------------------------------------------------------------------------
 البيان                                          الكمية       السعر        القيمة
 اشتراك سنوي في نظام إدارة المخزون                 1       24,000.00     24,000.00
 تدريب المستخدمين (أيام)                           4        1,500.00      6,000.00
 -----------------------------------------------------------------------------
                                 الإجمالي قبل الضريبة              30,000.00
                                 ضريبة القيمة المضافة 14%            4,200.00
                                 الإجمالي المستحق (جنيه مصري)      34,200.00
 التحويل البنكي: البنك الأهلي المصري - فرع الدقي
 IBAN: EG78 0038 0312 0000 0000 0418 7220 5
""", invoiceNumber="BN-2026-0457", issueDate="2026-01-27", currency="EGP", netAmount="30000.00", taxAmount="4200.00", totalAmount="34200.00", vendorName="شركة النيل الأزرق للحلول الرقمية ش.م.م", iban="EG780038031200000000041872205", vatId="512884307"),

D("d4-128","ar","JO","invoice","Jordanian sales-tax invoice, Arabic name with English name beside",
"""
 شركة عمان للأنظمة الذكية ذ.م.م                          Amman Smart Systems LLC
 عمان - شارع وصفي التل، مجمع 117                         Wasfi Al-Tal St., Amman
 الرقم الضريبي: 10847722
                         فاتورة ضريبية / Tax Invoice
 رقم الفاتورة: 000318                                 التاريخ: 2026/09/03
 اسم العميل: مستشفى الرابية التخصصي                   رقم أمر الشراء: RH-PO-6620
 الرقم الضريبي للعميل: 4418207
 -----------------------------------------------------------------------------
 الوصف                                   الكمية      سعر الوحدة       المجموع (د.أ)
 وحدات تحكم بالدخول                         6          185.000         1,110.000
 أعمال التركيب والبرمجة                      1          240.000           240.000
 -----------------------------------------------------------------------------
                              المجموع قبل الضريبة                 1,350.000
                              ضريبة المبيعات العامة 16%             216.000
                              الإجمالي                            1,566.000
 IBAN: JO58 ARAB 1230 0000 0012 3784 5291 01
""", invoiceNumber="000318", issueDate="2026-09-03", currency="JOD", netAmount="1350.00", taxAmount="216.00", totalAmount="1566.00", vendorName="شركة عمان للأنظمة الذكية ذ.م.م", iban="JO58ARAB1230000000123784529101", vatId="10847722", orderNumber="RH-PO-6620"),

D("d4-129","en","IN","receipt","Indian pharmacy bill, trade name + proprietor, drug licence noise",
"""
               SRI MURUGAN MEDICALS
        Prop: S. Senthilkumar, B.Pharm
   22, Arcot Road, Vadapalani, Chennai - 600026
   Ph: 044-2483 7719   DL No: TN-02-20B-11873
        GSTIN: 33BQTPS5562L1ZZ
                 CASH BILL
 Bill No: SM/2627/08841       Date: 19/06/2026
 Patient: Mrs. Lakshmi R.     Dr: K. Ramesh MD
 ------------------------------------------------
 Item            Batch    Exp    Qty      Amount
 Dolo 650        DL5521   02/28   15       30.00
 Azithral 500    AZ0913   11/27    5      119.50
 Pantocid DSR    PD7730   08/28   30      210.50
 ------------------------------------------------
 Gross (MRP)                             360.00
 Less: Discount 10%                       36.00
 Taxable Value                           289.29
 CGST 6%                                  17.36
 SGST 6%                                  17.35
 Total GST                                34.71
 NET AMOUNT Rs.                          324.00
 Paid: UPI  Ref 617022918834
 Get well soon!
""", invoiceNumber="SM/2627/08841", issueDate="2026-06-19", currency="INR", netAmount="289.29", taxAmount="34.71", totalAmount="324.00", vendorName="SRI MURUGAN MEDICALS", vatId="33BQTPS5562L1ZZ"),

D("d4-130","en","AU","invoice","Australian tax invoice, trading name header, Pty Ltd as trustee in Bill From",
"""
 TALLOW CREEK LANDSCAPING
 Gardens built to last
                                                              TAX INVOICE
 Bill From:                                  Bill To:
 Harwood Holdings Pty Ltd                    Ms Annabel Foster
 as trustee for The Harwood Family Trust     41 Sackville Street
 ABN 83 106 558 214                          Kew VIC 3101
 PO Box 512, Eltham VIC 3095
 0412 889 301 | accounts@tallowcreek.example

 Invoice #: 000732          Issue date: 14 July 2026       Due date: 28 July 2026
 Your ref: KEW-2291
 ------------------------------------------------------------------------------
 Description                               Qty        Rate         Amount
 Turf supply & lay (Sir Walter)          120 m2      24.00       2,880.00
 Garden edging, steel                     40 m       18.50         740.00
 Green waste removal                       1        280.00         280.00
 ------------------------------------------------------------------------------
                                      Subtotal                 3,900.00
                                      GST 10%                    390.00
                                      Total AUD                4,290.00
 Pay by EFT: BSB 063-182  Acc 1044 8827  Ref 000732
""", invoiceNumber="000732", issueDate="2026-07-14", dueDate="2026-07-28", currency="AUD", netAmount="3900.00", taxAmount="390.00", totalAmount="4290.00", vendorName="Harwood Holdings Pty Ltd", vatId="83106558214", orderNumber="KEW-2291"),
]
