#!/usr/bin/env python3
"""Writes encoded copies of every seed and dev letter under src/test/resources/encodings/.

Run once from the project directory: python3 src/test/scripts/make_encodings.py
The copies are committed; EncodedCopiesTest reads each one and checks that it cleans to exactly
the text of its UTF-8 original. Variants:
  gb18030/       GB18030 (a superset of GBK), no BOM
  utf-16le-bom/  UTF-16LE with BOM FF FE
  utf-16be-bom/  UTF-16BE with BOM FE FF
  utf-8-bom/     UTF-8 with BOM EF BB BF
  html/          a saved web page: one <p> per line, a breadcrumb div and a footer div of site
                 chrome, a script and a style; every other page declares gb2312 (bytes GB18030),
                 the rest utf-8
  big5/          Big5, only for letters Big5 can encode whole (the traditional seed)
"""
import html
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[3]
SOURCES = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("src/test/resources/dev/letters/*.txt"))
OUT = ROOT / "src/test/resources/encodings"

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta charset="{charset}">
<title>{title}</title>
<style>p {{ text-indent: 2em; }}</style>
<script>var share = "扫一扫 分享到";</script>
</head>
<body>
<div class="crumb">您当前的位置:首页 &gt; 政务公开 &gt; 建议提案办理</div>
<div class="content">
{paragraphs}
</div>
<div class="footer">主办单位:示例市人民政府办公室 地址:示例市人民路1号 邮编:100000<br>
版权所有:示例市人民政府 京ICP备12345678号-1 网站标识码:1234000001</div>
</body>
</html>
"""


def page(text, charset):
    lines = text.split("\n")
    paragraphs = "\n".join("<p>%s</p>" % html.escape(line, quote=False) if line.strip() else "<br>"
                           for line in lines)
    return PAGE.format(charset=charset, title=html.escape(lines[0][:30]), paragraphs=paragraphs)


def write(variant, name, data):
    target = OUT / variant / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


def main():
    for i, src in enumerate(SOURCES):
        text = src.read_text(encoding="utf-8")
        stem = src.stem
        write("gb18030", stem + ".txt", text.encode("gb18030"))
        write("utf-16le-bom", stem + ".txt", b"\xff\xfe" + text.encode("utf-16-le"))
        write("utf-16be-bom", stem + ".txt", b"\xfe\xff" + text.encode("utf-16-be"))
        write("utf-8-bom", stem + ".txt", b"\xef\xbb\xbf" + text.encode("utf-8"))
        if i % 2 == 0:
            write("html", stem + ".html", page(text, "utf-8").encode("utf-8"))
        else:
            write("html", stem + ".html", page(text, "gb2312").encode("gb18030"))
        try:
            write("big5", stem + ".txt", text.encode("big5"))
        except UnicodeEncodeError:
            pass


if __name__ == "__main__":
    main()
