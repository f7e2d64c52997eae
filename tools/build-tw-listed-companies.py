#!/usr/bin/env python3
"""Builds src/Extract/Resources/tw-listed-companies.tsv, the Taiwan listed companies (TWSE 上市 and TPEx 上櫃)
the enterprise stage matches by their short names (國巨, 穩懋, 台積電; see docs/extraction.md, "Taiwan listed
companies").

Source: the equity lists of the public repository mlouielu/twstock (MIT licence), files
twstock/codes/twse_equities.csv and twstock/codes/tpex_equities.csv (columns type, code, name, ISIN, start,
market, group, CFI; published by the two exchanges). Names and codes of listed companies are public facts;
where the copy came from, its commit and date are in TW-LISTED-COMPANIES-SOURCES.md.

What this script does:
- keeps equities only: rows whose type is 股票 (ETFs, warrants, preferred shares, depositary receipts and
  asset-backed securities are other types); a file without a type column is taken as equities already;
- strips the marks the exchanges add to a short name: -KY (a company registered abroad), * (as in 太景*-KY);
- drops names that are Latin letters and digits only (TPK, GIS, M31: ordinary acronyms in Chinese text) and
  names shorter than two characters; a short name listed twice keeps its first code.
Names stay in Traditional script as published; the stage folds them to Simplified when it loads them, the way
it folds page text, so 國巨 and 国巨 both match. Which names are distinctive enough to be matched in running
text is decided by the stage (ListedCompanyLexicon), not here.

usage: python3 tools/build-tw-listed-companies.py TWSE_CSV TPEX_CSV
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "Extract", "Resources", "tw-listed-companies.tsv")

EXCHANGES = ("TWSE", "TPEx")  # the order of the two files on the command line
LATIN_ONLY = re.compile(r"^[A-Za-z0-9&.\- ]+$")


def clean(name):
    name = name.strip()
    name = re.sub(r"-KY$", "", name)
    return name.replace("*", "").strip()


def rows_of(path, exchange):
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row.get("type", "股票").strip() != "股票":
                continue
            name = clean(row["name"])
            if len(name) < 2 or LATIN_ONLY.match(name):
                continue
            yield name, row["code"].strip(), exchange, row.get("group", "").strip()


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[-1])
    rows = {}
    for path, exchange in zip(sys.argv[1:], EXCHANGES):
        for row in rows_of(path, exchange):
            rows.setdefault(row[0], row)  # a name listed twice keeps its first code
    lines = [
        "# Taiwan listed companies (TWSE 上市, TPEx 上櫃): short name as published, code, exchange, industry.",
        "# Built by tools/build-tw-listed-companies.py; source, commit and licence in TW-LISTED-COMPANIES-SOURCES.md.",
    ] + ["\t".join(row) for row in rows.values()]
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(lines) + "\n")
    print(f"{len(rows)} names → {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
