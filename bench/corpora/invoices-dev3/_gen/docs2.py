from docs1 import *
def P(name, lines): return dict(name=name, lines=lines)
# Turkey
v=tr_vkn(); ib=iban('TR','00064'+'0'+digits(16))
G('d3-033','tr','TR','e-fatura satici/alici VKN ETTN',L_TR,P('EGE ZEYTİN VE GIDA SANAYİ TİCARET A.Ş.',['Atatürk Cad. No:212 Alsancak / İZMİR','Tel: 0232 464 18 20',f'Vergi Dairesi: KORDON  VKN: {v}','Mersis No: 0325014778900015']),
  P('ANKARA ŞARKÜTERİ LTD. ŞTİ.',['Kızılay Mah. Gazi Mustafa Kemal Blv. 44 Çankaya/ANKARA','VKN: 7340091152']),
  [('Naturel sızma zeytinyağı 5 lt teneke',60,'840.00',10),('Siyah zeytin gemlik 10 kg',25,'1150.00',10),('Nakliye bedeli',1,'2500.00',20)],
  dict(num='EGZ2026000001417',date='2026-11-21',due='2026-12-21',cur='TRY',order='SP-88213',extra=[('Senaryo:','TEMELFATURA'),('ETTN:','5f3c9a2e-71b4-4d0a-9c1e-2b8e77a4d611')],
       notes=[f'IBAN: {grp(ib)} (Türkiye İş Bankası)','Yalnız: fatura toplamı kadardır.']),dict(seller_pos='block'),iban=ib,vat=v)
# Thailand
t=th_tin()
G('d3-037','th','TH','ใบกำกับภาษี bilingual seller block',L_TH,P('บริษัท สยามเคมีภัณฑ์อุตสาหกรรม จำกัด',['SIAM CHEMICAL INDUSTRIAL CO., LTD.','88/9 ถนนบางนา-ตราด แขวงบางนา เขตบางนา กรุงเทพฯ 10260',f'เลขประจำตัวผู้เสียภาษี {t}  สำนักงานใหญ่']),
  P('บริษัท ชลบุรีแพ็คเกจจิ้ง จำกัด',['99 หมู่ 4 ต.หนองขาม อ.ศรีราชา จ.ชลบุรี 20230','เลขประจำตัวผู้เสียภาษี 0205551009871 สาขา 00001']),
  [('กาวน้ำ PVA เกรดอุตสาหกรรม (ถัง 20 กก.)',40,'1250.00',7),('ค่าขนส่ง',1,'1800.00',7)],
  dict(num='IV6911-0274',date='2026-11-26',due='2026-12-26',cur='THB',order='PO-CBP-2611-018',extra=[('เงื่อนไข / Terms','30 วัน')],notes=['ชำระโดยโอนเข้าบัญชี ธนาคารกสิกรไทย 123-4-56789-0']),
  dict(seller_pos='block'),vat=t)
# fix baht words not computed: acceptable noise
# Vietnam
m=vn_mst()
G('d3-038','vi','VN','hoa don GTGT nguoi ban, ky hieu',L_VI,P('CÔNG TY TNHH THIẾT BỊ Y TẾ AN KHANG',[f'Mã số thuế: {m}','Địa chỉ: 145 Nguyễn Văn Trỗi, Phường 11, Quận Phú Nhuận, TP. Hồ Chí Minh','Số tài khoản: 0071000987654 tại Vietcombank']),
  P('BỆNH VIỆN ĐA KHOA TÂM ĐỨC',['Mã số thuế: 0312298871','Địa chỉ: 22 Lê Lợi, TP. Biên Hòa, Đồng Nai']),
  [('Máy đo huyết áp điện tử',20,'1450000',8),('Bơm tiêm điện',2,'38500000',8),('Vận chuyển, lắp đặt',1,'2000000',8)],
  dict(num='00001842',date='2026-11-20',due=None,cur='VND',extra=[('Ký hiệu:','1C26TAK'),('Mã CQT:','00A4B2C9E1F7D04C1A8B3F29')],notes=['Hình thức thanh toán: TM/CK','Tra cứu hóa đơn tại: https://hoadon.ankhang-med.vn  Mã tra cứu: AK8F2Q19']),
  dict(seller_pos='block',nodec=True),vat=m)
# Indonesia
n=npwp(); nf_=f'{n[:2]}.{n[2:5]}.{n[5:8]}.{n[8]}-{n[9:12]}.{n[12:]}'
G('d3-039','id','ID','faktur penjual/pembeli NPWP',L_ID,P('PT Sinar Nusantara Kemasindo',['Jl. Rungkut Industri III No. 41, Surabaya 60293',f'NPWP: {nf_}','Telp. (031) 843 2210']),
  P('CV Maju Jaya Snack',['Jl. Raya Sidoarjo Km 12, Sidoarjo','NPWP: 02.771.554.6-603.000']),
  [('Standing pouch alu-foil 500 g (pcs)',20000,'1850',11),('Biaya cetak silinder (set)',1,'7500000',11)],
  dict(num='INV/SNK/2026/11/0093',date='2026-11-17',due='2026-12-17',cur='IDR',order='PO/MJS/1125',notes=['Pembayaran ke rekening BCA 0881234567 a.n. PT Sinar Nusantara Kemasindo','Faktur Pajak: 010.026-26.48815221']),
  dict(seller_pos='block',nodec=True),vat=n)
# Malaysia
G('d3-040','ms','MY','invois cukai SST no, Sdn Bhd',L_MS,P('KILANG PERABOT SERI MURNI SDN. BHD.',['(Co. Reg. No. 201501022871 (1147733-K))','Lot 12, Jalan Perusahaan 3, Kawasan Perindustrian Muar, 84000 Muar, Johor','No. Pendaftaran SST: J31-1808-32001477']),
  P('Rumah Hiasan Ampang Enterprise',['No. 7, Jalan Ampang Utama 2/1, 68000 Ampang, Selangor']),
  [('Kerusi makan kayu getah (unit)',48,'165.00',10),('Meja makan 6 kerusi (unit)',8,'890.00',10),('Caj penghantaran',1,'350.00',10)],
  dict(num='INV-SM-26-04412',date='2026-11-13',due='2026-12-13',cur='MYR',order='PO-RHA-0456',notes=['Sila buat pembayaran kepada Maybank 5140 1122 3344','Invois ini dijana oleh komputer.']),
  dict(seller_pos='block'),vat='J31180832001477')
# Sweden
o=se_org(); ib=iban('SE','5000'+digits(16))
G('d3-061','sv','SE','faktura, bankgiro, OCR, säljare i sidfot',L_SV,dict(name='Norrlands Skogsmaskin AB',brand='NORRSKOG',lines=[],footer=[f'Norrlands Skogsmaskin AB   Org.nr {o[:6]}-{o[6:]}   Momsreg.nr SE{o}01   Innehar F-skattsedel',f'Storgatan 48, 903 26 Umeå   Bankgiro 5311-2084   IBAN {grp(ib)}']),
  P('Västerbottens Virke Ek. för.',['Att: Leverantörsreskontra','Box 214','931 24 Skellefteå']),
  [('Service skördare, arbete tim',9,'1150.00',25),('Hydraulslang 1/2" m',14,'240.00',25),('Resekostnad',1,'1800.00',25)],
  dict(num='71840',date='2026-11-09',due='2026-12-09',cur='SEK',order='VV-2026-771',extra=[('Kundnr:','20417'),('OCR:','7184020417')],notes=['Dröjsmålsränta debiteras enligt räntelagen.']),
  dict(seller_pos='footer'),iban=ib,vat=f'SE{o}01')
# Denmark
cvr=dk_cvr(); ib=iban('DK','5301'+digits(10))
G('d3-062','da','DK','faktura, CVR i sidfod, FI-kort',L_DA,dict(name='Fynsk Tagdækning ApS',lines=['Odensevej 118','5260 Odense S',f'CVR-nr.: {cvr}'],footer=[f'Fynsk Tagdækning ApS · CVR {cvr} · Bank: Reg. 5301 Konto {digits(10)} · IBAN {ib}']),
  P('Ejerforeningen Kanalbyen 4',['c/o Administrator Jensen & Co.','Kanalvej 4','5000 Odense C']),
  [('Udskiftning af tagpap, m²',112,'385.00',25),('Stillads, leje uge',2,'2400.00',25),('Bortskaffelse affald',1,'1650.00',25)],
  dict(num='2026-1138',date='2026-11-20',due='2026-12-04',cur='DKK',extra=[('Kundenr.:','3309')],notes=['FI-kode: +71<000000020261138 +87654321<']),
  dict(footer=True),iban=ib,vat=cvr)
# Finland
fi=fi_vat(); ib=iban('FI','1234'+digits(10))
G('d3-063','fi','FI','lasku viitenumero, Y-tunnus',L_FI,P('Järvisen Sähkö Oy',['Teollisuuskatu 9','33100 Tampere',f'Y-tunnus {fi[:7]}-{fi[7]}',f'ALV-nro FI{fi}']),
  P('As Oy Tampereen Pispala',['Isännöitsijätoimisto Kiinteistö-Kivi','Pispalan valtatie 60','33250 Tampere']),
  [('Sähkökeskuksen uusinta, työ h',16,'68.00',25.5),('Sähkötarvikkeet',1,'1284.60',25.5)],
  dict(num='26-4471',date='2026-11-25',due='2026-12-09',cur='EUR',extra=[('Viitenumero:','26447 13'),('Asiakasnumero:','1190')],notes=[f'Tilinumero (IBAN): {grp(ib)}   BIC: OKOYFIHH','Viivästyskorko korkolain mukaan.']),
  dict(),iban=ib,vat='FI'+fi)
# Norway
no=no_org(); ib=iban('NO','1503'+digits(7))
G('d3-064','nb','NO','faktura foretaksregisteret MVA, KID',L_NO,P('Vestlandsk Fiskeutstyr AS',['Strandkaien 14','5013 Bergen',f'Org.nr. {no[:3]} {no[3:6]} {no[6:]} MVA','Foretaksregisteret']),
  P('Havbruk Sunnfjord AS',['Postboks 88','6901 Florø']),
  [('Notlin 18 mm, rull',6,'4250.00',25),('Tauverk polysteel 24 mm, m',300,'38.00',25),('Frakt',1,'1490.00',25)],
  dict(num='310552',date='2026-11-11',due='2026-11-25',cur='NOK',order='HS-4410',extra=[('KID:','0003105527')],notes=[f'Kontonummer: {ib[4:8]}.{ib[8:10]}.{ib[10:]}   IBAN: {ib}']),
  dict(),iban=ib,vat=f'{no}MVA')
# Croatia
oib=hr_oib(); ib=iban('HR','2402006'+digits(10))
G('d3-065','hr','HR','racun OIB, JIR ZKI, mjesto izdavanja',L_HR,P('DALMACIJA PLOVIDBA d.o.o.',['Obala kneza Branimira 6, 21000 Split',f'OIB: {oib}',f'IBAN: {ib}']),
  P('Hotel Lučica d.d.',['Put Firula 20, 21000 Split','OIB: 48810223571']),
  [('Najam broda s posadom (dan)',3,'1450.00',25),('Gorivo',1,'612.40',25)],
  dict(num='118-1-1',date='2026-10-31',due='2026-11-15',cur='EUR',extra=[('Mjesto izdavanja:','Split'),('Način plaćanja:','transakcijski račun'),('ZKI:','a41c8e2f0b77d3d19c01e4b5f6a8723c'),('JIR:','8c1d2e55-a90b-4f12-b3c7-1e9d0f44a620')],notes=['Operater: MARKO','Poziv na broj: HR00 118-2026']),
  dict(seller_pos='block'),iban=ib,vat=oib)
# Slovenia
si=si_vat(); ib=iban('SI','56'+'0201'+digits(9))
G('d3-066','sl','SI','racun izdajatelj/prejemnik, ID za DDV',L_SL,P('Alpska Lesna Galanterija, d.o.o.',['Cesta na Brdo 24, 4000 Kranj',f'ID za DDV: SI{si}','Matična št.: 6418871000',f'TRR: {grp(ib)}']),
  P('Planinsko društvo Kamnik',['Šutna 42, 1241 Kamnik','ID za DDV: SI12987654']),
  [('Lesene klopi za kočo',8,'210.00',22),('Mize hrastove',3,'540.00',22)],
  dict(num='26-300-000217',date='2026-11-06',due='2026-12-06',cur='EUR',extra=[('Datum opravljene storitve:','05. 11. 2026'),('Sklic:','SI00 26300217')]),
  dict(seller_pos='block'),iban=ib,vat='SI'+si)
# Estonia
ee=ee_vat(); ib=iban('EE','22'+digits(14))
G('d3-067','et','EE','arve muuja/ostja, KMKR',L_ET,P('Saaremaa Kivitööd OÜ',['Tallinna mnt 31, 93815 Kuressaare','Reg. kood 12887410',f'KMKR: EE{ee}',f'IBAN: {ib}']),
  P('Tartu Ehitus AS',['Riia 142, 50411 Tartu','KMKR: EE100998877']),
  [('Dolomiitplaat 30 mm, m²',64,'92.00',24),('Transport Kuressaare-Tartu',1,'480.00',24)],
  dict(num='A-2026-0577',date='2026-11-23',due='2026-12-07',cur='EUR',order='TE-0192',extra=[('Viitenumber:','20260577')]),
  dict(seller_pos='block'),iban=ib,vat='EE'+ee)
# Portugal
pn=pt_nif(); ib=iban('PT','0035'+digits(17))
G('d3-017','pt','PT','fatura ATCUD, QR, fornecedor',L_PT,P('Cerâmicas do Vouga, Lda.',['Zona Industrial de Aveiro, Lote 22','3800-055 Aveiro',f'NIF: PT {pn}','Capital social 50.000 €  C.R.C. Aveiro']),
  P('Construções Minho & Filhos, S.A.',['Rua do Souto 118, 4700-329 Braga','NIF: 503 112 448']),
  [('Azulejo 20x20 branco mate (m²)',180,'14.20',23),('Rodapé cerâmico (ml)',95,'4.80',23),('Paletes (retornáveis)',6,'12.50',23)],
  dict(num='FT 2026A/1842',date='2026-11-04',due='2026-12-04',cur='EUR',order='ENC-2026-771',extra=[('ATCUD:','JJ7KXM4N-1842')],notes=['Os bens foram colocados à disposição do adquirente na data do documento.',f'IBAN: {grp(ib)}','Processado por programa certificado n.º 2291/AT']),
  dict(seller_pos='block'),iban=ib,vat='PT'+pn)
# Italy credit note (nota di credito)
pi=vat_IT(); ib=iban('IT')
c=G('d3-096','it','IT','nota di credito riferita a fattura',dict(L_IT,title='NOTA DI CREDITO',num='Nota di credito n.',total='Totale nota di credito'),P('Oleificio Valle del Tronto S.r.l.',['Via Salaria 212, 63100 Ascoli Piceno (AP)',f'P.IVA e C.F. {pi[2:]}','REA AP-198874  Cap. soc. € 20.000 i.v.',f'IBAN: {ib}']),
  P('Gastronomia Fratelli Bruni S.n.c.',['Corso Mazzini 77, 60121 Ancona','P.IVA 02289910425']),
  [('Reso olio EVO 5 l - lotto difettoso',12,'42.00',4),('Storno spese di trasporto',1,'18.00',22)],
  dict(num='NC 14/2026',date='2026-11-27',due=None,cur='EUR',extra=[('Rif. fattura:','n. 611/2026 del 03/11/2026'),('Tipo documento:','TD04')],notes=['Importi a vostro credito. Lo storno sarà compensato con la prossima fornitura.']),
  dict(seller_pos='block'),dtype='credit_note',iban=ib,vat=pi[2:])
