#!/bin/bash
# Measures, in one run: an in-memory build, a build into a TDB2 store, Jena's phased loader (what
# tdb2.tdbloader runs on an empty folder) on the N-Quads the in-memory build wrote, and a store rebuild
# with nothing changed. The corpus: N copies of the seeds, dev and challenge letters under distinct names.
# Usage (after `mvn -o -q package -DskipTests test-compile`): scripts/measure-store.sh [N=2000] [WORKDIR]
set -euo pipefail
N=${1:-2000}
W=${2:-$(mktemp -d)}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$ROOT/target/replygraph.jar
CP=$JAR:$ROOT/target/test-classes
mkdir -p "$W/corpus"
mapfile -t SRC < <(cd "$ROOT" && ls seeds/*.txt src/test/resources/dev/letters/*.txt src/test/resources/challenge/letters/*.txt)
for ((i = 0; i < N; i++)); do
  s=${SRC[$((i % ${#SRC[@]}))]}
  cp "$ROOT/$s" "$W/corpus/$(printf 'l%05d' "$i")_$(basename "$s")"
done
cd "$W"
rm -rf st ld mem.nq
secs() { local s e; s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N); echo "scale=1; ($e - $s) / 1000000000" | bc; }
echo "load before: $(uptime)"
MEM=$(secs java -Xmx2g -jar "$JAR" build -q corpus -o mem.nq)
STORE=$(secs java -Xmx2g -jar "$JAR" build -q --store st corpus)
LOAD=$(secs java -Xmx2g -cp "$CP" org.replygraph.graph.store.Tdb2Load ld mem.nq)
AGAIN=$(secs java -Xmx2g -jar "$JAR" build -q --store st corpus)
echo "load after:  $(uptime)"
echo "letters: $N, quads: $(wc -l < mem.nq), store: $(du -sh st | cut -f1), loader's: $(du -sh ld | cut -f1)"
echo "in memory build:      $MEM s  ($(echo "scale=0; $N / $MEM" | bc) letters/s)"
echo "build --store:        $STORE s  ($(echo "scale=0; $N / $STORE" | bc) letters/s, $(echo "scale=2; $STORE / $MEM" | bc)x memory)"
echo "TDB2 phased loader:   $LOAD s  (build --store = $(echo "scale=2; $STORE / $LOAD" | bc)x the loader)"
echo "rebuild, no change:   $AGAIN s  ($(echo "scale=1; 100 * $AGAIN / $STORE" | bc)% of the first store build)"
