"""Times python-evtx (Debian's python3-evtx) reading every record of the given .evtx files and
rendering it as XML, the equivalent of what the Java reader does per record.

Usage: /usr/bin/python3 python_evtx_bench.py < list-of-files
Prints one JSON line: {"files": n, "records": n, "bytes": n, "seconds": s}.
"""
import json
import os
import sys
import time

import Evtx.Evtx as evtx


def main():
    paths = [line.rstrip("\n") for line in sys.stdin if line.strip()]
    records = 0
    size = 0
    start = time.perf_counter()
    for path in paths:
        size += os.path.getsize(path)
        with evtx.Evtx(path) as log:
            for record in log.records():
                record.xml()
                records += 1
    seconds = time.perf_counter() - start
    print(json.dumps({"files": len(paths), "records": records, "bytes": size, "seconds": seconds}))


if __name__ == "__main__":
    main()
