from docs5 import *
# 018 BR NFS-e
cn=cnpj(); cnf=f'{cn[:2]}.{cn[2:5]}.{cn[5:8]}/{cn[8:12]}-{cn[12:]}'
serv=D('8400.00'); iss=r2(serv*D('0.05')); pis=r2(serv*D('0.0065')); cof=r2(serv*D('0.03')); irrf=r2(serv*D('0.015')); liq=serv-pis-cof-irrf
t=f"""PREFEITURA MUNICIPAL DE CAMPINAS
SECRETARIA MUNICIPAL DE FINANÇAS
NOTA FISCAL DE SERVIÇOS ELETRÔNICA - NFS-e
Número da Nota: 00002871        Data e Hora de Emissão: 23/11/2026 16:44:09        Código de Verificação: K7QX-2M4P

PRESTADOR DE SERVIÇOS
CPF/CNPJ: {cnf}        Inscrição Municipal: 004.118.772-0
Nome/Razão Social: BITORA CONSULTORIA EM TECNOLOGIA LTDA
Endereço: Av. José de Souza Campos, 1073 - Cambuí - Campinas - SP - CEP 13025-320
E-mail: financeiro@bitora.example

TOMADOR DE SERVIÇOS
CPF/CNPJ: 04.552.118/0001-09        Inscrição Municipal: 001.774.221-3
Nome/Razão Social: DISTRIBUIDORA PAULISTA DE ALIMENTOS S.A.
Endereço: Rod. Anhanguera, km 104 - Sumaré - SP

DISCRIMINAÇÃO DOS SERVIÇOS
Sustentação do sistema ERP - competência 11/2026 (contrato 044/2025)
Pedido de compra nº 4500098123
Vencimento: 08/12/2026   Pagamento via PIX chave CNPJ

VALOR TOTAL DO SERVIÇO = R$ {de(serv)}
Código do Serviço: 01.07 - Suporte técnico em informática
Deduções (R$)   Base de Cálculo (R$)   Alíquota (%)   Valor do ISS (R$)   Crédito
0,00            {de(serv)}               5,00           {de(iss)}              0,00
Retenções federais:  PIS R$ {de(pis)}   COFINS R$ {de(cof)}   IR R$ {de(irrf)}   CSLL R$ 0,00
VALOR LÍQUIDO DA NOTA: R$ {de(liq)}
ISS devido pelo prestador (não retido).
"""
add('d3-018','pt','BR','invoice','NFS-e municipal service invoice with withholdings',t,invoiceNumber='00002871',issueDate='2026-11-23',dueDate='2026-12-08',currency='BRL',netAmount=None,taxAmount=None,totalAmount=liq,vendorName='BITORA CONSULTORIA EM TECNOLOGIA LTDA',vatId=cn,orderNumber='4500098123')
# 019 MX CFDI
rfc=rfc_mx('TPN')
c=calc([('Tubo PVC hidráulico 4" x 6 m',120,'386.00',16),('Codo PVC 90° 4"',200,'42.50',16),('Flete local',1,'1850.00',16)])
rows=''.join(f"40141700  {int(l['qty']):>5}  H87  {l['desc']:<32}{en(l['unit']):>12}{en(l['amt']):>14}\n" for l in c['lines'])
t=f"""                                   TUBERÍAS Y PLÁSTICOS DEL NORTE, S.A. DE C.V.
                                   RFC: {rfc}    Régimen fiscal: 601 General de Ley Personas Morales
                                   Av. Constitución 2210 Ote., Col. Centro, C.P. 64000, Monterrey, N.L.

FACTURA                                              Serie y Folio: TPN-A 18842
Tipo de comprobante: I - Ingreso                     Fecha de emisión: 2026-11-19T11:08:33
Lugar de expedición: 64000                           Folio fiscal (UUID): 6F1D2C3A-88B4-4E71-9A0C-5D2E3F4A7B19
Moneda: MXN                                          No. de serie del CSD: 00001000000512345678
Forma de pago: 99 Por definir   Método de pago: PPD Pago en parcialidades o diferido

Receptor: CONSTRUCTORA LAGUNERA DEL BRAVO, S.A. DE C.V.   RFC receptor: CLB0908112K4
Uso CFDI: G03 Gastos en general     Domicilio fiscal receptor: 27000     Orden de compra: OC-CLB-3341

ClaveProdServ  Cant. Unidad Descripción                     Valor unitario       Importe
{rows}
                                                          Subtotal      ${en(c['net']):>14}
                                                          IVA 16%       ${en(c['tax']):>14}
                                                          Total         ${en(c['total']):>14}
Importe con letra: (cantidad en letra conforme al total) M.N.
Condiciones de pago: crédito 30 días

Sello digital del CFDI: aK9s...Qw==      Sello del SAT: Lm2P...ZZ==
Este documento es una representación impresa de un CFDI 4.0
"""
add('d3-019','es','MX','invoice','CFDI 4.0 printed representation, serie-folio',t,invoiceNumber='TPN-A 18842',issueDate='2026-11-19',currency='MXN',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='TUBERÍAS Y PLÁSTICOS DEL NORTE, S.A. DE C.V.',vatId=rfc,orderNumber='OC-CLB-3341')
# 020 AR Factura A
cu=cuit(); cuf=f'{cu[:2]}-{cu[2:10]}-{cu[10]}'
c=calc([('Servicio de fumigación depósito (m2)',1800,'145.00',21),('Control de roedores mensual',1,'68000.00',21)])
t=f"""ORIGINAL
                                         ┌───┐
CONTROL DE PLAGAS PAMPA S.R.L.            │ A │        FACTURA
Av. Pellegrini 1422 - (S2000) Rosario      │   │        Punto de Venta: 00004   Nº 00004-00001377
Santa Fe                                   └───┘        Fecha de Emisión: 25/11/2026
Condición frente al IVA: IVA Responsable Inscripto     COD. 01
                                                        CUIT: {cuf}
                                                        Ingresos Brutos: 021-447812-5
                                                        Fecha de Inicio de Actividades: 01/03/2014
Período Facturado Desde: 01/11/2026 Hasta: 30/11/2026   Fecha de Vto. para el pago: 10/12/2026
CUIT: 30-71188442-7   Apellido y Nombre / Razón Social: FRIGORÍFICO LITORAL S.A.
Condición frente al IVA: IVA Responsable Inscripto   Domicilio: Ruta 11 km 312, Granadero Baigorria
Condición de venta: Cuenta Corriente

Producto / Servicio                         Cantidad   Precio Unit.   Subtotal   Alícuota IVA   Subtotal c/IVA
{c['lines'][0]['desc']:<42}{'1.800,00':>10}{de(c['lines'][0]['unit']):>14}{de(c['lines'][0]['amt']):>12}       21%{de(r2(c['lines'][0]['amt']*D('1.21'))):>16}
{c['lines'][1]['desc']:<42}{'1,00':>10}{de(c['lines'][1]['unit']):>14}{de(c['lines'][1]['amt']):>12}       21%{de(r2(c['lines'][1]['amt']*D('1.21'))):>16}

                                                        Importe Neto Gravado: $ {de(c['net'])}
                                                        IVA 21%:              $ {de(c['tax'])}
                                                        Importe Otros Tributos: $ 0,00
                                                        Importe Total:        $ {de(c['total'])}
CAE N°: 76481124558812      Fecha de Vto. de CAE: 05/12/2026
"""
add('d3-020','es','AR','invoice','Factura A with punto de venta and CAE',t,invoiceNumber='00004-00001377',issueDate='2026-11-25',dueDate='2026-12-10',currency='ARS',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='CONTROL DE PLAGAS PAMPA S.R.L.',vatId=cu)
# 021 CL factura electronica
rb,rc=rut_cl(); rf=f'{rb[:2]}.{rb[2:5]}.{rb[5:]}-{rc}'
c=calc([('Arriendo grúa horquilla 3 ton (días)',12,'58000',19),('Operador (horas)',40,'9500',19)])
t=f"""SERVICIOS LOGÍSTICOS ANDES SPA                        ┌──────────────────────────┐
Giro: Arriendo de maquinaria y equipos                  │ R.U.T.: {rf:<17}│
Av. Américo Vespucio 1750, Quilicura, Santiago          │ FACTURA ELECTRÓNICA      │
                                                        │ Nº 48817                 │
                                                        └──────────────────────────┘
                                                        S.I.I. - SANTIAGO NORTE
Fecha Emisión: 12 de noviembre de 2026
Señor(es): VIÑA LOS CERROS LIMITADA        R.U.T.: 78.661.204-3
Giro: Producción de vinos                   Dirección: Camino a Pirque 4420, Pirque
Condición de venta: 30 días                 Orden de Compra: 4478

Descripción                                   Cantidad        Precio        Valor
{c['lines'][0]['desc']:<46}{12:>8}{de(c['lines'][0]['unit'])[:-3]:>14}{de(c['lines'][0]['amt'])[:-3]:>13}
{c['lines'][1]['desc']:<46}{40:>8}{de(c['lines'][1]['unit'])[:-3]:>14}{de(c['lines'][1]['amt'])[:-3]:>13}

                                                        MONTO NETO $   {de(c['net'])[:-3]:>12}
                                                        I.V.A. 19% $   {de(c['tax'])[:-3]:>12}
                                                        TOTAL $        {de(c['total'])[:-3]:>12}
Timbre Electrónico SII  Res. 80 de 2014  Verifique documento: www.sii.cl
"""
add('d3-021','es','CL','invoice','factura electronica with RUT box',t,invoiceNumber='48817',issueDate='2026-11-12',currency='CLP',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='SERVICIOS LOGÍSTICOS ANDES SPA',vatId=rb+rc,orderNumber='4478')
# 022 CO factura electronica
nb,nd=nit_co()
c=calc([('Licencia anual software de nómina (usuarios)',25,'186000',19),('Implementación y capacitación',1,'3200000',19)])
t=f"""NÓMINA ÁGIL S.A.S.
NIT {nb[:3]}.{nb[3:6]}.{nb[6:]}-{nd}   Responsable de IVA
Calle 93 # 11A-28, Of. 502, Bogotá D.C.  PBX (601) 744 1820

FACTURA ELECTRÓNICA DE VENTA No. NA-9912
Fecha de generación: 2026-11-28   Fecha de vencimiento: 2026-12-28   Forma de pago: Crédito
Resolución DIAN 18764012345678 del 2025-06-01, prefijo NA del 9001 al 20000
CUFE: 3f7a91c2e0d8b6...a12e4

Adquiriente: CLÍNICA DEL OCCIDENTE MEDELLÍN S.A.   NIT 811.044.778-2
Dirección: Cra. 80 # 33-15, Medellín   Orden de compra: OC-2026-00871

Ítem  Descripción                                        Cant.      Vr. Unitario          Vr. Total
1     {c['lines'][0]['desc']:<48}{25:>5}   {en(c['lines'][0]['unit']):>14}   {en(c['lines'][0]['amt']):>16}
2     {c['lines'][1]['desc']:<48}{1:>5}   {en(c['lines'][1]['unit']):>14}   {en(c['lines'][1]['amt']):>16}

                                                         Subtotal          $ {en(c['net']):>16}
                                                         IVA 19%           $ {en(c['tax']):>16}
                                                         Total a pagar     $ {en(c['total']):>16}
Valores en pesos colombianos (COP).
"""
add('d3-022','es','CO','invoice','factura electronica de venta DIAN, CUFE',t,invoiceNumber='NA-9912',issueDate='2026-11-28',dueDate='2026-12-28',currency='COP',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='NÓMINA ÁGIL S.A.S.',vatId=nb+nd,orderNumber='OC-2026-00871')
