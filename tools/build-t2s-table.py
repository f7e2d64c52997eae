#!/usr/bin/env python3
"""Builds src/Extract/Text/t2s.txt, the Traditional→Simplified table used for matching.

Source: the OpenCC dictionaries shipped by Debian's libopencc-data (Apache-2.0,
https://github.com/BYVoid/OpenCC), dumped to text with `opencc_dict`:
  TSPhrases, TWVariantsRevPhrases (phrases) and TSCharacters, TWVariantsRev, HKVariantsRev (characters).
Only the first candidate of each entry is kept, and only entries whose UTF-16 length is the same
on both sides, so a converted text keeps every offset of the original. The *VariantsRev tables map
regional variants to OpenCC's standard Traditional form (台→臺), so their results are passed
through TSCharacters again; an entry that comes back to itself is dropped, and so is a variant
entry whose key is a GB2312 character (the Simplified set: 么, 抬 are already Simplified).

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


def read_dict(tmp, name):
    dumped = os.path.join(tmp, name + ".txt")
    subprocess.run(["opencc_dict", "-i", os.path.join(OCD, name + ".ocd2"), "-o", dumped,
                    "-f", "ocd2", "-t", "text"], check=True)
    with open(dumped, encoding="utf-8") as fh:
        for line in fh:
            key, _, values = line.rstrip("\n").partition("\t")
            yield key, values.split(" ")[0]


def gb2312_han():
    chars = set()
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def main():
    simplified = gb2312_han()
    table = {}
    with tempfile.TemporaryDirectory() as tmp:
        ts_chars = dict(read_dict(tmp, "TSCharacters"))
        for name in SOURCES:
            for key, value in read_dict(tmp, name):
                if name.endswith("VariantsRev") or name.endswith("VariantsRevPhrases"):
                    if len(key) == 1 and key in simplified:
                        continue
                    value = "".join(ts_chars.get(ch, ch) for ch in value)
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
