import re
def luhn_ok(s):
    d=[int(c) for c in s if c.isdigit()]; t=0
    for i,x in enumerate(reversed(d)):
        if i%2: x*=2; x = x-9 if x>9 else x
        t+=x
    return t%10==0
def luhn_complete(body):
    for c in '0123456789':
        if luhn_ok(body+c): return body+c
def card(body15): return luhn_complete(body15)
def _num(s): return int(''.join(str(int(c,36)) if c.isalpha() else c for c in s))
def iban(cc, bban): return f"{cc}{98-_num(bban+cc+'00')%97:02d}{bban}"
def iban_ok(ib): ib=re.sub(r'\s','',ib).upper(); return _num(ib[4:]+ib[:4])%97==1
def sp4(s): return ' '.join(s[i:i+4] for i in range(0,len(s),4))
# US SSN: area 001-899 except 666, group 01-99, serial 0001-9999
def ssn_ok(s):
    d=re.sub(r'\D','',s)
    if len(d)!=9: return False
    a,g,n=int(d[:3]),int(d[3:5]),int(d[5:])
    return 0<a<900 and a!=666 and g>0 and n>0 and d not in ('078051120','219099999')
# UK NINO
def nino_ok(s):
    s=re.sub(r'\s','',s).upper()
    if not re.match(r'^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$',s): return False
    return s[:2] not in ('BG','GB','NK','KN','TN','NT','ZZ')
# NL BSN 11-proof
def bsn_ok(s):
    d=re.sub(r'\D','',s)
    if len(d)!=9: return False
    return (sum(int(d[i])*(9-i) for i in range(8))-int(d[8]))%11==0 and d[0]!='0' or ((sum(int(d[i])*(9-i) for i in range(8))-int(d[8]))%11==0)
def bsn(d8):
    for c in '0123456789':
        if bsn_ok(d8+c): return d8+c
# DE Steuer-IdNr: 11 digits, ISO 7064 MOD 11,10; first digit != 0; in first 10 digits one digit appears 2 or 3 times, others once or zero
def de_taxid_chk(d10):
    p=10
    for c in d10:
        s=(int(c)+p)%10 or 10; p=(2*s)%11
    return str((11-p)%10)
def de_taxid_ok(s):
    d=re.sub(r'\D','',s)
    if len(d)!=11 or d[0]=='0': return False
    from collections import Counter
    c=Counter(d[:10]); counts=sorted(c.values(), reverse=True)
    if counts[0] not in (2,3) or (counts[0]==2 and counts[1]==2) : return False
    return de_taxid_chk(d[:10])==d[10]
def de_taxid(d10): return d10+de_taxid_chk(d10)
# FR NIR: 13 digits + key = 97 - n mod 97 (2A/2B -> 19/18 adjust)
def fr_nir_key(n13):
    n=n13.replace('2A','19').replace('2B','18'); return 97-int(n)%97
def fr_nir_ok(s):
    d=re.sub(r'[\s-]','',s); return len(d)==15 and fr_nir_key(d[:13])==int(d[13:])
def fr_nir(n13): return f"{n13}{fr_nir_key(n13):02d}"
# Aadhaar: Verhoeff, 12 digits, not starting with 0/1
_d=[[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
_p=[[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,7,6,8,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
_inv=[0,4,3,2,1,5,6,7,8,9]
def verhoeff_ok(s):
    c=0
    for i,x in enumerate(reversed([int(ch) for ch in s])): c=_d[c][_p[i%8][x]]
    return c==0
def aadhaar(d11):
    c=0
    for i,x in enumerate(reversed([int(ch) for ch in d11])): c=_d[c][_p[(i+1)%8][x]]
    return d11+str(_inv[c])
def aadhaar_ok(s):
    d=re.sub(r'\D','',s); return len(d)==12 and d[0] not in '01' and verhoeff_ok(d)
# PAN: AAAPA1234A (4th char P for person)
def pan_ok(s): return re.match(r'^[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]$',s) is not None
# ES DNI / NIE
def dni(d8): return d8+'TRWAGMYFPDXBNJZSQVHLCKE'[int(d8)%23]
def dni_ok(s):
    s=re.sub(r'[\s-]','',s).upper()
    if s[0] in 'XYZ': s=str('XYZ'.index(s[0]))+s[1:]
    return len(s)==9 and dni(s[:8])==s
# IT codice fiscale
ODD=[1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]
def _odd(c): return ODD[int(c)] if c.isdigit() else ODD[ord(c)-65]
def _even(c): return int(c) if c.isdigit() else ord(c)-65
def cf(s15): return s15+chr(65+sum(_odd(c) if i%2==0 else _even(c) for i,c in enumerate(s15))%26)
def cf_ok(s): s=s.upper(); return len(s)==16 and cf(s[:15])==s
# PL PESEL
def pesel(d10):
    w=[1,3,7,9,1,3,7,9,1,3]; return d10+str((10-sum(int(d10[i])*w[i] for i in range(10))%10)%10)
def pesel_ok(s): d=re.sub(r'\D','',s); return len(d)==11 and pesel(d[:10])==d
# SE personnummer (Luhn over YYMMDDNNNC)
def pnr(yymmddnnn): return luhn_complete(yymmddnnn)
def pnr_ok(s):
    d=re.sub(r'\D','',s)
    if len(d)==12: d=d[2:]
    return len(d)==10 and luhn_ok(d)
def ipv4_ok(s):
    p=s.split('.'); return len(p)==4 and all(x.isdigit() and 0<=int(x)<=255 for x in p)
def ipv6_ok(s):
    import ipaddress
    try: ipaddress.IPv6Address(s); return True
    except Exception: return False
CHECK = dict(us_ssn=ssn_ok, uk_nino=nino_ok, nl_bsn=bsn_ok, de_tax_id=de_taxid_ok, fr_nir=fr_nir_ok, in_aadhaar=aadhaar_ok,
             in_pan=pan_ok, es_dni=dni_ok, it_codice_fiscale=cf_ok, pl_pesel=pesel_ok, se_personnummer=pnr_ok,
             iban=iban_ok, payment_card=luhn_ok)
def es_bban(bank, branch, acct):
    w=[1,2,4,8,5,10,9,7,3,6]
    def dc(s):
        d=11-sum(int(c)*w[i] for i,c in enumerate(s))%11
        return 0 if d==11 else (1 if d==10 else d)
    return f"{bank}{branch}{dc('00'+bank+branch)}{dc(acct)}{acct}"
