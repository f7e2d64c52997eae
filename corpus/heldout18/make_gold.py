#!/usr/bin/env python3
"""Write pages/ from ann/raw/*.json (the text the search tool returned, as kept) and gold/ from ann/titles.py.

Checks that every title occurs in its page text after removing whitespace (NFKC not applied: titles are copied as
printed); a title that does not (a two-line headline joined, ...) must be listed in titles.NOT_VERBATIM with a reason.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "ann"))
import titles  # noqa: E402

def squash(s):
    return re.sub(r"\s+", "", s)

def main():
    raw_dir = os.path.join(HERE, "ann", "raw")
    os.makedirs(os.path.join(HERE, "pages"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "gold"), exist_ok=True)
    names = sorted(f[:-5] for f in os.listdir(raw_dir) if f.endswith(".json"))
    problems = 0
    for name in names:
        raw = json.load(open(os.path.join(raw_dir, name + ".json"), encoding="utf-8"))
        text = raw["text"]
        if not text.endswith("\n"):
            text += "\n"
        with open(os.path.join(HERE, "pages", name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        if name not in titles.GOLD:
            print("no gold for", name); problems += 1; continue
        published, inferred, ts = titles.GOLD[name]
        flat = squash(text)
        for t in ts:
            if squash(t) not in flat:
                why = titles.NOT_VERBATIM.get((name, t))
                if why:
                    print(f"note {name}: {t!r} not verbatim: {why}")
                else:
                    print(f"MISSING {name}: {t!r}"); problems += 1
        gold = {"file": name + ".txt", "published": published, "published_inferred": inferred,
                "scope": "titles", "articles": [{"title": t, "primary_zone": None} for t in ts],
                "zones": [], "enterprises": [], "figures": [], "dates": []}
        with open(os.path.join(HERE, "gold", name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")
    extra = set(titles.GOLD) - set(names)
    for e in sorted(extra):
        print("gold without page", e); problems += 1
    print(f"pages {len(names)} titles {sum(len(titles.GOLD[n][2]) for n in names if n in titles.GOLD)} problems {problems}")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
