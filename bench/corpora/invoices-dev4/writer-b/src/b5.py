from common import D
DOCS = [
D("d4-141","en","US","invoice","US physician practice statement, doctor's name on top, PLLC below, insurance payment deducted",
"""
                         MARIA L. OKAFOR, MD
                       Board Certified, Family Medicine
                   Brightwater Family Medicine, PLLC
         3300 Lakeshore Blvd, Suite 210, Madison, WI 53703 | (608) 555-0187
                                                         PATIENT STATEMENT / INVOICE
 Statement date: 04/20/2026                               Invoice #: BFM-260418
 Account #: 004471                                        Amount due by: 05/20/2026
 Guarantor: Thomas Lindqvist                              NPI: 1467583920
 Patient:   Ella Lindqvist (DOB 09/14/2017)
 Insurance: Badger State Health Plan  Member ID W88120447
 ------------------------------------------------------------------------------
 Date of svc   CPT     Description                          Charges    Credits
 04/06/2026    99214   Office visit, est. patient            185.00
 04/06/2026    80053   Comprehensive metabolic panel          42.00
 04/17/2026            Insurance payment (Claim 26-88120)                -120.00
 ------------------------------------------------------------------------------
                                  Total charges                     227.00
                                  Insurance payments/adjustments   -120.00
                                  PATIENT BALANCE DUE        USD    107.00
 Pay online at brightwaterfm.example/pay or mail check payable to
 Brightwater Family Medicine, PLLC, PO Box 4410, Madison, WI 53744-4410
 Questions? Billing office (608) 555-0190, Mon-Fri 8-4.
""", invoiceNumber="BFM-260418", issueDate="2026-04-20", dueDate="2026-05-20", currency="USD", totalAmount="107.00", vendorName="Brightwater Family Medicine, PLLC"),

D("d4-142","en","CA","credit_note","BC credit memo, Vendor/Customer side by side, GST and PST",
"""
 VENDOR                                           CUSTOMER
 Maple & Pine Outfitters Ltd.                     Coastline Adventure Tours Inc.
 1180 Hamilton Street                             Attn: Gear Manager
 Vancouver, BC  V6B 2S2                           405-2211 Marine Drive
 GST/HST No. 892107350 RT0001                     North Vancouver, BC  V7P 1V2
 PST No. PST-1043-8827                            Customer No. 22-0917
                                   CREDIT MEMO
 Credit Memo #: CM-10072            Date: Jan 14, 2026
 Original Invoice #: 55813          Customer PO: PO 7781-B
 Reason: Returned goods - wrong size
 ------------------------------------------------------------------------------
 SKU         Description                         Qty     Unit Price      Amount
 SHJ-220-L   Shell jacket, storm grey, L           3         189.00      567.00
 ------------------------------------------------------------------------------
                                       Subtotal                        567.00
                                       GST 5%                           28.35
                                       PST 7%                           39.69
                                       Total Tax                        68.04
                                       TOTAL CREDIT (CAD)             (635.04)
 This credit will be applied against your next invoice.
""", invoiceNumber="CM-10072", issueDate="2026-01-14", currency="CAD", netAmount="-567.00", taxAmount="-68.04", totalAmount="-635.04", vendorName="Maple & Pine Outfitters Ltd.", vatId="892107350RT0001", orderNumber="PO 7781-B"),

D("d4-143","en","AE","receipt","Dubai supermarket till tax invoice, branch line, LLC operator, card slip",
"""
        AL SAFA FRESH MARKET
      Branch: JLT Cluster D, Shop 3
 Al Safa Fresh Foodstuff Trading L.L.C.
        TRN 100271839400003
            TAX INVOICE
 Inv No: JLT-D/04/118820
 Date: 18/01/2026 19:52  Till 04
 Cashier: 2210 RAHUL
 --------------------------------------
 FRESH MILK FULL FAT 2L        11.50
 ARABIC BREAD LARGE             6.75
 EGGS WHITE 30S                18.25
 BANANA 1.020KG @6.86           7.00
 DISHWASH LIQUID 1L            12.00
 CHICKEN BREAST 500G           18.00
 --------------------------------------
 TOTAL (AED)                   73.50
 Total excl. VAT               70.00
 VAT 5%                         3.50
 VISA                          73.50
 CARD XXXXXXXXXXXX4408  AUTH 118274
 MID 200400118821 TID 40012277
 ShareMore No. ****9072  Points +7
""", invoiceNumber="JLT-D/04/118820", issueDate="2026-01-18", currency="AED", netAmount="70.00", taxAmount="3.50", totalAmount="73.50", vendorName="Al Safa Fresh Foodstuff Trading L.L.C.", vatId="100271839400003"),

D("d4-144","ar","SA","receipt","Saudi simplified tax invoice from coffee shop branch, company name below",
"""
          مقهى حبة البن
         فرع العليا - الرياض
   شركة حبة البن العربية للتجارة
   الرقم الضريبي: 302281947500003
        فاتورة ضريبية مبسطة
 رقم الفاتورة: 1-77120
 التاريخ: 2026-02-14   08:31
 الكاشير: نورة    الطلب: 42
 -----------------------------------
 لاتيه وسط        2 × 18.00     36.00
 كرواسون زبدة     1 × 14.00     14.00
 -----------------------------------
 الإجمالي غير شامل الضريبة      43.48
 ضريبة القيمة المضافة 15%        6.52
 الإجمالي شامل الضريبة     50.00 ر.س
 مدى  **** 5512   رقم الموافقة 604418
 [رمز الاستجابة السريعة]
 شكراً لزيارتكم
""", invoiceNumber="1-77120", issueDate="2026-02-14", currency="SAR", netAmount="43.48", taxAmount="6.52", totalAmount="50.00", vendorName="شركة حبة البن العربية للتجارة", vatId="302281947500003"),

D("d4-145","tr","TR","receipt","Turkish cash-register fiş, sign name and A.Ş. legal name, FİŞ/Z/EKÜ numbers",
"""
        BEREKET MARKET
 BEREKET MARKET GIDA SAN. VE TİC. A.Ş.
   Caferağa Mah. Moda Cad. No:71
        Kadıköy / İSTANBUL
   KADIKÖY V.D. 7403185264
 TARİH: 08/05/2026       SAAT: 18:47
 FİŞ NO: 0087
 EKMEK x2               %01     *20,00
 SÜT 1 LT               %01     *34,50
 BULAŞIK DETERJANI      %20    *189,90
 -----------------------------------
 TOPKDV                         *32,19
 TOPLAM                        *244,40
 KREDİ KARTI                   *244,40
 KART NO: ************7712
 ONAY KODU: 220417  REF NO: 612818839901
 KASİYER: AYŞE   KASA: 2
 Z NO: 1422   EKÜ NO: 0001
 MF AB 41000871
""", invoiceNumber="0087", issueDate="2026-05-08", currency="TRY", taxAmount="32.19", totalAmount="244.40", vendorName="BEREKET MARKET GIDA SAN. VE TİC. A.Ş.", vatId="7403185264"),

D("d4-146","en","IN","credit_note","Indian GST credit note from LLP, inter-state IGST, against original invoice",
"""
                              MEGHNA CLOUDWORKS LLP
               4th Floor, 27 Residency Road, Bengaluru - 560025, Karnataka
                   GSTIN: 29AAKFM7723P1ZF     LLPIN: AAQ-4471
                                   CREDIT NOTE
                             (Section 34, CGST Act 2017)
 Credit Note No. : MCW/CN/26-27/007                  Date: 21-07-2026
 Against Invoice : MCW/26-27/0318 dated 30-06-2026
 Recipient:                                          Place of Supply: Delhi (07)
 Vyomtech Analytics Private Limited                  Recipient PO Ref: VX/PO/88120
 B-14, Okhla Industrial Area Phase II, New Delhi 110020
 GSTIN: 07AADCV3310N1ZA
 Reason: Rate revision on annual cloud support contract
 -------------------------------------------------------------------------------
 Sr  Description                              SAC        Taxable Value
 1   Cloud managed services - rate revision   998315         25,000.00
 -------------------------------------------------------------------------------
                                   IGST @ 18%                4,500.00
                                   Total Credit (INR)       29,500.00
 Rupees Twenty Nine Thousand Five Hundred Only
                                                  For MEGHNA CLOUDWORKS LLP
                                                  Designated Partner
""", invoiceNumber="MCW/CN/26-27/007", issueDate="2026-07-21", currency="INR", netAmount="-25000.00", taxAmount="-4500.00", totalAmount="-29500.00", vendorName="MEGHNA CLOUDWORKS LLP", vatId="29AAKFM7723P1ZF", orderNumber="VX/PO/88120"),

D("d4-147","en","SG","receipt","airline booking e-mail receipt, PNR and ticket numbers as distractors, Pte. Ltd. in footer",
"""
From: Merlion Skyways <bookings@merlionskyways.example>
To: kwong.jiahui@gmail.example
Subject: Payment receipt - Booking K7QX2P

Dear MS JIAHUI KWONG,

Thank you for flying with us. Your payment has been received.

  Receipt No.        MSW-RC-55092811
  Date of issue      27 Jul 2026
  Booking ref        K7QX2P
  E-ticket           618-2412345678
  Flight             MS 237  SIN 07:40 -> DPS 10:25  14 Aug 2026  Economy Lite

  Base fare                                       SGD 248.00
  Airport charges & passenger service fees        SGD  72.60
  GST (0%, international transport)               SGD   0.00
  -----------------------------------------------------------
  Total paid                                      SGD 320.60
  Paid by PayNow on 27 Jul 2026

Manage your booking at merlionskyways.example/manage.

Merlion Skyways Pte. Ltd. | 20 Airline Road #05-01, Singapore 819830
GST Reg. No. M2-0082137-4
You received this e-mail because you made a booking. Unsubscribe from offers.
""", invoiceNumber="MSW-RC-55092811", issueDate="2026-07-27", currency="SGD", taxAmount="0.00", totalAmount="320.60", vendorName="Merlion Skyways Pte. Ltd.", vatId="M200821374"),

D("d4-148","ms","MY","receipt","Malaysian petrol station receipt in Malay, station sign above Sdn. Bhd., no SST on fuel",
"""
      STESEN MINYAK PETRAKITA
     KM 21 JALAN KLANG LAMA
  Niaga Petrakita Sdn. Bhd.
   (201801042217 (1304481-X))
  58200 Kuala Lumpur
 No. Resit : 0021-448817
 Tarikh    : 14/10/2026 07:55
 Pam 04   RON95
 30.00 L x RM2.05            61.50
 Air mineral 500ml            2.50
 ---------------------------------
 JUMLAH                RM    64.00
 MyDebit                     64.00
 Kad: ************2291
 MID: 000000411872  TID: 30027719
 Kod Lulus: 774102
 Kad Mesra: ****5530 Mata: 64
 Terima kasih. Sila datang lagi.
""", invoiceNumber="0021-448817", issueDate="2026-10-14", currency="MYR", totalAmount="64.00", vendorName="Niaga Petrakita Sdn. Bhd."),

D("d4-149","id","ID","receipt","Indonesian minimarket struk, branch sign above PT, NPWP, member noise",
"""
        TOKO SERBA ADA
     CAB. KEMANG RAYA 2
  PT SERBA ADA RETAILINDO
  NPWP: 03.771.924.2-411.000
  Jl. Kemang Raya No. 18, Jakarta Selatan
 03.11.2024-20:14  2K14/KSR-02/0117
 No. 2K14-0117-004418
 ----------------------------------
 INDOMILK UHT 1L     2    19.900   39.800
 ROTI TAWAR GANDUM   1    17.500   17.500
 SABUN CAIR 450ML    1    30.100   30.100
 ----------------------------------
 TOTAL ITEM 4           Rp 87.400
 TUNAI                     100.000
 KEMBALI                    12.600
 DPP                        78.739
 PPN                         8.661
 MEMBER: 8812****0441  POIN: 8
 LAYANAN KONSUMEN SMS 0811-100-228
""", invoiceNumber="2K14-0117-004418", issueDate="2024-11-03", currency="IDR", netAmount="78739.00", taxAmount="8661.00", totalAmount="87400.00", vendorName="PT SERBA ADA RETAILINDO", vatId="037719242411000"),

D("d4-150","en","PH","invoice","Philippine service invoice, sole proprietor 'doing business under the name', TIN",
"""
                         JMD PRINTING SERVICES
                  JOSE MA. DELA CRUZ - Proprietor
       112 P. Burgos St., Brgy. Poblacion, Makati City 1210 | 0917 552 8841
                     VAT Reg. TIN: 214-558-309-00000
                            SERVICE INVOICE
 Sold to: Halcyon Events Management Corp.              No. 0512
 TIN: 009-771-203-00000                                Date: June 8, 2026
 Address: 3F Pacific Star Bldg, Sen. Gil Puyat Ave., Makati      Terms: 30 days
 P.O. No. 2026-114                                     OSCA/PWD ID: ______
 -----------------------------------------------------------------------------
 QTY    UNIT    ARTICLES / NATURE OF SERVICE         UNIT PRICE       AMOUNT
 500    pcs     Flyers A5, 4/4 colors, 150gsm            8.96        4,480.00
 20     pcs     Tarpaulin 3x6 ft                        336.00        6,720.00
 -----------------------------------------------------------------------------
                           Total Sales (VAT Inclusive)          11,200.00
                           Less: VAT                              1,200.00
                           Amount: Net of VAT                    10,000.00
                           TOTAL AMOUNT DUE                 PHP  11,200.00
 JOSE MA. DELA CRUZ doing business under the name and style of JMD PRINTING SERVICES
 BIR Authority to Print No. 4AU0001234567  Date issued 01/05/2026
 Printer: Quickprint Press, TIN 101-228-441-00000
""", invoiceNumber="0512", issueDate="2026-06-08", currency="PHP", netAmount="10000.00", taxAmount="1200.00", totalAmount="11200.00", vendorName="JOSE MA. DELA CRUZ", vatId="21455830900000"),
]
