from helpers import *
from ids import *
DOCS = []
# 064 Dutch self-billing invoice (creditfactuur / factuur uitgereikt door afnemer)
ib = iban('NL','TRIO0391847220')
DOCS.append(D('dx-064','nl','NL','invoice','self-billing invoice issued by platform for a freelance supplier', f"""
KlusPlein Nederland B.V.                              Factuur uitgereikt door afnemer
Piet Heinkade 55, 1019 GM Amsterdam                   (self-billing, art. 35a lid 1 Wet OB)
Btw NL859004120B01

Leverancier / opdrachtnemer
Fatma Yıldırım-de Wit h.o.d.n. Klusbedrijf De Wit
Zaagmolenkade 18
3035 KC Rotterdam
Btw-id leverancier: NL001938271B17
KvK 72104833

Factuurnummer (reeks afnemer): SB-2026-004417
Factuurdatum: 15-05-2026
Periode: 1 t/m 30 april 2026

Opdracht   Omschrijving                         Bedrag excl. btw
KP-88102   Keukenkastjes monteren, Delfshaven          310,00
KP-88177   Laminaat leggen 24 m², Kralingen            528,00
KP-88240   Deurkrukken vervangen (5x), Hillegersberg    95,00
                                   Subtotaal           933,00
                                   Btw 21%             195,93
                                   Totaal              1.128,93

Uitbetaling op {spaced(ib)} t.n.v. F. Yıldırım-de Wit uiterlijk 29-05-2026.
Deze factuur is door KlusPlein opgemaakt namens en voor rekening van de leverancier.
""", 'SB-2026-004417','2026-05-15','2026-05-29','EUR','933.00','195.93','1128.93','Fatma Yıldırım-de Wit',ib,'NL001938271B17',None))

# 065 French autofacturation, dairy cooperative buying from a farmer (GAEC)
fv_sup = fr_vat('834219770'); fv_buy = fr_vat('775602214')
DOCS.append(D('dx-065','fr','FR','invoice','autofacturation: buyer issues, supplier block labelled Fournisseur', f"""
COOPÉRATIVE LAITIÈRE DES MONTS DU LYONNAIS                   AUTOFACTURATION
Route de Saint-Martin, 69590 Saint-Symphorien-sur-Coise
TVA {fv_buy}

Fournisseur :                                     Facture n° : AF-2604-01183
GAEC DU PRÉ FLEURI                                 établie par l'acquéreur au nom et
Le Bourg, 69850 Saint-Martin-en-Haut              pour le compte du fournisseur
SIRET 834 219 770 00014                           Date : 16/05/2026
TVA {fv_sup}                                Période : avril 2026

Lait collecté (litres)                      48 260 x 0,4680 €       22 585,68 €
Prime qualité (cellules < 250 000)          48 260 x 0,0120 €          579,12 €
Cotisation interprofessionnelle             48 260 x -0,0020 €         -96,52 €
                                            Total HT                 23 068,28 €
                                            TVA 5,5 %                 1 268,76 €
                                            Total TTC                24 337,04 €

Paiement par virement le 25/05/2026.
Le fournisseur dispose d'un délai de 15 jours pour contester la présente autofacture.
""", 'AF-2604-01183','2026-05-16','2026-05-25','EUR','23068.28','1268.76','24337.04','GAEC DU PRÉ FLEURI',None,fv_sup,None))

# 066 Taiwan uniform invoice receipt (zh-Hant)
DOCS.append(D('dx-066','zh','TW','receipt','Taiwan e-invoice proof, brand vs company, invoice number letters+digits', f"""
        好食光便當 信義店
      電子發票證明聯
        115年05月17日
        XK-48203917
  隨機碼:4821      總計:285
  賣方:52418837    買方:
  格式:25

  台北市信義區松仁路100號B1
  排骨便當       1 x 110    110
  雞腿便當       1 x 125    125
  紅茶(大)       2 x  25     50
  合計                      285
  應稅 TX  營業人:好食光餐飲股份有限公司
  信用卡                    285
""", 'XK-48203917','2026-05-17',None,'TWD',None,None,'285.00','好食光餐飲股份有限公司',None,'52418837',None))

# 067 Japanese sole proprietor (屋号 + 個人名), qualified invoice, number in header only
reg = jp_reg('900123448812')  # individuals also get T+13 digits
DOCS.append(D('dx-067','ja','JP','invoice','sole proprietor with trade name and personal name, number in header line', f"""
請求書　No.2026-0518                                         2026年5月18日

合同会社ナミキ企画　御中
〒460-0008 愛知県名古屋市中区栄3-5-12

                                         デザイン工房こもれび
                                         代表　佐々木 美穂
                                         〒464-0850 名古屋市千種区今池1-8-4-302
                                         TEL 052-741-3392
                                         登録番号 {reg}

件名：パンフレット・ロゴデザイン制作

  内容                         数量    単価        金額
  ロゴデザイン（3案・修正2回）    1     120,000     120,000
  パンフレットデザイン 8P         1      96,000      96,000
  写真素材購入費                  4       3,300      13,200
                                     小計         229,200
                                     消費税(10%)   22,920
                                     合計         252,120
                                     源泉徴収税    -22,053
                                     差引請求額    230,067

お支払期限：2026年6月30日
お振込先：三菱UFJ銀行 今池支店 普通 0418833 ササキ ミホ
""", '2026-0518','2026-05-18','2026-06-30','JPY','229200.00','22920.00','230067.00','デザイン工房こもれび',None,reg,None))

# 068 Malaysia sole proprietor, Chinese name in Latin script, SST
DOCS.append(D('dx-068','en','MY','invoice','sole proprietorship named after owner, number in table cell, SST', f"""
TAN AH KOW TRADING (SA0418823-W)
No. 27, Jalan Pasar Baru, 41400 Klang, Selangor
Tel: 03-3342 8817   Fax: 03-3342 8819
SST Reg. No.: B16-1808-32000417

                                       INVOICE
+----------------+------------+-------------+-----------+
| Invoice No.    | Date       | Terms       | Your P.O. |
+----------------+------------+-------------+-----------+
| TAK/26/00731   | 19/05/2026 | 30 Days     | KM-2214   |
+----------------+------------+-------------+-----------+

Sold to: Kedai Makan Seri Mutiara Sdn. Bhd.
         Lot 5, Jalan Kapar, 42100 Klang

No  Description                              Qty     Unit Price     Amount (RM)
1   Commercial gas stove 3 burner              2        1,450.00       2,900.00
2   Stainless steel sink 2 bowl                1          880.00         880.00
3   Installation                               1          300.00         300.00
                                               Sub-total             4,080.00
                                               Service Tax 8%           24.00
                                               Sales Tax 10%           378.00
                                               Total SST               402.00
                                               Total                 4,482.00

Cheque should be crossed and made payable to TAN AH KOW TRADING
Maybank A/C 5121 8841 7730
""", 'TAK/26/00731','2026-05-19',None,'MYR','4080.00','402.00','4482.00','TAN AH KOW TRADING',None,'B16180832000417','KM-2214'))

# 069 Peru factura electrónica
def ruc(d10):
    w=[5,4,3,2,7,6,5,4,3,2]; r=11-sum(int(d10[i])*w[i] for i in range(10))%11
    return d10+str(r%10)
rv = ruc('2060418833'); rc = ruc('2051772049')
DOCS.append(D('dx-069','es','PE','invoice','SUNAT box with RUC and serie-número, IGV 18%', f"""
                                                  ┌───────────────────────────┐
INVERSIONES ANDINAS QORI WASI E.I.R.L.            │ R.U.C. {rv}        │
Jr. Puno 418, Cusco                               │ FACTURA ELECTRÓNICA       │
Tel. 084-224411                                   │ F001-00004418             │
                                                  └───────────────────────────┘
Fecha de emisión: 20/05/2026                Fecha de vencimiento: 19/06/2026
Señor(es): VIAJES INTI RAYMI S.A.C.
RUC: {rc}
Dirección: Av. El Sol 520, Cusco
Moneda: SOLES                               Orden de compra: OC-2026-0712

Cant.  Unidad  Descripción                                  V. Unitario      Importe
 12    NIU     Noche hab. doble estándar (grupo IR-0512)       180.00      2,160.00
 12    NIU     Desayuno buffet                                  25.00        300.00

                                         Op. Gravada        S/ 2,460.00
                                         I.G.V. 18%         S/   442.80
                                         Importe Total      S/ 2,902.80
SON: DOS MIL NOVECIENTOS DOS Y 80/100 SOLES
Representación impresa de la Factura Electrónica, consulte en www.sunat.gob.pe
""", 'F001-00004418','2026-05-20','2026-06-19','PEN','2460.00','442.80','2902.80','INVERSIONES ANDINAS QORI WASI E.I.R.L.',None,rv,'OC-2026-0712'))

# 070 Colombia factura electrónica de venta, NIT with DV
def nit_dv(n):
    w=[3,7,13,17,19,23,29,37,41,43,47,53,59,67,71]; s=sum(int(c)*w[i] for i,c in enumerate(reversed(n))); r=s%11
    return r if r<2 else 11-r
n='901284773'; dv=nit_dv(n)
DOCS.append(D('dx-070','es','CO','invoice','DIAN e-invoice, prefix and number, CUFE, NIT with verification digit', f"""
CAFÉ ESPECIAL LA MONTAÑITA S.A.S.
NIT {n[:3]}.{n[3:6]}.{n[6:]}-{dv}  ·  Responsable de IVA
Km 4 Vía Chinchiná, Manizales, Caldas

FACTURA ELECTRÓNICA DE VENTA No. FEMA 8841
Fecha de generación: 2026-05-21   Fecha de vencimiento: 2026-06-20
Resolución DIAN 18764004418829 del 2025-09-01, prefijo FEMA del 1 al 20000

Adquiriente: TOSTADORES DEL NORTE LTDA  NIT 800.441.229-{nit_dv('800441229')}
Medio de pago: Transferencia  Forma de pago: Crédito 30 días

Ítem  Descripción                           Cant.   Valor unitario      Valor total
1     Café pergamino seco, carga 125 kg       8     1.980.000,00     15.840.000,00
2     Flete Manizales–Medellín                1       650.000,00        650.000,00

                                      Subtotal                      16.490.000,00
                                      IVA 19% (flete)                  123.500,00
                                      Total factura                 16.613.500,00
Nota: café pergamino excluido de IVA.
CUFE: a1f7c3e9824b0d55e61f2c8a7b94d03e1f6a2c58b7d9e04f
""", 'FEMA 8841','2026-05-21','2026-06-20','COP','16490000.00','123500.00','16613500.00','CAFÉ ESPECIAL LA MONTAÑITA S.A.S.',None,n+str(dv),None))
