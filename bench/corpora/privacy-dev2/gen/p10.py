from phelp import P
from pids import *
DOCS = []
a1, a2 = aadhaar('58201947733'), aadhaar('27714095582')
DOCS.append(P('px-040','en','email', f"""
From: "Suresh Babu Venkataraman" <suresh.venkat@maildrop-example.in>
To: "HR Ops – Lakshmi Narayanan" <lakshmi.n@infraworks-example.in>
Subject: Documents for onboarding (Emp ID IW-44182)

Hi Lakshmi,

As requested, here are my details:
PAN: AQBPV4418K
Aadhaar: {a1}
DOB: 12/08/1990
Current address: 4-7-118, Street No. 8, Habsiguda, Hyderabad 500007
Phone: 098480 41822 / +91 40 2715 4418

My wife Meenakshi Suresh's Aadhaar for the medical policy is {a2[:4]}-{a2[4:8]}-{a2[8:]}.
Please note the policy number 4418-2271-0903 is from Star Health, not a personal number.

Thanks & regards,
Suresh
""", [('person_name','Suresh Babu Venkataraman'),('email','suresh.venkat@maildrop-example.in'),('person_name','Lakshmi Narayanan'),('email','lakshmi.n@infraworks-example.in'),
      ('person_name','Lakshmi'),('in_pan','AQBPV4418K'),('in_aadhaar',a1),('date_of_birth','12/08/1990'),('postal_address','4-7-118, Street No. 8, Habsiguda, Hyderabad 500007'),
      ('phone','098480 41822'),('phone','+91 40 2715 4418'),('person_name','Meenakshi Suresh'),('in_aadhaar',f"{a2[:4]}-{a2[4:8]}-{a2[8:]}"),('person_name','Suresh')],
     [('customer_number','IW-44182'),('phone_like_reference','4418-2271-0903'),('company_name','Star Health')]))

DOCS.append(P('px-041','it','email', f"""
Da: Giuseppe Bruno <g.bruno@posta-esempio.it>
A: Anna Esposito <a.esposito@studio-esposito-esempio.it>
Oggetto: 730/2026 – documenti

Buongiorno dott.ssa Esposito,

le invio i dati per la dichiarazione:
Codice fiscale: {cf('BRNGPP78M12H501')}
Nato a Roma il 12/08/1978
Residenza: Via Appia Nuova 418, 00183 Roma
Cell. 333 441 8227 – tel. casa 06 7026 1844

La fattura n. 44/2026 del 03/03/2026 (€ 1.220,00) di Studio Commercialista Esposito & Associati è già saldata.
Codice fiscale di mia moglie, Lucia Conti: {cf('CNTLCU75S43H501')[:6]} {cf('CNTLCU75S43H501')[6:11]} {cf('CNTLCU75S43H501')[11:]}

Cordiali saluti
Giuseppe Bruno
""", [('person_name','Giuseppe Bruno'),('email','g.bruno@posta-esempio.it'),('person_name','Esposito'),('person_name','Anna Esposito'),('email','a.esposito@studio-esposito-esempio.it'),('it_codice_fiscale',cf('BRNGPP78M12H501')),
      ('date_of_birth','12/08/1978'),('postal_address','Via Appia Nuova 418, 00183 Roma'),('phone','333 441 8227'),('phone','06 7026 1844'),
      ('person_name','Lucia Conti'),('it_codice_fiscale',f"{cf('CNTLCU75S43H501')[:6]} {cf('CNTLCU75S43H501')[6:11]} {cf('CNTLCU75S43H501')[11:]}")],
     [('company_name','Studio Commercialista Esposito & Associati'),('invoice_number','44/2026'),('invoice_date','03/03/2026'),('amount','€ 1.220,00')]))
