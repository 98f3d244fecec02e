from docs12 import *
usd=lambda x: nf(x,'en')
# 069 US customs broker / freight forwarder
duty=D('4812.66'); mpf=D('614.35'); hmf=D('187.22'); brok=D('175.00'); isf=D('45.00'); ocean=D('2850.00'); drayage=D('685.00'); chassis=D('120.00')
tot=duty+mpf+hmf+brok+isf+ocean+drayage+chassis
t=f"""GULFSTREAM CUSTOMS & LOGISTICS, INC.
Licensed U.S. Customs Broker · FMC OTI No. 028841N
2100 Port Blvd, Suite 310, Houston, TX 77029 · (713) 555-0177

INVOICE                                             Invoice No:    GCL-HOU-118472
                                                    Invoice Date:  11/20/2026
Bill To:                                            Due Date:      12/05/2026
Lone Star Patio Furniture LLC                       Customer ID:   LSPF01
8800 Westpark Dr                                    Your Ref/PO:   LSP-IMP-2026-044
Houston, TX 77063

SHIPMENT DETAILS
Master B/L: ONEYSHAU44187720      House B/L: GCLSHA2611047        Vessel/Voyage: ONE HARMONY 044E
Container: TCNU 418872 5 (40'HC)  Entry No: 8NP-0114472-3         Port of Entry: 5301 Houston
ETA: 11/14/2026                   Origin: Shanghai, CN            Commercial Inv.: SHTX-26-0918
Gross weight: 8,420 KGS           Pieces: 412 CTNS

Description                                                               Amount (USD)
Customs duties (HTS 9401.79.0050, paid on client's behalf)                   {usd(duty):>10}
Merchandise Processing Fee (MPF)                                             {usd(mpf):>10}
Harbor Maintenance Fee (HMF)                                                 {usd(hmf):>10}
Customs brokerage – formal entry                                             {usd(brok):>10}
ISF filing (10+2)                                                            {usd(isf):>10}
Ocean freight Shanghai – Houston (CY/CY)                                     {usd(ocean):>10}
Drayage Barbours Cut – consignee                                             {usd(drayage):>10}
Chassis rental (2 days)                                                      {usd(chassis):>10}
                                                                           -----------
TOTAL DUE                                                                    {usd(tot):>10}

Duties and fees advanced are due upon receipt. No sales tax applies to transportation/customs services.
Remit ACH: Bayou National Bank, ABA 113000023, Acct 4418870021. Subject to NCBFAA terms and conditions.
"""
add('d3-069','en','US','invoice','customs broker/forwarder, B/L, container, entry numbers',t,invoiceNumber='GCL-HOU-118472',issueDate='2026-11-20',dueDate='2026-12-05',currency='USD',totalAmount=tot,vendorName='GULFSTREAM CUSTOMS & LOGISTICS, INC.',orderNumber='LSP-IMP-2026-044')
# 070 Peppol BIS rendering, NL seller, English
v=vat_NL(); ib=iban('NL','ABNA'+digits(10))
c=calc([('Laboratory pipette tips 200µl, box of 960',40,'38.90',21),('Nitrile gloves M, case 10x100',15,'64.00',21),('Shipping',1,'25.00',21)])
ll='\n'.join(f"  Line {i}: {l['desc']}\n    Quantity: {l['qty']} C62   Price: {l['unit']}   VAT: S {l['rate']}%   Line net amount: {l['amt']}" for i,l in enumerate(c['lines'],1))
t=f"""PEPPOL BIS Billing 3.0 – Invoice (human-readable view)
Document type code: 380 Commercial invoice
Invoice number: LB-INV-26-03317
Issue date: 2026-11-12
Due date: 2026-12-12
Document currency: EUR
Buyer reference: PROC-LAB-7781
Purchase order reference: 4700881923
Project reference: GRANT-H2-044

Seller
  Name: LabBridge Supplies B.V.
  Endpoint ID: 0106:81144728
  Address: Bioscience Park 14, 2333 CA Leiden, NL
  VAT identifier: {v}
  Legal registration (KvK): 81144728
Buyer
  Name: Universitair Onderzoekscentrum Brugge vzw
  Endpoint ID: 0208:0455112840
  VAT identifier: BE0455112840

Payment means: 30 Credit transfer   Account: {ib}   Payment ID: LB-INV-26-03317

Invoice lines
{ll}

Document totals
  Sum of line net amounts: {c['net']}
  Invoice total without VAT: {c['net']}
  Invoice total VAT amount: {c['tax']}
  Invoice total with VAT: {c['total']}
  Amount due for payment: {c['total']}
VAT breakdown: S 21% taxable {c['net']} tax {c['tax']}
"""
add('d3-070','en','NL','invoice','Peppol BIS 3.0 human-readable rendering',t,invoiceNumber='LB-INV-26-03317',issueDate='2026-11-12',dueDate='2026-12-12',currency='EUR',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='LabBridge Supplies B.V.',iban=ib,vatId=v,orderNumber='4700881923')
# 071 marketplace issued on behalf of seller (DE, English)
sv=vat_DE()
c=calc([('Espresso machine dual boiler, stainless',1,'1091.60',19),('Tamper 58 mm',1,'33.53',19),('Shipping',1,'4.19',19)])
t=f"""Tradora Marketplace
Invoice

This invoice was issued by Tradora Marketplace Europe S.à r.l. on behalf of and in the name of the seller
(self-billing on behalf of third-party seller).

Sold by:                                              Invoice to:
Kaffeewerk Lindner GmbH                               Tomás Herrera
Gewerbepark Süd 7                                     Bergmannstr. 44
86899 Landsberg am Lech, Germany                      10961 Berlin
VAT ID: {sv}

Invoice number: DE6-KL-2026-04417                     Order number: 303-8841227-5512904
Invoice date: 17.11.2026                              Delivery date: 15.11.2026

Item                                         Qty   Unit price (net)   VAT rate   Total (gross)
Espresso machine dual boiler, stainless        1         1,091.60        19%         1,299.00
Tamper 58 mm                                   1            33.53        19%            39.90
Shipping                                       1             4.19        19%             4.99

                                             Total net                 {usd(c['net']):>10} €
                                             VAT 19%                   {usd(c['tax']):>10} €
                                             Total                     {usd(c['total']):>10} €
Paid with: credit card on 14.11.2026

Tradora Marketplace Europe S.à r.l., 5 Rue de Bitbourg, L-1273 Luxembourg, VAT LU27744812
"""
add('d3-071','en','DE','invoice','marketplace invoice issued on behalf of seller',t,invoiceNumber='DE6-KL-2026-04417',issueDate='2026-11-17',currency='EUR',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='Kaffeewerk Lindner GmbH',vatId=sv,orderNumber='303-8841227-5512904')
# 072 FR marketplace on behalf, French
sir=siren(); v=vat_FR(sir)
c=calc([('Vélo cargo électrique 2 roues – Cadre L',1,'2915.83',20),('Antivol U homologué',1,'49.92',20)])
t=f"""Chinook – place de marché
FACTURE ÉMISE PAR CHINOOK SAS AU NOM ET POUR LE COMPTE DU VENDEUR

Vendeur : Cycles Beaulieu SARL                       Client : Mme Élodie Marchand
15 rue des Tanneurs, 37000 Tours                     8 allée des Capucines, 44000 Nantes
SIRET {sir}00019 – TVA {v}

Facture n° CHK-CB-261104-77                          Commande n° CMD-7718442
Date de facture : 04/11/2026                         Date de livraison : 03/11/2026

Article                                              Qté     PU HT       TVA      Total TTC
Vélo cargo électrique 2 roues – Cadre L                1   2 915,83      20 %      3 499,00
Antivol U homologué                                    1      49,92      20 %         59,90

                                       Total HT        {fr(c['net']):>10} €
                                       TVA 20 %        {fr(c['tax']):>10} €
                                       Total TTC       {fr(c['total']):>10} €
                                       Déjà payé       {fr(c['total']):>10} €

Chinook SAS – 80 rue de Rivoli 75004 Paris – RCS Paris 901 447 128 – TVA FR63901447128
"""
add('d3-072','fr','FR','invoice','marketplace invoice au nom et pour le compte du vendeur',t,invoiceNumber='CHK-CB-261104-77',issueDate='2026-11-04',currency='EUR',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='Cycles Beaulieu SARL',vatId=v,orderNumber='CMD-7718442')
