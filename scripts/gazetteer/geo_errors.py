#!/usr/bin/env python3
"""List geoparsing errors of a testigo binary on a shared geoparsing corpus, one per line, tab-separated:
  FN   gold toponym no output place overlaps (a miss)
  FP   output place that overlaps no gold span (ours, not in gold)
  MIS  found but placed more than 161 km from gold (with feature code, both points, context)
usage: geo_errors.py /work/shared/eval/data/geoparsing/GWN.xml /path/to/testigo > errs.tsv
Uses the loader of /work/shared/eval/score_geo.py, so it counts exactly as the scorer does.
"""
import sys, json, os
sys.path.insert(0, "/work/shared/eval")
import score_geo
from evalkit import run_jsonl, char_to_byte, spans_overlap, haversine, num

corpus, binp = sys.argv[1], sys.argv[2]
docs = score_geo.load(corpus, 0)
out, wall, n = run_jsonl(binp + " annotate --jsonl", [{"id": d["id"], "text": d["text"]} for d in docs])
def ctx(text, s, e, w=60):
    return (text[max(0, s-w):s] + "[[" + text[s:e] + "]]" + text[e:e+w]).replace("\n", " ")
for d in docs:
    t = d["text"]; tb = t.encode("utf-8")
    b = char_to_byte(t)
    gold = [dict(g, bspan=(b(g["span"][0]), b(g["span"][1]))) for g in d["gold"]]
    ignore = [(b(s), b(e)) for s, e in d["ignore"]]
    places = [p for p in (out.get(d["id"], {}).get("places") or [])]
    used = set()
    for g in gold:
        best = None
        for i, p in enumerate(places):
            if i not in used and spans_overlap(g["bspan"], (p["start"], p["end"])):
                best = i; break
        s, e = g["span"]
        if best is None:
            print("FN\t%s\t%s\t%.2f,%.2f\t%s" % (d["id"], t[s:e], g["lat"], g["lon"], ctx(t, s, e)))
            continue
        used.add(best)
        p = places[best]
        km = haversine(p["lat"], p["lon"], g["lat"], g["lon"]) if num(p.get("lat")) is not None else 20038
        if km > 161:
            print("MIS\t%s\t%s\t%d km\t%s\tgold %.2f,%.2f ours %s %s/%s %.2f,%.2f pop %s lit %s\t%s" % (d["id"], t[s:e], km, p.get("feature_code"), g["lat"], g["lon"], p.get("name"), p.get("country"), p.get("admin1"), p["lat"], p["lon"], p.get("population"), p.get("literal"), ctx(t, s, e)))
    for i, p in enumerate(places):
        if i in used: continue
        span = (p["start"], p["end"])
        if any(spans_overlap(span, g["bspan"]) for g in gold) or any(spans_overlap(span, x) for x in ignore):
            continue
        bs, be = p["start"], p["end"]
        cs = len(tb[:bs].decode("utf-8", "replace")); ce = len(tb[:be].decode("utf-8", "replace"))
        print("FP\t%s\t%s\t%s %s %s lit %s\t%s" % (d["id"], p["text"], p.get("name"), p.get("country"), p.get("feature_code"), p.get("literal"), ctx(t, cs, ce)))
