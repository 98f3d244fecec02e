from lib import *
# ---------- d4-051 ZA (Pty) Ltd tax invoice two-column
vat = za_vat('441827731')
it_=[('Security guarding - Gate 2, 24h (days)',30,D('1450.00')),('Armed response call-outs',3,D('380.00'))]
net=sum(q(a*p) for _,a,p in it_); tax=q(net*D('0.15')); tot=net+tax
t = f"""
     SENTINEL                                           TAX INVOICE
   protecting what matters

Supplier:                                      Recipient:
Sentinel Risk Solutions (Pty) Ltd              Amandla Cold Storage (Pty) Ltd
Reg. No. 2011/148822/07                        Reg. No. 2004/009917/07
VAT No. {vat}                              VAT No. 4120188433
14 Electron Avenue, Isando, 1600               Plot 71, Kraaifontein Industria
Tel 011 974 2210                               Cape Town, 7570

Invoice No: SRS-INV-30412        Date: 2026/11/30        Account: AMA001
Customer Order No: ACS/PO/8812   Terms: 30 days from statement

Description                                          Qty        Rate          Amount
{chr(10).join(f"{d:<50}{a:>4} {en(p):>11} {en(q(a*p)):>15}" for d,a,p in it_)}

                                              Total Excl. VAT     R {en(net):>12}
                                              VAT @ 15%           R {en(tax):>12}
                                              Total Incl. VAT     R {en(tot):>12}

Banking details: Nedbank, Branch code 198765, Acc. 1128 447 190, Ref: SRS-INV-30412
Directors: T. Mokoena, J.P. van der Merwe
"""
add('d4-051','en','ZA','invoice','brand + tagline, Supplier/Recipient side by side with both VAT nos.',t,invoiceNumber='SRS-INV-30412',issueDate='2026-11-30',
    currency='ZAR',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Sentinel Risk Solutions (Pty) Ltd',vatId=vat,orderNumber='ACS/PO/8812')

# ---------- d4-052 ZA CC credit note
vat = za_vat('473018822')
net=D('-2180.00'); tax=q(net*D('0.15')); tot=net+tax
t = f"""
Karoo Kraft Leatherworks CC
t/a KAROO KRAFT
22 Church Street, Graaff-Reinet, 6280
VAT Reg. No. {vat}   CK 2002/061144/23

CREDIT NOTE  No. KK-CN-0041                     Date: 03 December 2026

Customer: The Vineyard Gift Co. (Pty) Ltd, 9 Dorp Street, Stellenbosch 7600
Customer VAT No. 4019933715
Reference: Your return note RN-2261 / our invoice KK-INV-1187

Description                                   Qty      Unit       Amount
Leather wine carrier, tan (damaged in transit)  -4    545.00   -2,180.00

                                  Sub-total         R -2,180.00
                                  VAT 15%             R -{en(-tax)}
                                  Credit total      R -{en(-tot)}
"""
add('d4-052','en','ZA','credit_note','close corporation with trading-as caps name',t,invoiceNumber='KK-CN-0041',issueDate='2026-12-03',currency='ZAR',
    netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Karoo Kraft Leatherworks CC',vatId=vat)

# ---------- d4-053 NG PLC
it_=[('Diesel AGO delivery (litres)',15000,D('1185.00')),('Haulage & discharge charge',1,D('250000.00'))]
net=sum(q(a*p) for _,a,p in it_); tax=q(net*D('0.075')); tot=net+tax
t = f"""
                                    NIGERGAS
                 Energy that keeps Nigeria moving

                    NIGERGAS ENERGY & LOGISTICS PLC
           RC 1124418 | 17 Creek Road, Apapa, Lagos State
        TIN: 21188472-0001 | VAT: registered with FIRS | +234 1 460 2210

COMMERCIAL INVOICE                                    Invoice No.:  NEL/LAG/26/11/0774
                                                      Invoice Date: 25-Nov-2026
Customer:                                             Due Date:     09-Dec-2026
Ikeja Textile Mills Limited                           LPO No.:      ITM/LPO/2026/318
Plot 12, Oba Akran Avenue, Ikeja, Lagos               Delivery Note: DN-88120
Customer TIN: 00874412-0001

Description                                   Quantity       Unit Price          Amount (NGN)
{chr(10).join(f"{d:<44}{en(a)[:-3]:>10} {en(p):>16} {en(q(a*p)):>20}" for d,a,p in it_)}

                                          Sub-Total            ₦ {en(net):>16}
                                          VAT @ 7.5%           ₦ {en(tax):>16}
                                          TOTAL                ₦ {en(tot):>16}

Amount in words: Nineteen million, three hundred and seventy-six thousand, eight hundred and seventy-five Naira only
Pay to: NIGERGAS ENERGY & LOGISTICS PLC, Zenith Bank Plc, Acct No. 1018847220
"""
add('d4-053','en','NG','invoice','brand + slogan above caps PLC name, customer TIN printed, bank is also a Plc',t,invoiceNumber='NEL/LAG/26/11/0774',
    issueDate='2026-11-25',dueDate='2026-12-09',currency='NGN',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='NIGERGAS ENERGY & LOGISTICS PLC',
    vatId='211884720001',orderNumber='ITM/LPO/2026/318')

# ---------- d4-054 KE eTIMS receipt
a=[('Unga wa Ngano 2kg',2,D('215.00')),('Sukari 1kg',1,D('189.00')),('Maziwa Lala 500ml',3,D('75.00'))]
tot=sum(n*p for _,n,p in a); vatable=D('189.00'); vnet=q(vatable/D('1.16')); vtax=vatable-vnet
t = f"""
        MAMA NJERI'S MINIMART
     Kahawa Wendani Stage, Nairobi
   Njeri & Daughters Enterprises Ltd
       PIN: P051884217K
          Tel 0722 000 418
------------------------------------
CASH SALE      Rcpt No: KWM-0088412
Date: 29/11/2026  Time: 19:04
{chr(10).join(f"{d:<20}{n:>2} x{en(p):>7} {en(n*p):>8}" for d,n,p in a)}
------------------------------------
TOTAL                      KES {en(tot)}
M-PESA                          {en(tot)}
VAT A 16%   Net {en(vnet)}  VAT {en(vtax)}
Exempt/Zero (E)                 {en(tot-vatable)}
CU Serial: KRACU0300018874
CU Invoice No: 0300018874000012771
"""
add('d4-054','en','KE','receipt',"shop brand with apostrophe above Ltd, eTIMS control unit number as distractor",t,invoiceNumber='KWM-0088412',
    issueDate='2026-11-29',currency='KES',totalAmount=tot,taxAmount=vtax,vendorName='Njeri & Daughters Enterprises Ltd',vatId='P051884217K')

# ---------- d4-055 MA SARL
it_=[('Location engin élévateur 3T (jours)',12,D('950.00')),('Transport aller-retour',1,D('1800.00'))]
net=sum(q(a*p) for _,a,p in it_); tax=q(net*D('0.20')); tot=net+tax
ib=None
t = f"""
ATLAS LEVAGE                                                FACTURE N° AL-2026-1144
Location & manutention                                      Casablanca, le 21/11/2026

                                                Client :
                                                STÉ MAGHREB AGRUMES SA
                                                Zone industrielle Aït Melloul, Agadir
                                                ICE : 001882274000035
                                                Bon de commande : BCM-26/771

Désignation                                   Qté      P.U. HT        Montant HT
{chr(10).join(f"{d:<44}{a:>4} {fr(p):>12} {fr(q(a*p)):>16}" for d,a,p in it_)}

                                              Total HT          {fr(net):>12} DH
                                              TVA 20 %          {fr(tax):>12} DH
                                              Total TTC         {fr(tot):>12} DH

Arrêtée la présente facture à la somme de : quinze mille huit cent quarante dirhams TTC.
Règlement par virement : RIB 007 780 0004418822100047 12

ATLAS LEVAGE ET SERVICES SARL AU – Capital 500 000 DH – 117, bd Zerktouni, Casablanca
RC Casablanca 388215 – IF 40218833 – Patente 35701144 – CNSS 7781442 – ICE 002114883000071
"""
add('d4-055','fr','MA','invoice','short brand header, legal SARL AU name only in footer with IF/ICE/RC',t,invoiceNumber='AL-2026-1144',issueDate='2026-11-21',
    currency='MAD',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='ATLAS LEVAGE ET SERVICES SARL AU',vatId='40218833',orderNumber='BCM-26/771')

# ---------- d4-056 SN SA, Prestataire/Client
net=D('2750000'); tax=q(net*D('0.18')); tot=net+tax
t = f"""
TERANGA DIGITAL SERVICES
Votre partenaire numérique en Afrique de l'Ouest

PRESTATAIRE                                   CLIENT
Teranga Digital Services S.A.                 Société Sucrière de la Casamance
Immeuble Kébé, Av. Lamine Guèye               BP 118, Ziguinchor
Dakar Plateau, Sénégal                        NINEA : 004412277 2V2
NINEA : 005881142 2G3                         N° client : CLI-0417
RCCM : SN-DKR-2014-B-22871

FACTURE N° TDS/FAC/2026/0388                  Date : 16/11/2026
Référence commande : BC-SSC-2026-14           Échéance : 16/12/2026

Désignation                                                 Montant HT (FCFA)
Hébergement cloud et infogérance – T4 2026                          2 750 000

Total HT                        {fr(net)[:-3]} FCFA
TVA 18 %                          {fr(tax)[:-3]} FCFA
Total TTC                       {fr(tot)[:-3]} FCFA

Arrêtée la présente facture à la somme de trois millions deux cent quarante-cinq mille francs CFA TTC.
"""
add('d4-056','fr','SN','invoice','brand caps + slogan, Prestataire/Client side by side with both NINEA',t,invoiceNumber='TDS/FAC/2026/0388',issueDate='2026-11-16',
    dueDate='2026-12-16',currency='XOF',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Teranga Digital Services S.A.',vatId='0058811422G3',orderNumber='BC-SSC-2026-14')

# ---------- d4-057 GH Ltd with levies
net=D('12400.00'); nhil=q(net*D('0.025')); getf=q(net*D('0.025')); vat=q(net*D('0.15')); tax=nhil+getf+vat; tot=net+tax
t = f"""
Customer Service: 030 221 8840 | billing@kumasi-printhouse.example

KUMASI PRINTHOUSE                                          VAT INVOICE
"Quality you can read"                                     No. KPH-26-2291
                                                           Date: 24/11/2026
Kwame Asante-Boateng & Co. Ltd
trading as Kumasi Printhouse                               Bill To:
Adum Road, PO Box 1881, Kumasi                             Ashanti Cocoa Traders Ltd
TIN: C0004471882                                           TIN: C0018822041
                                                           PO: ACT-PO-0918

Description                                       Qty     Unit (GHS)     Amount (GHS)
Annual report printing, 64pp full colour          400          31.00        12,400.00

                                         Sub-total              {en(net):>10}
                                         NHIL 2.5%               {en(nhil):>10}
                                         GETFund Levy 2.5%       {en(getf):>10}
                                         VAT 15%                 {en(vat):>10}
                                         Total Payable (GHS)    {en(tot):>10}

Make cheques payable to Kwame Asante-Boateng & Co. Ltd
"""
add('d4-057','en','GH','invoice','customer-service line above brand, legal name with hyphen and & Co. Ltd, cheques-payable line',t,invoiceNumber='KPH-26-2291',
    issueDate='2026-11-24',currency='GHS',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Kwame Asante-Boateng & Co. Ltd',vatId='C0004471882',orderNumber='ACT-PO-0918')

# ---------- d4-058 EG English tax invoice
it_=[('Cold-rolled steel sheet 1.2mm (tonnes)',18,D('41500.00')),('Cutting to size',1,D('6200.00'))]
net=sum(q(a*p) for _,a,p in it_); tax=q(net*D('0.14')); tot=net+tax
t = f"""
Bill to:                                          NILE STEEL TRADING
Delta Appliances Manufacturing S.A.E.             El-Nil for Steel Trading & Distribution S.A.E.
10th of Ramadan City, Industrial Zone A3          26 Gameat El Dowal St., Mohandessin, Giza
Tax Reg. No. 204-118-775                          Tax Registration No. 318-442-771
                                                  Commercial Reg. 88214 Giza

TAX INVOICE                 Invoice No.: NST-E-2026-01877       Date: 19/11/2026
Purchase Order: DAM/PO/4471        Payment: 45 days        e-Invoice UUID: 8KQ2XH7MZ0P4RT9W

Item   Description                                   Qty        Unit price          Total
1      {it_[0][0]:<44}{it_[0][1]:>4} {en(it_[0][2]):>16} {en(q(18*it_[0][2])):>14}
2      {it_[1][0]:<44}{it_[1][1]:>4} {en(it_[1][2]):>16} {en(it_[1][2]):>14}

                                             Total before tax       EGP {en(net):>12}
                                             VAT 14%                EGP {en(tax):>12}
                                             Net amount due         EGP {en(tot):>12}
"""
add('d4-058','en','EG','invoice','buyer left, seller right with caps brand above legal S.A.E. name; customer tax no.',t,invoiceNumber='NST-E-2026-01877',
    issueDate='2026-11-19',currency='EGP',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='El-Nil for Steel Trading & Distribution S.A.E.',
    vatId='318442771',orderNumber='DAM/PO/4471')

# ---------- d4-059 DE self-billing Gutschrift (buyer issues)
sup_vat = de_vat('27718402'); buy_vat = de_vat('11349087'); ib = iban('DE', '21750000' + '0088122714')
kg=D('182440'); price=D('0.4520'); net=q(kg*price); tax=q(net*D('0.07')); tot=net+tax
t = f"""
Meierei Nordangeln eG
Molkereistraße 2 · 24392 Süderbrarup · USt-IdNr. {buy_vat}

                                                    Milchgeldabrechnung
Lieferant (Leistender):
Milchhof Jannsen & Söhne OHG                        Gutschrift Nr.: MG-2026-11-0417
Norderfeld 9                                        Abrechnungsdatum: 05.12.2026
24409 Stoltebüll                                    Lieferzeitraum: 01.11.–30.11.2026
USt-IdNr. des Lieferanten: {sup_vat}             Lieferanten-Nr.: 0417
                                                    Kontrakt-Nr.: K-2026-33

GUTSCHRIFT (Abrechnung im Gutschriftsverfahren gemäß § 14 Abs. 2 Satz 2 UStG)

Position                                    Menge kg     Preis €/kg        Betrag €
Milchgeld Grundpreis 4,2 % Fett/3,4 % EW     {de(kg)[:-3]:>8}        0,4520      {de(net):>10}

                                           Nettobetrag                {de(net):>10}
                                           USt 7 %                     {de(tax):>10}
                                           Auszahlungsbetrag          {de(tot):>10}

Die Auszahlung erfolgt auf Ihr Konto IBAN {ib4(ib)} (Kontoinhaber: Milchhof Jannsen & Söhne OHG).
Sollten Sie mit dieser Abrechnung nicht einverstanden sein, widersprechen Sie bitte innerhalb von 4 Wochen.
Meierei Nordangeln eG · Amtsgericht Flensburg GnR 118 · Vorstand: K. Thomsen, H. Rahlf
"""
add('d4-059','de','DE','invoice','self-billing: buyer letterhead, vendor is the Lieferant (Leistender) block',t,invoiceNumber='MG-2026-11-0417',issueDate='2026-12-05',
    currency='EUR',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Milchhof Jannsen & Söhne OHG',iban=ib,vatId=sup_vat)

# ---------- d4-060 BE French note de crédit, brand header, legal name footer
vat = be_vat('06418873'); acc='0012218843'; ck=int(acc)%97 or 97; ib=iban('BE', acc+f'{ck:02d}')
it_=[('Panier bio familial – livraison annulée 14/11',1,D('-62.26')),('Frais de livraison',1,D('-4.50'))]
n6=D('-62.26'); t6=q(n6*D('0.06')); n21=D('-4.50'); t21=q(n21*D('0.21'))
net=n6+n21; tax=t6+t21; tot=net+tax
t = f"""
BRUXELLES BIO                                              NOTE DE CRÉDIT
paniers de saison livrés chez vous

Client : Mme Hélène Van Acker-Dubois                       N° : NC-26-00193
Av. Brugmann 201, bte 4                                     Date : 18/11/2026
1190 Forest                                                 Réf. client : 77210
                                                            Concerne facture : F-26-08811

Description                                          TVA       Montant HTVA
{it_[0][0]:<52}6 %    {fr(n6):>10}
{it_[1][0]:<52}21 %   {fr(n21):>10}

Total HTVA                       {fr(net)} €
TVA 6 %                           {fr(t6)} €
TVA 21 %                          {fr(t21)} €
Total note de crédit             {fr(tot)} €

Le montant sera remboursé sur votre compte dans les 5 jours ouvrables.

Bruxelles Bio est une marque de Les Jardins d'Ixelles SRL – Rue Gray 57, 1050 Ixelles
TVA {vat[:2]} {vat[2:6]}.{vat[6:9]}.{vat[9:]} – RPM Bruxelles – IBAN {ib4(ib)} – BIC GEBABEBB
"""
add('d4-060','fr','BE','credit_note','brand + tagline header, legal SRL name only in footer ("une marque de")',t,invoiceNumber='NC-26-00193',issueDate='2026-11-18',
    currency='EUR',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName="Les Jardins d'Ixelles SRL",iban=ib,vatId=vat)
