from phelp import P
from pids import *
DOCS = []
DOCS.append(P('px-006','de','hr-letter', """
Stadtwerke Rheinaue GmbH · Personalabteilung

Herrn
Mehmet Can Öztürk
Am Kirchberg 3a
53773 Hennef (Sieg)

Bonn, 05.03.2026

Ihre Einstellung zum 01.04.2026 – Personalnummer 77104

Sehr geehrter Herr Öztürk,

für die Gehaltsabrechnung benötigen wir noch folgende Angaben, die Sie uns bitte bestätigen:

  Geburtsdatum:              geb. 19.11.1990 in Gelsenkirchen
  Steuerliche IdNr.:         57 394 182 500
  Sozialversicherungsnr.:    wird nachgereicht
  Krankenkasse:              AOK Rheinland/Hamburg, Versichertennr. R418822710
  Telefon privat:            02242 / 91 84 07
  Mobil:                     +49 (0)151 2390 4418

Ihr Bruttojahresgehalt beträgt 52.800,00 €. Bitte beachten Sie: Die Nummer 53773-2026-118 auf
dem beigefügten Parkausweis ist eine Ausweis-Seriennummer des Parkhausbetreibers Park & Go GmbH.

Mit freundlichen Grüßen

i. A. Birgit Lohmann-Achterberg
Personalreferentin · Tel. 0228 711-4418
""", [('person_name','Mehmet Can Öztürk'),('person_name','Öztürk'),('postal_address','Am Kirchberg 3a'),('postal_address','53773 Hennef (Sieg)'),
      ('date_of_birth','19.11.1990'),('de_tax_id','57 394 182 500'),('health_insurance_number','R418822710'),('phone','02242 / 91 84 07'),
      ('phone','+49 (0)151 2390 4418'),('person_name','Birgit Lohmann-Achterberg'),('phone','0228 711-4418')],
     [('company_name','Stadtwerke Rheinaue GmbH'),('customer_number','77104'),('amount','52.800,00 €'),('product_code','53773-2026-118'),
      ('company_name','Park & Go GmbH'),('invoice_date','01.04.2026')]))

DOCS.append(P('px-007','fr','invoice', """
ÉLECTROMÉNAGER DU BERRY SARL                                  FACTURE FA-2026-04418
Bourges                                                       Date : 06/03/2026
TVA FR62 532418907                                            Commande : CMD-88124

Client :
M. Jean-Baptiste Nkemelu-Durand
7 allée des Tilleuls
18000 Bourges
Tél. : 06 71 48 22 90 / +33 2 48 24 71 15

Désignation                         Réf.            Qté    PU TTC      Total TTC
Lave-linge 9 kg A                   LL-9A-2291        1    549,00 €     549,00 €
Livraison et installation           SRV-LIV          1     49,00 €      49,00 €
                                                      Total TTC         598,00 €
Paiement par carte **** **** **** 4471 le 06/03/2026.
N° de série appareil : 2291-0418-7730 (garantie 2 ans)
""", [('person_name','Jean-Baptiste Nkemelu-Durand'),('postal_address','7 allée des Tilleuls'),('postal_address','18000 Bourges'),
      ('phone','06 71 48 22 90'),('phone','+33 2 48 24 71 15')],
     [('company_name','ÉLECTROMÉNAGER DU BERRY SARL'),('invoice_number','FA-2026-04418'),('invoice_date','06/03/2026'),('vat_id','FR62 532418907'),
      ('order_number','CMD-88124'),('product_code','LL-9A-2291'),('amount','598,00 €'),('phone_like_reference','2291-0418-7730')]))

DOCS.append(P('px-008','tr','email', """
Kimden: Ayşe Gül Yılmaz <aysegul.yilmaz@posta-ornek.com.tr>
Kime: Emre Kaya <emre.kaya@anadolu-kargo.com.tr>
Konu: 7481 2290 4418 numaralı gönderi

Merhaba Emre Bey,

7481 2290 4418 takip numaralı kargom üç gündür "dağıtımda" görünüyor. Sipariş numarası
SP-2026-33104, tutarı 2.450,00 TL. Adresim:

Moda Cad. No: 41 D: 6
34710 Kadıköy / İstanbul

Kurye gelmeden önce beni 0532 418 27 19 numarasından arayabilir. Ev telefonu: (0216) 345 18 90.

Saygılarımla,
Ayşe Gül
""", [('person_name','Ayşe Gül Yılmaz'),('email','aysegul.yilmaz@posta-ornek.com.tr'),('person_name','Emre Kaya'),('email','emre.kaya@anadolu-kargo.com.tr'),
      ('person_name','Emre'),('postal_address','Moda Cad. No: 41 D: 6'),('postal_address','34710 Kadıköy / İstanbul'),('phone','0532 418 27 19'),
      ('phone','(0216) 345 18 90'),('person_name','Ayşe Gül')],
     [('tracking_number','7481 2290 4418'),('order_number','SP-2026-33104'),('amount','2.450,00 TL')]))

p = pesel('9203150718')
DOCS.append(P('px-009','pl','form', f"""
WNIOSEK O WYDANIE KARTY PARKINGOWEJ – Urząd Miasta Wrocławia

Imię i nazwisko:         Grzegorz Brzęczyszczykiewicz
PESEL:                   {p}
Data urodzenia:          15.03.1992
Adres zamieszkania:      ul. Kościuszki 118/4, 50-038 Wrocław
Telefon:                 +48 601 418 227
Telefon stacjonarny:     71 344 18 02
E-mail:                  g.brzeczyszczykiewicz@poczta-przyklad.pl
Nr dowodu osobistego:    CAX 418827

Opłata: 150,00 zł – wpłata nr 2026/03/1182 z dnia 10.03.2026
Numer sprawy: WZM-PK.5430.118.2026
""", [('person_name','Grzegorz Brzęczyszczykiewicz'),('pl_pesel',p),('date_of_birth','15.03.1992'),('postal_address','ul. Kościuszki 118/4, 50-038 Wrocław'),
      ('phone','+48 601 418 227'),('phone','71 344 18 02'),('email','g.brzeczyszczykiewicz@poczta-przyklad.pl'),('id_card_number','CAX 418827')],
     [('amount','150,00 zł'),('invoice_number','2026/03/1182'),('invoice_date','10.03.2026'),('customer_number','WZM-PK.5430.118.2026')]))

DOCS.append(P('px-010','ja','email', """
差出人: 山田 花子 <hanako.yamada@example-shoji.co.jp>
宛先: 佐藤 健一 様 <k.sato@kaiun-butsuryu.jp>
件名: 注文番号 JP-2026-04418 の納期について

佐藤様

いつもお世話になっております。株式会社山田商事の山田でございます。
3月6日付の請求書（請求書番号 INV-0306-118、金額 ¥128,700）の件でご連絡いたしました。

納品先は下記の通り変更をお願いいたします。
〒150-0002 東京都渋谷区渋谷2-14-7 ヒカリビル5F
担当：田中 一郎（携帯 090-4418-2271）

お手数ですが、ご確認のほどよろしくお願いいたします。

山田 花子
株式会社山田商事 営業部
TEL: 03-5466-1182 / FAX: 03-5466-1183
""", [('person_name','山田 花子'),('email','hanako.yamada@example-shoji.co.jp'),('person_name','佐藤 健一'),('email','k.sato@kaiun-butsuryu.jp'),
      ('person_name','佐藤'),('person_name','山田'),('postal_address','〒150-0002 東京都渋谷区渋谷2-14-7 ヒカリビル5F'),('person_name','田中 一郎'),
      ('phone','090-4418-2271'),('phone','03-5466-1182'),('phone','03-5466-1183')],
     [('order_number','JP-2026-04418'),('company_name','株式会社山田商事'),('invoice_date','3月6日'),('invoice_number','INV-0306-118'),('amount','¥128,700')]))

DOCS.append(P('px-011','en','ticket', """
Ticket #SR-2026-118422   Priority: High   Product: NetGuard Router X4 (fw 4.2.18.7)
Opened by: Venkatesh Subramanian <venkatesh.s@techmail-example.in>
Phone: +91 98450 41827   Alt: 080-4118 2290

Description:
After updating to firmware 4.2.18.7 the router drops the WAN link every 20 minutes. My public IP
is 122.171.48.209 and the laptop that loses connectivity is 192.168.1.34 (IPv6
2401:4900:1c42:8a11::3f). Serial number NG-X4-0418827. Purchased on 14 Jan 2026, invoice IN-26-00418.

Address for RMA pickup:
No. 42, 3rd Cross, 5th Main, Indiranagar 2nd Stage
Bengaluru 560038

-- Agent note (Priya Raghunathan): reproduced with build 4.2.18.6 on lab device LAB-07; escalated.
""", [('person_name','Venkatesh Subramanian'),('email','venkatesh.s@techmail-example.in'),('phone','+91 98450 41827'),('phone','080-4118 2290'),
      ('ip_address','122.171.48.209'),('ip_address','192.168.1.34'),('ip_address','2401:4900:1c42:8a11::3f'),
      ('postal_address','No. 42, 3rd Cross, 5th Main, Indiranagar 2nd Stage'),('postal_address','Bengaluru 560038'),('person_name','Priya Raghunathan')],
     [('customer_number','SR-2026-118422'),('version_number','4.2.18.7'),('version_number','4.2.18.6'),('product_code','NG-X4-0418827'),
      ('invoice_date','14 Jan 2026'),('invoice_number','IN-26-00418')]))
