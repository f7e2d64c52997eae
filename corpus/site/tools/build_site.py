#!/usr/bin/env python3
"""Builds the bundled sample digital edition (corpus/site) from articles.json.

The site imitates the Founder e-paper template (html/YYYY-MM/DD/node_N.htm pages, content_N.htm
articles, the <!--enpproperty--> metadata comment, <!--enpcontent--> body markers) and a JSON API
fixture in the style of 科技日报's current edition (api/...). Re-run after editing articles.json:
    python3 corpus/site/tools/build_site.py
"""
import datetime
import html
import json
import os
import shutil
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.dirname(HERE)
WEEKDAYS = "一二三四五六日"


def png(width, height, rgb):
    """A small solid-colour PNG, so image links resolve to real images."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def write(path, text, encoding="utf-8"):
    full = os.path.join(SITE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(text.encode(encoding))


def write_bytes(path, data):
    full = os.path.join(SITE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(data)


def write_json(path, data):
    write(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def e(s):
    return html.escape(s or "", quote=True)


def charset_meta(encoding):
    return f'<meta http-equiv="Content-Type" content="text/html; charset={encoding}">'


def date_line(date):
    d = datetime.date.fromisoformat(date)
    return f"{d.year}年{d.month}月{d.day}日 星期{WEEKDAYS[d.weekday()]}"


def node_page(paper, date, pages, page, encoding):
    links = "\n".join(
        f'<tr><td><a id="pageLink" href="node_{i + 2}.htm">第{p["page"]:02d}版：{e(p["name"])}</a></td></tr>'
        for i, p in enumerate(pages))
    titles = "\n".join(
        f'<tr><td><a href="content_{a["id"]}.htm"><div style="display:inline" id="mp{a["id"]}">{e(a["title"])}</div></a></td></tr>'
        for a in page["articles"])
    areas = "\n".join(
        f'<area shape="rect" coords="0,{n * 100},600,{n * 100 + 90}" href="content_{a["id"]}.htm?div=-1">'
        for n, a in enumerate(page["articles"]))
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
{charset_meta(encoding)}
<title>{paper} - 第{page["page"]:02d}版：{e(page["name"])}</title>
</head>
<body>
<table width="100%" class="header"><tr>
<td class="font01">{date_line(date)}</td>
<td class="font01">第{page["page"]:02d}版：{e(page["name"])}</td>
<td><a href="../../../index.htm">往期回顾</a></td>
</tr></table>
<table class="pagelist">
{links}
</table>
<img src="../../../images/{date[:7]}/{date[8:]}/page{page["page"]:02d}.png" usemap="#pagemap" alt="版面图">
<map name="pagemap">
{areas}
</map>
<table class="titlelist">
{titles}
</table>
<div class="footer">版权所有 {paper}社 未经书面授权禁止使用</div>
</body>
</html>
"""


def article_page(paper, date, page, article, encoding, with_property, base_url):
    a = article
    prop = ""
    if with_property:
        prop = ("<!--enpproperty "
                f"<articleid>{a['id']}</articleid><date>{date}</date><author>{e(a['author_meta'])}</author>"
                f"<page>{page['page']}</page><introtitle>{e(a['kicker'])}</introtitle><title>{e(a['title'])}</title>"
                f"<subtitle>{e(a['subtitle'])}</subtitle><reference></reference>"
                f"<url>{base_url}html/{date[:7]}/{date[8:]}/content_{a['id']}.htm</url><domainname></domainname>"
                f"<periodname>{paper}</periodname><nodename>{e(page['name'])}</nodename><nodeid>{page['page']}</nodeid>"
                "<keyword></keyword>/enpproperty-->")
    pictures = "\n".join(
        f"""<table class="picture" align="center"><tr><td align="center"><img src="../../../images/{date[:7]}/{date[8:]}/{img['file']}"></td></tr>
<tr><td class="font02" align="center">{e(img['caption'])}</td></tr></table>"""
        for img in a["images"])
    body = "\n".join(f"<P>\u3000\u3000{e(p)}</P>" for p in a["body"])
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
{charset_meta(encoding)}
<title>{e(a['title'])}--{paper}</title>
</head>
<body>
<table width="100%" class="header"><tr>
<td class="font01">{date_line(date)}</td>
<td class="font01">第{page['page']:02d}版：{e(page['name'])}</td>
<td><a href="node_{page['node']}.htm">返回本版</a></td>
</tr></table>
{prop}
<table width="100%" class="article">
<tr><td class="yinti">{e(a['kicker'])}</td></tr>
<tr><td class="biaoti">{e(a['title'])}</td></tr>
<tr><td class="futi">{e(a['subtitle'])}</td></tr>
<tr><td class="author">{e(a['byline'])}</td></tr>
</table>
{pictures}
<div id="ozoom" style="font-size:14px"><!--enpcontent-->{body}<!--/enpcontent--></div>
<table class="related"><tr><td><a href="node_2.htm">返回第一版</a></td><td><a href="../../../index.htm">往期回顾</a></td></tr></table>
</body>
</html>
"""


def main():
    with open(os.path.join(HERE, "articles.json"), encoding="utf-8") as f:
        data = json.load(f)
    paper = data["paper"]
    for generated in ("html", "api", "images"):
        shutil.rmtree(os.path.join(SITE, generated), ignore_errors=True)
    base_url = "http://127.0.0.1/"
    dates = []
    for date, pages in data["dates"].items():
        dates.append(date)
        month, day = date[:7], date[8:]
        for i, page in enumerate(pages):
            page["node"] = i + 2
        for page in pages:
            encoding = page.get("encoding", "utf-8")
            write(f"html/{month}/{day}/node_{page['node']}.htm", node_page(paper, date, pages, page, encoding), encoding)
            write_bytes(f"images/{month}/{day}/page{page['page']:02d}.png", png(12, 16, (200, 200, 200)))
            for a in page["articles"]:
                a_enc = a.get("encoding", "utf-8")
                write(f"html/{month}/{day}/content_{a['id']}.htm",
                      article_page(paper, date, page, a, a_enc, not page.get("plain"), base_url), a_enc)
                for img in a["images"]:
                    write_bytes(f"images/{month}/{day}/{img['file']}", png(16, 12, (90, 120, 160)))
    # The JSON API fixture (served for POST /api/...; see LocalSiteServer).
    write_json("api/period/date.json", {"code": 200, "msg": "success", "data": data["api_dates"]})
    for date in data["api_dates"]:
        pages = data["dates"][date]
        editions = [{"id": f"{date.replace('-', '')}{p['page']:02d}", "editionName": p["name"], "editionCode": f"{p['page']:02d}"} for p in pages]
        write_json(f"api/period/periodTime/{date}.json", {"code": 200, "msg": "success", "data": {"periodTime": date, "editionList": editions}})
        for p, edition in zip(pages, editions):
            write_json(f"api/article/editionId/{edition['id']}.json", {"code": 200, "msg": "success", "data": [
                {"articleId": str(a["id"]), "title": a["title"]} for a in p["articles"]]})
            for a in p["articles"]:
                content = "".join(f"<p>{e(x)}</p>" for x in a["body"])
                write_json(f"api/article/articleId/{a['id']}.json", {"code": 200, "msg": "success", "data": {
                    "id": str(a["id"]), "title": a["title"], "subtitle": a["subtitle"] or "", "introTitle": a["kicker"] or "",
                    "content": content, "author": a["byline"].lstrip("◎"), "editionName": p["name"],
                    "editionCode": f"{p['page']:02d}", "periodTime": date,
                    "picList": [{"url": f"/images/{date[:7]}/{date[8:]}/{img['file']}", "picText": img["caption"]} for img in a["images"]]}})
    items = "\n".join(f'<li><a href="html/{d[:7]}/{d[8:]}/node_2.htm">{date_line(d)}</a></li>' for d in dates)
    write("index.htm", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{paper} 数字报（样例）</title></head>
<body><h1>{paper} 数字报（样例）</h1><ul>
{items}
</ul></body></html>
""")
    write("404.htm", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>404 页面不存在</title></head>
<body><h1>404</h1><p>您访问的页面不存在。</p></body></html>
""")
    write("robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /search\n")


if __name__ == "__main__":
    main()
