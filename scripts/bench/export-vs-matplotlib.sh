#!/usr/bin/env bash
# export-gif (the whole command: JVM start, training, drawing, encoding) against matplotlib's PillowWriter
# (scripts/bench/matplotlib_gif.py: the whole command too), 120 frames at 800x450, alternating in one run.
# usage: scripts/bench/export-vs-matplotlib.sh [RUNS] [DEQUANTLAB COMMAND...]
#   default: 3 runs of java -jar target/dequantlab.jar; e.g. ... 3 target/dist/DequantLab/bin/DequantLab
# Needs target/ (mvn package) and python3 with matplotlib (Debian: apt-get install python3-matplotlib).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
shift || true
app=("$@")
if [ ${#app[@]} -eq 0 ]; then app=(java -jar target/dequantlab.jar); fi
python=""
for p in ${PYTHON:-} python3 /usr/bin/python3; do
  if "$p" -c 'import matplotlib' 2>/dev/null; then python=$p; break; fi
done
[ -n "$python" ] || { echo "no python3 with matplotlib (Debian: apt-get install python3-matplotlib)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
seconds() {
  local t0 t1
  t0=$(date +%s.%N)
  "$@" > /dev/null 2> "$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc
}
median() { sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
ours=(); theirs=()
for i in $(seq "$runs"); do
  a=$(seconds "${app[@]}" export-gif --preset blog --steps 10000 --frames 120 --size 800x450 --out "$tmp/dequantlab.gif" --force)
  b=$(seconds "$python" scripts/bench/matplotlib_gif.py "$tmp/matplotlib.gif" 120)
  printf 'run %d: export-gif %.2f s, matplotlib %.2f s\n' "$i" "$a" "$b"
  ours+=("$a"); theirs+=("$b")
done
ma=$(printf '%s\n' "${ours[@]}" | median)
mb=$(printf '%s\n' "${theirs[@]}" | median)
printf 'median of %d: export-gif %.2f s (%s bytes), matplotlib %.2f s (%s bytes), matplotlib / export-gif = %.1fx\n' \
  "$runs" "$ma" "$(stat -c %s "$tmp/dequantlab.gif")" "$mb" "$(stat -c %s "$tmp/matplotlib.gif")" "$(echo "$mb / $ma" | bc -l)"
