/**
 * Where people's names stand in business text, in the languages Sluice sees (en, de, fr, es, it,
 * nl, pl, pt, sv, tr, vi, ja, Indian English): titles and honorifics before a name, salutations,
 * closings above a signature, e-mail header fields, and form labels.
 */

export const titles = [
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'mx.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'rev.', 'fr.',
  'herr', 'herrn', 'frau', 'hr.', 'fr.', 'dipl.-ing.', 'mag.', 'ing.',
  'm.', 'mme', 'mme.', 'mlle', 'mlle.', 'maître', 'docteur', 'monsieur', 'madame', 'mademoiselle',
  'sr.', 'sra.', 'srta.', 'sr', 'sra', 'dña.', 'doña',
  'sig.', 'sig.ra', 'sig.na', 'signor', 'signora', 'dott.', 'dott.ssa', 'avv.', 'dottor', 'dottoressa',
  'dhr.', 'dhr', 'mevr.', 'mevr', 'mw.', 'mw', 'heer', 'de heer', 'mevrouw', 'meneer', 'juffrouw',
  'familie', 'famille', 'familia', 'famiglia', 'rodzina', 'família', 'z. hd.', 'z.hd.', 'zhd.', 'c/o',
  'श्री', 'श्रीमती', 'सुश्री', 'कुमारी', 'डॉ.',
  'pan', 'pani', 'panu', 'panią', 'panem',
  'sr.ª', 'srª', 'exmo.', 'exma.',
  'sayın',
  'shri', 'shri.', 'smt', 'smt.', 'sri', 'kumari', 'km.',
  'ông', 'bà',
];

export const salutations = [
  'dear', 'hi', 'hello', 'hey', 'good morning', 'good afternoon', 'good evening', 'greetings', 'respected', 'attn', 'attn.', 'attention',
  'sehr geehrte', 'sehr geehrter', 'sehr geehrte frau', 'sehr geehrter herr', 'liebe', 'lieber', 'hallo', 'guten tag', 'moin', 'servus', 'grüß gott',
  'bonjour', 'bonsoir', 'cher', 'chère', 'chers', 'salut',
  'estimado', 'estimada', 'querido', 'querida', 'hola', 'buenos días', 'buenas tardes', 'apreciado', 'apreciada',
  'gentile', 'gentilissimo', 'gentilissima', 'egregio', 'egregia', 'caro', 'cara', 'buongiorno', 'buonasera', 'ciao', 'salve',
  'geachte', 'beste', 'hoi', 'hallo', 'dag', 'goedemorgen', 'goedemiddag',
  'szanowny panie', 'szanowna pani', 'szanowny', 'szanowna', 'dzień dobry', 'witam', 'cześć', 'drogi', 'droga',
  'prezado', 'prezada', 'caro', 'cara', 'olá', 'bom dia', 'boa tarde', 'exmo. sr.', 'exma. sra.',
  'hej', 'hejsan', 'bästa', 'kära', 'hallå', 'god morgon', 'hei', 'kære',
  'sayın', 'merhaba', 'değerli', 'sevgili', 'iyi günler',
  'kính gửi', 'chào', 'xin chào', 'thân gửi', 'namaste', 'namaskar',
  'tisztelt', 'kedves', 'szia', 'jó napot',
];

export const closings = [
  'kind regards', 'best regards', 'warm regards', 'warmest regards', 'regards', 'best', 'best wishes', 'many thanks', 'thanks', 'thank you', 'thanks again',
  'cheers', 'sincerely', 'yours sincerely', 'yours faithfully', 'yours truly', 'respectfully', 'with thanks', 'all the best', 'take care', 'sent by', 'signed',
  'mit freundlichen grüßen', 'mit freundlichen grüssen', 'freundliche grüße', 'freundliche grüsse', 'viele grüße', 'viele grüsse', 'beste grüße', 'liebe grüße',
  'herzliche grüße', 'schöne grüße', 'gruß', 'grüße', 'mfg', 'danke', 'vielen dank',
  'cordialement', 'bien cordialement', 'salutations', 'sincères salutations', 'bien à vous', 'meilleures salutations', 'amicalement', 'merci', 'bonne journée',
  'atentamente', 'saludos', 'un saludo', 'saludos cordiales', 'un cordial saludo', 'muchas gracias', 'gracias', 'reciba un cordial saludo',
  'cordiali saluti', 'distinti saluti', 'saluti', 'un saluto', 'grazie', 'grazie mille', 'buona giornata', 'in fede',
  'met vriendelijke groet', 'met vriendelijke groeten', 'vriendelijke groet', 'vriendelijke groeten', 'groeten', 'groet', 'hartelijke groet', 'dank je wel', 'alvast bedankt',
  'z poważaniem', 'pozdrawiam', 'z wyrazami szacunku', 'serdecznie pozdrawiam', 'dziękuję', 'pozdrawiam serdecznie',
  'atenciosamente', 'cumprimentos', 'com os melhores cumprimentos', 'melhores cumprimentos', 'abraço', 'abraços', 'obrigado', 'obrigada', 'saudações',
  'med vänliga hälsningar', 'vänliga hälsningar', 'hälsningar', 'mvh', 'tack', 'med vennlig hilsen', 'med venlig hilsen', 'hilsen',
  'saygılarımla', 'saygılarımızla', 'iyi çalışmalar', 'teşekkürler', 'teşekkür ederim', 'selamlar',
  'trân trọng', 'thân ái', 'cảm ơn', 'xin cảm ơn', 'よろしくお願いいたします', 'よろしくお願いします', '敬具', 'regards,', 'thanks & regards', 'thanks and regards',
  'warm wishes', '--', '—', '–',
  'üdvözlettel', 'tisztelettel', 'köszönettel', 'köszönöm', 'üdv',
];

/** E-mail header fields whose value may carry a display name. */
export const headerFields = [
  'from', 'to', 'cc', 'bcc', 'reply-to', 'sender', 'von', 'an', 'kopie', 'de', 'à', 'a', 'para', 'da', 'van', 'aan', 'od', 'do', 'från', 'till',
  'kimden', 'kime', 'người gửi', 'người nhận', '差出人', '宛先', 'envoyé par', 'remitente', 'mittente', 'afzender', 'nadawca', 'remetente', 'avsändare',
];

/**
 * Labels of parties that may be a person or a company (`Customer:`, `Contact:`, `Bill to:`): their
 * value counts as a name only with evidence from the name lexicon.
 */
export const partyLabels = [
  'customer', 'client', 'contact', 'contact person', 'agent', 'assigned to', 'user', 'owner', 'holder', 'member', 'guest', 'recipient', 'addressee',
  'payee', 'debtor', 'bill to', 'ship to', 'sold to', 'attention', 'c/o', 'consultant', 'approved by', 'prepared by', 'issued to', 'requester', 'reporter',
  'invoice to', 'invoiced to', 'billed to', 'deliver to', 'delivered to', 'rechnung an', 'lieferung an', 'facturé à', 'livré à', 'facturar a', 'fatturare a', 'factuur aan',
  'kunde', 'kundin', 'ansprechpartner', 'ansprechpartnerin', 'empfänger', 'rechnungsempfänger', 'bearbeiter', 'bearbeiterin',
  'client', 'cliente', 'destinataire', 'interlocuteur', 'contacto', 'destinatario', 'referente', 'klant', 'contactpersoon', 'klient', 'klientka',
  'odbiorca', 'osoba kontaktowa', 'kund', 'kontaktperson', 'mottagare', 'handläggare', 'müşteri', 'alıcı', 'ilgili kişi', 'khách hàng', 'người nhận',
  'contato', 'contacto', 'titular', 'titulaire', 'titolare', 'intestatario', 'kontoinhaber', 'rekeninghouder', 'hesap sahibi', 'account holder',
];

/** Form and letter labels whose value is a person's name. */
export const nameLabels = [
  'name', 'full name', 'first name', 'last name', 'surname', 'given name', 'given names', 'family name', 'middle name', 'maiden name', 'customer name',
  'patient', 'patient name', 'employee', 'employee name', 'account holder', 'account name', 'cardholder', 'card holder', 'name on card', 'contact',
  'contact person', 'contact name', 'applicant', 'tenant', 'landlord', 'insured', 'policyholder', 'policy holder', 'beneficiary', 'requested by',
  'reported by', 'submitted by', 'requester', 'reporter', 'caller', 'driver', 'signed', 'signature', 'witness', 'guardian', 'emergency contact',
  'next of kin', 'spouse', 'father', 'mother', 'child', 'attending physician', 'physician', 'doctor', 'referring doctor', 'nurse', 'candidate',
  'customer', 'client', 'passenger', 'guest', 'member', 'student', 'recipient', 'addressee', 'payee', 'debtor', 'employee name', 'agent', 'assigned to',
  'user', 'username', 'owner', 'holder', 'consultant', 'approved by', 'prepared by', 'issued to', 'bill to', 'ship to', 'sold to', 'attention', 'c/o',
  'vorname', 'nachname', 'familienname', 'geburtsname', 'kunde', 'kundin', 'patientin', 'mitarbeiter', 'mitarbeiterin', 'ansprechpartner',
  'ansprechpartnerin', 'kontoinhaber', 'kontoinhaberin', 'karteninhaber', 'antragsteller', 'antragstellerin', 'versicherte', 'versicherter',
  'versicherungsnehmer', 'bearbeiter', 'bearbeiterin', 'unterschrift', 'mieter', 'mieterin', 'arzt', 'ärztin', 'empfänger', 'rechnungsempfänger',
  'nom', 'prénom', 'prénoms', 'nom de famille', 'nom complet', 'nom d\'usage', 'nom de naissance', 'client', 'cliente', 'titulaire',
  'titulaire du compte', 'assuré', 'assurée', 'demandeur', 'demandeuse', 'interlocuteur', 'signataire', 'médecin', 'médecin traitant',
  'médecin prescripteur', 'salarié', 'salariée', 'déclarant', 'déclarante', 'souscripteur', 'souscriptrice', 'adhérent', 'adhérente', 'patient(e)', 'locataire', 'destinataire', 'conjoint', 'bénéficiaire',
  'nombre', 'apellidos', 'apellido', 'nombre completo', 'nombre y apellidos', 'paciente', 'titular', 'empleado', 'empleada', 'solicitante',
  'contacto', 'asegurado', 'asegurada', 'tomador', 'firmado', 'inquilino', 'destinatario', 'médico', 'trabajador', 'trabajadora',
  'paziente', 'line manager', 'manager', 'supervisor', 'reports to', 'mentor', 'buddy', 'hr contact', 'team lead',
  'nome', 'cognome', 'nome e cognome', 'nominativo', 'intestatario', 'intestataria', 'titolare', 'dipendente', 'richiedente', 'referente',
  'assicurato', 'assicurata', 'firmato', 'medico', 'inquilino', 'lavoratore', 'lavoratrice',
  'naam', 'voornaam', 'voornamen', 'achternaam', 'voorletters', 'klant', 'patiënt', 'rekeninghouder', 'medewerker', 'medewerkster', 'aanvrager',
  'contactpersoon', 'verzekerde', 'tenaamstelling', 'huurder', 'werknemer', 'behandelaar', 'huisarts',
  'imię', 'imiona', 'nazwisko', 'imię i nazwisko', 'klient', 'klientka', 'pacjent', 'pacjentka', 'pracownik', 'pracownica', 'wnioskodawca',
  'posiadacz rachunku', 'osoba kontaktowa', 'ubezpieczony', 'ubezpieczona', 'najemca', 'lekarz', 'odbiorca',
  'nome completo', 'apelido', 'sobrenome', 'funcionário', 'funcionária', 'requerente', 'contato', 'segurado', 'segurada', 'utente', 'inquilino',
  'namn', 'förnamn', 'efternamn', 'kund', 'kontoinnehavare', 'anställd', 'sökande', 'kontaktperson', 'försäkrad', 'försäkringstagare', 'hyresgäst',
  'läkare', 'handläggare', 'mottagare',
  'ad', 'soyad', 'soyadı', 'adı', 'ad soyad', 'adı soyadı', 'müşteri', 'hasta', 'çalışan', 'personel', 'başvuran', 'ilgili kişi', 'hesap sahibi',
  'sigortalı', 'kiracı', 'doktor', 'alıcı',
  'họ và tên', 'họ tên', 'tên', 'nhân viên tiếp nhận', 'người tiếp nhận', 'người khai', 'người yêu cầu', 'khách hàng', 'bệnh nhân', 'người liên hệ', 'nhân viên', 'chủ tài khoản', 'người nhận',
  '氏名', '名前', 'お名前', '担当者', '担当', '患者名', '契約者', 'ご担当', '申請者', '受取人', 'नाम', 'フリガナ', 'ふりがな', 'カナ', '患者氏名',
  '被保険者氏名', '申込者', '保護者', '緊急連絡先',
];

/** Words that introduce oneself or someone else by name: `it's Chukwuemeka Okafor`, `je suis`, `mein Name ist`. */
export const introductions = [
  "it's", 'it is', 'this is', 'i am', "i'm", 'my name is', 'name is', 'called', "you're through to", 'you are through to', 'speaking with', 'spoke with', 'spoke to',
  'talked to', 'ask for', 'on behalf of', 'signed by', 'colleague', 'analyst', 'pharmacist', 'technician', 'nurse', 'doctor', 'engineer', 'driver', 'courier', 'landlord',
  'je suis', "je m'appelle", "c'est", 'de la part de', 'mon collègue', 'ma collègue', 'technicien', 'technicienne', 'conseiller', 'conseillère',
  'ich bin', 'mein name ist', 'hier ist', 'hier spricht', 'kollege', 'kollegin', 'im auftrag von', 'techniker', 'technikerin',
  'me llamo', 'soy', 'mi nombre es', 'le atiende', 'habla', 'compañero', 'compañera', 'técnico', 'técnica',
  'mi chiamo', 'sono', 'il mio nome è', 'parla', 'collega', 'tecnico',
  'ik ben', 'mijn naam is', 'u spreekt met', 'je spreekt met', 'collega', 'monteur',
  'nazywam się', 'jestem', 'z tej strony', 'kolega', 'koleżanka', 'technik',
  'chamo-me', 'meu nome é', 'o meu nome é', 'sou', 'fala', 'colega', 'técnico',
  'jag heter', 'jag är', 'det är', 'kollega', 'tekniker',
  'benim adım', 'adım', 'ben', 'meslektaşım',
  'tôi là', 'tên tôi là', 'em là', 'anh là', 'chị là',
];

/** Role words of chat transcripts and tickets that stand before a speaker's name: `Konsultant Paweł:`, `Adviser Priya:`. */
export const speakerRoles = [
  'agent', 'adviser', 'advisor', 'consultant', 'operator', 'representative', 'rep', 'support', 'specialist', 'assistant', 'agent', 'technician', 'engineer',
  'konsultant', 'konsultantka', 'doradca', 'mitarbeiter', 'mitarbeiterin', 'berater', 'beraterin', 'kundenberater', 'kundenberaterin', 'sachbearbeiter',
  'conseiller', 'conseillère', 'opérateur', 'opératrice', 'agente', 'asesor', 'asesora', 'operador', 'operadora', 'operatore', 'operatrice', 'consulente',
  'medewerker', 'medewerkster', 'adviseur', 'handläggare', 'rådgivare', 'kundtjänst', 'temsilci', 'müşteri temsilcisi', 'nhân viên', 'tư vấn viên',
];

/**
 * Words after which a name written in lower case (chats, messages typed on a phone) is still a
 * name: introductions, relations, thanks and greetings (`hi its wanjiru`, `my wife sunita`,
 * `thanks kayla`, `ben zeynep arslan`, `dzięki aga`). The name's first word must be a known given name.
 */
/** Honorifics people write in lower case in chats (`pan jarosław`, `herr müller`): a known family name after one is a name. */
export const lowerCaseHonorifics = ['pan', 'pani', 'herr', 'frau', 'mr', 'mrs', 'ms', 'señor', 'señora', 'signor', 'signora', 'monsieur', 'madame', 'meneer', 'mevrouw'];

export const lowerCaseNameCues = [
  'its', "it's", 'it is', 'this is', 'i am', "i'm", 'im', 'my name is', 'name is', 'here is', 'me',
  'my husband', 'my wife', 'my son', 'my daughter', 'my partner', 'my brother', 'my sister', 'my mother', 'my father', 'my mum', 'my mom', 'my dad', 'my colleague',
  'thanks', 'thank you', 'thx', 'cheers', 'hi', 'hey', 'hello', 'bye',
  'ich bin', 'hier ist', 'meine frau', 'mein mann', 'danke', 'hallo',
  'je suis', "c'est", 'ma femme', 'mon mari', 'merci', 'salut',
  'soy', 'mi mujer', 'mi esposa', 'mi marido', 'gracias', 'hola',
  'sono', 'mia moglie', 'mio marito', 'grazie', 'ciao',
  'ik ben', 'met', 'mijn vrouw', 'mijn man', 'bedankt', 'hoi',
  'tu', 'jestem', 'z tej strony', 'mąż', 'żona', 'dzięki', 'dziękuję', 'cześć', 'pan', 'pani',
  'det är', 'jag är', 'min fru', 'min man', 'tack', 'hej',
  'ben', 'eşim', 'teşekkürler', 'selam', 'merhaba',
  ...lowerCaseHonorifics,
];

/** Speakers of chat transcripts that are roles, not people: `[10:02] customer:`, `14:02 Kund:`. */
export const chatRoles = [
  'customer', 'visitor', 'client', 'user', 'guest', 'bot', 'system', 'you', 'me', 'support', 'agent', 'operator', 'admin', 'moderator', 'host',
  'kunde', 'kundin', 'besucher', 'klant', 'bezoeker', 'cliente', 'visiteur', 'utente', 'klient', 'klientka', 'kund', 'besökare', 'müşteri', 'ziyaretçi',
  'khách hàng', 'khách', 'usuario', 'usuária', 'utilisateur', 'nutzer', 'gebruiker', 'użytkownik', 'kullanıcı', 'temsilci',
];
