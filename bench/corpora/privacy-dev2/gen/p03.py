from phelp import P
from pids import *
DOCS = []
ib = iban('DE','500105175418822190')
DOCS.append(P('px-012','de','form', f"""
SEPA-Lastschriftmandat – Fitnessstudio KraftWerk Leipzig (Gläubiger-ID DE98ZZZ09999999999)

Mitgliedsnummer: 44180227          Vertragsbeginn: 01.03.2026     Monatsbeitrag: 34,90 €

Kontoinhaber:   Zsófia Nagy-Horváth
Anschrift:      Könneritzstraße 41
                04229 Leipzig
Geburtsdatum:   03.08.1996
IBAN:           {sp4(ib)}
BIC:            INGDDEFFXXX
Telefon:        0341 / 49 18 27-0
Handy:          0157-41822903
E-Mail:         zsofi.nagy@webpost-beispiel.de

Ort, Datum: Leipzig, 28.02.2026          Unterschrift: Zs. Nagy-Horváth
""", [('person_name','Zsófia Nagy-Horváth'),('postal_address','Könneritzstraße 41'),('postal_address','04229 Leipzig'),('date_of_birth','03.08.1996'),
      ('iban',sp4(ib)),('phone','0341 / 49 18 27-0'),('phone','0157-41822903'),('email','zsofi.nagy@webpost-beispiel.de'),('person_name','Zs. Nagy-Horváth')],
     [('customer_number','44180227'),('invoice_date','01.03.2026'),('amount','34,90 €'),('company_name','Fitnessstudio KraftWerk Leipzig')]))

DOCS.append(P('px-013','hu','email', """
Feladó: Kovács Bence <bence.kovacs@levelezo-pelda.hu>
Címzett: ügyfélszolgálat – Tisza Bútor Kft.
Tárgy: SZ-2026/00418 számú számla

Tisztelt Szabó Erzsébet!

A 2026. március 2-i SZ-2026/00418 számú számlán (bruttó 184 500 Ft) a szállítási cím hibás.
A helyes cím: 1117 Budapest, Bartók Béla út 62. III/8.
Kérem, a futár hívjon a +36 30 418 2271-es számon, vagy munkaidőben a 06-1-209-4418-as számon.

Rendelésszám: TB-88120

Üdvözlettel:
Kovács Bence
""", [('person_name','Kovács Bence'),('email','bence.kovacs@levelezo-pelda.hu'),('person_name','Szabó Erzsébet'),
      ('postal_address','1117 Budapest, Bartók Béla út 62. III/8.'),('phone','+36 30 418 2271'),('phone','06-1-209-4418')],
     [('company_name','Tisza Bútor Kft.'),('invoice_number','SZ-2026/00418'),('invoice_date','2026. március 2'),('amount','184 500 Ft'),('order_number','TB-88120')]))

DOCS.append(P('px-014','es','hr-letter', f"""
Madrid, 11 de marzo de 2026

Dña. Lucía Fernández de Córdoba Sánchez
C/ de Embajadores, 141, 3º B
28045 Madrid

Asunto: Certificado de empresa – expediente RRHH-2026-0418

Estimada Sra. Fernández de Córdoba:

Por la presente certificamos que Dña. Lucía Fernández de Córdoba Sánchez, con DNI {dni('53418827')[:8]}-{dni('53418827')[8]},
fecha de nacimiento 27/09/1989, ha prestado servicios en Construcciones Iberlinea, S.A. (CIF A28418827)
desde el 01/02/2019 hasta el 28/02/2026, con un salario bruto anual de 31.200,00 €.

Para cualquier consulta puede contactar con Recursos Humanos en el 91 418 22 70 (ext. 4418) o con su
responsable, D. Alejandro Ruiz-Tagle Olmedo, móvil 612 48 19 07.

Atentamente,
Marta Oyelaran Iglesias
Directora de RR. HH.
""", [('person_name','Lucía Fernández de Córdoba Sánchez'),('postal_address','C/ de Embajadores, 141, 3º B'),('postal_address','28045 Madrid'),
      ('person_name','Fernández de Córdoba'),('es_dni',f"{dni('53418827')[:8]}-{dni('53418827')[8]}"),('date_of_birth','27/09/1989'),
      ('phone','91 418 22 70 (ext. 4418)'),('person_name','Alejandro Ruiz-Tagle Olmedo'),('phone','612 48 19 07'),('person_name','Marta Oyelaran Iglesias')],
     [('customer_number','RRHH-2026-0418'),('company_name','Construcciones Iberlinea, S.A.'),('vat_id','A28418827'),('amount','31.200,00 €'),
      ('invoice_date','28/02/2026')]))
