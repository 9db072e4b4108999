# fold-registry-duplicates.py ENTITIES_YAML: run after merging two rounds that both added registry entries.
# Fold duplicate registry entries (same folded name) into the first: union of list fields, first non-empty scalar.
import re, sys, unicodedata, yaml
path = sys.argv[1]
lines = open(path, encoding='utf-8').read().split('\n')
def fold(s): return ''.join(c for c in unicodedata.normalize('NFD', s.lower()) if unicodedata.category(c) != 'Mn')
order = ['name','aliases','languageAliases','descriptors','parent','ticker','country','type','roles']
def q(v):
    s = str(v)
    if re.fullmatch(r"[0-9.]+", s): return "'" + s + "'"
    return s if re.fullmatch(r"[\w][\w .&'’\-/()éèêàçäöüßøåñíóúáčžšřěłńśźżőű]*", s, flags=re.I) and not s.endswith(' ') and ':' not in s else yaml.safe_dump(s, default_style='"').strip()
def render(e):
    parts=[]
    for k in order + [k for k in e if k not in order]:
        if k not in e: continue
        v=e[k]
        if isinstance(v,list): parts.append(f"{k}: [{', '.join(q(x) for x in v)}]")
        elif isinstance(v,dict):
            inner = ', '.join(kk + ': [' + ', '.join(q(x) for x in vv) + ']' for kk,vv in v.items())
            parts.append(k + ': {' + inner + '}')
        else: parts.append(f"{k}: {q(v)}")
    return '- {' + ', '.join(parts) + '}'
first = {}
drop = set()
for i,l in enumerate(lines):
    if not l.startswith('- {'): continue
    e = yaml.safe_load(l)[0]
    key = fold(e['name'])
    if key not in first: first[key]=(i,e); continue
    j, f = first[key]
    for k,v in e.items():
        if isinstance(v,list):
            cur = f.get(k, [])
            f[k] = cur + [x for x in v if fold(str(x)) not in {fold(str(y)) for y in cur} and fold(str(x)) != key]
        elif k not in f: f[k]=v
    lines[j] = render(f); drop.add(i)
    print('folded', e['name'], '->', lines[j])
open(path,'w',encoding='utf-8').write('\n'.join(l for i,l in enumerate(lines) if i not in drop))
