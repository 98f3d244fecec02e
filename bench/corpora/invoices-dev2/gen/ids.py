# check-digit helpers for vendor tax ids
def luhn_ok(s):
    s=[int(c) for c in s if c.isdigit()]; t=0
    for i,d in enumerate(reversed(s)):
        if i%2: d*=2; d = d-9 if d>9 else d
        t+=d
    return t%10==0
def de_ok(v):  # DE + 9 digits, ISO 7064 mod 11,10
    d=v[2:]; p=10
    for c in d[:8]:
        s=(int(c)+p)%10 or 10; p=(2*s)%11
    return (11-p)%10==int(d[8])
def nl_ok(v):  # NL 9 digits B 2 digits; 11-proof or mod97 variant
    d=v[2:11]
    s=sum(int(d[i])*(9-i) for i in range(8)) - int(d[8])
    if s%11==0: return True
    return int(''.join(str(int(c,36)) for c in v))%97==1
def pl_ok(v):
    d=v[2:] if v[:2]=='PL' else v; w=[6,5,7,2,3,4,5,6,7]
    return sum(int(d[i])*w[i] for i in range(9))%11==int(d[9])
def fr_ok(v):
    siren=int(v[4:]); return int(v[2:4])==(12+3*(siren%97))%97
def it_ok(v): return luhn_ok(v[2:])
def be_ok(v): d=v[2:]; return 97-int(d[:8])%97==int(d[8:])
def gb_ok(v):
    d=v[2:]; s=sum(int(d[i])*(8-i) for i in range(7))+int(d[7:9])
    return s%97==0 or (s+55)%97==0
def at_ok(v):  # ATU + 8 digits
    d=[int(c) for c in v[3:]]; s=0
    for i in range(7):
        x=d[i]*(2 if i%2 else 1); s+= x//10 + x%10
    return (10-(s+4)%10)%10==d[7]
def se_ok(v): return luhn_ok(v[2:12]) and v.endswith('01')
def dk_ok(v): w=[2,7,6,5,4,3,2,1]; return sum(int(v[2+i])*w[i] for i in range(8))%11==0
def fi_ok(v):
    w=[7,9,10,5,8,4,2]; s=sum(int(v[2+i])*w[i] for i in range(7))%11
    c=0 if s==0 else 11-s; return c==int(v[9])
def pt_ok(v):
    d=v[2:]; s=sum(int(d[i])*(9-i) for i in range(8)); c=11-s%11; c=0 if c>=10 else c
    return c==int(d[8])
def no_ok(v):  # org nr 9 digits (may have NO prefix / MVA suffix)
    d=''.join(c for c in v if c.isdigit())[:9]; w=[3,2,7,6,5,4,3,2]
    s=sum(int(d[i])*w[i] for i in range(8)); c=11-s%11; c=0 if c==11 else c
    return c!=10 and c==int(d[8])
def ch_ok(v):  # CHE123456789(MWST)
    d=''.join(c for c in v if c.isdigit()); w=[5,4,3,2,7,6,5,4]
    c=11-sum(int(d[i])*w[i] for i in range(8))%11; c=0 if c==11 else c
    return c!=10 and c==int(d[8])
def abn_ok(v):
    d=[int(c) for c in v if c.isdigit()]; d[0]-=1; w=[10,1,3,5,7,9,11,13,15,17,19]
    return sum(a*b for a,b in zip(d,w))%89==0
GST_CH='0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
def gstin_chk(s14):
    t=0
    for i,c in enumerate(s14):
        p=GST_CH.index(c)*(1 if i%2==0 else 2); t+=p//36+p%36
    return GST_CH[(36-t%36)%36]
def gstin_ok(v): return gstin_chk(v[:14])==v[14]
def jp_ok(v):  # T + 13 digits, first = check
    d=v[1:] if v[0]=='T' else v; body=d[1:]
    s=sum(int(c)*(1 if n%2==1 else 2) for n,c in enumerate(reversed(body),1))
    return 9-s%9==int(d[0])
def kr_ok(v):
    d=[int(c) for c in v if c.isdigit()]; w=[1,3,7,1,3,7,1,3,5]
    s=sum(d[i]*w[i] for i in range(9))+ (d[8]*5)//10
    return (10-s%10)%10==d[9]
CN_CH='0123456789ABCDEFGHJKLMNPQRTUWXY'
def cn_ok(v):
    w=[1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
    s=sum(CN_CH.index(v[i])*w[i] for i in range(17)); c=31-s%31; c=0 if c==31 else c
    return CN_CH[c]==v[17]
def cnpj_ok(v):
    d=[int(c) for c in v if c.isdigit()]
    def calc(n,w): s=sum(a*b for a,b in zip(d[:n],w)); r=s%11; return 0 if r<2 else 11-r
    return calc(12,[5,4,3,2,9,8,7,6,5,4,3,2])==d[12] and calc(13,[6,5,4,3,2,9,8,7,6,5,4,3,2])==d[13]
def es_cif_ok(v):  # ESB12345678 style (company, digit control)
    d=v[3:10]; s=0
    for i,c in enumerate(d):
        x=int(c)
        if i%2==0: x*=2; x=x//10+x%10
        s+=x
    c=(10-s%10)%10
    return v[10] in (str(c), 'JABCDEFGHI'[c])
def es_nif_ok(v):  # ES12345678Z (person)
    return 'TRWAGMYFPDXBNJZSQVHLCKE'[int(v[2:10])%23]==v[10]
def za_ok(v): return v[0]=='4' and luhn_ok(v)
def cz_ok(v):
    d=v[2:]
    if len(d)!=8: return True
    s=sum(int(d[i])*(8-i) for i in range(7)); c=(11-s%11)%10; return c==int(d[7])
def hu_ok(v):
    d=v[2:]; w=[9,7,3,1,9,7,3]; return (10-sum(int(d[i])*w[i] for i in range(7))%10)%10==int(d[7])
def ie_ok(v): return True
CHECKERS = {'DE':de_ok,'NL':nl_ok,'PL':pl_ok,'FR':fr_ok,'IT':it_ok,'BE':be_ok,'GB':gb_ok,'AT':at_ok,'SE':se_ok,'DK':dk_ok,'FI':fi_ok,'PT':pt_ok,'CZ':cz_ok,'HU':hu_ok}
def complete(prefix_fn, ok, tries=10):
    for c in range(tries):
        v=prefix_fn(c)
        if ok(v): return v
    return None
def fill(ok, template):
    """template with one '?' replaced by digit 0-9 (or char) until ok"""
    for c in '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ':
        v=template.replace('?',c,1)
        try:
            if ok(v): return v
        except Exception: pass
    return None
def fr_vat(siren): return f"FR{(12+3*(int(siren)%97))%97:02d}{siren}"
def gb_vat(d7):
    s=sum(int(d7[i])*(8-i) for i in range(7)); return f"GB{d7}{(-s)%97:02d}"
def be_vat(d8): return f"BE{d8}{97-int(d8)%97:02d}"
def gstin(s14): return s14+gstin_chk(s14)
def jp_reg(d12):
    s=sum(int(c)*(1 if n%2==1 else 2) for n,c in enumerate(reversed(d12),1)); return f"T{9-s%9}{d12}"
def kr_brn(d9):
    d=[int(c) for c in d9]; w=[1,3,7,1,3,7,1,3,5]; s=sum(d[i]*w[i] for i in range(9))+(d[8]*5)//10
    x=d9+str((10-s%10)%10); return f"{x[:3]}-{x[3:5]}-{x[5:]}"
def cn_uscc(s17):
    w=[1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
    s=sum(CN_CH.index(s17[i])*w[i] for i in range(17)); c=31-s%31; c=0 if c==31 else c
    return s17+CN_CH[c]
def abn(d9):  # find 2 leading check digits for 9 body digits
    for p in range(10,100):
        v=f"{p}{d9}"
        if abn_ok(v): return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
def cnpj(d12):
    d=[int(c) for c in d12]
    def calc(w): s=sum(a*b for a,b in zip(d,w)); r=s%11; return 0 if r<2 else 11-r
    d.append(calc([5,4,3,2,9,8,7,6,5,4,3,2])); d.append(calc([6,5,4,3,2,9,8,7,6,5,4,3,2]))
    x=''.join(map(str,d)); return f"{x[:2]}.{x[2:5]}.{x[5:8]}/{x[8:12]}-{x[12:]}"
RFC_CH='0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ'
def rfc(body):  # 11 chars (moral) or 12 (fisica)
    b = body if len(body)==12 else ' '+body
    s=sum(RFC_CH.index(c)*(13-i) for i,c in enumerate(b)); r=s%11
    c = '0' if r==0 else ('A' if 11-r==10 else str(11-r))
    return body+c
def ch_uid(d8):
    w=[5,4,3,2,7,6,5,4]; c=11-sum(int(d8[i])*w[i] for i in range(8))%11; c=0 if c==11 else c
    if c==10: return None
    x=d8+str(c); return f"CHE-{x[:3]}.{x[3:6]}.{x[6:]}"
def tr_vkn(d9):
    t=0
    for i,c in enumerate(d9):
        tmp=(int(c)+9-i)%10
        if tmp==0: v=0
        else:
            v=(tmp*2**(9-i))%9
            if v==0: v=9
        t+=v
    return d9+str((10-t%10)%10)
def fr_rib(bank, branch, acct):
    conv = {c: str(v) for s, v0 in (('ABCDEFGHI',1),('JKLMNOPQR',1),('STUVWXYZ',2)) for v, c in enumerate(s, v0)}
    a = ''.join(conv.get(c, c) for c in acct)
    key = 97 - ((89*int(bank) + 15*int(branch) + 3*int(a)) % 97)
    return f"{bank}{branch}{acct}{key:02d}"
def cuit(d10):
    w=[5,4,3,2,7,6,5,4,3,2]; s=sum(int(d10[i])*w[i] for i in range(10)); c=11-s%11
    c = 0 if c==11 else c
    if c==10: return None
    return d10+str(c)
def cuit_ok(v):
    d=''.join(ch for ch in v if ch.isdigit()); return cuit(d[:10])==d
def rut(body):
    s=0; m=2
    for c in reversed(body):
        s+=int(c)*m; m = 2 if m==7 else m+1
    r=11-s%11; dv = '0' if r==11 else ('K' if r==10 else str(r))
    return f"{body}-{dv}"
def rut_ok(v):
    v=v.replace('.','').replace('-',''); return rut(v[:-1]).replace('-','')==v
def be_bban(d10): return d10 + f"{int(d10)%97 or 97:02d}"
def es_bban(bank, branch, acct):
    w=[1,2,4,8,5,10,9,7,3,6]
    def dc(s):
        d=11-sum(int(c)*w[i] for i,c in enumerate(s))%11
        return 0 if d==11 else (1 if d==10 else d)
    return f"{bank}{branch}{dc('00'+bank+branch)}{dc(acct)}{acct}"
ODD=[1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]
def _odd(c): return ODD[int(c)] if c.isdigit() else ODD[ord(c)-65]
def _even(c): return int(c) if c.isdigit() else ord(c)-65
def it_cin(s):  # s = ABI+CAB+conto
    t=sum(_odd(c) if i%2==0 else _even(c) for i,c in enumerate(s)); return chr(65+t%26)
def it_bban(abi, cab, conto): s=abi+cab+conto; return it_cin(s)+s
def it_cf(s15): return s15+chr(65+sum(_odd(c) if i%2==0 else _even(c) for i,c in enumerate(s15))%26)
