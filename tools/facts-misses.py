#!/usr/bin/env python3
"""facts-misses.py RECORDS.jsonl FACTS_DIR [subject|metric|period|change|target ...] [--classes]: per page, the aligned
facts whose field the records get wrong (gold vs predicted, with the figure's sentence), aligned as
../shared/eval/facts.py aligns them. Prints counts by field at the end; with --classes each miss is also given its class
(period: no-date, none, year, span-vs-point, granularity, other; subject: none, not-in-record, kind, other-name;
metric: none, change-of, paraphrase, wrong-noun) and the counts are by field and class, to fix misses by class."""
import glob, json, os, re, sys, unicodedata

norm = lambda s: re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or "")).replace("国家", "")
def close(a, b): return a is not None and b is not None and abs(a - b) <= 1e-3 * max(abs(a), abs(b), 1e-9)
def unit_ok(g, p): return not g or norm(g) == norm(p) or norm(g) in norm(p) or norm(p) in norm(g)
def same_name(a, b):
    a, b = norm(a), norm(b)
    return bool(a and b) and (a == b or a.endswith(b) or b.endswith(a))
def metric_ok(g, p):
    g, p = norm(g), norm(p)
    if not p: return False
    return g in p or p in g or len(set(g) & set(p)) / len(set(g) | set(p)) >= 0.5
def subject_names(r, f):
    s = f.get("subject")
    names = [s.get("name") if isinstance(s, dict) else s, f.get("zone"), f.get("enterprise")]
    if not any(names): names.append(r.get("primary_zone"))
    for e in r.get("enterprises") or []:
        if e.get("name") == f.get("enterprise"): names += e.get("aliases") or []
    return [n for n in names if n]
def period(f):
    p = f.get("period")
    return (p.get("value"), p.get("value_end")) if isinstance(p, dict) else None
def sentence(body, text):
    at = body.find(text)
    if at < 0: return ""
    s = max(body.rfind(c, 0, at) for c in "。；\n") + 1
    e = min([x for x in (body.find(c, at) for c in "。；\n") if x >= 0] or [len(body)])
    return body[s:e + 1][:160]

def miss_class(field, g, r, f):
    """The class of a miss, for --classes."""
    if field == "period":
        gp, pp = (g["period"]["value"], g["period"].get("value_end")), period(f)
        text = (r.get("title") or "") + (r.get("body") or "")
        if not r.get("published") and not re.search(r"(19|20)\d\d|\d{2,3}年", text): return "no-date"
        if pp is None: return "none"
        if pp[0][:4] != gp[0][:4]: return "year"
        if (pp[1] is None) != (gp[1] is None): return "span-vs-point"
        if pp[1] is None and (gp[0].startswith(pp[0]) or pp[0].startswith(gp[0])): return "granularity"
        return "other"
    if field == "subject":
        if not f.get("subject"): return "none"
        names = [e.get("name") for e in r.get("enterprises") or []] + [a for e in r.get("enterprises") or [] for a in e.get("aliases") or []]
        names += [z.get("name") for z in r.get("zones") or []]
        if not any(same_name(g["subject"], n) for n in names if n): return "not-in-record"
        return "kind" if (f.get("subject") or {}).get("kind") != g.get("subject_kind") else "other-name"
    if field == "metric":
        if not f.get("metric"): return "none"
        if f.get("change"): return "change-of"
        return "wrong-noun" if norm(g["metric"]) in norm(r.get("body") or "") else "paraphrase"
    return field

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    fields = args[2:] or ["subject", "metric", "period", "change", "target"]
    classes = "--classes" in sys.argv
    recs = {}
    for line in open(args[0], encoding="utf-8"):
        if line.strip():
            r = json.loads(line); recs.setdefault(os.path.basename(str(r.get("source"))), []).append(r)
    counts = {} if classes else dict.fromkeys(fields, 0)
    for path in sorted(glob.glob(os.path.join(args[1], "*.json"))):
        gold = json.load(open(path, encoding="utf-8"))
        figs = [(r, f) for r in recs.get(gold["file"], []) for f in r.get("figures") or []]
        used = set(); out = []
        for g in gold["facts"]:
            m = next((i for i, (r, f) in enumerate(figs) if i not in used and close(f.get("value"), g["value"])
                      and unit_ok(g.get("unit"), f.get("unit"))), None)
            if m is None: continue
            used.add(m); r, f = figs[m]
            wrong = []
            if "subject" in fields and g.get("subject_kind") in ("zone", "enterprise") \
                    and not any(same_name(g["subject"], n) for n in subject_names(r, f)):
                wrong.append(f"subject gold={g['subject']} pred={subject_names(r, f)}")
            if "metric" in fields and g.get("metric") and not metric_ok(g["metric"], f.get("metric")):
                wrong.append(f"metric gold={g['metric']} pred={f.get('metric')}")
            if "period" in fields and g.get("period") and period(f) != (g["period"]["value"], g["period"].get("value_end")):
                wrong.append(f"period gold={g['period']['value']}..{g['period'].get('value_end')} pred={period(f)}")
            for k in ("change", "target"):
                if k in fields and bool(f.get(k)) != bool(g.get(k)): wrong.append(f"{k} gold={g.get(k)}")
            if classes:
                wrong = [f"[{w.split()[0]}:{miss_class(w.split()[0], g, r, f)}] " + w for w in wrong]
            for w in wrong: counts[w.split()[0]] = counts.get(w.split()[0], 0) + 1
            if wrong: out.append(f"  {g['text']}: " + "; ".join(wrong) + f"\n      | {sentence(r.get('body') or '', f.get('text') or g['text'])}")
        if out: print(f"{gold['file']} (published {gold.get('published')}, record {recs.get(gold['file'], [{}])[0].get('published')})\n" + "\n".join(out))
    print("misses:", dict(sorted(counts.items())))

if __name__ == "__main__":
    main()
