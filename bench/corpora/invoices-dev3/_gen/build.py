import sys, json, os
sys.path.insert(0, os.path.dirname(__file__))
import docs18, h
out=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs=sorted(h.DOCS,key=lambda d:d['id'])
with open(os.path.join(out,'labels.jsonl'),'w',encoding='utf-8') as f:
    for d in docs:
        with open(os.path.join(out,d['id']+'.txt'),'w',encoding='utf-8') as g: g.write(d['text'])
        f.write(json.dumps(dict(id=d['id'],split='dev',language=d['lang'],country=d['cc'],documentType=d['dtype'],layout=d['layout'],expected=d['exp']),ensure_ascii=False)+'\n')
print(len(docs))
