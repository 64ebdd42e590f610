# Sourced by scripts/score-batch.sh and scripts/unscored-facts.sh (after they set ROOT): their common start.
# batch_start BATCH INPUT... checks the arguments, the jar and python3, sets BATCH and JAR, and fills the array LETTERS
# with the batch's letters. INPUT is a letter file, a folder with SOURCES.tsv and letters/ (the letters whose
# SOURCES.tsv batch column is BATCH), or a folder of letter files. A usage error exits 2 naming the script and the reason.
usage() { echo "usage: scripts/$(basename "$0") BATCH INPUT...  ($1)" >&2; exit 2; }

batch_start() {
  [ $# -ge 2 ] || usage "a batch number and at least one input"
  BATCH=$1
  shift
  [[ $BATCH =~ ^[0-9]+$ ]] || usage "batch must be a number, got '$BATCH'"
  JAR=$ROOT/target/replygraph.jar
  [ -f "$JAR" ] || usage "no $JAR: run mvn -o -q -DskipTests package first"
  command -v python3 > /dev/null || usage "python3 is needed to read gold JSON and N-Triples"
  local in file b
  LETTERS=()
  for in in "$@"; do
    if [ -f "$in" ]; then
      LETTERS+=("$in")
    elif [ -d "$in" ] && [ -f "$in/SOURCES.tsv" ] && [ -d "$in/letters" ]; then
      while IFS=$'\t' read -r file _ _ _ _ _ _ b _; do
        [ "$b" = "$BATCH" ] && LETTERS+=("$in/letters/$file")
      done < <(tail -n +2 "$in/SOURCES.tsv")
    elif [ -d "$in" ]; then
      while IFS= read -r file; do LETTERS+=("$file"); done < <(find "$in" -maxdepth 1 -name '*.txt' | sort)
    else
      usage "no such file or folder: $in"
    fi
  done
  [ ${#LETTERS[@]} -gt 0 ] || usage "no letters of batch $BATCH in $*"
}
