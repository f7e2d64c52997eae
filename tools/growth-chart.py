#!/usr/bin/env python3
"""Draws the growth curve of `pipeline bench index` as one SVG: indexing rate, query latency, memory and index size
against the archive's size, from the JSON files `bench index --json FILE` writes (one per size).

    python3 tools/growth-chart.py bench-100000.json bench-300000.json bench-1000000.json -o docs/growth-curve.svg

Only the first run of each file is drawn (the project's analyzer when it ran first). Standard library only."""
import argparse
import json
import math
import sys
from xml.sax.saxutils import escape

WIDTH, HEIGHT = 380, 260
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 62, 18, 34, 46
COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd"]


def load(paths):
    points = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        if not data.get("runs"):
            sys.exit(f"{path}: no runs in it")
        points.append((data["articles"], data["runs"][0], data))
    points.sort(key=lambda p: p[0])
    if len(points) < 2:
        sys.exit("need the measurements of at least two sizes")
    return points


def nice_ceiling(value):
    if value <= 0:
        return 1
    exponent = math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * 10 ** exponent >= value:
            return step * 10 ** exponent
    return 10 ** (exponent + 1)


def label(articles):
    return f"{articles / 1e6:g}M" if articles >= 1e6 else f"{articles / 1e3:g}k"


def panel(x0, y0, title, unit, xs, series, goal=None):
    """One chart: series is [(name, [y per x])]; x on a log scale; an optional goal line (value, text)."""
    inner_w = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    inner_h = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    top = max([v for _, ys in series for v in ys] + ([goal[0]] if goal else []))
    top = nice_ceiling(top * 1.08)
    lo, hi = math.log10(min(xs)), math.log10(max(xs))
    pad = (hi - lo) * 0.06 or 0.1

    def px(x):
        return x0 + MARGIN_LEFT + (math.log10(x) - lo + pad) / (hi - lo + 2 * pad) * inner_w

    def py(y):
        return y0 + MARGIN_TOP + inner_h - y / top * inner_h

    out = [f'<text x="{x0 + MARGIN_LEFT}" y="{y0 + 18}" font-weight="bold">{title}</text>']
    for i in range(5):
        value = top * i / 4
        y = py(value)
        out.append(f'<line x1="{x0 + MARGIN_LEFT}" y1="{y:.1f}" x2="{x0 + WIDTH - MARGIN_RIGHT}" y2="{y:.1f}" stroke="#ddd"/>')
        text = f"{value:,.0f}" if top >= 10 else f"{value:.2g}"
        out.append(f'<text x="{x0 + MARGIN_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11">{text}</text>')
    out.append(f'<text x="{x0 + 14}" y="{y0 + MARGIN_TOP + inner_h / 2:.0f}" font-size="11" '
               f'transform="rotate(-90 {x0 + 14} {y0 + MARGIN_TOP + inner_h / 2:.0f})" text-anchor="middle">{unit}</text>')
    for x in xs:
        out.append(f'<text x="{px(x):.1f}" y="{y0 + HEIGHT - MARGIN_BOTTOM + 16}" text-anchor="middle" font-size="11">{label(x)}</text>')
    out.append(f'<text x="{x0 + MARGIN_LEFT + inner_w / 2:.0f}" y="{y0 + HEIGHT - MARGIN_BOTTOM + 32}" text-anchor="middle" '
               f'font-size="11">articles in the archive (log scale)</text>')
    if goal:
        y = py(goal[0])
        out.append(f'<line x1="{x0 + MARGIN_LEFT}" y1="{y:.1f}" x2="{x0 + WIDTH - MARGIN_RIGHT}" y2="{y:.1f}" '
                   f'stroke="#888" stroke-dasharray="5,4"/>')
        out.append(f'<text x="{x0 + WIDTH - MARGIN_RIGHT - 2}" y="{y - 4:.1f}" text-anchor="end" font-size="10" fill="#555">{escape(goal[1])}</text>')
    for i, (name, ys) in enumerate(series):
        color = COLORS[i % len(COLORS)]
        path = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in zip(xs, ys))
        out.append(f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="2"/>')
        for x, y in zip(xs, ys):
            out.append(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3" fill="{color}"/>')
        out.append(f'<rect x="{x0 + MARGIN_LEFT + 8}" y="{y0 + MARGIN_TOP + 6 + 14 * i}" width="10" height="3" fill="{color}"/>')
        out.append(f'<text x="{x0 + MARGIN_LEFT + 22}" y="{y0 + MARGIN_TOP + 11 + 14 * i}" font-size="10">{escape(name)}</text>')
    out.append(f'<rect x="{x0 + MARGIN_LEFT}" y="{y0 + MARGIN_TOP}" width="{inner_w}" height="{inner_h}" fill="none" stroke="#999"/>')
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", help="JSON files written by `pipeline bench index --json`")
    parser.add_argument("-o", "--out", required=True, help="the SVG to write")
    args = parser.parse_args()
    points = load(args.files)
    xs = [p[0] for p in points]
    runs = [p[1] for p in points]
    mb = 1024 * 1024
    parts = []
    parts += panel(0, 0, "Indexing rate", "articles per second", xs, [
        ("wall clock", [r["articlesPerSecond"] for r in runs]),
        ("per CPU-second", [r["articlesPerCpuSecond"] for r in runs]),
    ], goal=(2000, "goal ≥ 2,000/s (wall)"))
    parts += panel(WIDTH, 0, "Query latency, whole mix", "ms", xs, [
        ("p99, wall", [r["p99Ms"] for r in runs]),
        ("p99, CPU of the query", [r.get("cpuP99Ms", 0) for r in runs]),
        ("p50, wall", [r["p50Ms"] for r in runs]),
    ], goal=(100, "goal p99 < 100 ms"))
    parts += panel(0, HEIGHT, "Peak memory", "MB", xs, [
        ("private, indexing", [r.get("indexingPrivatePeakBytes", 0) / mb for r in runs]),
        ("private, querying", [r.get("queryPrivatePeakBytes", 0) / mb for r in runs]),
        ("working set (maps the index)", [r["peakWorkingSetBytes"] / mb for r in runs]),
    ], goal=(1536, "goal < 1.5 GB"))
    parts += panel(WIDTH, HEIGHT, "Index size", "MB on disk", xs, [
        ("index", [r["indexBytes"] / mb for r in runs]),
    ])
    loads = ", ".join(f"{label(x)} {str(p[1].get('loadAverage', '?')).split(' ')[0]}" for x, p in zip(xs, points))
    width, height = 2 * WIDTH, 2 * HEIGHT + 30
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
           f'font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>'] + parts + [
        f'<text x="8" y="{height - 10}" font-size="10" fill="#555">pipeline bench index, project analyzer, '
        f'{points[0][2].get("cores", "?")} cores shared with other work; load average (1 min) at the end of each run: {escape(loads)}</text>', "</svg>"]
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(svg) + "\n")
    print(f"{args.out}: {len(points)} sizes")


if __name__ == "__main__":
    main()
