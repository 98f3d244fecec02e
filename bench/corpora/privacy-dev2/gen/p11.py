from phelp import P
from pids import *
DOCS = []
DOCS.append(P('px-042','en','form', """
VISA APPLICATION SUPPORT – Hotel booking confirmation request

Applicant surname:     O'Connell
Given names:           Aoife Bríd
Date of birth:         DOB 17 MAR 1993
Nationality:           Irish
Passport No.:          PX4418227
National Insurance No: NY 18 44 22 B (UK employment)
Phone:                 +353 1 441 8227 / UK mobile 07700 900 227
Home address:          Apartment 12, Clarion Quay
                       Dublin 1, D01 X2F4

Booking ref: HBK-7730-4418   Hotel: Grand Kyoto Riverside K.K.   Amount: JPY 184,800
Arrival 2026-04-18, departure 2026-04-25
""", [("person_name","O'Connell"),('person_name','Aoife Bríd'),('date_of_birth','17 MAR 1993'),('passport_number','PX4418227'),('uk_nino','NY 18 44 22 B'),
      ('phone','+353 1 441 8227'),('phone','07700 900 227'),('postal_address','Apartment 12, Clarion Quay'),('postal_address','Dublin 1, D01 X2F4')],
     [('order_number','HBK-7730-4418'),('company_name','Grand Kyoto Riverside K.K.'),('amount','JPY 184,800'),('invoice_date','2026-04-18'),('invoice_date','2026-04-25')]))

DOCS.append(P('px-043','nl','chat', """
WhatsApp-export – groep "Verbouwing Lindelaan"
[18-03-26 19:02] joost: hoi allemaal, offerte 2026-044 van Aannemersbedrijf De Wit & Zn. is binnen, € 18.450,00 incl btw
[18-03-26 19:04] fleur van der meer: mooi! kan de tegelzetter mij bellen op 06 41 82 27 90?
[18-03-26 19:05] joost: doe ik. mijn vaste nummer is trouwens 010 - 441 82 27
[18-03-26 19:07] mohamed el amrani: en de steigers? bestelnummer ST-77120
[18-03-26 19:08] fleur van der meer: tnx mohamed 👍
[18-03-26 19:10] joost: komt goed. mvg, joost
""", [('person_name','joost'),('person_name','fleur van der meer'),('phone','06 41 82 27 90'),('phone','010 - 441 82 27'),('person_name','mohamed el amrani'),('person_name','mohamed')],
     [('customer_number','2026-044'),('company_name','Aannemersbedrijf De Wit & Zn.'),('amount','€ 18.450,00'),('order_number','ST-77120')]))

DOCS.append(P('px-044','tr','chat', """
Canlı destek – TurkNet Fiber, talep no 2026031804418
[14:10] Müşteri: selam ben zeynep arslan, internetim 2 gündür yok
[14:11] Temsilci Burak: Merhaba Zeynep Hanım, abone numaranızı alabilir miyim?
[14:11] Müşteri: 8820441822. adres bahçelievler mah. 1418. sok. no:7 d:3 çankaya/ankara
[14:12] Temsilci Burak: Modem seri no ZXHN-H3600-4418 görünüyor, yazılım 3.0.18.2. Teknisyen sizi 0532 441 82 27'den arayacak mı?
[14:13] Müşteri: evet o benim cep. iş: 0 (312) 418 22 70
[14:13] Temsilci Burak: Kaydınız oluşturuldu, fatura tutarı 449,90 TL iade edilecek.
""", [('person_name','zeynep arslan'),('person_name','Zeynep'),('postal_address','bahçelievler mah. 1418. sok. no:7 d:3 çankaya/ankara'),('phone','0532 441 82 27'),
      ('phone','0 (312) 418 22 70'),('person_name','Burak')],
     [('company_name','TurkNet Fiber'),('customer_number','2026031804418'),('customer_number','8820441822'),
      ('product_code','ZXHN-H3600-4418'),('version_number','3.0.18.2'),('amount','449,90 TL')]))

n1 = fr_nir('1850469123417'); n2 = fr_nir('2750399350127')
DOCS.append(P('px-045','fr','email', f"""
De : Thibault Lefèvre-Nguyen <t.lefevre.nguyen@courriel-exemple.fr>
À : Mutuelle Horizon Santé – Mme Aïcha Benhamou <a.benhamou@horizon-sante-exemple.fr>
Objet : Adhésion famille – dossier ADH-2026-04418

Madame Benhamou,

Veuillez trouver ci-dessous les informations pour l'adhésion :
- moi-même : né le 9 avril 1985, n° de sécurité sociale {n1}
- mon épouse, Camille Lefèvre-Nguyen, née le 2 mars 1975, NIR {n2[:13]} {n2[13:]}
Adresse : 18 quai Saint-Vincent, 69001 Lyon
Téléphones : +33 (0)4 78 41 82 27 et 07 44 18 22 90

La cotisation de 142,60 € par mois sera prélevée ; facture n° HS-0418-26 reçue le 15/03/2026.

Bien cordialement,
Thibault Lefèvre-Nguyen
""", [('person_name','Thibault Lefèvre-Nguyen'),('email','t.lefevre.nguyen@courriel-exemple.fr'),('person_name','Aïcha Benhamou'),('email','a.benhamou@horizon-sante-exemple.fr'),
      ('person_name','Benhamou'),('date_of_birth','9 avril 1985'),('fr_nir',n1),('person_name','Camille Lefèvre-Nguyen'),('date_of_birth','2 mars 1975'),
      ('fr_nir',f"{n2[:13]} {n2[13:]}"),('postal_address','18 quai Saint-Vincent, 69001 Lyon'),('phone','+33 (0)4 78 41 82 27'),('phone','07 44 18 22 90')],
     [('company_name','Mutuelle Horizon Santé'),('customer_number','ADH-2026-04418'),('amount','142,60 €'),('invoice_number','HS-0418-26'),('invoice_date','15/03/2026')]))
