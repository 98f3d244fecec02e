D = 'default'
# ---------------- complaint ----------------
E(D, 'complaint', 'en', 'normal', ("Bernadette O'Sullivan", "bernadette.o'sullivan@eircom-mail.example.ie"),
  "Second missed appointment - not good enough",
  """To whom it may concern,

For the second time in a fortnight your engineer failed to turn up to fit our new smart meter. On both occasions I took a day off work and waited in from 8am to 6pm. Nobody rang, nobody texted, and when I phoned your helpline on Thursday I was on hold for 47 minutes before being cut off.

I have been a customer of yours for eleven years and I have never been treated like this. It is frankly disgraceful that a company of your size cannot manage to send a man with a van to a house in Ballincollig.

I want someone senior to know how badly this has been handled.

Bernadette O'Sullivan
14 Kilnamartyra Road, Ballincollig, Co. Cork
Account no. 8831 5520 19
""", cust=["8831 5520 19"], to="customercare@southern-power.example")

E(D, 'complaint', 'de', 'normal', ("Friederike von Stein", "f.vonstein@web-post.example.de"),
  "Esstisch beschädigt geliefert – Auftrag A-2026-55102",
  """Guten Tag,

gestern wurde unser Esstisch „Lindholm" (Eiche massiv, 220 cm) geliefert – Auftragsnummer A-2026-55102. Leider ist die Tischplatte an der Längsseite auf ca. 30 cm deutlich zerkratzt, außerdem ist eine Ecke angestoßen. Die Verpackung war bereits bei Ankunft an dieser Stelle eingedrückt, was die Spedition auf dem Lieferschein auch vermerkt hat.

Ich bin ehrlich gesagt sehr enttäuscht. Für einen Tisch in dieser Preisklasse hätte ich eine sorgfältigere Verpackung und einen besseren Transport erwartet. Die Fahrer waren zudem unfreundlich und wollten den Tisch zunächst einfach im Flur abstellen.

Fotos habe ich angehängt.

Mit freundlichen Grüßen
Friederike von Stein
Schlossallee 9, 53179 Bonn
""", orders=["A-2026-55102"], eml=dict(kind='alt', charset='iso-8859-1', enc='QP', hdr='Q'), to="kundenservice@nordholz-moebel.example")

E(D, 'complaint', 'it', 'normal', ("Alessandro Bergamaschi", "a.bergamaschi@studiobergamaschi.it"),
  "Disservizi continui della piattaforma",
  """Buongiorno,

vi scrivo per esprimere tutta la mia insoddisfazione per il servizio negli ultimi due mesi. La piattaforma di fatturazione è stata irraggiungibile almeno cinque volte in orario d'ufficio (l'ultima ieri dalle 10 alle 12:30), e ogni volta l'assistenza ci ha risposto dopo ore con messaggi generici.

Siamo uno studio con 14 collaboratori e quando il sistema si blocca ci fermiamo tutti. Quando abbiamo firmato il contratto ci avevate garantito un'affidabilità ben diversa.

Vi chiedo di prendere sul serio questa segnalazione.

Cordiali saluti,
Alessandro Bergamaschi
Studio Bergamaschi Commercialisti Associati
Via Garibaldi 45, 24122 Bergamo
Cod. cliente SB-00912
""", cust=["SB-00912"], to="assistenza@fattura-nube.example")

E(D, 'complaint', 'en', 'normal', ("Eleanor Whitcombe", "eleanor.whitcombe@maplecourt-care.org"),
  "Delivery left in the rain",
  """Good afternoon,

I do hope you will forgive me for writing, as I know your drivers are very busy, but I felt I ought to let you know about Monday's delivery to Maple Court.

The two boxes of residents' repeat prescriptions were left outside the side entrance, unattended, in rather heavy rain. By the time our night nurse found them the outer cartons were soaked through. Thankfully the blister packs inside were sealed and undamaged, and our pharmacist has checked everything, but I am sure you will appreciate that medicines for vulnerable residents really should be handed to a member of staff and signed for.

We have always been very happy with your service until now, so I would be grateful if this could be passed on to whoever manages the delivery rounds.

With kind regards,

Eleanor Whitcombe
Registered Manager, Maple Court Care Home
22 Orchard Lane, Tunbridge Wells TN2 5QP
01892 555 604
""", to="care-homes@wealdpharmacy.example")

E(D, 'complaint', 'pl', 'normal', ("Zdzisław Pietrzak", "zdzislaw.pietrzak@poczta-onet.example.pl"),
  "Skarga na jakość usługi i obsługę klienta",
  """Dzień dobry,

od trzech tygodni internet w moim mieszkaniu działa fatalnie – prędkość spada wieczorem do 2-3 Mb/s zamiast obiecanych 300, a połączenie zrywa się kilka razy dziennie. Zgłaszałem to już dwa razy na infolinii.

Najgorsze jest jednak to, jak zostałem potraktowany. Konsultant w piątek był niegrzeczny, przerywał mi i w końcu stwierdził, że „pewnie mam stary komputer". Technik, który miał przyjechać we wtorek, w ogóle się nie pojawił.

Płacę co miesiąc 89 zł i oczekuję normalnej usługi i normalnego traktowania.

Numer klienta: 8812-004

Zdzisław Pietrzak
ul. Słowackiego 14/6, 30-018 Kraków
""", cust=["8812-004"], to="bok@szybkanet.example")

E(D, 'complaint', 'en', 'normal', ("Craig Buchanan", "craig.buchanan@lothian-builders-merchants.co.uk"),
  "Fwd: Pallet damage – delivery 03/11",
  """Third time this month. See below. Sort your loading out.

Craig

---------- Forwarded message ---------
From: Yard Office <yard@lothian-builders-merchants.co.uk>
Date: Tue, 3 Nov 2026 at 07:52
Subject: Pallet damage – delivery 03/11
To: Craig Buchanan <craig.buchanan@lothian-builders-merchants.co.uk>

Craig,

Baltic delivery this morning (their ref SO-448120) - 2 of the 6 pallets of the M10 anchor bolts came in with the wrap torn and boxes split open, bolts all over the trailer floor. Driver said they were loaded like that. We've counted and nothing's missing but 9 boxes are unsellable as they are.

Noted on the POD.

Ali
""", orders=["SO-448120"], to="customerservice@baltic-fasteners.example", date='2026-11-03 08:31')

E(D, 'complaint', 'fr', 'normal', ("Jean-Baptiste Lefèvre-Dumas", "jb.lefevre@lefevre-evenements.fr"),
  "Séminaire à Porto – très déçu de l'organisation",
  """Bonjour Madame Carvalho,

Je reviens vers vous suite à notre séminaire d'entreprise à Porto du 5 au 7 novembre (groupe de 32 personnes).

Je dois vous dire que nous avons été très déçus : le transfert depuis l'aéroport est arrivé avec plus d'une heure de retard, la moitié du groupe a été logée dans un autre hôtel que celui prévu sans que personne ne nous prévienne, et le dîner de gala a été servi dans une salle beaucoup trop petite. Sur place, votre correspondant était injoignable.

Nous travaillons avec votre agence depuis plusieurs années et c'est la première fois que nous vivons une telle désorganisation. Je tenais à vous le faire savoir.

Cordialement,
Jean-Baptiste Lefèvre-Dumas
Lefèvre Événements – 18 cours Lafayette, 69003 Lyon
06 55 21 44 87
""", to="groupes@iberia-voyages-affaires.example")

E(D, 'complaint', 'nl', 'normal', ("Pieter-Jan Claes", "pj.claes@garage-claes.be"),
  "Weer verkeerde onderdelen geleverd (bestelling 2026-88417)",
  """Dag,

Voor de derde keer op rij krijgen we verkeerde onderdelen. Bij bestelling 2026-88417 zaten remblokken voor een Golf 7 in een doos met een etiket voor een Golf 8. Vorige maand hetzelfde met de distributieriem.

Ik wil geen creditnota of zo, dat is het punt niet. Ik wil gewoon dat jullie magazijn het één keer goed doet. Mijn mecaniciens staan telkens te wachten met een auto op de brug.

Klantnummer 55-2031.

Pieter-Jan Claes
Garage Claes bv – Mechelsesteenweg 310, 2500 Lier
""", cust=["55-2031"], orders=["2026-88417"], to="info@autoparts-benelux.example")

# ---------------- address_change ----------------
E(D, 'address_change', 'en', 'normal', ("Logistics – Fernhill Garden Centres", "logistics@fernhill-gardens.co.uk"),
  "New delivery address from 1 December",
  """Hello,

Please note that from Tuesday 1 December our central warehouse is moving. All deliveries for customer no. 40017 should go to:

Fernhill Garden Centres Ltd
Unit 7, Brookside Distribution Park
Hollins Lane
Bury BL9 8AE

Goods-in hours stay the same (Mon–Fri 07:00–15:00). Orders already scheduled for November should still go to the old address at Ramsbottom Road.

The invoice address does not change.

Many thanks,
Gemma Ashworth
Logistics Coordinator
Fernhill Garden Centres Ltd | 0161 555 2290
""", cust=["40017"], eml=dict(kind='alt', enc='QP'), to="customerservice@greenleaf-wholesale.example")

E(D, 'address_change', 'de', 'normal', ("Holger Brandtner", "h.brandtner@brandtner-logistik.de"),
  "Änderung unserer Bankverbindung",
  """Sehr geehrte Damen und Herren,

bitte beachten Sie, dass sich unsere Bankverbindung zum 01.12.2026 ändert. Ab sofort bitten wir Sie, Zahlungen ausschließlich auf folgendes Konto zu leisten:

Kontoinhaber: Brandtner Logistik GmbH & Co. KG
Bank: Volksbank Mittelhessen
IBAN: DE62 5139 0000 0055 2109 44
BIC: VBMHDE5F

Ihre Kundennummer bei uns lautet 30-7715. Eine offizielle Bestätigung auf unserem Briefpapier erhalten Sie zusätzlich per Post.

Mit freundlichen Grüßen
Holger Brandtner
Geschäftsführer
Brandtner Logistik GmbH & Co. KG · Am Güterbahnhof 4 · 35394 Gießen
Tel. 0641 555 9920
""", cust=["30-7715"], to="kreditoren@valdor-group.example")

E(D, 'address_change', 'fr', 'normal', ("Claire Dubois-Lambert", "claire.dubois@menuiserie-lambert.fr"),
  "Changement d'interlocuteur comptabilité",
  """Bonjour,

Je vous informe que M. Patrick Roussel, notre responsable comptable, a quitté l'entreprise le 31 octobre. C'est désormais moi qui reprends le suivi de la comptabilité fournisseurs et clients.

Merci de mettre à jour vos fichiers et d'adresser dorénavant toutes les factures et correspondances à mon attention, à l'adresse claire.dubois@menuiserie-lambert.fr. Ligne directe : 02 99 55 10 46.

Notre numéro de compte client chez vous : C-11829.

Bien cordialement,

Claire Dubois-Lambert
Menuiserie Lambert & Fils – ZA de la Janais, 35131 Chartres-de-Bretagne
""", cust=["C-11829"], eml=dict(kind='plain', enc='QP', charset='iso-8859-1', hdr='Q'), to="clients@bois-negoce-ouest.example")

E(D, 'address_change', 'es', 'normal', ("Javier Ortega Ruiz", "jortega@ferreteria-ortega.es"),
  "Cambio dirección de facturación",
  """Hola,

A partir de este mes la dirección fiscal de la empresa ha cambiado. Por favor, a partir de la próxima factura pongan:

Ferretería Ortega e Hijos, S.L.
CIF B-30551287
C/ Mayor 58, 2º
30201 Cartagena (Murcia)

La dirección de entrega sigue siendo la de siempre (nave del polígono Cabezo Beaza).

Nº de cliente: 2209.

Gracias y un saludo,
Javier Ortega
""", cust=["2209"], to="clientes@suministros-levante.example")

E(D, 'address_change', 'en', 'normal', (None, "ap@kiwiharbour-imports.co.nz"),
  "billing email",
  """New billing email for us is ap@kiwiharbour-imports.co.nz from now on, please stop sending to sharon@. Acct 11-2093.
""", cust=["11-2093"], to="accounts@pacificrim-wholesale.example")

E(D, 'address_change', 'sv', 'normal', ("Åsa Lindqvist-Öberg", "asa.lindqvist@fjällbacka-hotell.se"),
  "Ny fakturaadress",
  """Hej,

Vi har gått över till e-faktura och skanningscentral, så från och med nu ska alla fakturor till oss skickas till:

Fjällbacka Hotell AB
FE 4471
105 69 Stockholm

eller som PDF till faktura.fjallbacka@scanflow.example. Glöm inte att ange vår referens "ÅLÖ" på fakturan.

Vårt kundnummer hos er är 100-3381.

Tack på förhand!
Åsa Lindqvist-Öberg
Ekonomiansvarig, Fjällbacka Hotell
0525-555 17
""", cust=["100-3381"], to="order@vastkust-livs.example")

E(D, 'address_change', 'en', 'normal', ("Priya Subramaniam", "priya.s@kaveri-engineering.in"),
  "Intimation of change in registered office address",
  """Dear Sir/Madam,

This is to kindly inform you that with effect from 01-11-2026 our registered office has been shifted to the below mentioned address:

Kaveri Engineering Works Pvt. Ltd.
Plot No. 42, 2nd Phase, Peenya Industrial Area
Bengaluru - 560058, Karnataka

Our GSTIN remains unchanged (29AACCK5512F1Z3). We request you to kindly update the same in your records and raise all future invoices and send all correspondence to the new address. Our vendor code with you is V-22817.

Kindly acknowledge the receipt of this mail.

Thanks & Regards,
Priya Subramaniam
Sr. Executive - Purchase
Kaveri Engineering Works Pvt. Ltd.
Ph: 080-2555 8814
""", cust=["V-22817"], eml=dict(kind='plain', enc='B64'), to="vendor.desk@valdor-group.example")

E(D, 'address_change', 'pt', 'normal', ("Inês Carvalho", "ines.carvalho@farmacia-alvalade.pt"),
  "Nova morada de entrega",
  """Bom dia,

Informamos que a partir de dia 23 de novembro a farmácia passa a funcionar nas novas instalações. As entregas devem passar a ser feitas na seguinte morada:

Farmácia Alvalade
Av. da Igreja 41-A
1700-235 Lisboa

O horário de receção de encomendas mantém-se (8h30–13h). Número de cliente: PT-0662.

Obrigada,
Inês Carvalho
Diretora Técnica
""", cust=["PT-0662"], to="clientes@distrifarma-lisboa.example", date='2026-11-18 11:40')

# ---------------- cancellation ----------------
E(D, 'cancellation', 'en', 'high', ("Tyler Brandt", "tyler@brandt-creative.studio"),
  "cancel. now.",
  """I'm done. Third time this month the export feature has eaten a client project and your support "team" keeps sending me links to the FAQ.

Turn it off. Cancel the Pro subscription on account BRD-55810, and do NOT charge me again - it renews Friday and if I see that charge I'm disputing it.

Tyler Brandt
Brandt Creative
""", cust=["BRD-55810"], to="support@framewise-app.example")

E(D, 'cancellation', 'de', 'normal', ("Hannelore Jäger", "hannelore.jaeger@t-post.example.de"),
  "Kündigung meines Stromliefervertrags",
  """Sehr geehrte Damen und Herren,

hiermit kündige ich meinen Stromliefervertrag für die Lieferstelle Ahornweg 3, 88045 Friedrichshafen, fristgerecht zum nächstmöglichen Zeitpunkt.

Kundennummer: 7004 1183 25
Zählernummer: 1ESY1160 5521 88

Bitte senden Sie mir eine schriftliche Bestätigung der Kündigung unter Angabe des Beendigungsdatums.

Mit freundlichen Grüßen
Hannelore Jäger
""", cust=["7004 1183 25"], eml=dict(kind='plain', charset='iso-8859-1', enc='B64', hdr='B'), to="kuendigung@bodensee-energie.example")

E(D, 'cancellation', 'fr', 'normal', ("Mathieu Nguyen-Thanh", "mathieu.nguyen@agence-lumiere.fr"),
  "Annulation commande FR-20931",
  """Bonjour,

Suite à un changement de budget de notre client, je dois malheureusement annuler la commande FR-20931 (12 fauteuils lounge « Osaka » et 4 tables basses), passée le 3 novembre. D'après votre confirmation, la livraison n'était prévue que pour mi-décembre, j'espère donc que ce n'est pas un problème.

Pouvez-vous me confirmer l'annulation par retour de mail ?

Merci et désolé pour le contretemps,

Mathieu Nguyen-Thanh
Agence Lumière – architecture intérieure
5 rue Sainte-Catherine, 33000 Bordeaux
""", orders=["FR-20931"], to="pro@maison-atelier-mobilier.example")

E(D, 'cancellation', 'it', 'normal', ("Bruna Ferraris", "amministrazione@ferraris-ottica.it"),
  "Disdetta contratto linea business – cod. cliente 40088213",
  """Spett.le Celera Business,

con la presente, la sottoscritta Bruna Ferraris, in qualità di legale rappresentante di Ottica Ferraris S.n.c. (P.IVA 02281430065), comunica la disdetta del contratto relativo alla linea fissa e fibra business attiva presso Corso Italia 18, 15121 Alessandria.

Codice cliente: 40088213

Chiediamo che la cessazione avvenga nel rispetto dei termini contrattuali e che ci venga indicata la modalità per la restituzione del modem.

Distinti saluti
Bruna Ferraris
Ottica Ferraris S.n.c.
""", cust=["40088213"], to="disdette.business@celera-telecom.example")

E(D, 'cancellation', 'nl', 'high', ("M. Bakker", "m.bakker1962@kpnmail.example.nl"),
  "afspraak morgen",
  """Goedemiddag,

Ik moet de afspraak voor het plaatsen van de nieuwe cv-ketel morgen (donderdag tussen 8 en 12) helaas afzeggen, mijn vrouw is opgenomen in het ziekenhuis. Ik bel later zelf voor een nieuwe afspraak als het weer uitkomt.

Klantnummer 6619402.

Groet,
M. Bakker
""", cust=["6619402"], to="planning@warmtewerk-installaties.example", date='2026-11-18 13:05')

E(D, 'cancellation', 'es', 'normal', ("Agencia Tres Mares – Grupos", "grupos@tresmares-viajes.es"),
  "Cancelación viaje grupo Colegio San Fermín",
  """Buenas tardes, Lucía:

Te escribo para confirmarte lo que hablamos ayer por teléfono: el Colegio San Fermín ha decidido cancelar el viaje de fin de curso a Roma previsto para el 14-18 de marzo (48 alumnos + 4 profesores). Por favor, procede a anular los vuelos y el hotel de nuestro expediente.

Nuestro código de agencia con vosotros es AG-3390.

Cuando tengas el detalle de los gastos de cancelación, mándamelo y se lo traslado al colegio.

Gracias,
Nerea Goikoetxea
Agencia Tres Mares · Grupos
Tel. 944 55 72 10
""", cust=["AG-3390"], to="reservas.grupos@mediterranea-dmc.example")

E(D, 'cancellation', 'pl', 'normal', ("Marek Dąbrowski", "marek.dabrowski@dabrowski-meble.pl"),
  "Anulowanie zamówienia nr 2026/11/0871",
  """Dzień dobry,

proszę o anulowanie zamówienia nr 2026/11/0871 z dnia 9 listopada (płyty MDF 18 mm – 120 szt.). Klient wycofał się z realizacji, więc materiał nie będzie nam potrzebny.

Proszę o potwierdzenie anulowania.

Pozdrawiam
Marek Dąbrowski
Dąbrowski Meble s.c., ul. Fabryczna 3, 62-800 Kalisz
tel. 605 555 318
""", orders=["2026/11/0871"], to="zamowienia@plyty-hurt.example")

E(D, 'cancellation', 'en', 'normal', ("Rev. Alistair Gunn", "office@stcolumbas-kirk.org.uk"),
  "Annual boiler service - St Columba's",
  """Dear Sir or Madam,

I hope this finds you well.

I am writing on behalf of the Kirk Session of St Columba's to ask that you cancel the annual service of the hall boiler which is booked for Wednesday 9th December. The Session has decided to replace the boiler entirely in the new year, so the service would be rather wasted, I'm afraid.

Our customer reference, I believe, is SC/1187.

With thanks for your understanding and every good wish,

Alistair Gunn
Minister, St Columba's Parish Church
Church Street, Crieff PH7 3BJ
""", cust=["SC/1187"], to="bookings@tayside-heating.example")

E(D, 'cancellation', 'en', 'normal', ("Ruth Abernathy", "ruth.abernathy@coastline-dental.com"),
  "Re: Re: Re: Order 55-10248 delivery date?",
  """Given this, please cancel order 55-10248 entirely. We've sourced the chairs elsewhere.

Ruth

On Mon, Nov 16, 2026 at 3:02 PM, Kyle Ostrowski <kyle.o@summit-dental-supply.example> wrote:
> Hi Ruth,
> Unfortunately the manufacturer has pushed the ship date again, now
> estimated for the week of January 18. I'm very sorry about this.
> Kyle
>
> On Fri, Nov 6, 2026 at 10:41 AM, Ruth Abernathy wrote:
>> Kyle, any update on order 55-10248? You said early November.
>>
>>> On Oct 20, 2026, Kyle Ostrowski wrote:
>>> The two operatory chairs are expected to ship first week of November.
""", orders=["55-10248"], to="kyle.o@summit-dental-supply.example")
