from lib import *
# ---------- d4-011 IT Cedente/Prestatore vs Cessionario/Committente side by side
pi = it_piva('0287461015'); ib = iban('IT', 'X' + '0306909606' + '100000017426'.rjust(12,'0'))
# IT BBAN: CIN letter + ABI5 + CAB5 + conto12 (CIN not validated here)
it_ = [('Cartoni ondulati 40x30x30 triplo onda', 2500, D('0.412')), ('Nastro adesivo avana 50mm x 66m', 144, D('1.18')), ('Trasporto', 1, D('95.00'))]
rows=[(d,a,p,q(D(a)*p)) for d,a,p in it_]
net = sum(x[3] for x in rows); tax = q(net*D('0.22')); tot = net+tax
t = f"""
Copia di cortesia – documento privo di valore fiscale ai sensi dell'art. 21 DPR 633/72
Il documento originale è disponibile nell'area riservata dell'Agenzia delle Entrate

CEDENTE/PRESTATORE (fornitore)                  CESSIONARIO/COMMITTENTE (cliente)
Identificativo fiscale ai fini IVA: IT{pi}  Identificativo fiscale ai fini IVA: IT01932240386
Codice fiscale: {pi}                     Codice fiscale: 01932240386
Denominazione: IMBALLAGGI F.LLI DE ROSA S.R.L.  Denominazione: Ceramiche Valsenio S.p.A.
Regime fiscale: RF01 (ordinario)                Indirizzo: Via Emilia Ponente 311
Indirizzo: Via dell'Artigianato 9               Comune: Faenza  Provincia: RA
Comune: Castel Maggiore  Provincia: BO          Cap: 48018  Nazione: IT
Cap: 40013  Nazione: IT                         Codice destinatario: M5UXCR1

Tipologia documento  Art. 73  Numero documento  Data documento  Codice destinatario
TD01 fattura                  FPR 412/26        28-10-2026      M5UXCR1

Dati ordine d'acquisto: Id documento OA-2026-0877 del 12-10-2026
Dati DDT: DDT n. 2291 del 27-10-2026

Cod. articolo  Descrizione                               Quantità  Prezzo unitario  UM   %IVA    Prezzo totale
{chr(10).join(f"               {d:<42}{cm(a) if isinstance(a,float) else a:>8}  {str(p).replace('.',','):>14}  {'pz' if a>1 else 'nr'}  22,00 {cm(v):>14}" for d,a,p,v in rows)}

RIEPILOGHI IVA E TOTALI
esigibilità IVA: I (immediata)   %IVA 22,00   Totale imponibile {cm(net)}   Totale imposta {cm(tax)}

Importo bollo   Sconto/Maggiorazione   Arr.   Totale documento
                                              {cm(tot)}

Modalità pagamento   IBAN                          Scadenze     Importo
MP05 bonifico        {ib}   27-11-2026   {cm(tot)}
"""
add('d4-011','it','IT','invoice','FatturaPA courtesy copy, Cedente/Cessionario columns, Denominazione line, caps name',t,invoiceNumber='FPR 412/26',
    issueDate='2026-10-28',dueDate='2026-11-27',currency='EUR',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='IMBALLAGGI F.LLI DE ROSA S.R.L.',
    iban=ib,vatId='IT'+pi,orderNumber='OA-2026-0877')

# ---------- d4-012 IT supermarket receipt, franchise affiliate
pi = it_piva('0391778042')
a=[('LATTE INTERO 1L',D('1.39'),'4%'),('PASTA SEMOLA 500G',D('0.99'),'10%'),('PASSATA POMODORO',D('1.25'),'10%'),('DETERSIVO PIATTI',D('2.49'),'22%'),('MELE GOLDEN KG 1,2',D('2.63'),'4%')]
tot=sum(x[1] for x in a); taxes={}
for _,p,rt in a: taxes[rt]=taxes.get(rt,D(0))+p
tx=sum(p-q(p/(1+D(k[:-1])/100)) for k,p in taxes.items())
t = f"""
            MERCATÒ
      il tuo supermercato di quartiere
   punto vendita affiliato gestito da
       SUPERMERCATI BORGHI S.A.S.
        DI BORGHI ANNA & C.
   Via Roma 45 - 10040 Leinì (TO)
      P.IVA {pi}

      DOCUMENTO COMMERCIALE
   di vendita o prestazione

DESCRIZIONE              IVA   Prezzo(€)
{chr(10).join(f"{d:<24}{rt:>4} {cm(p):>10}" for d,p,rt in a)}
----------------------------------------
TOTALE COMPLESSIVO            {cm(tot):>10}
di cui IVA                    {cm(tx):>10}
Pagamento elettronico         {cm(tot):>10}
Importo pagato                {cm(tot):>10}

21-11-2026 18:37
DOCUMENTO N. 0148-0062
RT 99MEY018834
"""
add('d4-012','it','IT','receipt','franchise brand, operator S.A.S. with partner name split over two lines',t,invoiceNumber='0148-0062',
    issueDate='2026-11-21',currency='EUR',taxAmount=tx,totalAmount=tot,vendorName='SUPERMERCATI BORGHI S.A.S. DI BORGHI ANNA & C.',vatId=pi)

# ---------- d4-013 ES S.L., Emisor/Cliente side by side with buyer left
nif = es_cif('B', '8741290'); ib = iban('ES', '2100' + '0418' + '45' + '0200051332')
net = D('1450.00') + D('320.00'); tax = q(net*D('0.21')); tot = net+tax
t = f"""
                                                              FACTURA

CLIENTE                                        EMISOR
Ortiz Logística Integral, S.A.                 Desarrollos Web Albaida, S.L.
CIF: A28614733                                 NIF: {nif}
Av. de la Industria, 32                        C/ Sant Vicent Màrtir, 88, 3º
28108 Alcobendas (Madrid)                      46007 Valencia
                                               Tel. 963 51 40 27

Nº factura: 2026/A/0318            Fecha de expedición: 04/11/2026
Nº pedido cliente: PED-55092       Vencimiento: 04/12/2026

Concepto                                                      Importe
Mantenimiento evolutivo portal de transportistas (oct. 2026)  1.450,00
Horas adicionales soporte (8 h x 40,00)                         320,00

                                         Base imponible      {de(net):>10} €
                                         IVA 21 %              {de(tax):>10} €
                                         TOTAL FACTURA       {de(tot):>10} €

Forma de pago: transferencia a {ib4(ib)}
Inscrita en el Registro Mercantil de Valencia, Tomo 10.233, Folio 87, Hoja V-171402
"""
add('d4-013','es','ES','invoice','Cliente left / Emisor right side by side',t,invoiceNumber='2026/A/0318',issueDate='2026-11-04',dueDate='2026-12-04',
    currency='EUR',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Desarrollos Web Albaida, S.L.',iban=ib,vatId=nif,orderNumber='PED-55092')

# ---------- d4-014 ES factura rectificativa (credit note), S.A., trade brand
nif = es_cif('A', '4812377')
net = D('-212.40'); tax = q(net*D('0.21')); tot = net+tax
t = f"""
FERRETERÍA EL MARTILLO
Suministros industriales desde 1968

Emisor: Suministros Industriales Garmendia, S.A. - NIF {nif}
Polígono Júndiz, C/ Lermandabide 12 - 01015 Vitoria-Gasteiz (Álava)

FACTURA RECTIFICATIVA Nº R-2026-0057
Fecha: 23/10/2026
Rectifica a la factura nº 2026-04471 de fecha 09/10/2026
Motivo: devolución de mercancía defectuosa (art. 15 RD 1619/2012)

Destinatario: Talleres Arrieta Hermanos, S.L.  -  NIF B01477322
              C/ Portal de Foronda 40, 01010 Vitoria-Gasteiz
Su pedido: 7719

Ref.       Descripción                          Uds.    Precio     Importe
TL-0442    Taladro percutor 850W                 -2     88,50     -177,00
BR-1120    Juego brocas HSS 19 pzs               -2     17,70      -35,40

Base imponible:        {de(net)} €
Cuota IVA 21 %:         {de(tax)} €
Total rectificativa:   {de(tot)} €

El importe se compensará en su próxima factura.
"""
add('d4-014','es','ES','credit_note','shop brand + slogan, Emisor line with legal S.A. name',t,invoiceNumber='R-2026-0057',issueDate='2026-10-23',
    currency='EUR',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Suministros Industriales Garmendia, S.A.',vatId=nif,orderNumber='7719')

# ---------- d4-015 PT Lda fatura with ATCUD
nif = pt_nif('51472038'); ib = iban('PT', '0035' + '0697' + '00063214530' + '44')
# PT BBAN check digits are mod 97 over bban; compute properly
b = '0035069700063214530'; ck = 98 - (int(b) * 100) % 97; ib = iban('PT', b + f'{ck:02d}')
it_=[('Consultoria fiscal - encerramento de contas 2025',1,D('850.00')),('Processamento salarial (12 colab.) - outubro',12,D('14.50'))]
net=sum(q(a*p) for _,a,p in it_); tax=q(net*D('0.23')); tot=net+tax
t = f"""
                                                    CONTAS CERTAS
                                                    gabinete de contabilidade

Prestador:                                          Adquirente:
Figueiredo, Antunes & Associados, Lda.              Padaria Flor do Mondego, Unipessoal Lda.
Rua Ferreira Borges, 112 - 1.º                      Av. Fernão de Magalhães, 400
3000-180 Coimbra                                    3000-172 Coimbra
NIF: {nif}                                         NIF: 509 331 207

FATURA FT 2026A/1187                               Original
ATCUD: JFM3K7PQ-1187
Data: 2026-11-05          Vencimento: 2026-11-20          Requisição: REQ 88/2026

Descrição                                             Qtd.     Preço      Taxa   Valor
{it_[0][0]:<52}{it_[0][1]:>4} {cm(it_[0][2]):>9}   23%  {cm(850):>9}
{it_[1][0]:<52}{it_[1][1]:>4} {cm(it_[1][2]):>9}   23%  {cm(q(12*it_[1][2])):>9}

Incidência 23%: {cm(net)}   IVA 23%: {cm(tax)}
Total (EUR): {cm(tot)}

IBAN: {ib4(ib)}
Processado por programa certificado n.º 2981/AT
"""
add('d4-015','pt','PT','invoice','brand logo, Prestador/Adquirente side by side, partnership Lda',t,invoiceNumber='FT 2026A/1187',issueDate='2026-11-05',
    dueDate='2026-11-20',currency='EUR',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Figueiredo, Antunes & Associados, Lda.',iban=ib,vatId='PT'+nif if False else nif,orderNumber='REQ 88/2026')

# ---------- d4-016 IT freelancer forfettario (no VAT), Dott. Ing.
pi = it_piva('1126384059'); ib = iban('IT', 'K' + '05034' + '11701' + '000000128844')
tot = D('1800.00') + D('2.00')
t = f"""
Dott. Ing. Lorenzo Castelvecchi
Ingegnere civile – Albo Ingegneri di Bologna n. A7731
Via Saragozza 61 – 40123 Bologna
P.IVA {pi} – C.F. CSTLRN81C14A944T – PEC l.castelvecchi@pec-ingegneri.example

Spett.le
Condominio Via Mazzini 18
c/o Studio Amministrazioni Pellacani
Via Indipendenza 22
40121 Bologna
C.F. 91203330371

FATTURA N. 19/2026 del 12/10/2026

Descrizione                                                   Importo
Direzione lavori rifacimento facciata – saldo                1.800,00
Marca da bollo assolta sull'originale                            2,00
                                                           ----------
Totale documento                                        EUR  {de(tot)}

Operazione effettuata ai sensi dell'art. 1, commi da 54 a 89, L. 190/2014 (regime forfettario):
operazione senza applicazione dell'IVA e non soggetta a ritenuta d'acconto.
Pagamento: bonifico a 30 gg d.f. – IBAN {ib}
"""
add('d4-016','it','IT','invoice','professional person with titles, flat-rate regime without VAT',t,invoiceNumber='19/2026',issueDate='2026-10-12',
    currency='EUR',totalAmount=tot,vendorName='Dott. Ing. Lorenzo Castelvecchi',iban=ib,vatId=pi)

# ---------- d4-017 GR Greek invoice
afm = gr_afm('09418735'); ib = iban('GR', '011' + '0127' + '0000012700392158')
net = D('2350.00'); tax = q(net*D('0.24')); tot = net+tax
t = f"""
                               ΑΙΓΑΙΟ ΤΕΧΝΙΚΗ
      ΑΙΓΑΙΟ ΤΕΧΝΙΚΗ ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε.
      Εγκαταστάσεις κλιματισμού – Ψυκτικές εργασίες
      Λεωφ. Συγγρού 214, 176 72 Καλλιθέα
      Α.Φ.Μ.: {afm}   Δ.Ο.Υ.: ΚΑΛΛΙΘΕΑΣ   Αρ. ΓΕΜΗ: 158733301000

ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ                 Σειρά: Α   Αριθμός: 0934
Ημερομηνία: 17/11/2026                      MARK: 400001934772815

Στοιχεία πελάτη
Επωνυμία: ΞΕΝΟΔΟΧΕΙΑ ΑΡΓΩ Α.Ε.
Α.Φ.Μ.: 094113288   Δ.Ο.Υ.: ΦΑΕ ΠΕΙΡΑΙΑ
Διεύθυνση: Ακτή Μιαούλη 31, 185 35 Πειραιάς
Αρ. παραγγελίας: 2026/ΠΡ/118

Περιγραφή                                        Ποσότητα    Τιμή      Αξία
Συντήρηση κλιματιστικών μονάδων VRV                   1   2.350,00   2.350,00

Καθαρή αξία:          {de(net)}
Φ.Π.Α. 24%:             {de(tax)}
Σύνολο πληρωτέο:      {de(tot)} €

Τρόπος πληρωμής: Κατάθεση σε λογαριασμό
IBAN: {ib4(ib)}
"""
add('d4-017','el','GR','invoice','repeated trade mark in caps then legal name with I.K.E., buyer block with own AFM',t,invoiceNumber='0934',
    issueDate='2026-11-17',currency='EUR',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='ΑΙΓΑΙΟ ΤΕΧΝΙΚΗ ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε.',
    iban=ib,vatId=afm,orderNumber='2026/ΠΡ/118')

# ---------- d4-018 ES Catalan, Proveïdor label, apostrophe
nif = es_cif('B', '6622418'); ib = iban('ES', '0081' + '0200' + '21' + '0006338772')
it_=[("Servei de càtering jornada tècnica (60 pax)",60,D('24.50')),("Lloguer de parament i estovalles",1,D('180.00'))]
net=sum(q(a*p) for _,a,p in it_); tax=q(net*D('0.10')); tot=net+tax
t = f"""
L'OBRADOR D'EN PERE                                               Factura
cuina de mercat · càtering

Proveïdor                                    Client
Cal Pere i Filles, S.L.                      Fundació Privada Mar de Fons
NIF: {nif}                                  NIF: G65981134
C/ de la Riera, 23                           Pg. de Gràcia, 101, 4t
08301 Mataró                                 08008 Barcelona

Número de factura: CAT-26-0211     Data: 15/11/2026     Venciment: 15/12/2026
Comanda núm.: FMF-2026/044

Concepte                                               Quant.    Preu      Import
{it_[0][0]:<54}{it_[0][1]:>4} {de(it_[0][2]):>8} {de(q(60*it_[0][2])):>10}
{it_[1][0]:<54}{it_[1][1]:>4} {de(it_[1][2]):>8} {de(it_[1][2]):>10}

                                            Base imposable  {de(net):>10} €
                                            IVA 10%         {de(tax):>10} €
                                            Total           {de(tot):>10} €

Pagament per transferència: {ib4(ib)}
"""
add('d4-018','ca','ES','invoice','Catalan, brand with apostrophes vs legal name, Proveidor/Client columns',t,invoiceNumber='CAT-26-0211',
    issueDate='2026-11-15',dueDate='2026-12-15',currency='EUR',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Cal Pere i Filles, S.L.',
    iban=ib,vatId=nif,orderNumber='FMF-2026/044')

# ---------- d4-019 PT café receipt (fatura simplificada)
nif = pt_nif('51608433')
a=[('Galão',D('1.40')),('Torrada',D('1.80')),('Pastel de nata x2',D('2.60')),('Água 0,5L',D('1.10'))]
tot=sum(p for _,p in a); net=q(tot/D('1.23')); tax=tot-net
t = f"""
     PASTELARIA ESTRELA D'OURO
  Doces & Companhia - Pastelaria, Lda.
   Rua de Santa Catarina 302, Porto
         NIF {nif}

FATURA SIMPLIFICADA FS 1/48213
ATCUD: KX8R2D1M-48213
24-11-2026 09:12      Mesa 4
Consumidor final

{chr(10).join(f"1 {d:<22}{cm(p):>8}" for d,p in a)}
-------------------------------
TOTAL EUR             {cm(tot):>9}
IVA 23%  Base {cm(net)}  IVA {cm(tax)}
Multibanco            {cm(tot):>9}
-4Hx-Processado por programa certificado n.º 1832/AT
"""
add('d4-019','pt','PT','receipt','shop brand with apostrophe above legal Lda name',t,invoiceNumber='FS 1/48213',issueDate='2026-11-24',currency='EUR',
    netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Doces & Companhia - Pastelaria, Lda.',vatId=nif)

# ---------- d4-020 IE Ltd, Accounts Receivable header, customer VAT noise
vat = 'IE' + ie_vat('6388142'); ib = iban('IE', 'AIBK' + '931152' + '12345678')
ib = iban('IE', 'AIBK' + '932106' + '40778213')
it_=[('Managed print service - Nov 2026 (flat fee)',1,D('395.00')),('Mono pages over allowance',8420,D('0.009')),('Colour pages over allowance',1210,D('0.045'))]
rows=[(d,a,p,q(a*p)) for d,a,p in it_]; net=sum(x[3] for x in rows); tax=q(net*D('0.23')); tot=net+tax
t = f"""
Accounts Receivable
O'Dwyer Office Systems Limited
Unit 7, Ballycoolin Business Park, Dublin 15, D15 KX2P
Tel +353 1 822 4410 | accounts@odwyer-office.example

INVOICE TO                                   SHIP TO / SITE
Kilbrennan Veterinary Group DAC               Kilbrennan Vets - Naas Clinic
Accounts Payable                              Main Street
Block C, Cookstown Court                      Naas, Co. Kildare W91 E2R4
Tallaght, Dublin 24, D24 YH51
VAT No. IE 9718241SH

Invoice No.   INV-114092          Account   KIL003
Date          30/11/2026          Your PO   KVG-PO-3317
Terms         30 days EOM         Due       31/12/2026

Description                                          Qty       Rate        Amount
{chr(10).join(f"{d:<50}{a:>6} {str(p):>10} {en(v):>12}" for d,a,p,v in rows)}

                                            Subtotal           EUR {en(net):>10}
                                            VAT @ 23%          EUR {en(tax):>10}
                                            Total Due          EUR {en(tot):>10}

Bank: AIB, IBAN {ib4(ib)}, BIC AIBKIE2D
Registered in Ireland No. 318872. VAT No. {vat}. Directors: C. O'Dwyer, M. Nolan.
"""
add('d4-020','en','IE','invoice','department line above legal name with apostrophe, buyer VAT printed',t,invoiceNumber='INV-114092',issueDate='2026-11-30',
    dueDate='2026-12-31',currency='EUR',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName="O'Dwyer Office Systems Limited",iban=ib,vatId=vat,orderNumber='KVG-PO-3317')
