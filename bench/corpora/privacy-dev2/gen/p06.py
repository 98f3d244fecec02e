from phelp import P
from pids import *
DOCS = []
DOCS.append(P('px-025','vi','email', """
Từ: Phạm Thị Lan Anh <lananh.pham@thu-mau.vn>
Đến: Lê Quang Vinh <vinh.lequang@noithat-hoanggia-example.vn>
Cc: Công ty TNHH Nội thất Hoàng Gia
Tiêu đề: Đơn hàng DH-2026-04418

Kính gửi anh Lê Quang Vinh,

Tôi đã chuyển khoản 18.500.000 đ cho hóa đơn số 0004418 ngày 19/03/2026. Xin vui lòng giao bộ
sofa (mã SP SF-HG-220) đến địa chỉ: 27 Ngõ 118 Nguyễn Khánh Toàn, Cầu Giấy, Hà Nội.

Số điện thoại của tôi: 0912 345 418, hoặc chồng tôi anh Đỗ Minh Tuấn: +84 98 441 8227.

Trân trọng,
Lan Anh
""", [('person_name','Phạm Thị Lan Anh'),('email','lananh.pham@thu-mau.vn'),('person_name','Lê Quang Vinh'),('email','vinh.lequang@noithat-hoanggia-example.vn'),
      ('postal_address','27 Ngõ 118 Nguyễn Khánh Toàn, Cầu Giấy, Hà Nội'),('phone','0912 345 418'),('person_name','Đỗ Minh Tuấn'),
      ('phone','+84 98 441 8227'),('person_name','Lan Anh')],
     [('company_name','Công ty TNHH Nội thất Hoàng Gia'),('order_number','DH-2026-04418'),('amount','18.500.000 đ'),('invoice_number','0004418'),
      ('invoice_date','19/03/2026'),('product_code','SF-HG-220')]))

b = bsn('41823304')
DOCS.append(P('px-026','nl','email', f"""
Van: Daan de Jong <daan.dejong@mailbox-voorbeeld.nl>
Aan: Marloes Kuipers <m.kuipers@bouwbedrijf-terhorst-voorbeeld.nl>
Onderwerp: Wijziging gegevens – personeelsnummer 2291

Beste Marloes,

Per 1 april verhuis ik. Mijn nieuwe adres is Koningin Wilhelminalaan 48 bis, 3818 HP Amersfoort.
Mijn BSN ({b}) blijft natuurlijk hetzelfde, maar wil je mijn telefoonnummer aanpassen naar
06 - 18 44 22 71? Het oude nummer 033-4611822 vervalt.

Ter info: het referentienummer van mijn loonbeslag is 118204477 (dat is géén BSN).
Factuur 2026-0311 van Bouwbedrijf Ter Horst B.V. voor de werkschoenen (€ 129,95) heb ik ingeleverd.

Groet,
Daan
""", [('person_name','Daan de Jong'),('email','daan.dejong@mailbox-voorbeeld.nl'),('person_name','Marloes'),('person_name','Marloes Kuipers'),('email','m.kuipers@bouwbedrijf-terhorst-voorbeeld.nl'),
      ('postal_address','Koningin Wilhelminalaan 48 bis, 3818 HP Amersfoort'),('nl_bsn',b),('phone','06 - 18 44 22 71'),('phone','033-4611822'),
      ('person_name','Daan')],
     [('customer_number','2291'),('nine_digit_reference','118204477'),('invoice_number','2026-0311'),('company_name','Bouwbedrijf Ter Horst B.V.'),
      ('amount','€ 129,95')]))

DOCS.append(P('px-027','ja','form', """
会員登録申込書　（スポーツクラブ・アクアライフ横浜）

氏名（漢字）　　鈴木　一郎
氏名（カナ）　　スズキ　イチロウ
生年月日　　　　1985年7月3日
住所　　　　　　〒231-0023 神奈川県横浜市中区山下町118-4 シーサイドハイツ302
電話番号　　　　045-641-2290
携帯電話　　　　080-4418-2271
緊急連絡先　　　鈴木　美咲（妻）　070-1184-4822
メール　　　　　ichiro.suzuki@mail-sample.jp

会員番号：AQ-2026-04418　　入会日：2026年3月20日　　月会費：¥8,800
""", [('person_name','鈴木　一郎'),('person_name','スズキ　イチロウ'),('date_of_birth','1985年7月3日'),
      ('postal_address','〒231-0023 神奈川県横浜市中区山下町118-4 シーサイドハイツ302'),('phone','045-641-2290'),('phone','080-4418-2271'),
      ('person_name','鈴木　美咲'),('phone','070-1184-4822'),('email','ichiro.suzuki@mail-sample.jp')],
     [('customer_number','AQ-2026-04418'),('invoice_date','2026年3月20日'),('amount','¥8,800'),('company_name','スポーツクラブ・アクアライフ横浜')]))

DOCS.append(P('px-028','en','invoice', """
SUNRISE HOME APPLIANCES                                   TAX INVOICE
Chennai                                                   Invoice No: SHA/25-26/04418
GSTIN: 33AAKFS4418M1Z6                                    Date: 21-03-2026

Bill to:
Mr. Karthikeyan Ramasamy
Plot 27, Anna Nagar West Extension
Chennai 600101
Mob: 94441 82271 | Alt: 044-2616 4418

Item                         HSN     Qty    Rate        Amount
Split AC 1.5 T (SKU AC-15-5S) 8415    1    38,990.00   38,990.00
Installation kit              8415    1     2,500.00    2,500.00
                                      Taxable           41,490.00
                                      CGST 14%           5,808.60
                                      SGST 14%           5,808.60
                                      Total          Rs. 53,107.20
Warranty reg. no. 9441-8227-1044 (manufacturer portal)
""", [('person_name','Karthikeyan Ramasamy'),('postal_address','Plot 27, Anna Nagar West Extension'),('postal_address','Chennai 600101'),
      ('phone','94441 82271'),('phone','044-2616 4418')],
     [('company_name','SUNRISE HOME APPLIANCES'),('invoice_number','SHA/25-26/04418'),('vat_id','33AAKFS4418M1Z6'),('invoice_date','21-03-2026'),
      ('product_code','AC-15-5S'),('amount','Rs. 53,107.20'),('phone_like_reference','9441-8227-1044')]))

DOCS.append(P('px-029','pt','email', """
De: João Pedro Gonçalves da Silva <jp.goncalves.silva@correio-exemplo.pt>
Para: Beatriz Figueiredo <beatriz.figueiredo@seguros-atlantico-exemplo.pt>
Assunto: Sinistro SIN-2026-004418 – apólice 77-118-4418

Cara Beatriz,

Envio em anexo as fotos dos danos. A reparação foi orçamentada em 2.340,00 € (orçamento ORC-0418).
A minha morada é Rua de Cedofeita 412, 2.º Esq., 4050-174 Porto. Pode ligar-me para o
+351 912 418 227 ou para o fixo 22 208 4418.

Com os melhores cumprimentos,
João Pedro
""", [('person_name','João Pedro Gonçalves da Silva'),('email','jp.goncalves.silva@correio-exemplo.pt'),('person_name','Beatriz Figueiredo'),
      ('email','beatriz.figueiredo@seguros-atlantico-exemplo.pt'),('person_name','Beatriz'),('postal_address','Rua de Cedofeita 412, 2.º Esq., 4050-174 Porto'),
      ('phone','+351 912 418 227'),('phone','22 208 4418'),('person_name','João Pedro')],
     [('customer_number','SIN-2026-004418'),('phone_like_reference','77-118-4418'),('amount','2.340,00 €'),('order_number','ORC-0418')]))
