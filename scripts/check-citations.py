#!/usr/bin/env python3
"""Prints the line each SDK citation of this repository points at, so the citations can be re-checked in one go.

Usage:
  scripts/check-citations.py SDK_CHECKOUT [--go-src GOROOT/src] [--unique] [--missing]

SDK_CHECKOUT is a working copy of the SDK at the pinned version, for example
  git -C aws-sdk-go archive v1.55.6 | tar -x -C /tmp/aws-sdk-go-v1.55.6
  scripts/check-citations.py /tmp/aws-sdk-go-v1.55.6 --go-src /usr/lib/go-1.19/src

A citation is
  - an explain-trace location in Sources/: a call such as `GoSource.retryer(251)`, resolved through the
    `static func name(_ line: Int) -> SourceLocation { SourceLocation("file", line) }` declarations of the
    `...Source` enums (the file:line every explain step reports);
  - a `path/file.ext:LINE` or `path/file.ext:FIRST-LAST` in Sources/, Tests/, spec/, README.md, examples/ and the
    vector files (their `links`); a bare `file.ext:LINE` is the path of that name the same file mentions, or the
    only file of that name in the checkout.
Each citation whose file exists in the checkout (or, with --go-src, in Go's source tree; a `go1.19/src/` prefix
is dropped) prints as
  where-cited  ->  file:line  |  the text of that line (the first line of a range, and the last)
Citations of files the checkout does not have (another SDK, a bare file name) are counted; --missing lists them.
Exit status 1 when a citation points past the end of its file.
"""
import argparse
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCANNED = ["Sources", "Tests", "spec", "examples", "vectors", "README.md"]
EXTENSIONS = (".swift", ".md", ".json", ".jsonl", ".py", ".js", ".go")
TEXT_CITATION = re.compile(
    r"(?<![\w/.-])((?:go1\.\d+/src/)?(?:[\w.-]+/)*[\w-]+(?:\.[\w-]+)*\.(?:go|js|ts|s|mjs|cjs)):(\d+)(?:-(\d+))?(?!\d)")
SOURCE_ENUM = re.compile(r"enum\s+(\w+Source)\s*\{")
SOURCE_FUNC = re.compile(
    r"static func (\w+)\(_ line: Int\) -> SourceLocation \{\s*SourceLocation\(\"([^\"]+)\", line\)", re.S)
SOURCE_CALL = re.compile(r"\b(\w+Source)\.(\w+)\((\d+)\)")


def files_to_scan():
    for entry in SCANNED:
        path = os.path.join(ROOT, entry)
        if os.path.isfile(path):
            yield path
            continue
        for directory, subdirectories, names in os.walk(path):
            subdirectories[:] = sorted(d for d in subdirectories if not d.startswith("."))
            for name in sorted(names):
                if name.endswith(EXTENSIONS):
                    yield os.path.join(directory, name)


def source_enums():
    """{enum name: {function name: SDK file}} from the `...Source` enums under Sources/."""
    enums = {}
    for path in files_to_scan():
        if not path.endswith(".swift") or "/Sources/" not in path:
            continue
        text = open(path, encoding="utf-8").read()
        match = SOURCE_ENUM.search(text)
        if match:
            enums.setdefault(match.group(1), {}).update(dict(SOURCE_FUNC.findall(text)))
    return enums


PATH_MENTION = re.compile(r"(?<![\w/.-])((?:go1\.\d+/src/)?(?:[\w.-]+/)+[\w-]+(?:\.[\w-]+)*\.(?:go|js|ts|s|mjs|cjs))")


def citations():
    """(where, file, first line, last line, paths the citing file mentions) for every citation, in file order."""
    enums = source_enums()
    for path in files_to_scan():
        relative = os.path.relpath(path, ROOT)
        with open(path, encoding="utf-8", errors="replace") as handle:
            text = handle.read()
        mentioned = sorted(set(PATH_MENTION.findall(text)))
        for number, line in enumerate(text.split("\n"), 1):
            where = f"{relative}:{number}"
            if path.endswith(".swift"):
                for enum, function, cited in SOURCE_CALL.findall(line):
                    if function in enums.get(enum, {}):
                        yield where, enums[enum][function], int(cited), int(cited), mentioned
            for file, first, last in TEXT_CITATION.findall(line):
                yield where, file, int(first), int(last or first), mentioned


def basename_index(roots):
    """{file name: [path relative to its root, ...]} over the roots."""
    index = {}
    for root in sorted({root for _, root in roots}):
        for directory, subdirectories, names in os.walk(root):
            subdirectories[:] = [d for d in subdirectories if not d.startswith(".") and d != "testdata"]
            for name in names:
                relative = os.path.relpath(os.path.join(directory, name), root)
                index.setdefault(name, []).append(relative)
    return index


def resolve(file, roots, mentioned, index):
    """The full path of a cited file. A bare file name (`retryer.go:77`) is the path with that name the citing
    file mentions elsewhere, or else the only file of that name in the roots."""
    if "/" not in file:
        same = [m for m in mentioned if m.rsplit("/", 1)[-1] == file]
        if len(same) != 1:
            same = index.get(file, [])
        if len(same) != 1:
            return None
        file = same[0]
    for prefix, root in roots:
        candidate = file
        if prefix:
            if not file.startswith(prefix):
                continue
            candidate = file[len(prefix):]
        full = os.path.join(root, candidate)
        if os.path.isfile(full):
            return full
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sdk", help="a working copy of the SDK at the pinned version")
    parser.add_argument("--go-src", help="Go's src directory (such as /usr/lib/go-1.19/src) for go1.19/src/ citations")
    parser.add_argument("--unique", action="store_true", help="print each cited file:line once")
    parser.add_argument("--missing", action="store_true", help="also list citations of files not found")
    arguments = parser.parse_args()

    roots = [("", arguments.sdk)]
    if arguments.go_src:
        roots += [("go1.19/src/", arguments.go_src), ("", arguments.go_src)]
    lines_of = {}
    seen = set()
    shown = missing = broken = 0
    index = basename_index(roots)
    for where, file, first, last, mentioned in citations():
        full = resolve(file, roots, mentioned, index)
        if full is None:
            missing += 1
            if arguments.missing:
                print(f"{where}  ->  {file}:{first}  |  (no such file here)")
            continue
        key = (file, first, last)
        if arguments.unique and key in seen:
            continue
        seen.add(key)
        if full not in lines_of:
            with open(full, encoding="utf-8", errors="replace") as handle:
                lines_of[full] = handle.read().split("\n")
        lines = lines_of[full]
        cited = f"{file}:{first}" + (f"-{last}" if last != first else "")
        if not 1 <= first <= last <= len(lines):
            broken += 1
            print(f"{where}  ->  {cited}  |  PAST THE END ({len(lines)} lines)")
            continue
        text = lines[first - 1].strip()
        if last != first:
            text += "  ...  " + lines[last - 1].strip()
        print(f"{where}  ->  {cited}  |  {text}")
        shown += 1
    print(f"{shown} citations shown, {missing} of files not in this checkout, {broken} past the end", file=sys.stderr)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
