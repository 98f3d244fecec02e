from lib import *
# ---------- d4-021 PL Sprzedawca/Nabywca side-by-side
nip = pl_nip('525187331'); ib = iban('PL', '10501445' + '1000002299187744')
it_=[('Usługa transportowa Poznań–Wrocław, naczepa plandeka',3,D('1850.00')),('Opłata drogowa (e-TOLL)',3,D('212.40'))]
rows=[(d,a,p,q(a*p)) for d,a,p in it_]; net=sum(x[3] for x in rows); tax=q(net*D('0.23')); tot=net+tax
t = f"""
                                                   Faktura VAT nr FV/1187/11/2026
                                                   Data wystawienia: 2026-11-12
                                                   Data sprzedaży: 2026-11-10
                                                   Miejsce wystawienia: Poznań

Sprzedawca:                                  Nabywca:
TRANS-KOR Kowalczyk i Wspólnicy Sp. z o.o.   Hurtownia Spożywcza "Zbyszko" Sp.j.
ul. Głogowska 281                            ul. Kwiatowa 14
60-104 Poznań                                50-521 Wrocław
NIP: {nip[:3]}-{nip[3:6]}-{nip[6:8]}-{nip[8:]}                           NIP: 899-270-41-15
BDO: 000118274                               Nr klienta: 4410

Zamówienie nabywcy: ZAM/2026/7781       Nr listu przewozowego: CMR 2026-55410

Lp. Nazwa towaru lub usługi                              Ilość  J.m.  Cena netto   Wartość netto  VAT
{chr(10).join(f"{i+1:>2}. {d:<52}{a:>4}  usł. {de(p):>10} {de(v):>14}  23%" for i,(d,a,p,v) in enumerate(rows))}

Razem:                          Wartość netto {de(net):>10}   VAT {de(tax):>9}   Brutto {de(tot):>10}
Do zapłaty: {de(tot)} PLN
Słownie: siedem tysięcy sześćset dziesięć złotych {str(tot).split('.')[1]}/100
Termin płatności: 2026-12-12       Sposób płatności: przelew
Nr rachunku (IBAN): PL{ib[2:4]} {' '.join(ib[4+k:8+k] for k in range(0,24,4))}
Mechanizm podzielonej płatności nie dotyczy.
"""
add('d4-021','pl','PL','invoice','Sprzedawca/Nabywca side by side, buyer name in quotes',t,invoiceNumber='FV/1187/11/2026',issueDate='2026-11-12',
    dueDate='2026-12-12',currency='PLN',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='TRANS-KOR Kowalczyk i Wspólnicy Sp. z o.o.',
    iban=ib,vatId=nip,orderNumber='ZAM/2026/7781')

# ---------- d4-022 PL faktura korygująca, Dostawca label
nip = pl_nip('679301224')
net=D('-480.00'); tax=q(net*D('0.23')); tot=net+tax
t = f"""
KRAKOWSKA DRUKARNIA CYFROWA                                Kraków, 2026-10-29
"PIXEL-DRUK" s.c. Anna Wróbel, Jerzy Mazur
ul. Wielicka 72, 30-552 Kraków
NIP {nip}

FAKTURA KORYGUJĄCA nr KOR/014/2026
do faktury nr FV/2026/0933 z dnia 2026-10-15
Przyczyna korekty: rabat posprzedażowy 10% – reklamacja jakości druku

Nabywca: Biuro Podróży Tatra-Tour Sp. z o.o., ul. Krupówki 11, 34-500 Zakopane, NIP 736-110-94-02

                               Przed korektą     Po korekcie     Korekta
Wartość netto                       4 800,00        4 320,00     {fr(net)}
VAT 23%                             1 104,00          993,60     {fr(tax)}
Wartość brutto                      5 904,00        5 313,60     {fr(tot)}

Kwota do zwrotu: {fr(-tot)} zł – zwrot na rachunek nabywcy w terminie 14 dni.
"""
add('d4-022','pl','PL','credit_note','caps brand line, civil partnership s.c. with quoted name, before/after table',t,invoiceNumber='KOR/014/2026',
    issueDate='2026-10-29',currency='PLN',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='"PIXEL-DRUK" s.c. Anna Wróbel, Jerzy Mazur',vatId=nip)

# ---------- d4-023 CZ Dodavatel/Odběratel
ico = cz_ico('2741893'); ib = iban('CZ', '0800' + '000019' + '2748810379')
net = D('38400.00'); tax = q(net*D('0.21')); tot = net+tax
t = f"""
FAKTURA – DAŇOVÝ DOKLAD č. 2026100412

Dodavatel:                                 Odběratel:
Vodoinstalace Novák & Dvořák s.r.o.        Bytové družstvo Na Výsluní
Plzeňská 1144/56                           Jabloňová 2918/12
150 00 Praha 5                             106 00 Praha 10
IČO: {ico}                                 IČO: 48112313
DIČ: CZ{ico}                               DIČ: CZ48112313
Spisová zn. C 245119 vedená u Městského
soudu v Praze

Datum vystavení: 20.11.2026        Variabilní symbol: 2026100412
Datum zdaň. plnění: 18.11.2026     Konstantní symbol: 0308
Datum splatnosti: 04.12.2026       Objednávka č.: OBJ-117/2026

Označení dodávky                                        Množství   Cena/MJ     Celkem
Výměna stoupaček ÚT, vchod B                               1 kpl  38 400,00  38 400,00

Základ DPH 21 %     {fr(net)} Kč
DPH 21 %             {fr(tax)} Kč
Celkem k úhradě     {fr(tot)} Kč

Bankovní spojení: Česká spořitelna, č.ú. 19-2748810379/0800, IBAN: {ib4(ib)}
Vystavil: Ing. Petra Malá
"""
add('d4-023','cs','CZ','invoice','Dodavatel/Odbératel side by side with both DIC, variable symbol equals number',t,invoiceNumber='2026100412',
    issueDate='2026-11-20',dueDate='2026-12-04',currency='CZK',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Vodoinstalace Novák & Dvořák s.r.o.',
    iban=ib,vatId='CZ'+ico,orderNumber='OBJ-117/2026')

# ---------- d4-024 SK sole trader Ing., buyer left
dic = sk_dic('202814337'); ib = iban('SK', '1100' + '000000' + '2938417752')
net = D('1260.00'); tax = q(net*D('0.23')); tot = net+tax
t = f"""
Odberateľ:                                   Dodávateľ:
MEDIKA Trnava, a.s.                          Ing. Marek Hudák – HUDÁK SOFT
Hospodárska 44                               Štefánikova 9
917 01 Trnava                                949 01 Nitra
IČO: 36277140                                IČO: 47219882
IČ DPH: SK2021748811                         DIČ: {dic}
                                             IČ DPH: SK{dic}
                                             Zapísaný v Živnostenskom registri
                                             Okresného úradu Nitra, č. 440-33918

FAKTÚRA č. 2026/0071

Dátum vyhotovenia: 09.11.2026   Dátum dodania: 31.10.2026   Dátum splatnosti: 23.11.2026
Číslo objednávky: 88/2026/IT

Položka                                                     Množstvo   Cena     Spolu
Programovanie – úprava skladového modulu (hod.)                 28   45,00  1 260,00

Základ dane:     {fr(net)} EUR
DPH 23 %:          {fr(tax)} EUR
Spolu k úhrade:  {fr(tot)} EUR

IBAN: {ib4(ib)}   VS: 20260071
"""
add('d4-024','sk','SK','invoice','buyer left / sole-trader seller right with trade suffix',t,invoiceNumber='2026/0071',issueDate='2026-11-09',
    dueDate='2026-11-23',currency='EUR',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='Ing. Marek Hudák – HUDÁK SOFT',iban=ib,vatId='SK'+dic,orderNumber='88/2026/IT')

# ---------- d4-025 HU Kft Szállító/Vevő
hut = hu_tax('1274418'); ib = iban('HU', '117' + '7302' + '0' + '2281443900000000')
# HU BBAN 24 digits
ib = iban('HU', '11773020' + '2281443900000000')
it_=[('Irodai papír A4 80g (doboz)',40,D('8900')),('Toner HP 59A kompatibilis',6,D('23500'))]
rows=[(d,a,p,a*p) for d,a,p in it_]; net=D(sum(x[3] for x in rows)); tax=q(net*D('0.27')); tot=net+tax
t = f"""
SZÁMLA                                                    Sorszám: IR-2026/03318
                                                          Eredeti példány

Szállító:                                   Vevő:
PAPÍRHÁZ Irodaszer Kereskedelmi Kft.        Duna-Logisztika Zrt.
1097 Budapest, Könyves Kálmán krt. 12.      2040 Budaörs, Szabadság út 301.
Adószám: {hut}-2-43                         Adószám: 24431187-2-13
Közösségi adószám: HU{hut}                  Vevő azonosító: V-0931
Cg.: 01-09-318822
Bankszámla: 11773020-22814439-00000000

Teljesítés dátuma   Számla kelte   Fizetési határidő   Fizetési mód
2026.11.18.         2026.11.18.    2026.12.03.         átutalás
Megrendelés száma: BO-26/1142

Megnevezés                                 Menny.   Egységár (Ft)   Nettó érték   ÁFA%    ÁFA
{chr(10).join(f"{d:<42}{a:>5} {fr(p)[:-3]:>14} {fr(v)[:-3]:>13}   27% {fr(q(v*D('0.27')))[:-3]:>8}" for d,a,p,v in rows)}

Nettó összesen:   {fr(net)[:-3]} Ft
ÁFA összesen:     {fr(tax)[:-3]} Ft
Bruttó összesen:  {fr(tot)[:-3]} Ft
"""
add('d4-025','hu','HU','invoice','Szállító/Vevő side by side, caps brand start of legal name',t,invoiceNumber='IR-2026/03318',issueDate='2026-11-18',
    dueDate='2026-12-03',currency='HUF',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='PAPÍRHÁZ Irodaszer Kereskedelmi Kft.',
    vatId='HU'+hut,orderNumber='BO-26/1142')

# ---------- d4-026 RO Furnizor/Cumpărător
cui = ro_cui('3419872'); ib = iban('RO', 'BTRL' + 'RONCRT0418833901')
it_=[('Servicii curățenie birouri - noiembrie 2026',1,D('4200.00')),('Consumabile igienico-sanitare',1,D('385.50'))]
net=sum(p for _,_,p in it_); tax=q(net*D('0.21')); tot=net+tax
t = f"""
FACTURĂ FISCALĂ                         Seria CLN  Nr. 00742
                                        Data emiterii: 30.11.2026
                                        Data scadenței: 15.12.2026

Furnizor: CURAT & RAPID SERVICES S.R.L.          Cumpărător: Arcadia Birotică S.A.
Nr. ord. reg. com.: J12/2231/2014                Nr. ord. reg. com.: J40/8812/1998
CIF: RO{cui}                                  CIF: RO1578443
Sediul: Str. Fabricii nr. 46, Cluj-Napoca        Sediul: Bd. Unirii nr. 64, București
Cont: {ib}                   Cont: RO71RNCB0082044117320001
Banca: Banca Transilvania                        Comanda nr.: 2026-1187

Nr. Denumirea produselor/serviciilor             U.M.  Cant.  Preț unitar  Valoare   Valoare TVA
{chr(10).join(f"{i+1:>2}  {d:<44} buc   {a:>3} {de(p):>12} {de(p):>9} {de(q(p*D('0.21'))):>12}" for i,(d,a,p) in enumerate(it_))}

Total fără TVA: {de(net)}      TVA 21%: {de(tax)}      Total de plată: {de(tot)} lei
"""
add('d4-026','ro','RO','invoice','Furnizor/Cumparator label on same line, buyer bank account also printed',t,invoiceNumber='00742',issueDate='2026-11-30',
    dueDate='2026-12-15',currency='RON',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='CURAT & RAPID SERVICES S.R.L.',iban=ib,vatId='RO'+cui,orderNumber='2026-1187')

# ---------- d4-027 SI d.o.o., Dobavitelj
sid = si_vat('5831294'); ib = iban('SI', '02010' + '0258832419')
ib = iban('SI', '0201002588324' + '19')
net=D('1890.00'); tax=q(net*D('0.22')); tot=net+tax
t = f"""
                                                    Račun št.: 26-300-000418
                                                    Datum izdaje: 11. 11. 2026
                                                    Datum opravljene storitve: 31. 10. 2026
                                                    Rok plačila: 25. 11. 2026

Dobavitelj                                    Kupec
ALPREM, proizvodnja in storitve, d.o.o.        Gostinstvo Bled d.o.o.
Tržaška cesta 132                             Cesta svobode 8
1000 Ljubljana                                4260 Bled
ID za DDV: SI{sid}                           ID za DDV: SI41187722
Matična št.: 6120771000                       Vaša naročilnica: NAR-2026-88

RAČUN

Opis                                               Količina      Cena      Znesek
Servis hladilne komore s polnjenjem R452A                1   1.890,00   1.890,00

Osnova za DDV 22 %:   {de(net)} EUR
DDV 22 %:               {de(tax)} EUR
Za plačilo:           {de(tot)} EUR

TRR: {ib4(ib)}   Sklic: SI00 26300000418
"""
add('d4-027','sl','SI','invoice','Dobavitelj/Kupec side by side, caps short name with comma-separated descriptor',t,invoiceNumber='26-300-000418',
    issueDate='2026-11-11',dueDate='2026-11-25',currency='EUR',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='ALPREM, proizvodnja in storitve, d.o.o.',
    iban=ib,vatId='SI'+sid,orderNumber='NAR-2026-88')

# ---------- d4-028 HR fiscal receipt
oib = hr_oib('7718204455')
a=[('Espresso',2,D('1.60')),('Sendvič pršut',1,D('5.90')),('Mineralna voda',1,D('2.20'))]
tot=sum(q(n*p) for _,n,p in a); net=q(tot/D('1.25')); tax=tot-net
t = f"""
        KAVANA "STARI MOST"
   obrt za ugostiteljstvo, vl. Ivana Perić
     Obala kneza Branimira 4, Zadar
          OIB: {oib}

Račun br: 318/PP1/1          22.11.2026 10:47
{chr(10).join(f"{d:<18}{n:>2} x {cm(p):>5} {cm(q(n*p)):>7}" for d,n,p in a)}
-------------------------------------
UKUPNO EUR                    {cm(tot)}
Osnovica PDV 25%  {cm(net)}  PDV {cm(tax)}
Način plaćanja: gotovina
Operater: Ana
ZKI: 6b1f0e2c9d4a7788a13e55c0d2f9b741
JIR: 4f2a7c11-9e03-4d2b-b8a1-3c77e0d5a912
"""
add('d4-028','hr','HR','receipt','quoted café name, craft (obrt) owned by person',t,invoiceNumber='318/PP1/1',issueDate='2026-11-22',currency='EUR',
    netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='KAVANA "STARI MOST"',vatId=oib)

# ---------- d4-029 BG ЕООД
eik = bg_vat('20488317'); ib = iban('BG', 'UNCR' + '7000' + '15' + '22817734')
net=D('3150.00'); tax=q(net*D('0.20')); tot=net+tax
t = f"""
ФАКТУРА № 0000004187                                  ОРИГИНАЛ
Дата на издаване: 03.11.2026
Дата на данъчното събитие: 31.10.2026

Получател:                                     Доставчик:
„Родопа Фрукт“ ООД                             ВИТОША СОФТУЕР ЕООД
ЕИК: 115882734                                 ЕИК: {eik}
ИН по ЗДДС: BG115882734                        ИН по ЗДДС: BG{eik}
гр. Пловдив, ул. „Бетховен“ 12                 гр. София, бул. „Черни връх“ 47
МОЛ: Стефан Колев                              МОЛ: Десислава Ангелова

Поръчка №: PR-2026-31

№  Наименование на стоката/услугата            Мярка   Кол.   Ед. цена    Стойност
1  Абонаментна поддръжка ERP, октомври 2026    бр.       1    3150.00     3150.00

Данъчна основа 20%:    {pl(net)} лв.
ДДС 20%:                {pl(tax)} лв.
Сума за плащане:       {pl(tot)} лв.

Начин на плащане: по банков път   IBAN: {ib}   BIC: UNCRBGSF
"""
add('d4-029','bg','BG','invoice','Bulgarian, buyer (Poluchatel) left, supplier right in caps',t,invoiceNumber='0000004187',issueDate='2026-11-03',
    currency='BGN',netAmount=net,taxAmount=tax,totalAmount=tot,vendorName='ВИТОША СОФТУЕР ЕООД',iban=ib,vatId='BG'+eik,orderNumber='PR-2026-31')

# ---------- d4-030 CZ short receipt
ico = cz_ico('0618844')
tot=D('289.00')
t = f"""
  KNIHKUPECTVÍ U ZELENÉHO STROMU
  Jiří Zelenka, IČO {ico}
  Masarykovo nám. 3, Jihlava
Účtenka č. 2026/11/0588   17.11.2026 14:22
Kniha "Zahrada na balkoně"     289,00
CELKEM Kč                      289,00
Neplátce DPH. Děkujeme!
"""
add('d4-030','cs','CZ','receipt','short receipt, shop name line vs owner person line, non-VAT payer',t,invoiceNumber='2026/11/0588',issueDate='2026-11-17',
    currency='CZK',totalAmount=tot,vendorName='Jiří Zelenka')
