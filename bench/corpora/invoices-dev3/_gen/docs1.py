from e import *
def LB(**k):
    base=dict(pos='Pos',desc='Description',qty='Qty',unit='Unit price',vatc='VAT',amt='Amount',page='Page {} of {}',nf='en',df='{d}/{m}/{y}')
    base.update(k); return base
L_DE=LB(title='RECHNUNG',num='Rechnungsnummer:',date='Rechnungsdatum:',due='Fällig am:',order='Ihre Bestellung:',seller='Verkäufer',buyer='',pos='Pos.',desc='Bezeichnung',qty='Menge',unit='Einzelpreis',vatc='USt.',amt='Betrag EUR',net='Nettobetrag',tax='zzgl. USt. {} %',total='Rechnungsbetrag',nf='de',df='{d}.{m}.{y}',page='Seite {} von {}',carry='Übertrag')
L_PL=LB(title='FAKTURA VAT',num='Nr',date='Data wystawienia:',due='Termin płatności:',order='Nr zamówienia:',seller='Sprzedawca:',buyer='Nabywca:',pos='Lp.',desc='Nazwa towaru lub usługi',qty='Ilość',unit='Cena netto',vatc='VAT',amt='Wartość netto',net='Razem netto',tax='VAT {}%',total='Do zapłaty',nf='fr',df='{y}-{m}-{d}',page='Strona {} z {}')
L_CZ=LB(title='FAKTURA - DAŇOVÝ DOKLAD',num='Číslo faktury:',date='Datum vystavení:',due='Datum splatnosti:',order='Objednávka č.:',seller='Dodavatel:',buyer='Odběratel:',pos='Č.',desc='Označení dodávky',qty='Množství',unit='Cena/MJ',vatc='DPH',amt='Celkem bez DPH',net='Základ daně',tax='DPH {} %',total='Celkem k úhradě',nf='fr',df='{D}. {M}. {y}',page='Strana {} z {}')
L_SK=LB(title='FAKTÚRA',num='Faktúra číslo:',date='Dátum vyhotovenia:',due='Dátum splatnosti:',order='Číslo objednávky:',seller='Dodávateľ:',buyer='Odberateľ:',pos='P.č.',desc='Popis',qty='Množstvo',unit='Jedn. cena',vatc='DPH',amt='Spolu bez DPH',net='Základ dane',tax='DPH {} %',total='Spolu na úhradu',nf='fr',df='{d}.{m}.{y}')
L_HU=LB(title='SZÁMLA',num='Számla sorszáma:',date='Számla kelte:',due='Fizetési határidő:',order='Megrendelés száma:',seller='Szállító (eladó):',buyer='Vevő:',pos='Ssz.',desc='Megnevezés',qty='Menny.',unit='Nettó egységár',vatc='ÁFA',amt='Nettó érték',net='Nettó összesen',tax='ÁFA {}%',total='Bruttó végösszeg',nf='fr',df='{y}.{m}.{d}.')
L_RO=LB(title='FACTURĂ',num='Nr. factură:',date='Data emiterii:',due='Data scadenței:',order='Comanda nr.:',seller='Furnizor:',buyer='Cumpărător:',pos='Nr.',desc='Denumirea produselor sau serviciilor',qty='Cant.',unit='Preț unitar',vatc='TVA',amt='Valoare',net='Total fără TVA',tax='TVA {}%',total='Total de plată',nf='de',df='{d}.{m}.{y}')
L_BG=LB(title='ФАКТУРА',num='Номер:',date='Дата на издаване:',due='Падеж:',order='Поръчка №:',seller='Доставчик:',buyer='Получател:',pos='№',desc='Наименование на стоката/услугата',qty='К-во',unit='Ед. цена',vatc='ДДС',amt='Стойност',net='Данъчна основа',tax='ДДС {}%',total='Сума за плащане',nf='fr',df='{d}.{m}.{y} г.')
L_RU=LB(title='СЧЁТ-ФАКТУРА',num='№',date='от',due='Оплатить до:',order='Договор/заказ №',seller='Продавец:',buyer='Покупатель:',pos='№',desc='Наименование товара (услуги)',qty='Кол-во',unit='Цена',vatc='НДС',amt='Сумма без НДС',net='Итого без НДС',tax='НДС {}%',total='Всего к оплате',nf='fr',df='{d}.{m}.{y}')
L_EL=LB(title='ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ',num='Αριθμός:',date='Ημερομηνία:',due='Λήξη πληρωμής:',order='Αρ. παραγγελίας:',seller='Εκδότης:',buyer='Πελάτης:',pos='Α/Α',desc='Περιγραφή',qty='Ποσ.',unit='Τιμή μον.',vatc='ΦΠΑ',amt='Αξία',net='Καθαρή αξία',tax='ΦΠΑ {}%',total='Πληρωτέο ποσό',nf='de',df='{d}/{m}/{y}')
L_TR=LB(title='FATURA',num='Fatura No:',date='Fatura Tarihi:',due='Son Ödeme Tarihi:',order='Sipariş No:',seller='Satıcı:',buyer='Alıcı:',pos='Sıra',desc='Mal/Hizmet',qty='Miktar',unit='Birim Fiyat',vatc='KDV',amt='Tutar',net='Mal/Hizmet Toplam Tutarı',tax='Hesaplanan KDV (%{})',total='Ödenecek Tutar',nf='de',df='{d}.{m}.{y}')
L_TH=LB(title='ใบแจ้งหนี้/ใบกำกับภาษี  INVOICE/TAX INVOICE',num='เลขที่ / No.',date='วันที่ / Date',due='ครบกำหนด / Due',order='ใบสั่งซื้อ / PO No.',seller='ผู้ขาย / Seller',buyer='ผู้ซื้อ / Buyer',pos='ลำดับ',desc='รายการ',qty='จำนวน',unit='ราคา/หน่วย',vatc='VAT',amt='จำนวนเงิน',net='รวมเงิน',tax='ภาษีมูลค่าเพิ่ม {}%',total='จำนวนเงินรวมทั้งสิ้น',df='{d}/{m}/{y}')
L_VI=LB(title='HÓA ĐƠN GIÁ TRỊ GIA TĂNG',num='Số:',date='Ngày lập:',due='Hạn thanh toán:',order='Đơn đặt hàng số:',seller='Người bán:',buyer='Người mua:',pos='STT',desc='Tên hàng hóa, dịch vụ',qty='SL',unit='Đơn giá',vatc='Thuế',amt='Thành tiền',net='Cộng tiền hàng',tax='Tiền thuế GTGT ({}%)',total='Tổng tiền thanh toán',nf='de',df='{d}/{m}/{y}')
L_ID=LB(title='FAKTUR',num='No. Faktur:',date='Tanggal:',due='Jatuh Tempo:',order='No. PO:',seller='Penjual:',buyer='Pembeli:',pos='No',desc='Nama Barang/Jasa',qty='Jml',unit='Harga Satuan',vatc='PPN',amt='Jumlah',net='Dasar Pengenaan Pajak',tax='PPN {}%',total='Total Tagihan',nf='de',df='{d}-{m}-{y}')
L_MS=LB(title='INVOIS CUKAI',num='No. Invois:',date='Tarikh:',due='Tarikh Akhir Bayaran:',order='No. Pesanan Belian:',seller='Penjual:',buyer='Pembeli:',pos='Bil',desc='Perihal',qty='Kuantiti',unit='Harga Seunit',vatc='SST',amt='Jumlah',net='Jumlah Sebelum Cukai',tax='Cukai Jualan & Perkhidmatan {}%',total='Jumlah Perlu Dibayar',df='{d}/{m}/{y}')
L_SV=LB(title='FAKTURA',num='Fakturanummer:',date='Fakturadatum:',due='Förfallodatum:',order='Er referens/order:',seller='Säljare',buyer='Fakturaadress',pos='Rad',desc='Benämning',qty='Antal',unit='À-pris',vatc='Moms',amt='Belopp',net='Summa exkl. moms',tax='Moms {} %',total='Att betala',nf='sv',df='{y}-{m}-{d}')
L_DA=LB(title='FAKTURA',num='Fakturanr.:',date='Fakturadato:',due='Forfaldsdato:',order='Deres ordrenr.:',seller='Sælger',buyer='',pos='Nr.',desc='Beskrivelse',qty='Antal',unit='Stk. pris',vatc='Moms',amt='Beløb',net='Subtotal',tax='Moms {} %',total='Total DKK',nf='de',df='{d}-{m}-{y}')
L_FI=LB(title='LASKU',num='Laskun numero:',date='Laskun päivämäärä:',due='Eräpäivä:',order='Tilausnumero:',seller='Myyjä',buyer='',pos='Rivi',desc='Tuote',qty='Määrä',unit='A-hinta',vatc='ALV',amt='Yhteensä',net='Veroton yhteensä',tax='ALV {} %',total='Maksettava',nf='sv',df='{D}.{M}.{y}')
L_NO=LB(title='FAKTURA',num='Fakturanummer:',date='Fakturadato:',due='Forfallsdato:',order='Deres ref./ordre:',seller='Selger',buyer='',pos='Linje',desc='Beskrivelse',qty='Antall',unit='Enhetspris',vatc='MVA',amt='Beløp',net='Sum eks. mva',tax='MVA {} %',total='Å betale',nf='sv',df='{d}.{m}.{y}')
L_HR=LB(title='RAČUN',num='Broj računa:',date='Datum izdavanja:',due='Datum dospijeća:',order='Narudžbenica br.:',seller='Prodavatelj:',buyer='Kupac:',pos='R.br.',desc='Naziv',qty='Kol.',unit='Cijena',vatc='PDV',amt='Iznos',net='Osnovica',tax='PDV {}%',total='Ukupno za platiti',nf='de',df='{d}.{m}.{y}.')
L_SL=LB(title='RAČUN',num='Številka računa:',date='Datum izdaje:',due='Rok plačila:',order='Naročilnica:',seller='Izdajatelj:',buyer='Prejemnik:',pos='Zap.',desc='Opis',qty='Kol.',unit='Cena',vatc='DDV',amt='Vrednost',net='Skupaj brez DDV',tax='DDV {} %',total='Za plačilo',nf='de',df='{d}. {m}. {y}')
L_ET=LB(title='ARVE',num='Arve nr:',date='Kuupäev:',due='Maksetähtaeg:',order='Tellimuse nr:',seller='Müüja',buyer='Ostja',pos='Nr',desc='Kirjeldus',qty='Kogus',unit='Hind',vatc='KM',amt='Summa',net='Summa km-ta',tax='Käibemaks {}%',total='Tasuda',nf='sv',df='{d}.{m}.{y}')
L_PT=LB(title='FATURA',num='Fatura n.º',date='Data de emissão:',due='Data de vencimento:',order='V/ Encomenda:',seller='Fornecedor',buyer='Cliente',pos='Ref.',desc='Descrição',qty='Qtd.',unit='Preço unit.',vatc='IVA',amt='Valor',net='Total ilíquido',tax='IVA {}%',total='Total a pagar',nf='de',df='{d}-{m}-{y}')
L_NL=LB(title='FACTUUR',num='Factuurnummer:',date='Factuurdatum:',due='Vervaldatum:',order='Uw ordernummer:',seller='Leverancier',buyer='Afnemer',pos='Nr.',desc='Omschrijving',qty='Aantal',unit='Prijs',vatc='BTW',amt='Bedrag',net='Subtotaal excl. btw',tax='Btw {}%',total='Totaal te betalen',nf='de',df='{d}-{m}-{y}')
L_EN=LB(vatc='GST',title='TAX INVOICE',num='Invoice No:',date='Invoice Date:',due='Due Date:',order='Your PO:',seller='Supplier',buyer='Bill To:',net='Subtotal',tax='GST {}%',total='Total Due',df='{d}/{m}/{y}')
L_IT=LB(title='FATTURA',num='Fattura n.',date='Data:',due='Scadenza:',order='Vs. ordine:',seller='Cedente/Prestatore',buyer='Cessionario/Committente',pos='N.',desc='Descrizione',qty='Q.tà',unit='Prezzo',vatc='IVA',amt='Importo',net='Imponibile',tax='IVA {}%',total='Totale documento',nf='de',df='{d}/{m}/{y}')

def G(id, lang, cc, layout, L, S, B, items, meta, opts={}, dtype='invoice', iban=None, vat=None, vendor=None):
    t,c=generic(L,S,B,items,meta,opts)
    add(id,lang,cc,dtype,layout,t,invoiceNumber=meta['num'],issueDate=meta['date'],dueDate=meta.get('due'),currency=meta['cur'],
        netAmount=c['net'],taxAmount=c['tax'],totalAmount=c['total'],vendorName=vendor or S['name'],iban=iban,vatId=vat,orderNumber=meta.get('order'))
    return c

# ---- Poland
nip=nip_PL(); nipb=nip_PL(); ib=iban('PL')
G('d3-023','pl','PL','faktura VAT sprzedawca/nabywca blocks',L_PL,
  dict(name='ZAKŁAD USŁUG DŹWIGOWYCH "ŻURAW" Sp. z o.o.',lines=['ul. Przemysłowa 17B','62-800 Kalisz',f'NIP: {nip[:3]}-{nip[3:6]}-{nip[6:8]}-{nip[8:]}','BDO: 000412877']),
  dict(name='Budomex Kalisz S.A.',lines=['al. Wojska Polskiego 203','62-800 Kalisz',f'NIP: {nipb}']),
  [('Wynajem żurawia 60 t z operatorem (godz.)',14,'385.00',23),('Dojazd i powrót sprzętu',1,'950.00',23),('Balast dodatkowy 12 t - transport',1,'1200.00',23)],
  dict(num='FV/0412/11/2026',date='2026-11-14',due='2026-11-28',cur='PLN',order='ZAM-2026-3318',extra=[('Data sprzedaży:','12.11.2026'.replace('.','-')[6:]+'-11-12')],
       notes=['Sposób płatności: przelew',f'Nr rachunku: {grp(ib)}','Bank: Bank Spółdzielczy w Kaliszu','Mechanizm podzielonej płatności','Słownie: zgodnie z kwotą do zapłaty']),
  dict(seller_pos='block'),iban=ib,vat=nip)
# fix extra date format weirdness: replace in text later not needed
# ---- Czech
ico=ico_CZ(); ico_b=ico_CZ(); ib=iban('CZ','0800'+digits(16))
G('d3-025','cs','CZ','faktura daňový doklad dodavatel/odběratel',L_CZ,
  dict(name='Kovovýroba Hrubeš s.r.o.',lines=['Průmyslová 1184/6','783 01 Olomouc',f'IČO: {ico}',f'DIČ: CZ{ico}','Zapsáno v OR u KS v Ostravě, oddíl C, vložka 41877']),
  dict(name='Stavby Morava a.s.',lines=['Jeremenkova 40a','779 00 Olomouc',f'IČO: {ico_b}',f'DIČ: CZ{ico_b}']),
  [('Ocelové zábradlí schodiště, žárově zinkované',23,'2 180,00'.replace(' ','').replace(',','.'),21),('Kotevní materiál',1,'3450.00',21),('Montáž',16,'650.00',21)],
  dict(num='2026110087',date='2026-11-19',due='2026-12-03',cur='CZK',extra=[('Datum uskut. zdan. plnění:','19. 11. 2026'),('Variabilní symbol:','2026110087'),('Konstantní symbol:','0308')],order='OBJ-26-0921',
       notes=['Forma úhrady: převodem',f'Bankovní účet: 19-{digits(10)}/0800',f'IBAN: {grp(ib)}   SWIFT: GIBACZPX','Fakturu vystavil: Ing. Petra Novotná']),
  dict(seller_pos='block'),iban=ib,vat='CZ'+ico)
# ---- Slovakia
dic=sk_dic(); ib=iban('SK','1100'+digits(16))
G('d3-026','sk','SK','faktura dodavatel block, IC DPH',L_SK,
  dict(name='Ing. Marek Kováčik - KOVAPROJEKT',lines=['Hlavná 112','040 01 Košice','IČO: 51 238 744',f'DIČ: {dic}',f'IČ DPH: SK{dic}','Zapísaný v živnostenskom registri OÚ Košice, č. 810-228871']),
  dict(name='Východoslovenská vodárenská spoločnosť a.s.',lines=['Komenského 50','042 48 Košice','IČ DPH: SK2020488393']),
  [('Projektová dokumentácia - prípojka vody, DSP',1,'2400.00',23),('Autorský dozor (hod.)',12,'45.00',23)],
  dict(num='FA20260341',date='2026-11-10',due='2026-11-24',cur='EUR',extra=[('Dátum dodania:','31.10.2026'),('Variabilný symbol:','20260341')],
       notes=[f'IBAN: {grp(ib)}','Spôsob úhrady: bankový prevod','Faktúru vyhotovil: Marek Kováčik']),
  dict(seller_pos='block'),iban=ib,vat='SK'+dic,vendor='Ing. Marek Kováčik - KOVAPROJEKT')
# ---- Hungary
hu=hu_tax(); ib=iban('HU','117'+digits(21)); hub=hu_tax()
G('d3-027','hu','HU','szamla szallito/vevo, adoszam + EU adoszam',L_HU,
  dict(name='Tiszavirág Nyomda Kft.',lines=['6720 Szeged, Kárász utca 14.',f'Adószám: {hu}-2-06',f'Közösségi adószám: HU{hu}','Cégjegyzékszám: 06-09-018845',f'Bankszámla: 11735005-{digits(8)}-{digits(8)}']),
  dict(name='Alföldi Borház Zrt.',lines=['6000 Kecskemét, Rákóczi út 3.',f'Adószám: {hub}-2-03']),
  [('Boros címke, 4 szín, öntapadó (ezer db)',25,'18400.00',27),('Grafikai tervezés',1,'65000.00',27),('Szállítás',1,'9500.00',27)],
  dict(num='TVN-2026/01873',date='2026-11-16',due='2026-12-01',cur='HUF',extra=[('Teljesítés dátuma:','2026.11.16.'),('Fizetési mód:','átutalás')],
       notes=[f'IBAN: {grp(ib)}','A számla a 2007. évi CXXVII. törvény előírásainak megfelel.']),
  dict(seller_pos='block',nodec=True),iban=ib,vat='HU'+hu)
# ---- Romania
cui=ro_cui(); ib=iban('RO','BTRL'+'RONCRT0'+digits(9))
G('d3-028','ro','RO','factura furnizor/cumparator, CIF RO',L_RO,
  dict(name='TRANSILVANIA AGROMEC S.R.L.',lines=['Str. Fabricii nr. 9, Cluj-Napoca, jud. Cluj','Nr. Reg. Com.: J12/4471/2011',f'CIF: RO{cui}','Capital social: 200 lei',f'Cont: {ib}','Banca Transilvania']),
  dict(name='Ferma Someșul Verde S.R.L.',lines=['Sat Iclod nr. 211, jud. Cluj','CIF: RO29918452','Nr. Reg. Com.: J12/1190/2012']),
  [('Revizie tractor 160 CP - manoperă (ore)',18,'145.00',21),('Filtre și uleiuri set',1,'2360.50',21),('Deplasare service mobil (km)',84,'3.20',21)],
  dict(num='TAM 2026-00512',date='2026-11-18',due='2026-12-18',cur='RON',extra=[('Cota TVA:','21%')],order='CMD 118/2026',
       notes=['Factura circulă fără semnătură și ștampilă conform Legii 227/2015.']),
  dict(seller_pos='block'),iban=ib,vat='RO'+cui)
# ---- Bulgaria
bg=bg_vat(); ib=iban('BG','UNCR7000'+digits(10))
G('d3-029','bg','BG','фактура доставчик/получател, оригинал',L_BG,
  dict(name='„РОДОПА ЛОГИСТИК“ ЕООД',lines=['гр. Пловдив, бул. „Кукленско шосе“ 23',f'ЕИК: {bg}',f'ИН по ДДС: BG{bg}','МОЛ: Стоян Петров',f'IBAN: {ib}','BIC: UNCRBGSF']),
  dict(name='„Марица Фуудс“ АД',lines=['гр. Пловдив, ул. „Рогошко шосе“ 2','ИН по ДДС: BG115550231']),
  [('Складово съхранение, палетоместа (ноември)',96,'9.45',20),('Товаро-разтоварни операции',42,'6.10',20),('Стреч фолио',1,'44.20',20)],
  dict(num='0000004419',date='2026-11-30',due='2026-12-10',cur='EUR',extra=[('Дата на данъчно събитие:','30.11.2026 г.'),('ОРИГИНАЛ','')],
       notes=['Плащане: по банков път','Основание за ставка 20%: чл. 66, ал. 1 ЗДДС','Съставил: Ивелина Георгиева']),
  dict(seller_pos='block'),iban=ib,vat='BG'+bg)
# ---- Russia
inn=ru_inn()
G('d3-030','ru','RU','счёт-фактура продавец/покупатель ИНН/КПП',L_RU,
  dict(name='Общество с ограниченной ответственностью «СеверТехСнаб»',lines=['Адрес: 163000, г. Архангельск, ул. Воскресенская, д. 87, оф. 12',f'ИНН/КПП продавца: {inn}/290101001','Р/с 40702810504000012345 в Архангельском отд. № 8637','БИК 041117601  К/с 30101810100000000601']),
  dict(name='АО «Беломорская верфь»',lines=['Адрес: 164500, г. Северодвинск, Архангельское ш., д. 58','ИНН/КПП покупателя: 2902011558/290201001']),
  [('Электроды сварочные УОНИ-13/55 ф4 мм, кг',350,'245.00',22),('Круг отрезной 230х2,5, шт',400,'68.00',22),('Доставка',1,'4500.00',22)],
  dict(num='СФ-1174',date='2026-11-24',due=None,cur='RUB',order='Д-44/2026',extra=[('Исправление № --','от --'),('Валюта: наименование, код','Российский рубль, 643')],
       notes=['Руководитель организации ______ Лебедев А.В.   Главный бухгалтер ______ Карпова Н.И.']),
  dict(seller_pos='block'),iban=None,vat=inn,vendor='Общество с ограниченной ответственностью «СеверТехСнаб»')
# ---- Greece
el=el_vat(); ib=iban('GR','0110'+digits(19))
G('d3-032','el','GR','τιμολόγιο εκδότης/πελάτης, ΑΦΜ, ΜΑΡΚ',L_EL,
  dict(name='ΑΙΓΑΙΟ ΨΥΚΤΙΚΗ Μ.Ι.Κ.Ε.',lines=['Λεωφ. Συγγρού 214, 17672 Καλλιθέα',f'ΑΦΜ: {el}   ΔΟΥ: ΚΑΛΛΙΘΕΑΣ','ΓΕΜΗ: 145228801000','Τηλ. 210 9512 447']),
  dict(name='ΞΕΝΟΔΟΧΕΙΑ ΚΥΚΛΑΔΩΝ Α.Ε.',lines=['Φηρά, 84700 Σαντορίνη','ΑΦΜ: 094112587  ΔΟΥ: ΘΗΡΑΣ']),
  [('Συντήρηση ψυκτικών θαλάμων',3,'280.00',24),('Ψυκτικό υγρό R448A (kg)',12,'38.50',24),('Έξοδα μετάβασης (πλοίο)',1,'165.00',24)],
  dict(num='Α-2026/0918',date='2026-11-12',due='2026-12-12',cur='EUR',extra=[('ΜΑΡΚ:','400001933815571'),('Τρόπος πληρωμής:','Πίστωση')],
       notes=[f'IBAN: {grp(ib)}   ΕΘΝΙΚΗ ΤΡΑΠΕΖΑ','Πάροχος ηλεκτρονικής τιμολόγησης: EPSILON NET']),
  dict(seller_pos='block'),iban=ib,vat='EL'+el if False else el)
