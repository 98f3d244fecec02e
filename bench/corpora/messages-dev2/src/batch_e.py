S = 'shopco'
# ---------------- product_question ----------------
E(S, 'product_question', 'en', 'normal', ("Courtney Halvorsen", "courtney.halvorsen@gmail-box.example.com"),
  "Arden sofa cover - Ektorp fit?",
  """Hi! Quick question before I order - will the Arden loose sofa cover (3-seat, oatmeal) fit an IKEA Ektorp 3-seater? The measurements on your site say 218 cm wide but I can't tell if that's the cover or the sofa it's meant for. Also is it machine washable or dry clean only?

Thanks!
Courtney
""")

E(S, 'product_question', 'de', 'normal', ("Ulrike Baumgärtner", "ulrike.baumgaertner@t-post.example.de"),
  "Frage zur Bettwäsche „Nordlys\"",
  """Guten Tag,

bevor ich bestelle, hätte ich eine Frage zur Bettwäsche „Nordlys" (Perkal, 155x220): Ist die Baumwolle GOTS-zertifiziert bzw. aus kontrolliert biologischem Anbau? Auf der Produktseite steht nur „100 % Baumwolle". Und hat der Bezug einen Reißverschluss oder Knöpfe?

Vielen Dank im Voraus
Ulrike Baumgärtner
""", eml=dict(kind='alt', enc='QP', charset='utf-8', hdr='B'))

E(S, 'product_question', 'en', 'normal', ("TAKAHASHI Yuki", "y.takahashi@nifty-mail.example.jp"),
  "About electric kettle voltage",
  """Dear Kestrel shop,

I am living in Osaka and I am interesting to buy the "Copenhagen" electric kettle 1.5L (matte black). I would like to ask, this kettle can use with 100V in Japan? Or it is only 220-240V? Also the plug type is which one?

If it is not possible in Japan, do you have other model which is OK?

Thank you very much for your kind reply.

Best regards,
TAKAHASHI Yuki
""")

E(S, 'product_question', 'fr', 'normal', ("Romain Girard", "romain.girard@bbox-mail.example.fr"),
  "Quelle taille pour le pull marin ?",
  """Bonjour,

Je voudrais commander le pull marin en laine (réf. PM-204, bleu/écru). Je mesure 1m78 pour 75 kg et je porte d'habitude du M, mais certains avis disent qu'il taille petit. Vous me conseillez le M ou le L ?

Et la laine gratte-t-elle ? J'ai la peau un peu sensible.

Merci !
Romain
""")

E(S, 'product_question', 'es', 'low', ("Marta Sánchez Olmedo", "marta.sanchez@ono-mail.example.es"),
  "¿Vuelve la vajilla Alba en azul?",
  """Hola:

Hace unas semanas vi en vuestra web la vajilla "Alba" en azul cobalto y ahora solo aparece en blanco. ¿Sabéis si volverá a estar disponible en azul? No tengo prisa, es para renovar la de casa el año que viene, pero me gustaría saberlo.

Gracias,
Marta
""")

E(S, 'product_question', 'en', 'normal', ("Rosalind Ashby-Clarke", "ros.ashbyclarke@talktalk-mail.example.co.uk"),
  "Wool rug on underfloor heating?",
  """Hello,

I bought two of your lovely jute baskets last month and they arrived beautifully packed, so I'm back for more - only this time something rather bigger!

We've just had the kitchen-diner redone with underfloor heating (wet system, oak engineered boards) and I've got my eye on the "Hebridean" hand-tufted wool rug in 200x300. My husband is convinced a thick wool rug will stop the heat coming through or worse, damage the boards, and the man who fitted the floor just shrugged. Is it suitable for underfloor heating? Does it have a latex backing, and would you recommend an underlay with it?

Also - silly question - is the "Heather" colour more purple or more grey in real life? Screens are so misleading.

Many thanks,
Rosalind Ashby-Clarke
""")

E(S, 'product_question', 'pt', 'normal', ("Ana Paula Ferreira", "anapaula.ferreira@uol-mail.example.com.br"),
  "Colchão 140x190 – entrega no Brasil?",
  """Oi, tudo bem?

Gostaria de saber se o colchão de espuma "Sono Leve" está disponível no tamanho 140x190 (casal padrão aqui no Brasil), porque no site só aparecem 140x200 e 160x200. E vocês fazem entrega para São Paulo?

Obrigada!
Ana Paula
""")

# ---------------- account_access ----------------
E(S, 'account_access', 'en', 'normal', ("Melissa Grant", "melissa.grant@hotmail-box.example.com"),
  "Password reset email never arrives",
  """Hi,

I've tried to reset my password four times this morning and the reset email never shows up. I've checked spam, promotions, everything. The account is under this email address (melissa.grant@hotmail-box.example.com).

I've got stuff in my basket I'd like to order before the sale ends, so I'd appreciate any help.

Melissa
""")

E(S, 'account_access', 'de', 'normal', ("Carsten Ehlers", "c.ehlers@ehlers-steuerberatung.de"),
  "E-Mail-Adresse im Kundenkonto ändern",
  """Guten Tag,

mein Kundenkonto (Kundennummer 2251-8847) läuft noch auf meine alte Adresse carsten.ehlers@alte-kanzlei.example.de, auf die ich seit meinem Kanzleiwechsel keinen Zugriff mehr habe. In den Kontoeinstellungen kann ich die Adresse nicht ändern, weil dafür ein Bestätigungscode an die alte Adresse geschickt wird.

Können Sie die E-Mail-Adresse bitte auf c.ehlers@ehlers-steuerberatung.de umstellen?

Mit freundlichen Grüßen
Carsten Ehlers
""", cust=["2251-8847"], reply_to="Carsten Ehlers <carsten.ehlers.privat@web-post.example.de>", eml=dict(kind='plain', enc='QP'))

E(S, 'account_access', 'fr', 'normal', ("Nathalie Perrin", "nathalie.perrin@orange-post.example.fr"),
  "Suppression de mon compte (RGPD)",
  """Bonjour,

Conformément à l'article 17 du RGPD, je vous demande de supprimer mon compte client ainsi que l'ensemble de mes données personnelles. Le compte est associé à cette adresse e-mail.

Merci de me confirmer la suppression.

Nathalie Perrin
""")

E(S, 'account_access', 'nl', 'normal', ("Daan Willemsen", "daan.willemsen@ziggo-mail.example.nl"),
  "Account geblokkeerd",
  """Hallo,

Ik kan niet meer inloggen. Na een paar keer een verkeerd wachtwoord staat er nu "Je account is tijdelijk geblokkeerd" en dat staat er vandaag nog steeds, na meer dan 24 uur. Wachtwoord vergeten werkt ook niet want dan krijg ik dezelfde melding.

Kunnen jullie mijn account weer vrijgeven?

Groet,
Daan Willemsen
""", eml=dict(kind='html', enc='QP'))

E(S, 'account_access', 'en', 'normal', (None, "jmk.2290@protonmail-box.example.com"),
  "locked out",
  """locked out. 2FA code goes to my old phone number which I don't have anymore. how do I get back in
""")

E(S, 'account_access', 'es', 'normal', ("Pablo Iglesias Domínguez", "pablo.iglesias.d@gmail-box.example.com"),
  "No puedo entrar en mi cuenta",
  """Hola,

Cuando intento iniciar sesión me dice que "no existe ninguna cuenta con este correo", pero tengo una cuenta con vosotros desde 2023 y he hecho varios pedidos (el último, el 100044210, en septiembre). ¿Puede ser que la cuenta esté con otro correo o que se haya borrado?

Gracias,
Pablo
""", orders=["100044210"])

E(S, 'account_access', 'en', 'high', ("Niamh Gallagher", "niamh.gallagher@eircom-mail.example.ie"),
  "URGENT - someone changed my password",
  """Hi,

I just got an email from you saying my password was changed, and I didn't do it. Now I can't log in. I have my card saved on the account so I'm really worried someone is going to order things with it.

Please lock the account or whatever you need to do and help me get back in. This is urgent.

Niamh Gallagher
086 555 2941
""")

# ---------------- complaint ----------------
E(S, 'complaint', 'en', 'normal', ("Geoffrey Nuttall", "geoff.nuttall@sky-mail.example.co.uk"),
  "Feather pillows - very poor",
  """Dear Sir/Madam,

I bought a pair of your "Luxury Hotel" duck feather pillows (order 100044780) a fortnight ago. After two weeks they are as flat as pancakes and feathers are poking through the cover every night. For £59 a pair I expected rather better.

I don't want to make a fuss about returning them but I think you should know the quality is not what it was. I've been buying from you for years.

Yours faithfully,
G. Nuttall
""", orders=["100044780"])

E(S, 'complaint', 'de', 'normal', ("Petra Schneider-Wallner", "petra.sw@gmx-post.example.de"),
  "Unmöglicher Umgang im Chat",
  """Hallo,

ich hatte gestern eine Frage zu meiner Lieferung im Chat gestellt und wurde von Ihrem Mitarbeiter (Name „Kevin") ziemlich von oben herab behandelt. Auf meine Nachfrage kam nur „Das steht doch in der Mail" und dann wurde der Chat einfach beendet.

Das Problem hat sich inzwischen erledigt, das Paket ist da. Aber so geht man nicht mit Kunden um, und ich möchte, dass das weitergegeben wird.

Petra Schneider-Wallner
""", eml=dict(kind='alt', enc='B64', charset='utf-8', hdr='Q'))

E(S, 'complaint', 'en', 'normal', ("Dana Whitaker", "dwhitaker@verizon-mail.example.net"),
  "So much packaging",
  """Hi,

I don't usually write to companies but I have to say something. I ordered ONE candle (a small one) and it came in a box big enough for a microwave, with about 40 feet of bubble wrap, two air pillows, a cardboard insert AND a plastic sleeve. Your website has a whole page about being "planet-conscious" which honestly made me laugh when I was stuffing all this into my recycling.

And the candle itself - the glass has a seam running down it and the label is crooked. For $34 it looks like something from a gas station.

I guess I'm just disappointed. I really wanted to like your brand.

Dana
""")

E(S, 'complaint', 'it', 'normal', ("Valentina Russo", "valentina.russo@alice-mail.example.it"),
  "Colori completamente diversi dalle foto",
  """Buongiorno,

ho ricevuto il set di asciugamani "Terracotta" (ordine 100045190). Il colore è un arancione acceso che non ha niente a che vedere con il rosso mattone delle foto sul sito. Li terrò comunque perché mi servivano per gli ospiti e non ho tempo di rimandarli, ma le foto sono davvero ingannevoli e secondo me andrebbero corrette.

Saluti,
Valentina Russo
""", orders=["100045190"])

E(S, 'complaint', 'fr', 'normal', ("Frédéric Maréchal", "f.marechal@numericable-mail.example.fr"),
  "Colis jeté par-dessus le portail",
  """Bonjour,

Le livreur de votre transporteur a tout simplement jeté mon colis (commande 100045318) par-dessus le portail, alors que j'étais chez moi et que la sonnette fonctionne. Ma voisine l'a vu faire. Le carton est tout cabossé ; par chance le contenu (des coussins) n'a rien.

Je trouve ça inadmissible et je voulais que vous le sachiez, car ce transporteur représente votre marque.

Frédéric Maréchal
""", orders=["100045318"])

E(S, 'complaint', 'en', 'normal', ("Tamara Okafor", "tamara.okafor@gmail-box.example.com"),
  "Re: Re: Where is my order 100044655?",
  """Well, it finally turned up this morning. Three weeks late, the box was crushed on one corner and the mirror frame has a dent in it. After all the back and forth below, honestly this has been the worst online shopping experience I've had in years. I'll keep it because I can't face going through all this again, but I wanted you to know.

Tamara

On Thu, 12 Nov 2026 at 16:20, Kestrel Customer Care <care@kestrelhome-shop.example> wrote:
> Hi Tamara,
> Thanks for your patience. We have chased the courier again and they
> expect to deliver your order 100044655 within 3-5 working days.
> Kind regards, Josh
>
> On Mon, 9 Nov 2026 at 09:02, Tamara Okafor wrote:
>> This is the third time I'm asking. WHERE IS MY ORDER? 100044655.
>> It was supposed to be here on the 25th of October.
""", orders=["100044655"])

E(S, 'complaint', 'en', 'normal', ("Barry Lindqvist", "barry@lindqvist-family.example.net"),
  "Your new website",
  """Whoever redesigned your website should be made to use it. I spent 20 minutes trying to find men's shoes in size 11. There's no size filter anymore, the "load more" button jumps me back to the top of the page every time, and the search for "brown boots" gave me a lamp.

The old site worked fine. This one is a mess.

Barry
""", eml=dict(kind='plain', enc='QP', crlf=True))

# ---------------- other ----------------
E(S, 'other', 'en', 'low', ("Jade Moreno | @jadeathome", "collabs@jadeathome-studio.example.com"),
  "Collab idea ✨ autumn home refresh",
  """Hi Kestrel team!

I'm Jade, a home & interiors creator (148k on Instagram, 62k on TikTok) focused on small-space styling for renters. I've been a fan of your linen range for ages and I'd love to feature a few pieces in my "Autumn Cosy Refresh" series going live in December.

I'd be happy to share my media kit and rates - I'm also open to a gifted collaboration for the right pieces. Who would be the best person to chat to?

Jade x
jadeathome-studio.example.com
""", eml=dict(kind='alt', enc='QP', hdr='Q'), reply_to="jade.moreno.mgmt@talentloop-agency.example")

E(S, 'other', 'de', 'low', ("Heinz-Peter Dörfler", "hp@dörfler-familie.de"),
  "Ein großes Dankeschön",
  """Liebes Kestrel-Team,

ich wollte mich nur kurz bei Frau Aydın aus Ihrem Kundenservice bedanken. Sie hat mir letzte Woche am Telefon sehr geduldig geholfen, als ich mit der Bestellung über die Internetseite nicht zurechtkam (ich bin 81 und nicht so fit mit dem Computer). Die Decke ist pünktlich angekommen und meine Frau freut sich sehr.

Machen Sie weiter so!

Herzliche Grüße
Heinz-Peter Dörfler
""")

E(S, 'other', 'fr', 'normal', ("Sophie Lemaire", "sophie.lemaire@cabinet-archi-lemaire.fr"),
  "Facture avec TVA pour ma commande 100045422",
  """Bonjour,

J'ai passé commande de deux lampes de bureau pour mon cabinet (commande 100045422, livrée la semaine dernière). Le récapitulatif reçu par e-mail n'est pas une facture : pourriez-vous m'envoyer une facture en bonne et due forme, au nom de « Cabinet d'architecture Lemaire, 8 rue Nationale, 37000 Tours », avec la TVA détaillée, pour ma comptabilité ?

Merci beaucoup,
Sophie Lemaire
""", orders=["100045422"], note="invoice request: shopco has no invoice intent -> other")

E(S, 'other', 'en', 'normal', ("Harriet Bloom", "harriet@bloomandbranch-boutique.co.uk"),
  "Wholesale enquiry - independent homeware shop",
  """Hello,

I run Bloom & Branch, an independent homeware and gift shop in Hebden Bridge. Several of my customers have mentioned your stoneware range and I'd love to stock a selection in the shop.

Do you offer wholesale / trade accounts? If so, could you send me your trade price list, minimum order quantities and terms?

Kind regards,
Harriet Bloom
Bloom & Branch, 12 Market Street, Hebden Bridge HX7 6AA
07700 555 318
""")

E(S, 'other', 'it', 'normal', ("Matteo Gallo", "matteo.gallo95@libero-mail.example.it"),
  "Candidatura – addetto magazzino",
  """Buongiorno,

ho letto che state aprendo un nuovo centro logistico vicino a Piacenza e vorrei candidarmi come addetto al magazzino. Ho 29 anni, patentino per il muletto e quattro anni di esperienza nella logistica e-commerce (picking, packing, gestione resi).

Allego il mio curriculum. Resto a disposizione per un colloquio.

Cordiali saluti,
Matteo Gallo
Tel. 347 555 2810
""")

E(S, 'other', 'en', 'low', ("Owen Pritchard", "owen.pritchard@homesandliving-mag.example.co.uk"),
  "Press enquiry: Christmas gift guide",
  """Hi there,

I'm putting together the Christmas gift guide for Homes & Living magazine (January issue, on sale 18 December) and would love to include a couple of your products - I'm thinking the enamel storage tins and the wool throws.

Could your press office send high-res cut-out images and RRPs when convenient? No huge rush, my copy deadline isn't until the 4th.

Thanks,
Owen Pritchard
Contributing Editor, Homes & Living
""")
