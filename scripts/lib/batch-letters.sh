# Sourced by scripts/score-batch.sh and scripts/unscored-facts.sh: the letters of one batch, from their inputs.
# batch_letters BATCH INPUT... fills the array LETTERS. INPUT is a letter file, a folder with SOURCES.tsv and letters/
# (the letters whose SOURCES.tsv batch column is BATCH), or a folder of letter files. Calls the caller's usage()
# on an input that is none of these, or when no letter is found.
batch_letters() {
  local batch=$1 in file b
  shift
  LETTERS=()
  for in in "$@"; do
    if [ -f "$in" ]; then
      LETTERS+=("$in")
    elif [ -d "$in" ] && [ -f "$in/SOURCES.tsv" ] && [ -d "$in/letters" ]; then
      while IFS=$'\t' read -r file _ _ _ _ _ _ b _; do
        [ "$b" = "$batch" ] && LETTERS+=("$in/letters/$file")
      done < <(tail -n +2 "$in/SOURCES.tsv")
    elif [ -d "$in" ]; then
      while IFS= read -r file; do LETTERS+=("$file"); done < <(find "$in" -maxdepth 1 -name '*.txt' | sort)
    else
      usage "no such file or folder: $in"
    fi
  done
  [ ${#LETTERS[@]} -gt 0 ] || usage "no letters of batch $batch in $*"
}
