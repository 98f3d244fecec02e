import random, json, re
from decimal import Decimal as D, ROUND_HALF_UP
R = random.Random(20261130)
IBAN_LEN = dict(DE=22,FR=27,NL=18,BE=16,AT=20,CH=21,IT=27,ES=24,PL=28,CZ=24,SK=24,HU=28,RO=24,BG=22,GR=27,TR=26,IE=22,GB=22,PT=25,SE=24,DK=18,FI=18,NO=15,LU=20,SA=24,AE=23,IL=23,UA=29,HR=21,SI=19,EE=20,EG=29,MA=28)
def digits(n): return ''.join(R.choice('0123456789') for _ in range(n))
def letters(n): return ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(n))
def iban(cc, bban=None):
    L = IBAN_LEN[cc]
    if bban is None:
        if cc in ('NL','GB','IE'): bban = letters(4)+digits(L-8)
        elif cc=='BG': bban = letters(4)+digits(L-8)
        elif cc=='RO': bban = letters(4)+digits(L-8)
        elif cc=='IT': bban = letters(1)+digits(L-5)
        else: bban = digits(L-4)
    assert len(bban)==L-4
    s = bban+cc+'00'
    n = int(''.join(str(int(c,36)) for c in s))
    return cc+'%02d'%(98-n%97)+bban
def iban_ok(i):
    cc=i[:2]
    if cc not in IBAN_LEN or len(i)!=IBAN_LEN[cc]: return False
    s=i[4:]+i[:4]; return int(''.join(str(int(c,36)) for c in s))%97==1
def grp(i, n=4): return ' '.join(i[k:k+n] for k in range(0,len(i),n))
def luhn_check(s):
    tot=0
    for k,c in enumerate(reversed(s)):
        d=int(c)
        if k%2==0:
            d*=2
            if d>9: d-=9
        tot+=d
    return str((10-tot%10)%10)
def luhn_ok(s): return luhn_check(s[:-1])==s[-1]
def mod1110(s):
    p=10
    for c in s:
        x=(int(c)+p)%10
        if x==0: x=10
        p=(x*2)%11
    return str((11-p)%10)
def retry(f):
    while True:
        try:
            v=f()
            if v: return v
        except ValueError: pass
# VAT generators
def vat_DE(): b=digits(8).replace('0','1',1) if True else ''; return 'DE'+b+mod1110(b)
def siren(): b=str(R.randint(3,9))+digits(7); return b+luhn_check(b)
def vat_FR(s=None):
    s=s or siren(); k=(12+3*(int(s)%97))%97; return 'FR%02d%s'%(k,s)
def vat_NL():
    def f():
        b=digits(8); s=sum(int(c)*w for c,w in zip(b,range(9,1,-1)))%11
        if s==10: raise ValueError
        return 'NL'+b+str(s)+'B01'
    return retry(f)
def vat_BE():
    b='0'+str(R.randint(2,9))+digits(6); return 'BE'+b+'%02d'%(97-int(b)%97)
def vat_AT():
    b=digits(7); s=0
    for k,c in enumerate(b):
        d=int(c)*(2 if k%2 else 1); s+=d//10+d%10
    return 'ATU'+b+str((10-(s+4)%10)%10)
def vat_IT():
    b=digits(7)+R.choice(['001','015','021','036','037']); s=0
    for k,c in enumerate(b):
        d=int(c)
        if k%2: d*=2; d= d-9 if d>9 else d
        s+=d
    return 'IT'+b+str((10-s%10)%10)
def cif_ES():
    b=digits(7); s=0
    for k,c in enumerate(b):
        d=int(c)
        if k%2==0: d*=2; d=d//10+d%10
        s+=d
    return 'B'+b+str((10-s%10)%10)
def nip_PL():
    def f():
        b=digits(9); s=sum(int(c)*w for c,w in zip(b,[6,5,7,2,3,4,5,6,7]))%11
        if s==10: raise ValueError
        return b+str(s)
    return retry(f)
def ico_CZ():
    b=str(R.randint(1,9))+digits(6); s=sum(int(c)*w for c,w in zip(b,[8,7,6,5,4,3,2]))
    a=11-s%11; a=0 if a==10 else (1 if a==11 else a); return b+str(a)
def sk_dic():
    b=str(R.randint(2,4))+'0'+digits(7); n=int(b)*10; c=(11-n%11)%11
    if c==10: return sk_dic()
    return b+str(c)
def hu_tax():
    b=digits(7); s=sum(int(c)*w for c,w in zip(b,[9,7,3,1,9,7,3])); return b+str((10-s%10)%10)
def ro_cui():
    b=str(R.randint(1,4))+digits(7); w=[7,5,3,2,1,7,5,3,2][-len(b):]
    s=sum(int(c)*x for c,x in zip(b,w))*10%11; return b+str(0 if s==10 else s)
def bg_vat():
    b=digits(8); s=sum(int(c)*w for c,w in zip(b,range(1,9)))%11
    if s==10:
        s=sum(int(c)*w for c,w in zip(b,range(3,11)))%11; s=0 if s==10 else s
    return b+str(s)
def el_vat():
    b='0'+digits(7) if R.random()<.5 else '9'+digits(7); s=sum(int(c)*2**(8-k) for k,c in enumerate(b))%11%10; return b+str(s)
def tr_vkn():
    b=str(R.randint(1,9))+digits(8); s=0
    for i,c in enumerate(b):
        t=(int(c)+9-i)%10; v=(t*2**(9-i))%9
        if t!=0 and v==0: v=9
        s+=v
    return b+str((10-s%10)%10)
def ie_vat():
    b=str(R.randint(1,9))+digits(6); s=sum(int(c)*w for c,w in zip(b,range(8,1,-1)))%23
    return 'IE'+b+('W' if s==0 else chr(64+s))
def gb_vat():
    b=str(R.randint(1,9))+digits(6); s=sum(int(c)*w for c,w in zip(b,range(8,1,-1)))
    c=(-s)%97; return 'GB'+b+'%02d'%c
def pt_nif():
    b=R.choice('5')+digits(7); s=sum(int(c)*w for c,w in zip(b,range(9,1,-1))); c=11-s%11; c=0 if c>=10 else c; return b+str(c)
def se_org():
    b='55'+digits(7); return b+luhn_check(b)
def dk_cvr():
    def f():
        b=str(R.randint(1,9))+digits(6)
        for c in '0123456789':
            x=b+c
            if sum(int(a)*w for a,w in zip(x,[2,7,6,5,4,3,2,1]))%11==0: return x
        raise ValueError
    return retry(f)
def fi_vat():
    def f():
        b=digits(7); s=sum(int(c)*w for c,w in zip(b,[7,9,10,5,8,4,2])); c=11-s%11
        if c==10: raise ValueError
        return b+str(0 if c==11 else c)
    return retry(f)
def no_org():
    def f():
        b=R.choice('89')+digits(7); s=sum(int(c)*w for c,w in zip(b,[3,2,7,6,5,4,3,2])); c=11-s%11
        if c==10: raise ValueError
        return b+str(0 if c==11 else c)
    return retry(f)
def che():
    def f():
        b=digits(8); s=sum(int(c)*w for c,w in zip(b,[5,4,3,2,7,6,5,4])); c=11-s%11
        if c==10: raise ValueError
        return b+str(0 if c==11 else c)
    return retry(f)
def abn():
    while True:
        b=str(R.randint(1,9))+digits(10); d=[int(c) for c in b]; d[0]-=1
        if sum(x*w for x,w in zip(d,[10,1,3,5,7,9,11,13,15,17,19]))%89==0: return b
def gstin(state):
    pan=letters(3)+R.choice('C')+letters(1)+digits(4)+letters(1)
    b=state+pan+'1Z'; ch='0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'; s=0
    for i,c in enumerate(b):
        p=ch.index(c)*(1 if i%2==0 else 2); s+=p//36+p%36
    return b+ch[(36-s%36)%36]
def za_vat(): b='4'+digits(8); return b+luhn_check(b)
def ca_bn(): b=str(R.randint(1,9))+digits(7); return b+luhn_check(b)
def rfc_mx(name3):
    base=name3+digits(6)+R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')+R.choice('123456789')
    m={}
    for i,c in enumerate('0123456789'): m[c]=i
    for i,c in enumerate('ABCDEFGHIJKLMN'): m[c]=10+i
    m['&']=24
    for i,c in enumerate('OPQRSTUVWXYZ'): m[c]=25+i
    m[' ']=37
    s=' '+base; tot=sum(m[c]*(13-i) for i,c in enumerate(s)); r=tot%11
    c='0' if r==0 else ('A' if 11-r==10 else str(11-r)); return base+c
def cnpj():
    b=digits(8)+'0001'
    def dv(x,w): s=sum(int(a)*b_ for a,b_ in zip(x,w))%11; return '0' if s<2 else str(11-s)
    d1=dv(b,[5,4,3,2,9,8,7,6,5,4,3,2]); d2=dv(b+d1,[6,5,4,3,2,9,8,7,6,5,4,3,2]); return b+d1+d2
def cuit():
    def f():
        b='30'+digits(8); s=sum(int(c)*w for c,w in zip(b,[5,4,3,2,7,6,5,4,3,2])); c=11-s%11
        if c==10: raise ValueError
        return b+str(0 if c==11 else c)
    return retry(f)
def rut_cl():
    b=str(R.randint(76,77))+digits(6); s=0; m=2
    for c in reversed(b):
        s+=int(c)*m; m=2 if m==7 else m+1
    r=11-s%11; c='0' if r==11 else ('K' if r==10 else str(r)); return b,c
def nit_co():
    b='9'+digits(8); w=[41,37,29,23,19,17,13,7,3][-len(b):]; s=sum(int(c)*x for c,x in zip(b,w))%11
    return b, str(s if s in (0,1) else 11-s)
def uscc():
    ch='0123456789ABCDEFGHJKLMNPQRTUWXY'
    b='91'+'3'+digits(5)+''.join(R.choice(ch) for _ in range(9))
    w=[1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
    s=sum(ch.index(c)*x for c,x in zip(b,w)); c=31-s%31; c=0 if c==31 else c; return b+ch[c]
def jp_corp():
    b=digits(12); s=0
    for n,c in enumerate(reversed(b),1): s+=int(c)*(1 if n%2 else 2)
    return 'T'+str(9-s%9)+b
def kr_brn():
    b=digits(9); w=[1,3,7,1,3,7,1,3,5]; s=sum(int(c)*x for c,x in zip(b,w))+(int(b[8])*5)//10
    return b+str((10-s%10)%10)
def th_tin():
    b='0'+digits(11); s=sum(int(c)*w for c,w in zip(b,range(13,1,-1))); return b+str((11-s%11)%10)
def vn_mst():
    def f():
        b='0'+digits(8); s=sum(int(c)*w for c,w in zip(b,[31,29,23,19,17,13,7,5,3])); c=10-s%11
        if c<0 or c>9: raise ValueError
        return b+str(c)
    return retry(f)
def npwp():
    b=digits(8); return b+luhn_check(b)+digits(3)+'000'
def il_id():
    b=str(R.randint(51,52))+digits(6); s=0
    for i,c in enumerate(b):
        d=int(c)*(1 if i%2==0 else 2); s+=d//10+d%10
    return b+str((10-s%10)%10)
def ru_inn():
    b=str(R.randint(1,9))+digits(8); s=sum(int(c)*w for c,w in zip(b,[2,4,10,3,5,9,4,6,8]))%11%10; return b+str(s)
def nz_gst():
    def f():
        b=str(R.randint(1,9))+digits(7); s=sum(int(c)*w for c,w in zip(b,[3,2,7,6,5,4,3,2]))%11
        c=0 if s==0 else 11-s
        if c==10: raise ValueError
        return b+str(c)
    return retry(f)
def si_vat():
    def f():
        b=str(R.randint(1,9))+digits(6); s=sum(int(c)*w for c,w in zip(b,range(8,1,-1))); c=11-s%11
        if c==11: raise ValueError
        return b+str(0 if c==10 else c)
    return retry(f)
def hr_oib(): b=digits(10); return b+mod1110(b)
def ee_vat():
    b='10'+digits(6); s=sum(int(c)*w for c,w in zip(b,[3,7,1,3,7,1,3,7])); return b+str((10-s%10)%10)
def lu_vat(): b=digits(6); return b+'%02d'%(int(b)%89)

Q=D('0.01')
def r2(x): return D(x).quantize(Q, ROUND_HALF_UP)
def s2(x): return str(r2(x))
def nf(x, st='en', cur_dec=2):
    x=r2(x); neg=x<0; x=abs(x)
    ip,dp=f'{x:.2f}'.split('.')
    if st=='in':
        if len(ip)>3:
            head,tail=ip[:-3],ip[-3:]; parts=[]
            while len(head)>2: parts.insert(0,head[-2:]); head=head[:-2]
            if head: parts.insert(0,head)
            ip=','.join(parts+[tail])
        out=ip+'.'+dp
    else:
        g=[]; 
        while len(ip)>3: g.insert(0,ip[-3:]); ip=ip[:-3]
        g.insert(0,ip)
        sep,dec={'en':(',','.'),'de':('.',','),'fr':(' ',','),'ch':("'",'.'),'sv':(' ',','),'plain':('','.'),'comma':('',',')}[st]
        out=sep.join(g)+(dec+dp if cur_dec else '')
    return ('-' if neg else '')+out
def calc(items, rnd_line=True):
    """items: list of (desc, qty, unit, rate%)"""
    lines=[]; net=D(0); bytax={}
    for it in items:
        desc,qty,unit,rate=it[:4]
        amt=r2(D(str(qty))*D(str(unit)))
        lines.append(dict(desc=desc,qty=D(str(qty)),unit=D(str(unit)),rate=D(str(rate)),amt=amt))
        net+=amt; bytax[D(str(rate))]=bytax.get(D(str(rate)),D(0))+amt
    taxes={r:r2(b*r/100) for r,b in bytax.items()}
    tax=sum(taxes.values(),D(0))
    return dict(lines=lines,net=r2(net),tax=r2(tax),total=r2(net+tax),bases=bytax,taxes=taxes)
def pad(l, w): return l+' '*max(1,w-len(l))
def cols(*pairs, gap=4):
    """pairs of (text,width) -> line"""
    out=''
    for t,w in pairs:
        if w>0: out+=t.ljust(w) if len(t)<w else t+' '
        else: out+=t.rjust(-w) if len(t)< -w else '  '+t
    return out.rstrip()
def two(left, right, w=58):
    L=max(len(left),len(right)); out=[]
    for i in range(L):
        a=left[i] if i<len(left) else ''; b=right[i] if i<len(right) else ''
        out.append(((a.ljust(w) if len(a)<w-1 else a+'   ')+b).rstrip() if b else a)
    return out
DOCS=[]
def add(id, lang, cc, dtype, layout, text, **exp):
    keys=['invoiceNumber','issueDate','dueDate','currency','netAmount','taxAmount','totalAmount','vendorName','iban','vatId','orderNumber']
    e={k:exp.get(k) for k in keys}
    for k in ('netAmount','taxAmount','totalAmount'):
        if e[k] is not None:
            v=r2(e[k])
            if dtype=='credit_note': v=-abs(v)
            e[k]=str(v)
    extra=set(exp)-set(keys)
    assert not extra, extra
    DOCS.append(dict(id=id,lang=lang,cc=cc,dtype=dtype,layout=layout,text=text,exp=e))
