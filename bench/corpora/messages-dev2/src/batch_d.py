S = 'shopco'
# ---------------- cancellation ----------------
E(S, 'cancellation', 'en', 'normal', ("Imogen Fairweather-Lloyd", "imogen.fl+shopping@gmail-box.example.com"),
  "Please cancel order #100045871 before it ships",
  """Hi,

I placed order #100045871 about an hour ago (the linen duvet set in sage + 2 pillowcases) and have just realised I ordered the single size instead of the double. Could you please cancel the whole order before it goes out? I'll reorder the right size straight after.

I've already paid by card - I assume that just gets reversed when it's cancelled?

Thanks so much,
Imogen
""", orders=["100045871"])

E(S, 'cancellation', 'de', 'normal', ("Lukas Østergaard-Meier", "lukas.meier@posteo-mail.example.de"),
  "Bestellung stornieren 100046120",
  """Hallo,

bitte stornieren Sie meine Bestellung 100046120 vom Samstag (Kaffeemühle „Mahlwerk Pro"). Ich habe sie im Laden vor Ort günstiger bekommen.

Laut Bestellübersicht ist sie noch nicht versandt.

Danke und Gruß
Lukas Meier
""", orders=["100046120"])

E(S, 'cancellation', 'fr', 'normal', ("Chloé Vasseur", "chloe.vasseur@free-post.example.fr"),
  "Résiliation abonnement Kestrel Plus",
  """Bonjour,

Je souhaite résilier mon abonnement Kestrel Plus (livraison gratuite illimitée) qui se renouvelle automatiquement le 12 décembre. Je ne commande plus assez souvent pour que ça vaille le coup.

Mon numéro de membre : KP-778120.

Merci de me confirmer la résiliation et qu'aucun prélèvement ne sera effectué.

Cordialement,
Chloé Vasseur
""", cust=["KP-778120"])

E(S, 'cancellation', 'es', 'normal', ("José María Ibáñez", "josemaria.ibanez@telefonica-mail.example.es"),
  "Anular pedido – me equivoqué de talla",
  """Hola, buenas.

Ayer por la noche hice el pedido 100046333 de unas zapatillas de running y me he dado cuenta de que puse la talla 44 en vez de la 43. ¿Me lo podéis anular antes de que lo enviéis? Ya haré otro pedido con la talla buena.

Gracias!
José Mª

Enviado desde mi Android
""", orders=["100046333"])

E(S, 'cancellation', 'en', 'normal', (None, "d.okonkwo77@outlook-mail.example.com"),
  "Re: Your Kestrel Plus membership renews soon",
  """Honestly this is a joke. I signed up for Plus for "next-day delivery" and every single order this year has taken 4-5 days. Your chat bot is useless and nobody ever reads these emails anyway.

Don't renew it. End my membership. I'm not paying another £79 for nothing.

D. Okonkwo

> Hi Daniel,
> Your Kestrel Plus membership (member no. KP-551904) will renew automatically
> on 3 December 2026 for £79.00. No action is needed to keep enjoying
> unlimited next-day delivery.
> The Kestrel Team
""", cust=["KP-551904"], note="angry but a cancellation; member no. KP-551904 only in quoted shop mail, included")

E(S, 'cancellation', 'it', 'normal', ("Francesca De Santis", "francesca.desantis@tiscali-post.example.it"),
  "annullamento ordine",
  """Buongiorno,
vorrei annullare l'ordine n° 100046502 (lampada da terra Arco, colore ottone). Purtroppo ho visto che la consegna prevista è dopo Natale e mi serviva come regalo. Se non è ancora partito vi prego di annullarlo e di riaccreditarmi l'importo sulla carta.
Grazie mille,
Francesca De Santis
""", orders=["100046502"], eml=dict(kind='plain', enc='QP', charset='iso-8859-1'))

E(S, 'cancellation', 'nl', 'normal', ("Bram de Vries", "bram.devries@hetnet-mail.example.nl"),
  "Lidmaatschap opzeggen",
  """Hoi,

Ik wil graag mijn Kestrel Plus lidmaatschap opzeggen per de volgende verlengdatum. Lidnummer KP-330219, account op dit e-mailadres.

Bedankt,
Bram
""", cust=["KP-330219"])

# ---------------- refund ----------------
E(S, 'refund', 'en', 'normal', ("Aoibheann Moriarty", "aoibheann.moriarty@eircom-mail.example.ie"),
  "jumper",
  """Hi there,

I still haven't seen the money from the jumper I sent back. It was the cream cable-knit one from order 100044917, posted back with the An Post label on the 28th of October and the tracking says you got it on the 2nd.

It's been over two weeks now. Any chance you could check?

Thanks,
Aoibheann
""", orders=["100044917"])

E(S, 'refund', 'de', 'normal', ("Dr. Wolfgang Pöschl", "w.poeschl@a1-mail.example.at"),
  "Rückerstattung Retoure – Bestellung 100045210",
  """Sehr geehrtes Kestrel-Team,

am 30. Oktober habe ich Ihnen den Stabmixer aus Bestellung 100045210 zurückgeschickt (Retourenschein RMA-55120), da er nach einer Woche nicht mehr anlief. Laut DHL wurde das Paket am 3. November zugestellt.

Die Erstattung von 89,95 € ist bis heute nicht auf meiner Kreditkarte eingegangen. Können Sie mir bitte mitteilen, wann ich mit der Rückzahlung rechnen kann?

Mit freundlichen Grüßen
Dr. Wolfgang Pöschl
Wien
""", orders=["100045210"], eml=dict(kind='plain', enc='QP', charset='iso-8859-1', hdr='Q'))

E(S, 'refund', 'fr', 'normal', ("Anaïs Lebrun", "anais.lebrun@sfr-mail.example.fr"),
  "Remboursement théière défectueuse",
  """Bonjour,

Comme convenu avec votre service client par chat (Léa), je vous ai renvoyé la théière en fonte de la commande 100045566 qui fuyait par le bec. Vous avez reçu le colis le 9 novembre.

On m'avait dit que je serais remboursée sous 5 jours ouvrés après réception, mais je n'ai toujours rien reçu. Pouvez-vous vérifier ?

Merci,
Anaïs Lebrun
""", orders=["100045566"])

E(S, 'refund', 'pl', 'normal', ("Agnieszka Łukasik", "agnieszka.lukasik@wp-poczta.example.pl"),
  "Zwrot pieniędzy za anulowane zamówienie",
  """Dzień dobry,

10 listopada anulowałam zamówienie nr 100045901 (dostałam potwierdzenie anulowania e-mailem), ale pieniądze – 214,99 zł – nadal nie wróciły na moje konto. Płaciłam BLIKIEM.

Kiedy mogę spodziewać się zwrotu?

Pozdrawiam
Agnieszka Łukasik
""", orders=["100045901"], eml=dict(kind='plain', enc='B64', hdr='B'))

E(S, 'refund', 'pt', 'normal', ("Beatriz Gonçalves", "bia.goncalves@sapo-mail.example.pt"),
  "Reembolso da encomenda devolvida",
  """Olá,

Devolvi o casaco (encomenda 100045002) no dia 4 de novembro nos CTT, com a etiqueta que me enviaram. Ainda não recebi o reembolso de 69,90 €. Podem dizer-me em que ponto está?

Obrigada,
Beatriz
""", orders=["100045002"])

E(S, 'refund', 'en', 'normal', ("Kevin Tran", '"kevin tran"@fastmail-box.example.com'),
  "refund status 112-3345567-8812211",
  """refund status for order 112-3345567-8812211? returned 11/2, nothing yet.
""", orders=["112-3345567-8812211"])

E(S, 'refund', 'sv', 'normal', ("Maja Sjöberg", "maja.sjoberg@telia-post.example.se"),
  "Pengarna för trasig vas",
  """Hej!

Vasen jag beställde (order 100045777) kom sönder i paketet. Ni bad mig skicka en bild istället för att skicka tillbaka den, vilket jag gjorde den 6 november, och ni svarade att jag skulle få pengarna tillbaka. Jag har fortfarande inte fått något på kortet. Kan ni kolla?

Tack!
Maja
""", orders=["100045777"], eml=dict(kind='alt', enc='B64', hdr='Q'))

# ---------------- delivery_status ----------------
E(S, 'delivery_status', 'en', 'normal', ("Graham Pettigrew", "graham.pettigrew@btinternet-mail.example.co.uk"),
  "Order 100045390 - over a week late",
  """Hello,

I ordered a set of garden chairs on 1 November (order 100045390) with an estimated delivery of 6-8 November. It's now the 16th and there's still no sign of them, and the "track your order" page has said "Preparing for dispatch" for ten days.

Could you let me know what's happening and when I can expect them?

Regards,
Graham Pettigrew
""", orders=["100045390"], date='2026-11-16 10:22')

E(S, 'delivery_status', 'es', 'normal', ("Lucía Martín-Cabrera", "lucia.martin.cabrera@movistar-mail.example.es"),
  "¿Dónde está mi pedido?",
  """Hola!! Hice un pedido hace ya 10 días (nº 100045488, una manta y dos cojines) y todavía no me ha llegado nada 😕 En el seguimiento pone "en reparto" desde el martes pero aquí no ha venido nadie. ¿Me podéis decir qué pasa?

Gracias!!
Lucía
""", orders=["100045488"], eml=dict(kind='alt', enc='B64', hdr='B'))

E(S, 'delivery_status', 'it', 'normal', ("Giuseppe Rinaldi", "g.rinaldi@virgilio-mail.example.it"),
  "Numero di tracking non funziona",
  """Buonasera,

il numero di tracking che mi avete mandato per l'ordine 100045612 (BRT 0705512887410) sul sito del corriere dà "spedizione non trovata" da tre giorni. Mi potete dire se il pacco è partito davvero e quando arriva?

Saluti,
Giuseppe Rinaldi
""", orders=["100045612"])

E(S, 'delivery_status', 'de', 'normal', ("Mehmet Yılmaz", "mehmet.yilmaz@freenet-mail.example.de"),
  "Paket als zugestellt markiert, aber nicht da",
  """Hallo zusammen,

laut Sendungsverfolgung wurde mein Paket (Bestellung 100045699) gestern um 11:42 Uhr zugestellt. Ich war zu Hause, es hat niemand geklingelt und es liegt auch nicht vor der Tür oder bei den Nachbarn. Eine Benachrichtigungskarte war auch nicht im Briefkasten.

Können Sie bitte bei DHL nachfragen, wo das Paket abgegeben wurde?

Viele Grüße
Mehmet Yılmaz
Kantstraße 44, 10625 Berlin
""", orders=["100045699"])

E(S, 'delivery_status', 'en', 'normal', ("Ashley Nguyen", "ashley.nguyen@icloud-mail.example.com"),
  "tracking link broken",
  """hey, the tracking link in my shipping confirmation just goes to a 404 page. order 100045834. is it actually on its way? thx

Sent from my iPhone
""", orders=["100045834"])

E(S, 'delivery_status', 'pl', 'high', ("Krzysztof Zieliński", "k.zielinski@interia-poczta.example.pl"),
  "Pilne – przesyłka na prezent",
  """Dzień dobry,

zamówienie 100045920 (zegarek) miało dotrzeć do 20 listopada, a status od 4 dni to „w drodze". To prezent na urodziny żony w sobotę – czy mogą Państwo sprawdzić u kuriera, czy zdąży dojść przed sobotą?

Z góry dziękuję,
Krzysztof Zieliński
""", orders=["100045920"], date='2026-11-23 08:47')

E(S, 'delivery_status', 'fr', 'normal', ("Hélène Rousseau-Bidart", "helene.rousseau@wanadoo-mail.example.fr"),
  "Re: Votre commande a été expédiée",
  """Bonjour,

Vous m'avez envoyé ce message il y a une semaine mais le colis n'est toujours pas arrivé et le suivi ne bouge plus depuis « Arrivé au centre de tri de Corbas ». Savez-vous ce qui se passe ?

Hélène Rousseau-Bidart

Le 10 nov. 2026 à 08:14, Kestrel <noreply@kestrelhome-shop.example> a écrit :
> Bonne nouvelle ! Votre commande 100045741 a été expédiée.
> Transporteur : Colissimo – n° de suivi 6A55120874412
> Livraison estimée : 12 novembre
""", orders=["100045741"], note="order id only in quoted shop mail; sender refers to it as 'ce message' - included")

# ---------------- return_request ----------------
E(S, 'return_request', 'en', 'normal', ("Priyanka Chaudhary", "priyanka.c@rediff-mail.example.in"),
  "Exchange kurta for bigger size",
  """Hello Kestrel team,

I received my order 100045118 yesterday, thank you. The cotton kurta in indigo is very nice but size M is quite tight at the shoulders. Kindly let me know how I can exchange it for size L? The tags are still on and I have not washed it.

Please also tell me if I need to pay for the return shipping.

Thanks and regards,
Priyanka Chaudhary
""", orders=["100045118"])

E(S, 'return_request', 'de', 'normal', ("Annika Brügge", "annika.bruegge@web-post.example.de"),
  "Rücksendeetikett für Bestellung 100045263",
  """Hallo,

ich möchte die beiden Handtuchsets aus Bestellung 100045263 zurückschicken, die Farbe („Salbei") sieht in echt viel grauer aus als auf den Fotos. Im Paket war leider kein Retourenschein. Können Sie mir ein Rücksendeetikett per Mail schicken?

Danke!
Annika Brügge
""", orders=["100045263"], eml=dict(kind='alt', enc='QP', charset='iso-8859-1', hdr='Q'))

E(S, 'return_request', 'fr', 'normal', ("Thibault de La Rochefoucauld", "thibault.delarochefoucauld@laposte-mail.example.fr"),
  "Demande de retour – cadeau en double",
  """Bonjour,

On m'a offert pour mon anniversaire le même grille-pain que j'ai déjà (commande 100045340, passée par ma sœur, Marie de La Rochefoucauld). Il est neuf, jamais déballé. Est-il possible de le retourner ? Je n'ai pas de compte chez vous, comment dois-je procéder ?

Merci d'avance,
Thibault de La Rochefoucauld
""", orders=["100045340"])

E(S, 'return_request', 'nl', 'normal', ("Lotte Janssen", "lotte.janssen@kpnmail.example.nl"),
  "Ruilen jas maat S naar M",
  """Hoi!

Ik heb de wollen jas (camel) besteld in maat S maar die valt echt klein. Kan ik hem ruilen voor een M? Bestelnummer 100045487. Hoe moet ik hem terugsturen?

Groetjes,
Lotte
""", orders=["100045487"])

E(S, 'return_request', 'es', 'normal', ("Carmen Delgado Ruiz", "carmen.delgado@yahoo-mail.example.es"),
  "Quiero devolver la lámpara",
  """Buenas tardes:

Me llegó ayer la lámpara de techo del pedido 100045655 y, aunque funciona bien, es bastante más grande de lo que parecía en la web y no queda bien en el salón. Quisiera devolverla. ¿Me podéis mandar la etiqueta de devolución o decirme cómo hacerlo? Está en su caja original.

Un saludo,
Carmen Delgado
""", orders=["100045655"], eml=dict(kind='plain', enc='QP', charset='iso-8859-1', hdr='B'))

E(S, 'return_request', 'en', 'normal', ("\"Big Sal\" Salvatore Greco", "salgreco@comcast-mail.example.net"),
  "send back?",
  """ordered the XL hoodie, its huge, like a tent. can i send it back and get the L instead or do i gotta reorder. order 100045701
""", orders=["100045701"], from_raw='"\\"Big Sal\\" Salvatore Greco" <salgreco@comcast-mail.example.net>')

E(S, 'return_request', 'it', 'normal', ("Chiara Colombo", "chiara.colombo@fastweb-mail.example.it"),
  "Reso – ho cambiato idea",
  """Salve,
vorrei restituire le tende di lino (ordine 100045808), ho cambiato idea sul colore. Sono ancora nella confezione sigillata. Entro quanti giorni posso fare il reso e come lo spedisco?
Grazie, Chiara
""", orders=["100045808"])
