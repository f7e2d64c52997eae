#!/usr/bin/python3
"""One-time conversion of python jieba's data (MIT licence; Debian's python3-jieba) into the
project's embedded resources src/Extract/Resources/jieba.dict.bin (prefix dictionary and the
finalseg HMM, loaded on first use) and jieba.pos.gz (posseg's HMM, loaded on first tagging).

jieba.dict.bin is uncompressed and its per-node columns are fixed-width little-endian arrays, each
starting at a multiple of 8 bytes; the trie's nodes are stored as the very records the route search
reads (log frequency, frequency, first child), so the segmenter reads them in place from the
assembly's mapped resource instead of building them at start-up (start-up of `pipeline segment`,
docs/performance.md); git stores the file compressed anyway.

It reads the data through jieba itself (Tokenizer.FREQ/total, posseg word tags, the finalseg and
posseg HMM tables) so the C# segmenter starts from exactly the numbers python jieba uses.
Floating-point values are stored as raw IEEE-754 doubles: no decimal round trip.

Usage: /usr/bin/python3 tools/jieba/convert.py [OUT_DIR]   (default src/Extract/Resources)
"""
import gzip
import io
import logging
import math
import os
import struct
import sys

import jieba
import jieba.finalseg as finalseg
import jieba.posseg as posseg

jieba.setLogLevel(logging.WARNING)

DICT_MAGIC = b"JIEBADIC"
POS_MAGIC = b"JIEBAPOS"
VERSION = 1
DICT_VERSION = 3


class Writer:
    def __init__(self):
        self.buf = io.BytesIO()

    def u8(self, v):
        self.buf.write(struct.pack("<B", v))

    def i64(self, v):
        self.buf.write(struct.pack("<q", v))

    def f64(self, v):
        self.buf.write(struct.pack("<d", v))

    def varint(self, v):
        assert v >= 0
        while True:
            b = v & 0x7F
            v >>= 7
            if v:
                self.buf.write(bytes((b | 0x80,)))
            else:
                self.buf.write(bytes((b,)))
                return

    def align(self):
        """Pad with zeros to the next multiple of 8 bytes, so the column after it is aligned."""
        self.buf.write(bytes(-self.buf.tell() % 8))

    def column(self, fmt, values):
        """One fixed-width little-endian array, aligned to 8 bytes."""
        self.align()
        self.buf.write(struct.pack("<%d%s" % (len(values), fmt), *values))

    def string(self, s):
        data = s.encode("utf-8")
        self.varint(len(data))
        self.buf.write(data)


def utf16_units(word):
    """The word as .NET sees it: a sequence of UTF-16 code units."""
    data = word.encode("utf-16-le", "surrogatepass")
    return [data[i] | (data[i + 1] << 8) for i in range(0, len(data), 2)]


def bmp_char(ch):
    code = ord(ch)
    if code > 0xFFFF:
        raise SystemExit("unexpected non-BMP character in an HMM table: %r" % ch)
    return code


def build_trie(freq):
    """Nodes in breadth-first order so that every node's children are contiguous and sorted:
    a node's children are the nodes from its first child to the next node's first child."""
    children = [{}]
    node_freq = [0]
    node_word = [None]
    for word, f in freq.items():
        node = 0
        units = utf16_units(word)
        for depth, unit in enumerate(units):
            nxt = children[node].get(unit)
            if nxt is None:
                nxt = len(children)
                children.append({})
                node_freq.append(0)
                node_word.append(None)
                children[node][unit] = nxt
            node = nxt
        # several python keys can never share a node: keys are distinct code-unit sequences
        node_freq[node] = f
        node_word[node] = word
    order = [0]
    labels = [0]
    head = 0
    while head < len(order):
        node = order[head]
        head += 1
        for unit in sorted(children[node]):
            order.append(children[node][unit])
            labels.append(unit)
    return order, labels, children, node_freq, node_word


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join("src", "Extract", "Resources")
    jieba.dt.initialize()
    freq = jieba.dt.FREQ
    total = jieba.dt.total
    word_tags = posseg.dt.word_tag_tab

    w = Writer()
    w.buf.write(DICT_MAGIC)
    w.varint(DICT_VERSION)
    w.i64(total)

    tags = sorted(set(word_tags.values()) | {t for (_, t) in posseg.trans_P.keys()})
    tag_index = {t: i for i, t in enumerate(tags)}
    w.varint(len(tags))
    for t in tags:
        w.string(t)

    order, labels, children, node_freq, node_word = build_trie(freq)
    w.varint(len(order))
    child_counts = [len(children[node]) for node in order]
    word_tag_column = []
    for node in order:
        word = node_word[node]
        tag = word_tags.get(word) if word is not None else None
        word_tag_column.append(0 if tag is None else tag_index[tag] + 1)
    w.column("H", labels)
    # One 16-byte record per node, as the C# TrieNode lays it out: python's log(FREQ) (0 where FREQ is
    # 0, which the route search never reads), FREQ, and the index of the first child; then a sentinel
    # whose first child ends the last node's children.
    w.align()
    first_child = 1
    for node, count in zip(order, child_counts):
        f = node_freq[node]
        w.buf.write(struct.pack("<dii", math.log(f) if f > 0 else 0.0, f, first_child))
        first_child += count
    w.buf.write(struct.pack("<dii", 0.0, 0, first_child))
    w.column("B", word_tag_column)

    # finalseg: states B, E, M, S (this order is also python's tie-break order)
    states = "BEMS"
    w.column("d", [finalseg.start_P[s] for s in states])
    w.column("d", [finalseg.trans_P[s].get(t, finalseg.MIN_FLOAT) for s in states for t in states])
    for s in states:
        emit = sorted(finalseg.emit_P[s].items())
        w.align()
        w.varint(len(emit))
        w.column("H", [bmp_char(ch) for ch, _ in emit])
        w.column("d", [p for _, p in emit])

    raw = w.buf.getvalue()
    path = os.path.join(out_dir, "jieba.dict.bin")
    with open(path, "wb") as f:
        f.write(raw)
    print("wrote %s: %d bytes" % (path, len(raw)))

    w = Writer()
    w.buf.write(POS_MAGIC)
    w.varint(VERSION)
    w.varint(len(tags))
    # posseg: states sorted as python compares the (position, tag) tuples, so that a larger
    # index wins a tie exactly where python's max() over (prob, state) would pick it.
    pstates = sorted(posseg.trans_P.keys())
    index = {s: i for i, s in enumerate(pstates)}
    w.varint(len(pstates))
    for (pos, tag) in pstates:
        w.varint(ord(pos))
        w.varint(tag_index[tag])
    for s in pstates:
        w.f64(posseg.start_P[s])
    for s in pstates:
        nexts = posseg.trans_P[s]
        w.varint(len(nexts))
        for t, p in sorted(nexts.items()):
            w.varint(index[t])
            w.f64(p)
    for s in pstates:
        emit = posseg.emit_P.get(s, {})
        w.varint(len(emit))
        for ch, p in sorted(emit.items()):
            w.varint(bmp_char(ch))
            w.f64(p)
    table = posseg.char_state_tab_P
    w.varint(len(table))
    for ch, sts in sorted(table.items()):
        w.varint(bmp_char(ch))
        w.varint(len(sts))
        for s in sts:
            w.varint(index[s])

    save(w, os.path.join(out_dir, "jieba.pos.gz"))
    print("%d trie nodes, %d tags, %d posseg states" % (len(order), len(tags), len(pstates)))


def save(writer, path):
    raw = writer.buf.getvalue()
    with open(path, "wb") as f:
        # mtime=0 keeps the output byte-identical across runs
        with gzip.GzipFile(fileobj=f, mode="wb", compresslevel=9, mtime=0) as gz:
            gz.write(raw)
    print("wrote %s: %d bytes raw, %d compressed" % (path, len(raw), os.path.getsize(path)))


if __name__ == "__main__":
    main()
