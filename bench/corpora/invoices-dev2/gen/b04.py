from helpers import *
from ids import *
DOCS = []
# 038 Finnish lasku, viitenumero, ALV 25,5
yt = fill(fi_ok,'FI2981457?'); ib = iban('FI','47112000381294')
DOCS.append(D('dx-038','fi','FI','invoice','Finnish invoice, reference number and invoice number side by side', f"""
Tmi Kaisa Lehtonen                                                  LASKU
Siivous- ja kotipalvelut
Hämeenkatu 19 B 12, 33200 Tampere
Y-tunnus {yt[2:9]}-{yt[9]}                       Laskun numero     2026-0188
                                                 Päivämäärä        14.4.2026
Asiakas                                          Eräpäivä          28.4.2026
Asunto Oy Pyynikin Helmi                         Viitenumero       20260 18812
c/o Isännöinti Koivisto Oy                       Asiakasnumero     118
Satakunnankatu 44, 33210 Tampere                 Viitteenne        Mikko Salo

Kuvaus                                    Määrä   Yks.   à-hinta     Yhteensä
Porraskäytävien siivous, maaliskuu           4    krt     96,00       384,00
Ikkunanpesu porraskäytävät                   1    krt    310,00       310,00

                                   Veroton yhteensä                   694,00
                                   ALV 25,5 %                         176,97
                                   Yhteensä EUR                       870,97

Tilinumero {spaced(ib)} · BIC NDEAFIHH · ALV-rek. {yt}
Viivästyskorko korkolain mukaan.
""", '2026-0188','2026-04-14','2026-04-28','EUR','694.00','176.97','870.97','Tmi Kaisa Lehtonen',ib,yt,None))

# 039 Czech faktura - daňový doklad, variabilní symbol equals number
dic = fill(cz_ok,'CZ2741983?'); ib = iban('CZ','08000000002174039828')
DOCS.append(D('dx-039','cs','CZ','invoice','dodavatel/odběratel columns, variabilní symbol, DUZP', f"""
FAKTURA - DAŇOVÝ DOKLAD č. 260417
Dodavatel:                                  Odběratel:
PEKAŘSTVÍ U VĚTRNÍKU s.r.o.                 Kavárna Modrá Ryba s.r.o.
Větrník 1210/2                              Náměstí Míru 15
162 00 Praha 6                              120 00 Praha 2
IČO: {dic[2:]}                                IČO: 06187242
DIČ: {dic}                              DIČ: CZ06187242

Datum vystavení: 15.04.2026      Datum zdaň. plnění: 15.04.2026      Datum splatnosti: 29.04.2026
Forma úhrady: převodem   Variabilní symbol: 260417   Číslo objednávky: OBJ-2026-044
Bankovní účet: 2174039828/0800   IBAN: {spaced(ib)}

Označení dodávky                    Množství   Cena/MJ     DPH    Bez DPH      DPH
Větrník velký                         120 ks     38,00     12 %   4 560,00    547,20
Chléb kváskový 1 kg                    60 ks     64,00     12 %   3 840,00    460,80

Součet položek                                                   8 400,00  1 008,00
CELKEM K ÚHRADĚ                                                        9 408,00 Kč

Společnost je zapsána v obchodním rejstříku vedeném Městským soudem v Praze, oddíl C, vložka 128844.
""", '260417','2026-04-15','2026-04-29','CZK','8400.00','1008.00','9408.00','PEKAŘSTVÍ U VĚTRNÍKU s.r.o.',ib,dic,'OBJ-2026-044'))

# 040 Hungarian számla, sole trader name family-first
adosz = '68412937-1-43'
DOCS.append(D('dx-040','hu','HU','invoice','Hungarian invoice, sole trader with family-name-first name, eladó/vevő blocks', f"""
                                       SZÁMLA
                                                      Számla sorszáma: KP-2026/0093
Eladó:                                    Vevő:
Kovács Péter e.v.                         Duna Panzió Kft.
villanyszerelő                            1036 Budapest, Lajos utca 48.
2000 Szentendre, Bükkös part 7.           Adószám: 24183752-2-41
Adószám: {adosz}
Nyilv. szám: 51883207
Bankszámla: 11773016-01184022-00000000

Teljesítés dátuma: 2026.04.16   Számla kelte: 2026.04.16   Fizetési határidő: 2026.04.24
Fizetés módja: átutalás

Megnevezés                          Menny.  Egységár      Nettó      ÁFA %    ÁFA        Bruttó
Lépcsőházi világítás korszerűsítése   1    186 000    186 000       27%    50 220     236 220
Anyagköltség (LED lámpatest 14 db)    1     74 200     74 200       27%    20 034      94 234

Összesen:                                           260 200              70 254     330 454
Fizetendő: 330 454 Ft
""", 'KP-2026/0093','2026-04-16','2026-04-24','HUF','260200.00','70254.00','330454.00','Kovács Péter e.v.',None,adosz.replace('-',''),None))

# 041 Vietnamese VAT e-invoice
DOCS.append(D('dx-041','vi','VN','invoice','Vietnamese e-invoice, ký hiệu and số separate, seller block with MST', f"""
                      HÓA ĐƠN GIÁ TRỊ GIA TĂNG
                        (VAT INVOICE)
                   Ngày 17 tháng 04 năm 2026
                                                        Ký hiệu (Serial): 1C26TMP
                                                        Số (No.): 00001274
Mã của CQT: 00A8F21C4D3B7E4419A2C06B55E1D9F7A3
Đơn vị bán hàng: CÔNG TY TNHH THƯƠNG MẠI VÀ DỊCH VỤ
                 MINH PHÁT
Mã số thuế: 0316482952
Địa chỉ: 58 Nguyễn Thị Minh Khai, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh
Điện thoại: 028 3829 4471
Số tài khoản: 0071004418823 tại Vietcombank CN Sài Gòn

Họ tên người mua hàng: Trần Thị Thu Hà
Tên đơn vị: CÔNG TY CỔ PHẦN KIẾN TRÚC SÔNG HÀN
Mã số thuế: 0401728847
Địa chỉ: 112 Bạch Đằng, Quận Hải Châu, Đà Nẵng
Hình thức thanh toán: CK

STT  Tên hàng hóa, dịch vụ          ĐVT    Số lượng    Đơn giá        Thành tiền
1    Máy in laser A3 HP M706n      Cái        2      24.500.000     49.000.000
2    Hộp mực 93A                   Hộp       10       2.150.000     21.500.000

                                   Cộng tiền hàng:                  70.500.000
                                   Thuế suất GTGT: 10%   Tiền thuế GTGT: 7.050.000
                                   Tổng cộng tiền thanh toán:       77.550.000
Số tiền viết bằng chữ: Bảy mươi bảy triệu năm trăm năm mươi nghìn đồng.
""", '00001274','2026-04-17',None,'VND','70500000.00','7050000.00','77550000.00','CÔNG TY TNHH THƯƠNG MẠI VÀ DỊCH VỤ MINH PHÁT',None,'0316482952',None))

# 042 Indonesia faktura, PPN
DOCS.append(D('dx-042','id','ID','invoice','Indonesian invoice, NPWP, PPN 11% on DPP', f"""
CV SUMBER REJEKI ABADI                                           FAKTURA
Jl. Raya Darmo Permai III No. 27, Surabaya 60226
Telp. (031) 734 1188 · NPWP 01.843.229.4-614.000

Kepada Yth.                                     No. Faktura  : SRA/INV/IV/2026/0057
PT Nusantara Kemas Indah                        Tanggal      : 18 April 2026
Kawasan Industri Rungkut Blok C-12               Jatuh Tempo  : 18 Mei 2026
Surabaya                                        No. PO       : NKI-PO-26-0311

No  Nama Barang                        Qty      Harga Satuan          Jumlah
1   Karton box double wall 60x40x40   2.000       Rp 8.750        Rp 17.500.000
2   Lakban coklat 48 mm                 300       Rp 9.500         Rp 2.850.000

                                      Subtotal (DPP)           Rp 20.350.000
                                      PPN 11%                   Rp 2.238.500
                                      Total                    Rp 22.588.500

Pembayaran ke: BCA KCP Darmo  a.n. CV Sumber Rejeki Abadi  No. Rek 0883 472 119
Terbilang: dua puluh dua juta lima ratus delapan puluh delapan ribu lima ratus rupiah
""", 'SRA/INV/IV/2026/0057','2026-04-18','2026-05-18','IDR','20350000.00','2238500.00','22588500.00','CV SUMBER REJEKI ABADI',None,'018432294614000','NKI-PO-26-0311'))

# 043 Singapore tax invoice, GST 9%
DOCS.append(D('dx-043','en','SG','invoice','label/value far apart, GST reg no = UEN, number under "Document No."', f"""
KOPI & KAYA CATERING PTE. LTD.
71 Ubi Crescent, #05-12 Excalibur Centre, Singapore 408571
UEN / GST Reg No: 201824417K     Tel: 6748 2290

                                                   TAX INVOICE

Customer:                                          Document No.                 KK-26-04118
Asia Pacific Shipbrokers Pte Ltd                   Date                         20/04/2026
1 Raffles Place, #32-01, Singapore 048616          Payment Terms                30 days
Attn: Ms Rachel Goh                                Customer PO                  APS-5531

Event: Quarterly town hall, 17 April 2026, 120 pax
  Local buffet set B                 120 x  $22.00              2,640.00
  Coffee/tea station                   1 x $180.00                180.00
  Delivery & setup                     1 x  $60.00                 60.00
                                                 Sub-total      2,880.00
                                                 GST 9%           259.20
                                                 Total (SGD)    3,139.20

PayNow to UEN 201824417K or cheque payable to "Kopi & Kaya Catering Pte. Ltd."
""", 'KK-26-04118','2026-04-20',None,'SGD','2880.00','259.20','3139.20','KOPI & KAYA CATERING PTE. LTD.',None,'201824417K','APS-5531'))

# 044 New Zealand sole trader with Maori name, GST 15%
DOCS.append(D('dx-044','en','NZ','invoice','sole trader, "Tax Invoice" with number in header line only', f"""
HEMI WALKER                                              TAX INVOICE  HW-2026-31
Landscaping & Fencing
27 Kahikatea Drive, Frankton, Hamilton 3204
021 448 1930 · hemi@walkerfencing.co.nz
GST No. 118-402-774

To: Aroha & Ben Thompson, 9 Rimu Street, Cambridge 3434
Date: 21 April 2026

Timber paling fence 42 m, supply & install .................... $6,930.00
Gate 1.2 m with latch .......................................... $480.00
Removal of old fence ........................................... $350.00
                                                        Subtotal $7,760.00
                                                        GST 15%  $1,164.00
                                                        TOTAL    $8,924.00

Please pay within 7 days to 12-3015-0473821-00 (ASB), ref HW-2026-31.
""", 'HW-2026-31','2026-04-21',None,'NZD','7760.00','1164.00','8924.00','HEMI WALKER',None,'118402774',None))

# 045 Argentina factura A, punto de venta + número
cu = cuit('3071482039')
DOCS.append(D('dx-045','es','AR','invoice','AFIP factura A, punto de venta and comprobante number, CAE', f"""
ORIGINAL
                                  ┌───┐
LA PAMPEANA INSUMOS AGROPECUARIOS │ A │                FACTURA
S.R.L.                            └───┘ COD. 01
                                                 Punto de Venta: 0003   Comp. Nro: 00001842
Ruta Nacional 5 Km 312, (6450) Pehuajó,          Fecha de Emisión: 22/04/2026
Provincia de Buenos Aires                        CUIT: {cu[:2]}-{cu[2:10]}-{cu[10]}
Condición frente al IVA: IVA Responsable Inscripto  Ingresos Brutos: 30714820393
                                                  Inicio de Actividades: 01/08/2016

CUIT: 30-69481027-2    Apellido y Nombre / Razón Social: ESTANCIA LOS TALAS DE GOROSTIAGA S.A.
Condición frente al IVA: IVA Responsable Inscripto   Condición de venta: Cuenta Corriente 30 días

Código  Producto / Servicio               Cantidad  U. Medida  Precio Unit.   Subtotal c/IVA
GL-480  Glifosato 48% bidón 20 L             40     unidades    58.400,00     2.826.560,00
SM-SOJ  Semilla soja DM 40R16 bolsa 40 kg    25     unidades   112.000,00     3.388.000,00

                                  Importe Neto Gravado: $        5.136.000,00
                                  IVA 21%: $                     1.078.560,00
                                  Importe Otros Tributos: $               0,00
                                  Importe Total: $               6.214.560,00

CAE N°: 76164229381155          Fecha de Vto. de CAE: 02/05/2026
""", '00001842','2026-04-22',None,'ARS','5136000.00','1078560.00','6214560.00','LA PAMPEANA INSUMOS AGROPECUARIOS S.R.L.',None,cu,None))

# 046 Chile factura electrónica, CLP
r = rut('76418233')
DOCS.append(D('dx-046','es','CL','invoice','SII box with RUT and folio at top right, CLP without decimals', f"""
                                                   ┌──────────────────────────┐
SOCIEDAD COMERCIAL FERRETERA                       │ R.U.T.: 76.418.233-{r[-1]}      │
DEL SUR LIMITADA                                   │ FACTURA ELECTRÓNICA      │
Giro: Venta al por mayor de materiales de          │ Nº 48213                 │
construcción                                       └──────────────────────────┘
Av. Alemania 0612, Temuco                               S.I.I. - TEMUCO

Señor(es): CONSTRUCTORA ARAUCO VERDE SPA          Fecha Emisión: 23 de Abril del 2026
R.U.T.: 77.102.448-3                               Condición de pago: Crédito 30 días
Dirección: Camino a Labranza 2250, Temuco          Orden de Compra: 4500338

Código     Descripción                       Cantidad    Precio      Valor
PL-OSB9    Placa OSB 9 mm 1,22x2,44            150     12.490     1.873.500
CL-2.5     Clavo corriente 2 1/2" caja 25 kg     8     28.900       231.200
                                             MONTO NETO   $      2.104.700
                                             I.V.A. 19%   $        399.893
                                             TOTAL        $      2.504.593

Timbre Electrónico SII  Res. 80 de 2014  Verifique documento: www.sii.cl
""", '48213','2026-04-23',None,'CLP','2104700.00','399893.00','2504593.00','SOCIEDAD COMERCIAL FERRETERA DEL SUR LIMITADA',None,r.replace('-',''),'4500338'))

# 047 Morocco facture, ICE, DH
DOCS.append(D('dx-047','fr','MA','invoice','Moroccan invoice, ICE/IF/RC footer, totals in dirhams with words', f"""
                                                                  FACTURE N° : 0426/2026
STE ATLAS FROID SARL                                               Casablanca, le 24/04/2026
Réparation et maintenance frigorifique
Lot 38, Zone Industrielle Ouled Saleh, Bouskoura

Client : RIAD YASMINE MARRAKECH
         Derb Lalla Azzouna 14, Médina, Marrakech
         ICE client : 002174839000061
Bon de commande n° : RY-BC-118

Désignation                                   Qté      P.U. HT         Montant HT
Compresseur 3 CV chambre froide positive        1     14 800,00        14 800,00
Gaz R404A (kg)                                  9        320,00         2 880,00
Main d'œuvre technicien (h)                     6        250,00         1 500,00

                                              Total HT                 19 180,00 DH
                                              TVA 20 %                  3 836,00 DH
                                              Total TTC                23 016,00 DH
Arrêtée la présente facture à la somme de : vingt-trois mille seize dirhams TTC.

ICE : 001882730000054 - IF : 40218837 - RC : 388291 Casablanca - Patente : 34217790
RIB : 007 780 0004419283000317 29 (Attijariwafa bank)
""", '0426/2026','2026-04-24',None,'MAD','19180.00','3836.00','23016.00','STE ATLAS FROID SARL',None,'40218837','RY-BC-118'))
