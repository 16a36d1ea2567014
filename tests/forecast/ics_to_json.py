#!/usr/bin/env python3
"""An independent RFC 5545 reader (standard library only) for the calendar export test.

Reads an .ics file, checks the line rules (CRLF endings, at most 75 octets per line),
unfolds, unescapes TEXT values and prints the events as JSON.
"""
import json
import sys


def unescape(value):
    out, i = [], 0
    while i < len(value):
        c = value[i]
        if c == "\\" and i + 1 < len(value):
            n = value[i + 1]
            out.append("\n" if n in "nN" else n)
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def main(path):
    raw = open(path, "rb").read()
    problems = []
    if raw and not raw.endswith(b"\r\n"):
        problems.append("file does not end with CRLF")
    physical = raw.split(b"\r\n")
    for number, line in enumerate(physical, 1):
        if b"\n" in line or b"\r" in line:
            problems.append(f"line {number}: bare LF or CR")
        if len(line) > 75:
            problems.append(f"line {number}: {len(line)} octets")
    logical = []
    for line in physical:
        if line[:1] in (b" ", b"\t") and logical:
            logical[-1] += line[1:]
        elif line:
            logical.append(line)
    events, stack = [], []
    for line in logical:
        text = line.decode("utf-8")
        head, _, value = text.partition(":")
        name, *params = head.split(";")
        if name == "BEGIN":
            stack.append({"_component": value, "_params": {}})
            continue
        if name == "END":
            done = stack.pop()
            if done["_component"] == "VALARM" and stack:
                stack[-1]["alarm"] = {k: v for k, v in done.items() if not k.startswith("_")}
            elif done["_component"] == "VEVENT":
                done.pop("_component")
                done.pop("_params")
                events.append(done)
            continue
        if stack:
            stack[-1][name] = unescape(value)
            if params:
                stack[-1]["_params"][name] = params
                stack[-1][name + ";params"] = ";".join(params)
    print(json.dumps({"problems": problems, "events": events}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
