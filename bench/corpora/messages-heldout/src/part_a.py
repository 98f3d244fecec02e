from common import D

# ---------------- invoice_question (11) ----------------
D("de", "invoice_question", "Brandt, Sabine", "s.brandt@kaltwerk-hydraulik.de",
  "AW: Lieferung KW 44",
  """
Hallo Herr Yilmaz,

die Lieferung ist gestern angekommen, danke. Aber auf der Rechnung 2026-11873 stehen 240 Stück Dichtringe DR-40, bestellt und geliefert wurden 200 (siehe unsere Bestellung PO 77120). Können Sie das bitte prüfen und uns eine korrigierte Rechnung schicken? Vorher kann unsere Buchhaltung leider nicht freigeben.

Kundennummer bei Ihnen ist 40-2281, falls Sie die brauchen.

Viele Grüße
Sabine Brandt
Einkauf
Kaltwerk Hydraulik GmbH & Co. KG
Industriestr. 14, 73431 Aalen

-----Ursprüngliche Nachricht-----
Von: Emre Yilmaz <e.yilmaz@velder-components.eu>
Gesendet: Montag, 26. Oktober 2026 08:12
Betreff: Lieferung KW 44

Guten Morgen Frau Brandt,
Ihre Ware geht heute raus, voraussichtliche Zustellung Mittwoch.
Gruß E. Yilmaz
""", cust=["40-2281"], orders=["PO 77120"])

D("en", "invoice_question", "Tom Ashworth", "tom@ashworthjoinery.co.uk",
  "inv 55102",
  """
Hi, could you resend inv 55102? The PDF just comes up blank on my end. Cheers, Tom
""")

D("fr", "invoice_question", "Hélène Moreau-Lefèvre", "h.moreau-lefevre@ateliers-verrant.fr",
  "Facture F-2026-3371 – TVA appliquée à tort ?",
  """
Bonjour,

Sur votre facture F-2026-3371 du 3 novembre, vous nous avez appliqué une TVA française de 20 %. Or nous sommes une société belge assujettie (n° TVA BE0781.442.906) et jusqu'ici vous facturiez en autoliquidation.

Est-ce une erreur de paramétrage de votre côté ou y a-t-il eu un changement que nous aurions manqué ? Le cas échéant, merci de nous faire parvenir une facture rectifiée.

Notre numéro client : C-10442.

Bien cordialement,

Hélène Moreau-Lefèvre
Comptabilité fournisseurs
Ateliers Verrant SPRL
""", cust=["C-10442"], fmt="eml", cs="iso-8859-1", cte="qp", name_enc="q", subj_enc="q")

D("nl", "invoice_question", "Joost van der Meulen", "joost.vandermeulen@bouwmaat-tielens.nl",
  "factuur",
  """
Goedemiddag,

Bij de laatste factuur (ons ordernr. 4500081723) ontbreekt de 5% korting die we in september met Marco hebben afgesproken. Het gaat om ongeveer 180 euro. Zouden jullie dat nog kunnen aanpassen? Als het een creditnota wordt is dat ook prima, als we maar weten wat we kunnen verwachten.

Met vriendelijke groet,
Joost van der Meulen
Tielens Bouwmaterialen B.V.

Please consider the environment before printing this e-mail.
""", orders=["4500081723"])

D("en", "invoice_question", "Venkatesh Raghunathan", "venkatesh.r@srinivasa-autocomp.co.in",
  "Regarding freight charges in your invoice against our PO",
  """
Dear Sir/Madam,

Greetings from Srinivasa Auto Components Pvt. Ltd., Chennai.

This is with reference to your invoice no. VC-EX-26-0419 dated 21-Oct-2026 raised against our Purchase Order No. VC/PO/2026/0912. As per the PO terms the delivery is on CIF Chennai basis and freight is included in the unit rate. However we observe that freight charges of EUR 1,140.00 have been added separately as a line item in the invoice.

Our accounts team is unable to process the payment with this discrepancy. Kindly look into the matter and do the needful by sharing the revised invoice at the earliest. Also please mention our GSTIN 33AAKCS4417N1ZT on the revised copy as the same is missing.

Our customer code in your system is IN-3391 for your reference.

Thanks and regards,
Venkatesh Raghunathan
Asst. Manager - Purchase
Srinivasa Auto Components Pvt. Ltd.
Mob: +91 98401 55xxx
""", cust=["IN-3391"], orders=["VC/PO/2026/0912"])

D("es", "invoice_question", "Marta Iglesias Ruiz", "marta.iglesias@transformados-ebro.es",
  "RE: Confirmación de pedido 26-ES-1187",
  """
Hola Lucía,

Ya nos ha llegado la factura de este pedido y veo que aparecen dos cargos de transporte (uno de 85 € y otro de 92,50 €), pero fue un único envío. ¿Me lo puedes revisar? Supongo que es un error al facturar la entrega parcial que al final no se hizo.

Gracias y un saludo,
Marta

-----Mensaje original-----
De: Lucía Ferrer <l.ferrer@velder-components.eu>
Enviado el: martes, 13 de octubre de 2026 10:41
Para: Marta Iglesias Ruiz
Asunto: Confirmación de pedido 26-ES-1187

Buenos días Marta,

Te confirmo el pedido 26-ES-1187: 1.500 uds. casquillo CQ-12 y 300 uds. arandela AR-8. Si quieres podemos hacer una entrega parcial la semana 43 y el resto en la 45, dime algo.

Un saludo,
Lucía Ferrer
Atención al cliente – Velder Components
""", orders=["26-ES-1187"])

D("it", "invoice_question", "Gianluca Berardi", "g.berardi@officinebrenta.it",
  "ancora la fattura",
  """
Buongiorno,

complimenti, siamo alla terza fattura sbagliata in un mese. Sulla 2026/IT/0772 avete messo il prezzo di listino e non quello del contratto quadro (cod. cliente 11058), la differenza è di 640 euro.

Mi serve la nota di credito o la fattura corretta entro venerdì, altrimenti il pagamento di fine mese salta, non posso farlo passare così.

G. Berardi
Amministrazione – Officine Brenta S.r.l.
""", cust=["11058"], urg="high")

D("pl", "invoice_question", "Katarzyna Wróblewska", "k.wroblewska@termoplast-lodz.pl",
  "Korekta faktury – błędny NIP",
  """
Dzień dobry,

na fakturze nr FV/26/11/0193 jest błędny NIP naszej firmy (ostatnie cyfry zamienione) i stara nazwa sprzed zmiany – "Termoplast Sp. j." zamiast "Termoplast Łódź Sp. z o.o.". Prosimy o wystawienie faktury korygującej, bez tego nie możemy jej zaksięgować.

Prawidłowe dane są w stopce.
Nr klienta: 77310

Pozdrawiam serdecznie
Katarzyna Wróblewska
Termoplast Łódź Sp. z o.o.
NIP 725-118-44-02
ul. Przybyszewskiego 211, 93-120 Łódź
""", cust=["77310"], fmt="eml", cs="utf-8", cte="b64", name_enc="b", alt=True)

D("en", "invoice_question", "Dana Whitfield", "dwhitfield@corbettfluid.com",
  "Fwd: Invoice 88412 - short payment",
  """
Hi Paul - can you take a look at this? Not sure who's right. -Dana

---------- Forwarded message ---------
From: Accounts Payable <ap@corbettfluid.com>
Date: Thu, Nov 12, 2026 at 3:02 PM
Subject: Invoice 88412 - short payment
To: Dana Whitfield <dwhitfield@corbettfluid.com>

Dana,

Velder invoice 88412 bills the 3/4" couplings at $14.20/ea. Our PO 3310-A has them at $12.85. We're going to short-pay the difference ($405.00) unless the vendor can show us a revised quote. Can you confirm with them which price is correct?

Thanks,
Rhonda
Accounts Payable | Corbett Fluid Systems
""", orders=["3310-A"])

D("sv", "invoice_question", "Ingrid Lindqvist", "ingrid.lindqvist@nordvastmek.se",
  "Er faktura 4471",
  """
Hej!

Fakturan ni skickade i förra veckan saknar vårt inköpsordernummer, och utan det kan vår ekonomiavdelning inte attestera den (det står i våra villkor att IO-nummer måste finnas med). Kan ni skicka en ny faktura med inköpsorder 2026-4471 angivet?

Fakturanumret hos er är 26-8812 tror jag.

Tack på förhand
Ingrid Lindqvist
Nordväst Mekaniska AB

--
This e-mail and any attachments may contain confidential information and are intended solely for the addressee. If you have received this message in error, please notify the sender and delete it. Nordväst Mekaniska AB, Reg. no. 556712-XXXX.
""", orders=["2026-4471"])

D("en", "invoice_question", "Chukwuemeka Obi", "emeka.obi@lekkifabtech.com.ng",
  "DOUBLE INVOICE - PLS CANCEL ONE",
  """
Good day Sir/Ma,

Please we received two invoices for the same consignment, No. VC-NG-2291 and VC-NG-2297, both for the 40 units of bearing housing we collected on 2nd November. We have not paid either yet. Kindly cancel one of them and confirm which one we should pay so our finance can process it.

Our account no with you is NG-00417.

Thanks and God bless.

Emeka Obi
Procurement Officer
Lekki FabTech Ltd, Lagos
""", cust=["NG-00417"])

# ---------------- payment_reminder (11) ----------------
D("de", "payment_reminder", "Buchhaltung Hagedorn Verpackung", "buchhaltung@hagedorn-verpackung.de",
  "Zahlungserinnerung – Rechnung RE-26-04410",
  """
Sehr geehrte Damen und Herren,

sicherlich haben Sie es im Tagesgeschäft übersehen: Unsere Rechnung RE-26-04410 vom 12.10.2026 über 3.480,00 EUR (fällig am 11.11.2026) ist bei uns noch nicht als bezahlt verbucht.

Wir bitten Sie, den offenen Betrag zeitnah auf das bekannte Konto zu überweisen. Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie diese Erinnerung bitte als gegenstandslos.

Ihre Kundennummer: 10087

Mit freundlichen Grüßen
Hagedorn Verpackung GmbH
– Debitorenbuchhaltung –
""", cust=["10087"])

D("en", "payment_reminder", "Credit Control", "creditcontrol@brackleyfasteners.co.uk",
  "FINAL NOTICE - account VEL001",
  """
Dear Sir/Madam,

Account: VEL001
Overdue balance: GBP 6,912.40

Despite our reminders of 19 October and 6 November, the above balance remains unpaid. Invoices 204418, 204563 and 204770 are now more than 45 days overdue.

Unless payment is received in full by Friday 4 December, your account will be placed on stop and no further orders will be dispatched. We also reserve the right to charge statutory interest under the Late Payment of Commercial Debts (Interest) Act 1998.

If you have already paid, please send us the remittance advice.

Yours faithfully,

Credit Control
Brackley Fasteners Ltd
""", cust=["VEL001"], urg="high", fmt="eml", cte="7bit", alt=True, reply_to="accounts@brackleyfasteners.co.uk")

D("fr", "payment_reminder", "Service Comptabilité – Emballages Cordier", "compta@emballages-cordier.fr",
  "Relance – facture n° 26-1104",
  """
Madame, Monsieur,

Sauf erreur ou omission de notre part, nous constatons que notre facture n° 26-1104 du 28/09/2026, d'un montant de 2 215,60 € TTC, demeure impayée à ce jour alors que son échéance était fixée au 28/10/2026.

Nous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais. Si votre paiement a été effectué entre-temps, nous vous prions de ne pas tenir compte de ce courrier.

Votre code client chez nous : VELD-03.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Service Comptabilité
Emballages Cordier SAS
""", cust=["VELD-03"], fmt="eml", cs="utf-8", cte="qp", name_enc="q", subj_enc="q")

D("nl", "payment_reminder", "Sanne", "sanne@drukkerij-pleijsier.nl",
  "kleine check",
  """
Hoi,

Kleine check: factuur 2026-318 (de catalogi van september) staat bij ons nog open. Kunnen jullie even kijken of die bij jullie tussen wal en schip is geraakt? Hij had 30 dagen, dus is nu ruim twee weken over.

Groetjes,
Sanne
Drukkerij Pleijsier
""")

D("it", "payment_reminder", "Studio Legale Ferrante per conto di Trafilerie Morandi", "recupero@studioferrante-legale.it",
  "Sollecito di pagamento – ultimo avviso prima di azioni legali",
  """
Spett.le Velder Components GmbH,

scriviamo in nome e per conto della nostra assistita Trafilerie Morandi S.p.A. in relazione alle fatture n. 1187/26 e 1243/26, per complessivi € 14.380,00, scadute rispettivamente il 30/09/2026 e il 15/10/2026 e tuttora insolute nonostante i precedenti solleciti.

Con la presente Vi invitiamo e diffidiamo a provvedere al pagamento entro e non oltre 8 giorni dal ricevimento della presente. In difetto, saremo costretti ad agire in via giudiziale per il recupero del credito, con aggravio di interessi moratori e spese.

Distinti saluti,

Avv. Claudia Ferrante
Studio Legale Ferrante – Brescia
""", urg="high")

D("es", "payment_reminder", "Administración Hnos. Salcedo", "administracion@hnos-salcedo.com",
  "Consulta",
  """
Buenos días:

Les escribimos porque revisando el extracto de su cuenta (cliente nº 4410) vemos que las facturas A-2026/0931 y A-2026/1002 siguen pendientes de pago y ambas vencieron en octubre. ¿Nos podrían indicar la fecha prevista de pago o, si ya lo han realizado, enviarnos el justificante?

Muchas gracias.

Un saludo,
Rocío Benavente
Administración – Hermanos Salcedo S.L.
""", cust=["4410"])

D("en", "payment_reminder", "Quellsoft Billing", "billing-noreply@quellsoft.io",
  "Action required: your Quellsoft account is 45 days past due",
  """
Hi Velder Components GmbH,

Your Quellsoft account (ID QS-ACCT-88213) has an outstanding balance of $2,340.00 for invoice INV-2026-10-4471, which was due on October 15, 2026.

To avoid interruption, please pay before December 4, 2026. After that date your workspace will be suspended and users will no longer be able to sign in.

Pay now: https://billing.quellsoft.io/pay/INV-2026-10-4471

Questions? Just reply to this email.

— The Quellsoft Billing Team
""", cust=["QS-ACCT-88213"], urg="high", fmt="eml", htmlonly=True, cte="qp")

D("pl", "payment_reminder", "Dział Windykacji – Stalbud", "windykacja@stalbud-gliwice.pl",
  "WEZWANIE DO ZAPŁATY",
  """
Szanowni Państwo,

działając w imieniu Stalbud Gliwice Sp. z o.o., wzywamy do zapłaty kwoty 28 640,00 PLN z tytułu nieuregulowanej faktury VAT nr 1412/10/2026 z dnia 02.10.2026 r., której termin płatności upłynął 01.11.2026 r.

Należność prosimy uregulować w terminie 7 dni od daty otrzymania niniejszego wezwania. W przypadku braku wpłaty sprawa zostanie skierowana na drogę postępowania sądowego, co narazi Państwa na dodatkowe koszty.

Numer kontrahenta: K-20931

Z poważaniem
Dział Windykacji
Stalbud Gliwice Sp. z o.o.
""", cust=["K-20931"], urg="high", fmt="eml", cs="iso-8859-2", cte="qp", subj_enc="b", name_enc="q")

D("da", "payment_reminder", "Mette Kjærgaard", "mk@fynsk-emballage.dk",
  "Faktura 20931",
  """
Hej

Jeg kan se at vores faktura 20931 på 11.420 kr. stadig står åben hos os, forfaldsdato var 1. november. Vil I se på det når I har et øjeblik? Hvis den allerede er betalt, så send gerne en kvittering, så finder jeg ud af hvor pengene er havnet.

Venlig hilsen
Mette Kjærgaard
Bogholderi, Fynsk Emballage ApS
""")

D("en", "payment_reminder", "Accounts - Deccan Precision Castings", "accounts@deccanprecision.in",
  "Gentle reminder - pending payment",
  """
Dear Madam/Sir,

Hope this mail finds you well.

This is a gentle reminder that the payment against our below invoices is pending since more than 60 days:

  Inv. No. DPC/EXP/26-27/041  dt. 14-Aug-2026  EUR 8,420.00
  Inv. No. DPC/EXP/26-27/057  dt. 02-Sep-2026  EUR 5,115.50

Your PO references were 4500-VC-2207 and 4500-VC-2231.

We request you to kindly release the payment at the earliest and share the remittance details. Please ignore if already paid.

Warm regards,
Pradeep Kulkarni
Accounts Dept.
Deccan Precision Castings Pvt Ltd, Pune
""", orders=["4500-VC-2207", "4500-VC-2231"])

D("cs", "payment_reminder", "Jana Dvořáková", "dvorakova@kovolis-brno.cz",
  "Re: Dobropis k faktuře 2026100233",
  """
Dobrý den,

dobropis jsme Vám poslali už 22. října, takže z naší strany je vše vyřízeno. Zbývající částka 46 350 Kč z faktury č. 2026100233 je ale stále po splatnosti (splatná byla 5. 11.). Prosím o uhrazení, případně o informaci, kdy platbu můžeme očekávat.

S pozdravem
Jana Dvořáková
účtárna, KOVOLIS Brno s.r.o.

> Dear Ms Dvořáková,
> we will not be able to pay invoice 2026100233 until we receive a credit
> note for the 12 returned parts. Thank you for your understanding.
> Martin Weber, Velder Components
""", fmt="eml", cs="iso-8859-2", cte="b64", name_enc="b")

# ---------------- order_request (11) ----------------
D("de", "order_request", "Wolfgang Reisinger", "w.reisinger@reisinger-anlagenbau.at",
  "Anfrage",
  """
Servus Frau Kaiser,

könnten Sie mir bitte ein Angebot für 500 Stk. Art. 7741-B (Flanschlager, verzinkt) machen? Liefertermin wäre idealerweise Mitte Jänner. Falls es bei 1.000 Stk. einen deutlich besseren Preis gibt, bitte beide Staffeln angeben.

Unsere Kundennummer ist 40-1190.

Danke und schöne Grüße aus Linz
Wolfgang Reisinger
""", cust=["40-1190"])

D("en", "order_request", "Bazza McInnes", "barry@mcinnesmarine.com.au",
  "same again",
  """
G'day Priya,

Same as last time (your SO-55821) but double the O-rings please, we went through them like nobody's business. Ship to the Fremantle yard not the office.

Cheers
Baz
""", orders=["SO-55821"])

D("fr", "order_request", "Julien Garnier", "j.garnier@menuiserie-garnier.fr",
  "Commande 2026-CF-0087",
  """
Bonjour Mme Petit,

Est-ce qu'il serait encore possible de passer la quantité de la commande 2026-CF-0087 de 300 à 450 pièces ? On vient de décrocher un chantier supplémentaire. Même référence, même adresse de livraison. Si ça décale la livraison d'une semaine ce n'est pas grave.

Merci d'avance,
Julien Garnier
Menuiserie Garnier & Fils
""", orders=["2026-CF-0087"])

D("nl", "order_request", None, "inkoop@vdberg-metaal.nl",
  "",
  """
Graag 20 dozen van de M8 borgmoeren, zelfde adres als altijd. Klantnr 30412

Verzonden vanaf mijn iPhone
""", cust=["30412"])

D("es", "order_request", "Ing. Ricardo Tapia", "rtapia@autopartes-bajio.mx",
  "URGENTE cotización rodamientos",
  """
Buen día,

Necesitamos cotización para 2,000 piezas del rodamiento RB-6204-2RS y 800 del RB-6205, entrega en Querétaro. Les pido por favor respuesta hoy mismo porque si no tenemos material la línea 3 se nos para el lunes.

Si pueden enviar por aéreo indiquen costo aparte.

Saludos,
Ing. Ricardo Tapia
Compras – Autopartes del Bajío S.A. de C.V.
""", urg="high")

D("pt", "order_request", "Fernanda Albuquerque", "fernanda@metalurgicacaxias.com.br",
  "orçamento",
  """
Bom dia, tudo bem?

Gostaria de um orçamento de 1.200 unidades do acoplamento AC-32 e 600 do AC-40, com frete até Caxias do Sul. Vocês conseguem faturar em dólar? Se tiverem catálogo atualizado em PDF, manda junto por favor.

Abraço,
Fernanda Albuquerque
Metalúrgica Caxias Ltda.
""", fmt="eml", cs="utf-8", cte="qp", alt=True)

D("pt", "order_request", "Rui Carvalho", "rui.carvalho@serralharia-ave.pt",
  "Pedido de cotação",
  """
Boa tarde,

Vimos por este meio solicitar a V. Exas. cotação para o seguinte material:

- 250 un. dobradiça industrial DB-120
- 250 un. dobradiça industrial DB-150
- 40 cx. parafusos autorroscantes 4,2x19

Agradecemos indicação de prazo de entrega para Guimarães e condições de pagamento.

Com os melhores cumprimentos,
Rui Carvalho
Serralharia do Ave, Lda.
""")

D("en", "order_request", "Siobhán Ní Bhriain", "siobhan@glenmorecabinets.ie",
  "Brackets",
  """
Hi Mark,

Last lot of brackets was grand, apart from a handful that came bent but sure look, it happens. Anyway we need another 200 of the BR-90 and 50 of the corner ones, the 45s. Any chance you'd have them over to us before the Christmas shutdown? Account is GLEN-212 if you need it.

Thanks a million,
Siobhán
""", cust=["GLEN-212"], fmt="eml", cs="utf-8", cte="8bit", name_enc="q")

D("tr", "order_request", "Mehmet Karadağ", "m.karadag@karadagmakina.com.tr",
  "Fiyat teklifi hk.",
  """
Merhaba,

Aşağıdaki ürünler için fiyat teklifinizi rica ediyoruz:

- KV-25 küresel vana, 300 adet
- KV-32 küresel vana, 150 adet

Teslim yeri İzmir, teslim şekli DAP. Ödeme vadesi ve teslim süresini de belirtirseniz seviniriz.

Saygılarımızla,
Mehmet Karadağ
Satınalma Müdürü – Karadağ Makina A.Ş.

Best regards,
Mehmet Karadag | Purchasing Manager
Karadag Makina Inc. | Izmir, Turkey
""")

D("fi", "order_request", "Sami Heikkinen", "sami.heikkinen@pohjanteollisuus.fi",
  "Tilaus",
  """
Moi,

tilataan 12 kpl hammashihnapyöriä HP-40 ja 4 kpl HP-60, sama toimitusosoite kuin viimeksi (Oulu). Asiakasnumero 55-7801. Viite: TIL-26-311.

t. Sami
""", cust=["55-7801"], orders=["TIL-26-311"])

D("en", "order_request", "Kevin Marsh", "kmarsh@ridgelineag.com",
  "Cancel?",
  """
Hey Rachel,

Disregard my email from this morning about cancelling PO 7781 - turns out the customer isn't backing out after all, they actually want MORE. Can we bump it up to 1,200 units instead of 800? Same ship date if possible.

Sorry for the whiplash.

Kevin Marsh
Purchasing | Ridgeline Ag Equipment
""", orders=["PO 7781"])
