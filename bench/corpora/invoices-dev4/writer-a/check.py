#!/usr/bin/env python3
"""Consistency checks for the invoices-dev4a corpus (labels.jsonl + <id>.txt)."""
import json, os, re, sys, datetime
from decimal import Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ['invoiceNumber','issueDate','dueDate','currency','netAmount','taxAmount','totalAmount','vendorName','iban','vatId','orderNumber']
IBAN_LEN = dict(AT=20,BE=16,BG=22,CH=21,CZ=24,DE=22,DK=18,EE=20,ES=24,FI=18,FR=27,GB=22,GR=27,HR=21,HU=28,IE=22,IT=27,LT=20,LU=20,
                LV=21,NL=18,NO=15,PL=28,PT=25,RO=24,SE=24,SI=19,SK=24)
errors = []; warns = []
def err(i, m): errors.append(f"{i}: {m}")

def iban_ok(s):
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', s): return 'not compact uppercase'
    if IBAN_LEN.get(s[:2]) != len(s): return f'length {len(s)} != {IBAN_LEN.get(s[:2])}'
    n = int(''.join(str(int(c, 36)) for c in s[4:] + s[:4]))
    return None if n % 97 == 1 else 'mod-97 fails'

def w(ds, ws): return sum(int(d) * x for d, x in zip(ds, ws))
def luhn(n):
    s = 0
    for i, c in enumerate(reversed(n)):
        v = int(c) * (2 if i % 2 else 1); s += v - 9 if v > 9 else v
    return s % 10 == 0
def m1110(n):
    p = 10
    for c in n[:-1]:
        s = (int(c) + p) % 10 or 10; p = 2 * s % 11
    return (11 - p) % 10 == int(n[-1])
def v_de(n): return len(n) == 9 and m1110(n)
def v_at(n):
    if not re.fullmatch(r'U\d{8}', n): return False
    s = sum((lambda v: v // 10 + v % 10)(int(c) * (2 if i % 2 else 1)) for i, c in enumerate(n[1:8]))
    return (10 - (s + 4) % 10) % 10 == int(n[8])
def v_fr(n): return n[2:].isdigit() and int(n[:2]) == (12 + 3 * (int(n[2:]) % 97)) % 97 and luhn(n[2:])
def v_it(n): return len(n) == 11 and luhn(n)
def v_es(n):
    if not re.fullmatch(r'[ABEHKPQS]\d{7}[0-9A-J]', n): return False
    b = n[1:8]; s = sum(int(b[i]) for i in (1, 3, 5)) + sum((lambda v: v // 10 + v % 10)(2 * int(b[i])) for i in (0, 2, 4, 6))
    c = (10 - s % 10) % 10
    return n[8] in (str(c), 'JABCDEFGHI'[c])
def v_nl(n): return re.fullmatch(r'\d{9}B\d\d', n) and w(n[:8], range(9, 1, -1)) % 11 == int(n[8])
def v_be(n): return len(n) == 10 and 97 - int(n[:8]) % 97 == int(n[8:])
def v_lu(n): return len(n) == 8 and int(n[:6]) % 89 == int(n[6:])
def v_pl(n): return len(n) == 10 and w(n, (6, 5, 7, 2, 3, 4, 5, 6, 7)) % 11 == int(n[9])
def v_cz(n): return len(n) == 8 and (11 - w(n, (8, 7, 6, 5, 4, 3, 2)) % 11) % 10 == int(n[7])
def v_sk(n): return len(n) == 10 and int(n) % 11 == 0
def v_hu(n): return len(n) == 8 and w(n, (9, 7, 3, 1, 9, 7, 3, 1)) % 10 == 0
def v_ro(n): b = n[:-1].rjust(9, '0'); return w(b, (7, 5, 3, 2, 1, 7, 5, 3, 2)) * 10 % 11 % 10 == int(n[-1])
def v_si(n): return len(n) == 8 and (11 - w(n, range(8, 1, -1)) % 11) % 10 == int(n[7])
def v_hr(n): return len(n) == 11 and m1110(n)
def v_bg(n):
    s = w(n, range(1, 9)) % 11
    if s == 10: s = w(n, range(3, 11)) % 11
    return len(n) == 9 and s % 10 == int(n[8])
def v_el(n): return len(n) == 9 and sum(int(x) * 2 ** (8 - i) for i, x in enumerate(n[:8])) % 11 % 10 == int(n[8])
def v_se(n): return len(n) == 12 and n.endswith('01') and luhn(n[:10])
def v_dk(n): return len(n) == 8 and w(n, (2, 7, 6, 5, 4, 3, 2, 1)) % 11 == 0
def v_fi(n): r = w(n, (7, 9, 10, 5, 8, 4, 2)) % 11; return len(n) == 8 and r != 1 and (0 if r == 0 else 11 - r) == int(n[7])
def v_ee(n): return len(n) == 9 and (10 - w(n, (3, 7, 1, 3, 7, 1, 3, 7)) % 10) % 10 == int(n[8])
def v_lt(n):
    s = w(n, range(1, 9)) % 11
    if s == 10: s = w(n, (3, 4, 5, 6, 7, 8, 9, 1)) % 11
    return len(n) == 9 and s % 10 == int(n[8])
def v_lv(n): return len(n) == 11 and w(n, (9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1)) % 11 == 3
def v_pt(n): c = 11 - w(n, range(9, 1, -1)) % 11; return len(n) == 9 and (0 if c >= 10 else c) == int(n[8])
def v_gb(n): s = w(n, range(8, 1, -1)) + int(n[7:9]); return len(n) == 9 and (s % 97 == 0 or (s + 55) % 97 == 0)
def v_ie(n): return re.fullmatch(r'\d{7}[A-W]', n) and 'WABCDEFGHIJKLMNOPQRSTUV'[w(n, range(8, 1, -1)) % 23] == n[7]
def v_no(n): c = 11 - w(n, (3, 2, 7, 6, 5, 4, 3, 2)) % 11; return len(n) == 9 and c != 10 and c % 11 == int(n[8])
def v_ch(n): c = 11 - w(n, (5, 4, 3, 2, 7, 6, 5, 4)) % 11; return len(n) == 9 and c != 10 and c % 11 == int(n[8])
def v_br(n):
    def dv(b, ws): r = w(b, ws) % 11; return 0 if r < 2 else 11 - r
    return len(n) == 14 and dv(n[:12], (5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)) == int(n[12]) and dv(n[:13], (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)) == int(n[13])
def v_ar(n): c = 11 - w(n, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)) % 11; return len(n) == 11 and c != 10 and c % 11 == int(n[10])
def v_pe(n): return len(n) == 11 and (11 - w(n, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)) % 11) % 11 % 10 == int(n[10])
def v_cl(n):
    b, d = n[:-1], n[-1]; s = sum(int(x) * (2 + i % 6) for i, x in enumerate(reversed(b))); c = 11 - s % 11
    return {11: '0', 10: 'K'}.get(c, str(c)) == d
def v_co(n):
    b, d = n[:-1], n[-1]; s = w(reversed(b), (3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71)) % 11
    return (11 - s if s > 1 else s) == int(d)
def v_mx(n):
    al = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ'; m = n.rjust(13)
    c = 11 - sum(al.index(x) * (13 - i) for i, x in enumerate(m[:12])) % 11
    return {11: '0', 10: 'A'}.get(c, str(c)) == m[12]
def v_ca(n): return re.fullmatch(r'\d{9}RT\d{4}', n) and luhn(n[:9])
def v_za(n): return re.fullmatch(r'4\d{9}', n) and luhn(n)
PREFIX = dict(DE=v_de, AT=v_at, FR=v_fr, IT=v_it, ES=v_es, NL=v_nl, BE=v_be, LU=v_lu, PL=v_pl, CZ=v_cz, SK=v_sk, HU=v_hu, RO=v_ro,
              SI=v_si, HR=v_hr, BG=v_bg, EL=v_el, SE=v_se, DK=v_dk, FI=v_fi, EE=v_ee, LT=v_lt, LV=v_lv, PT=v_pt, GB=v_gb, IE=v_ie)
BYCOUNTRY = dict(IT=v_it, GR=v_el, HR=v_hr, DK=v_dk, GB=v_gb, CZ=v_cz, PL=v_pl, PT=v_pt, ES=v_es, BR=v_br, AR=v_ar, PE=v_pe, CL=v_cl, CO=v_co, MX=v_mx, CA=v_ca, ZA=v_za)
NOCHECK = {'NG', 'KE', 'MA', 'SN', 'GH', 'EG'}  # schemes without a published check digit (or unknown to the author)

def vat_ok(v, country):
    if v.startswith('CHE') and v.endswith(('MWST', 'TVA', 'IVA')): return v_ch(re.sub(r'\D', '', v))
    if v.startswith('NO') and v.endswith('MVA'): return v_no(v[2:-3])
    if v[:2] in PREFIX and v[:2] != 'ES' or (v[:2] == 'ES' and len(v) == 11): return bool(PREFIX[v[:2]](v[2:]))
    if country in BYCOUNTRY: return bool(BYCOUNTRY[country](v))
    if country in NOCHECK: return None
    return False

def compact(s): return re.sub(r'[\s.\-/]', '', s).upper()

def main():
    ids = []; n_ok = 0
    lab = os.path.join(HERE, 'labels.jsonl')
    for ln, line in enumerate(open(lab, encoding='utf-8'), 1):
        try: d = json.loads(line)
        except Exception as e: err(f'line {ln}', f'JSON: {e}'); continue
        i = d.get('id'); ids.append(i)
        for k in ('id', 'split', 'language', 'country', 'documentType', 'layout', 'expected'):
            if k not in d: err(i, f'missing {k}')
        if d.get('split') != 'dev': err(i, 'split != dev')
        if not re.fullmatch(r'[a-z]{2}', d.get('language', '')): err(i, 'language')
        if not re.fullmatch(r'[A-Z]{2}', d.get('country', '')): err(i, 'country')
        if d.get('documentType') not in ('invoice', 'credit_note', 'receipt'): err(i, 'documentType')
        e = d.get('expected', {})
        if set(e) != set(FIELDS): err(i, f'expected keys {sorted(set(e) ^ set(FIELDS))}')
        p = os.path.join(HERE, f'{i}.txt')
        if not os.path.exists(p): err(i, 'no .txt'); continue
        text = open(p, encoding='utf-8').read(); ctext = compact(text)
        for k in ('issueDate', 'dueDate'):
            v = e.get(k)
            if v is not None:
                try: datetime.date.fromisoformat(v); assert re.fullmatch(r'\d{4}-\d{2}-\d{2}', v)
                except Exception: err(i, f'{k} bad date {v!r}')
        if e.get('currency') is not None and not re.fullmatch(r'[A-Z]{3}', e['currency']): err(i, 'currency')
        am = {}
        for k in ('netAmount', 'taxAmount', 'totalAmount'):
            v = e.get(k)
            if v is not None:
                if not isinstance(v, str) or not re.fullmatch(r'-?\d+\.\d{2}', v): err(i, f'{k} format {v!r}')
                else: am[k] = Decimal(v)
        if len(am) == 3 and am['netAmount'] + am['taxAmount'] != am['totalAmount']:
            err(i, f"net+tax != total: {am['netAmount']}+{am['taxAmount']} != {am['totalAmount']}")
        if d.get('documentType') == 'credit_note' and am.get('totalAmount', Decimal(-1)) >= 0: err(i, 'credit note total not negative')
        if d.get('documentType') != 'credit_note' and am.get('totalAmount', Decimal(1)) < 0: err(i, 'negative total on non-credit note')
        if e.get('iban'):
            m = iban_ok(e['iban'])
            if m: err(i, f"IBAN {e['iban']}: {m}")
            if e['iban'] not in ctext: err(i, 'IBAN not in text')
        for k in ('invoiceNumber', 'orderNumber'):
            if e.get(k) is not None and e[k] not in text: err(i, f'{k} {e[k]!r} not verbatim in text')
        vn = e.get('vendorName')
        if not vn: err(i, 'vendorName missing')
        elif vn not in text:
            pat = r'\s+'.join(re.escape(t) for t in vn.split())
            if not re.search(pat, text): err(i, f'vendorName {vn!r} not found')
        v = e.get('vatId')
        if v is not None:
            if v != compact(v) or not re.fullmatch(r'[A-Z0-9]+', v): err(i, f'vatId not compact {v!r}')
            if v not in ctext: err(i, f'vatId {v} not in compacted text')
            ok = vat_ok(v, d.get('country'))
            if ok is False: err(i, f'vatId {v} check digits invalid')
            if ok is None: warns.append(f'{i}: vatId {v} ({d.get("country")}) has no check-digit scheme tested')
        n_ok += 1
    txts = {f[:-4] for f in os.listdir(HERE) if f.endswith('.txt') and f != 'check_output.txt'}
    for t in sorted(txts - set(ids)): err(t, '.txt without label')
    if len(ids) != len(set(ids)): err('labels', 'duplicate ids')
    print(f'{len(ids)} labels, {len(txts)} txt files')
    for w_ in warns: print('NOTE', w_)
    for x in errors: print('ERROR', x)
    print('RESULT:', 'OK' if not errors else f'{len(errors)} error(s)')
    return 1 if errors else 0
if __name__ == '__main__': sys.exit(main())
