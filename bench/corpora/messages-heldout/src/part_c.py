from common import D

# ---------------- refund (11) ----------------
D("de", "refund", "Petra Schwarzkopf", "p.schwarzkopf@schwarzkopf-sanitaer.de",
  "Doppelte Zahlung",
  """
Guten Tag,

uns ist beim Monatsabschluss aufgefallen, dass wir Ihre Rechnung 2026-10954 zweimal überwiesen haben (am 02.11. und nochmal am 09.11., jeweils 312,40 €). Bitte überweisen Sie uns den doppelt gezahlten Betrag auf unser Konto zurück – eine Verrechnung mit künftigen Rechnungen möchten wir nicht, da wir das Konto zum Jahresende schließen.

Kundennummer 40-5521.

Freundliche Grüße
Petra Schwarzkopf
Buchhaltung
""", cust=["40-5521"])

D("en", "refund", "Nigel Featherstone", "nigel@featherstone-plant.co.uk",
  "still waiting",
  """
Morning,

On the 21st October your colleague Sam told me on the phone that the £870 for the returned hydraulic rams would be back in our account "within 10 working days". It's now the end of November and there is nothing. Where is it?

Account FEATH-02, the rams were from order SO-49102.

Nigel
""", cust=["FEATH-02"], orders=["SO-49102"])

D("fr", "refund", "Sophie Marchand", "sophie.marchand@marchand-paysage.fr",
  "Re: Retour palettes consignées",
  """
Bonjour Monsieur Dubois,

Merci pour votre réponse rapide à l'époque. Cela dit, six semaines plus tard, nous n'avons toujours rien vu passer sur notre compte pour les 14 palettes consignées que votre transporteur a récupérées le 8 octobre. Pourriez-vous vérifier où en est le remboursement ?

Cordialement,
Sophie Marchand

Le 9 oct. 2026 à 14:22, Guillaume Dubois <g.dubois@velder-components.eu> a écrit :
> Bonjour Madame Marchand,
> Nous confirmons la bonne réception des 14 palettes. Le montant de la
> consigne (14 x 18 €) vous sera reversé sous 30 jours.
> Bien à vous, G. Dubois
""", fmt="eml", cs="utf-8", cte="qp", alt=True)

D("nl", "refund", "Bas Verhoeven", "bas.verhoeven@verhoeven-dakwerken.nl",
  "retour",
  """
Hallo,

We hebben op 2 november de verkeerd geleverde dakhaken (order 2026-0877) teruggestuurd, jullie hebben ze volgens track & trace op 4 november ontvangen. Wanneer krijgen we de 1.260 euro terug? Liefst gewoon op de rekening, niet als tegoed.

Bas
""", orders=["2026-0877"])

D("es", "refund", "Javier Morales", "javier.morales.g@correo-iberico.es",
  "Cobro duplicado con tarjeta",
  """
Buenas,

Me habéis cobrado dos veces con la tarjeta el pedido WEB-55218 (89 € cada cargo, los dos del 12 de noviembre). Quiero que me devolváis uno de los cargos ya. Si el viernes no lo veo en la cuenta abro una disputa con el banco y que lo resuelvan ellos.

Javier Morales
""", orders=["WEB-55218"], urg="high")

D("it", "refund", "Chiara Benedetti", "chiara.benedetti@benedetti-arredi.it",
  "pagamento in eccesso",
  """
Gentili,

per un errore del nostro ufficio abbiamo pagato la fattura 2026/IT/0814 per 2.480 euro anziché 1.480. Vi chiedo cortesemente di restituirci i 1.000 euro in eccesso con bonifico sull'IBAN che trovate in calce alle nostre fatture.

Grazie mille e buona giornata
Chiara Benedetti
Benedetti Arredi s.r.l.
Cod. cliente 11201
""", cust=["11201"])

D("pt", "refund", "Inês Figueiredo", "ines.figueiredo@figueiredo-clima.pt",
  "Devolução de valor – encomenda ENC-2026-0558",
  """
Exmos. Senhores,

A encomenda ENC-2026-0558 foi anulada por V. Exas. por falta de stock, conforme o vosso e-mail de 30 de outubro. Acontece que já tínhamos pago antecipadamente o valor total de 2.140,00 €. Agradecemos que procedam à devolução do valor para a conta de onde foi feita a transferência.

Com os melhores cumprimentos,
Inês Figueiredo
Figueiredo Climatização, Lda.
""", orders=["ENC-2026-0558"], fmt="eml", cs="iso-8859-15", cte="qp", name_enc="q", subj_enc="q")

D("en", "refund", "Rohit Agarwal", "rohit.agarwal@agarwalpolymers.co.in",
  "Excess amount debited - please reverse",
  """
Dear Sir,

With reference to our order no. AP/2026/0419, we had authorised the auto-debit for EUR 3,200.00 but the amount debited from our account on 10-Nov-2026 is EUR 4,100.00. Kindly reverse the excess amount of EUR 900.00 to our account at the earliest and confirm by return mail.

Customer code: IN-4470.

Thanks & Regards
Rohit Agarwal
Agarwal Polymers
""", cust=["IN-4470"], orders=["AP/2026/0419"])

D("en", "refund", "Jess Carmody", "jcarmody@carmodyhvac.com",
  "Fwd: Chargeback notification",
  """
FYI - we're going ahead with this unless you send the $1,875 back by Friday. We've asked three times.

Jess

---------- Forwarded message ---------
From: Card Services <disputes@firstlakebank-cards.com>
Date: Mon, Nov 23, 2026 at 9:15 AM
Subject: Chargeback notification
To: jcarmody@carmodyhvac.com

Dear Cardholder,

We have received your request to dispute the following transaction:

Merchant: VELDER COMPONENTS
Amount: $1,875.00
Date: 10/29/2026
Reason: Merchandise not received / credit not processed

Please confirm you would like us to proceed with the dispute. If we do not hear from you within 5 business days the dispute will be opened automatically.

First Lake Bank Card Services
""", urg="high")

D("da", "refund", "Henrik Østergaard", "henrik@ostergaard-smed.dk",
  "Defekte ventiler",
  """
Hej,

De 8 ventiler fra ordre 3321-DK var defekte fra start (utætte ved tryk over 6 bar), og jeres tekniker har bekræftet det. Vi har selv købt nye andetsteds, så vi vil bare gerne have pengene for dem tilbage, 4.960 kr.

Mvh
Henrik Østergaard
""", orders=["3321-DK"])

D("en", "refund", "Oluwaseun Bakare", "seun.bakare@bakarelogistics.ng",
  "Re: Re: Re: Overpayment",
  """
Good afternoon,

Please I am following up again on this issue. Since September we have been promised that the N2,450,000 overpaid will be returned to our account. Every week it is "next week". Kindly let me know when exactly we should expect the money, I need to report to my MD.

Thank you.

Seun Bakare
Finance, Bakare Logistics Ltd

On Tue, 27 Oct 2026, Velder Accounts <accounts@velder-components.eu> wrote:
> Dear Mr Bakare, the refund has been approved and will be processed with
> the next payment run. Kind regards.
""", fmt="eml", cte="7bit")

# ---------------- delivery_status (11) ----------------
D("de", "delivery_status", "Stefan Kühn", "stefan.kuehn@kuehn-praezision.de",
  "AB 2026-AB-3321 – Liefertermin???",
  """
Hallo Herr Yilmaz,

laut Ihrer Auftragsbestätigung 2026-AB-3321 hätte die Ware in KW 46 bei uns sein sollen. Wir haben KW 49 und es ist nichts da, niemand meldet sich. Ab Donnerstag steht bei uns die Montagelinie, wenn die Lager nicht kommen.

Bitte rufen Sie mich heute noch an: 0711 553 20 xx.

Stefan Kühn
""", orders=["2026-AB-3321"], urg="high", date="2026-11-30 07:58", txt_enc="q")

D("en", "delivery_status", "Eleanor Price", "eleanor.price@pricemarinesupplies.co.uk",
  "PO 4471",
  """
Any news on PO 4471? x
""", orders=["PO 4471"])

D("fr", "delivery_status", "Mathieu Roussel", "m.roussel@roussel-chauffage.fr",
  "Colis livré ?? ",
  """
Bonjour,

Le suivi du transporteur indique que notre commande 2026-FR-1420 a été livrée lundi à 10h12, signée par "M. DUPONT". Il n'y a aucun M. Dupont chez nous et nous n'avons rien reçu. Pouvez-vous vous renseigner auprès du transporteur ?

Mathieu Roussel
""", orders=["2026-FR-1420"], fmt="eml", cs="iso-8859-1", cte="b64", alt=True)

D("nl", "delivery_status", "Kim Peeters", "kim.peeters@peeters-elektro.be",
  "track & trace werkt niet",
  """
Dag,

De track & trace code die ik kreeg (3SVELD2281450) geeft al drie dagen "onbekende zending". Is het pakket wel vertrokken? Het gaat over bestelling BE-26-0932.

Mvg
Kim
""", orders=["3SVELD2281450", "BE-26-0932"])

D("es", "delivery_status", "Lucía Paredes", "lparedes@paredes-hidraulica.cl",
  "consulta pedido",
  """
Hola, ¿para cuándo tienen previsto el envío del pedido 26-CL-0211? Nos dijeron finales de noviembre pero no hemos recibido aviso de despacho. Gracias.

Lucía Paredes
Paredes Hidráulica Ltda. – Santiago
""", orders=["26-CL-0211"])

D("it", "delivery_status", "Roberto Galli", "roberto.galli@galli-termotecnica.it",
  "R: R: offerta 26-0911",
  """
Ok perfetto, allora a che punto è la spedizione? L'ordine l'abbiamo confermato il 2 novembre (ns. rif. ODA-4471), mi avevate detto 10 giorni lavorativi.

Roberto

-----Messaggio originale-----
Da: Sara Conti <s.conti@velder-components.eu>
Inviato: lunedì 2 novembre 2026 09:30
Oggetto: R: offerta 26-0911

Buongiorno Roberto, confermo i prezzi dell'offerta 26-0911, consegna 10 giorni lavorativi dalla conferma.
Sara

-----Messaggio originale-----
Da: Roberto Galli
Oggetto: offerta 26-0911

Buongiorno, i prezzi dell'offerta 26-0911 sono ancora validi? Ne avremmo bisogno entro fine mese.
""", orders=["ODA-4471"])

D("pl", "delivery_status", "Marek Zieliński", "marek.zielinski@zielinski-hydraulika.pl",
  "Kiedy dostawa?",
  """
Dzień dobry,

kiedy możemy się spodziewać dostawy do zamówienia PL/26/0418? Potrzebujemy tego na budowę w styczniu, więc proszę o konkretną datę, żebyśmy mogli to zaplanować.

Pozdrawiam
Marek Zieliński

Best regards / Mit freundlichen Grüßen
Marek Zieliński
Sales & Logistics | Zieliński Hydraulika Sp. z o.o.
""", orders=["PL/26/0418"], txt_enc="b")

D("en", "delivery_status", "Carla Jimenez", "carla.jimenez@sunbeltpackaging.com",
  "RE: Order Confirmation SO-60217",
  """
Hi Derek,

The ship date on this was Nov 16 and I still don't have a tracking number. Did it actually go out? Our receiving dock is short-staffed over Christmas so I'd like to plan around it.

Carla

From: Derek Olsen <d.olsen@velder-components.eu>
Sent: Monday, November 2, 2026 4:47 PM
To: Carla Jimenez <carla.jimenez@sunbeltpackaging.com>
Subject: Order Confirmation SO-60217

Hi Carla,

Thanks for your order! Confirming SO-60217 for 24 cases of SC-50 seal kits, your PO SBP-11872. Estimated ship date: November 16.

If you need to change quantities let me know before Nov 10.

Best,
Derek
""", orders=["SO-60217", "SBP-11872"], date="2026-11-19 15:12", fmt="eml", cte="qp", alt=True)

D("pt", "delivery_status", "Luiz Henrique Prado", "luizhprado@pradoequipamentos.com.br",
  "cadê",
  """
Pessoal, cadê o pedido 77930? Já faz 3 semanas e nada. O rastreio parou em Curitiba dia 10.

Luiz
""", orders=["77930"])

D("en", "delivery_status", None, "hamish.ferguson@hferguson-electrical.com.au",
  "",
  """
Mate, it's been a fortnight since you said SO-56333 was on the truck and there's nothing here in Townsville. Can someone actually ring the freight company? Customer's chasing me every day.
""", orders=["SO-56333"], frm="hamish.ferguson@HFERGUSON-ELECTRICAL.COM.AU")

D("fi", "delivery_status", "Jukka Leinonen", "jukka.leinonen@leinosen-laite.fi",
  "Toimitus?",
  """
Hei,

milloin tilauksemme 26-FI-0344 lähtee? Tilausvahvistuksessa luki viikko 47, mutta emme ole saaneet lähetysilmoitusta.

Terveisin
Jukka Leinonen
""", orders=["26-FI-0344"])

# ---------------- other (12) ----------------
D("de", "other", "Markus Lehner", "m.lehner@lehner-stahlbau.de",
  "Automatische Antwort: Angebot 7741-B",
  """
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 04.12.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Albers (einkauf@lehner-stahlbau.de, Tel. 0521 9987-12).

Ihre Nachricht wird nicht weitergeleitet.

Mit freundlichen Grüßen
Markus Lehner
""", urg="low")

D("en", "other", "IndustryPulse Weekly", "newsletter@industrypulse-weekly.com",
  "5 supply-chain trends to watch in 2027",
  """
IndustryPulse Weekly - Issue #212

1. Nearshoring keeps climbing: why Mexican industrial parks are full
2. Steel prices: what the analysts expect for Q1
3. The quiet comeback of rail freight in Europe
4. Interview: how a mid-size pump maker cut lead times by 30%
5. Events calendar: December trade fairs

Read the full issue online.

You are receiving this email because you subscribed at industrypulse-weekly.com. Unsubscribe | Manage preferences
""", urg="low", fmt="eml", htmlonly=True, cte="b64", cs="utf-8")

D("fr", "other", "Yasmine Haddad", "yasmine.haddad@courriel-libre.fr",
  "Candidature spontanée – assistante ADV",
  """
Madame, Monsieur,

Actuellement en fin de contrat comme assistante administration des ventes dans une PME du secteur de la robinetterie, je me permets de vous adresser ma candidature spontanée. Je parle couramment français, anglais et arabe, et j'ai de bonnes bases en allemand.

Vous trouverez mon CV en pièce jointe. Je reste à votre disposition pour un entretien.

Cordialement,
Yasmine Haddad
06 12 34 56 xx
""")

D("nl", "other", "Evelien Claes", "evelien.claes@techbeurs-gent.be",
  "Uitnodiging: afspraak op TechBeurs Gent",
  """
Beste,

Graag nodigen we jullie uit voor een kort gesprek op onze stand (Hal 3, stand 3.114) tijdens TechBeurs Gent op 9 en 10 februari 2027. We stellen er onze nieuwe reeks intralogistieke oplossingen voor.

Laat gerust weten welk tijdslot past, dan plannen we het in.

Met vriendelijke groeten,
Evelien Claes
Account manager
""", fmt="eml", cs="utf-8", cte="qp", alt=True, reply_to="afspraken@techbeurs-gent.be")

D("en", "other", "Declan Fitzgerald", "declan@fitzgeraldtooling.ie",
  "thanks",
  """
Hi Aoife,

Just a quick note to say thanks for sorting out the mix-up with the shipment last week, you went well beyond what you had to. The lads on the floor were delighted. No need to reply.

Have a good Christmas when it comes,
Declan
""", urg="low")

D("en", "other", "Mail Administrator", "postmaster@velder-components-mailsecure.com",
  "Your mailbox is almost full (98%)",
  """
Dear user,

Your mailbox has reached 98% of its storage limit. Incoming messages will be rejected after 24 hours.

To increase your quota, validate your account here:
http://velder-components-mailsecure.com/quota/validate?u=orders

IT Helpdesk
""", urg="low", fmt="eml", htmlonly=True, cte="qp", cs="utf-8")

D("de", "other", "Lena Hoffmann", "l.hoffmann@velder-components.eu",
  "WG: Mittag?",
  """
Hi Emre,

hab das versehentlich an das Sammelpostfach geschickt, sorry. Gehen wir um 12:30 zum Italiener? Tobi kommt auch mit.

Lena
""", urg="low")

D("sv", "other", "Hållbarhetsteamet – Göteborgs Hamnteknik", "hallbarhet@gbg-hamnteknik.se",
  "Leverantörsenkät hållbarhet 2026",
  """
Hej,

Som en del av vårt hållbarhetsarbete ber vi alla våra leverantörer att fylla i en kort enkät om miljö, arbetsvillkor och klimatdata. Det tar ca 20 minuter. Vi behöver svaren senast 31 januari 2027.

Länk till enkäten skickas separat från vår plattform.

Tack för hjälpen!
Hållbarhetsteamet
Göteborgs Hamnteknik AB
""", fmt="eml", cs="iso-8859-1", cte="qp", name_enc="q", subj_enc="b")

D("it", "other", "Ufficio commerciale Viteria Padana", "commerciale@viteriapadana.it",
  "Comunicazione listino 2027",
  """
Spettabile cliente,

con la presente vi informiamo che a partire dal 1° gennaio 2027 entrerà in vigore il nuovo listino prezzi, con un adeguamento medio del 4,5% dovuto all'aumento dei costi delle materie prime e dell'energia. Gli ordini confermati entro il 31 dicembre 2026 verranno evasi alle condizioni attuali.

Il nuovo listino è disponibile nell'area riservata del nostro sito.

Cordiali saluti
Ufficio commerciale
Viteria Padana S.p.A.
""", urg="low")

D("es", "other", "Montserrat Puig", "m.puig@puig-valvuleria.es",
  "Cierre por vacaciones",
  """
Buenos días:

Les informamos de que nuestras instalaciones permanecerán cerradas del 23 de diciembre al 6 de enero, ambos inclusive. Los pedidos que nos envíen en ese periodo se procesarán a partir del 7 de enero.

Les deseamos felices fiestas.

Montse Puig
Puig Valvulería, S.A.
""", urg="low")

D("pl", "other", "Dział Jakości – Hydromet", "jakosc@hydromet-poznan.pl",
  "Prośba o aktualny certyfikat ISO 9001",
  """
Dzień dobry,

w związku z coroczną oceną dostawców prosimy o przesłanie aktualnego certyfikatu ISO 9001 oraz, jeśli posiadają Państwo, ISO 14001. Nasz poprzedni egzemplarz wygasł w październiku.

Dziękujemy,
Dział Jakości
Hydromet Poznań S.A.
""")

D("en", "other", "Priyanka Menon", "priyanka.menon@menonhydraulics.in",
  "Refund received - thank you",
  """
Dear Sir,

This is to confirm that we have received the refund amount of EUR 1,150.00 against our returned goods today. Thank you for the prompt support. The matter may be treated as closed from our side.

Regards,
Priyanka Menon
Menon Hydraulics, Kochi
""", urg="low")
