#!/usr/bin/env python3
"""Sanity checks for the messages-dev3 corpus (labels.jsonl + emails/)."""
import json, os, sys, re, html
from collections import Counter
from email import policy
from email.parser import BytesParser, Parser
from email.header import decode_header, make_header
from email.utils import parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
TAX = {
    "default": {"invoice_question", "payment_reminder", "order_request", "complaint", "address_change",
                "cancellation", "refund", "delivery_status", "other"},
    "shopco": {"cancellation", "refund", "delivery_status", "return_request", "product_question",
               "account_access", "complaint", "other"},
}
LANGS = {"en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "tr"}
errors, warnings = [], []
def err(i, msg): errors.append("%s: %s" % (i, msg))

def norm_addr(a):
    if "@" not in a: return a
    local, dom = a.rsplit("@", 1)
    dom = dom.lower()
    if "xn--" in dom:
        dom = dom.encode("ascii").decode("idna")
    return local + "@" + dom

def text_of(msg):
    parts = []
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            c = p.get_content()
            if p.get_content_subtype() == "html":
                c = html.unescape(re.sub(r"<[^>]+>", " ", c))
            parts.append(c)
    return "\n".join(parts)

lines = open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8").read().splitlines()
ids, files = set(), set()
cnt_tax, cnt_int, cnt_lang, cnt_fmt, cnt_urg = Counter(), Counter(), Counter(), Counter(), Counter()
for n, line in enumerate(lines, 1):
    try:
        L = json.loads(line)
    except Exception as e:
        err("line %d" % n, "JSON parse error %s" % e); continue
    i = L.get("id")
    for k in ("id", "file", "split", "kind", "taxonomy", "language", "expected"):
        if k not in L: err(i, "missing key " + k)
    if i in ids: err(i, "duplicate id")
    ids.add(i)
    if not re.fullmatch(r"m3-\d{3}", i or ""): err(i, "bad id")
    if L.get("split") != "dev": err(i, "split is not dev")
    if L.get("kind") != "email": err(i, "kind is not email")
    if L.get("language") not in LANGS: err(i, "unexpected language %r" % L.get("language"))
    E = L["expected"]
    for k in ("intent", "senderEmail", "senderName", "customerIds", "orderIds", "urgency"):
        if k not in E: err(i, "expected missing " + k)
    if L["taxonomy"] not in TAX: err(i, "unknown taxonomy"); continue
    if E["intent"] not in TAX[L["taxonomy"]]: err(i, "intent %r not in taxonomy %s" % (E["intent"], L["taxonomy"]))
    if E["urgency"] not in ("low", "normal", "high"): err(i, "bad urgency")
    if not isinstance(E["customerIds"], list) or not isinstance(E["orderIds"], list): err(i, "ids must be lists")
    path = os.path.join(HERE, L["file"])
    if not os.path.isfile(path): err(i, "file missing " + L["file"]); continue
    if L["file"] in files: err(i, "file used twice")
    files.add(L["file"])
    if not L["file"].endswith((".txt", ".eml")): err(i, "bad extension")
    raw = open(path, "rb").read()
    try:
        if L["file"].endswith(".txt"):   # plain-text "show original": UTF-8 text, parse as str
            msg = Parser(policy=policy.default).parsestr(raw.decode("utf-8"))
        else:                            # raw RFC 5322 / MIME bytes
            msg = BytesParser(policy=policy.default).parsebytes(raw)
        frm = msg["From"]
        addrs = frm.addresses
    except Exception as e:
        err(i, "parse error: %r" % e); continue
    if len(addrs) != 1: err(i, "From has %d addresses" % len(addrs)); continue
    a = addrs[0]
    # Display name: decoded with the RFC 2047 decoder (email.header), which ignores the
    # whitespace between adjacent encoded-words as RFC 2047 6.2 requires. (The newer
    # policy.default header parser keeps a space when an encoded-word splits a word.)
    if L["file"].endswith(".eml"):
        rawfrom = BytesParser(policy=policy.compat32).parsebytes(raw)["From"]
    else:
        rawfrom = Parser(policy=policy.compat32).parsestr(raw.decode("utf-8"))["From"]
    pn, pa = parseaddr(str(rawfrom))
    name = str(make_header(decode_header(pn))) if pn else None
    if a.display_name and a.display_name != name:
        warnings.append("%s: policy.default display name %r differs from RFC 2047 decoding %r" % (i, a.display_name, name))
    if name != E["senderName"]: err(i, "senderName %r != From display name %r" % (E["senderName"], name))
    if norm_addr(a.addr_spec) != E["senderEmail"]: err(i, "senderEmail %r != From address %r" % (E["senderEmail"], norm_addr(a.addr_spec)))
    if E["senderEmail"].split("@")[-1] != E["senderEmail"].split("@")[-1].lower(): err(i, "domain not lower-cased")
    for h in ("To", "Subject", "Date"):
        if h not in msg: err(i, "missing header " + h)
    if L["file"].endswith(".eml"):
        if msg.get("MIME-Version") is None: err(i, "eml without MIME-Version")
        try: raw.decode("ascii")
        except UnicodeDecodeError:
            if "8bit" not in raw.decode("latin-1"): err(i, "non-ASCII eml without 8bit CTE")
    try:
        body = text_of(msg)
    except Exception as e:
        err(i, "body decode error %r" % e); continue
    if len(body.strip()) < 10: err(i, "empty body")
    full = str(msg.get("Subject", "")) + "\n" + body
    for x in E["customerIds"] + E["orderIds"]:
        if x not in full: err(i, "id %r not found in decoded subject/body" % x)
    cnt_tax[L["taxonomy"]] += 1; cnt_int[(L["taxonomy"], E["intent"])] += 1; cnt_lang[L["language"]] += 1
    cnt_fmt[L["file"].rsplit(".", 1)[1]] += 1; cnt_urg[E["urgency"]] += 1

print("label lines:", len(lines), "| unique ids:", len(ids))
print("files on disk:", len(os.listdir(os.path.join(HERE, "emails"))), "| referenced:", len(files))
print("formats:", dict(cnt_fmt))
print("taxonomy:", dict(cnt_tax))
for t in TAX:
    print("  %s:" % t, {k[1]: v for k, v in sorted(cnt_int.items()) if k[0] == t})
print("languages:", dict(cnt_lang.most_common()))
print("non-English share: %.1f%%" % (100.0 * (sum(cnt_lang.values()) - cnt_lang["en"]) / max(1, sum(cnt_lang.values()))))
print("urgency:", dict(cnt_urg))
extra = set(os.listdir(os.path.join(HERE, "emails"))) - {os.path.basename(f) for f in files}
if extra: err("-", "unreferenced files: %s" % sorted(extra))
print("NOTES: %d" % len(warnings))
for w in warnings: print("  " + w)
print("ERRORS: %d" % len(errors))
for e in errors: print("  " + e)
print("RESULT:", "OK" if not errors else "FAIL")
sys.exit(1 if errors else 0)
