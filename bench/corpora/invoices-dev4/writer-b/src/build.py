import json, glob, importlib, sys, os
sys.path.insert(0, os.path.dirname(__file__))
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["invoiceNumber","issueDate","dueDate","currency","netAmount","taxAmount","totalAmount","vendorName","iban","vatId","orderNumber"]
docs = []
for f in sorted(glob.glob(os.path.join(os.path.dirname(__file__), "b[0-9]*.py"))):
    m = importlib.import_module(os.path.basename(f)[:-3]); docs += m.DOCS
docs.sort(key=lambda d: d["id"])
with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as L:
    for d in docs:
        txt = d["text"].strip("\n") + "\n"
        open(os.path.join(OUT, d["id"] + ".txt"), "w", encoding="utf-8").write(txt)
        exp = {k: d["exp"].get(k) for k in KEYS}
        L.write(json.dumps({"id": d["id"], "split": "dev", "language": d["lang"], "country": d["cc"],
            "documentType": d["type"], "layout": d["layout"], "expected": exp}, ensure_ascii=False) + "\n")
print(len(docs), "docs")
