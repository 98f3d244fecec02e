import random, string
def iban(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c,36)) for c in s))
    return f"{cc}{98 - n % 97:02d}{bban}"
def iban_ok(ib):
    s = ib[4:]+ib[:4]; return int("".join(str(int(c,36)) for c in s))%97==1
def abn(body9):
    for p in range(10,100):
        d=[int(c) for c in f"{p}{body9}"]; d[0]-=1
        if sum(a*b for a,b in zip(d,[10,1,3,5,7,9,11,13,15,17,19]))%89==0: return f"{p}{body9}"
def gstin(state, pan, ent="1"):
    base=f"{state}{pan}{ent}Z"; cs="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"; s=0
    for i,c in enumerate(base):
        p=cs.index(c)*(1 if i%2==0 else 2); s+=p//36+p%36
    return base+cs[(36-s%36)%36]
def vkn(body9):
    d=[int(c) for c in body9]; s=0
    for i in range(1,10):
        t=(d[i-1]+10-i)%10
        s+= 9 if t==9 else (t*2**(10-i))%9
    return body9+str((10-s%10)%10)
def luhn_ok(num):
    s=0
    for i,c in enumerate(reversed(num)):
        d=int(c)
        if i%2==1:
            d*=2; d= d-9 if d>9 else d
        s+=d
    return s%10==0
def luhn(body):
    for c in "0123456789":
        if luhn_ok(body+c): return body+c
def il(body8):
    for c in "0123456789":
        n=body8+c; s=0
        for i,ch in enumerate(n):
            p=int(ch)*(1 if i%2==0 else 2); s+= p//10+p%10
        if s%10==0: return n
def kr(body9):
    d=[int(c) for c in body9]; w=[1,3,7,1,3,7,1,3,5]
    s=sum(a*b for a,b in zip(d,w))+(d[8]*5)//10
    return body9+str((10-s%10)%10)
def uscc(body17):
    cs="0123456789ABCDEFGHJKLMNPQRTUWXY"; w=[1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
    s=sum(cs.index(c)*x for c,x in zip(body17,w)); c=31-s%31
    return body17+cs[0 if c==31 else c]
def jpcorp(body12):
    s=0
    for n,ch in enumerate(reversed(body12),1): s+=int(ch)*(1 if n%2 else 2)
    return str(9-s%9)+body12
def th(body12):
    s=sum(int(c)*(13-i) for i,c in enumerate(body12)); return body12+str((11-s%11)%10)
def vn(body9):
    w=[31,29,23,19,17,13,7,5,3]; s=sum(int(c)*x for c,x in zip(body9,w)); c=10-s%11
    return body9+str(c) if 0<=c<=9 else None
def de(body8):
    p=10
    for c in body8:
        s=(int(c)+p)%10 or 10; p=(2*s)%11
    return body8+str((11-p)%10)
def nl(body8):
    s=sum(int(c)*w for c,w in zip(body8,range(9,1,-1))); c=s%11
    return body8+str(c) if c<10 else None
def gb(body7):
    s=sum(int(c)*w for c,w in zip(body7,range(8,1,-1)))
    c=(-s)%97
    return body7+f"{c:02d}"
def nzird(body7):
    b=("0"+body7)[-8:]; d=[int(c) for c in b]
    s=sum(a*w for a,w in zip(d,[3,2,7,6,5,4,3,2])); r=s%11
    if r==0: return body7+"0"
    c=11-r
    return body7+str(c) if c<10 else None
def tw(body7):
    for c in "0123456789":
        n=body7+c; w=[1,2,1,2,1,2,4,1]; s=0
        for ch,x in zip(n,w):
            p=int(ch)*x; s+=p//10+p%10
        if s%10==0 or (n[6]=="7" and (s+1)%10==0): return n
def cnpj(b12):
    def dv(s,w):
        r=sum(int(c)*x for c,x in zip(s,w))%11; return '0' if r<2 else str(11-r)
    d1=dv(b12,[5,4,3,2,9,8,7,6,5,4,3,2]); d2=dv(b12+d1,[6,5,4,3,2,9,8,7,6,5,4,3,2]); return b12+d1+d2
def rfc(b):
    cs="0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"; p=(" "*(12-len(b)))+b
    s=sum(cs.index(c)*(13-i) for i,c in enumerate(p)); r=s%11; d=0 if r==0 else 11-r
    return b+('A' if d==10 else str(d))
def ievat(b7):
    s=sum(int(c)*w for c,w in zip(b7,range(8,1,-1))); return b7+"WABCDEFGHIJKLMNOPQRSTUV"[s%23]
def frvat(siren):
    return f"FR{(12+3*(int(siren)%97))%97:02d}{siren}"
