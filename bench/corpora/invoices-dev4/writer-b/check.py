#!/usr/bin/env python3
"""Sanity checks for the invoices-dev4b corpus."""
import json, os, re, sys, glob
from decimal import Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["invoiceNumber","issueDate","dueDate","currency","netAmount","taxAmount","totalAmount","vendorName","iban","vatId","orderNumber"]
IBAN_LEN = {"AE":23,"SA":24,"IL":23,"TR":26,"QA":29,"BH":22,"KW":30,"OM":23,"EG":29,"JO":30,"DE":22,"NL":18,"IE":22,"FR":27,"GB":22,"ES":24,"PK":24,"BR":29,"LB":28}
errors, warns = [], []
def err(i, m): errors.append(f"{i}: {m}")
def compact(s): return re.sub(r"[\s.\-/]", "", s).upper()
ids = []
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try: r = json.loads(line)
        except Exception as e: err(f"line{n}", f"bad JSON {e}"); continue
        i = r.get("id"); ids.append(i)
        for k in ["id","split","language","country","documentType","layout","expected"]:
            if k not in r: err(i, f"missing {k}")
        if r.get("split") != "dev": err(i, "split != dev")
        if r.get("documentType") not in ("invoice","credit_note","receipt"): err(i, "bad documentType")
        if not re.fullmatch(r"[a-z]{2}", r.get("language","")): err(i, "bad language")
        if not re.fullmatch(r"[A-Z]{2}", r.get("country","")): err(i, "bad country")
        e = r["expected"]
        if sorted(e) != sorted(KEYS): err(i, f"expected keys {sorted(e)}")
        p = os.path.join(HERE, f"{i}.txt")
        if not os.path.exists(p): err(i, "no .txt"); continue
        text = open(p, encoding="utf-8").read()
        for k in ("issueDate","dueDate"):
            v = e.get(k)
            if v is not None and not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", v): err(i, f"{k} format {v}")
        if e.get("issueDate") is None: warns.append(f"{i}: no issueDate")
        amts = {}
        for k in ("netAmount","taxAmount","totalAmount"):
            v = e.get(k)
            if v is None: continue
            if not re.fullmatch(r"-?\d+\.\d{2}", v): err(i, f"{k} format {v}")
            else: amts[k] = Decimal(v)
        if len(amts) == 3 and amts["netAmount"] + amts["taxAmount"] != amts["totalAmount"]:
            err(i, f"net+tax!=total {amts}")
        if r.get("documentType") == "credit_note" and "totalAmount" in amts and amts["totalAmount"] >= 0:
            err(i, "credit note total not negative")
        if e.get("currency") is not None and not re.fullmatch(r"[A-Z]{3}", e["currency"]): err(i, "currency format")
        ib = e.get("iban")
        if ib is not None:
            if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", ib): err(i, "iban format")
            elif IBAN_LEN.get(ib[:2]) != len(ib): err(i, f"iban length {len(ib)} for {ib[:2]}")
            elif int("".join(str(int(c, 36)) for c in ib[4:] + ib[:4])) % 97 != 1: err(i, "iban mod97")
            if ib not in compact(text): err(i, "iban not in text")
        for k in ("invoiceNumber","orderNumber"):
            v = e.get(k)
            if v is not None and v not in text: err(i, f"{k} {v!r} not verbatim in text")
        vn = e.get("vendorName")
        if vn is None: err(i, "vendorName null")
        elif vn not in text:
            toks = vn.split()
            flat = re.sub(r"\s+", " ", text)
            if " ".join(toks) not in flat: err(i, f"vendorName {vn!r} not in text")
        vat = e.get("vatId")
        if vat is not None:
            if vat != compact(vat): err(i, "vatId not compact")
            if vat not in compact(text): err(i, f"vatId {vat} not in compacted text")
txts = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(HERE, "d4-*.txt"))}
for t in sorted(txts - set(ids)): err(t, ".txt without label")
if len(ids) != len(set(ids)): err("-", "duplicate ids")
print(f"documents: {len(ids)}")
for w in warns: print("WARN", w)
for x in errors: print("ERROR", x)
print("RESULT:", "OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
