#!/usr/bin/env python3
"""Sorts each Java file's import block alphabetically (static imports first), dropping duplicates and
imports of the file's own package. Usage: sort-imports.py FILE..."""
import re, sys

for path in sys.argv[1:]:
    src = open(path, encoding='utf-8').read()
    lines = src.split('\n')
    pkg = next((l[8:-1] for l in lines if l.startswith('package ')), '')
    idx = [i for i, l in enumerate(lines) if l.startswith('import ')]
    if not idx:
        continue
    first, last = idx[0], idx[-1]
    block = lines[first:last + 1]
    if any(l.strip() and not l.startswith('import ') for l in block):
        continue  # comments or code between imports: leave it alone
    imports = sorted({l for l in block if l.startswith('import ')},
                     key=lambda l: (not l.startswith('import static '), l))
    own = re.compile(r'import ' + re.escape(pkg) + r'\.[A-Z]\w*;$')
    imports = [l for l in imports if not own.match(l)]
    statics = [l for l in imports if l.startswith('import static ')]
    plain = [l for l in imports if not l.startswith('import static ')]
    new = statics + ([''] if statics and plain else []) + plain
    out = '\n'.join(lines[:first] + new + lines[last + 1:])
    if out != src:
        open(path, 'w', encoding='utf-8').write(out)
