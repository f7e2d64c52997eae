"""Write corpus/heldout21/gold/*.json from ann/titles.py and check every title stands on its page."""
import json, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from titles import TITLES, JOINED  # JOINED: {page: {title: note}} for titles not found verbatim

def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))

pages = sorted(f[:-4] for f in os.listdir(os.path.join(SET, "pages")) if f.endswith(".txt"))
issues = 0
for p in pages:
    if p not in TITLES:
        print("NO GOLD", p); issues += 1
for name, (pub, inferred, titles) in sorted(TITLES.items()):
    path = os.path.join(SET, "pages", name + ".txt")
    if not os.path.exists(path):
        print("NO PAGE", name); issues += 1; continue
    text = norm(open(path, encoding="utf-8").read())
    for t in titles:
        if norm(t) not in text:
            note = JOINED.get(name, {}).get(t)
            if note:
                print(f"note {name}: {t!r} not verbatim: {note}")
            else:
                print("MISSING", name, repr(t)); issues += 1
    gold = {"file": name + ".txt", "published": pub, "published_inferred": inferred, "scope": "titles",
            "articles": [{"title": t, "primary_zone": None} for t in titles],
            "zones": [], "enterprises": [], "figures": [], "dates": []}
    with open(os.path.join(SET, "gold", name + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")
print(f"pages {len(pages)} gold {len(TITLES)} titles {sum(len(v[2]) for v in TITLES.values())} issues {issues}")
