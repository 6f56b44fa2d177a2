#!/usr/bin/env python3
"""Writes the seed corpus of every libFuzzer target (fuzz/) into OUT/<target>/ from the repository's
own fixtures: the layout fixtures, the .docx XML seed, the golden results, and encodings and ZIP
archives made from them here (so no binary file is kept in the repository).
Usage: scripts/fuzz-seeds.py OUT"""
import glob
import io
import os
import sys
import zipfile

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
out = sys.argv[1]


def read(path):
    with open(path, "rb") as f:
        return f.read()


def put(target, name, data):
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


fixtures = sorted(glob.glob(os.path.join(root, "tests/fixtures/*.txt")) +
                  glob.glob(os.path.join(root, "tests/fixtures/*.md")))
html = sorted(glob.glob(os.path.join(root, "tests/fixtures/*.html")))
docx = sorted(glob.glob(os.path.join(root, "fuzz/seeds/docx/*.xml")))
runs = sorted(glob.glob(os.path.join(root, "tests/fixtures/pdf/*.runs.json")))
golden = sorted(glob.glob(os.path.join(root, "tests/golden/*.json")))
regressions = os.path.join(root, "tests/fuzz")

for p in fixtures:
    name = os.path.basename(p)
    data = read(p)
    put("text", name, data)
    put("check", name, b"\x01" + data)  # kind "text" (see fuzz_check.cpp)
    put("decode", name, b"\x00" + data)
    put("decode", name + ".bom", b"\x00\xef\xbb\xbf" + data)
    text = data.decode("utf-8")
    put("decode", name + ".utf16le", b"\x00\xff\xfe" + text.encode("utf-16-le"))
    put("decode", name + ".utf16be", b"\x00\xfe\xff" + text.encode("utf-16-be"))
    put("decode", name + ".gb18030", b"\x00" + text.encode("gb18030"))
for p in html:
    name = os.path.basename(p)
    data = read(p)
    put("html", name, data)
    put("check", name, b"\x02" + data)
    put("decode", name, b"\x01" + data)
for p in docx:
    name = os.path.basename(p)
    data = read(p)
    put("docx_xml", name, data)
    put("check", name, b"\x03" + data)
    for method, tag in ((zipfile.ZIP_DEFLATED, "deflated"), (zipfile.ZIP_STORED, "stored")):
        b = io.BytesIO()
        with zipfile.ZipFile(b, "w", method) as z:
            z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
            z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                       'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                       'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
            z.writestr("word/document.xml", data)
        put("unzip", name + "." + tag + ".docx", b.getvalue())
        put("decode", name + "." + tag + ".docx", b"\x00" + b.getvalue())
for p in runs:
    name = os.path.basename(p)
    data = read(p)
    put("runs", name, data)
    put("check", name, b"\x00" + data)  # kind "auto": runs JSON is recognised by its first key
for p in golden:
    put("render", os.path.basename(p), read(p))
# Every input that once crashed a target is a seed of it too (and a regression test: tests/fuzz/).
for p in sorted(glob.glob(os.path.join(regressions, "*", "*"))):
    put(os.path.basename(os.path.dirname(p)), "regression-" + os.path.basename(p), read(p))
