D = 'default'
# ---------------- invoice_question ----------------
E(D, 'invoice_question', 'en', 'normal', ("Siobhán Nic Giolla", "siobhan.nicgiolla@brackenfield-analytics.ie"),
  "Seat count on October invoice",
  """Hi there,

Our October invoice (INV-2026-10-4471) bills us for 25 seats on the Team plan, but we only have 18 active users in the admin console - I removed seven people back in September when the contractors finished up. Screenshot of the user list attached (well, it will be once I figure out why Outlook keeps eating it).

Could you have a look and send a corrected invoice? Our account is ACC-77120.

Thanks a million,
Siobhán

--
Siobhán Nic Giolla | Operations Lead
Brackenfield Analytics Ltd, Unit 4, Sandyford Business Park, Dublin 18
+353 1 555 0192
""", cust=["ACC-77120"], to="billing@tallyloop.example")

E(D, 'invoice_question', 'de', 'normal', ("Wöhrle, Günther", "g.woehrle@autoteile-woehrle.at"),
  "Rechnung 2026-118840 – Umsatzsteuer falsch ausgewiesen",
  """Sehr geehrte Damen und Herren,

auf Ihrer Rechnung Nr. 2026-118840 vom 04.11. wurden 20 % deutsche Umsatzsteuer berechnet. Wir sind ein österreichisches Unternehmen (UID ATU 55219034) und die Lieferung ist eine innergemeinschaftliche Lieferung – die Rechnung müsste also ohne MwSt. und mit dem Hinweis „Steuerschuldnerschaft des Leistungsempfängers" ausgestellt werden.

Bitte stornieren Sie die Rechnung und senden Sie uns eine korrigierte Fassung. Unsere Kundennr. bei Ihnen ist 558812.

Mit freundlichen Grüßen

Günther Wöhrle
Einkauf
Autoteile Wöhrle GmbH
Industriestraße 12, 4600 Wels
Tel. +43 7242 555 310
""", cust=["558812"], eml=dict(kind='plain', charset='iso-8859-1', hdr='Q', enc='QP'), to="buchhaltung@kfz-grosshandel-nord.example")

E(D, 'invoice_question', 'fr', 'high', ("Élodie Marchetti", "e.marchetti@cabinet-lorrain-compta.fr"),
  "Duplicata facture – commande CMD-88213",
  """Bonjour,

Je suis l'expert-comptable de la société Atelier Vauban (votre client n° CL-40772). Nous n'arrivons pas à retrouver la facture correspondant à la commande CMD-88213 (mobilier de bureau livré en septembre : 6 bureaux assis-debout et 2 armoires).

Pourriez-vous m'en adresser un duplicata en PDF ? Nous clôturons les comptes vendredi, j'en aurais donc besoin avant jeudi soir au plus tard.

Merci d'avance,

Élodie Marchetti
Cabinet Lorrain Compta – 14 rue des Tanneurs, 57000 Metz
03 87 55 01 29
""", cust=["CL-40772"], orders=["CMD-88213"], to="facturation@mobilier-pro-est.example")

E(D, 'invoice_question', 'en', 'normal', ("Venkatesh Raghunathan", "venkatesh.r@sriramtextiles.co.in"),
  "Regarding roaming charges in bill for the month of October",
  """Respected Sir/Madam,

Greetings of the day.

I am writing with reference to the postpaid bill generated for the month of October 2026 for my corporate connection. Kindly note that the bill is showing international roaming charges of Rs. 4,812.50 for the dates 11th to 14th October. However I was very much present in Coimbatore during these dates and I have not travelled outside India at all this year.

I request you to kindly verify the same and do the needful to rectify the bill at the earliest. My Customer ID is 9004417821.

Thanking you in anticipation.

With warm regards,
Venkatesh Raghunathan
Manager - Accounts
Sri Ram Textiles Pvt. Ltd.
Mob: +91 98430 55217
""", cust=["9004417821"], eml=dict(kind='alt', enc='QP'), to="corporate.care@skyline-telecom.example")

E(D, 'invoice_question', 'en', 'normal', (None, "ap-team@halvorsen-marine.no"),
  "Inv 30021",
  """Inv 30021 has no PO number on it so our AP system will bounce it. Please reissue with PO 4500012345.
""", orders=["4500012345"], to="invoices@baltic-fasteners.example")

E(D, 'invoice_question', 'nl', 'normal', ("Joost van den Akker", "joost.vdakker@ziggo-mail.example.nl"),
  "Vraag over jaarafrekening - voorschot veel te hoog",
  """Beste klantenservice,

Ik heb vandaag mijn jaarafrekening ontvangen en snap er eerlijk gezegd niets van. Volgens de afrekening heb ik 4.310 kWh verbruikt, maar de meterstand die ik zelf op 1 oktober heb doorgegeven was 18.442 en vorig jaar was het 15.301, dus dat is 3.141 kWh. Het lijkt erop dat jullie met een geschatte stand hebben gerekend in plaats van met mijn doorgegeven stand.

Daardoor moet ik nu € 386 bijbetalen en gaat mijn maandbedrag omhoog naar € 214. Kunnen jullie de afrekening opnieuw berekenen met de juiste meterstand?

Mijn klantnummer is 301-442-918.

Met vriendelijke groet,
Joost van den Akker
Lindelaan 27
3741 BK Baarn
""", cust=["301-442-918"], to="klantenservice@groenstroom-energie.example")

E(D, 'invoice_question', 'pl', 'normal', ("Katarzyna Wróblewska-Nowak", "k.wroblewska@apteka-podlaska.pl"),
  "Błąd w fakturze FV/11/2026/3391",
  """Dzień dobry,

w fakturze FV/11/2026/3391 do zamówienia ZAM/2026/11/0342 naliczono 40 opakowań preparatu Magnevit B6 (poz. 7), a zamawialiśmy i otrzymaliśmy tylko 4 opakowania. Różnica na fakturze wynosi 691,20 zł brutto.

Proszę o wystawienie faktury korygującej. Nasz numer klienta: 10-2287.

Z poważaniem
Katarzyna Wróblewska-Nowak
Kierownik apteki
Apteka Podlaska, ul. Lipowa 8, 15-424 Białystok
tel. 85 555 71 20
""", cust=["10-2287"], orders=["ZAM/2026/11/0342"], eml=dict(kind='plain', enc='B64', hdr='B'), to="faktury@farmahurt-wschod.example")

E(D, 'invoice_question', 'en', 'normal', ("Dale Kowalczyk", "dale.kowalczyk@pinecrest-dental.com"),
  "FW: handling surcharge??",
  """Can you explain the "handling surcharge" line on this one? Wasn't in the quote.

Dale

-----Original Message-----
From: Tamsin Reyes <t.reyes@pinecrest-dental.com>
Sent: Tuesday, November 10, 2026 9:14 AM
To: Dale Kowalczyk <dale.kowalczyk@pinecrest-dental.com>
Subject: handling surcharge??

Dale - the Medisupply invoice #MS-90417 for the gloves and masks has a $145.00 "handling surcharge" at the bottom. Our quote from them (Q-2213) didn't have that. Can you ask them? I'm holding payment until we hear.

T.
""", to="accounts@medisupply-direct.example")

# ---------------- payment_reminder ----------------
E(D, 'payment_reminder', 'en', 'normal', ("Harrow Freight Accounts", "accounts@harrowfreight.co.uk"),
  "Friendly reminder: invoice HF-7781 now 14 days overdue",
  """Dear Customer,

Our records show that the invoice below remains unpaid. It may be that payment has crossed with this e-mail, in which case please accept our thanks and disregard this note.

Account no.:   CUST-0093
Invoice:       HF-7781
Invoice date:  01/10/2026
Due date:      31/10/2026
Amount:        £2,946.40

A copy of the invoice is attached. Payment can be made by BACS to Harrow Freight Ltd, sort code 40-55-12, account 71829304, quoting the invoice number.

If you have any queries please reply to this e-mail or call the credit control team on 01582 555 730.

Kind regards,
Credit Control
Harrow Freight Ltd | Unit 9, Airport Way, Luton LU2 9NH
Registered in England No. 04471920
""", cust=["CUST-0093"], eml=dict(kind='alt', enc='QP', attach='HF-7781.pdf'), to="payables@valdor-group.example", reply_to="creditcontrol@harrowfreight.co.uk", date='2026-11-16 07:15')

E(D, 'payment_reminder', 'de', 'high', ("Büromöbel Schaller GmbH – Buchhaltung", "buchhaltung@bueromoebel-schaller.de"),
  "2. Mahnung – Rechnung 4471-2026",
  """Sehr geehrte Damen und Herren,

leider konnten wir trotz unserer Zahlungserinnerung vom 12.10.2026 bis heute keinen Zahlungseingang zu folgender Rechnung feststellen:

Kundennummer: 20871
Rechnung Nr. 4471-2026 vom 15.09.2026 über 7.812,30 EUR
zzgl. Mahngebühr 5,00 EUR

Wir bitten Sie, den offenen Betrag von 7.817,30 EUR innerhalb von 7 Tagen auf unser Konto bei der Sparkasse Hildesheim (IBAN DE21 2595 0130 0047 1122 09) zu überweisen. Sollte bis dahin kein Zahlungseingang erfolgen, sehen wir uns gezwungen, die Forderung an ein Inkassounternehmen zu übergeben.

Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

Mit freundlichen Grüßen
i. A. Renate Kühn
Buchhaltung
Büromöbel Schaller GmbH · Am Hohen Wege 3 · 31134 Hildesheim
Geschäftsführer: Ralf Schaller · HRB 2219 AG Hildesheim
""", cust=["20871"], to="kreditoren@valdor-group.example")

E(D, 'payment_reminder', 'en', 'high', (None, "no-reply@billing.cloudvane.example"),
  "Action required: payment failed for workspace valdor-ops",
  """Hi there,

We tried to charge the card on file for your CloudVane Business subscription (workspace: valdor-ops, customer ID cus_8KQ2mX71) but the payment of USD 1,188.00 was declined.

Invoice: CV-2026-0091734
Amount due: $1,188.00
Original due date: November 1, 2026

We'll retry the charge in 24 hours. If the invoice is still unpaid after 3 days, your workspace will be suspended and your team will lose access to their projects.

Update your payment method: https://billing.cloudvane.example/pay/CV-2026-0091734

Questions? Just reply to this email.

- The CloudVane Billing Team
CloudVane Inc., 500 Harrison St, San Francisco, CA 94107
You are receiving this email because you are a billing contact for this workspace.
""", cust=["cus_8KQ2mX71"], eml=dict(kind='html', enc='QP'), to="it-admin@valdor-group.example", reply_to="billing-support@cloudvane.example", date='2026-11-04 09:00')

E(D, 'payment_reminder', 'fr', 'normal', ("Traiteur Les Saveurs d'Anjou", "contact@saveurs-anjou.fr"),
  "Relance facture n° 2026-0457",
  """Madame, Monsieur,

Sauf erreur de notre part, la facture n° 2026-0457 du 28/09/2026 d'un montant de 1 284,00 € TTC, relative au cocktail organisé pour votre séminaire du 24 septembre, n'a pas encore été réglée. L'échéance était fixée au 28/10/2026.

Nous vous remercions de bien vouloir procéder au règlement dans les meilleurs délais. Vous trouverez nos coordonnées bancaires en bas de la facture.

Si le paiement a été effectué entre-temps, merci de ne pas tenir compte de ce message.

Bien cordialement,

Amandine Guérin
Les Saveurs d'Anjou – 7 place du Ralliement, 49100 Angers
02 41 55 38 90
""", to="comptabilite@valdor-group.example")

E(D, 'payment_reminder', 'es', 'normal', ("Administración Transportes Iruña", "administracion@transportes-iruna.es"),
  "Recordatorio de pago – factura A-2026/1187",
  """Estimados señores:

Nos ponemos en contacto con ustedes para recordarles que la factura A-2026/1187, con fecha 30/09/2026 y vencimiento 30/10/2026, por un importe de 3.562,80 € (portes Pamplona–Zaragoza, semana 38), se encuentra pendiente de pago.

Su número de cliente con nosotros es el 00417.

Les rogamos que procedan a su abono mediante transferencia a la cuenta ES76 2100 5555 0102 0033 4471 indicando el número de factura. Si ya han realizado el pago, les rogamos que nos envíen el justificante para poder conciliarlo.

Un cordial saludo,

Mª Pilar Echeverría
Departamento de Administración
Transportes Iruña S.L. · Polígono Landaben, calle E, 31012 Pamplona
Tel. 948 55 20 14
""", cust=["00417"], eml=dict(kind='plain', enc='QP', charset='iso-8859-1', hdr='B'), to="proveedores@valdor-group.example")

E(D, 'payment_reminder', 'it', 'high', ("Imballaggi Brianza S.r.l.", "amministrazione@imballaggibrianza.it"),
  "Sollecito di pagamento – ultimo avviso prima di azione legale",
  """Spett.le Ditta,

facciamo seguito ai nostri precedenti solleciti del 2 e del 16 ottobre u.s., rimasti senza riscontro, per ricordarVi che risultano tuttora insolute le seguenti fatture:

- Fatt. n. 812/2026 del 31/07/2026 – € 4.120,00
- Fatt. n. 977/2026 del 31/08/2026 – € 2.385,50

per un totale di € 6.505,50.

Vi invitiamo a provvedere al saldo entro e non oltre 5 giorni dal ricevimento della presente. In mancanza, saremo costretti, nostro malgrado, ad affidare la pratica al nostro legale per il recupero del credito, con aggravio di spese a Vostro carico.

Distinti saluti

Ufficio Amministrazione
Imballaggi Brianza S.r.l. – Via Monza 141, 20851 Lissone (MB)
P.IVA 05512340961
""", to="amministrazione@valdor-group.example")

E(D, 'payment_reminder', 'en', 'normal', ("Mo Adeyemi", "mo@adeyemi-signs.co.uk"),
  "INV-5520",
  """Hi,

still waiting on payment for INV-5520 (£3,480, the shopfront signage). Was due end of Oct. Can you give me a date?

Cheers
Mo

Sent from my iPhone
""", to="accounts@valdor-group.example")

E(D, 'payment_reminder', 'sv', 'normal', ("Glansfix Städ AB", "faktura@glansfix.se"),
  "Påminnelse: obetald faktura 20261019",
  """Hej!

Vi vill påminna om att faktura 20261019 avseende kontorsstädning under september (3 960 kr inkl. moms) förföll till betalning den 31 oktober och ännu inte är betald.

Kundnummer: 5530

Vänligen betala till bankgiro 5551-2290 snarast och ange fakturanumret som referens. Har ni redan betalat kan ni bortse från denna påminnelse.

Med vänliga hälsningar
Linnea Bergqvist
Glansfix Städ AB
Sveavägen 88, 113 59 Stockholm
08-555 210 40
""", cust=["5530"], to="ekonomi@valdor-group.example", reply_to="Linnea Bergqvist <linnea.bergqvist@glansfix.se>")

# ---------------- order_request ----------------
E(D, 'order_request', 'en', 'normal', ("Marco DeLuca", "marco@delucas-trattoria.com"),
  "order for next week + question",
  """Hey guys,

So it's Marco again from DeLuca's on 5th street (acct #C-20419). Hope you're all doing good. We had a crazy weekend, two private parties back to back and the new dishwasher guy quit on Saturday which, don't get me started. Anyway we went thru way more stuff than I thought so I need to restock.

Can you put together:
- 12 cases of the 10" bamboo plates
- 6 cases 16oz kraft soup containers w/ lids
- 4 cases nitrile gloves size L (the blue ones not the black ones, the black ones rip)
- 2 boxes of the heavy duty foil 18x500

Also do you guys still carry the compostable cutlery sets? My wife wants us to switch. If you do can you give me a price on like 5 cases, I don't need those right away just want a number.

Delivery Tuesday or Wednesday is fine, back door like always. Thanks!!

Marco DeLuca
DeLuca's Trattoria
(614) 555-0187
""", cust=["C-20419"], to="orders@midwest-foodservice-supply.example")

E(D, 'order_request', 'de', 'high', ("Tobias Reinhardt", "t.reinhardt@kfz-reinhardt-werkstatt.de"),
  "Bestellung Bremsscheiben / dringend bis Donnerstag",
  """Hallo Frau Özdemir,

wir benötigen folgende Teile bitte dringend bis Donnerstag früh, da der Kunde das Fahrzeug am Donnerstagnachmittag abholt:

2x Bremsscheibe vorne, Art.-Nr. BS-44871 (VW Passat B8, 340 mm)
1x Satz Bremsbeläge vorne, Art.-Nr. BB-44871-S
1x Verschleißanzeige, Art.-Nr. VA-1190

Kundennr. KD-10442. Lieferung bitte wie immer an die Werkstatt.

Danke und Gruß
Tobias Reinhardt
Kfz-Meisterbetrieb Reinhardt
Gewerbering 5, 97877 Wertheim
Tel. 09342 555 718
""", cust=["KD-10442"], to="verkauf@teileprofi-sued.example", date='2026-11-17 07:52')

E(D, 'order_request', 'fr', 'normal', ("Pharmacie du Vieux-Port", "commandes@pharmacie-vieuxport.fr"),
  "Commande de réassort – semaine 47",
  """Bonjour,

Merci de bien vouloir nous livrer la commande suivante avec la tournée de jeudi :

- Paracétamol 1 g cp B/8 (CIP 3400935955838) : 60 boîtes
- Sérum physiologique unidoses 5 ml B/40 : 24 boîtes
- Gel hydroalcoolique 500 ml : 18 flacons
- Bandes de contention classe 2, taille 3 : 10

N° client : 0045-PH-221.

Bonne journée,
Nadia Benali, préparatrice
Pharmacie du Vieux-Port – 32 quai de Rive-Neuve, 13007 Marseille
""", cust=["0045-PH-221"], to="commandes@grossiste-sudpharma.example")

E(D, 'order_request', 'nl', 'normal', ("Femke de Groot-Bakker", "femke.degroot@kantoor-degroot.nl"),
  "Offerteaanvraag 40 bureaustoelen",
  """Goedemiddag,

Wij verhuizen in februari naar een nieuw pand in Utrecht en zijn op zoek naar 40 ergonomische bureaustoelen. Op uw website zagen we het model Ergo Plus 300 en de Flex 500. Zouden jullie een offerte kunnen maken voor 40 stuks van beide modellen (zwart, met armleuningen), inclusief levering en montage?

Levering zou eind januari moeten zijn.

Alvast bedankt!

Met vriendelijke groet,

Femke de Groot-Bakker
Office manager
De Groot & Bakker Advocaten
Maliebaan 71, 3581 CG Utrecht
T 030 555 4412
""", to="verkoop@zitwerk-kantoormeubelen.example")

E(D, 'order_request', 'en', 'normal', ("Greg Tamm", "Greg.Tamm@NorthLine-HVAC.com"),
  "RE: PO 7700-3381",
  """pls add 2 more pallets to PO 7700-3381. same delivery date.
g
""", orders=["7700-3381"], to="sales@baltic-fasteners.example")

E(D, 'order_request', 'es', 'normal', ("Rocío Fernández de Alarcón", "rocio.fernandez@clinicadentalalarcon.es"),
  "Presupuesto líneas móviles empresa",
  """Buenos días:

Somos una clínica dental con tres centros en Sevilla y queremos pasar todas las líneas de la empresa a un único operador. Necesitaríamos presupuesto para:

- 15 líneas móviles con llamadas ilimitadas y al menos 30 GB
- 3 líneas fijas (una por centro) con centralita virtual
- Fibra de 600 Mb en los tres centros

Actualmente estamos con otro operador y tenemos permanencia hasta el 15 de enero, así que la idea sería hacer el cambio a partir de esa fecha.

¿Podrían enviarme una oferta o llamarme para concertar una reunión?

Gracias,
Rocío Fernández de Alarcón
Gerente – Clínica Dental Alarcón
Av. de la Constitución 22, 41004 Sevilla
Tel. 954 55 61 90
""", to="empresas@celera-telecom.example")

E(D, 'order_request', 'en', 'normal', ("Zhang Wei", "zhangwei.sourcing@hengtai-trade.cn"),
  "Inquiry for LED panel sample order",
  """Dear Sir/Madam,

Good day! This is Zhang Wei from Hengtai Trading, we are importer in Guangzhou for lighting products to Southeast Asia market.

We are interest in your LED panel light 600x600 40W (model LP-6040) and 1200x300 (model LP-1230). Now we want order sample first, 5 pcs each model, to test the quality. If quality is good we will place big order maybe 2000 pcs per month.

Please kindly send us PI for the samples include the shipping cost by DHL to Guangzhou, and also your price list for MOQ.

Looking forward your reply.

Best regards
Zhang Wei (Mr.)
Purchasing Manager
Guangzhou Hengtai Trading Co., Ltd.
Tel/WeChat: +86 139 5550 2871
""", to="export@lumora-lighting.example")

E(D, 'order_request', 'pt', 'normal', ("Rui Magalhães", "rui.magalhaes@autopecas-minho.pt"),
  "Encomenda filtros – cliente 7781",
  """Boa tarde Sr. Joaquim,

Venho por este meio fazer a seguinte encomenda:

- 50 un. filtro de óleo ref. FO-2231
- 30 un. filtro de ar ref. FA-0987
- 30 un. filtro de habitáculo ref. FH-1140
- 20 un. filtro de gasóleo ref. FG-5512

Cliente nº 7781. Se possível, entrega na próxima semana no armazém de Braga.

Pode confirmar os preços? Da última vez o FA-0987 veio com um valor diferente da tabela.

Cumprimentos,
Rui Magalhães
Auto Peças Minho, Lda.
Rua do Raio 210, 4710-923 Braga
Tel. 253 555 130
""", cust=["7781"], eml=dict(kind='plain', enc='B64', hdr='Q'), to="vendas@distrifiltros.example")

E(D, 'order_request', 'en', 'normal', ("Hattie Pemberton", "hattie@thecrookedkettle.co.uk"),
  "Next order (and a gripe)",
  """Morning Sam,

First the gripe: last delivery turned up two days late and the driver had no idea where we were. Not the end of the world but not brilliant either.

Anyway, could you send over the following for next week please:

24 x oat milk 1L (barista)
12 x decaf beans 1kg
6 x chai syrup
4 x packs of the 12oz compostable cups (1000)

Account number is TCK-0415. Usual address.

Ta,
Hattie
The Crooked Kettle, 3 Market Row, Totnes
""", cust=["TCK-0415"], to="orders@westcountry-cafe-supplies.example")
