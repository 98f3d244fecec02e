from docs4 import *
# 010 BE nl, leverancier block
v=vat_BE(); ib=iban('BE')
G('d3-010','nl','BE','factuur leverancier/afnemer, gestructureerde mededeling',L_NL,
  P('Schrijnwerkerij Van Damme & Zonen BV',['Gentsesteenweg 214, 9300 Aalst',f'BTW {v[:2]} {v[2:6]}.{v[6:9]}.{v[9:]}','RPR Gent, afdeling Dendermonde',f'IBAN {grp(ib)}  BIC GKCCBEBB']),
  P('Vereniging van Mede-eigenaars Residentie Zonnehof',['p/a Syndicus Immo Leroy','Kerkstraat 5, 9300 Aalst','Ondernemingsnr. 0851.442.190']),
  [('Vervangen inkomdeur eik incl. beslag',1,'2890.00',21),('Plaatsing (uren)',7,'52.00',21),('Herstel deurpomp',2,'85.00',21)],
  dict(num='F26-0712',date='2026-11-12',due='2026-12-12',cur='EUR',extra=[('Klantnummer:','K-0388')],notes=['Gelieve te betalen met gestructureerde mededeling +++071/2260/71203+++','Medecontractant: niet van toepassing.']),
  dict(seller_pos='block'),iban=ib,vat=v)
# 011 NL factuur with KvK, logo brand, seller top
v=vat_NL(); ib=iban('NL','RABO'+digits(10))
G('d3-011','nl','NL','factuur brand over legal name, KvK',dict(L_NL,buyer=''),
  dict(name='Koeltechniek Westland B.V.',brand='KWB  koel & klimaat',lines=['Naaldwijkseweg 301','2691 RC  \'s-Gravenzande','KvK 27114582',f'Btw-id {v}',f'IBAN {ib}']),
  P('Kwekerij De Groene Tros V.O.F.',['t.a.v. crediteurenadministratie','Middel Broekweg 18','2675 KB  Honselersdijk']),
  [('Onderhoud koelcel 1 en 2 (jaarcontract Q4)',1,'685.00',21),('Vervangen ventilatormotor',1,'412.50',21),('Voorrijkosten',1,'45.00',21)],
  dict(num='2026-10388',date='2026-11-18',due='2026-12-02',cur='EUR',order='GT-26-118',extra=[('Debiteurnummer:','D10447'),('Werkbon:','WB-88120')],notes=['Betaling binnen 14 dagen onder vermelding van het factuurnummer.']),
  dict(),iban=ib,vat=v)
# 012 NL creditnota
v=vat_NL(); ib=iban('NL','INGB'+digits(10))
G('d3-012','nl','NL','creditnota referencing invoice',dict(L_NL,title='CREDITNOTA',num='Creditnotanummer:',date='Datum:',total='Totaal te crediteren',buyer=''),
  dict(name='Drukkerij Zuidkust B.V.',lines=['Havenweg 7, 4381 BA Vlissingen',f'BTW {v}','KvK 22048871']),
  P('Zeeuwse Evenementen Stichting',['Postbus 441','4330 AK Middelburg']),
  [('Creditering misdruk flyers A5 (oplage 5.000)',1,'318.00',21),('Creditering spoedtoeslag',1,'60.00',21)],
  dict(num='CN-2026-0041',date='2026-11-24',cur='EUR',extra=[('Betreft factuur:','2026-1877 d.d. 10-11-2026')],notes=[f'Het bedrag wordt binnen 5 werkdagen teruggestort. IBAN leverancier: {grp(ib)}']),
  dict(neg=True),dtype='credit_note',iban=ib,vat=v)
# 013 IT FatturaPA rendering
pi=vat_IT(); ib=iban('IT')
c=calc([('Canone manutenzione software gestionale - nov 2026',1,'450.00',22),('Intervento on-site (ore)',3,'65.00',22)])
t=f"""FATTURA ELETTRONICA - Versione FPR12
Dati trasmissione:  Identificativo SdI 14882170355   Codice destinatario: M5UXCR1

Cedente/prestatore (fornitore)
Identificativo fiscale ai fini IVA: {pi}
Codice fiscale: {pi[2:]}
Denominazione: Sistemi Informativi Adriatici S.r.l.
Regime fiscale: RF01 (Ordinario)
Indirizzo: Via della Tecnica 5
Comune: Pescara Provincia: PE  Cap: 65129  Nazione: IT
Iscrizione REA: PE 144782

Cessionario/committente (cliente)
Identificativo fiscale ai fini IVA: IT01882260683
Denominazione: Cantina Sociale Colline Teatine Soc. Coop. Agricola
Indirizzo: Contrada Piana 1, 66010 Tollo (CH) IT

Tipologia documento   Art. 73   Numero documento   Data documento   Codice destinatario
TD01 fattura                    FPA/2026/388       27-11-2026       M5UXCR1

Dati ordine d'acquisto:  Id documento: ODA 2026-55   Data: 02-01-2026   CIG: Z1A3B4C5D6

Cod. articolo  Descrizione                                         Quantità   Prezzo unitario   UM   %IVA   Prezzo totale
               {c['lines'][0]['desc']:<50}  1,00       450,00                22,00        450,00
               {c['lines'][1]['desc']:<50}  3,00        65,00           h    22,00        195,00

RIEPILOGHI IVA E TOTALI
Esigibilità IVA: I (immediata)  Aliquota IVA 22,00   Totale imponibile {de(c['net'])}   Totale imposta {de(c['tax'])}
Importo bollo          Sconto/Maggiorazione          Totale documento
                                                     {de(c['total'])}

Modalità pagamento: MP05 bonifico   IBAN: {ib}   Data scadenza: 27-12-2026   Importo: {de(c['total'])}
"""
add('d3-013','it','IT','invoice','FatturaPA text rendering, cedente/prestatore',t,invoiceNumber='FPA/2026/388',issueDate='2026-11-27',dueDate='2026-12-27',currency='EUR',netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName='Sistemi Informativi Adriatici S.r.l.',iban=ib,vatId=pi,orderNumber='ODA 2026-55')
# 014 IT documento commerciale (receipt)
pi=vat_IT()
it_=[('PIADINA CRUDO SQUAC.',D('7.50')),('CASSONE ERBE',D('6.00')),('ACQUA NAT. 0,5L',D('1.50')),('CAFFE\'',D('1.20')),('CAFFE\'',D('1.20'))]
tot=sum(p for _,p in it_); iva=r2(tot*10/110)
t=f"""      PIADINERIA LA ROTONDA
      di Casadei Marta
   Viale Regina Elena 118
     47921 RIMINI (RN)
   P.IVA {pi[2:]}

    DOCUMENTO COMMERCIALE
  di vendita o prestazione

DESCRIZIONE          IVA   Prezzo(€)
""" + ''.join(f"{d:<20} 10%{de(p):>10}\n" for d,p in it_) + f"""------------------------------------
TOTALE COMPLESSIVO        {de(tot):>10}
di cui IVA                {de(iva):>10}
PAGAMENTO CONTANTE        {de(D('20')):>10}
RESTO                     {de(D('20')-tot):>10}
PAGAMENTO ELETTRONICO          0,00
IMPORTO PAGATO            {de(tot):>10}

28-11-2026 13:07
DOCUMENTO N. 0412-0087
RT 99MEX014477
"""
add('d3-014','it','IT','receipt','documento commerciale (till receipt), sole trader',t,invoiceNumber='0412-0087',issueDate='2026-11-28',currency='EUR',taxAmount=iva,totalAmount=tot,vendorName='PIADINERIA LA ROTONDA',vatId=pi[2:])
# 015 ES utility (factura de agua)
cif=cif_ES(); ib=iban('ES','2100'+digits(16))
cuota=D('18.42'); cons=r2(D('23')*D('0.8731')); canon=r2(D('23')*D('0.3012')); alc=D('9.15'); net=cuota+cons+canon+alc; iva=r2(net*D('0.10')); tot=net+iva
t=f"""AGUAS DEL SEGURA
Aguas del Segura Gestión Integral, S.A.
CIF {cif} · Avda. de la Libertad 31, 30009 Murcia

FACTURA DE SERVICIOS DE AGUA                              Nº factura: AS-26-3B-0588124
Fecha de emisión: 18/11/2026                                Periodo: 15/09/2026 – 14/11/2026 (61 días)
Fecha de cargo: 02/12/2026                                  Contrato: 0033-4418-27
                                                            Nº contador: 19MA448127
Titular: HERNÁNDEZ ORTUÑO, MARÍA DOLORES                     NIF titular: 48***112K
C/ Trapería 22, 3º B, 30001 Murcia

Lectura anterior (15/09/2026): 1.204 m³    Lectura actual (14/11/2026): 1.227 m³    Consumo: 23 m³

Concepto                                                    Importe
Cuota de servicio abastecimiento                            {de(cuota):>9} €
Consumo agua 23 m³ x 0,8731 €/m³                            {de(cons):>9} €
Canon de saneamiento 23 m³ x 0,3012 €/m³                    {de(canon):>9} €
Alcantarillado                                              {de(alc):>9} €
Base imponible                                              {de(net):>9} €
IVA 10 %                                                    {de(iva):>9} €
TOTAL FACTURA                                               {de(tot):>9} €

Se cargará en su cuenta ES91 **** **** **** **** 7723 el día 02/12/2026.
Para pagos por transferencia: {grp(ib)}
"""
add('d3-015','es','ES','invoice','water utility bill, meter and contract numbers, direct debit',t,invoiceNumber='AS-26-3B-0588124',issueDate='2026-11-18',dueDate='2026-12-02',currency='EUR',netAmount=net,taxAmount=iva,totalAmount=tot,vendorName='Aguas del Segura Gestión Integral, S.A.',iban=ib,vatId=cif)
# 016 ES factura simplificada (receipt)
cif=cif_ES()
it_=[('2 MENU DEL DIA',D('2'),D('13.50')),('1 COPA RIOJA CRIANZA',D('1'),D('3.20')),('1 AGUA 1L',D('1'),D('2.40')),('2 CORTADO',D('2'),D('1.40'))]
tot=sum(q*p for _,q,p in it_); base=r2(tot/D('1.10')); iva=tot-base
t=f"""   CASA PALACIOS TABERNA
   Taberna Palacios, S.L.
   CIF: {cif}
   C/ Laurel 14 - 26001 Logroño
   Tel. 941 22 48 10

FACTURA SIMPLIFICADA  Nº T1-2026/018842
Fecha: 27/11/2026  Hora: 15:12  Mesa: 7
Camarero: LUCIA
----------------------------------------
""" + ''.join(f"{d:<28}{de(q*p):>10}\n" for d,q,p in it_) + f"""----------------------------------------
TOTAL (IVA incl.)       {de(tot):>14} €
Base imponible 10%      {de(base):>14}
Cuota IVA 10%           {de(iva):>14}
Entregado TARJETA       {de(tot):>14}

     GRACIAS POR SU VISITA
"""
add('d3-016','es','ES','receipt','restaurant factura simplificada',t,invoiceNumber='T1-2026/018842',issueDate='2026-11-27',currency='EUR',netAmount=base,taxAmount=iva,totalAmount=tot,vendorName='Taberna Palacios, S.L.',vatId=cif)
