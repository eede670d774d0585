#!/usr/bin/env python3
"""Fails when a target imports a module of this package that its Package.swift entry does not name.

SwiftPM builds a target that reaches a module only through another target's dependencies, so such an
import compiles today and breaks the day the other target drops it. `swift package dump-package` gives the
declared graph; the imports come from the sources.
"""

import json
import pathlib
import re
import subprocess
import sys

IMPORT = re.compile(r"^\s*(?:@testable\s+)?(?:public\s+|package\s+|internal\s+|private\s+|fileprivate\s+)?import\s+(\w+)", re.M)


def main() -> int:
    root = pathlib.Path(__file__).resolve().parent.parent
    package = json.loads(subprocess.check_output(["swift", "package", "dump-package"], cwd=root))
    targets = {t["name"]: t for t in package["targets"]}
    problems = []
    for name, target in sorted(targets.items()):
        declared = set()
        for dependency in target.get("dependencies", []):
            for kind in ("byName", "target"):
                if kind in dependency:
                    declared.add(dependency[kind][0])
        folder = root / (target.get("path") or ("Tests" if target["type"] == "test" else "Sources")) / (
            "" if target.get("path") else name)
        for source in sorted(folder.rglob("*.swift")):
            for module in set(IMPORT.findall(source.read_text(encoding="utf-8"))):
                if module in targets and module != name and module not in declared:
                    problems.append(f"{source.relative_to(root)}: imports {module}, which target {name} does not declare")
    for line in problems:
        print(line)
    if problems:
        return 1
    print(f"imports: every target declares the package modules it imports ({len(targets)} targets)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
