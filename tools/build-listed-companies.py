#!/usr/bin/env python3
"""Builds src/Extract/Resources/listed-companies.tsv, the lexicon of listed Chinese companies the
enterprise stage matches short names with (see docs/extraction.md, "Enterprises").

Source: ../shared/data/cn-listed-companies.tsv (code, exchange, short name, full name of every
A-share and Hong Kong listed company, compiled from exchange lists published in public GitHub
repositories; sources, dates and licences in ../shared/data/SOURCES.md and, for the copy kept here,
in src/Extract/Resources/LISTED-COMPANIES-SOURCES.md). Names and codes of listed companies are
public facts published by the exchanges.

What this script does:
- A shares: the short name with trading markers removed (^*ST, ^ST, ^退市, 退$, a trailing share
  class letter A/B as in 万科A), and the full name as given.
- Hong Kong: no short names in the source, so the short name is the full name (OpenCC-simplified
  by the source) without its legal suffix (控股有限公司, 集团股份有限公司, 有限公司 …) and a
  bracketed place ((中国), (香港)); 腾讯控股有限公司 → 腾讯, 吉利汽车控股有限公司 → 吉利汽车.
- Rows whose short name is shorter than two characters after cleaning, or holds characters other
  than Han, Latin letters and digits, are dropped. Duplicated short names keep the first code.
Which short names are too ordinary to be matched as companies (中国, 太阳能) is decided at run time
by the stage from jieba's dictionary, not here (measured in docs/extraction.md).

usage: python3 tools/build-listed-companies.py [../shared/data/cn-listed-companies.tsv]
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "shared", "data", "cn-listed-companies.tsv")
OUT = os.path.join(HERE, "..", "src", "Extract", "Resources", "listed-companies.tsv")

HK_SUFFIXES = ["集团控股有限公司", "控股集团有限公司", "集团股份有限公司", "控股股份有限公司", "股份有限公司",
               "控股有限公司", "集团有限公司", "有限公司", "控股集团", "集团控股", "控股", "集团"]
NAME_CHARS = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]+$")


def clean_a_share(name):
    name = re.sub(r"^\*?ST", "", name)
    name = re.sub(r"^退市", "", name)
    name = re.sub(r"退$", "", name)
    # a share-class letter after a Chinese name (万科A, 深康佳A); Latin-only names (TCL科技) keep theirs
    if len(name) > 2 and name[-1] in "AB" and "\u4e00" <= name[-2] <= "\u9fff":
        name = name[:-1]
    return name


def hk_short(full):
    name = re.sub(r"'[A-Z]'$", "", full)
    name = re.sub(r"\((?:中国|香港|集团|控股|国际)\)", "", name)
    for suffix in HK_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def main():
    rows, seen = [], set()
    with open(SRC, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        assert header[:4] == ["code", "exchange", "short_name", "full_name"], header
        for line in f:
            code, exchange, short, full = (line.rstrip("\n").split("\t") + [""] * 4)[:4]
            short = hk_short(full) if exchange == "HKEX" else clean_a_share(short)
            if len(short) < 2 or not NAME_CHARS.match(short) or short in seen:
                continue
            seen.add(short)
            rows.append((short, full, code, exchange))
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Listed Chinese companies: short name, full name (may be empty), code, exchange.\n")
        out.write("# Built by tools/build-listed-companies.py; sources and licences in LISTED-COMPANIES-SOURCES.md.\n")
        for row in rows:
            out.write("\t".join(row) + "\n")
    print(f"{len(rows)} names → {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
