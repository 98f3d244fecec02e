import json, os, glob, importlib, sys
sys.path.insert(0, os.path.dirname(__file__))
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = []
for f in sorted(glob.glob(os.path.join(os.path.dirname(__file__), 'b*.py'))):
    if f.endswith('build.py'): continue
    m = importlib.import_module(os.path.basename(f)[:-3])
    docs += m.DOCS
docs.sort(key=lambda d: d['id'])
ids = [d['id'] for d in docs]
assert len(ids) == len(set(ids)), 'dup ids'
for p in glob.glob(os.path.join(OUT, 'dx-*.txt')): os.remove(p)
with open(os.path.join(OUT, 'labels.jsonl'), 'w') as lf:
    for d in docs:
        t = d['text']
        if t.startswith('\n'): t = t[1:]
        with open(os.path.join(OUT, d['id'] + '.txt'), 'w', encoding='utf-8') as f: f.write(t)
        lab = {k: d[k] for k in ['id']}
        lab['split'] = 'dev'
        for k in ['language', 'country', 'documentType', 'layout', 'expected']: lab[k] = d[k]
        lf.write(json.dumps(lab, ensure_ascii=False) + '\n')
print(len(docs), 'docs written')
