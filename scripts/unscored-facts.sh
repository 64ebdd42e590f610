#!/bin/bash
# Lists the unscored facts of real letters the way src/test/resources/real/SCORES.md ("Unscored facts") measures
# their precision, with an existing target/replygraph.jar (it builds no jar: run `mvn -o -q -DskipTests package` first).
# Each letter is built alone (`build LETTER -q -o one.nt`) and its graph read for:
#   person      every foaf:Person (proposers as rg:Member and other persons)
#   agency      every rg:Agency
#   org         every other org:Organization (not rg:Agency, not rg:Assembly)
#   assembly    every rg:Assembly (its skos:prefLabel) and, on the same line, its rg:place
#   juris       the document's rg:jurisdiction
#   centre      every rg:InnovationCentre (also an org:Organization, but scored by evaluate's centre F1: listed apart,
#               not an unscored fact)
# One line per item: "rNNN KIND LABEL [@PLACE]  MARK  «quote» sentence", where MARK is "gold" when one of the item's
# preferred labels is written exactly so in the letter's gold (persons, places, organisations, jurisdiction, replying_agency,
# co_handling_agencies, agencies_mentioned, session body), "alt" when only another label is, "CHECK" otherwise. The mark is only a reading aid:
# precision is judged by reading the letter (an expansion of a short name the letter supports is right, a fragment or
# a bare level word is wrong); the script never decides it. The quote and sentence are the item's first evidence.
# Usage: scripts/unscored-facts.sh BATCH INPUT...
#   INPUT is a letter file (its gold is ../gold/<name>.json beside its folder), or a folder with SOURCES.tsv and
#   letters/ + gold/ (the letters whose SOURCES.tsv batch column is BATCH), or a folder of letter files.
# Example: scripts/unscored-facts.sh 18 src/test/resources/real/unscored
# Exit codes: 0 listed, 1 a build failed, 2 usage (no jar, no letters, a letter without gold).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=lib/batch-letters.sh
. "$ROOT/scripts/lib/batch-letters.sh"
batch_start "$@"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for letter in "${LETTERS[@]}"; do
  name=$(basename "$letter" .txt)
  gold=$(dirname "$(dirname "$letter")")/gold/$name.json
  [ -f "$gold" ] || usage "no gold for $letter ($gold)"
  java -jar "$JAR" build "$letter" -q -o "$WORK/one.nt" > /dev/null || { echo "build failed: $letter" >&2; exit 1; }
  python3 - "$WORK/one.nt" "$gold" "${name%%_*}" <<'PY'
import json, re, sys
from collections import defaultdict
nt, gold_path, rid = sys.argv[1:4]
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RG = "https://w3id.org/replygraph/ns#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
LABELS = {SKOS + "prefLabel", SKOS + "altLabel", "http://www.w3.org/2000/01/rdf-schema#label"}
TERM = re.compile(r'<([^>]*)>|(_:\S+)|"((?:[^"\\]|\\.)*)"(?:@([A-Za-z0-9-]+)|\^\^<[^>]*>)?')

def term(m):
    if m.group(1) is not None: return ("iri", m.group(1))
    if m.group(2) is not None: return ("bnode", m.group(2))
    text = m.group(3).encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8") \
        if "\\u" in m.group(3) or "\\U" in m.group(3) else m.group(3).replace('\\"', '"').replace("\\\\", "\\")
    return ("lit", text, m.group(4) or "")

po = defaultdict(lambda: defaultdict(list))
for line in open(nt, encoding="utf-8"):
    ts = [term(m) for m in TERM.finditer(line)]
    if len(ts) < 3: continue
    po[ts[0][1]][ts[1][1]].append(ts[2])

def types(s): return {o[1] for o in po[s][RDF]}
def labels(s): return {o[1] for p in LABELS for o in po[s][p] if o[0] == "lit"}
def pref(s):
    ls = [o for o in po[s][SKOS + "prefLabel"]] or [o for o in po[s]["http://www.w3.org/2000/01/rdf-schema#label"]]
    hans = [o[1] for o in ls if o[2] == "zh-Hans"]
    return (hans or [o[1] for o in ls] or ["?"])[0]

evidence = {}
for s in sorted(po):
    for body in po[s].get("http://www.w3.org/ns/oa#hasBody", []):
        quote = next((po[s + "/quote"]["http://www.w3.org/ns/oa#exact"][0][1]
                      for _ in [0] if po[s + "/quote"]["http://www.w3.org/ns/oa#exact"]), "")
        sentence = next((o[1] for o in po[s][RG + "sentence"]), "")
        evidence.setdefault(body[1], (quote, sentence))

gold = json.load(open(gold_path, encoding="utf-8"))
names = set()
def collect(v):
    if isinstance(v, str): names.add(v)
    elif isinstance(v, list):
        for x in v: collect(x)
    elif isinstance(v, dict):
        for x in v.values(): collect(x)
for key in ("persons", "places", "organisations", "jurisdiction", "replying_agency", "co_handling_agencies",
            "agencies_mentioned", "signer", "contact_person"):
    collect(gold.get(key))
prop = gold.get("proposal") or {}
collect(prop.get("proposers"))
collect(prop.get("proposing_unit"))
collect((prop.get("session") or {}).get("body"))

def prefs(s): return {o[1] for o in po[s][SKOS + "prefLabel"] if o[0] == "lit"} or labels(s)
def mark(s): return "gold " if prefs(s) & names else "alt  " if labels(s) & names else "CHECK"
def show(kind, s):
    q, sent = evidence.get(s, ("", ""))
    sent = sent if len(sent) <= 90 else sent[:90] + "…"
    print(f"{rid}\t{kind}\t{pref(s)}\t{mark(s)}\t«{q}» {sent}")

subjects = sorted(po)
rows = []
for s in subjects:
    t = types(s)
    if "http://xmlns.com/foaf/0.1/Person" in t: rows.append(("person", s))
    elif RG + "Agency" in t: rows.append(("agency", s))
    elif RG + "Assembly" in t: rows.append(("assembly", s))
    elif RG + "InnovationCentre" in t: rows.append(("centre", s))
    elif "http://www.w3.org/ns/org#Organization" in t: rows.append(("org", s))
order = {"person": 0, "agency": 1, "org": 2, "assembly": 3, "centre": 4}
for kind, s in sorted(rows, key=lambda r: (order[r[0]], pref(r[1]))):
    if kind == "assembly":
        places = [o[1] for o in po[s][RG + "place"] if o[0] == "lit"]
        place = places[0] if places else "(none)"
        q, sent = evidence.get(s, ("", ""))
        ok = mark(s)
        pk = "gold " if place in names else "CHECK"
        print(f"{rid}\tassembly\t{pref(s)} @{place}\t{ok}/{pk}\t«{q}» {sent[:90]}")
    else:
        show(kind, s)
for s in subjects:
    if RG + "ReplyLetter" in types(s) or RG + "Document" in types(s):
        for o in po[s][RG + "jurisdiction"]:
            print(f"{rid}\tjuris\t{o[1]}\t{'gold ' if o[1] in names else 'CHECK'}\tgold jurisdiction: {gold.get('jurisdiction')}")
PY
done
