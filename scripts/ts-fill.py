#!/usr/bin/env python3
"""Fill unfinished entries of a Qt .ts file from a JSON dictionary, or list them.

  ts-fill.py translations/motcua_vi.ts --list            unfinished entries as JSON lines
  ts-fill.py translations/motcua_vi.ts --apply dict.json  fill from {"source": "translation"}
                                                          or {"context|source": "translation"}
Run `cmake --build build --target update_translations` first so that the file is current.
"""
import json
import sys
import xml.etree.ElementTree as ET


def entries(root):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def main():
    path, mode = sys.argv[1], sys.argv[2]
    tree = ET.parse(path)
    root = tree.getroot()
    if mode == "--list":
        for name, message in entries(root):
            translation = message.find("translation")
            if translation.get("type") == "unfinished":
                print(json.dumps({"context": name, "source": message.findtext("source"),
                                  "numerus": message.get("numerus") == "yes"}, ensure_ascii=False))
        return
    table = json.load(open(sys.argv[3], encoding="utf-8"))
    filled = missing = 0
    for name, message in entries(root):
        translation = message.find("translation")
        if translation.get("type") not in ("unfinished",):
            continue
        source = message.findtext("source")
        text = table.get(f"{name}|{source}", table.get(source))
        if text is None:
            missing += 1
            continue
        del translation.attrib["type"]
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        else:
            translation.text = text
        filled += 1
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    print(f"{path}: filled {filled}, still unfinished {missing}")


if __name__ == "__main__":
    main()
