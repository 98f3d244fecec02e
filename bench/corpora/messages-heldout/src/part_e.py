from common import S

# ---------------- return_request (8) ----------------
S("de", "return_request", "Lea Schubert", "lea.schubert@mailbox-nord.de",
  "Bademantel zu klein",
  """
Hallo liebes Lumora-Team,

der Bademantel (Bestellung LM-2047461) ist wunderschön, aber Größe M ist mir leider viel zu klein. Kann ich den gegen ein L tauschen? Wie läuft das, schickt ihr mir ein Etikett?

Liebe Grüße
Lea
""", orders=["LM-2047461"])

S("en", "return_request", "Tanya Brooks", "tanyabrooks82@inboxly.com",
  "Re: Your order has shipped!",
  """
It arrived and honestly it's way bigger than the pictures made it look, it doesn't fit on my nightstand at all. How do I send it back? I don't have a printer so if there's a QR code option that'd be great.

Tanya

On Mon, Nov 16, 2026 at 10:04 AM Lumora <noreply@lumora-shop.com> wrote:
> Great news, Tanya! Your order LM-2045338 is on its way.
> Track your package: 1Z9V88W10391827764
> Estimated delivery: Thursday, November 19
""", orders=["LM-2045338", "1Z9V88W10391827764"])

S("fr", "return_request", "Amélie Fontaine", "amelie.fontaine@lavoiepostale.fr",
  "Rideaux",
  """
Bonjour,

Les rideaux sont très beaux mais la couleur « lin » est beaucoup plus jaune en vrai que sur le site, ça ne va pas du tout avec mon salon. Je voudrais vous les renvoyer. Est-ce que je dois imprimer une étiquette quelque part ? Commande LM-2046590.

Merci,
Amélie
""", orders=["LM-2046590"], fmt="eml", cs="iso-8859-15", cte="qp", name_enc="q", alt=True)

S("nl", "return_request", None, "sterre.bakker@mijnpost.nl",
  "ruilen",
  """
hoi! kan ik de dekbedovertrek (LM-2048011) ruilen voor de 240x220 versie? die van 200x220 is te klein voor ons bed, verder helemaal top. hoe moet ik dat doen?
""", orders=["LM-2048011"])

S("it", "return_request", "Francesca Romano", "francesca.romano@postaveloce.it",
  "Reso",
  """
Salve,

vorrei restituire le due tazze della linea "Alba" (ordine LM-2044190): sono carine ma più piccole di quanto immaginassi. Come devo procedere? Devo pagare io la spedizione del reso?

Grazie
Francesca Romano
""", orders=["LM-2044190"])

S("fi", "return_request", "Aino Virtanen", "aino.virtanen@postilaatikko.fi",
  "Palautus",
  """
Hei,

haluaisin palauttaa matot tilauksesta LM-2045755, väri ei sopinut. Mistä saan palautuslapun?

Terveisin
Aino Virtanen
""", orders=["LM-2045755"], fmt="eml", cs="iso-8859-1", cte="b64")

S("en", "return_request", "Ngozi Eze-Okafor", "ngozi.ezeokafor@naijamail.com.ng",
  "Wrong size bedsheet",
  """
Good morning,

Please the bedsheet I ordered (LM-2043902) is not the size written on the website, it is too small for a king size bed. I want to send it back and get the correct size. Kindly tell me how to do it.

Thank you.
Ngozi
""", orders=["LM-2043902"])

S("sv", "return_request", "Karin Sjöberg", "karin.sjoberg@brevlada.se",
  "Byta färg",
  """
Hej!

Jag fick kuddfodralen idag (LM-2048322), men jag skulle hellre vilja ha dem i mörkgrönt istället för beige. Går det att byta? Hur skickar jag tillbaka dem?

Tack!
Karin
""", orders=["LM-2048322"])

# ---------------- product_question (7) ----------------
S("en", "product_question", "Harriet Lowe", "harriet.lowe@postbox-uk.net",
  "Linen duvet",
  """
Hi, quick one before I order: does the stonewashed linen duvet cover in "king" fit a UK king (230x220) or is it the US king size? Your size guide only lists cm for the EU version. Thanks!
""")

S("de", "product_question", "Wagner, Ute", "ute.wagner@webpost-mail.de",
  "Sessel Nora",
  """
Guten Tag,

ist der Bezug vom Sessel „Nora" abnehmbar und bei 30 Grad waschbar? Wir haben eine Katze und einen kleinen Sohn … Und gibt es den in Dunkelblau auch noch vor Weihnachten?

Vielen Dank
Ute Wagner
""", fmt="eml", cs="utf-8", cte="qp", name_enc="q", alt=True)

S("fr", "product_question", "Théo Girard", "theo.girard@courriel-libre.fr",
  "Restock ?",
  """
Salut, le plaid "Oslo" gris chiné est en rupture depuis des semaines, il va revenir ou c'est fini ? J'en voudrais deux.
""")

S("es", "product_question", "Diego Fernández", "diego.fernandez@correo-sol.es",
  "Lámpara Eclipse",
  """
Hola,

Antes de comprar la lámpara de pie Eclipse quería saber qué tipo de casquillo lleva (E27 o E14) y si es compatible con bombillas inteligentes regulables. Tengo Philips Hue en casa. En la ficha no lo pone.

Gracias,
Diego
""")

S("pl", "product_question", "Michał Lewandowski", "michal.lewandowski@pocztaonline.pl",
  "pytanie o materiał",
  """
Dzien dobry, czy koc "Tatra" jest ze 100% welny czy z domieszka akrylu? Zona ma alergie i musimy to wiedziec przed zakupem. Dzieki
""")

S("en", "product_question", "Arjun Iyer", "arjun.iyer@mailhub-in.com",
  "Do you ship to India?",
  """
Hi Lumora team,

I love the ceramic dinner sets on your website. Do you ship to Bangalore? If yes, what would be the approximate shipping charges and will customs duty be extra? Also is the "Terra" set microwave safe?

Regards,
Arjun
""")

S("pt", "product_question", "Larissa Mendes", "larissa.mendes@caixapostal.com.br",
  "dúvida tapete",
  """
Oi! O tapete Sisal Natural pode ser usado em área externa coberta (varanda)? E qual a espessura dele? Queria comprar mas fiquei na dúvida. Beijos
""")

# ---------------- account_access (7) ----------------
S("en", "account_access", "Darnell Hughes", "darnell.hughes@inboxly.com",
  "cant log in",
  """
keep getting "invalid credentials" even after resetting my password twice. i can see the reset email, click it, set new password, and then it still wont let me in. tried chrome and safari. what am i doing wrong
""")

S("de", "account_access", "Anna Müller", "anna@müllerhaus.de",
  "Neue E-Mail-Adresse für mein Kundenkonto",
  """
Hallo,

ich habe eine neue E-Mail-Adresse (diese hier) und möchte, dass mein Kundenkonto darauf umgestellt wird. Bisher war es anna.mueller1987@webpost-mail.de, an das alte Postfach komme ich nicht mehr ran. Kundennummer laut letzter Rechnung: KD-7731042.

Danke!
Anna Müller
""", cust=["KD-7731042"])

S("nl", "account_access", "Pieter de Vries", "pieter.devries@mijnpost.nl",
  "Verwijder mijn gegevens",
  """
Geachte heer/mevrouw,

Op grond van de AVG verzoek ik u mijn klantaccount en alle bijbehorende persoonsgegevens te verwijderen. Graag een bevestiging zodra dit is gebeurd.

Met vriendelijke groet,
P. de Vries
""", fmt="eml", cs="utf-8", cte="7bit")

S("it", "account_access", "Mario Rossi", '"mario rossi"@posta-veloce.it',
  "link scaduto",
  """
Buongiorno, ho chiesto il reset della password ma il link dice sempre "scaduto" anche se lo apro subito. Ci ho provato 4 volte. Potete aiutarmi? Ho un buono da usare che scade domenica.

Mario
""", urg="high")

S("da", "account_access", "Sofie Nielsen", "sofie.nielsen@postkassen.dk",
  "Konto låst",
  """
Hej

Min konto er blevet låst efter for mange loginforsøg, og jeg får ingen mail om at låse den op. Kan I hjælpe?

Mvh Sofie
""")

S("tr", "account_access", "Emre Çelik", "emre.celik@postakutusu.com.tr",
  "Hesabıma giremiyorum",
  """
Merhaba,

Hesabıma giriş yapmaya çalışıyorum ama "bu e-posta adresi kayıtlı değil" diyor. Oysa geçen ay bu adresle sipariş verdim (LM-2041720). Hesabım silinmiş olabilir mi?

Emre Çelik
""", orders=["LM-2041720"], fmt="eml", cs="iso-8859-9", cte="qp", name_enc="q", subj_enc="b")

S("fr", "account_access", "Manon Lefebvre", "manon.lefebvre@lavoiepostale.fr",
  "Re: Votre commande LM-2040391 a été livrée",
  """
Bonjour, rien à voir avec la commande (tout est bien arrivé, merci), mais je n'arrive plus à me connecter depuis que vous avez changé le site, il me demande un code par SMS et mon numéro a changé depuis. Comment je fais pour mettre le nouveau ?

Manon

> Bonjour Manon, votre commande LM-2040391 a été livrée. Nous espérons
> qu'elle vous plaira ! L'équipe Lumora
""", orders=["LM-2040391"])

# ---------------- complaint (7) ----------------
S("en", "complaint", "Clare Whitmore", "clare.whitmore@postbox-uk.net",
  "Loving the 'premium' towels",
  """
Just wanted to say how much I'm enjoying my "premium Egyptian cotton" towels, which after one wash have the texture and absorbency of a crisp packet. Really living the luxury lifestyle here. Genuinely the worst towels I've owned and I've owned towels from a petrol station.

Not expecting anything, just thought you should know what you're selling.
""")

S("de", "complaint", "Birgit Lorenz", "birgit.lorenz@mailbox-nord.de",
  "Verpackung",
  """
Guten Tag,

ich habe zwei Kissenbezüge bestellt und bekomme einen Karton, in den eine Waschmaschine gepasst hätte, vollgestopft mit Plastikpolstern. Für einen Shop, der auf der Startseite mit „nachhaltig" wirbt, finde ich das ziemlich peinlich. Die Bezüge sind in Ordnung.

Birgit Lorenz
""")

S("es", "complaint", "Raúl Jiménez", "raul.jimenez@correo-sol.es",
  "Atención al cliente",
  """
Llevo cuatro días intentando hablar con alguien por el chat y siempre me sale el bot, que no entiende nada. Al final ya solucioné el problema yo solo, pero que sepáis que la atención es pésima.

Raúl
""")

S("it", "complaint", "Alessandra Marino", "ale.marino@postaveloce.it",
  "delusa",
  """
Ciao, sono cliente da anni ma l'ultimo piumino che ho ricevuto perde piume da tutte le parti, ne trovo ovunque in camera. Prima la qualità era un'altra cosa. Lo terrò lo stesso perché non ho voglia di fare il reso, ma sono molto delusa.

Alessandra
""", fmt="eml", cs="utf-8", cte="b64", alt=True)

S("en", "complaint", "Marcus Bell", "marcus.bell@freedom-mail.us",
  "Your delivery company",
  """
Your courier left my package (a glass vase, of all things) on the sidewalk in the rain, rang nobody's doorbell, and marked it "handed to resident". Vase survived, miraculously. The box did not. I've ordered from you 6 or 7 times and it's always the same courier and it's always a coin toss. Just so you're aware.
""")

S("cs", "complaint", "Tereza Novotná", "tereza.novotna@schranka-mail.cz",
  "Kvalita",
  """
Dobrý den, povlečení po prvním praní úplně vybledlo a je celé žmolkovité. Za tu cenu bych čekala mnohem víc. Nic nechci, jen ať to víte.

T. Novotná
""")

S("nl", "complaint", "Jeroen Smit", "jeroen.smit@mijnpost.nl",
  "Re: Hoe hebben we het gedaan? ⭐",
  """
Jullie vragen het, dus: 2 sterren. Product prima, maar drie keer een andere levertijd gekregen, een bezorger die het pakket bij de buren drie huizen verder afgaf en een klantenservice die na vijf dagen pas antwoordde. Doe er iets mee.

Jeroen

> Hoi Jeroen, hoe tevreden ben je over je bestelling? Laat een review
> achter en maak kans op een cadeaubon van 50 euro!
""")

# ---------------- other (8) ----------------
S("en", "other", "Kayla Monroe", "collabs@kaylamonroe-home.com",
  "Collab opportunity 💕",
  """
Hi Lumora team!!

I'm Kayla, a home decor creator with 84k followers on Instagram and 120k on TikTok (mostly cozy/neutral interiors). I absolutely adore your linen range and would love to feature it in a holiday "bedroom refresh" series. Would you be open to a gifted collaboration or a paid partnership? Media kit attached!

xx Kayla
""", fmt="eml", cs="utf-8", cte="qp", alt=True, subj_enc="q", reply_to="kayla.monroe.mgmt@talentlane-agency.com")

S("de", "other", "Gisela Brandstätter", "gisela.brandstaetter@webpost-mail.de",
  "Einfach mal danke",
  """
Liebes Team,

ich wollte nur mal sagen: Die Tischdecke ist rechtzeitig zum 70. Geburtstag meiner Schwester angekommen und alle waren begeistert. Und die handgeschriebene Karte im Paket war ein schöner Gedanke. Weiter so!

Herzliche Grüße
Gisela Brandstätter
""", urg="low")

S("fr", "other", "Lucas Bernard", "lucas.bernard@courriel-libre.fr",
  "Mémoire de fin d'études",
  """
Bonjour,

Je suis étudiant en master marketing à Nantes et je rédige mon mémoire sur les marques de décoration vendues uniquement en ligne. Accepteriez-vous de répondre à un questionnaire d'une dizaine de minutes, ou de m'accorder un court entretien par visio avec quelqu'un de l'équipe ? Je vous enverrais le mémoire une fois terminé.

Merci beaucoup,
Lucas Bernard
""")

S("pl", "other", "Biuro – Kowalczyk Wnętrza", "biuro@kowalczyk-wnetrza.pl",
  "Faktura VAT na firmę",
  """
Dzień dobry,

do zamówienia LM-2046031 potrzebuję faktury VAT na firmę, a przy składaniu zamówienia zapomniałam zaznaczyć tę opcję. Dane do faktury:

Kowalczyk Wnętrza Sp. z o.o.
ul. Ogrodowa 14, 31-155 Kraków
NIP 677-240-18-33

Z góry dziękuję
Monika Kowalczyk
""", orders=["LM-2046031"])

S("sv", "other", "Lucky Winner Dept.", "prize-dept@globalwinners-claim.net",
  "Grattis! Du har vunnit ett presentkort",
  """
Grattis!

Din e-postadress har valts ut som vinnare av ett presentkort värt 10 000 kr. För att hämta ditt pris behöver du bara bekräfta dina kortuppgifter via länken nedan inom 48 timmar.

>> HÄMTA DITT PRIS <<

Med vänliga hälsningar
Vinstavdelningen
""", urg="low", fmt="eml", cs="iso-8859-1", cte="b64", htmlonly=True)

S("es", "other", "Rosa Delgado", "rosa.delgado@correo-sol.es",
  "publicidad",
  """
Por favor dejen de mandarme correos de ofertas tres veces por semana. No quiero borrar mi cuenta, solo dejar de recibir publicidad. Ya le he dado al enlace de "darse de baja" dos veces y siguen llegando.
""")

S("pt", "other", "Renata Carvalho", "renata.carvalho@caixapostal.com.br",
  "Re: Avalie sua compra",
  """
Amei tudo!! A manta chegou antes do prazo, cheirosa, bem embalada. Já indiquei pras minhas amigas. 5 estrelas ⭐⭐⭐⭐⭐

Em seg., 23 de nov. de 2026, Lumora <noreply@lumora-shop.com> escreveu:
> Olá Renata! O que você achou da sua compra? Avalie e ganhe 10% de
> desconto na próxima.
""", urg="low")

S("en", "other", "James O'Connor-Baptiste", "james@oconnorbaptiste-interiors.com",
  "Stockist enquiry - Bristol showroom",
  """
Hello,

We run a small interior design studio and showroom in Bristol, and we'd love to stock a curated selection of your cushions and throws alongside our own pieces. Do you work with independent stockists at all? If so, who would be the best person to speak to about terms?

Best regards,
James O'Connor-Baptiste
Director, O'Connor Baptiste Interiors
""")
