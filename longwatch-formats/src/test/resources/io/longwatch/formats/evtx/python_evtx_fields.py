"""Reference side of EvtxPythonComparisonTest: reads .evtx files with python-evtx (Debian's
python3-evtx) and prints, as JSON lines, each file's record count and, for a sample of records,
the canonical Longwatch fields flattened from python-evtx's XML.

Usage: /usr/bin/python3 python_evtx_fields.py EVERY < list-of-files
Samples record i when i % EVERY == 0, and always the last record of a file.
"""
import json
import sys
import xml.etree.ElementTree as ET

import Evtx.Evtx as evtx

NS = "{http://schemas.microsoft.com/win/2004/08/events/event}"


def local(tag):
    return tag.split("}", 1)[1] if "}" in tag else tag


def text_of(el):
    return "".join(el.itertext())


def flatten(root):
    fields = {}
    for section in root:
        name = local(section.tag)
        if name != "System" and name != "RenderingInfo" and len(section) == 0 and text_of(section) == "":
            fields[name] = None  # an empty section, as the evtx-crate JSON shows it
        elif name == "System":
            for child in section:
                x = local(child.tag)
                has_attr = False
                for y, v in child.attrib.items():
                    if v != "":
                        fields[x + "_" + local(y)] = v
                        has_attr = True
                t = text_of(child)
                if t != "" or len(child) > 0:
                    fields[x] = t
                elif not has_attr:
                    fields[x] = None
        elif name == "EventData":
            unnamed = []
            for child in section:
                c = local(child.tag)
                if c == "Data" and child.get("Name"):
                    fields[child.get("Name")] = text_of(child)
                elif c == "Data":
                    unnamed.append(text_of(child))
                else:
                    fields[c] = text_of(child)
            if unnamed:
                fields["Data"] = unnamed[0] if len(unnamed) == 1 else unnamed
        elif name == "UserData":
            for wrapper in section:
                for child in wrapper:
                    fields[local(child.tag)] = text_of(child)
        elif name != "RenderingInfo":
            for child in section:
                fields[name + "." + local(child.tag)] = text_of(child)
    return fields


def main():
    every = int(sys.argv[1])
    for line in sys.stdin:
        path = line.rstrip("\n")
        if not path:
            continue
        sampled = []
        count = 0
        with evtx.Evtx(path) as log:
            records = list(log.records())
            count = len(records)
            for i, record in enumerate(records):
                if i % every != 0 and i != count - 1:
                    continue
                try:
                    root = ET.fromstring(record.xml())
                    sampled.append({"file": path, "index": i, "fields": flatten(root)})
                except Exception as e:  # noqa: BLE001 - reported, the Java side counts these
                    sampled.append({"file": path, "index": i, "error": repr(e)})
        print(json.dumps({"file": path, "count": count}))
        for s in sampled:
            print(json.dumps(s))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
