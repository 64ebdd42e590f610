#!/usr/bin/env bash
# Builds the same corpora with two jars and checks their sorted N-Quads are byte-identical.
# Usage: scripts/compare-build.sh BEFORE.jar AFTER.jar [SYNTH_DIR]
# Corpora: seeds, the dev corpus, the real letters and (if given) a synthetic folder
# (`java -jar target/replygraph.jar synth --letters 2000 --seed 42 -o SYNTH_DIR`).
set -euo pipefail
before=$1; after=$2; synth=${3:-}
root=$(cd "$(dirname "$0")/.." && pwd)
dev=${DEV_CORPUS:-$root/../shared/corpus/dev/letters}
[ -d "$dev" ] || dev=/work/shared/corpus/dev/letters
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# The scored real letters (real/letters): a batch not yet scored waits in real/unscored, which is never built here.
corpora=("seeds:$root/seeds" "dev:$dev" "real:$root/src/test/resources/real/letters")
[ -n "$synth" ] && corpora+=("synth:$synth")
status=0
for c in "${corpora[@]}"; do
  name=${c%%:*}; dir=${c#*:}
  for side in before after; do
    jar=$before; [ $side = after ] && jar=$after
    java -jar "$jar" build "$dir" -q -o "$tmp/$name-$side.nq" >/dev/null 2>"$tmp/$name-$side.err" || true
    LC_ALL=C sort "$tmp/$name-$side.nq" > "$tmp/$name-$side.sorted"
  done
  if cmp -s "$tmp/$name-before.sorted" "$tmp/$name-after.sorted"; then
    echo "$name: identical ($(wc -l < "$tmp/$name-after.sorted") quads)"
  else
    echo "$name: DIFFERENT"; diff "$tmp/$name-before.sorted" "$tmp/$name-after.sorted" | head -10; status=1
  fi
done
exit $status
