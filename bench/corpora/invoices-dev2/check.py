#!/usr/bin/env python3
"""Checks labels.jsonl against the dx-*.txt files (see BRIEF.md)."""
import json, os, re, sys, glob, datetime, collections
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gen'))
import ids as I
D = os.path.dirname(os.path.abspath(__file__))
KEYS = ['invoiceNumber','issueDate','dueDate','currency','netAmount','taxAmount','totalAmount','vendorName','iban','vatId','orderNumber']
errors, warns = [], []
def E(i, m): errors.append(f'{i}: {m}')
def W(i, m): warns.append(f'{i}: {m}')
def iban_ok(ib):
    return int(''.join(str(int(c,36)) for c in ib[4:]+ib[:4])) % 97 == 1
IBAN_LEN = dict(DE=22,GB=22,FR=27,NL=18,PL=28,ES=24,IT=27,BE=16,CH=20,AT=20,SE=24,PT=25,NO=15,DK=18,IE=22,FI=18,HU=28,CZ=24,TR=26,SA=24,AE=23,BR=29,LU=20,MA=28,EG=29,SK=24,RO=24,GR=27,HR=21,SI=19,LT=20,EE=20,LV=21)
# deposits / payments stated in the document: total != net + tax by design
DEPOSIT_OK = {'dx-008','dx-016','dx-067'}
labels = []
with open(os.path.join(D,'labels.jsonl'), encoding='utf-8') as f:
    for n, line in enumerate(f, 1):
        try: labels.append(json.loads(line))
        except Exception as e: E(f'line {n}', f'JSON: {e}')
ids = [l['id'] for l in labels]
txts = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(D,'dx-*.txt'))}
for i in set(ids) - txts: E(i, 'no .txt')
for i in txts - set(ids): E(i, 'no label')
if len(ids) != len(set(ids)): E('-', 'duplicate ids')
amt = re.compile(r'^-?\d+\.\d{2}$')
for l in labels:
    i = l['id']; x = l['expected']
    if l.get('split') != 'dev': E(i, 'split')
    for k in ['language','country','documentType','layout']:
        if not l.get(k): E(i, f'missing {k}')
    if l['documentType'] not in ('invoice','credit_note','receipt'): E(i,'documentType')
    if set(x) != set(KEYS): E(i, f'keys {set(x) ^ set(KEYS)}')
    t = open(os.path.join(D, i+'.txt'), encoding='utf-8').read()
    flat = re.sub(r'\s+', ' ', t)
    compact = re.sub(r'[\s.\-/]', '', t).upper()
    for k in ['issueDate','dueDate']:
        if x[k] is not None:
            try: datetime.date.fromisoformat(x[k])
            except Exception: E(i, f'{k} {x[k]}')
    if x['issueDate'] is None: E(i, 'issueDate null')
    for k in ['netAmount','taxAmount','totalAmount']:
        if x[k] is not None and not amt.match(x[k]): E(i, f'{k} format {x[k]}')
    if x['totalAmount'] is None: E(i, 'total null')
    if not re.match(r'^[A-Z]{3}$', x['currency'] or ''): E(i, 'currency')
    if l['documentType'] == 'credit_note':
        for k in ['netAmount','taxAmount','totalAmount']:
            if x[k] is not None and float(x[k]) > 0: E(i, f'credit note {k} positive')
    if x['netAmount'] and x['taxAmount'] and x['totalAmount']:
        s = round(float(x['netAmount']) + float(x['taxAmount']) - float(x['totalAmount']), 2)
        if s != 0:
            (W if i in DEPOSIT_OK else E)(i, f'net+tax-total = {s}')
    if x['invoiceNumber'] is not None and x['invoiceNumber'] not in t: E(i, f'invoiceNumber {x["invoiceNumber"]!r} not verbatim')
    if x['orderNumber'] is not None and x['orderNumber'] not in t: E(i, f'orderNumber not verbatim')
    v = x['vendorName']
    if not v: E(i, 'vendorName null')
    elif v not in t:
        if v in flat: W(i, 'vendorName spans lines')
        elif all(tok in t for tok in v.split()): W(i, 'vendorName split across columns/lines')
        else: E(i, f'vendorName {v!r} not found')
    ib = x['iban']
    if ib:
        if not re.match(r'^[A-Z]{2}\d{2}[A-Z0-9]+$', ib) or not iban_ok(ib): E(i, f'IBAN invalid {ib}')
        if IBAN_LEN.get(ib[:2]) and len(ib) != IBAN_LEN[ib[:2]]: E(i, f'IBAN length {ib}')
        if ib not in compact and ib[2:] not in compact: E(i, 'IBAN not in text')
        elif ib not in compact: W(i, 'IBAN printed without country code (national format)')
    vt = x['vatId']
    if vt:
        if vt != re.sub(r'[\s.\-]', '', vt).upper(): E(i, 'vatId not compact')
        if vt not in compact: E(i, f'vatId {vt} not in text')
        cc = vt[:2]
        if vt.isdigit() and l['country'] in ('PL','IT','DE','HU','CZ','PT','DK','BE','FI','AT','SE','NL','FR','GB'):
            W(i, 'vatId printed without country prefix (domestic number)')
            vt = l['country'] + vt; cc = vt[:2]
        if cc in I.CHECKERS and not vt[:3] == 'CHE':
            if not I.CHECKERS[cc](vt): E(i, f'vatId check digit {vt}')
        elif vt.startswith('CHE') and not I.ch_ok(vt): E(i, f'UID check {vt}')
        elif l['country'] == 'IN' and not I.gstin_ok(vt): E(i, 'GSTIN check')
        elif l['country'] == 'JP' and not I.jp_ok(vt): E(i, 'JP reg check')
        elif l['country'] == 'KR' and not I.kr_ok(vt): E(i, 'KR BRN check')
        elif l['country'] == 'CN' and not I.cn_ok(vt): E(i, 'CN USCC check')
        elif l['country'] == 'AU' and not I.abn_ok(vt): E(i, 'ABN check')
        elif l['country'] == 'BR' and not I.cnpj_ok(vt): E(i, 'CNPJ check')
        elif l['country'] == 'ZA' and not I.za_ok(vt): E(i, 'ZA VAT check')
        elif l['country'] == 'MX' and I.rfc(vt[:-1]) != vt: E(i, 'RFC check')
        elif l['country'] == 'TR' and I.tr_vkn(vt[:9]) != vt: E(i, 'VKN check')
        elif l['country'] == 'NO' and not I.no_ok(vt): E(i, 'NO orgnr check')
        elif l['country'] == 'ES' and not (I.es_cif_ok(vt if vt[:2]=='ES' else 'ES'+vt) or I.es_nif_ok(vt if vt[:2]=='ES' else 'ES'+vt)): E(i, 'ES NIF/CIF check')
        elif l['country'] == 'AR' and not I.cuit_ok(vt): E(i, 'CUIT check')
        elif l['country'] == 'CL' and not I.rut_ok(vt): E(i, 'RUT check')
for e in errors: print('ERROR', e)
for w in warns: print('warn ', w)
print(f'\n{len(labels)} documents, {len(errors)} errors, {len(warns)} warnings')
for k in ['language','documentType','split','country']:
    c = collections.Counter(l[k] for l in labels)
    print(f'{k}: ' + ', '.join(f'{a}={b}' for a, b in sorted(c.items())))
sys.exit(1 if errors else 0)
