import json, importlib, glob, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import lib
for f in sorted(glob.glob(os.path.join(os.path.dirname(__file__), 'b*.py'))):
    if os.path.basename(f) == 'build.py': continue
    importlib.import_module(os.path.basename(f)[:-3])
out = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ids = set()
with open(os.path.join(out, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
    for d in sorted(lib.DOCS, key=lambda d: d['id']):
        assert d['id'] not in ids, d['id']; ids.add(d['id'])
        t = d.pop('_text').strip('\n') + '\n'
        open(os.path.join(out, d['id'] + '.txt'), 'w', encoding='utf-8').write(t)
        fh.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(ids), 'docs')
