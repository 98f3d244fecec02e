from common import D
DOCS = [
D("d4-111","ar","SA","invoice","Saudi standard tax invoice, Arabic establishment name, short English logo",
"""
 RUKN AL KHALEEJ                                          مؤسسة ركن الخليج للمقاولات
                                             الرياض - حي الملز - شارع الأمير سلمان، مبنى 4417
                                             س.ت: 1010594821   الرقم الضريبي: 310458792600003
                                  فاتورة ضريبية
                                  Tax Invoice
 رقم الفاتورة: RKC-2026-0213                              تاريخ الإصدار: 15/03/2026
 تاريخ الاستحقاق: 14/04/2026                             رقم أمر الشراء: PO-88214
 ---------------------------------------------------------------------------------
 بيانات المورد                                  بيانات العميل
 الاسم: مؤسسة ركن الخليج للمقاولات             الاسم: شركة الواحة الحديثة للتطوير العقاري
 الرقم الضريبي: 310458792600003                 الرقم الضريبي: 300617245900003
 العنوان: الرياض 12831                          العنوان: جدة، طريق الملك عبدالعزيز 2201
 ---------------------------------------------------------------------------------
 م   الوصف                                الكمية    سعر الوحدة     المبلغ (ريال)
 1   أعمال ترميم الواجهات الخارجية          1       48,000.00       48,000.00
 2   توريد وتركيب بلاط بورسلان (م2)        320          95.00       30,400.00
 ---------------------------------------------------------------------------------
                               الإجمالي غير شامل الضريبة          78,400.00
                               ضريبة القيمة المضافة 15%            11,760.00
                               الإجمالي شامل الضريبة              90,160.00 ر.س
 الحساب البنكي: مصرف الراجحي
 IBAN: SA55 6500 0000 2147 0381 9002
""", invoiceNumber="RKC-2026-0213", issueDate="2026-03-15", dueDate="2026-04-14", currency="SAR", netAmount="78400.00", taxAmount="11760.00", totalAmount="90160.00", vendorName="مؤسسة ركن الخليج للمقاولات", iban="SA5565000000214703819002", vatId="310458792600003", orderNumber="PO-88214"),

D("d4-112","he","IL","invoice","Hebrew tax invoice, company with quotes in name, customer NPO number as noise",
"""
                                         ש.ל. מערכות מיזוג בע"מ
                              רח' המלאכה 12, אזור תעשייה חולון | טל' 03-5584120
                                          ח.פ. 515582013
                               חשבונית מס מספר 40127                 מקור
 תאריך: 09/04/2026
 לכבוד: עמותת בית חם לקשיש (ע.ר. 580412377)
 רח' הרצל 88, רמלה
 הזמנה מס' 7781                                   מס' לקוח: 2204
 -----------------------------------------------------------------------------
 תיאור                                         כמות       מחיר         סה"כ
 שירות תחזוקה שנתי למזגנים                        1     3,200.00      3,200.00
 החלפת מדחס ביחידה מרכזית                         1     4,850.00      4,850.00
 -----------------------------------------------------------------------------
                                            סה"כ לפני מע"מ      8,050.00
                                            מע"מ 18%            1,449.00
                                            סה"כ לתשלום    ₪    9,499.00
 תנאי תשלום: שוטף + 30
 להעברה בנקאית: בנק לאומי, סניף 614, IBAN IL26 0206 1400 0000 5821 734
 מסמך ממוחשב | הופק ע"י תוכנת חשבשבת
""", invoiceNumber="40127", issueDate="2026-04-09", currency="ILS", netAmount="8050.00", taxAmount="1449.00", totalAmount="9499.00", vendorName='ש.ל. מערכות מיזוג בע"מ', iban="IL260206140000005821734", vatId="515582013", orderNumber="7781"),

D("d4-113","tr","TR","invoice","Turkish e-Arşiv fatura, short name in logo, full Ltd. Şti. in seller block, ETTN",
"""
  Kuzey Ege Ambalaj                                                      e-Arşiv Fatura
  ---------------------------------------------------------------------------------------
  KUZEY EGE AMBALAJ SANAYİ VE TİCARET LİMİTED ŞİRKETİ             Özelleştirme No: TR1.2
  Atatürk OSB 10003 Sk. No:14 Çiğli / İZMİR                       Senaryo: EARSIVFATURA
  Tel: 0232 376 44 18                                             Fatura Tipi: SATIS
  Vergi Dairesi: Karşıyaka   VKN: 5831047261                      Fatura No: KEA2026000000417
  Mersis No: 0583104726100015                                     Fatura Tarihi: 14-09-2026
                                                                  Sipariş No: SP-55120
  SAYIN                                                           Son Ödeme Tarihi: 14-10-2026
  MAVİ LİMAN GIDA ANONİM ŞİRKETİ
  Kemalpaşa Cad. No:212 Bornova / İZMİR
  Vergi Dairesi: Bornova  VKN: 1296473804
  ETTN: 6b1f0c2e-93a4-4d7e-b2a8-57e1c04f9d33
  ---------------------------------------------------------------------------------------
  Sıra  Mal Hizmet                 Miktar      Birim Fiyat    KDV Oranı   Mal Hizmet Tutarı
  1     Oluklu koli 40x30x30       2.000 Adet     14,75 TL       %20         29.500,00 TL
  2     Streç film 50 cm           50 Rulo       185,00 TL       %20          9.250,00 TL
  ---------------------------------------------------------------------------------------
                                          Mal Hizmet Toplam Tutarı          38.750,00 TL
                                          Hesaplanan KDV (%20)               7.750,00 TL
                                          Vergiler Dahil Toplam Tutar       46.500,00 TL
                                          Ödenecek Tutar                    46.500,00 TL
  Yalnız: KırkaltıbinbeşyüzTürkLirası
  Banka: Akbank Çiğli Şb.  IBAN: TR61 0001 5001 5800 7312 9477 66
""", invoiceNumber="KEA2026000000417", issueDate="2026-09-14", dueDate="2026-10-14", currency="TRY", netAmount="38750.00", taxAmount="7750.00", totalAmount="46500.00", vendorName="KUZEY EGE AMBALAJ SANAYİ VE TİCARET LİMİTED ŞİRKETİ", iban="TR610001500158007312947766", vatId="5831047261", orderNumber="SP-55120"),

D("d4-114","en","SG","receipt","restaurant bill with outlet name, Pte. Ltd. operator, card slip",
"""
            KOPI & KAYA
     Orchard Gateway #02-17
   Kaya Brothers F&B Pte. Ltd.
     GST Reg No: 201815372K
           TAX INVOICE
 Rcpt No: OG02-184451
 Table: 14   Pax: 3   Server: Mei
 22/05/2026 20:14      Terminal: POS01
 --------------------------------
 2 Kaya Toast Set @6.80     13.60
 1 Mee Siam                  8.50
 2 Teh Tarik @3.20           6.40
 1 Iced Milo                 3.60
 --------------------------------
 Subtotal                   32.10
 Svc Chg 10%                 3.21
 GST 9%                      3.18
 TOTAL                 S$  38.49
 VISA                       38.49
 **** **** **** 6624
 MID: 000012260447  TID: 60114822
 APPR CODE: 083317
 Thank you! Follow us @kopiandkaya.sg
""", invoiceNumber="OG02-184451", issueDate="2026-05-22", currency="SGD", taxAmount="3.18", totalAmount="38.49", vendorName="Kaya Brothers F&B Pte. Ltd.", vatId="201815372K"),

D("d4-115","ms","MY","invoice","Malaysian invoice Bill From / Bill To columns, Sdn. Bhd. with registration in brackets, SST",
"""
                                      INVOIS / INVOICE
 Bill From:                                       Bill To:
 Teguh Maju Engineering Sdn. Bhd.                 Klang Gateway Properties Sdn. Bhd.
 (201601023871 (1193412-U))                       (200901033410 (872214-K))
 No. 8, Jalan Perusahaan 3,                       Menara KGP, Jalan Goh Hock Huat,
 Taman Perindustrian Puchong, 47100 Puchong       41400 Klang, Selangor
 SST No.: W10-1808-32000416                       SST No.: B16-1809-31012877
 Tel: 03-8061 2290                                Attn: Puan Rosnah (Jabatan Fasiliti)

 No. Invois : TME-INV-26/0733             Tarikh  : 05/03/2026
 No. PO     : PO/KLG/26/0098              Tarikh Akhir Bayaran : 04/04/2026
 Terma      : 30 hari                     Kod Pelanggan : KGP-07
 -------------------------------------------------------------------------------
 Bil  Keterangan                                   Kuantiti   Harga Seunit    Jumlah (RM)
 1    Penyelenggaraan pencegahan genset 500kVA        2         2,800.00       5,600.00
 2    Ujian load bank                                 1         1,950.00       1,950.00
 -------------------------------------------------------------------------------
                              Jumlah Sebelum SST                  7,550.00
                              Cukai Perkhidmatan 8%                 604.00
                              Jumlah Perlu Dibayar (RM)           8,154.00
 Pembayaran: Maybank Puchong, A/C 5140 2210 8837 (Teguh Maju Engineering Sdn. Bhd.)
 Ini adalah cetakan komputer. Tandatangan tidak diperlukan.
""", invoiceNumber="TME-INV-26/0733", issueDate="2026-03-05", dueDate="2026-04-04", currency="MYR", netAmount="7550.00", taxAmount="604.00", totalAmount="8154.00", vendorName="Teguh Maju Engineering Sdn. Bhd.", vatId="W10180832000416", orderNumber="PO/KLG/26/0098"),

D("d4-116","id","ID","invoice","Indonesian invoice from Tbk company, NPWP, Faktur Pajak number as distractor",
"""
  PT SINAR NUSANTARA LOGISTIK Tbk
  Gedung Graha SNL Lt. 6, Jl. Yos Sudarso Kav. 88, Jakarta Utara 14350
  NPWP: 01.734.182.7-054.000            Telp. (021) 4393 1180
                                   INVOICE
  Kepada Yth.                                    No. Invoice : SNL/INV/2024/10/00582
  PT Mitra Pangan Jaya                           Tanggal     : 28 Oktober 2024
  Jl. Rungkut Industri II No. 45, Surabaya       Jatuh Tempo : 27 November 2024
  NPWP: 02.518.934.1-609.000                     No. PO      : PO-2024-1187
                                                 No. Faktur Pajak: 010.002-24.71298344
  -------------------------------------------------------------------------------
  No  Uraian                                       Qty    Harga Satuan (Rp)    Jumlah (Rp)
  1   Jasa pengiriman FCL 20' Jakarta-Surabaya      3          8.750.000        26.250.000
  2   Biaya handling pelabuhan                      3            650.000         1.950.000
  -------------------------------------------------------------------------------
                                        Dasar Pengenaan Pajak             28.200.000
                                        PPN 11%                            3.102.000
                                        Total Tagihan                     31.302.000
  Terbilang: Tiga puluh satu juta tiga ratus dua ribu rupiah
  Pembayaran ke: Bank Mandiri KCP Tanjung Priok, a.n. PT Sinar Nusantara Logistik Tbk
  No. Rek. 120-00-0918447-3
""", invoiceNumber="SNL/INV/2024/10/00582", issueDate="2024-10-28", dueDate="2024-11-27", currency="IDR", netAmount="28200000.00", taxAmount="3102000.00", totalAmount="31302000.00", vendorName="PT SINAR NUSANTARA LOGISTIK Tbk", vatId="017341827054000", orderNumber="PO-2024-1187"),

D("d4-117","en","PH","receipt","Philippine pharmacy sales invoice, brand sign above Inc., MIN/serial noise",
"""
        BOTIKA NI ALING NENA
   Brgy. Malanday, Marikina City
      NENA'S HEALTH MART INC.
  VAT REG TIN: 008-317-552-00000
  MIN: 21081214553390221
  SN: KW9F2210874
          SALES INVOICE
 SI No.: 0000214887
 Date: 07/23/2026   10:41 AM
 Cashier: JOY   Terminal: 02
 ------------------------------------
 Paracetamol 500mg    10 @ 4.50  45.00
 Ascorbic Acid 500mg  30 @ 6.50 195.00
 Lagundi syrup 60ml    1        110.00
 ------------------------------------
 TOTAL                          350.00
 CASH                           500.00
 CHANGE                         150.00
 VATable Sales                  312.50
 VAT Amount (12%)                37.50
 VAT-Exempt Sales                 0.00
 Zero-Rated Sales                 0.00
 Customer Name: ____________________
 Address: __________________________
 TIN: ______________________________
 Accred. No. 021-008317552-000410-52071
 Thank you, come again!  Ingat po!
""", invoiceNumber="0000214887", issueDate="2026-07-23", currency="PHP", netAmount="312.50", taxAmount="37.50", totalAmount="350.00", vendorName="NENA'S HEALTH MART INC.", vatId="00831755200000"),

D("d4-118","fr","CA","invoice","Quebec invoice, French legal name with English version, TPS/TVQ numbers",
"""
 Les Entreprises Boréale Ltée                                         FACTURE
 Boreal Enterprises Ltd.                                      No de facture : F-26-01477
 2250, boul. Lebourgneuf, Québec (Québec)  G2K 2G5            Date : 2026-04-09
 Tél. : 418 627-3300                                          Échéance : 2026-05-09
                                                              No client : 10-2284
 Facturé à :                                                  Bon de commande : BC-4471
 Syndicat des copropriétaires Le Riverain
 480, rue Saint-Paul, Québec (Québec) G1K 3W1
 ----------------------------------------------------------------------------------
 Description                                     Qté     Prix unitaire        Montant
 Déneigement stationnement - forfait avril         1        1 850,00 $     1 850,00 $
 Épandage d'abrasif                                6           95,00 $       570,00 $
 ----------------------------------------------------------------------------------
                                         Sous-total                    2 420,00 $
                                         TPS (5 %)                       121,00 $
                                         TVQ (9,975 %)                   241,40 $
                                         Total des taxes                 362,40 $
                                         TOTAL                         2 782,40 $
 No TPS : 817342959 RT0001      No TVQ : 1219876543 TQ0001
 Paiement par chèque à l'ordre de Les Entreprises Boréale Ltée ou par virement Interac.
""", invoiceNumber="F-26-01477", issueDate="2026-04-09", dueDate="2026-05-09", currency="CAD", netAmount="2420.00", taxAmount="362.40", totalAmount="2782.40", vendorName="Les Entreprises Boréale Ltée", vatId="817342959RT0001", orderNumber="BC-4471"),

D("d4-119","en","US","invoice","US distributor invoice with differing Remit To lockbox name, Bill To/Ship To",
"""
 HARLAN & DOYLE SUPPLY CO.                                              INVOICE
 Industrial MRO Since 1961
 2410 W. Jefferson St, Joliet, IL 60435              Invoice #:    1104877
 (815) 555-0142  www.harlandoyle.example             Invoice Date: 08/14/2026
                                                     Customer #:   30991
                                                     PO #:         4500127783
                                                     Terms:        Net 30
                                                     Due Date:     09/13/2026
 BILL TO                                  SHIP TO
 Prairie Ridge Mechanical LLC             Prairie Ridge Mechanical LLC
 Attn: Accounts Payable                   Job site: Lot 7, 1900 Essington Rd
 PO Box 3318                              Joliet, IL 60435
 Naperville, IL 60566
 ------------------------------------------------------------------------------
 Qty   Item #     Description                       Unit Price        Ext.
 12    PW-18      Pipe wrench 18"                        38.75      465.00
 40    TT-050     PTFE thread tape 1/2"                   1.85       74.00
  6    CD-20V     Cordless drill kit 20V                149.00      894.00
  1    FRT        Freight                                45.00       45.00
 ------------------------------------------------------------------------------
                                            Subtotal               1,478.00
                                            Sales Tax 8.00%          118.24
                                            TOTAL DUE (USD)        1,596.24
 REMIT TO: H&D Supply Co., Dept. 4471, PO Box 96012, Chicago, IL 60693-6012
 Please reference invoice # with payment. 1.5% monthly finance charge on past-due balances.
""", invoiceNumber="1104877", issueDate="2026-08-14", dueDate="2026-09-13", currency="USD", netAmount="1478.00", taxAmount="118.24", totalAmount="1596.24", vendorName="HARLAN & DOYLE SUPPLY CO.", orderNumber="4500127783"),

D("d4-120","en","NZ","credit_note","NZ tax credit note, trading name header, Limited in From block",
"""
 Kōwhai Kitchens & Joinery
 "Made in Hawke's Bay"
                                                 CREDIT NOTE
 From:                                           To:
 Kōwhai Joinery Limited                          Ōtātara Builders Ltd
 14 Awatoto Road, Napier 4110                    22 Church Road, Taradale, Napier 4112
 GST No. 96-382-014                              Your Ref: PO-5512

 Credit Note No:   CN-00418                      Date: 19/02/2026
 Relates to Invoice: INV-02291 (05/02/2026)
 ---------------------------------------------------------------------------
 Description                              Qty      Unit Price       Amount
 Returned: soft-close hinge set            2          45.00           90.00
 Pricing adjustment - benchtop offcut      1         150.00          150.00
 ---------------------------------------------------------------------------
                                      Subtotal                    240.00
                                      GST 15%                      36.00
                                      Total Credit NZD            276.00
 This credit will be applied to your account. Bank: 12-3140-0587312-00
""", invoiceNumber="CN-00418", issueDate="2026-02-19", currency="NZD", netAmount="-240.00", taxAmount="-36.00", totalAmount="-276.00", vendorName="Kōwhai Joinery Limited", vatId="96382014", orderNumber="PO-5512"),
]
