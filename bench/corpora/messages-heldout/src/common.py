MSGS = []
def M(tax, lang, intent, name, email, subj, body, cust=(), orders=(), urg="normal", **kw):
    d = dict(tax=tax, lang=lang, intent=intent, name=name, email=email, subj=subj,
             body=body.strip("\n") + "\n", cust=list(cust), orders=list(orders), urg=urg)
    d.update(kw)
    MSGS.append(d)
def D(*a, **k): M("default", *a, **k)
def S(*a, **k): M("shopco", *a, **k)
