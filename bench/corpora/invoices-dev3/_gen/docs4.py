from docs3 import *
# 004 CH construction progress invoice with retention and previous payments
u=che(); ib=iban('CH','00762'+digits(12)); uf=f'CHE-{u[:3]}.{u[3:6]}.{u[6:]}'
contract=D('486500.00'); done=D('0.62'); work=r2(contract*done); ret=r2(work*D('0.10')); prev=D('241400.00')
net=work-ret-prev; tax=r2(net*D('0.081')); tot=net+tax
t=f"""FROMM BAU
Fromm Bauunternehmung AG
Industriestrasse 44
8404 Winterthur
Tel. 052 244 18 00
{uf} MWST

                                                   Wohnbaugenossenschaft Talacker
                                                   Herr Beat Zürcher, Bauherrenvertreter
                                                   Talackerweg 2
                                                   8400 Winterthur

Winterthur, 25. November 2026

3. ABSCHLAGSRECHNUNG Nr. 2026-AR-0318
Objekt: Ersatzneubau Talacker, Haus B – Baumeisterarbeiten
Werkvertrag Nr. WV-1187 vom 14.03.2026          Ihre Referenz / Bestellung: TAL-B-BM-01
Leistungsstand per 20.11.2026 gemäss Ausmass Beilage 3

                                                                               CHF
Werkvertragssumme (netto)                                              {ch(contract):>14}
Ausgeführte Leistungen 62 %                                            {ch(work):>14}
./. Rückbehalt 10 %                                                   -{ch(ret):>13}
./. bisherige Abschlagszahlungen (AR-0117, AR-0209)                   -{ch(prev):>13}
                                                                       --------------
Zwischentotal netto                                                    {ch(net):>14}
MWST 8.1 %                                                             {ch(tax):>14}
                                                                       ==============
Zahlbetrag dieser Abschlagsrechnung                                    {ch(tot):>14}

Zahlbar innert 30 Tagen netto bis 25.12.2026.
Der Rückbehalt wird gegen Solidarbürgschaft nach Abnahme freigegeben.

------------------------------------------------------------------------------------------
Empfangsschein                     Zahlteil QR-Rechnung
Konto / Zahlbar an                 Konto / Zahlbar an
{grp(ib)}         {grp(ib)}
Fromm Bauunternehmung AG           Fromm Bauunternehmung AG
Industriestrasse 44                Referenz 21 00000 00003 13947 14300 09017
8404 Winterthur                    Währung  Betrag
Währung  Betrag                    CHF      {ch(tot)}
CHF      {ch(tot)}
"""
add('d3-004','de','CH','invoice','construction progress invoice, retention, previous payments, QR bill',t,invoiceNumber='2026-AR-0318',issueDate='2026-11-25',dueDate='2026-12-25',currency='CHF',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Fromm Bauunternehmung AG',iban=ib,vatId=f'CHE{u}MWST',orderNumber='TAL-B-BM-01')

# 005 DE freelancer person
v=vat_DE(); ib=iban('DE','43060967'+digits(10))
c=calc([('Übersetzung DE>EN Geschäftsbericht 2025 (Normzeilen)',1260,'1.45',19),('Fachlektorat (Std.)',6,'58.00',19)])
t=f"""Katharina Wendt
Fachübersetzungen Englisch · Ermächtigte Übersetzerin (LG Bochum)
Hattinger Str. 210 · 44795 Bochum · 0234 9471 22 · kw@wendt-uebersetzungen.example

Wendt, Hattinger Str. 210, 44795 Bochum
Ruhrtal Energie AG
Investor Relations
z. Hd. Frau Öztürk
Universitätsstr. 60
44789 Bochum
                                                      Bochum, 16.11.2026
                                                      Steuernummer: 306/5118/2274
                                                      USt-IdNr.: {v[:2]} {v[2:5]} {v[5:8]} {v[8:]}

Rechnung Nr. 2026-047
Ihr Auftrag vom 21.10.2026, Bestell-Nr. RE-IR-26-1188
Leistungszeitraum: 22.10.–13.11.2026

Leistung                                                   Menge      Preis        Betrag
Übersetzung DE>EN Geschäftsbericht 2025                 1.260 NZ     1,45 €    {de(c['lines'][0]['amt']):>10} €
Fachlektorat                                              6 Std.    58,00 €    {de(c['lines'][1]['amt']):>10} €
                                                                   Netto      {de(c['net']):>10} €
                                                                   19 % USt   {de(c['tax']):>10} €
                                                                   Gesamt     {de(c['total']):>10} €

Bitte überweisen Sie den Betrag bis zum 30.11.2026 auf mein Konto:
Katharina Wendt · GLS Bank · IBAN {grp(ib)} · BIC GENODEM1GLS

Mit freundlichen Grüßen
Katharina Wendt
"""
add('d3-005','de','DE','invoice','freelancer person, letter style',t,invoiceNumber='2026-047',issueDate='2026-11-16',dueDate='2026-11-30',currency='EUR',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='Katharina Wendt',iban=ib,vatId=v,orderNumber='RE-IR-26-1188')

# 006 DE Rechnungskorrektur (credit note) referencing original
v=vat_DE(); ib=iban('DE','70020270'+digits(10))
G('d3-006','de','DE','Rechnungskorrektur/Gutschrift referencing original invoice',dict(L_DE,title='RECHNUNGSKORREKTUR (STORNO)',num='Korrektur-Nr.:',date='Datum:',total='Gutschriftsbetrag'),
  dict(name='BAVARIA OFFICE SUPPLY GMBH',brand='b.o.s.',lines=['Landsberger Str. 402 · 81241 München','Tel. 089 889 41-0 · Fax 089 889 41-99',f'USt-IdNr. {v}']),
  P('Kanzlei Hofbauer & Partner mbB',['Kundennr. 44871','Maximilianstraße 12','80539 München']),
  [('Rücknahme Bürostuhl ergo 3D (Transportschaden)',2,'289.00',19),('Gutschrift anteilige Versandkosten',1,'14.90',19)],
  dict(num='KR-2026-00219',date='2026-11-26',cur='EUR',extra=[('Bezug auf Rechnung:','RE-2026-18834 vom 03.11.2026'),('Lieferschein:','LS-771204')],
       notes=['Der Betrag wird Ihrem Kundenkonto gutgeschrieben bzw. mit offenen Posten verrechnet.',f'Bankverbindung: HypoVereinsbank · IBAN {grp(ib)}','Geschäftsführer: Anton Reiser · Amtsgericht München HRB 119887']),
  dict(neg=True),dtype='credit_note',iban=ib,vat=v,vendor='BAVARIA OFFICE SUPPLY GMBH')

# 007 FR telecom bill
sir=siren(); v=vat_FR(sir)
ht=D('32.49')+D('8.33')+D('4.16'); tv=r2(ht*D('0.20')); ttc=ht+tv
t=f"""VELTIS TELECOM
Votre facture                                                       Facture n° FM2611-04471829
                                                                    du 06/11/2026
M. Karim Benali                                                     N° client : 3.114.887.02
Résidence Les Tilleuls, Bât. C                                      N° de ligne : 06 •• •• 41 17
14 avenue Jean Jaurès                                               Contrat : CT-88712445
69007 LYON                                                          Période : du 06/11/2026 au 05/12/2026

Montant à payer : {fr(ttc)} €
Prélevé à partir du 21/11/2026 sur le compte FR76 •••• •••• •••• •••• •••• 318

Détail de votre facture                                           Montant HT    Montant TTC
Forfait Fibre Max 2 Gb/s (06/11 au 05/12)                             32,49          38,99
Option TV Découverte                                                   8,33           10,00
Location décodeur                                                      4,16            4,99
Communications hors forfait                                            0,00            0,00
                                                                 ----------     ----------
Total HT                                                          {fr(ht):>10}
TVA 20 %                                                          {fr(tv):>10}
Total TTC                                                                       {fr(ttc):>10}

Vos consommations : 612 Go de données, 3 h 12 min d'appels vers fixes et mobiles (inclus).

Veltis Telecom SAS au capital de 2 000 000 € – RCS Lyon {sir[:3]} {sir[3:6]} {sir[6:]} – TVA intracommunautaire {v}
Siège : 40 quai Rambaud, 69002 Lyon – Service client 3976 (service gratuit + prix appel)
"""
add('d3-007','fr','FR','invoice','telecom bill, direct debit, legal name in footer',t,invoiceNumber='FM2611-04471829',issueDate='2026-11-06',dueDate='2026-11-21',currency='EUR',netAmount=ht,taxAmount=tv,totalAmount=ttc,vendorName='Veltis Telecom SAS',vatId=v)

# 008 FR law firm honoraires
sir=siren(); v=vat_FR(sir); ib=iban('FR','30004'+'00812'+digits(11)+digits(2))
hrs=[('03/11/2026','Me A. Carrère','Analyse du protocole de cession et note',D('3.5'),D('420')),('07/11/2026','Me L. Nguyen','Recherches jurisprudentielles clause de garantie',D('5.25'),D('260')),('12/11/2026','Me A. Carrère','Réunion client et négociation (visio)',D('2'),D('420')),('18/11/2026','Me L. Nguyen','Rédaction projet d\'avenant',D('4'),D('260'))]
lines='\n'.join(f"{d}   {who:<15} {txt:<48} {nf(h,'fr'):>6} h  {fr(r2(h*r)):>10}" for d,who,txt,h,r in hrs)
hon=sum(r2(h*r) for *_,h,r in hrs); frais=D('86.40'); net=hon+frais; tv=r2(net*D('0.20')); ttc=net+tv
t=f"""                              CARRÈRE NGUYEN AVOCATS
                           Société d'exercice libéral à responsabilité limitée
                         Carrère Nguyen Avocats SELARL – Avocats au Barreau de Bordeaux
                          22, cours de l'Intendance – 33000 Bordeaux – Tél. 05 56 44 18 90

                                                               SAS Vignobles Duclos-Marsan
                                                               À l'attention de M. Pierre Duclos
                                                               Château Marsan
                                                               33460 Margaux

NOTE D'HONORAIRES N° H-2026-0394                                Bordeaux, le 30 novembre 2026
Dossier : 2026/0117 – Cession parts sociales Duclos / Holding Médoc      Réf. client : VDM-JUR-12
Période : novembre 2026

Date         Intervenant     Prestation                                          Temps     Montant €
{lines}

Total honoraires                                                                       {fr(hon):>10}
Frais et débours (Kbis, greffe, déplacements)                                          {fr(frais):>10}
Total HT                                                                               {fr(net):>10}
TVA 20 %                                                                               {fr(tv):>10}
TOTAL TTC                                                                              {fr(ttc):>10}

Payable à réception. Pénalités de retard : 3 fois le taux d'intérêt légal ; indemnité forfaitaire de 40 €.
Règlement par virement CARPA ou compte professionnel : IBAN {grp(ib)} – BIC BNPAFRPPXXX
SIRET {sir}00021 – TVA {v}
"""
add('d3-008','fr','FR','invoice','law firm fee note with hours and matter number',t,invoiceNumber='H-2026-0394',issueDate='2026-11-30',currency='EUR',netAmount=net,taxAmount=tv,totalAmount=ttc,vendorName="Carrère Nguyen Avocats SELARL",iban=ib,vatId=v)

# 009 BE factoring, French
v=vat_BE(); fib=iban('BE')
c=calc([('Palettes EPAL 1200x800 reconditionnées',400,'9.80',21),('Palettes sur mesure 1000x1000',120,'17.50',21),('Transport Liège - Herstal',1,'145.00',21)])
t=f"""PALETTERIE MEUSE
Paletterie de la Meuse SRL
Rue de l'Abattoir 88, 4000 Liège – Belgique
TVA {v[:2]} {v[2:6]}.{v[6:9]}.{v[9:]} – RPM Liège

                                                      FACTURE
                                                      Numéro     : 2026/1187
                                                      Date       : 19/11/2026
                                                      Échéance   : 19/12/2026
Client : 40017                                        Votre commande : BC-HER-7720
Herstal Logistics SA
Parc Industriel des Hauts-Sarts, Zone 2
Rue du Parc 41, 4040 Herstal
TVA BE 0455.812.339

Description                                     Quantité        Prix unit.         Total
{chr(10).join(f"{l['desc']:<46}{int(l['qty']):>8}{de(l['unit']):>16}{de(l['amt']):>14}" for l in c['lines'])}

                                                   Total HTVA              {de(c['net']):>12} EUR
                                                   TVA 21 %                {de(c['tax']):>12} EUR
                                                   Total TVAC              {de(c['total']):>12} EUR

IMPORTANT – CESSION DE CRÉANCE : Cette facture a été cédée à BELFACTOR NV, Lange Gasthuisstraat 9,
2000 Antwerpen. Seul un paiement sur le compte de BELFACTOR NV est libératoire :
IBAN {grp(fib)} – communication structurée +++118/7202/61184+++
"""
add('d3-009','fr','BE','invoice','factoring assignment, pay to factor',t,invoiceNumber='2026/1187',issueDate='2026-11-19',dueDate='2026-12-19',currency='EUR',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='Paletterie de la Meuse SRL',iban=None,vatId=v,orderNumber='BC-HER-7720')
