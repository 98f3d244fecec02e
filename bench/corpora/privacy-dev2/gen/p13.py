from phelp import P
from pids import *
DOCS = []
DOCS.append(P('px-052','hu','form', """
JELENTKEZÉSI LAP – Balaton Vitorlás Egyesület, nyári tábor 2026

Név:                 Tóth Ádám Bálint
Születési hely, idő: Veszprém, 2011.05.17.
Anyja neve:          Horváth Krisztina
Lakcím:              8200 Veszprém, Jutasi út 41. 2/6.
Szülő telefonszáma:  +36 20 441 8227
Vezetékes:           (88) 418-227
Szülő e-mail:        horvath.krisztina@levelezo-pelda.hu
TAJ szám:            044 182 270

Táborszám: VT-2026/118 · Részvételi díj: 89 000 Ft · Befizetés határideje: 2026.05.31.
""", [('person_name','Tóth Ádám Bálint'),('date_of_birth','2011.05.17.'),('person_name','Horváth Krisztina'),('postal_address','8200 Veszprém, Jutasi út 41. 2/6.'),
      ('phone','+36 20 441 8227'),('phone','(88) 418-227'),('email','horvath.krisztina@levelezo-pelda.hu'),('health_insurance_number','044 182 270')],
     [('company_name','Balaton Vitorlás Egyesület'),('customer_number','VT-2026/118'),('amount','89 000 Ft'),('invoice_date','2026.05.31.')]))

DOCS.append(P('px-053','es','email', """
De: Guadalupe Hernández Ortiz <lupita.hdz@correo-ejemplo.mx>
Para: Rocío Beltrán (Facturación, Grupo Comercial Azteca) <r.beltran@gca-ejemplo.com.mx>
Asunto: Solicitud de factura – ticket 0418-7730-2291

Buenas tardes,

Solicito la factura del ticket 0418-7730-2291 por $2,418.50 MXN del 25/03/2026.
Datos: Guadalupe Hernández Ortiz, domicilio Calle Durango 118, Col. Roma Norte, 06700 Cuauhtémoc, CDMX.
Cel. 55 4418 2271 · Casa (55) 5264-1882 · desde el extranjero +52 1 55 4418 2271.

Gracias,
Lupita
""", [('person_name','Guadalupe Hernández Ortiz'),('email','lupita.hdz@correo-ejemplo.mx'),('person_name','Rocío Beltrán'),('email','r.beltran@gca-ejemplo.com.mx'),('postal_address','Calle Durango 118, Col. Roma Norte, 06700 Cuauhtémoc, CDMX'),
      ('phone','55 4418 2271'),('phone','(55) 5264-1882'),('phone','+52 1 55 4418 2271'),('person_name','Lupita')],
     [('company_name','Grupo Comercial Azteca'),('phone_like_reference','0418-7730-2291'),('amount','$2,418.50 MXN'),('invoice_date','25/03/2026')]))

DOCS.append(P('px-054','pt','ticket', """
Protocolo de atendimento 2026032804418 – Loja Virtual CasaBela
Cliente: Ana Beatriz Souza Lima
E-mail: anabia.souzalima@correio-exemplo.com.br
Telefone: (11) 98765-4418 / fixo (11) 3041-8227
Endereço de entrega: Rua Harmonia, 418, apto 72 – Vila Madalena
                     05435-000 São Paulo – SP
Pedido: CB-7730418   Valor: R$ 1.418,90   Rastreio: BR441822704BR
Observação do atendente (Rafael Tavares): cliente solicita troca do produto SKU CB-SOFA-3L-CINZA.
""", [('person_name','Ana Beatriz Souza Lima'),('email','anabia.souzalima@correio-exemplo.com.br'),('phone','(11) 98765-4418'),('phone','(11) 3041-8227'),
      ('postal_address','Rua Harmonia, 418, apto 72 – Vila Madalena'),('postal_address','05435-000 São Paulo – SP'),('person_name','Rafael Tavares')],
     [('customer_number','2026032804418'),('company_name','CasaBela'),('order_number','CB-7730418'),('amount','R$ 1.418,90'),('tracking_number','BR441822704BR'),
      ('product_code','CB-SOFA-3L-CINZA')]))

DOCS.append(P('px-055','en','email', """
From: Lachlan Nguyen <lachlan.nguyen@bigpond-example.com.au>
To: Sophie Papadopoulos <sophie.p@harbourside-strata-example.com.au>
Subject: Levy notice LN-2026-0418 – Lot 14

Hi Sophie,

I've paid levy notice LN-2026-0418 ($1,418.25, BPAY ref 4418227730). My new postal address is
PO Box 2271, Randwick NSW 2031 and my mobile is now 0412 418 227 (+61 412 418 227 from overseas).
Home phone unchanged: (02) 9398 4418.

Cheers,
Lachlan
""", [('person_name','Lachlan Nguyen'),('email','lachlan.nguyen@bigpond-example.com.au'),('person_name','Sophie Papadopoulos'),('email','sophie.p@harbourside-strata-example.com.au'),
      ('person_name','Sophie'),('postal_address','PO Box 2271, Randwick NSW 2031'),('phone','0412 418 227'),('phone','+61 412 418 227'),('phone','(02) 9398 4418'),
      ('person_name','Lachlan')],
     [('invoice_number','LN-2026-0418'),('amount','$1,418.25'),('phone_like_reference','4418227730'),('customer_number','Lot 14')]))

DOCS.append(P('px-056','en','email', """
From: Zhang Wei <zhang.wei@sinobridge-example.com>
To: Chen Jing-Yi <jingyi.chen@formosa-parts-example.com.tw>
Cc: 李晓明 <xiaoming.li@sinobridge-example.com>
Subject: RE: Sample order SO-20260329-118

Dear Jing-Yi,

Samples for SO-20260329-118 (part no. FP-4418-227-A, qty 50, USD 1,184.00) ship today via DHL
waybill 4418227301. Please call me at +86 138 1048 2271 or Mr. Li Xiaoming at +86 (21) 6418-2290 ext. 8018.
I tried your Taipei mobile 0912-418-227 yesterday but could not get through.

Best,
Zhang Wei (张伟)
""", [('person_name','Zhang Wei'),('email','zhang.wei@sinobridge-example.com'),('person_name','Chen Jing-Yi'),('email','jingyi.chen@formosa-parts-example.com.tw'),
      ('person_name','李晓明'),('email','xiaoming.li@sinobridge-example.com'),('person_name','Jing-Yi'),('phone','+86 138 1048 2271'),('person_name','Li Xiaoming'),
      ('phone','+86 (21) 6418-2290 ext. 8018'),('phone','0912-418-227'),('person_name','张伟')],
     [('order_number','SO-20260329-118'),('product_code','FP-4418-227-A'),('amount','USD 1,184.00'),('tracking_number','4418227301')]))
