#!/usr/bin/python3
"""Reference output of python jieba for the C# segmenter's exactness tests.

Reads a JSON object {"lines": [...], "user_words": [[word, freq or null, tag or null], ...]} on
standard input and writes, for every line, jieba's cut (HMM on and off), cut_for_search, posseg
(HMM on and off) and tokenize(mode='search') as one JSON object on standard output.
"""
import json
import logging
import sys

import jieba
import jieba.posseg as posseg

jieba.setLogLevel(logging.WARNING)


def main():
    request = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    for word, freq, tag in request.get("user_words", []):
        jieba.add_word(word, freq, tag)
    out = []
    for line in request["lines"]:
        out.append({
            "cut": jieba.lcut(line),
            "cut_no_hmm": jieba.lcut(line, HMM=False),
            "search": jieba.lcut_for_search(line),
            "pos": [[p.word, p.flag] for p in posseg.lcut(line)],
            "pos_no_hmm": [[p.word, p.flag] for p in posseg.lcut(line, HMM=False)],
            "tokenize_search": [list(t) for t in jieba.tokenize(line, mode="search")],
        })
    sys.stdout.buffer.write(json.dumps(out, ensure_ascii=False).encode("utf-8"))


if __name__ == "__main__":
    main()
