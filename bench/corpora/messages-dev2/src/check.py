#!/usr/bin/env python3
"""Check labels.jsonl against the files: parse, From match, ids present in text, counts."""
import json, os, re, sys, html
from collections import Counter
from email import policy
from email.parser import Parser, BytesParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INTENTS = {'default': {'invoice_question', 'payment_reminder', 'order_request', 'complaint', 'address_change',
                       'cancellation', 'refund', 'delivery_status', 'other'},
           'shopco': {'cancellation', 'refund', 'delivery_status', 'return_request', 'product_question',
                      'account_access', 'complaint', 'other'}}
errors = []
def err(i, m): errors.append('%s: %s' % (i, m))

def body_text(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart(): continue
        ct = part.get_content_type()
        if ct in ('text/plain', 'text/html'):
            t = part.get_content()
            if ct == 'text/html':
                t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
            out.append(t)
    return '\n'.join(out)

rows = [json.loads(l) for l in open(os.path.join(ROOT, 'labels.jsonl'), encoding='utf-8')]
ids = set()
c_tax, c_lang, c_kind, c_split, c_fmt, c_urg = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
for r in rows:
    i = r['id']
    if i in ids: err(i, 'duplicate id')
    ids.add(i)
    for k in ('id', 'file', 'split', 'kind', 'taxonomy', 'language', 'expected'):
        if k not in r: err(i, 'missing ' + k)
    ex = r['expected']
    if r['split'] != 'dev': err(i, 'split not dev')
    if r['kind'] != 'email': err(i, 'kind')
    if ex['intent'] not in INTENTS[r['taxonomy']]: err(i, 'bad intent ' + ex['intent'])
    if ex['urgency'] not in ('low', 'normal', 'high'): err(i, 'bad urgency')
    if not re.fullmatch(r'[a-z]{2}', r['language']): err(i, 'bad language')
    p = os.path.join(ROOT, r['file'])
    if not os.path.exists(p): err(i, 'file missing'); continue
    if r['file'].endswith('.eml'):
        msg = BytesParser(policy=policy.default).parse(open(p, 'rb'))
    else:
        msg = Parser(policy=policy.default).parse(open(p, encoding='utf-8'))
    for h in ('From', 'To', 'Subject', 'Date'):
        if msg[h] is None: err(i, 'no ' + h)
    addrs = msg['From'].addresses
    if len(addrs) != 1: err(i, 'From has %d addresses' % len(addrs)); continue
    a = addrs[0]
    name = a.display_name or None
    local, _, dom = a.addr_spec.rpartition('@')
    got_email = local + '@' + dom.lower()
    if got_email != ex['senderEmail']: err(i, 'senderEmail %r != %r' % (got_email, ex['senderEmail']))
    if name != ex['senderName']: err(i, 'senderName %r != %r' % (name, ex['senderName']))
    text = body_text(msg) + '\n' + str(msg['Subject'])
    for k in ('customerIds', 'orderIds'):
        if not isinstance(ex[k], list): err(i, k + ' not list')
        for v in ex[k]:
            if v not in text: err(i, '%s %r not found in text' % (k, v))
    c_tax[(r['taxonomy'], ex['intent'])] += 1
    c_lang[r['language']] += 1; c_kind[r['kind']] += 1; c_split[r['split']] += 1
    c_fmt[os.path.splitext(r['file'])[1]] += 1; c_urg[ex['urgency']] += 1

print('documents:', len(rows))
for t in ('default', 'shopco'):
    tot = sum(v for (tx, _), v in c_tax.items() if tx == t)
    print('taxonomy %s: %d' % (t, tot))
    for (tx, it), v in sorted(c_tax.items()):
        if tx == t: print('   %-18s %d' % (it, v))
print('languages:', dict(c_lang.most_common()))
en = c_lang['en']; print('non-English: %d (%.0f%%)' % (len(rows) - en, 100 * (len(rows) - en) / len(rows)))
print('kind:', dict(c_kind), ' split:', dict(c_split), ' format:', dict(c_fmt), ' urgency:', dict(c_urg))
print('ERRORS: %d' % len(errors))
for e in errors: print('  ' + e)
sys.exit(1 if errors else 0)
