#!/usr/bin/env python3
"""Builds src/Extract/Text/t2s.txt, the Traditional→Simplified table used for matching.

Source: the OpenCC dictionaries shipped by Debian's libopencc-data (Apache-2.0,
https://github.com/BYVoid/OpenCC), dumped to text with `opencc_dict`:
  TSPhrases, TWVariantsRevPhrases (phrases) and TSCharacters, TWVariantsRev, HKVariantsRev (characters).
Only the first candidate of each entry is kept, and only entries whose UTF-16 length is the same
on both sides, so a converted text keeps every offset of the original.

usage: apt-get install -y opencc libopencc-data && python3 tools/build-t2s-table.py
"""
import os
import subprocess
import sys
import tempfile

SOURCES = ["TWVariantsRevPhrases", "TSPhrases", "TWVariantsRev", "HKVariantsRev", "TSCharacters"]
OCD = "/usr/share/opencc"
OUT = os.path.join(os.path.dirname(__file__), "..", "src", "Extract", "Text", "t2s.txt")


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def main():
    table = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in SOURCES:
            dumped = os.path.join(tmp, name + ".txt")
            subprocess.run(["opencc_dict", "-i", os.path.join(OCD, name + ".ocd2"), "-o", dumped,
                            "-f", "ocd2", "-t", "text"], check=True)
            with open(dumped, encoding="utf-8") as fh:
                for line in fh:
                    key, _, values = line.rstrip("\n").partition("\t")
                    value = values.split(" ")[0]
                    if not key or not value or key == value or utf16_len(key) != utf16_len(value):
                        continue
                    table.setdefault(key, value)  # earlier sources win: variants before plain characters
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# Traditional→Simplified for matching. Built by tools/build-t2s-table.py from OpenCC\n")
        fh.write("# (libopencc-data, Apache-2.0, https://github.com/BYVoid/OpenCC). One 'traditional<TAB>simplified' a line.\n")
        for key in sorted(table, key=lambda k: (-len(k), k)):
            fh.write(f"{key}\t{table[key]}\n")
    print(f"{len(table)} entries → {os.path.normpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
