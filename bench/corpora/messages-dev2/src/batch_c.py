D = 'default'
# ---------------- refund ----------------
E(D, 'refund', 'en', 'normal', ("Declan Ó Briain", "declan.obriain@midlands-agri.ie"),
  "Returned pallets - credit?",
  """Hi Aoife,

Just following up on the 14 empty pallets your driver took back on 22 October. You said at the time they'd be credited at €12 each against our account (MA-2291) but I still haven't seen the credit come through on the statement or the money back.

Could you check where that's at?

Thanks,
Declan

Declan Ó Briain
Midlands Agri Supplies, Tullamore, Co. Offaly
087 555 3140
""", cust=["MA-2291"], to="aoife.keane@harvest-feeds.example")

E(D, 'refund', 'de', 'normal', ("Sabine Krüger-Hoffmann", "sabine.krueger@gmx-post.example.de"),
  "Doppelte Abbuchung – bitte Rückerstattung",
  """Hallo,

von meinem Konto wurde der Monatsbeitrag für November (49,90 €) zweimal abgebucht, einmal am 02.11. und noch einmal am 05.11. – siehe Kontoauszug im Anhang.

Bitte erstatten Sie mir den doppelt eingezogenen Betrag zurück auf mein Konto. Kundennummer: 88-410-72.

Vielen Dank
Sabine Krüger-Hoffmann
""", cust=["88-410-72"], to="service@fiberhaus-telekom.example")

E(D, 'refund', 'fr', 'high', ("Gérard Fontaine", "gerard.fontaine@orange-post.example.fr"),
  "Remboursement voyage annulé – dossier VT-558120",
  """Madame, Monsieur,

Votre agence a annulé notre circuit en Jordanie (départ prévu le 2 novembre, 2 personnes, dossier VT-558120) le 15 octobre, en raison de la situation sur place. Votre conseillère nous avait alors assuré un remboursement intégral de 3 870 € sous 14 jours.

Un mois plus tard, nous n'avons toujours rien reçu, et personne ne répond à mes appels.

Je vous demande de procéder au remboursement sous huit jours. À défaut, je saisirai le Médiateur du Tourisme et du Voyage et mon assurance protection juridique.

Gérard Fontaine
12 allée des Tilleuls, 44300 Nantes
""", orders=["VT-558120"], to="service.clients@horizons-lointains.example", note="dossier VT-558120 = booking file treated as order ref")

E(D, 'refund', 'es', 'normal', ("Talleres Hermanos Quiroga", "taller@hnosquiroga.es"),
  "Devolución importe compresor defectuoso – pedido 2026-PV-3317",
  """Buenos días,

El compresor de aire acondicionado que les compramos con el pedido 2026-PV-3317 resultó defectuoso y se lo devolvimos el día 28 de octubre con la autorización RMA-10294. Su técnico confirmó por teléfono la semana pasada que la pieza efectivamente venía mal de fábrica.

Les pedimos que nos abonen el importe (412,35 € IVA incluido) por transferencia, ya que no necesitamos otra unidad: el cliente ya tiene el coche reparado con una pieza de otro proveedor.

Nº de cliente: 30871.

Saludos,
Andrés Quiroga
Talleres Hermanos Quiroga · Ourense
""", cust=["30871"], orders=["2026-PV-3317"], eml=dict(kind='alt', enc='QP', charset='iso-8859-1', hdr='B'), to="postventa@recambios-galicia.example")

E(D, 'refund', 'en', 'high', ("Shawna Mitchell", "shawnamitch84@yahoo-mail.example.com"),
  "chargeback",
  """I paid $329.00 on October 3 for the annual plan (order #100045123), cancelled within the 14 day trial like your website says and was promised a refund. It's been 6 weeks. I've emailed 4 times.

I've now filed a chargeback with my bank. If you refund me before they process it fine, otherwise the bank will handle it.

Shawna Mitchell
""", orders=["100045123"], to="help@zenplan-app.example")

E(D, 'refund', 'it', 'normal', ("Dott.ssa Graziella Pinna", "farmacia.pinna@farmaciapinna.it"),
  "Richiesta rimborso – merce non consegnata",
  """Gentili signori,

con l'ordine n. OR-66712 del 3 novembre abbiamo ordinato e già pagato con bonifico anticipato 10 confezioni di un integratore che ci avete poi comunicato essere esaurito e fuori produzione. Il resto dell'ordine ci è arrivato regolarmente.

Vi saremmo grate se poteste rimborsarci l'importo corrispondente (€ 186,00) sul nostro conto, oppure, se preferite, indicarci come procedere.

Ringraziando per la cortese attenzione, porgo distinti saluti.

Dott.ssa Graziella Pinna
Farmacia Pinna – Via Roma 77, 09124 Cagliari
Cod. cliente 11-0457
""", cust=["11-0457"], orders=["OR-66712"], to="ordini@parafarma-ingrosso.example")

E(D, 'refund', 'sv', 'normal', ("Oskar Håkansson", "oskar.hakansson@bredband-post.example.se"),
  "Återbetalning efter uppsägning",
  """Hej,

Jag sa upp mitt mobilabonnemang i september och det avslutades 30 september. Trots det har ni dragit 399 kr för oktober via autogiro. Kundtjänst bekräftade i chatten att det var fel och att pengarna skulle betalas tillbaka "inom 30 dagar", men inget har kommit.

Kan ni betala tillbaka beloppet till mitt konto (Swedbank, clearing 8327-9, konto 914 555 207-1)?

Kundnummer: 4471-0093.

Mvh
Oskar Håkansson
""", cust=["4471-0093"], eml=dict(kind='plain', enc='B64', hdr='B'), to="kundservice@nordmobil.example")

E(D, 'refund', 'nl', 'normal', (None, "r.hendriks@planet-mail.example.nl"),
  "terugbetaling",
  """Waar blijft mijn terugbetaling? Retour is al 3 weken binnen bij jullie. Order 5512093.

R. Hendriks
""", orders=["5512093"], to="klantenservice@woonmerk-outlet.example")

E(D, 'refund', 'en', 'normal', ("Emre Yıldırım", "emre.yildirim@anatolia-textile.com.tr"),
  "Double payment for invoice - please return money",
  """Dear Sirs,

We are your customer since 2019, customer number AT-3310. In 29.10.2026 our accounting department make payment for your invoice no. 26-4412 (EUR 8.240,00) two times by mistake, one from Garanti bank and one from İş Bankası. Both payment is now in your account, you can check.

Please kindly return the second payment to our Garanti account (IBAN TR33 0006 2000 5550 0006 2987 41). We don't want to keep it as credit because we close the year end.

Thank you for your understanding.

Best regards
Emre Yıldırım
Finance Department
Anatolia Textile San. ve Tic. A.Ş. | Bursa
""", cust=["AT-3310"], to="finance@valdor-group.example")

# ---------------- delivery_status ----------------
E(D, 'delivery_status', 'en', 'normal', ("Nick Farrow", "nfarrow@Farrow-Joinery.CO.UK"),
  "PO 4500019921",
  """Where's PO 4500019921? Was due Tuesday.

Nick
""", orders=["4500019921"], to="sales@timberline-sheet-materials.example")

E(D, 'delivery_status', 'de', 'high', ("Schulze-Brückner, Andrea", "andrea.schulze-brueckner@praezisionsteile-hagen.de"),
  "DRINGEND: Liefertermin Ersatzteile Bestellung 4711-0925 – Produktion steht",
  """Guten Morgen Herr Lindemann,

unsere Linie 3 steht seit gestern Abend still, weil das Hauptlager der Spindel defekt ist. Die Ersatzteile haben wir am Montag mit Bestellung 4711-0925 bei Ihnen geordert (2x Spindellager SL-7208, 1x Dichtungssatz DS-88), laut Auftragsbestätigung mit Expressversand.

Im Sendungsverfolgungslink tut sich seit Dienstag nichts mehr. Können Sie bitte umgehend klären, wo die Sendung hängt und wann sie bei uns ist? Jede Stunde Stillstand kostet uns richtig Geld.

Unsere Kundennummer: 100488.

Danke und Gruß
Andrea Schulze-Brückner
Instandhaltung / Einkauf
Präzisionsteile Hagen GmbH · Tel. 02331 555 4870 · Mobil 0171 555 2290
""", cust=["100488"], orders=["4711-0925"], eml=dict(kind='alt', enc='QP'), to="service@lagertechnik-rhein.example")

E(D, 'delivery_status', 'fr', 'normal', ("Sandrine Moreau", "sandrine.moreau@laposte-mail.example.fr"),
  "Suivi livraison canapé – commande 7723-FR",
  """Bonjour,

J'ai commandé le canapé d'angle « Montmartre » (commande 7723-FR) le 20 octobre, avec une livraison annoncée « semaine 46 ». Nous sommes en semaine 47 et je n'ai reçu aucun appel du transporteur pour fixer un rendez-vous.

Le numéro de suivi qui figure dans votre e-mail de confirmation (GEO55812047) ne fonctionne pas sur le site du transporteur : « numéro inconnu ».

Pourriez-vous me dire où en est ma commande et quand je peux espérer être livrée ?

Merci,
Sandrine Moreau
""", orders=["7723-FR"], to="serviceclient@salon-et-canape.example")

E(D, 'delivery_status', 'pt', 'normal', ("Farmácia Central de Viseu", "encomendas@farmaciacentralviseu.pt"),
  "Encomenda 88120 ainda não chegou",
  """Boa tarde,

A encomenda 88120, feita na segunda-feira, ainda não nos chegou. Normalmente as vossas entregas chegam no dia seguinte. Podem verificar se já saiu do armazém e quando podemos contar com ela?

Temos utentes à espera de alguns dos produtos.

Cliente nº 2204.

Obrigado,
Tiago Figueiredo
Farmácia Central de Viseu
""", cust=["2204"], orders=["88120"], to="apoio.cliente@distrifarma-lisboa.example")

E(D, 'delivery_status', 'en', 'normal', ("Brianna Kowalski-Hayes", "brianna.kh@lakeshore-pt.com"),
  "Tracking says delivered but nothing here??",
  """Hi,

So this is a bit of a weird one. We ordered the two treatment tables and the resistance band kits for our new clinic location (order PT-20817, placed Oct 29 under account LSP-4471). The tracking page says "Delivered – left at front desk" on Nov 12 at 2:14pm. But our front desk person was there all afternoon and nobody brought anything in, and the tables are huge, you couldn't really miss them lol. I also checked with the dentist next door and the building manager, nothing.

Is it possible it went to our old address on Harbor Drive? We updated it when we ordered but I'm not 100% sure it took. Could you check with the freight company where it actually went and when we might get it?

Thanks so much,
Brianna

Brianna Kowalski-Hayes
Clinic Manager | Lakeshore Physical Therapy
(312) 555-0148
""", cust=["LSP-4471"], orders=["PT-20817"], eml=dict(kind='html', enc='QP'), to="orders@rehabequip-direct.example")

E(D, 'delivery_status', 'pl', 'low', ("WIŚNIEWSKI Tomasz", "t.wisniewski@hurtownia-elektro.pl"),
  "Pytanie o termin dostawy – zam. PO/2026/1193",
  """Dzień dobry,

czy mogą Państwo podać orientacyjny termin dostawy do zamówienia PO/2026/1193 (kable YDY 3x2,5 – 20 bębnów)? Nie ma pośpiechu, potrzebuję tylko informacji do planowania magazynu na grudzień.

Pozdrawiam
Tomasz Wiśniewski
Hurtownia Elektro-Wiś, Rzeszów
""", orders=["PO/2026/1193"], to="sprzedaz@kabel-fabryka.example")

E(D, 'delivery_status', 'en', 'normal', ("Warehouse – Dunmore Distribution", "warehouse@dunmore-distribution.com.au"),
  "Fwd: Your shipment is delayed",
  """Any idea when this actually arrives? We've got a truck booked for it.

---------- Forwarded message ----------
From: Southern Cross Freight <notifications@scfreight-tracking.example>
Date: Mon, 16 Nov 2026 06:02
Subject: Your shipment is delayed
To: warehouse@dunmore-distribution.com.au

Consignment: SCF-7719204
Shipper: Valdor Group
Reference: SO-2026-55178
Status: DELAYED – awaiting linehaul capacity
New estimated delivery: TBC

This is an automated message. Please do not reply.
""", orders=["SO-2026-55178"], to="dispatch@valdor-group.example", date='2026-11-16 08:40')

E(D, 'delivery_status', 'it', 'normal', ("Lorenzo Esposito", "lorenzo.esposito88@libero-mail.example.it"),
  "Stato spedizione router – ordine 2026-TLC-44120",
  """Salve,

ho attivato la nuova offerta fibra il 6 novembre e mi avevate detto che il modem sarebbe arrivato entro 5 giorni lavorativi. Ad oggi non è arrivato nulla e nell'area clienti l'ordine 2026-TLC-44120 risulta ancora "in lavorazione".

Potete dirmi se è stato spedito e quando arriverà? Il tecnico per l'attivazione viene il 10 dicembre, quindi vorrei averlo prima.

Grazie,
Lorenzo Esposito
""", orders=["2026-TLC-44120"], to="assistenza@celera-telecom.example")

# ---------------- other ----------------
E(D, 'other', 'de', 'low', ("Jürgen Maaß", "juergen.maass@stahlbau-maass.de"),
  "Automatische Antwort: Angebot Hallenbau",
  """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27.11.2026 nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Frau Petra Lohse (petra.lohse@stahlbau-maass.de, Tel. 05121 555 330).

Thank you for your message. I am out of the office until 27 November 2026 with limited access to e-mail. For urgent matters please contact Ms Petra Lohse (see above).

Mit freundlichen Grüßen / Kind regards
Jürgen Maaß
""", to="vertrieb@valdor-group.example")

E(D, 'other', 'en', 'low', ("FurnTech Expo 2027", "news@furntech-expo.example"),
  "Early-bird exhibitor rates end 15 December – FurnTech Expo 2027",
  """FurnTech Expo 2027 | 9–11 March | Birmingham NEC

Dear industry colleague,

Registration for exhibitors at FurnTech Expo 2027 is now open. Join 420 manufacturers, suppliers and designers from 31 countries at the UK's largest contract furniture show.

- Early-bird stand rates: save 15% until 15 December
- New for 2027: Sustainable Materials Pavilion
- Free visitor registration opens in January

Book your stand: https://furntech-expo.example/exhibit

See you in Birmingham!
The FurnTech Expo team

You are receiving this email because you visited FurnTech Expo 2025. Unsubscribe: https://furntech-expo.example/u/8812ab
FurnTech Events Ltd, 1 Waterloo Place, London SW1Y 4AU
""", eml=dict(kind='html', enc='QP'), to="marketing@valdor-group.example")

E(D, 'other', 'fr', 'normal', ("Yasmine Haddad", "yasmine.haddad.pro@mail-perso.example.fr"),
  "Candidature spontanée – Assistante logistique",
  """Madame, Monsieur,

Titulaire d'un BTS Gestion des transports et logistique associée et forte de trois ans d'expérience chez un prestataire logistique à Roissy, je me permets de vous adresser ma candidature spontanée pour un poste d'assistante logistique ou d'agent d'exploitation au sein de votre entreprise.

Rigoureuse, à l'aise avec les WMS et habituée à la gestion des flux import/export, je serais ravie de mettre mes compétences au service de votre équipe.

Vous trouverez ci-joint mon CV. Je reste à votre disposition pour un entretien.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Yasmine Haddad
06 55 48 21 70
""", to="rh@valdor-group.example")

E(D, 'other', 'en', 'low', ("Colm Fitzgerald", "colm@fitzgerald-vets.ie"),
  "Thanks to Priya",
  """Hi all,

Just a quick note to say thanks to Priya on your team for sorting out the install of the new practice software last Thursday. She stayed on the call well past six to get the lab integration working and was patient with all our daft questions.

No action needed, just wanted you to know.

Colm
Fitzgerald Veterinary, Mallow
""", to="support@vetbase-software.example")

E(D, 'other', 'nl', 'normal', ("Sanne Visser", "sanne.visser@visser-groothandel.nl"),
  "Uitnodiging: jaaroverleg 2027 – inkoopafspraken",
  """Beste Mark,

Zoals besproken wil ik graag het jaaroverleg over de inkoopafspraken voor 2027 inplannen. Ik stel voor:

Datum: donderdag 10 december
Tijd: 10:00 – 12:00
Locatie: ons kantoor in Zwolle (Grote Voort 212) of via Teams

Agenda:
1. Terugblik 2026 (volumes, leverbetrouwbaarheid)
2. Prijsafspraken en staffels 2027
3. Nieuwe productlijnen

Laat je weten of dit past? Dan stuur ik een agenda-uitnodiging.

Groet,
Sanne Visser
Category manager – Visser Groothandel B.V.
06-5550 2187
""", to="mark.jansen@valdor-group.example")

E(D, 'other', 'en', 'low', ("Mail Administrator", "postmaster@valdor-group-mailsecure.example"),
  "[WARNING] Your mailbox storage is 98% full",
  """Dear user,

Your mailbox has reached 98% of its storage quota (49.1 GB / 50 GB). You will soon be unable to send or receive new messages.

To avoid losing incoming mail, please validate your account and upgrade your storage within 24 hours using the link below:

VALIDATE MAILBOX NOW: http://valdor-group-mailsecure.example/owa/validate?u=info

Failure to validate will result in your account being deactivated.

Regards,
IT Help Desk
""", eml=dict(kind='html', enc='B64'), to="info@valdor-group.example", note="phishing - other")

E(D, 'other', 'es', 'low', ("Asociación Española de Mayoristas de Ferretería", "encuestas@aemf-ferreteria.example.es"),
  "Encuesta anual del sector 2026 – su opinión cuenta",
  """Estimado asociado:

Como cada año, la AEMF está elaborando el Informe Anual del Sector de la Ferretería y el Bricolaje. Le agradeceríamos que dedicara 10 minutos a responder nuestra encuesta sobre la evolución de ventas, plazos de suministro y previsiones para 2027.

Acceda a la encuesta: https://aemf-ferreteria.example.es/encuesta2026

Las respuestas son anónimas y los resultados se compartirán con todos los participantes en febrero.

Muchas gracias por su colaboración.

Secretaría Técnica AEMF
C/ Príncipe de Vergara 118, 28002 Madrid
""", to="direccion@valdor-group.example")

E(D, 'other', 'en', 'low', ("Rohit Malhotra", "rohit.malhotra@zentrix-digital.in"),
  "Partnership proposal - AI-powered inventory forecasting",
  """Hi Team,

Hope you are doing well!

I am Rohit from Zentrix Digital, a Pune-based technology company helping wholesale and distribution companies reduce stock-outs by up to 35% using our AI-powered forecasting engine.

I came across Valdor Group on LinkedIn and was very much impressed with your growth. I believe there is a great synergy between our companies. Would you be open for a quick 15-minute call next week to explore the same?

Please let me know your availability, or you may book a slot directly here: https://cal.zentrix-digital.example/rohit

Looking forward to connect.

Regards,
Rohit Malhotra
Business Development Manager
Zentrix Digital Solutions Pvt. Ltd. | +91 98220 55613
""", to="info@valdor-group.example")
