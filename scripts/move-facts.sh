#!/bin/bash
# Moves the extraction fact records from org.replygraph.extract into org.replygraph.extract.fact and
# rewrites every reference (imports, fully qualified names) in src/main and src/test. Idempotent: run it
# again after merging a branch whose code still names org.replygraph.extract.Span and the like.
# It also points org.replygraph.extract.agency.ReferenceTable at extract.lexicon, where it moved. Code that
# used letter.JurisdictionFinder.find/findByNames or entity.JurisdictionFinder.find needs a hand edit:
# extract.agency.JurisdictionFinder.ofIssuer(text, names, docNumber, level) and fromText(text, bodies).
#   scripts/move-facts.sh && mvn -o -q compile test-compile
set -eu
cd "$(git rev-parse --show-toplevel)"
FACTS="AgencyRef Assembly AssemblyKind CentreFact CentreMention Diagnostic DocType DocumentFacts Entities EntityKind
       Letter Located Mention OrganisationMention PersonRef Phone PolicyMention Proposal ProposalKind Session Span
       StatisticsTable SpanSet"
OLD=src/main/java/org/replygraph/extract
NEW=$OLD/fact
mkdir -p "$NEW"
for c in $FACTS; do
  if [ -f "$OLD/$c.java" ]; then
    git mv "$OLD/$c.java" "$NEW/$c.java"
  fi
  sed -i 's/^package org\.replygraph\.extract;$/package org.replygraph.extract.fact;/' "$NEW/$c.java"
done
# A test of a fact's package-private member moves with it.
for t in AssemblyAltNamesTest; do
  if [ -f "src/test/java/org/replygraph/extract/$t.java" ]; then
    mkdir -p src/test/java/org/replygraph/extract/fact
    git mv "src/test/java/org/replygraph/extract/$t.java" "src/test/java/org/replygraph/extract/fact/$t.java"
    sed -i 's/^package org\.replygraph\.extract;$/package org.replygraph.extract.fact;/' "src/test/java/org/replygraph/extract/fact/$t.java"
  fi
done
ALT=$(echo $FACTS | tr ' ' '|')
FILES=$(grep -rlE "org\.replygraph\.extract\.($ALT)\b|^package org\.replygraph\.extract;" src/main/java src/test/java --include=*.java || true)
for f in $FILES; do
  # Qualified names: org.replygraph.extract.Span -> org.replygraph.extract.fact.Span (not LetterExtractor).
  sed -i -E "s/org\.replygraph\.extract\.($ALT)\b/org.replygraph.extract.fact.\1/g" "$f"
  # Classes left in org.replygraph.extract used the facts unimported: import what they name.
  if grep -q '^package org\.replygraph\.extract;$' "$f"; then
    code=$(grep -v '^import ' "$f" | sed 's://.*$::')
    for c in $FACTS; do
      if printf '%s\n' "$code" | grep -E "(^|[^.A-Za-z0-9_])$c\b" > /dev/null \
          && ! grep -q "^import org\.replygraph\.extract\.fact\.$c;" "$f"; then
        if grep -q '^import ' "$f"; then
          sed -i "0,/^import /s//import org.replygraph.extract.fact.$c;\nimport /" "$f"
        else
          sed -i "s/^package org\.replygraph\.extract;$/package org.replygraph.extract;\n\nimport org.replygraph.extract.fact.$c;/" "$f"
        fi
      fi
    done
  fi
done
# Moved by the same branch: the reference-table reader now sits with the word lists.
for f in $(grep -rl 'org\.replygraph\.extract\.agency\.ReferenceTable' src/main/java src/test/java --include=*.java || true); do
  sed -i 's/org\.replygraph\.extract\.agency\.ReferenceTable/org.replygraph.extract.lexicon.ReferenceTable/g' "$f"
done
# Facts that used a class left behind in org.replygraph.extract would need an import too: there are none
# (facts depend on nothing in extract), which StageDependenciesTest checks.
python3 scripts/sort-imports.py $(grep -rl 'org\.replygraph\.extract\.fact\.' src/main/java src/test/java --include=*.java)
echo "facts now in $NEW: $(ls "$NEW" | wc -l) files"
