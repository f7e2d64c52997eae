"""Extra checks for heldout9 (beyond annotate.py's): every Arabic number on a page lies inside a gold figure or
date text or a listed exclusion (EXCLUDE in the ann file); the number of gold entries with a text does not exceed
its occurrences on the page (and reports texts that occur more often than annotated); values agree with the
scale word of their text. Run after annotate.py: `python3 corpus/heldout9/check.py`."""
import json, os, re, sys, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
SCALE = [("万亿", 1e12), ("萬億", 1e12), ("亿", 1e8), ("億", 1e8), ("万", 1e4), ("萬", 1e4), ("兆", 1e12)]
bad = 0
for fn in sorted(os.listdir(os.path.join(HERE, "gold"))):
    name = fn[:-5]
    g = json.load(open(os.path.join(HERE, "gold", fn), encoding="utf-8"))
    page = open(os.path.join(HERE, "pages", name + ".txt"), encoding="utf-8").read()
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, "ann", name + ".py"))
    src = open(os.path.join(HERE, "ann", name + ".py"), encoding="utf-8").read()
    m = re.search(r"^EXCLUDE\s*=\s*(\[.*?\])", src, re.S | re.M)
    excl = eval(m.group(1)) if m else []
    covered = [False] * len(page)
    texts = [f["text"] for f in g["figures"]] + [d["text"] for d in g["dates"]] + excl
    for t in set(texts):
        for mm in re.finditer(re.escape(t), page):
            for i in range(mm.start(), mm.end()):
                covered[i] = True
    for mm in re.finditer(r"[0-9０-９]+(?:[.,，][0-9０-９]+)*", page):
        if not all(covered[mm.start():mm.end()]):
            print(name, "UNCOVERED", repr(mm.group()), "…" + page[max(0, mm.start()-12):mm.end()+12].replace("\n", "⏎") + "…")
            bad += 1
    from collections import Counter
    cnt = Counter([f["text"] for f in g["figures"]]) + Counter([d["text"] for d in g["dates"]])
    for t, n in cnt.items():
        longer = [u for u in cnt if t in u and u != t]
        spans = [(x.start(), x.end()) for u in longer for x in re.finditer(re.escape(u), page)]
        occ = sum(1 for x in re.finditer(re.escape(t), page) if not any(a <= x.start() and x.end() <= b for a, b in spans))
        if occ != n:
            print(name, "COUNT", repr(t), "gold", n, "page", occ)
    for f in g["figures"]:
        t = f["text"]
        nums = re.findall(r"\d[\d,]*(?:\.\d+)?", t)
        if len(nums) == 1 and not re.search(r"[分之成/]", t):
            base = float(nums[0].replace(",", ""))
            sc = 1
            for w, s in SCALE:
                if w in t:
                    sc = s; break
            if abs(base * sc - f["value"]) > 1e-6 * max(1, abs(f["value"])):
                print(name, "VALUE?", t, f["value"]); bad += 1
print("issues", bad)
