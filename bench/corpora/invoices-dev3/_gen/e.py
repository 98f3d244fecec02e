from h import *
import datetime as dt
def dfmt(d, f):
    y,m,dd=d.split('-'); Y,M,Dd=int(y),int(m),int(dd)
    return f.format(y=y,m=m,d=dd,Y=Y,M=M,D=Dd)
def money(x, L):
    s=nf(x, L.get('nf','en'))
    sym=L.get('sym','')
    if not sym: return s
    return (sym+s) if L.get('pre') else (s+' '+sym)
def generic(L, S, B, items, meta, opts={}):
    """L: labels/locale. S: seller dict(name, lines, vat_line, brand). B buyer dict(name, lines). meta: num,date,due,order,cur,extra(list of (lbl,val))"""
    c=calc(items)
    sg=-1 if opts.get('neg') else 1
    W=opts.get('W',96)
    out=[]
    if S.get('brand'): out+= [' '*opts.get('brand_indent',0)+S['brand'], '']
    if opts.get('seller_pos','top')=='top':
        out.append(S['name'])
        out+=S['lines']
        out.append('')
    title=L['title']
    out.append(' '*opts.get('title_indent',40)+title)
    out.append('')
    hdr=[]
    hdr.append(f"{L['num']} {meta['num']}")
    hdr.append(f"{L['date']} {dfmt(meta['date'],L['df'])}")
    if meta.get('due') and L.get('due'): hdr.append(f"{L['due']} {dfmt(meta['due'],L['df'])}")
    for a,b in meta.get('extra',[]): hdr.append(f"{a} {b}")
    if meta.get('order'): hdr.append(f"{L['order']} {meta['order']}")
    if opts.get('seller_pos')=='block':
        left=[L['seller']]+[S['name']]+S['lines']
        right=[L['buyer']]+[B['name']]+B['lines']
        out+=two(left,right,50); out.append(''); out+=hdr
    else:
        left=([L['buyer']] if L.get('buyer') else [])+[B['name']]+B['lines']
        out+=two(left,hdr,54)
    out.append('')
    for n in meta.get('pre_notes',[]): out.append(n)
    if meta.get('pre_notes'): out.append('')
    hd=cols((L['pos'],6),(L['desc'],50),(L['qty'],-7),(L['unit'],-14),(L['vatc'],-8),(L['amt'],-16))
    out.append(hd); out.append('-'*len(hd))
    page_break=opts.get('page_break')
    for i,l in enumerate(c['lines'],1):
        q=l['qty']; qs=str(int(q)) if q==int(q) else nf(q,L.get('nf','en')).rstrip('0')
        out.append(cols((str(i),6),(l['desc'][:49],50),(qs,-7),(nf(l['unit'],L.get('nf','en')),-14),(nf(l['rate'],L.get('nf','en')).replace(',00','').replace('.00','')+'%',-8),(nf(sg*l['amt'],L.get('nf','en')),-16)))
        if page_break and i==page_break:
            out.append(''); out.append(' '*60+L.get('carry','Carried forward')+'  '+nf(sum(x['amt'] for x in c['lines'][:i]),L.get('nf','en')))
            out.append(''); out.append(' '*40+L['page'].format(1,2)); out.append('\f'+S['name']+'   '+L['num']+' '+meta['num'])
            out.append(''); out.append(hd); out.append('-'*len(hd))
    out.append('')
    cur=meta['cur']
    RW=58
    out.append(' '*RW+cols((L['net'],22),(money(sg*c['net'],L)+' '+('' if L.get('sym') else cur),-18)).rstrip())
    for r in sorted(c['taxes']):
        out.append(' '*RW+cols((L['tax'].format(nf(r,L.get('nf','en')).replace(',00','').replace('.00','')),22),(money(sg*c['taxes'][r],L)+' '+('' if L.get('sym') else cur),-18)).rstrip())
    out.append(' '*RW+cols((L['total'],22),(money(sg*c['total'],L)+' '+('' if L.get('sym') else cur),-18)).rstrip())
    out.append('')
    for n in meta.get('notes',[]): out.append(n)
    out.append('')
    if opts.get('seller_pos')=='footer' or opts.get('footer'):
        out.append('_'*W)
        for f in S.get('footer',[]): out.append(f)
    if page_break: out.append(' '*40+L['page'].format(2,2))
    txt='\n'.join(out)+'\n'
    if opts.get('nodec'):
        import re as _re
        txt=_re.sub(r'(\d),00(?!\d)', r'\1', txt)
    return txt, c
