from lib import *
# ---------- d4-041 US Inc, Accounts Receivable, Remit To
it_=[('HVAC filter MERV-13 20x25x4',48,D('18.75')),('Belt B-52 V-belt',12,D('9.40')),('Preventive maintenance labor (hrs)',6,D('96.00'))]
rows=[(d,a,p,q(a*p)) for d,a,p in it_]
taxable=rows[0][3]+rows[1][3]; labor=rows[2][3]; net=taxable+labor; tax=q(taxable*D('0.0825')); tot=net+tax
t = f"""
ACCOUNTS RECEIVABLE DEPARTMENT
P.O. Box 660418, Dallas, TX 75266-0418                                    INVOICE

   LONE STAR
   MECHANICAL                                        Invoice #:      LSM-884120
                                                     Invoice Date:   11/06/2026
                                                     Terms:          Net 30
                                                     Due Date:       12/06/2026
                                                     Customer ID:    C-10427

BILL TO                                      SERVICE LOCATION
Pecan Grove Medical Plaza LLC                Pecan Grove Medical Plaza
Attn: Facilities / AP                        2200 W. Parker Rd, Bldg C
2200 W. Parker Rd                            Plano, TX 75075
Plano, TX 75075

Customer PO: PGMP-26-0712       Work Order: WO-55812       Technician: R. Alvarado

QTY   DESCRIPTION                                        UNIT PRICE        AMOUNT
{chr(10).join(f"{a:>3}   {d:<50}{en(p):>10} {en(v):>13}" for d,a,p,v in rows)}

                                                   Subtotal            {en(net):>10}
                                                   Sales Tax 8.25%     {en(tax):>10}
                                                     (on parts only)
                                                   TOTAL DUE        $  {en(tot):>10}

REMIT TO: Lone Star Mechanical Services, Inc.
          P.O. Box 660418, Dallas, TX 75266-0418
Please include invoice number with payment. 1.5% monthly finance charge on past-due balances.
"""
add('d4-041','en','US','invoice','AR department + logo words, legal name only in Remit To',t,invoiceNumber='LSM-884120',issueDate='2026-11-06',dueDate='2026-12-06',
    currency='USD',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Lone Star Mechanical Services, Inc.',orderNumber='PGMP-26-0712')

# ---------- d4-042 US franchise receipt
a=[('Oil change synthetic 5W-30',D('79.99')),('Wiper blades pair',D('32.50')),('Cabin air filter',D('44.95'))]
sub=sum(p for _,p in a); tax=q(sub*D('0.07')); tot=sub+tax
t = f"""
        QUIKLUBE EXPRESS
      "In and out in 15 minutes"
   Store #0417  Tupelo, MS
   1880 N Gloster St  (662) 555-0143
Independently owned and operated by
   Magnolia Auto Care Group, LLC
   a franchisee of QuikLube Express Inc.

Ticket 0417-203318      12/01/2026 10:22
Vehicle: 2019 Honda CR-V  Odo 58,112
{chr(10).join(f"{d:<28}{en(p):>8}" for d,p in a)}
------------------------------------
SUBTOTAL                    {en(sub):>8}
SALES TAX 7%                {en(tax):>8}
TOTAL                       {en(tot):>8}
VISA ****4471               {en(tot):>8}
Thank you! Next service at 63,100 mi
"""
add('d4-042','en','US','receipt','franchise brand + slogan, operator LLC in small print, franchisor named too',t,invoiceNumber='0417-203318',
    issueDate='2026-12-01',currency='USD',netAmount=sub,taxAmount=tax,totalAmount=tot,vendorName='Magnolia Auto Care Group, LLC')

# ---------- d4-043 CA Quebec French, TPS/TVQ
bn = ca_bn('81427331'); ib=None
net=D('2400.00'); tps=q(net*D('0.05')); tvq=q(net*D('0.09975')); tot=net+tps+tvq
t = f"""
Les Éditions L'Érablière inc.                              FACTURE
Service de la facturation
455, rue Saint-Joseph Est, bureau 210                      No de facture : 2026-00781
Québec (Québec)  G1K 3B6                                   Date : 2026-11-23
                                                           Échéance : 2026-12-23
Facturé à :
Cégep de la Côte-Sud — Service des achats
200, boul. Taché Ouest, Montmagny (Québec) G5V 3R8
Bon de commande : BC-26-04417                              No client : 1104

Description                                             Qté    Prix unit.      Montant
Licences numériques « Grammaire active » (1 an)          80        30,00     2 400,00

                                         Sous-total                {fr(net):>10} $
                                         TPS (5 %)                   {fr(tps):>10} $
                                         TVQ (9,975 %)               {fr(tvq):>10} $
                                         Total                     {fr(tot):>10} $

No TPS : {bn} RT0001          No TVQ : 1220448317 TQ0001
Veuillez libeller vos chèques à l'ordre de Les Éditions L'Érablière inc.
"""
add('d4-043','fr','CA','invoice','legal name with apostrophes, department line, cheques payable line, GST+QST',t,invoiceNumber='2026-00781',issueDate='2026-11-23',
    dueDate='2026-12-23',currency='CAD',netAmount=net,taxAmount=tps+tvq,totalAmount=tot,vendorName="Les Éditions L'Érablière inc.",vatId=bn+'RT0001',orderNumber='BC-26-04417')

# ---------- d4-044 MX CFDI printed representation
rfc = mx_rfc('TAO120914K7'); 
it_=[('Servicio de mantenimiento preventivo montacargas',3,D('4850.00')),('Refacción: cilindro hidráulico',1,D('12300.00'))]
net=sum(q(a*p) for _,a,p in it_); tax=q(net*D('0.16')); tot=net+tax
t = f"""
TALLERES OMEGA                                            FACTURA
Soluciones en montacargas                                 Serie: A   Folio: 10582
                                                          Folio fiscal (UUID):
EMISOR                                                    3F2A9C41-77D0-4B8E-9A11-5E0C2B7D4F18
Talleres y Arrendadora Omega, S.A. de C.V.                No. de serie del CSD: 00001000000512345678
RFC: {rfc}                                             Fecha de emisión: 2026-11-18T12:44:03
Régimen fiscal: 601 General de Ley Personas Morales       Lugar de expedición: 64000
Av. Constitución 1420 Pte., Monterrey, N.L.               Tipo de comprobante: I - Ingreso

RECEPTOR
Distribuidora Alimentaria del Norte, S. de R.L. de C.V.
RFC: DAN0905213L4        Uso CFDI: G03 Gastos en general
Domicilio fiscal receptor: 66350      Régimen fiscal: 601
Orden de compra: OC-2026-9931

Cant.  Clave    Unidad   Descripción                                        P. Unitario      Importe
{chr(10).join(f"{a:>4}  78181700  E48      {d:<50}{en(p):>11} {en(q(a*p)):>12}" for d,a,p in it_)}

                                                  Subtotal               $ {en(net):>11}
                                                  IVA Trasladado 16%     $ {en(tax):>11}
                                                  Total                  $ {en(tot):>11}
(treinta y un mil ciento cuarenta y seis pesos 00/100 M.N.)
Moneda: MXN    Forma de pago: 03 Transferencia    Método de pago: PUE Pago en una sola exhibición
Este documento es una representación impresa de un CFDI.
"""
add('d4-044','es','MX','invoice','CFDI print, brand + slogan above Emisor block, receptor S. de R.L. de C.V.',t,invoiceNumber='10582',issueDate='2026-11-18',
    currency='MXN',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Talleres y Arrendadora Omega, S.A. de C.V.',vatId=rfc,orderNumber='OC-2026-9931')

# ---------- d4-045 BR NFS-e Prestador/Tomador
cnpj = br_cnpj('274183920001')
serv=D('8500.00'); iss=q(serv*D('0.05'))
t = f"""
PREFEITURA MUNICIPAL DE CAMPINAS
SECRETARIA MUNICIPAL DE FINANÇAS
NOTA FISCAL DE SERVIÇOS ELETRÔNICA - NFS-e
Número da Nota: 00002714        Data e Hora de Emissão: 09/11/2026 15:02:11
Código de Verificação: K7PA-33QX

PRESTADOR DE SERVIÇOS
Razão Social: BITWISE SOLUÇÕES EM TECNOLOGIA LTDA.
Nome Fantasia: Bitwise Tech
CNPJ: {cnpj[:2]}.{cnpj[2:5]}.{cnpj[5:8]}/{cnpj[8:12]}-{cnpj[12:]}      Inscrição Municipal: 1188220-4
Endereço: Av. José de Souza Campos, 900 - Cambuí - Campinas/SP - CEP 13025-320

TOMADOR DE SERVIÇOS
Razão Social: Agropecuária Serra Verde S.A.
CNPJ: 08.221.447/0001-90        Inscrição Municipal: -
Endereço: Rod. SP-340, km 118 - Mogi Mirim/SP
Pedido: PC 45120

DISCRIMINAÇÃO DOS SERVIÇOS
Desenvolvimento de módulo de rastreabilidade de lotes - medição 3/5, conforme contrato 2026/017.

VALOR TOTAL DA NOTA = R$ {de(serv)}
Código do Serviço: 01.01 - Análise e desenvolvimento de sistemas
Base de Cálculo (R$) {de(serv)}   Alíquota (%) 5,00   Valor do ISS (R$) {de(iss)}   ISS Retido: Não
"""
add('d4-045','pt','BR','invoice','municipal NFS-e header (city hall) above Prestador block with Razão Social and Nome Fantasia',t,invoiceNumber='00002714',
    issueDate='2026-11-09',currency='BRL',totalAmount=serv,taxAmount=iss,vendorName='BITWISE SOLUÇÕES EM TECNOLOGIA LTDA.',vatId=cnpj,orderNumber='PC 45120')

# ---------- d4-046 AR Factura A
cuit = ar_cuit('3071829344')
net=D('1250000.00'); tax=q(net*D('0.21')); tot=net+tax
t = f"""
                         ┌───┐
ESTUDIO CONTABLE         │ A │                 FACTURA
BERGARA & ASOC.          └───┘                 COD. 01
                                               Punto de Venta: 00004   Comp. Nro: 00001873
Razón Social: Bergara, Iturralde y Asociados S.R.L.      Fecha de Emisión: 20/11/2026
Domicilio Comercial: Av. Corrientes 1847 Piso 6 Of. B - CABA
Condición frente al IVA: IVA Responsable Inscripto       CUIT: {cuit[:2]}-{cuit[2:10]}-{cuit[10]}
                                                         Ingresos Brutos: 901-771442-3
                                                         Inicio de Actividades: 01/03/2009

CUIT: 30-70118842-7   Apellido y Nombre / Razón Social: Frigorífico Las Totoras S.A.
Condición frente al IVA: IVA Responsable Inscripto   Domicilio: Ruta 9 km 312, Marcos Juárez, Córdoba
Condición de venta: Cuenta Corriente    Orden de compra: OC 2026-0448

Código  Producto / Servicio                        Cantidad  U. medida  Precio Unit.   Subtotal
        Honorarios auditoría estados contables         1,00  unidades  1250000,00   1250000,00
        ejercicio 2025/2026

                                                    Importe Neto Gravado: $ {cm(net)}
                                                    IVA 21%:              $  {cm(tax)}
                                                    Importe Total:        $ {cm(tot)}

CAE N°: 76441882019334     Fecha de Vto. de CAE: 30/11/2026
Comprobante Autorizado
"""
add('d4-046','es','AR','invoice','Factura A, logo abbreviation left of type box, Razón Social line',t,invoiceNumber='00004-00001873' if False else '00001873',
    issueDate='2026-11-20',currency='ARS',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Bergara, Iturralde y Asociados S.R.L.',vatId=cuit,orderNumber='OC 2026-0448')

# ---------- d4-047 CO SAS factura electronica
nitb='901447182'; dv=co_nit(nitb)
it_=[('Arriendo de andamios certificados (mes)',20,D('185000')),('Transporte y montaje',1,D('650000'))]
net=sum(a*p for _,a,p in it_); tax=q(net*D('0.19')); tot=net+tax
t = f"""
ANDAMIOS DEL VALLE
"Seguridad en altura"

FACTURA ELECTRÓNICA DE VENTA No. FEV 3318
Andamios y Estructuras del Valle S.A.S.    NIT {nitb[:3]}.{nitb[3:6]}.{nitb[6:]}-{dv}
Responsable de IVA - Actividad económica 7730
Calle 15 # 32-118, Yumbo, Valle del Cauca

Fecha de generación: 2026-11-12      Fecha de vencimiento: 2026-12-12
Forma de pago: Crédito 30 días       Orden de compra: OC-7710

Adquiriente: Constructora Farallones S.A.S.   NIT 900.118.442-3
Dirección: Carrera 100 # 11-60, Cali

Descripción                                    Cant.    Valor unit.       Valor total
{chr(10).join(f"{d:<46}{a:>4} {de(p)[:-3]:>14} {de(a*p)[:-3]:>17}" for d,a,p in it_)}

Subtotal                 $ {de(net)[:-3]}
IVA 19%                  $ {de(tax)[:-3]}
Total a pagar            $ {de(tot)[:-3]}

CUFE: a91c7f0d2e6b44f1b5e7c3d09a8f7e61c20b11e4d8f9a6b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5
Autorización de numeración DIAN 18764012345678 del 2026-01-15, prefijo FEV, del 1 al 10000
"""
add('d4-047','es','CO','invoice','brand + quoted slogan, legal SAS name on same line as NIT',t,invoiceNumber='FEV 3318',issueDate='2026-11-12',dueDate='2026-12-12',
    currency='COP',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Andamios y Estructuras del Valle S.A.S.',vatId=nitb+dv,orderNumber='OC-7710')

# ---------- d4-048 CL factura electronica
rb='76418227'; rdv=cl_rut(rb)
net=D('1840000'); tax=q(net*D('0.19')); tot=net+tax
rut=f"{rb[:2]}.{rb[2:5]}.{rb[5:]}-{rdv}"
t = f"""
VIÑA LOS ROBLES DEL MAULE SpA                          ┌─────────────────────────────┐
Giro: Elaboración de vinos                             │ R.U.T.: {rut}        │
Camino a Pencahue km 4, Talca                          │ FACTURA ELECTRÓNICA         │
Casa matriz                                            │ N° 48812                    │
                                                       └─────────────────────────────┘
                                                        S.I.I. - TALCA
Fecha Emisión: 26 de Noviembre del 2026
Señor(es): Distribuidora Andes Gourmet Ltda.          R.U.T.: 77.104.882-5
Giro: Comercialización de alimentos                    Comuna: Las Condes
Dirección: Av. Apoquindo 5400                          Condición de venta: 30 días
Referencia: Orden de Compra N° 5520 del 20-11-2026

Código   Descripción                          Cantidad   Precio      Valor
CS-750   Cabernet Sauvignon Reserva 750cc         460     4.000     1.840.000

                                       MONTO NETO     $ {de(net)[:-3]}
                                       I.V.A. 19%     $   {de(tax)[:-3]}
                                       TOTAL          $ {de(tot)[:-3]}

Timbre Electrónico SII - Res. 80 de 2014 - Verifique documento: www.sii.cl
"""
add('d4-048','es','CL','invoice','seller block left with RUT box right, SpA in caps',t,invoiceNumber='48812',issueDate='2026-11-26',currency='CLP',
    netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='VIÑA LOS ROBLES DEL MAULE SpA',vatId=rb+rdv,orderNumber='5520')

# ---------- d4-049 PE boleta
ruc = pe_ruc('2060318842')
tot=D('47.20'); net=q(tot/D('1.18')); tax=tot-net
t = f"""
      CEVICHERÍA "EL MUELLE DE PEPE"
   Inversiones Gastronómicas Pepe's S.A.C.
       RUC {ruc}
   Av. Grau 418, Barranco - Lima
 BOLETA DE VENTA ELECTRÓNICA
        B002-00031874
Fecha: 28/11/2026  Hora: 13:51
Cliente: CLIENTES VARIOS  DNI: -
1 Ceviche clásico            32.00
1 Chicha morada jarra        15.20
--------------------------------
OP. GRAVADA   S/   {en(net):>8}
IGV 18%       S/   {en(tax):>8}
TOTAL         S/   {en(tot):>8}
SON: CUARENTA Y SIETE CON 20/100 SOLES
Representación impresa de la Boleta de Venta Electrónica
"""
add('d4-049','es','PE','receipt','quoted restaurant brand above S.A.C. with apostrophe',t,invoiceNumber='B002-00031874',issueDate='2026-11-28',currency='PEN',
    netAmount=net,taxAmount=tax,totalAmount=tot,vendorName="Inversiones Gastronómicas Pepe's S.A.C.",vatId=ruc)

# ---------- d4-050 US marketplace invoice on behalf of seller
sub=D('219.98'); ship=D('12.00'); tax=q((sub+ship)*D('0.06')); tot=sub+ship+tax
t = f"""
Craftory Marketplace                                               Order Invoice
Invoice issued by Craftory Marketplace, Inc. as marketplace facilitator
on behalf of the seller shown below.

Sold by:                                     Ship to / Bill to:
Birch & Bramble Woodworks                    Danielle Okafor
(operated by Hollis Creek Trading LLC)       418 Walnut St, Apt 2
Asheville, NC                                Lancaster, PA 17603
Seller ID: CFT-SL-22841

Order number: 113-4471882-0093              Invoice number: CFT-INV-26-5582104
Order date: November 27, 2026               Invoice date: November 28, 2026

Item                                                  Qty     Price       Total
Walnut serving board, 18 in, engraved                   2    109.99      219.98
Shipping (UPS Ground)                                                     12.00
                                                          Subtotal       {en(sub+ship):>7}
                                                          PA sales tax    {en(tax):>7}
                                                          Order total    {en(tot):>7}
Payment: Mastercard ending 8820 - charged {en(tot)} USD

Sales tax collected and remitted by Craftory Marketplace, Inc. under marketplace facilitator laws.
Questions about your item? Contact the seller through your Craftory account.
"""
add('d4-050','en','US','invoice','marketplace issues on behalf of seller; trade name vs operating LLC',t,invoiceNumber='CFT-INV-26-5582104',issueDate='2026-11-28',
    currency='USD',netAmount=sub+ship,taxAmount=tax,totalAmount=tot,vendorName='Hollis Creek Trading LLC',orderNumber='113-4471882-0093')
