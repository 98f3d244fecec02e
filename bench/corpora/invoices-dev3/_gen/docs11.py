from docs10 import *
gbp=lambda x: nf(x,'en')
# 054 GB construction valuation/payment application with retention, reverse charge? keep standard VAT
v=gb_vat()
gross=D('1284750.00'); ret=r2(gross*D('0.03')); prev=D('1018422.50'); net=gross-ret-prev; vt=r2(net*D('0.20')); tot=net+vt
t=f"""                                                                            Page 1 of 2
HARTLEY & CROSS CONSTRUCTION LIMITED
Unit 9, Meridian Business Park, Leicester LE19 1WX · 0116 555 0133
Registered in England & Wales No. 08841127 · VAT Reg No. {v[:2]} {v[2:5]} {v[5:9]} {v[9:]}

VAT INVOICE – INTERIM APPLICATION FOR PAYMENT No. 11

To: Charnwood Homes (Midlands) Ltd                         Invoice No:      HC-INV-5521
    Commercial Department                                  Tax point:       27/11/2026
    Charnwood House, 4 Forest Road                         Valuation date:  24/11/2026
    Loughborough LE11 3NP                                  Contract:        JCT D&B 2016 – Plot 1-24, Quorn Fields
                                                           Your PO:         CHM-QF-00417
                                                           Payment due:     11/12/2026

                                                                                         £
Gross valuation of works to date                                               {gbp(gross):>14}
Less retention @ 3%                                                            ({gbp(ret):>12})
Net valuation                                                                  {gbp(gross-ret):>14}
Less previously certified (Applications 1–10)                                  ({gbp(prev):>12})
Amount due this application (excl. VAT)                                        {gbp(net):>14}
VAT @ 20%                                                                      {gbp(vt):>14}
TOTAL PAYABLE                                                                  {gbp(tot):>14}
\f                                                                            Page 2 of 2
SUMMARY OF VALUATION
Ref   Element                                   Contract sum      % complete      Value to date
1     Substructure                              212,400.00           100%          212,400.00
2     Frame & upper floors                      318,900.00           100%          318,900.00
3     Roof                                      146,250.00            95%          138,937.50
4     External walls, windows & doors           284,600.00            88%          250,448.00
5     Internal finishes                         241,800.00            52%          125,736.00
6     Services (M&E)                            302,480.00            67%          202,661.60
7     Preliminaries                                                                   35,666.90
                                                                     Total      {gbp(gross):>14}
Bank: Midshire Bank plc · Sort code 40-12-76 · Account 55102284 · Remittances to accounts@hartleycross.example
"""
add('d3-054','en','GB','invoice','construction interim application, retention, previously certified, 2 pages',t,invoiceNumber='HC-INV-5521',issueDate='2026-11-27',dueDate='2026-12-11',currency='GBP',netAmount=net,taxAmount=vt,totalAmount=tot,vendorName='HARTLEY & CROSS CONSTRUCTION LIMITED',vatId=v,orderNumber='CHM-QF-00417')
# 055 GB credit note
v=gb_vat()
c=calc([('Return: Oak veneer door blank 2040x826 (damaged)',3,'118.00',20),('Return: Lever handle set satin chrome',3,'24.50',20),('Restocking fee waived',1,'0.00',20)])
t=f"""CREDIT NOTE
                                                         Credit Note No:  CN-00784
Peak District Timber Supplies Ltd                        Date:            18/11/2026
Station Yard, Hope Road                                  Original Inv:    INV-041877 (02/11/2026)
Bakewell DE45 1GZ                                        Account:         BUCK01
VAT No: {v}                                              Your Ref:        RMA-2211

Credit To:
Buckley Joinery & Sons
14 Mill Lane, Matlock DE4 3NP

Qty   Description                                          Unit £       Net £    VAT
{chr(10).join(f"{int(l['qty']):>3}   {l['desc']:<50}{gbp(l['unit']):>8}{gbp(l['amt']):>12}    20%" for l in c['lines'])}

                                                Net credit           £{gbp(c['net']):>10}
                                                VAT credit           £{gbp(c['tax']):>10}
                                                TOTAL CREDIT         £{gbp(c['total']):>10}

This credit will be offset against your next statement.
"""
add('d3-055','en','GB','credit_note','credit note referencing original invoice',t,invoiceNumber='CN-00784',issueDate='2026-11-18',currency='GBP',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='Peak District Timber Supplies Ltd',vatId=v)
# 056 NG invoice
tin=digits(8)+'-0001'
c=calc([('Diesel generator servicing 250kVA',2,'185000.00',7.5),('Replacement fuel filters',6,'14500.00',7.5),('Logistics - Ikeja to Lekki',1,'25000.00',7.5)])
t=f"""                                   OKONKWO POWER SOLUTIONS NIGERIA LIMITED
                           RC 1184472 · 12 Oba Akran Avenue, Ikeja, Lagos State
                              +234 803 555 0192 · accounts@okonkwopower.example
                                         TIN: {tin}

INVOICE                                                    Invoice No: OPS/LAG/2026/0419
                                                           Date: 24 November 2026
Bill to: Lekki Gardens Estate Facility Mgt Ltd            Due: 08 December 2026
         Plot 3, Admiralty Way, Lekki Phase 1, Lagos       LPO No: LGE/LPO/26/118
         TIN 20118874-0001

S/N  Description                                  Qty     Unit Price (₦)        Amount (₦)
{chr(10).join(f"{i:<5}{l['desc']:<44}{int(l['qty']):>4}{gbp(l['unit']):>18}{gbp(l['amt']):>18}" for i,l in enumerate(c['lines'],1))}

                                                     Sub-total        ₦{gbp(c['net']):>14}
                                                     VAT (7.5%)       ₦{gbp(c['tax']):>14}
                                                     Total            ₦{gbp(c['total']):>14}

Bank: Zenith Bank Plc · Account Name: Okonkwo Power Solutions Nigeria Limited · Account No: 1014477281
Withholding tax certificates should be forwarded to accounts@okonkwopower.example
"""
add('d3-056','en','NG','invoice','Nigerian invoice with LPO, VAT 7.5%, TIN',t,invoiceNumber='OPS/LAG/2026/0419',issueDate='2026-11-24',dueDate='2026-12-08',currency='NGN',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='OKONKWO POWER SOLUTIONS NIGERIA LIMITED',vatId=tin.replace('-',''),orderNumber='LGE/LPO/26/118')
# 057 ZA tax invoice
zv=za_vat()
G('d3-057','en','ZA','tax invoice (Pty) Ltd, VAT reg no, customer VAT',dict(L_EN,vatc='VAT',tax='VAT {}%',num='Tax Invoice No:',order='Order No:',total='Total Due (ZAR)',nf='sv',df='{y}/{m}/{d}'),
  dict(name='Karoo Solar Installations (Pty) Ltd',lines=['Reg. No. 2017/448812/07','21 Voortrekker Street, Graaff-Reinet 6280',f'VAT Reg. No. {zv}','Tel 049 555 0184']),
  dict(name='Camdeboo Guest Farm CC',lines=['PO Box 77, Graaff-Reinet 6280','VAT No. 4880211774']),
  [('5.5 kW hybrid inverter',1,'18950.00',15),('Lithium battery 5.12 kWh',2,'21400.00',15),('PV panel 550 W',12,'2150.00',15),('Installation & CoC',1,'9800.00',15)],
  dict(num='KSI-2611-088',date='2026-11-11',due='2026-11-25',cur='ZAR',order='CGF-0031',notes=['Banking details: Karoo Community Bank, Branch 250655, Acc 62884471120','Goods remain the property of Karoo Solar Installations (Pty) Ltd until paid in full.']),
  dict(),vat=zv)
