from common import D

# ---------------- complaint (11) ----------------
D("de", "complaint", "Frank Oberländer", "f.oberlaender@oberlaender-kaelte.de",
  "Lieferung heute",
  """
Hallo zusammen,

jetzt zum dritten Mal in Folge kommt die Palette mit eingedrückten Kartons bei uns an. Diesmal waren zwei Kartons Ventile komplett aufgerissen, die Teile lagen lose auf der Palette. Wir haben alles durchgezählt, es fehlt nichts und kaputt ist zum Glück auch nichts, aber so geht das wirklich nicht weiter.

Ich erwarte, dass Sie mit Ihrer Spedition mal ein ernstes Wort reden. Wir sind seit 15 Jahren Kunde und so schlecht war es noch nie.

Frank Oberländer
Oberländer Kältetechnik
Kd.-Nr. 40-0713
""", cust=["40-0713"])

D("en", "complaint", "Gareth Pryce", "gareth.pryce@pryceandsons-eng.co.uk",
  "Brilliant.",
  """
Brilliant. Absolutely brilliant. Today's pallet turned up wrapped in what I can only describe as hope and a single strand of cling film. Half of the boxes had made a break for it somewhere on the M4 by the look of things, and the driver informed me, unprompted, that it "wasn't his job" to help.

I'm not after anything, everything is accounted for (somehow). I just want someone over there to know that this is the standard we're now getting after eleven years of orders.

Gareth Pryce
Pryce & Sons Engineering
""")

D("fr", "complaint", "Nadia Benali", "nadia.benali@clim-services-lyon.fr",
  "Votre service client",
  """
Bonjour,

J'ai appelé votre hotline hier à 16h pour une simple question sur une référence et la personne au bout du fil m'a clairement fait comprendre que je la dérangeais, puis m'a raccroché au nez. Je ne sais pas qui c'était mais ce n'est pas acceptable, surtout vu le volume que nous faisons avec vous chaque année.

Je tenais à vous le signaler.

Nadia Benali
Responsable achats – Clim Services Lyon
""", fmt="eml", cs="windows-1252", cte="8bit", alt=True)

D("it", "complaint", "Paolo Zanetti", "paolo.zanetti@zanettiimpianti.it",
  "qualità ultime forniture",
  """
Buongiorno,

volevo segnalarvi che da un paio di mesi la qualità dei raccordi serie RC non è più quella di prima: filettature meno pulite, qualche bava, la zincatura in alcuni punti sembra più sottile. Per ora li stiamo usando lo stesso, ma i miei installatori se ne sono accorti e me lo fanno notare ogni settimana.

Non vi chiedo niente di particolare, solo che ne teniate conto e che lo facciate presente a chi di dovere in produzione.

Saluti
Paolo Zanetti
Zanetti Impianti Srl
""")

D("nl", "complaint", "DE GROOT Willem", "w.degroot@groot-installatie.be",
  "chauffeur",
  """
Goeiemiddag,

Jullie chauffeur van deze voormiddag is voor de derde keer aan de verkeerde poort gestopt, heeft daar een halfuur de weg versperd en werd dan nog onbeleefd tegen onze magazijnier toen die hem de juiste ingang wees. De levering zelf is in orde.

Gelieve dat eens door te geven aan de transportfirma. Het is telkens dezelfde man.

Willem De Groot
De Groot Installatietechniek BV
""")

D("es", "complaint", "Alberto Quintana", "aquintana@climatizaciones-quintana.es",
  "Tres semanas",
  """
Llevo tres semanas mandando correos a vuestro departamento técnico y nadie me contesta. Ni un "lo hemos recibido". Nada. Si no queréis clientes pequeños decidlo claramente y dejamos de perder el tiempo los dos.

Alberto Quintana
""")

D("sv", "complaint", "Anders Bergström", "anders.bergstrom@bergstromsbygg.se",
  "Skruvarna",
  """
Hej,

Ville bara säga att skruvarna från senaste leveransen (order 88-2201) redan rostar efter två veckor utomhus, trots att de ska vara varmförzinkade. Det har aldrig hänt med era produkter förut. Vi har bytt till ett annat parti så inget akut, men det är inte bra och jag tycker ni ska veta om det.

Mvh
Anders Bergström
Bergströms Bygg AB
""", orders=["88-2201"], fmt="eml", cs="iso-8859-1", cte="qp", name_enc="q")

D("en", "complaint", "Folasade Adeyemi", "f.adeyemi@adeyemi-holdings.com.ng",
  "Re: Your Lagos office",
  """
Dear Sir,

I want to formally register my displeasure concerning the attitude of your staff at the Ikeja pickup office on Monday. My driver was kept waiting for over four hours and nobody could tell him anything, and when he asked he was insulted by one of your men. This is not the kind of treatment we expect from a company we have been doing business with for years.

I trust that you will look into this.

Regards,
Mrs. Folasade Adeyemi
MD, Adeyemi Holdings Ltd
""")

D("pl", "complaint", "Tomasz Nowicki", "t.nowicki@nowicki-serwis.pl",
  "serwisant",
  """
Dzien dobry,

wasz serwisant mial byc u nas we wtorek o 8 rano. Przyjechal o 13:40, bez zapowiedzi, bez telefonu. Caly dzien czekalismy i nikt nie wiedzial czy w ogole przyjedzie. Naprawa sama w sobie ok, ale organizacja tragiczna.

T. Nowicki
""")

D("en", "complaint", "Brenda Kowalczyk", "brenda.k@lakeshoremfg.com",
  "Long email, sorry",
  """
Hi there,

Okay so this is going to be a long one and I apologize in advance. I've been meaning to write this for a while and I keep putting it off, but after this week I figure I should just say it.

We've been ordering from you guys since, I think, 2019? Maybe 2018. Back then everything was great - you'd call, someone would pick up, they'd know who we were. Then sometime last year it feels like everything moved to this portal and the "chat" that isn't really a chat, and now every time I need something I'm filling out a form and waiting two days for a reply that doesn't actually answer my question. This week I had to ask the same question about lead times three times to three different people.

To be clear, the parts themselves are fine. The parts have always been fine. It's everything around the parts.

I don't really know what I want you to do with this. I guess I just want someone to know. Maybe pass it on to whoever decides these things.

Thanks for reading this far if you did.

Brenda Kowalczyk
Purchasing Coordinator
Lakeshore Manufacturing, Muskegon MI
""")

D("no", "complaint", "Kari Solberg", "kari.solberg@solberg-vvs.no",
  "Skuffet",
  """
Hei,

Må bare si at jeg er skuffet over hvordan saken vår ble håndtert forrige uke. Vi fikk tre forskjellige svar fra tre forskjellige personer hos dere om samme leveranse, og ingen av dem stemte. Det endte bra til slutt, men det tok altfor mye tid fra oss.

Mvh
Kari Solberg
Solberg VVS AS
""")

# ---------------- address_change (11) ----------------
D("de", "address_change", "Claudia Vogt", "c.vogt@vogt-elektro.de",
  "Neue Rechnungsanschrift ab 01.01.2027",
  """
Sehr geehrte Damen und Herren,

zum 1. Januar 2027 ziehen wir mit unserer Verwaltung um. Bitte senden Sie ab diesem Datum alle Rechnungen an:

Vogt Elektrotechnik GmbH
Buchhaltung
Am Mühlbach 7
91522 Ansbach

Die Lieferadresse (Werk Feuchtwangen) bleibt unverändert. Kundennummer 40-3350.

Mit freundlichen Grüßen
Claudia Vogt
""", cust=["40-3350"])

D("en", "address_change", "Oliver Hennessy", "oliver.hennessy@kestrelpumps.co.uk",
  "Jane",
  """
Hi all,

Just so you know, Jane Whitlock left us last Friday. Please take her off your distribution lists - all orders, confirmations and queries should now come to me (Oliver Hennessy, ext. 214) and copy in purchasing@kestrelpumps.co.uk.

Thanks,
Oliver
""")

D("fr", "address_change", "Service Administratif – Forges de Saint-Amand", "administratif@forges-saint-amand.fr",
  "Changement de coordonnées bancaires",
  """
Madame, Monsieur,

Nous vous informons que suite au changement de notre établissement bancaire, nos coordonnées bancaires sont modifiées à compter du 1er janvier 2027.

Nouvelle banque : Crédit Régional du Nord
IBAN : FR76 3000 4012 3400 0987 6543 210
BIC : CRNOFRPPXXX

Merci de mettre à jour votre fichier fournisseurs. Un RIB signé vous sera transmis par courrier. Notre numéro fournisseur chez vous : F-20871.

Cordialement,
Service Administratif
Forges de Saint-Amand
""", cust=["F-20871"], fmt="eml", cs="utf-8", cte="b64", alt=True, name_enc="q", reply_to="comptabilite.fsa@laposte-pro.fr")

D("nl", "address_change", "Ruud Schoonhoven", "ruud@schoonhovenlift.nl",
  "verhuisd",
  """
Hallo,

We zitten sinds maandag in het nieuwe pand. Alles graag vanaf nu leveren op:

Schoonhoven Liftservice
Edisonweg 41
3899 AZ Zeewolde

Het oude adres in Harderwijk is niet meer bemand dus daar ligt het dan op de stoep. Bestelling 2026-1142 die nog open staat ook graag naar het nieuwe adres!

Ruud
""", orders=["2026-1142"])

D("es", "address_change", "Departamento de Administración", "admin@grupoleyva-industrial.es",
  "Cambio de razón social y domicilio fiscal",
  """
Estimados señores:

Les comunicamos que con fecha 15 de noviembre de 2026 la sociedad Leyva Mecanizados, S.L. ha pasado a denominarse Grupo Leyva Industrial, S.L., manteniendo el mismo CIF (B-41552876). El nuevo domicilio fiscal es:

Polígono Industrial La Isla, C/ Río Viejo 28
41703 Dos Hermanas (Sevilla)

Les rogamos que actualicen sus datos para la emisión de las próximas facturas. Nuestro código de cliente es 4478.

Atentamente,
Dpto. de Administración
Grupo Leyva Industrial, S.L.
""", cust=["4478"], fmt="eml", cs="iso-8859-1", cte="qp", subj_enc="q")

D("pt", "address_change", "Thiago Nogueira", "thiago.nogueira@agrovale-maquinas.com.br",
  "Re: Pedido 77812 despachado",
  """
Oi Camila, obrigado pelo aviso!

Aproveitando: a partir do próximo pedido vocês podem mandar tudo pro nosso novo galpão? O endereço é:

Agrovale Máquinas
Rod. SP-330, km 312, Galpão 4
Ribeirão Preto - SP, 14079-000

Esse que já saiu pode ir pro endereço antigo mesmo, sem problema.

Valeu,
Thiago

Em qua., 18 de nov. de 2026 às 09:14, Camila Rocha <c.rocha@velder-components.eu> escreveu:
> Olá Thiago,
> seu pedido 77812 foi despachado hoje pela transportadora. Previsão de
> entrega: 5 a 7 dias úteis.
> Att., Camila
""", orders=["77812"])

D("en", "address_change", "Anjali Deshmukh", "anjali.deshmukh@shreeganeshhydraulics.in",
  "Change in delivery address - Shree Ganesh Hydraulics",
  """
Dear Team,

Please note that we have shifted our warehouse from Bhosari MIDC to the below address w.e.f. 20th November 2026. Request you to kindly update the same in your records and send all future consignments to the new address only.

Shree Ganesh Hydraulics
Plot No. 47, Chakan Industrial Area Phase II
Khed, Pune - 410501
Maharashtra

Contact person at site: Mr. Sunil Pawar, +91 96230 1xxxx

Customer ID: IN-2204

Regards,
Anjali Deshmukh
""", cust=["IN-2204"])

D("da", "address_change", "Lars Mikkelsen", "lars@mikkelsen-maskiner.dk",
  "Ny kontaktperson",
  """
Hej

Fra 1. januar overtager Sofie Holm indkøbet efter mig, da jeg går på pension. Hun kan fanges på sofie.holm@mikkelsen-maskiner.dk og 86 12 34 xx. Vil I sørge for at ordrebekræftelser og fakturaer fremover går til hende?

Tak for mange gode år!

Lars Mikkelsen
Mikkelsen Maskiner A/S
""")

D("en", "address_change", "Mike Trandafir", "mtrandafir@summitvalve.com",
  "RE: Invoice 90122",
  """
Thanks Jenna, got it, that's all squared away on our end now.

One more thing while I have you - we've moved our AP to the Columbus office, so please update the bill-to going forward:

Summit Valve Corp.
Attn: Accounts Payable
2250 Corporate Exchange Dr, Suite 300
Columbus, OH 43231

Ship-to stays the same.

Mike

-----Original Message-----
From: Jenna Rudd <j.rudd@velder-components.eu>
Sent: Tuesday, November 17, 2026 11:02 AM
To: Mike Trandafir <mtrandafir@summitvalve.com>
Subject: RE: Invoice 90122

Hi Mike,
I've attached the corrected copy of invoice 90122 with your PO number on it. Sorry for the trouble.
Jenna
""")

D("it", "address_change", "Amministrazione Lombardi Serramenti", "amministrazione@lombardiserramenti.it",
  "fatture – nuovo indirizzo",
  """
Buongiorno,

da ora in poi le fatture mandatele per favore a fatture@pec.lombardiserramenti.it e non più a questo indirizzo, che verrà chiuso a fine anno. Codice destinatario SDI invariato.

Grazie
Ufficio amministrazione
Lombardi Serramenti S.n.c.
""")

D("fi", "address_change", "Riikka Mäkelä", "riikka.makela@savonkone.fi",
  "Uusi toimitusosoite",
  """
Hei,

toimitusosoitteemme muuttuu 1.1.2027 alkaen. Uusi osoite:

Savon Kone Oy
Teollisuustie 9
70800 Kuopio

Laskutusosoite pysyy ennallaan. Asiakasnumeromme on 55-2019.

Ystävällisin terveisin
Riikka Mäkelä
""", cust=["55-2019"], fmt="eml", cs="iso-8859-15", cte="qp", name_enc="q")

# ---------------- cancellation (11) ----------------
D("de", "cancellation", "Jürgen Pohl", "j.pohl@pohl-metallbau.de",
  "Bestellung 4711-22",
  """
Hallo Frau Kaiser,

die zweite Teillieferung aus der Bestellung 4711-22 brauchen Sie uns nicht mehr schicken – der Kunde hat das Projekt gestoppt. Die erste Lieferung behalten wir natürlich.

Gruß
J. Pohl
""", orders=["4711-22"])

D("en", "cancellation", "Harriet Osei", "harriet.osei@fernleighfoods.co.uk",
  "Maintenance contract - Reading site",
  """
Dear Sir or Madam,

Please accept this email as formal notice that we wish to terminate our maintenance contract for the Reading site (Unit 4, Portman Road) with effect from 31 December 2026. We understand the notice period is 30 days, so this should fall within it.

Please confirm receipt and let me know if you need anything further from us.

Kind regards,
Harriet Osei
Facilities Manager
Fernleigh Foods Ltd
""")

D("fr", "cancellation", "Bertrand Lemoine", "b.lemoine@lemoine-btp.fr",
  "Intervention du 17/12",
  """
Bonjour,

Votre technicien doit passer le 17 décembre au matin pour la révision du compresseur. On va devoir repousser, on n'aura personne sur site ce jour-là. Merci donc d'annuler le rendez-vous, je vous rappellerai en janvier pour en fixer un autre.

Cordialement,
B. Lemoine
""")

D("nl", "cancellation", "Femke Jansen", "f.jansen@jansentechniek.nl",
  "PO 88213",
  """
Hoi Daan,

Die PO 88213 mag vervallen, we hebben het bij nader inzien niet meer nodig. Als er al iets klaarstaat laat het even weten, dan kijken we wat we doen.

Groet, Femke
""", orders=["PO 88213"])

D("es", "cancellation", "Elena Castillo", "elena.castillo@ferreteria-castillo.es",
  "Catálogo trimestral",
  """
Hola,

Por favor, dadnos de baja del servicio de catálogo impreso trimestral (la suscripción de pago, no el newsletter). Ya lo consultamos todo online y nos llegan tres ejemplares que van directos al contenedor.

Cliente 3091.

Gracias,
Elena
""", cust=["3091"])

D("it", "cancellation", "Davide Ricci", "davide.ricci@riccimeccanica.it",
  "Ordine 26-0412 – annullare",
  """
Buongiorno,

come anticipato al telefono a Sara, vi chiedo di annullare l'ordine 26-0412 (flange FL-80). Il cliente finale ha cambiato specifiche e non ci servono più. Se avete già prodotto qualcosa fatemi sapere i costi.

Cordiali saluti
Davide Ricci
""", orders=["26-0412"])

D("en", "cancellation", "Tyler Brandt", "tyler@brandtbuilt.us",
  "5521-X",
  """
pull the plug on 5521-X, our customer backed out. thx

Sent from my phone
""", orders=["5521-X"], fmt="eml", cte="7bit", htmlonly=True)

D("pl", "cancellation", "Agnieszka Kamińska", "a.kaminska@kaminska-instalacje.pl",
  "Zamówienie ZK/2026/1187",
  """
Dzień dobry,

niestety musimy zrezygnować z zamówienia ZK/2026/1187, inwestor wycofał się z projektu. Proszę o potwierdzenie, że zamówienie nie zostanie zrealizowane.

Z poważaniem
Agnieszka Kamińska
""", orders=["ZK/2026/1187"])

D("sv", "cancellation", "Erik Nyström", "erik.nystrom@nystrom-fastighet.se",
  "Serviceavtal",
  """
Hej,

Vi har beslutat att inte förlänga serviceavtalet för våra kompressorer när det löper ut vid årsskiftet. Ni behöver alltså inte skicka något nytt avtal för 2027.

Tack för samarbetet hittills.

Vänliga hälsningar
Erik Nyström
Nyström Fastigheter AB
""")

D("en", "cancellation", "Shazza Doyle", "sharon.doyle@doyleirrigation.com.au",
  "rest of the order",
  """
Hi Priya,

Don't bother sending the rest of SO-56110, we've sourced the fittings locally because we couldn't wait any longer. The bit that's already here we'll keep.

Sharon
""", orders=["SO-56110"])

D("tr", "cancellation", "Ayşe Demirtaş", "ayse.demirtas@demirtas-otomotiv.com.tr",
  "Sipariş iptali – SP-26-0981",
  """
Merhaba Elif Hanım,

SP-26-0981 numaralı siparişimizi iptal etmek istiyoruz, müşterimiz projeyi erteledi. Eğer ürünler henüz sevk edilmediyse lütfen göndermeyin ve iptali yazılı olarak teyit edin.

İyi çalışmalar,
Ayşe Demirtaş
""", orders=["SP-26-0981"], fmt="eml", cs="iso-8859-9", cte="qp", name_enc="b", subj_enc="q")
