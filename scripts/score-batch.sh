#!/bin/bash
# Scores one batch of real letters the way src/test/resources/real/SCORES.md describes, with an existing
# target/replygraph.jar (it builds nothing: run `mvn -o -q -DskipTests package` first).
#  1. evaluate: the batch's letters against a gold folder holding only that batch's gold (copied to a temporary
#     folder, so no other letter's gold is read), full text report;
#  2. chrome: each letter built alone (`build LETTER -o one.nt`) and every literal of its graph searched for the
#     strings its gold lists as forbidden_literals; "letters" = letters with at least one hit, "strings" = the
#     distinct strings found per letter, summed over the letters (as RealLettersChromeTest counts them);
#  3. one row for the table in SCORES.md.
# Usage: scripts/score-batch.sh BATCH INPUT...
#   INPUT is a letter file (its gold is ../gold/<name>.json beside its folder), a folder with SOURCES.tsv and
#   letters/ + gold/ (the letters whose SOURCES.tsv batch column is BATCH), or a folder of letter files.
# Examples:
#   scripts/score-batch.sh 16 src/test/resources/real/unscored
#   scripts/score-batch.sh 14 src/test/resources/real
#   scripts/score-batch.sh 14 src/test/resources/real/letters/r12[7-9]*.txt src/test/resources/real/letters/r13*.txt
# Exit codes: 0 scored, 1 a step failed, 2 usage (no jar, no letters, a letter without gold).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=lib/batch-letters.sh
. "$ROOT/scripts/lib/batch-letters.sh"
batch_start "$@"

W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
mkdir "$W/gold"
for l in "${LETTERS[@]}"; do
  [ -f "$l" ] || usage "SOURCES.tsv names a missing letter: $l"
  name=$(basename "$l" .txt)
  gold=$(dirname "$l")/../gold/$name.json
  [ -f "$gold" ] || usage "no gold for $l (looked for $gold)"
  cp "$gold" "$W/gold/"
done
LAST=$(for l in "${LETTERS[@]}"; do basename "$l" | cut -c1-4; done | sort | tail -1)
FIRST=$(for l in "${LETTERS[@]}"; do basename "$l" | cut -c1-4; done | sort | head -1)

echo "== Batch $BATCH: ${#LETTERS[@]} letters ($FIRST-$LAST), jar $(date -u -r "$JAR" '+%Y-%m-%d %H:%M UTC'), $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo 'no git')"
echo "== evaluate --gold <only batch $BATCH's gold> <its letters>"
java -jar "$JAR" evaluate --gold "$W/gold" "${LETTERS[@]}" | grep -v 'warning: gold has unknown key'
java -jar "$JAR" evaluate --json --gold "$W/gold" "${LETTERS[@]}" > "$W/eval.json"

echo
echo "== Chrome: each letter built alone, its graph's literals searched for its gold's forbidden_literals"
: > "$W/chrome.tsv"
for l in "${LETTERS[@]}"; do
  name=$(basename "$l" .txt)
  gold=$W/gold/$name.json
  if ! python3 -c 'import json,sys; sys.exit(0 if json.load(open(sys.argv[1], encoding="utf-8")).get("forbidden_literals") else 1)' "$gold"; then
    continue
  fi
  java -jar "$JAR" build -q "$l" -o "$W/one.nt" > /dev/null
  python3 - "$gold" "$W/one.nt" "$(basename "$l")" >> "$W/chrome.tsv" <<'PY'
import json, re, sys
gold, nt, name = sys.argv[1], sys.argv[2], sys.argv[3]
forbidden = json.load(open(gold, encoding="utf-8")).get("forbidden_literals") or []
ESC = {'t': '\t', 'b': '\b', 'n': '\n', 'r': '\r', 'f': '\f', '"': '"', "'": "'", '\\': '\\'}
def unescape(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == '\\' and i + 1 < len(s):
            n = s[i + 1]
            if n == 'u': out.append(chr(int(s[i + 2:i + 6], 16))); i += 6; continue
            if n == 'U': out.append(chr(int(s[i + 2:i + 10], 16))); i += 10; continue
            out.append(ESC.get(n, n)); i += 2; continue
        out.append(c); i += 1
    return ''.join(out)
# the object literal of an N-Triples line: "lexical form" then ^^<datatype>, @lang or nothing, then " ."
LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"(?:\^\^<[^>]*>|@[A-Za-z0-9-]+)?\s*\.\s*$')
found = set()
with open(nt, encoding="utf-8") as f:
    for line in f:
        m = LITERAL.search(line)
        if not m: continue
        s = unescape(m.group(1))
        for x in forbidden:
            if x in s: found.add(x)
if found:
    print(name + "\t" + " | ".join(sorted(found)) + "\t" + str(len(found)))
PY
done
CHROME_LETTERS=$(wc -l < "$W/chrome.tsv" | tr -d ' ')
CHROME_STRINGS=$(awk -F'\t' '{s += $3} END {print s + 0}' "$W/chrome.tsv")
cut -f1,2 "$W/chrome.tsv" | sed 's/^/  /'
echo "  chrome violations: $CHROME_LETTERS letters / $CHROME_STRINGS strings"

echo
echo "== Row for SCORES.md"
python3 - "$W/eval.json" "$BATCH" "$FIRST" "$LAST" "${#LETTERS[@]}" "$CHROME_LETTERS" "$CHROME_STRINGS" <<'PY'
import datetime, json, sys
ev = json.load(open(sys.argv[1], encoding="utf-8"))
batch, first, last, n, cl, cs = sys.argv[2:8]
right = sum(f["right"] for f in ev["fields"].values())
total = sum(f["total"] for f in ev["fields"].values())
def f1(kind):
    l = ev["lists"].get(kind)
    if l is None or l["tp"] + l["fp"] + l["fn"] == 0:
        return "n/a (none)"
    return "%.3f (tp %d, fp %d, fn %d)" % (l["f1"], l["tp"], l["fp"], l["fn"])
agencies = ev["lists"].get("agencies_mentioned")
print("| %s (%s-%s) | %s | %s | %d/%d | %.4f | %s | %s | %s | %s / %s |" % (
    batch, first, last, datetime.date.today().isoformat(), n, right, total, right / total if total else 0,
    f1("policy_documents"), f1("innovation_centres"), "%.3f" % agencies["f1"] if agencies else "n/a", cl, cs))
PY
