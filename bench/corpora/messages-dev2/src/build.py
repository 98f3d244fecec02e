import json, os, random, re, html, sys
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from email.charset import Charset, QP, BASE64, SHORTEST
from email.header import Header
from email.utils import formataddr, format_datetime
import datetime

sys.path.insert(0, os.path.dirname(__file__))
ENTRIES = []
def E(tax, intent, lang, urg, frm, subject, body, cust=(), orders=(), eml=None, to=None,
      reply_to=None, from_raw=None, subj_raw=None, note=None, date=None):
    ENTRIES.append(dict(tax=tax, intent=intent, lang=lang, urg=urg, frm=frm, subject=subject,
        body=body, cust=list(cust), orders=list(orders), eml=eml, to=to, reply_to=reply_to,
        from_raw=from_raw, subj_raw=subj_raw, note=note, date=date))

import builtins
builtins.E = E
import batch_a, batch_b, batch_c, batch_d, batch_e  # noqa

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(20261130)
order = list(range(len(ENTRIES)))
rnd.shuffle(order)

SPECIAL = re.compile(r'[()<>@,;:\\".\[\]]')
def fmt_from_txt(name, addr):
    if name is None:
        return addr
    if SPECIAL.search(name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
    return '%s <%s>' % (name, addr)

def cs(name, hdr='Q', body='QP'):
    c = Charset(name)
    c.header_encoding = {'Q': QP, 'B': BASE64}[hdr]
    c.body_encoding = {'QP': QP, 'B64': BASE64, None: None}[body]
    return c

def to_html(body):
    out = []
    inq = False
    for line in body.split('\n'):
        if line.startswith('>'):
            if not inq:
                out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'); inq = True
            out.append(html.escape(line.lstrip('> ').rstrip()) + '<br>')
            continue
        if inq:
            out.append('</blockquote>'); inq = False
        out.append((html.escape(line) if line.strip() else '&nbsp;') + '<br>')
    if inq: out.append('</blockquote>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + '\n'.join(out) + '\n</div></body></html>\n')

base = datetime.datetime(2026, 11, 2, 7, 0, tzinfo=datetime.timezone.utc)
TZMAP = [('.co.uk', 0), ('.ie', 0), ('.pt', 0), ('.in', 5.5), ('.cn', 8), ('.jp', 9), ('.com.au', 11),
         ('.com.br', -3), ('.co.nz', 13), ('.com.tr', 3), ('.no', 1), ('.se', 1), ('.de', 1), ('.at', 1),
         ('.fr', 1), ('.it', 1), ('.es', 1), ('.nl', 1), ('.be', 1), ('.pl', 1), ('.org', 0), ('.studio', -8)]
DAYS = [17, 18, 19, 20, 23, 24, 25]
rnd2 = random.Random(4711)
labels = []
for n, idx in enumerate(order, 1):
    e = ENTRIES[idx]
    mid = 'mx-%03d' % n
    name, addr = e['frm']
    dom = addr.split('@')[-1].lower()
    off = -5
    for suf, o in TZMAP:
        if dom.endswith(suf):
            off = o; break
    tz = datetime.timezone(datetime.timedelta(hours=off))
    if e['date']:
        local = datetime.datetime.strptime(e['date'], '%Y-%m-%d %H:%M').replace(tzinfo=tz)
    else:
        day = DAYS[rnd2.randrange(len(DAYS))]
        local = datetime.datetime(2026, 11, day, rnd2.randrange(7, 19), rnd2.randrange(60), rnd2.randrange(60), tzinfo=tz)
    date = format_datetime(local)
    to = e['to'] or ('service@kestrelhome-shop.example' if e['tax'] == 'shopco' else 'info@valdor-group.example')
    opts = e['eml']
    if opts is None:
        fn = 'emails/%s.txt' % mid
        hdrs = ['From: ' + (e['from_raw'] or fmt_from_txt(name, addr)), 'To: ' + to,
                'Subject: ' + (e['subj_raw'] or e['subject']), 'Date: ' + date]
        if e['reply_to']: hdrs.insert(1, 'Reply-To: ' + e['reply_to'])
        text = '\n'.join(hdrs) + '\n\n' + e['body'].strip('\n') + '\n'
        open(os.path.join(ROOT, fn), 'w', encoding='utf-8').write(text)
    else:
        fn = 'emails/%s.eml' % mid
        kind = opts.get('kind', 'alt')
        charset = opts.get('charset', 'utf-8')
        if charset != 'utf-8':
            blob = e['body'] + e['subject'] + (name or '')
            for c in (charset, 'iso-8859-15', 'windows-1252', 'utf-8'):
                try:
                    blob.encode(c); charset = c; break
                except UnicodeEncodeError:
                    pass
        hcs = cs(charset, opts.get('hdr', 'Q'), None)
        body = e['body'].strip('\n') + '\n'
        if kind == 'plain':
            msg = MIMEText(body, 'plain', cs(charset, 'Q', opts.get('enc', 'QP')))
        elif kind == 'html':
            h = to_html(body).replace('charset=utf-8', 'charset=' + charset)
            msg = MIMEText(h, 'html', cs(charset, 'Q', opts.get('enc', 'QP')))
        else:  # alt
            msg = MIMEMultipart('alternative')
            msg.attach(MIMEText(body, 'plain', cs(charset, 'Q', opts.get('enc', 'QP'))))
            msg.attach(MIMEText(to_html(body).replace('charset=utf-8', 'charset=' + charset), 'html', cs(charset, 'Q', opts.get('enc', 'QP'))))
        if opts.get('attach'):
            outer = MIMEMultipart('mixed')
            outer.attach(msg)
            pdf = b'%PDF-1.4\n% fake document for test corpus\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'
            a = MIMEApplication(pdf, 'pdf')
            a.add_header('Content-Disposition', 'attachment', filename=opts['attach'])
            outer.attach(a)
            msg = outer
        if e['from_raw']:
            msg['From'] = e['from_raw']
        elif name is None:
            msg['From'] = addr
        else:
            try:
                name.encode('ascii'); msg['From'] = formataddr((name, addr))
            except UnicodeEncodeError:
                msg['From'] = formataddr((name, addr), charset=hcs)
        msg['To'] = to
        if e['reply_to']: msg['Reply-To'] = e['reply_to']
        try:
            e['subject'].encode('ascii'); msg['Subject'] = e['subject']
        except UnicodeEncodeError:
            msg['Subject'] = Header(e['subject'], hcs).encode()
        msg['Date'] = date
        msg['Message-ID'] = '<%s.%d@%s>' % (mid.replace('-', ''), 48211 + n * 7, addr.split('@')[-1].encode('idna').decode() if not addr.split('@')[-1].isascii() else addr.split('@')[-1])
        if 'MIME-Version' not in msg: msg['MIME-Version'] = '1.0'
        if opts.get('xmailer'): msg['X-Mailer'] = opts['xmailer']
        # put headers in conventional order, drop MIME-Version from sub-parts
        for part in msg.walk():
            if part is not msg:
                del part['MIME-Version']
        hdrs = list(msg.items())
        for k in set(k for k, _ in hdrs):
            del msg[k]
        ordr = ['From', 'Reply-To', 'To', 'Subject', 'Date', 'Message-ID', 'X-Mailer', 'MIME-Version', 'Content-Type', 'Content-Transfer-Encoding']
        hdrs.sort(key=lambda kv: ordr.index(kv[0]) if kv[0] in ordr else 99)
        for k, v in hdrs:
            msg[k] = v
        raw = msg.as_string()
        open(os.path.join(ROOT, fn), 'w', encoding='utf-8', newline='\r\n' if opts.get('crlf') else '\n').write(raw)
    labels.append({"id": mid, "file": fn, "split": "dev", "kind": "email", "taxonomy": e['tax'],
                   "language": e['lang'], "expected": {"intent": e['intent'], "senderEmail": addr.split('@')[0] + '@' + addr.split('@')[1].lower(),
                   "senderName": name, "customerIds": e['cust'], "orderIds": e['orders'], "urgency": e['urg']}})
    if e['note']:
        print('NOTE', mid, e['note'])
with open(os.path.join(ROOT, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for l in labels:
        f.write(json.dumps(l, ensure_ascii=False) + '\n')
print(len(labels), 'written')
