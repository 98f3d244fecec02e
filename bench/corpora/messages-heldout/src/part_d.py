from common import S

# ---------------- cancellation (7) ----------------
S("en", "cancellation", "Rebecca Holloway", "becky.holloway@postbox-uk.net",
  "Lumora Plus box",
  """
Hi,

Please don't send the second box. The first one was lovely but I really can't justify it at the moment, so I'd rather stop the whole Plus thing now before anything else goes out. Membership is under this email address.

Thanks,
Becky
""")

S("de", "cancellation", None, "tobi.r93@freemail-de.net",
  "bestellung",
  """
hab mich verklickt und die decke in 200x220 statt 155x220 bestellt, bestellung LM-2048173. bitte einfach stoppen, ich bestell dann neu. danke
""", orders=["LM-2048173"])

S("fr", "cancellation", "Camille Rousseau", "camille.rousseau@lavoiepostale.fr",
  "Abonnement",
  """
Bonjour,

Je souhaiterais mettre fin à mon abonnement Lumora Plus à la prochaine échéance. Je n'utilise plus vraiment les avantages et 9,90 € par mois, ça finit par faire. Merci de ne plus me prélever à partir de décembre.

Bonne journée,
Camille Rousseau
""", fmt="eml", cs="utf-8", cte="qp", alt=True)

S("es", "cancellation", "Pilar Navarro", "pilarnavarro@correo-sol.es",
  "pedido LM-2051190",
  """
Hola, he visto la misma lámpara más barata en otra tienda, la verdad es que ya no la quiero. Todavía no ha salido, ¿verdad? Si no ha salido, no la mandéis por favor.

Pedido LM-2051190
""", orders=["LM-2051190"])

S("sv", "cancellation", "Johanna Ek", "johanna.ek@brevlada.se",
  "Order LM-2049920",
  """
Hej! Kan ni stoppa ordern innan den skickas? Jag har hittat en annan soffa som passar bättre i rummet. Ordernummer LM-2049920. Tack!

/Johanna
""", orders=["LM-2049920"])

S("en", "cancellation", "Jen Walker", "jen.walker+lumora@inboxly.com",
  "wrong color ugh",
  """
ordered the sage green throw but meant the dusty rose. just kill order LM-2052207 and I'll reorder the right one tonight. it literally JUST went through so hopefully it hasn't gone anywhere yet
""", orders=["LM-2052207"])

S("pt", "cancellation", "Beatriz Santos Oliveira", "bia.santos.oliveira@caixapostal.com.br",
  "Não quero mais",
  """
Oi, boa tarde!

Fiz um pedido ontem (LM-2050815) mas meu marido já tinha comprado o mesmo jogo de cama, não sabia. Vocês conseguem desfazer antes de enviar? Se já tiver saído eu devolvo quando chegar.

Obrigada!
Bia
""", orders=["LM-2050815"])

# ---------------- refund (8) ----------------
S("en", "refund", "Aoife O'Sullivan", "aoife.o'sullivan@eirmail.ie",
  "Cushion covers",
  """
Hi there,

I sent back the two cushion covers (order LM-2044871) ages ago, the Post tracking says you got them on the 6th. I'd like the 49 euros back on my card please, it still hasn't shown up.

Thanks a mil,
Aoife
""", orders=["LM-2044871"])

S("de", "refund", "Sandra Kowalewski", "sandra.kowalewski@webpost-mail.de",
  "Retoure seit 3 Wochen bei euch",
  """
Hallo,

meine Rücksendung zu Bestellung LM-2041188 ist laut DHL seit dem 6. November bei Ihnen. Das Geld (89,95 €) ist bis heute nicht auf meinem PayPal-Konto. Wie lange dauert das denn noch? Im Kundenkonto steht immer noch „Retoure in Bearbeitung".

Gruß
S. Kowalewski
""", orders=["LM-2041188"], fmt="eml", cs="utf-8", cte="8bit")

S("nl", "refund", "Mohamed El Amrani", "m.elamrani@mijnpost.nl",
  "Bestelling geannuleerd maar wel betaald",
  """
Goedendag,

Jullie hebben mijn bestelling LM-2047730 zelf geannuleerd omdat de kast niet meer leverbaar was, prima, maar het bedrag van 349 euro is wel van mijn rekening afgeschreven. Kan dat teruggestort worden?

Met vriendelijke groet,
Mohamed El Amrani
""", orders=["LM-2047730"])

S("it", "refund", "Giulia Ferraro", "giulia.ferraro@postaveloce.it",
  "vaso rotto",
  """
Buonasera,

il vaso in ceramica (ordine LM-2046652) è arrivato in tre pezzi, vi avevo già mandato le foto tramite il modulo. Non lo voglio sostitutivo perché era per un regalo e ormai la data è passata: vorrei semplicemente riavere i 64 euro.

Grazie,
Giulia
""", orders=["LM-2046652"], fmt="eml", cs="iso-8859-1", cte="b64", alt=True)

S("pl", "refund", "NOWAK Ewa", "ewa.nowak@pocztaonline.pl",
  "Zwrot pieniędzy za zamówienie LM-2043318",
  """
Dzień dobry,

odesłałam lampę 2 tygodnie temu (zamówienie LM-2043318), dostałam maila, że zwrot został przyjęty. Kiedy pieniądze wrócą na moje konto? Minęło już 10 dni roboczych.

Pozdrawiam
Ewa Nowak
""", orders=["LM-2043318"], fmt="eml", cs="iso-8859-2", cte="qp", name_enc="q", subj_enc="q")

S("en", "refund", "Mick Papadopoulos", "mick.papadopoulos@ozmail-box.com.au",
  "Re: Your return has been received",
  """
Yeah so you received it on the 9th, it's now the 30th, and my bank says nothing's come in. Where's my $129? Not trying to be difficult but three weeks is a bit rich.

Mick

On 9 Nov 2026, at 14:02, Lumora <noreply@lumora-shop.com> wrote:

> Hi Mick,
> Good news: we've received your return for order LM-2042016.
> Your refund will be processed within 5-7 business days.
> The Lumora Team
""", orders=["LM-2042016"], date="2026-11-30 08:41")

S("fr", "refund", "Karim Mansouri", "karim.mansouri@lavoiepostale.fr",
  "DERNIER AVERTISSEMENT",
  """
Bonjour,

Ça fait maintenant un mois que j'attends les 215 € de ma commande LM-2039944 annulée. Quatre mails, zéro réponse. Si je n'ai pas mon argent d'ici lundi je fais opposition auprès de ma banque et je laisse un avis sur tous les sites que je connais.

Karim Mansouri
""", orders=["LM-2039944"], urg="high")

S("tr", "refund", "Zeynep Aksoy", "zeynep.aksoy@postakutusu.com.tr",
  "İade ettiğim ürünün parası",
  """
Merhaba,

LM-2045570 numaralı siparişimdeki halıyı beden uymadığı için iade ettim, kargo takibinde size ulaştığı görünüyor. Ancak ödemem hâlâ kartıma yansımadı. Ne zaman yatar, bilgi verebilir misiniz?

Teşekkürler,
Zeynep Aksoy
""", orders=["LM-2045570"])

# ---------------- delivery_status (8) ----------------
S("en", "delivery_status", "Priya Chauhan", "priya.chauhan@mailhub-uk.com",
  "order",
  """
Hello, it's been two weeks and nothing at my door. Order LM-2046103. Any idea?
""", orders=["LM-2046103"])

S("de", "delivery_status", "Müller, Hans-Peter", "hp.mueller@webpost-mail.de",
  "Sendungsnummer funktioniert nicht",
  """
Guten Tag,

die Sendungsnummer, die Sie mir geschickt haben (00340434161094022115), zeigt bei DHL nur „Die Sendung wurde elektronisch angekündigt" – und das seit sechs Tagen. Ist das Paket überhaupt schon unterwegs? Bestellnummer LM-2045091.

Mit freundlichen Grüßen
Hans-Peter Müller
""", orders=["00340434161094022115", "LM-2045091"], fmt="eml", cs="windows-1252", cte="qp", name_enc="q")

S("es", "delivery_status", "Carmen Ortega Vidal", "carmen.ortega.vidal@correo-sol.es",
  "Mi pedido",
  """
Buenas tardes,

Hice el pedido LM-2047382 el día 10 y en la web ponía entrega en 3-5 días laborables. Hoy es 30 y no ha llegado nada, ni un aviso de la empresa de transporte. ¿Me podéis decir algo? Es un regalo de cumpleaños para el jueves.

Un saludo,
Carmen
""", orders=["LM-2047382"], urg="high", date="2026-11-30 17:05")

S("da", "delivery_status", "Freja Lund", "freja.lund@postkassen.dk",
  "Pakke?",
  """
Hej

GLS skriver at min pakke er leveret til en pakkeshop, men de kan ikke finde den i butikken. Ordre LM-2046918. Hvad gør jeg nu?

Hilsen Freja
""", orders=["LM-2046918"])

S("en", "delivery_status", "Sandeep Kaur Gill", "sandeep.gill@inboxly.com",
  "Regarding delivery of my order",
  """
Hello Team,

I had placed order LM-2044519 on 14th November for the brass table lamp. The status in my account is showing "Dispatched" since 17th but the courier tracking link is showing no information. Kindly update me regarding the expected date of delivery.

Thanks and regards,
Sandeep Kaur Gill
""", orders=["LM-2044519"])

S("pt", "delivery_status", "Tiago Ferreira", "tiago.ferreira@correiopt.pt",
  "Encomenda atrasada",
  """
Boa tarde,

A minha encomenda LM-2045802 devia ter chegado na semana passada. O site dos CTT diz "em trânsito" há oito dias. Podem verificar o que se passa?

Obrigado,
Tiago Ferreira
""", orders=["LM-2045802"], fmt="eml", cs="iso-8859-1", cte="qp", subj_enc="q")

S("no", "delivery_status", "Ola Nordby", "ola.nordby@postboks.no",
  "Fwd: Your Lumora order is on its way!",
  """
Hei, denne kom aldri. Over to uker nå og sporingen har stått stille siden Sverige??

Mvh Ola

---------- Videresendt melding ----------
Fra: Lumora <noreply@lumora-shop.com>
Dato: tor. 12. nov. 2026 kl. 09:31
Emne: Your Lumora order is on its way!
Til: ola.nordby@postboks.no

Hi Ola,

Good news - your order LM-2045117 has left our warehouse in Jönköping.
Items: Linen curtain "Fjord", 2 x 140x250 cm
Estimated delivery: 3-5 business days

Happy nesting,
The Lumora Team
""", orders=["LM-2045117"])

S("cs", "delivery_status", "Petra Horáková", "petra.horakova@schranka-mail.cz",
  "Objednávka LM-2046377",
  """
Dobrý den,

objednávka LM-2046377 měla dorazit minulý týden, ale zatím nic. Sledovací číslo, které jsem dostala, na stránkách dopravce nefunguje ("zásilka nenalezena"). Můžete mi prosím sdělit, kde balík je?

Děkuji
Petra Horáková
""", orders=["LM-2046377"], fmt="eml", cs="utf-8", cte="b64", name_enc="b", subj_enc="b")
