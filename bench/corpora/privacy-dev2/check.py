#!/usr/bin/env python3
"""Checks privacy-dev2 labels: JSON, verbatim substrings, checksums, counts."""
import json, os, sys, re, glob, collections
D = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, os.path.join(D, 'gen'))
import pids as X
PII = {'person_name','postal_address','email','phone','iban','payment_card','ip_address','date_of_birth','us_ssn','uk_nino','nl_bsn',
       'de_tax_id','fr_nir','in_aadhaar','in_pan','es_dni','it_codice_fiscale','pl_pesel','se_personnummer','passport_number',
       'id_card_number','health_insurance_number','driving_licence_number'}
KEEP = {'order_number','invoice_number','amount','invoice_date','company_name','product_code','tracking_number','customer_number',
        'vat_id','phone_like_reference','nine_digit_reference','ssn_like_reference','version_number'}
err, warn = [], []
labels = [json.loads(l) for l in open(os.path.join(D, 'labels.jsonl'), encoding='utf-8')]
ids = {l['id'] for l in labels}
files = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(D, 'docs', '*.txt'))}
for i in ids ^ files: err.append(f'{i}: label/file mismatch')
cp, ck, lang, split, genre = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
for l in labels:
    i = l['id']; t = open(os.path.join(D, 'docs', i + '.txt'), encoding='utf-8').read()
    lang[l['language']] += 1; split[l['split']] += 1; genre[l['genre']] += 1
    if l['split'] != 'dev': err.append(f'{i}: split')
    spans = []
    for kind, allowed, C in (('pii', PII, cp), ('keep', KEEP, ck)):
        seen = set()
        for e in l[kind]:
            ty, tx = e['type'], e['text']; C[ty] += 1
            if ty not in allowed: err.append(f'{i}: bad {kind} type {ty}')
            if tx not in t: err.append(f'{i}: {kind} {ty} {tx!r} not verbatim')
            if (ty, tx) in seen: err.append(f'{i}: duplicate {tx!r}')
            seen.add((ty, tx))
            if tx != tx.strip(): err.append(f'{i}: whitespace at edge {tx!r}')
            if kind == 'pii' and ty in X.CHECK and not X.CHECK[ty](tx.replace(' ', '') if ty in ('in_pan', 'it_codice_fiscale') else tx):
                err.append(f'{i}: {ty} {tx!r} fails checksum')
            if ty == 'ip_address' and not (X.ipv4_ok(tx) or X.ipv6_ok(tx)): err.append(f'{i}: bad IP {tx}')
            if ty == 'email' and not re.match(r'^[^@\s]+@[^@\s]+\.[a-z]{2,}$', tx, re.I): err.append(f'{i}: bad email {tx}')
            if ty == 'phone' and len(re.sub(r'\D', '', tx)) < 6 and not re.search(r'[A-Z]{3}', tx): err.append(f'{i}: short phone {tx}')
            if ty == 'nine_digit_reference':
                d = re.sub(r'\D', '', tx)
                if len(d) != 9 or X.bsn_ok(d): err.append(f'{i}: nine_digit_reference {tx} must be 9 digits failing 11-proof')
            if ty == 'version_number' and not X.ipv4_ok(tx): warn.append(f'{i}: version {tx} not IPv4-shaped')
            spans.append((kind, ty, tx))
    # a keep text must not be inside a pii text and vice versa
    for k1, t1, x1 in spans:
        for k2, t2, x2 in spans:
            if k1 == 'pii' and k2 == 'keep' and (x1 in x2 or x2 in x1):
                warn.append(f'{i}: pii {x1!r} overlaps keep {x2!r}')
for e in err: print('ERROR', e)
for w in warn: print('warn ', w)
print(f'\n{len(labels)} documents, {sum(cp.values())} pii strings, {sum(ck.values())} keep strings, {len(err)} errors')
print('pii types :', dict(sorted(cp.items())))
print('keep types:', dict(sorted(ck.items())))
print('languages :', dict(sorted(lang.items())))
print('genres    :', dict(sorted(genre.items())))
print('split     :', dict(split))
sys.exit(1 if err else 0)
