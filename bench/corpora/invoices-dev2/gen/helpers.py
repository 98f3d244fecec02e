import json, os
def _num(s):
    return int(''.join(str(int(c,36)) if c.isalpha() else c for c in s))
def iban(cc, bban):
    bban = bban.upper()
    chk = 98 - _num(bban + cc + '00') % 97
    return f"{cc}{chk:02d}{bban}"
def spaced(ib):
    return ' '.join(ib[i:i+4] for i in range(0, len(ib), 4))
def valid_iban(ib):
    return _num(ib[4:] + ib[:4]) % 97 == 1
KEYS = ['invoiceNumber','issueDate','dueDate','currency','netAmount','taxAmount','totalAmount','vendorName','iban','vatId','orderNumber']
def D(id, lang, cc, typ, layout, text, *vals):
    assert len(vals) == len(KEYS), (id, len(vals))
    return dict(id=id, language=lang, country=cc, documentType=typ, layout=layout, text=text, expected=dict(zip(KEYS, vals)))
