from common import D
DOCS = [
D("d4-101","ja","JP","receipt","convenience store till receipt, store sign above operator",
"""
          ファミリーストア
           渋谷二丁目店
    東京都渋谷区渋谷2-14-8
      TEL 03-5468-2217
   株式会社サンライズリテール
   登録番号 T2011001048273

        領  収  証
2026年10月14日(水) 08:42      レジ0002
責No.318             取引No.0042-118

 おにぎり 鮭                 ¥160軽
 サンドイッチ たまご         ¥298軽
 ホットコーヒー M            ¥180軽
 ボールペン 黒               ¥120
 レジ袋 L                      ¥3
--------------------------------------
 合  計                      ¥761
 (10%対象                    ¥123)
 (内消費税等 10%              ¥11)
 (8%対象                     ¥638)
 (内消費税等 8%               ¥47)
  消費税等合計                ¥58
 交通系IC支払                ¥761
 お釣り                        ¥0
 IC残高                    ¥1,239
 ポイントカード No.****-****-2281
 今回ポイント  7P
 「軽」は軽減税率対象商品です
""", invoiceNumber="0042-118", issueDate="2026-10-14", currency="JPY", taxAmount="58.00", totalAmount="761.00", vendorName="株式会社サンライズリテール", vatId="T2011001048273"),

D("d4-102","ja","JP","invoice","two-column seikyusho, buyer left seller right",
"""
                                      請  求  書
                                                              請求番号: INV-2026-0311
                                                              発行日: 2026年9月30日
株式会社北辰エンジニアリング  御中                              合同会社ミナトデザイン
〒231-0023 神奈川県横浜市中区山下町88-2                        (Minato Design LLC)
購買部 木村 様                                                 〒150-0001
                                                               東京都渋谷区神宮前5-41-3
お客様コード: C-20418                                          TEL 03-6427-8810
ご注文番号: PO-HK-77152                                        登録番号: T5040003019566

下記のとおりご請求申し上げます。

   ご請求金額      ¥1,012,000-  (税込)
   お支払期限      2026年10月31日

 No.  品目                         数量   単位        単価            金額
 1    コーポレートサイト改修          1     式      650,000         650,000
 2    バナー制作                      6     点       25,000         150,000
 3    保守サポート(10月分)            1     月      120,000         120,000

                                               小計(10%対象)        920,000
                                               消費税(10%)           92,000
                                               合計               1,012,000

 お振込先: みずほ銀行 渋谷中央支店 普通 1234567 ゴウドウガイシャミナトデザイン
 ※振込手数料は貴社にてご負担くださいますようお願い申し上げます。
""", invoiceNumber="INV-2026-0311", issueDate="2026-09-30", dueDate="2026-10-31", currency="JPY", netAmount="920000.00", taxAmount="92000.00", totalAmount="1012000.00", vendorName="合同会社ミナトデザイン", vatId="T5040003019566", orderNumber="PO-HK-77152"),

D("d4-103","zh","CN","invoice","fully digitised fapiao, buyer/seller blocks side by side",
"""
                       电子发票（增值税专用发票）                    发票号码：26332000000184520173
                                                                     开票日期：2026年07月21日
 购  名称：上海澜岸贸易有限公司                          销  名称：杭州青禾信息技术有限公司
 买                                                      售
 方  统一社会信用代码/纳税人识别号：                     方  统一社会信用代码/纳税人识别号：
 信  91310115MA1K4D2X70                                  信  91330106MA2H7Q3K53
 息                                                      息
      项目名称                规格型号   单位   数量    单价           金额        税率/征收率     税额
 *信息技术服务*软件技术服务费           项     1       37735.85       37735.85       6%           2264.15

      合        计                                                    ¥37735.85                   ¥2264.15
      价税合计（大写）        ⊗肆万圆整                                           （小写）¥40000.00
 备  购方开户银行：招商银行上海张江支行  银行账号：121908877610301
 注  合同编号：QH-HT-2026-0719

 开票人：王丽
""", invoiceNumber="26332000000184520173", issueDate="2026-07-21", currency="CNY", netAmount="37735.85", taxAmount="2264.15", totalAmount="40000.00", vendorName="杭州青禾信息技术有限公司", vatId="91330106MA2H7Q3K53"),

D("d4-104","ko","KR","invoice","Korean e-tax invoice, 공급자/공급받는자 grid side by side",
"""
                               전 자 세 금 계 산 서                 승인번호  20261105-41000012-70318456
 ┌──────────────────────────────────────────┬──────────────────────────────────────────┐
  공  등록번호    214-86-13700   종사업장번호       공   등록번호   120-81-33425  종사업장번호
  급  상호        주식회사 한빛소프트랩  성명 김도윤 급   상호       (주)서해물산    성명 박정민
  자  (법인명)                                     받   (법인명)
      사업장      서울특별시 강남구 테헤란로 427,    는   사업장     인천광역시 연수구 센트럴로 160
      주소        9층                                자   주소
      업태 서비스       종목 소프트웨어개발               업태 도소매     종목 수산물
      이메일 billing@hanbit-softlab.co.kr                 이메일 acct@seohae-mulsan.kr
 └──────────────────────────────────────────┴──────────────────────────────────────────┘
  작성일자        공급가액              세액           수정사유
  2026-11-05      3,200,000             320,000
  비고  발주번호 SH-2026-1187
  월  일   품목                       규격   수량      단가          공급가액        세액
  11  05   ERP 연동모듈 유지보수(11월)       1   2,500,000     2,500,000     250,000
  11  05   데이터 이관 작업                   1     700,000       700,000      70,000

  합계금액        현금       수표      어음      외상미수금
  3,520,000                                      3,520,000        이 금액을 (청구) 함
""", invoiceNumber="20261105-41000012-70318456", issueDate="2026-11-05", currency="KRW", netAmount="3200000.00", taxAmount="320000.00", totalAmount="3520000.00", vendorName="주식회사 한빛소프트랩", vatId="2148613700", orderNumber="SH-2026-1187"),

D("d4-105","th","TH","receipt","Thai abbreviated tax invoice till slip, store + branch above PLC name",
"""
            สุขใจมาร์ท
     สาขา ถนนพระราม 9 (04521)
  บริษัท สุขใจ รีเทล จำกัด (มหาชน)
   ใบเสร็จรับเงิน/ใบกำกับภาษีอย่างย่อ
  TAX#0105558037147 (VAT Included)
  POS#E0452100317
  R#0004521P0317-118834
 น้ำดื่ม 600มล. 2 @7.00          14.00
 ขนมปังโฮลวีท                     42.00
 นมจืด 830มล.                     49.00
 ยาสีฟัน 160ก.                    65.00
 ----------------------------------
 รวม 5 ชิ้น                      170.00
 ยอดสุทธิ                        170.00
 เงินสด                          200.00
 เงินทอน                          30.00
 มูลค่าสินค้า                     158.88
 ภาษีมูลค่าเพิ่ม 7%                 11.12
 สมาชิก 08x-xxx-4417  แต้มสะสม 17
 พนักงาน 0452-03   14/11/2569 19:22
      ขอบคุณที่ใช้บริการ
""", invoiceNumber="0004521P0317-118834", issueDate="2026-11-14", currency="THB", netAmount="158.88", taxAmount="11.12", totalAmount="170.00", vendorName="บริษัท สุขใจ รีเทล จำกัด (มหาชน)", vatId="0105558037147"),

D("d4-106","vi","VN","invoice","Vietnamese VAT e-invoice rendering, bilingual labels",
"""
                         HÓA ĐƠN GIÁ TRỊ GIA TĂNG
                               (VAT INVOICE)
                    Bản thể hiện của hóa đơn điện tử
              Ngày (Date) 18 tháng (month) 08 năm (year) 2026
 Mã của CQT: 00A7C3E91F2B4D0618293A4B5C6D7E8F90                     Ký hiệu (Serial): 1C26TSM
                                                                     Số (No.): 00000847
 Đơn vị bán hàng (Seller): CÔNG TY TNHH THƯƠNG MẠI VÀ DỊCH VỤ SAO MAI VIỆT
 Mã số thuế (Tax code): 0316145273
 Địa chỉ (Address): 127 Nguyễn Thị Minh Khai, Phường Bến Thành, TP. Hồ Chí Minh
 Điện thoại (Tel): 028 3925 6610
 Số tài khoản (A/C No.): 0071001284519 tại Vietcombank - CN Sài Gòn
 ------------------------------------------------------------------------------------------
 Họ tên người mua hàng (Buyer): Trần Quốc Huy
 Tên đơn vị (Company): CÔNG TY CỔ PHẦN CƠ KHÍ ĐÔNG Á
 Mã số thuế (Tax code): 0108236191
 Địa chỉ (Address): Lô B4, KCN Quang Minh, Huyện Mê Linh, Hà Nội
 Hình thức thanh toán (Payment method): TM/CK
 STT  Tên hàng hóa, dịch vụ          ĐVT    Số lượng      Đơn giá         Thành tiền
 1    Giấy in A4 80gsm               Ram        120        78.000          9.360.000
 2    Hộp mực in laser 107A          Hộp          8     1.150.000          9.200.000
 3    Bìa hồ sơ nhựa                 Cái        200         6.500          1.300.000
                                       Cộng tiền hàng (Total amount):     19.860.000
 Thuế suất GTGT (VAT rate): 8%         Tiền thuế GTGT (VAT amount):        1.588.800
                                Tổng cộng tiền thanh toán (Total payment): 21.448.800
 Số tiền viết bằng chữ (In words): Hai mươi mốt triệu bốn trăm bốn mươi tám nghìn tám trăm đồng.
 Người mua hàng (Buyer)                                  Người bán hàng (Seller)
                                                  Ký bởi: CÔNG TY TNHH THƯƠNG MẠI VÀ DỊCH VỤ SAO MAI VIỆT
                                                  Ký ngày: 18/08/2026
 Tra cứu tại: https://hoadon.example.vn  Mã tra cứu: SMV8K2Q71
""", invoiceNumber="00000847", issueDate="2026-08-18", currency="VND", netAmount="19860000.00", taxAmount="1588800.00", totalAmount="21448800.00", vendorName="CÔNG TY TNHH THƯƠNG MẠI VÀ DỊCH VỤ SAO MAI VIỆT", vatId="0316145273"),

D("d4-107","en","IN","invoice","Indian GST tax invoice, IGST, letterhead + 'For ...' signatory",
"""
                    SHRIVEDA AGRO EQUIPMENTS PRIVATE LIMITED
          Plot 41, MIDC Ambad, Nashik - 422010, Maharashtra | Ph: 0253-2381447
               GSTIN: 27AAJCS4821K1Z1   CIN: U29219MH2017PTC298114
                                  TAX INVOICE                        (ORIGINAL FOR RECIPIENT)
 Invoice No.  : SAE/26-27/0412                     E-Way Bill No. : 3418 2290 5716
 Invoice Date : 12-08-2026                         Transport      : VRL Logistics, LR 77120
 Buyer's Order No. : MAK/PO/2026/318 dt. 02-08-2026
 Place of Supply   : Karnataka (29)
 Bill To:                                           Ship To:
 M/s Malnad Agri Krishi Kendra                      M/s Malnad Agri Krishi Kendra
 18, APMC Yard, Shivamogga - 577201                 Godown 3, Sagar Road, Shivamogga
 GSTIN: 29AAKFM7723P1ZF   State Code: 29
 ----------------------------------------------------------------------------------------
 Sr  Description                      HSN     Qty     Unit     Rate         Amount
 1   Drip lateral 16mm (400 m roll)   3917    40      Roll     2,350.00     94,000.00
 2   Disc filter 2"                   8421     6      Nos      4,875.00     29,250.00
 3   Venturi injector kit             8424    10      Nos      1,120.00     11,200.00
 ----------------------------------------------------------------------------------------
                                              Taxable Value            1,34,450.00
                                              IGST @ 18%                 24,201.00
                                              Round Off                       0.00
                                              Grand Total (INR)        1,58,651.00
 Amount in words: Rupees One Lakh Fifty Eight Thousand Six Hundred Fifty One Only
 Payment Terms: 30 days from invoice date
 Bank: Saraswat Co-op Bank, Nashik Road | A/c 310200100018842 | IFSC SRCB0000310
                                                     For Shriveda Agro Equipments Pvt. Ltd.

                                                           Authorised Signatory
 Subject to Nashik jurisdiction. E. & O.E.
""", invoiceNumber="SAE/26-27/0412", issueDate="2026-08-12", currency="INR", netAmount="134450.00", taxAmount="24201.00", totalAmount="158651.00", vendorName="SHRIVEDA AGRO EQUIPMENTS PRIVATE LIMITED", vatId="27AAJCS4821K1Z1", orderNumber="MAK/PO/2026/318"),

D("d4-108","en","AU","receipt","fuel station docket with EFTPOS slip, brand/site above Pty Ltd",
"""
          METRO FUEL
        BALLARAT NORTH
  1102 Sturt St, Ballarat VIC 3350
      Kestrel Fuels Pty Ltd
       ABN 37 847 312 609
          TAX INVOICE
 Site 0417  POS 2  Shift 118
 03/09/2026            17:46
 Pump 6 U91
   42.38L @ 189.9c/L       $80.48
 Coke No Sugar 600ml        $4.95
 ------------------------------
 TOTAL                     $85.43
 GST INCLUDED               $7.77
 EFTPOS                    $85.43
 ----- CUSTOMER COPY -----
 MERCHANT ID 452718830016
 TERMINAL ID 84330217
 VISA CREDIT  ************5528
 PURCHASE AUD              $85.43
 AUTH 0A6R21  RRN 624617203145
 (00) APPROVED
 Trans No. 0417-2-118-0093
 Rewards card ...7710  Points 85
""", invoiceNumber="0417-2-118-0093", issueDate="2026-09-03", currency="AUD", taxAmount="7.77", totalAmount="85.43", vendorName="Kestrel Fuels Pty Ltd", vatId="37847312609"),

D("d4-109","en","AE","invoice","bilingual Arabic/English UAE tax invoice, LLC with Arabic name",
"""
 Al Noor Technical Services L.L.C.                        النور للخدمات الفنية ش.ذ.م.م
 Office 1207, Al Qusais Tower, Dubai, U.A.E.               TRN: 100384726500003
 Tel +971 4 263 5541  |  accounts@alnoor-ts.ae
                          TAX INVOICE  فاتورة ضريبية
 Invoice No. رقم الفاتورة : ANTS/INV/2026/0958           Date التاريخ : 21/06/2026
 LPO No.                 : LPO-22817                      Due Date    : 21/07/2026
 Customer / العميل:
 Gulfstar Facilities Management FZE
 Plot S30514, Jebel Ali Free Zone South, Dubai
 Customer TRN: 100519283700003        Customer Code: GFM-044
 ------------------------------------------------------------------------------
 #  Description                                 Qty    Rate (AED)   Amount (AED)
 1  Chiller preventive maintenance - Q2 2026      1     12,500.00     12,500.00
 2  Replacement filters 24x24"                   24         85.00      2,040.00
 3  Emergency call-out (after hours)              2        650.00      1,300.00
 ------------------------------------------------------------------------------
                                 Total excl. VAT  المجموع      15,840.00
                                 VAT 5%  ضريبة القيمة المضافة      792.00
                                 Total incl. VAT  الإجمالي     16,632.00
 Bank: Emirates Islamic Bank, Al Qusais | A/C name: Al Noor Technical Services L.L.C.
 IBAN: AE98 0260 0010 1539 2847 101
""", invoiceNumber="ANTS/INV/2026/0958", issueDate="2026-06-21", dueDate="2026-07-21", currency="AED", netAmount="15840.00", taxAmount="792.00", totalAmount="16632.00", vendorName="Al Noor Technical Services L.L.C.", iban="AE980260001015392847101", vatId="100384726500003", orderNumber="LPO-22817"),

D("d4-110","en","US","receipt","e-mailed SaaS receipt, brand vs Inc. in footer, unsubscribe",
"""
From: Quillstack Billing <billing@quillstack.io>
To: priya.raman@tallgrassmedia.com
Subject: Your Quillstack receipt [#QS-8841-2207]
Date: Tue, 06 Oct 2026 14:03:11 -0700

Hi Priya,

Thanks for your order! Here's your receipt for Quillstack Team.

  Invoice number     QS-8841-2207
  Date paid          October 6, 2026
  Payment method     Amex •••• 1009
  Account ID         acct_7Hq20LmX

  Quillstack Team (annual) x 5 seats
  Oct 6, 2026 - Oct 6, 2027                         $1,200.00

  Subtotal                                          $1,200.00
  Sales tax (WA 10.25%)                               $123.00
  Total                                             $1,323.00
  Amount paid                                       $1,323.00

Questions about billing? Just reply to this email or visit help.quillstack.io.

Cheers,
The Quillstack team

--
Quillstack Labs, Inc. · 1201 Western Ave, Suite 400 · Seattle, WA 98101
You are receiving this email because you have a Quillstack account.
Manage email preferences or unsubscribe: https://quillstack.io/prefs
""", invoiceNumber="QS-8841-2207", issueDate="2026-10-06", currency="USD", netAmount="1200.00", taxAmount="123.00", totalAmount="1323.00", vendorName="Quillstack Labs, Inc."),
]
