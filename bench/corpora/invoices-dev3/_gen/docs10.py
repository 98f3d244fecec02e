from docs9 import *
# 049 CA Ontario HST invoice
bn=ca_bn()
G('d3-049','en','CA','invoice HST, bill to/ship to, BN RT',dict(L_EN,vatc='HST',title='INVOICE',tax='HST {}% (ON)',num='Invoice #',order='Customer PO #'),
  dict(name='Northbay Millwork Ltd.',lines=['1180 Lakeshore Rd. E, Unit 4','Mississauga, ON  L5E 1E9','(905) 555-0191',f'HST Reg. No. {bn} RT0001']),
  dict(name='Cedarvale Dental Group',lines=['Attn: Office Manager','88 Eglinton Ave W, Suite 300','Toronto, ON  M4R 1A2']),
  [('Reception desk, quartz top, custom',1,'6850.00',13),('Operatory cabinets (set)',4,'1925.00',13),('Delivery & installation',1,'780.00',13)],
  dict(num='NBM-10442',date='2026-11-17',due='2026-12-17',cur='CAD',order='CDG-2026-19',extra=[('Terms:','Net 30'),('Account:','CED-0091')],notes=['Payments by EFT or cheque payable to Northbay Millwork Ltd.','Interest of 2% per month on overdue accounts.']),
  dict(),vat=f'{bn}RT0001')
# 050 CA Québec facture TPS/TVQ
bn=ca_bn(); tvq=digits(10)
c=calc([('Déneigement stationnement – saison 2026-2027 (vers. 1 de 3)',1,'2400.00',0),('Épandage abrasif (tonnes)',3,'95.00',0)])
tps=r2(c['net']*D('0.05')); tvqa=r2(c['net']*D('0.09975')); tot=c['net']+tps+tvqa
t=f"""LES ENTREPRISES GAGNON ET FILS INC.
2245, boul. Talbot, Saguenay (Québec)  G7H 7Y4   Tél. : 418 555-0167

FACTURE                                                 No de facture : 2026-0588
                                                        Date : 2026-11-15
Facturer à :                                            Échéance : 2026-12-15
Syndicat de copropriété Le Boisé-Racine                 Bon de commande : SDC-BR-14
1400, rue Racine Est
Chicoutimi (Québec) G7H 1S4

Description                                                          Qté    Prix unit.      Montant
{c['lines'][0]['desc']:<64}{1:>5}{fr(D('2400')):>13}{fr(c['lines'][0]['amt']):>13}
{c['lines'][1]['desc']:<64}{3:>5}{fr(D('95')):>13}{fr(c['lines'][1]['amt']):>13}

                                                         Sous-total              {fr(c['net']):>12} $
                                                         TPS 5 %                 {fr(tps):>12} $
                                                         TVQ 9,975 %             {fr(tvqa):>12} $
                                                         Total                   {fr(tot):>12} $

No TPS : {bn} RT0001      No TVQ : {tvq} TQ0001
Merci de votre confiance!
"""
add('d3-050','fr','CA','invoice','Québec facture TPS/TVQ',t,invoiceNumber='2026-0588',issueDate='2026-11-15',dueDate='2026-12-15',currency='CAD',netAmount=c['net'],taxAmount=tps+tvqa,totalAmount=tot,vendorName='LES ENTREPRISES GAGNON ET FILS INC.',vatId=f'{bn}RT0001',orderNumber='SDC-BR-14')
# 051 AU tax invoice Pty Ltd, brand
ab=abn(); abf=f'{ab[:2]} {ab[2:5]} {ab[5:8]} {ab[8:]}'
G('d3-051','en','AU','tax invoice brand over Pty Ltd, ABN, BSB',dict(L_EN,num='Invoice Number',date='Invoice Date',due='Due Date',order='Reference',tax='GST {}%',total='TOTAL AUD'),
  dict(name='Coastline Irrigation Services Pty Ltd',brand='COASTLINE IRRIGATION',lines=[f'ABN {abf}','PO Box 1184, Maroochydore QLD 4558','Ph 07 5555 0142']),
  dict(name='Sunshine Turf Farms Pty Ltd',lines=['Attention: Accounts Payable','412 Yandina-Coolum Rd','Coolum Beach QLD 4573']),
  [('Supply 50mm poly pipe (100 m roll)',6,'289.00',10),('Solenoid valve 1.5" BSP',8,'118.50',10),('Labour - install & commission (hrs)',14,'95.00',10)],
  dict(num='INV-003318',date='2026-11-21',due='2026-12-05',cur='AUD',order='STF-PO-2291',notes=['Payment: BSB 484-799  Account 2211 4471  Ref INV-003318','Please allow 2 business days for EFT to clear.']),
  dict(),vat=ab)
# 052 NZ GST
gst=nz_gst()
G('d3-052','en','NZ','tax invoice, GST number with dashes, small business',dict(L_EN,title='TAX INVOICE',tax='GST {}%',total='Total NZD'),
  dict(name='Kōwhai Landscape Design',brand='Kōwhai Landscape Design',lines=['14 Rimu Street, Nelson 7010',f'GST No: {gst[:2]}-{gst[2:5]}-{gst[5:]}']),
  dict(name='Tasman Bay Holiday Park',lines=['Attn: Sarah Whitfield','2 Beach Road, Motueka 7120']),
  [('Concept plan - entrance garden',1,'1450.00',15),('Native plants supply (PB5)',85,'14.90',15),('Planting labour (hrs)',22,'62.00',15)],
  dict(num='KLD-0217',date='2026-11-08',due='2026-11-20',cur='NZD',notes=['Direct credit to 02-0800-0441187-00']),
  dict(footer=True),vat=gst)
# 053 IE utility bill (electricity) English
v=ie_vat(); ib=iban('IE','BOFI'+'900017'+digits(8))
day=r2(D('1184')*D('0.3412')); night=r2(D('402')*D('0.1875')); sc=r2(D('61')*D('0.7126')); pso=D('0.00'); disc=D('-24.18')
net=day+night+sc+pso+disc; vt=r2(net*D('0.09')); tot=net+vt
t=f"""Brightwater Energy
                                                          Account number   7700 4418 221
Mr Cian O'Donovan                                         Bill number      BWE-884127-11
Apt 6, The Granary                                        Bill date        14 Nov 2026
Lower Glanmire Road                                       Billing period   13 Sep 2026 - 12 Nov 2026
Cork T23 X4K2                                             MPRN             10 008 441 276

Amount due  €{en(tot)}
This will be debited from your account ending 8812 on or after 02 Dec 2026.

Your charges                                Units        Rate           Amount
Day units                                  1,184 kWh    34.12c      €{en(day):>9}
Night units                                  402 kWh    18.75c      €{en(night):>9}
Standing charge                               61 days   71.26c/day   €{en(sc):>9}
PSO levy                                                             €{en(pso):>9}
Discount 9% on unit rates (Online Saver)                            -€{en(-disc):>9}
Total before VAT                                                     €{en(net):>9}
VAT @ 9%                                                             €{en(vt):>9}
Total charges this period                                            €{en(tot):>9}

Meter readings: Day 31,447 (A) / Night 12,028 (A).   A = actual, E = estimated
Brightwater Energy Supply Designated Activity Company, trading as Brightwater Energy.
Registered in Ireland No. 588127. VAT No. {v}. IBAN for payments: {grp(ib)}
"""
add('d3-053','en','IE','invoice','electricity bill, MPRN, direct debit, DAC trading-as',t,invoiceNumber='BWE-884127-11',issueDate='2026-11-14',dueDate='2026-12-02',currency='EUR',netAmount=net,taxAmount=vt,totalAmount=tot,vendorName='Brightwater Energy Supply Designated Activity Company',iban=ib,vatId=v)
