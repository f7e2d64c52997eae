"""What every held-out set's annotate.py shares: the constructors of the hand annotations (D, Z, E, A), the fields
that follow from a figure's text and unit (kind, approx, digit), loading one ann/NAME.py, the checks that what it
names stands on its page, and writing gold/ and gold-facts/. Each set's annotate.py keeps only its own figure
notation and word lists, as they were when its gold was made."""
import importlib.util, json, os, re, sys


def D(text, value, end=None, inferred=False):
    return {"text": text, "value": value, "value_end": end, "year_inferred": inferred}


def Z(canonical, variants, coordinated=False):
    return {"canonical": canonical, "variants": variants, "coordinated": coordinated}


def E(name, variants=(), kind="registered"):
    return {"name": name, "variants": list(variants), "kind": kind}


def A(title, zone):
    return {"title": title, "primary_zone": zone}


def figure_kind(unit, money_endings, percent, count, measure, duration):
    """GUIDE's figure kind from the unit, with the set's own unit lists."""
    if unit.endswith(tuple(money_endings)) or unit.startswith("元/"):
        return "money"
    if unit in percent:
        return "percent"
    if unit in count:
        return "count"
    if unit in measure:
        return "measure"
    if unit in duration:
        return "duration"
    return "ratio" if unit == "倍" else "other"


def figure(text, value, vmax, unit, kind, approx):
    return {"text": text, "value": value, "value_max": vmax, "unit": unit, "kind": kind,
            "approx": approx, "digit": bool(re.search(r"[0-9０-９]", text))}


def load(here, name, **helpers):
    """Runs ann/NAME.py with the set's helpers in scope; returns the module and its page's text."""
    spec = importlib.util.spec_from_file_location(name, os.path.join(here, "ann", name + ".py"))
    module = importlib.util.module_from_spec(spec)
    for key, value in helpers.items():
        setattr(module, key, value)
    spec.loader.exec_module(module)
    page = open(os.path.join(here, "pages", name + ".txt"), encoding="utf-8").read()
    return module, page


def check_texts(name, page, what, texts):
    for text in texts:
        assert text in page, (name, what + " text not on page", text)


def check_entities(name, page, module):
    """Titles (a two-line headline joined), primary zones, zone variants and enterprise names stand on the page."""
    zones = {z["canonical"] for z in module.ZONES}
    for a in module.ARTICLES:
        assert a["title"] in page.replace("\n", ""), (name, "title", a["title"])
        assert a["primary_zone"] is None or a["primary_zone"] in zones, (name, a)
    for z in module.ZONES:
        for v in z["variants"]:
            assert v in page, (name, "zone variant", v)
    for e in module.ENTERPRISES:
        for v in [e["name"]] + e["variants"]:
            assert v in page, (name, "enterprise", v)


def check_fact_subjects(name, module, facts):
    kinds = {z["canonical"]: "zone" for z in module.ZONES}
    kinds.update({e["name"]: "enterprise" for e in module.ENTERPRISES})
    for fact in facts:
        if fact["subject_kind"] in ("zone", "enterprise"):
            assert kinds.get(fact["subject"]) == fact["subject_kind"], (name, "fact subject", fact["text"], fact["subject"])


def write(here, name, module, figures, dates, facts=None):
    """gold/NAME.json in GUIDE's format and, when facts are given, gold-facts/NAME.json in FACTS.md's."""
    gold = {"file": name + ".txt", "published": module.PUBLISHED, "published_inferred": module.PUBLISHED_INFERRED,
            "articles": module.ARTICLES, "zones": module.ZONES, "enterprises": module.ENTERPRISES,
            "figures": figures, "dates": dates}
    _dump(os.path.join(here, "gold", name + ".json"), gold)
    if facts is not None:
        _dump(os.path.join(here, "gold-facts", name + ".json"), {"file": name + ".txt", "published": module.PUBLISHED, "facts": facts})
    counts = (len(module.ARTICLES), len(module.ZONES), len(module.ENTERPRISES), len(figures), len(dates))
    print(name, "%d art %d zones %d ent %d fig %d dates" % counts)
    return counts


def _dump(path, obj):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)


def main(here, build):
    """Builds the pages named on the command line, or every ann/*.py, and prints the totals."""
    names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(os.path.join(here, "ann")) if f.endswith(".py"))
    totals = [0] * 5
    for name in names:
        totals = [a + b for a, b in zip(totals, build(name))]
    print("TOTAL pages %d: titles %d zones %d enterprises %d figures %d dates %d" % (len(names), *totals))


SCALE = [("万亿", 1e12), ("萬億", 1e12), ("亿", 1e8), ("億", 1e8), ("万", 1e4), ("萬", 1e4), ("兆", 1e12)]


def check_pages(here):
    """The checks beyond expanding (a set's check.py, run after its annotate.py): every Arabic number on a page lies
    inside a gold figure or date text or a listed exclusion (EXCLUDE in the ann file); the number of gold entries with
    a text matches its occurrences on the page (texts that differ are reported); values agree with the scale word of
    their text. Prints each problem and ends with `issues N`."""
    from collections import Counter
    bad = 0
    for fn in sorted(os.listdir(os.path.join(here, "gold"))):
        name = fn[:-5]
        g = json.load(open(os.path.join(here, "gold", fn), encoding="utf-8"))
        page = open(os.path.join(here, "pages", name + ".txt"), encoding="utf-8").read()
        src = open(os.path.join(here, "ann", name + ".py"), encoding="utf-8").read()
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
