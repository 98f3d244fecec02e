from docs11 import *
# 058 KE invoice with KRA PIN, eTIMS
pin='P05'+digits(7)+'K'
c=calc([('Cold room hire (per day)',14,'6500.00',16),('Reefer truck Nairobi-Mombasa trip',2,'48000.00',16),('Insurance levy',1,'3200.00',0)])
t=f"""SAVANNA COLD CHAIN LIMITED
Mombasa Road, Godown 14, Nairobi · P.O. Box 40418-00100
KRA PIN: {pin}       Tel: +254 722 555 018

TAX INVOICE
Invoice No: SCC-INV-2026-1190          Date: 16/11/2026           Terms: 30 days
Customer: Rift Valley Avocado Exporters Ltd   Customer PIN: P051774420R
LPO: RVA/LPO/0883                      CU Invoice No: KRAMW0048820261190  (eTIMS)

Description                                   Qty      Rate (KES)       Amount (KES)   VAT
{chr(10).join(f"{l['desc']:<44}{int(l['qty']):>5}{gbp(l['unit']):>16}{gbp(l['amt']):>18}   {'16%' if l['rate'] else 'E'}" for l in c['lines'])}

                                            Taxable (16%)      {gbp(c['bases'][D('16')]):>14}
                                            Exempt             {gbp(c['bases'][D('0')]):>14}
                                            VAT 16%            {gbp(c['tax']):>14}
                                            TOTAL KES          {gbp(c['total']):>14}
M-PESA Paybill 522118, Account SCC1190 · KCB Bank Acc. 1184472201
"""
add('d3-058','en','KE','invoice','Kenyan tax invoice, KRA PIN, exempt line',t,invoiceNumber='SCC-INV-2026-1190',issueDate='2026-11-16',currency='KES',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='SAVANNA COLD CHAIN LIMITED',vatId=pin,orderNumber='RVA/LPO/0883')
# 059 EG Arabic invoice
trn=digits(3)+'-'+digits(3)+'-'+digits(3)
c=calc([('أسمنت بورتلاندي (طن)',40,'3150.00',14),('نقل إلى الموقع',1,'4800.00',14)])
t=f"""                                   فاتورة ضريبية
البائع: شركة النيل لمواد البناء ش.م.م
العنوان: 14 شارع التحرير، الدقي، الجيزة
رقم التسجيل الضريبي: {trn}        سجل تجاري: 118847

رقم الفاتورة: EG-NB-2026-00871                التاريخ: 2026/11/22
المشتري: شركة الدلتا للمقاولات               رقم التسجيل الضريبي للمشتري: 204-118-776
أمر الشراء: DC-PO-556

البيان                               الكمية       السعر          القيمة
{c['lines'][0]['desc']:<34}{40:>6}{en(D('3150')):>14}{en(c['lines'][0]['amt']):>14}
{c['lines'][1]['desc']:<34}{1:>6}{en(D('4800')):>14}{en(c['lines'][1]['amt']):>14}

الإجمالي قبل الضريبة                       {en(c['net'])} ج.م
ضريبة القيمة المضافة 14%                   {en(c['tax'])} ج.م
الإجمالي المستحق                           {en(c['total'])} ج.م
الرقم الإلكتروني للفاتورة (UUID): 8B1F44C2A9D7E6
"""
add('d3-059','ar','EG','invoice','Egyptian e-invoice print, البائع block',t,invoiceNumber='EG-NB-2026-00871',issueDate='2026-11-22',currency='EGP',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='شركة النيل لمواد البناء ش.م.م',vatId=trn.replace('-',''),orderNumber='DC-PO-556')
# 060 MA facture
ice=digits(15); ib=None
c=calc([('Audit énergétique unité de production',1,'38000.00',20),('Rapport et recommandations',1,'9500.00',20)])
t=f"""ATLAS ÉNERGIE CONSEIL SARL
Bd Zerktouni 221, 4e étage – 20330 Casablanca
RC 344187 – IF 40118872 – Patente 35611220 – ICE {ice}

FACTURE N° AEC-F-2026/114                                  Casablanca, le 20/11/2026
Client : SOCIÉTÉ MAROCAINE DES CONSERVES DU SOUSS SA      Bon de commande : SMCS-BC-2026-77
Zone industrielle Anza, Agadir – ICE 001552884000071

Désignation                                                 Montant HT (MAD)
Audit énergétique unité de production                          {fr(D('38000')):>14}
Rapport et recommandations                                     {fr(D('9500')):>14}
                                          Total HT             {fr(c['net']):>14}
                                          TVA 20 %             {fr(c['tax']):>14}
                                          Total TTC            {fr(c['total']):>14}
Arrêtée la présente facture à la somme TTC indiquée ci-dessus.
Règlement par virement – RIB 011 780 0000441187220031 44
"""
add('d3-060','fr','MA','invoice','facture marocaine ICE/IF/RC',t,invoiceNumber='AEC-F-2026/114',issueDate='2026-11-20',currency='MAD',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='ATLAS ÉNERGIE CONSEIL SARL',vatId='40118872',orderNumber='SMCS-BC-2026-77')
# 082 LU invoice German
lu=lu_vat(); ib=iban('LU','0019'+digits(12))
G('d3-082','de','LU','Rechnung Luxemburg, TVA LU, RCS',dict(L_DE,total='Gesamtbetrag TTC',net='Gesamt HT',tax='TVA {} %'),
  dict(name='Moselle Gebäudereinigung S.à r.l.',lines=['12, route de Trèves · L-6793 Grevenmacher','RCS Luxembourg B198774',f'TVA {lu[:0]}LU{lu}']),
  P('Cabinet Fiduciaire Weber & Schmit S.A.',['z. Hd. Frau Anne Weber','45, avenue de la Gare','L-1611 Luxembourg','TVA LU21887744']),
  [('Unterhaltsreinigung Büros November 2026 (Std.)',64,'31.50',17),('Fensterreinigung',1,'420.00',17),('Verbrauchsmaterial',1,'58.20',17)],
  dict(num='MG-26/1142',date='2026-11-30',due='2026-12-15',cur='EUR',extra=[('Vertrag:','RV-2024-09')],notes=[f'Banque: BCEE · IBAN {grp(ib)} · BIC BCEELULL']),
  dict(),iban=ib,vat='LU'+lu)
# 090 PE factura electronica
ruc='20'+digits(8); 
def ruc_ok(r):
    s=sum(int(a)*b for a,b in zip(r,[5,4,3,2,7,6,5,4,3,2])); c=11-s%11; return str(c%10)
ruc=ruc+ruc_ok(ruc)
c=calc([('Servicio de transporte de carga Lima - Arequipa',3,'2800.00',18),('Estiba y desestiba',3,'350.00',18)])
t=f"""TRANSPORTES ANDINOS DEL SUR S.A.C.                     ┌────────────────────────────┐
Av. Argentina 3250, Callao                              │ RUC {ruc:<23}│
                                                        │ FACTURA ELECTRÓNICA        │
                                                        │ F001-00008842              │
                                                        └────────────────────────────┘
Fecha de emisión: 09/11/2026          Fecha de vencimiento: 09/12/2026
Señor(es): MINERA CERRO VERDE HUAYCO S.A.    RUC: 20118874412
Dirección: Calle Mercaderes 118, Arequipa
Orden de compra: OC-4400187    Guía de remisión: T001-0004471
Tipo de moneda: SOLES

Cant.  Descripción                                          V. Unitario      Importe
{chr(10).join(f"{int(l['qty']):>4}   {l['desc']:<50}{en(l['unit']):>12}{en(l['amt']):>13}" for l in c['lines'])}

                                           Op. Gravada     S/ {en(c['net']):>12}
                                           IGV 18%         S/ {en(c['tax']):>12}
                                           Importe Total   S/ {en(c['total']):>12}
Operación sujeta al Sistema de Pago de Obligaciones Tributarias (detracción 4%): Cta. BN 00-041-118872
Representación impresa de la Factura Electrónica. Consulte en sunat.gob.pe
"""
add('d3-090','es','PE','invoice','factura electronica SUNAT with detraccion note',t,invoiceNumber='F001-00008842',issueDate='2026-11-09',dueDate='2026-12-09',currency='PEN',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='TRANSPORTES ANDINOS DEL SUR S.A.C.',vatId=ruc,orderNumber='OC-4400187')
# 092 PH sales invoice
tin=f'{digits(3)}-{digits(3)}-{digits(3)}-00000'
c=calc([('Aircon cleaning - split type (units)',12,'1200.00',12),('Freon recharge R32 (units)',3,'2500.00',12)])
t=f"""                           MABUHAY COOLING SERVICES CORP.
                 3F Unit 5, Rizal Ave. Ext., Brgy. 118, Caloocan City, Metro Manila
                           VAT Reg. TIN: {tin}
SALES INVOICE                                                     No. 004417
Sold to: GREENFIELD BPO SOLUTIONS INC.                           Date: Nov. 26, 2026
TIN: 008-774-112-000                                              Terms: 15 days
Business Address: 21F Ayala North Exchange, Makati City           P.O. No.: GBS-PO-2026-341

QTY   UNIT   ARTICLES                                        UNIT PRICE        AMOUNT
{chr(10).join(f"{int(l['qty']):>3}   unit   {l['desc']:<44}{en(l['unit']):>12}{en(l['amt']):>15}" for l in c['lines'])}

                                          VATable Sales           ₱{en(c['net']):>12}
                                          VAT-Exempt Sales        ₱        0.00
                                          Zero-Rated Sales        ₱        0.00
                                          VAT Amount (12%)        ₱{en(c['tax']):>12}
                                          TOTAL AMOUNT DUE        ₱{en(c['total']):>12}
BIR Authority to Print No. OCN 4AU0001188472  Date Issued 01/15/2025  Series 004001-006000
"""
add('d3-092','en','PH','invoice','Philippine VAT sales invoice with ATP',t,invoiceNumber='004417',issueDate='2026-11-26',currency='PHP',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='MABUHAY COOLING SERVICES CORP.',vatId=tin.replace('-',''),orderNumber='GBS-PO-2026-341')
