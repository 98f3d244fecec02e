from common import D
DOCS = [
D("d4-151","fr","FR","invoice","e-mailed French SaaS invoice, product brand vs SAS legal name in mentions légales",
"""
De : Pivotique <facturation@pivotique.example>
À : compta@atelier-garance.example
Objet : Votre facture Pivotique n° PVQ-2026-118204

Bonjour Camille,

Merci pour votre confiance ! Votre abonnement Pivotique Pro a été renouvelé.
Vous trouverez ci-dessous le détail de votre facture.

  Facture n°          PVQ-2026-118204
  Date                01/05/2026
  Client              Atelier Garance - 14 rue des Tanneurs, 69001 Lyon
  N° TVA client       FR41512338771
  Période             01/05/2026 - 31/05/2026

  Désignation                      Qté      PU HT        Total HT
  Pivotique Pro (mensuel)           1      49,00 €        49,00 €

                                   Total HT                49,00 €
                                   TVA 20 %                 9,80 €
                                   Total TTC                58,80 €
  Réglée par carte bancaire **** 7745 le 01/05/2026.

À bientôt,
L'équipe Pivotique

--
Pivotique SAS au capital de 40 000 € · 9 quai Perrache, 69002 Lyon
RCS Lyon 832 451 796 · N° TVA intracommunautaire : FR 93 832451796
Vous ne souhaitez plus recevoir nos actualités ? Se désinscrire
""", invoiceNumber="PVQ-2026-118204", issueDate="2026-05-01", currency="EUR", netAmount="49.00", taxAmount="9.80", totalAmount="58.80", vendorName="Pivotique SAS", vatId="FR93832451796"),

D("d4-152","nl","NL","credit_note","Dutch credit note, trade name logo, B.V. in footer with KvK/BTW/IBAN",
"""
  DE MOLENWIEK
  ambachtelijk brood & banket
                                                        CREDITNOTA
  Hotel Strandzicht                                     Creditnotanummer: CN-2026-0042
  t.a.v. crediteurenadministratie                       Datum: 12-05-2026
  Boulevard Paulus Loot 41                              Betreft factuur: 2026-1187
  2042 AD Zandvoort                                     Uw ordernummer: 45-7781
                                                        Klantnummer: 3310
  ---------------------------------------------------------------------------------
  Omschrijving                                   Aantal     Prijs      Bedrag
  Croissants roomboter (retour, THT verlopen)      240      € 1,30    € -312,00
  ---------------------------------------------------------------------------------
                                            Subtotaal           € -312,00
                                            BTW 9%              €  -28,08
                                            Totaal              € -340,08
  Het creditbedrag wordt verrekend met uw volgende factuur.
  ---------------------------------------------------------------------------------
  Bakkerij Groothandel De Molenwiek B.V. | Zijlweg 208, 2015 BN Haarlem
  KvK 81234567 | BTW NL855321076B01 | IBAN NL05 RABO 0347 7192 60
""", invoiceNumber="CN-2026-0042", issueDate="2026-05-12", currency="EUR", netAmount="-312.00", taxAmount="-28.08", totalAmount="-340.08", vendorName="Bakkerij Groothandel De Molenwiek B.V.", iban="NL05RABO0347719260", vatId="NL855321076B01", orderNumber="45-7781"),

D("d4-153","pt","BR","invoice","Brazilian NFS-e, Prestador / Tomador blocks stacked, verification code distractor",
"""
                 PREFEITURA DO MUNICÍPIO DE CAMPINAS
                 SECRETARIA MUNICIPAL DE FINANÇAS
            NOTA FISCAL DE SERVIÇOS ELETRÔNICA - NFS-e
 Número da Nota: 00004127        Data e Hora de Emissão: 10/06/2026 15:22:07
 Código de Verificação: A7K2-9QF3
 --------------------------------------------------------------------------------
                        PRESTADOR DE SERVIÇOS
 Razão Social: VÉRTICE CONSULTORIA EM TI LTDA.
 Nome Fantasia: Vértice TI
 CPF/CNPJ: 47.521.863/0001-78      Inscrição Municipal: 1.188.420-3
 Endereço: Av. José de Souza Campos, 1073 - Cambuí - Campinas/SP - CEP 13025-320
 --------------------------------------------------------------------------------
                        TOMADOR DE SERVIÇOS
 Razão Social: COMERCIAL PAULISTA DE ALIMENTOS S.A.
 CPF/CNPJ: 33.118.204/0001-90      Inscrição Municipal: 0.771.204-1
 Endereço: Rod. Anhanguera, km 104 - Sumaré/SP
 --------------------------------------------------------------------------------
                       DISCRIMINAÇÃO DOS SERVIÇOS
 Consultoria para migração de ERP - etapa 2 (maio/2026), conforme contrato 018/2025.
 --------------------------------------------------------------------------------
 VALOR TOTAL DO SERVIÇO = R$ 18.000,00
 Código do Serviço: 01.07 - Suporte técnico em informática
 Base de Cálculo (R$) 18.000,00   Alíquota (%) 5,00   Valor do ISS (R$) 900,00
 Retenções federais: não há.      Valor Líquido da Nota (R$) 18.000,00
""", invoiceNumber="00004127", issueDate="2026-06-10", currency="BRL", taxAmount="900.00", totalAmount="18000.00", vendorName="VÉRTICE CONSULTORIA EM TI LTDA.", vatId="47521863000178"),

D("d4-154","es","MX","invoice","Mexican CFDI 4.0 printout, Emisor/Receptor blocks, legal form only in letterhead, UUID distractor",
"""
 Servicios Profesionales del Altiplano, S.A. de C.V.
 Av. Venustiano Carranza 2250, Col. Polanco, San Luis Potosí, S.L.P., C.P. 78220
                                                     FACTURA
 EMISOR                                              Serie y Folio: A-1187
 SERVICIOS PROFESIONALES DEL ALTIPLANO               Fecha de emisión: 2026-08-03T11:42:10
 RFC: SPA190821K79                                   Lugar de expedición: 78220
 Régimen fiscal: 601 General de Ley Personas Morales Tipo de comprobante: I - Ingreso
 RECEPTOR                                            Folio fiscal (UUID):
 MANUFACTURAS DEL BAJIO                              5F1C2A7E-3B49-4D8A-9E10-7C44B2A1D9F3
 RFC: MBA0511189T2                                   Uso CFDI: G03 - Gastos en general
 Domicilio fiscal: 36100                             Orden de compra: OC-2026-0315
 ------------------------------------------------------------------------------------
 Cant.  Clave SAT   Unidad   Descripción                       P. Unitario      Importe
 1      80111600    E48      Auditoría de procesos Q2           30,000.00     30,000.00
 25     80111600    HUR      Horas de consultoría                  500.00     12,500.00
 ------------------------------------------------------------------------------------
                                                Subtotal                 42,500.00
                                                IVA Trasladado 16%        6,800.00
                                                Total                    49,300.00
 Importe con letra: CUARENTA Y NUEVE MIL TRESCIENTOS PESOS 00/100 M.N.
 Moneda: MXN   Forma de pago: 99 Por definir   Método de pago: PPD Pago en parcialidades o diferido
 Este documento es una representación impresa de un CFDI
""", invoiceNumber="A-1187", issueDate="2026-08-03", currency="MXN", netAmount="42500.00", taxAmount="6800.00", totalAmount="49300.00", vendorName="Servicios Profesionales del Altiplano, S.A. de C.V.", vatId="SPA190821K79", orderNumber="OC-2026-0315"),

D("d4-155","en","US","receipt","app-store e-mail receipt, developer named but merchant of record is the store's payments LLC",
"""
From: Pixelbay <no_reply@email.pixelbay.example>
To: jordan.reyes@icloud.example
Subject: Your receipt from Pixelbay

                              Receipt
  Pixelbay ID: jordan.reyes@icloud.example
  Date:        Sep 19, 2026
  Receipt #:   MT4Q8R2KZN
  Order ID:    PBX-3318-4471-2290
  Billing:     Visa .... 0918

  Okapi Quest: Gem Pack (500)                               $9.99
  Okapi Games Ltd                                  In-App Purchase
  Report a Problem

  Subtotal                                                   $9.99
  Tax (TX 8.25%)                                             $0.82
  TOTAL                                                     $10.81

Pixelbay Payments, LLC is the merchant of record for this purchase.
Okapi Games Ltd is the developer and provider of the app content.
Pixelbay Payments, LLC, 1 Infinite Canyon Way, Austin, TX 78701
Privacy Policy | Terms of Sale | Unsubscribe from receipt emails
""", invoiceNumber="MT4Q8R2KZN", issueDate="2026-09-19", currency="USD", netAmount="9.99", taxAmount="0.82", totalAmount="10.81", vendorName="Pixelbay Payments, LLC", orderNumber="PBX-3318-4471-2290"),

D("d4-156","en","AU","receipt","ride-share e-mailed tax invoice issued on behalf of individual driver, platform named too",
"""
From: Rydo <receipts@rydo.example>
To: tom.nguyen@bigpond.example
Subject: Your trip on 31 March 2026

Here's your tax invoice, Tom.

TAX INVOICE
Issued by Rydo Australia Pty Ltd on behalf of the driver.

  Driver (supplier):  Harpreet Singh
  Driver ABN:         38 718 209 543
  Invoice #:          2026-0331-HS-0417
  Date:               31/03/2026
  Passenger:          Tom Nguyen

  Fare                                            $32.40
  Total (includes GST $2.95)                      $32.40
  Charged to Mastercard ••6621

  Pick-up   18:02  Sydney Domestic Airport T2, Mascot NSW
  Drop-off  18:31  14 Ocean St, Bondi NSW 2026
  Distance 12.1 km

Your booking fee is invoiced separately by Rydo Australia Pty Ltd (ABN 67 604 118 220).
Rydo Australia Pty Ltd, Level 9, 1 Market St, Sydney NSW 2000
Unsubscribe | Help
""", invoiceNumber="2026-0331-HS-0417", issueDate="2026-03-31", currency="AUD", taxAmount="2.95", totalAmount="32.40", vendorName="Harpreet Singh", vatId="38718209543"),

D("d4-157","en","CA","invoice","two-page Ontario invoice, Remit To a finance company (assignee), Page 1 of 2 with form feed",
"""
 NORTHBAY PRECISION MACHINING INC.                                      INVOICE
 740 Lakeshore Drive, North Bay, ON  P1A 2E4                  Invoice #:   NPM-24817
 Tel 705-555-0148  |  ar@northbayprecision.example             Date:        2026-10-28
 HST Reg. No. 704521863 RT0001                                 Terms:       Net 45
                                                               Due Date:    2026-12-12
 SOLD TO                                 SHIP TO               Cust. PO:    4500-22917
 Timberline Hydraulics Ltd.              Timberline Hydraulics Ltd.   Cust. #: TH-018
 Accounts Payable                        Receiving Dock 3
 55 Regional Rd 17                       61 Regional Rd 17
 Sudbury, ON  P3A 4R1                    Sudbury, ON  P3A 4R1
 -------------------------------------------------------------------------------------
 Ln  Part No.   Description                          Qty    Unit Price        Amount
 1   7710-A     Shaft, 4140 steel, turned & ground    40         86.50      3,460.00
 2   7712-C     Bushing, SAE 660 bronze              120         14.25      1,710.00
 3   7719       Flange, 6061-T6                       25        122.00      3,050.00
 4   SETUP      Setup charge                            1        450.00        450.00
 5   FAI        First article inspection report         1        275.00        275.00
 6   CRATE      Wooden crating                          2         85.00        170.00
                                                              Continued on page 2
                                                                       Page 1 of 2
\f NORTHBAY PRECISION MACHINING INC.                    Invoice # NPM-24817 (continued)
 -------------------------------------------------------------------------------------
 Ln  Part No.   Description                          Qty    Unit Price        Amount
 7   FRT        Freight, prepaid & add                 1        210.00        210.00
 -------------------------------------------------------------------------------------
                                                   Subtotal                9,325.00
                                                   HST 13% (ON)            1,212.25
                                                   TOTAL CAD              10,537.25
 REMIT TO:
 Lakeshore Commercial Finance Corp., as assignee of Northbay Precision Machining Inc.
 PO Box 57120, Station A, Toronto, ON  M5W 5M5
 This account has been assigned; payment must be made only to the assignee above.
                                                                       Page 2 of 2
""", invoiceNumber="NPM-24817", issueDate="2026-10-28", dueDate="2026-12-12", currency="CAD", netAmount="9325.00", taxAmount="1212.25", totalAmount="10537.25", vendorName="NORTHBAY PRECISION MACHINING INC.", vatId="704521863RT0001", orderNumber="4500-22917"),

D("d4-158","ko","KR","credit_note","Korean amended e-tax invoice with negative amounts, 공급자 block left",
"""
                          수 정 전 자 세 금 계 산 서                승인번호 20260915-41000087-22910473
  공   등록번호   312-86-10948                           공   등록번호   617-81-05520
  급   상호       (주)동해정밀        성명  최성호          급   상호       대성기계 주식회사   성명 오민재
  자   사업장주소 충청남도 천안시 서북구 2공단로 77       받   사업장주소 부산광역시 강서구 녹산산단로 310
       업태 제조   종목 정밀기계부품                      는   업태 제조   종목 산업기계
                                                         자
  작성일자        공급가액              세액            수정사유
  2026-09-15      -1,500,000            -150,000        계약의 해제
  비고  당초 승인번호 20260822-41000087-19920314 / 발주번호 DS-PO-26-0871
  월  일   품목                     규격   수량        단가        공급가액          세액
  09  15   CNC 가공 브래킷 (반품)    B-12   -100      15,000    -1,500,000      -150,000

  합계금액        현금       수표      어음      외상미수금
  -1,650,000                                     -1,650,000       이 금액을 (청구) 함
""", invoiceNumber="20260915-41000087-22910473", issueDate="2026-09-15", currency="KRW", netAmount="-1500000.00", taxAmount="-150000.00", totalAmount="-1650000.00", vendorName="(주)동해정밀", vatId="3128610948", orderNumber="DS-PO-26-0871"),

D("d4-159","en","JP","invoice","English export invoice from Japanese KK, English name on top, Japanese name in seller block",
"""
 KIYOMIZU PRECISION CO., LTD.
 3-18-6 Minatojima Minamimachi, Chuo-ku, Kobe 650-0047, Japan
 Tel +81-78-302-5514  Fax +81-78-302-5515
                                     COMMERCIAL INVOICE
 Seller:                                        Buyer:
 株式会社清水精機                                Redwood Motion Systems, Inc.
 (Kiyomizu Precision Co., Ltd.)                  2280 Industrial Pkwy, Hayward, CA 94545, USA
 Registration No. T6301002090118                 Attn: Purchasing
 Invoice No.: KP-EX-26-0091                      Customer PO: PO# 88-4471
 Date: Aug. 21, 2026                             Terms: FOB Kobe, T/T 60 days after B/L date
 Shipment: Vessel ONE HARMONY V.026E, Kobe -> Oakland, ETD Aug. 28, 2026
 ----------------------------------------------------------------------------------
 Item  Description                         Qty        Unit Price (USD)    Amount (USD)
 1     Hybrid ceramic ball bearing 6204    500 pcs         12.40            6,200.00
 2     Hybrid ceramic ball bearing 6205    300 pcs         12.25            3,675.00
 ----------------------------------------------------------------------------------
                                         Subtotal                         9,875.00
                                         Consumption tax (0%, export)         0.00
                                         TOTAL FOB KOBE (USD)             9,875.00
 Country of origin: Japan   HS code 8482.10
 Bank: MUFG Bank, Kobe Branch, SWIFT BOTKJPJT, A/C 0218874 (Kiyomizu Precision Co., Ltd.)
""", invoiceNumber="KP-EX-26-0091", issueDate="2026-08-21", currency="USD", netAmount="9875.00", taxAmount="0.00", totalAmount="9875.00", vendorName="Kiyomizu Precision Co., Ltd.", vatId="T6301002090118", orderNumber="PO# 88-4471"),

D("d4-160","en","IE","invoice","e-mailed invoice from Irish sole trader (person with trading name), reverse charge to German client",
"""
From: Siobhán O'Brien <siobhan@clearword.example>
To: einkauf@hafenlicht-verlag.example
Subject: Invoice 2026-031 - German>English translation, "Nordlicht" catalogue

Hi Jana,

Please find my invoice for the catalogue translation below. Thanks again for the work!

Kind regards,
Siobhán

------------------------------------------------------------------
INVOICE 2026-031
Siobhán O'Brien
trading as Clearword Translations
7 Nun's Island Road, Galway H91 X2C4, Ireland
VAT No. IE 6388047V

Bill to:   Hafenlicht Verlag GmbH, Speicherstadt 12, 20457 Hamburg, Germany
           VAT No. DE315904722
Your ref:  PO 2026/7719
Date:      15/09/2026
Due:       15/10/2026

Translation DE>EN, 12,400 words @ EUR 0.11             EUR 1,364.00
Proofreading, 3 hours @ EUR 45.00                       EUR   135.00
Net total                                               EUR 1,499.00
VAT 0% - reverse charge (Art. 196 Directive 2006/112/EC) EUR     0.00
Total due                                               EUR 1,499.00

Bank: Bank of Ireland, IBAN IE84 BOFI 9013 8447 2615 93, BIC BOFIIE2D
------------------------------------------------------------------
""", invoiceNumber="2026-031", issueDate="2026-09-15", dueDate="2026-10-15", currency="EUR", netAmount="1499.00", taxAmount="0.00", totalAmount="1499.00", vendorName="Siobhán O'Brien", iban="IE84BOFI90138447261593", vatId="IE6388047V", orderNumber="PO 2026/7719"),
]
