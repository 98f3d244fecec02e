import sys, os, json, random, re, html, base64, quopri, datetime
from html.entities import codepoint2name
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, make_msgid
from email.generator import Generator
import io
sys.path.insert(0, os.path.dirname(__file__))
import common, part_a, part_b, part_c, part_d, part_e
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
MSGS = common.MSGS
FORCE_TXT = {"sandra.kowalewski@webpost-mail.de", "pieter.devries@mijnpost.nl", "seun.bakare@bakarelogistics.ng",
             "fernanda@metalurgicacaxias.com.br", "camille.rousseau@lavoiepostale.fr", "tiago.ferreira@correiopt.pt"}
TZ = {"de": 1, "fr": 1, "nl": 1, "es": 1, "it": 1, "pl": 1, "sv": 1, "da": 1, "no": 1, "cs": 1, "fi": 2, "tr": 3, "pt": 0}
rnd = random.Random(20261130)
order = list(range(len(MSGS))); rnd.shuffle(order)

def enc_word(s, cs, mode):
    """RFC 2047 encode s, splitting into several encoded words."""
    words, chunk = [], ""
    def elen(x):
        bb = x.encode(cs)
        return len(base64.b64encode(bb)) if mode == "b" else sum(1 if (c < 128 and chr(c).isalnum()) or c == 32 else 3 for c in bb)
    for ch in s:
        if elen(chunk + ch) > 54:
            words.append(chunk); chunk = ""
        chunk += ch
    if chunk: words.append(chunk)
    out = []
    for w in words:
        b = w.encode(cs)
        if mode == "b":
            out.append("=?%s?B?%s?=" % (cs.upper(), base64.b64encode(b).decode()))
        else:
            t = "".join(chr(c) if (chr(c).isalnum() and c < 128) else ("_" if c == 32 else "=%02X" % c) for c in b)
            out.append("=?%s?Q?%s?=" % (cs.upper() if rnd.random() < .5 else cs, t))
    return " ".join(out)

SPECIALS = set(',.;:@()<>[]"\\')
def phrase(name):
    if any(c in SPECIALS for c in name):
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return name

def pick_cs(s, cs):
    try: s.encode(cs); return cs
    except UnicodeEncodeError: return "utf-8"

def to_addr(m):
    if m["tax"] == "shopco":
        return "Kundenservice Lumora <kundenservice@lumora-shop.com>" if m["lang"] == "de" else "Lumora Support <support@lumora-shop.com>"
    i = m["intent"]
    if i in ("invoice_question", "payment_reminder", "refund"): return "Velder Components Accounts <accounts@velder-components.eu>"
    if i in ("order_request", "cancellation"): return "orders@velder-components.eu"
    return "Velder Components <info@velder-components.eu>"

def mkdate(m):
    tzh = TZ.get(m["lang"], 0)
    if m["lang"] == "en":
        tzh = {".in": 5.5, ".au": 11, ".ng": 1, ".com": -5, ".us": -5, ".ie": 0, ".uk": 0, ".io": -8}.get("." + m["email"].rsplit(".", 1)[-1], 0)
        if m["email"].endswith(".co.uk"): tzh = 0
    if m["email"].endswith(".mx"): tzh = -6
    if m["email"].endswith(".cl"): tzh = -3
    if m["email"].endswith(".com.br"): tzh = -3
    tz = datetime.timezone(datetime.timedelta(hours=tzh))
    if "date" in m:
        d = datetime.datetime.strptime(m["date"], "%Y-%m-%d %H:%M").replace(tzinfo=tz)
    else:
        d = datetime.datetime(2026, 11, rnd.randint(23, 29), rnd.randint(7, 18), rnd.randint(0, 59), rnd.randint(0, 59), tzinfo=tz)
    return format_datetime(d)

def to_html(body, entities, cs):
    paras, out = body.strip("\n").split("\n\n"), []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:8px">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(html.escape(l) for l in lines))
    h = "\n".join(out)
    if entities:
        h = "".join(("&%s;" % codepoint2name[ord(c)]) if ord(c) > 127 and ord(c) in codepoint2name else c for c in h)
        h = h.replace("  ", "&nbsp; ")
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n<div>\n%s\n</div>\n</body></html>\n') % (cs, h)

def part(sub, text, cs, cte):
    p = MIMENonMultipart("text", sub, charset=cs)
    b = text.encode(cs)
    if cte == "qp": payload = quopri.encodestring(b).decode("ascii")
    elif cte == "b64": payload = base64.encodebytes(b).decode("ascii")
    elif cte == "7bit":
        assert text.isascii(), text[:60]; payload = text
    else: payload = text
    del p["MIME-Version"]
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = {"qp": "quoted-printable", "b64": "base64", "7bit": "7bit", "8bit": "8bit"}[cte]
    return p

labels = []
for n, idx in enumerate(order, 1):
    m = MSGS[idx]
    mid = "m3-%03d" % n
    fmt = m.get("fmt", "txt")
    if m["email"] in FORCE_TXT: fmt = "txt"
    date = mkdate(m)
    if fmt == "txt":
        if m.get("frm"): frm = m["frm"]
        elif m["name"] is None: frm = m["email"]
        elif m.get("txt_enc"): frm = "%s <%s>" % (enc_word(m["name"], "utf-8", m["txt_enc"]), m["email"])
        else: frm = "%s <%s>" % (phrase(m["name"]), m["email"])
        text = "From: %s\nTo: %s\nSubject: %s\nDate: %s\n\n%s" % (frm, to_addr(m), m["subj"], date, m["body"])
        path = "emails/%s.txt" % mid
        open(os.path.join(OUT, path), "w", encoding="utf-8").write(text)
    else:
        cs = m.get("cs", "utf-8"); cte = m.get("cte", "qp")
        if cte == "7bit" and not m["body"].isascii(): cte = "qp"
        if m.get("htmlonly"):
            msg = part("html", to_html(m["body"], True, cs), cs, cte)
        else:
            tp = part("plain", m["body"], cs, cte)
            if m.get("alt"):
                msg = MIMEMultipart("alternative")
                msg.attach(tp)
                msg.attach(part("html", to_html(m["body"], False, cs), cs, cte))
            else:
                msg = tp
        # headers (inserted at the top in order)
        hdrs = []
        if m["name"] is None: frm = m["email"]
        else:
            ne = m.get("name_enc") or ("q" if not m["name"].isascii() else None)
            if ne: frm = "%s <%s>" % (enc_word(m["name"], pick_cs(m["name"], cs), ne), m["email"])
            else: frm = "%s <%s>" % (phrase(m["name"]), m["email"])
        se = m.get("subj_enc") or ("q" if not m["subj"].isascii() else None)
        subj = enc_word(m["subj"], pick_cs(m["subj"], cs), se) if se else m["subj"]
        hdrs = [("From", frm), ("To", to_addr(m)), ("Subject", subj), ("Date", date),
                ("Message-ID", make_msgid(idstring=mid.replace("-", ""), domain=m["email"].split("@")[1]))]
        if m.get("reply_to"): hdrs.insert(1, ("Reply-To", m["reply_to"]))
        hdrs.append(("MIME-Version", "1.0"))
        if not m.get("htmlonly") and not m.get("alt") and False: pass
        existing = [(k, v) for k, v in msg.items()]
        for k in list(msg.keys()): del msg[k]
        for k, v in hdrs + [(k, v) for k, v in existing if k != "MIME-Version"]:
            msg[k] = v
        if "X-Mailer" not in msg and rnd.random() < .5:
            msg["X-Mailer"] = rnd.choice(["Microsoft Outlook 16.0", "Apple Mail (2.3774)", "Thunderbird 128.4.0", "Roundcube Webmail/1.6.9"])
        buf = io.StringIO()
        Generator(buf, mangle_from_=False, maxheaderlen=0).flatten(msg)
        s = buf.getvalue()
        data = s.encode(cs if cte == "8bit" else "ascii")
        path = "emails/%s.eml" % mid
        open(os.path.join(OUT, path), "wb").write(data.replace(b"\n", b"\r\n"))
    labels.append({"id": mid, "file": path, "split": "dev", "kind": "email", "taxonomy": m["tax"], "language": m["lang"],
                   "expected": {"intent": m["intent"], "senderEmail": m["email"], "senderName": m["name"],
                                "customerIds": m["cust"], "orderIds": m["orders"], "urgency": m["urg"]}})
with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
    for l in labels: f.write(json.dumps(l, ensure_ascii=False) + "\n")
print(len(labels), "messages;", sum(l["file"].endswith(".eml") for l in labels), "eml")
