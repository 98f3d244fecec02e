from phelp import P
from pids import *
DOCS = []
c = card('491629048822107')
DOCS.append(P('px-067','en','csv', f"""
# refunds_export_2026-04-02.csv (payments team)
refund_id;customer;card;amount;reason;order;ip
RF-0418;Nomvula Dlamini;{c};ZAR 1 418,00;damaged;ORD-ZA-77120;41.13.220.18
RF-0419;Pieter-Jan Van den Broeck;{card('455673012234418')[:6]}******{card('455673012234418')[-4:]};EUR 64,90;late;ORD-BE-77121;2a02:1810:4d18:2271::1
RF-0421;Kwame Asante-Boateng;377800144239116;ZAR 2 150,00;not delivered;ORD-ZA-77126;196.25.1.200
RF-0422;Li Na;6011-0045-0018-8228;ZAR 89,00;duplicate;ORD-ZA-77127;2c0f:f4c0:1184:4418:0:0:0:27
RF-0420;Thandiwe Mokoena-Smith;{card('522018443390127')[:4]} {card('522018443390127')[4:8]} {card('522018443390127')[8:12]} {card('522018443390127')[12:]};ZAR 299,00;wrong size;ORD-ZA-77125;105.224.18.41
""", [('person_name','Nomvula Dlamini'),('payment_card',c),('ip_address','41.13.220.18'),('person_name','Pieter-Jan Van den Broeck'),
      ('ip_address','2a02:1810:4d18:2271::1'),('person_name','Thandiwe Mokoena-Smith'),
      ('payment_card',f"{card('522018443390127')[:4]} {card('522018443390127')[4:8]} {card('522018443390127')[8:12]} {card('522018443390127')[12:]}"),
      ('ip_address','105.224.18.41'),('person_name','Kwame Asante-Boateng'),('payment_card','377800144239116'),('ip_address','196.25.1.200'),('person_name','Li Na'),('payment_card','6011-0045-0018-8228'),('ip_address','2c0f:f4c0:1184:4418:0:0:0:27')],
     [('customer_number','RF-0418'),('customer_number','RF-0419'),('customer_number','RF-0420'),('amount','ZAR 1 418,00'),('amount','EUR 64,90'),('amount','ZAR 299,00'),
      ('order_number','ORD-ZA-77120'),('order_number','ORD-BE-77121'),('order_number','ORD-ZA-77125'),('order_number','ORD-ZA-77126'),('order_number','ORD-ZA-77127'),('amount','ZAR 2 150,00'),('amount','ZAR 89,00'),('customer_number','RF-0421'),('customer_number','RF-0422'),('invoice_date','2026-04-02')]))

DOCS.append(P('px-068','de','email', """
Von: Hans-Jürgen Müller <hj.mueller@t-online-beispiel.de>
An: Müller GmbH & Co. KG – Kundendienst, z. Hd. Herrn Thomas Weber <t.weber@mueller-kg-beispiel.de>
Betreff: Reparaturauftrag RA-2026-04418 (nicht verwandt mit Ihrer Firma!)

Sehr geehrter Herr Weber,

ja, ich habe denselben Nachnamen, bin aber mit der Müller GmbH & Co. KG nicht verwandt :-)
Mein Waschtrockner (Modell WT 8418, Seriennr. 4418-2271-7730) ist defekt.
Adresse: Lindenweg 12, 88045 Friedrichshafen. Telefon: 07541 / 37 44 18, ab 18 Uhr 0175 441 8227.

Die Rechnung vom 02.04.2026 über 89,00 € (Anfahrt) habe ich überwiesen.

Freundliche Grüße
H.-J. Müller
""", [('person_name','Hans-Jürgen Müller'),('email','hj.mueller@t-online-beispiel.de'),('person_name','Thomas Weber'),('email','t.weber@mueller-kg-beispiel.de'),
      ('person_name','Weber'),('postal_address','Lindenweg 12, 88045 Friedrichshafen'),('phone','07541 / 37 44 18'),('phone','0175 441 8227'),('person_name','H.-J. Müller')],
     [('company_name','Müller GmbH & Co. KG'),('customer_number','RA-2026-04418'),('product_code','WT 8418'),('phone_like_reference','4418-2271-7730'),
      ('invoice_date','02.04.2026'),('amount','89,00 €')]))

b1, b2 = bsn('61902775'), bsn('30418862')
DOCS.append(P('px-069','nl','hr-letter', f"""
Gemeente Utrecht – Team Werk en Inkomen
Kenmerk: WI/2026/04418                                   Datum: 3 april 2026

Aan mevrouw Fatma Şahin-van den Bosch
Kanaalstraat 141 bis
3531 CK Utrecht

Geachte mevrouw Şahin-van den Bosch,

Wij hebben uw aanvraag ontvangen. Uw BSN is {b1}; het BSN van uw partner, de heer Kerem Şahin,
is {b2[:3]} {b2[3:6]} {b2[6:]}. Het dossiernummer 204418228 en het betalingskenmerk 118204472
zijn geen burgerservicenummers.

U ontvangt € 1.418,27 per maand vanaf 1 mei 2026. Vragen? Bel uw consulent Joris Verbeek op
030 - 286 44 18 of 06-1184 4227 (ma-do).

Met vriendelijke groet,
J. Verbeek
""", [('person_name','Fatma Şahin-van den Bosch'),('postal_address','Kanaalstraat 141 bis'),('postal_address','3531 CK Utrecht'),('person_name','Şahin-van den Bosch'),
      ('nl_bsn',b1),('person_name','Kerem Şahin'),('nl_bsn',f"{b2[:3]} {b2[3:6]} {b2[6:]}"),('person_name','Joris Verbeek'),('phone','030 - 286 44 18'),
      ('phone','06-1184 4227'),('person_name','J. Verbeek')],
     [('customer_number','WI/2026/04418'),('invoice_date','3 april 2026'),('nine_digit_reference','204418228'),('nine_digit_reference','118204472'),
      ('amount','€ 1.418,27'),('invoice_date','1 mei 2026')]))

DOCS.append(P('px-070','ja','form', """
海外旅行保険 申込書（抜粋）

被保険者氏名：　高橋　優斗（タカハシ　ユウト）
生年月日：　　　平成8年4月12日
旅券番号：　　　TZ4418227
住所：　　　　　〒530-0001 大阪府大阪市北区梅田3-1-18 グランメゾン梅田1204号
電話番号：　　　06-6341-8227
携帯電話：　　　+81 80 4418 2271
メール：　　　　yuto.takahashi@mail-sample.jp

証券番号：TK-2026-0044182　　保険期間：2026年4月10日～2026年4月24日　　保険料：¥12,480
代理店：株式会社さくら保険サービス（担当：伊藤）
""", [('person_name','高橋　優斗'),('person_name','タカハシ　ユウト'),('date_of_birth','平成8年4月12日'),('passport_number','TZ4418227'),
      ('postal_address','〒530-0001 大阪府大阪市北区梅田3-1-18 グランメゾン梅田1204号'),('phone','06-6341-8227'),('phone','+81 80 4418 2271'),
      ('email','yuto.takahashi@mail-sample.jp'),('person_name','伊藤')],
     [('customer_number','TK-2026-0044182'),('invoice_date','2026年4月10日'),('invoice_date','2026年4月24日'),('amount','¥12,480'),('company_name','株式会社さくら保険サービス')]))
