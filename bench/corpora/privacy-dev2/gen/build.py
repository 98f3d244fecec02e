import json, os, glob, importlib, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = []
for f in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'p[0-9]*.py'))):
    docs += importlib.import_module(os.path.basename(f)[:-3]).DOCS
docs.sort(key=lambda d: d['id'])
assert len({d['id'] for d in docs}) == len(docs)
os.makedirs(os.path.join(OUT, 'docs'), exist_ok=True)
for p in glob.glob(os.path.join(OUT, 'docs', 'px-*.txt')): os.remove(p)
with open(os.path.join(OUT, 'labels.jsonl'), 'w') as lf:
    for d in docs:
        t = d['text'][1:] if d['text'].startswith('\n') else d['text']
        open(os.path.join(OUT, 'docs', d['id'] + '.txt'), 'w', encoding='utf-8').write(t)
        def dedup(lst):
            seen, out = set(), []
            for ty, tx in lst:
                if (ty, tx) not in seen: seen.add((ty, tx)); out.append({'type': ty, 'text': tx})
            return out
        lf.write(json.dumps({'id': d['id'], 'split': 'dev', 'language': d['language'], 'genre': d['genre'],
                             'pii': dedup(d['pii']), 'keep': dedup(d['keep'])}, ensure_ascii=False) + '\n')
print(len(docs), 'docs written')
