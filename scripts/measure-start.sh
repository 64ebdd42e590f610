#!/usr/bin/env bash
# Time to the first home page of `serve`, JVM start included, and the JVM's CPU time (utime+stime from
# /proc/PID/stat) at that moment, for each named variant in turn, ROUNDS times, alternating:
#   scripts/measure-start.sh ROUNDS 'plain=-jar target/replygraph.jar serve' 'cds=-XX:SharedArchiveFile=target/replygraph.jsa -jar target/replygraph.jar serve'
# Each variant is `name=java arguments`; --port is added, and `{empty}` in the arguments becomes a new empty
# folder for each run (e.g. `--cache {empty}`: a first start with an empty extraction cache). Prints one line per
# run and the load (uptime).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=$1; shift
hz=$(getconf CLK_TCK)
echo "load before: $(uptime)"
for ((r = 1; r <= rounds; r++)); do
  for variant in "$@"; do
    name=${variant%%=*}; args=${variant#*=}
    empty=$(mktemp -d); args=${args//\{empty\}/$empty}
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
    start=$(date +%s%N)
    # shellcheck disable=SC2086
    java $args --port "$port" >/tmp/measure-start.$$.out 2>&1 &
    pid=$!
    code=000
    while [[ $code != 200 ]]; do
      if ! kill -0 "$pid" 2>/dev/null; then echo "$name: exited before answering"; cat /tmp/measure-start.$$.out; exit 1; fi
      code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)
      [[ $code == 200 ]] || sleep 0.02
    done
    end=$(date +%s%N)
    read -r -a stat < <(sed 's/^.*) //' "/proc/$pid/stat")
    cpu=$(( stat[11] + stat[12] ))   # utime, stime (fields 14, 15)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    rm -rf "$empty"
    printf '%-10s round %d  first home page %6.2f s  JVM CPU %6.2f s\n' "$name" "$r" \
      "$(echo "($end - $start) / 1000000000" | bc -l)" "$(echo "$cpu / $hz" | bc -l)"
  done
done
echo "load after: $(uptime)"
rm -f /tmp/measure-start.$$.out
