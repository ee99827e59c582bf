#!/usr/bin/env bash
# Launch to the first frame on screen: DequantLab against a bare JavaFX window (scripts/probe/BareWindow.java,
# the same size, measured the same way as --fps-report), alternating in one run under one X server.
# Prints every launch, then both medians and their ratio. The ratio compares the window's first frame on screen
# (its bars and drawing area; ND4J, the curves' chart and the side panel's content come after it, see BackendLoader and
# LaterParts); the times to the whole window and to the run's first snapshot on screen are printed too.
# usage: scripts/launch-ratio.sh [RUNS] [APP COMMAND...]   (default: 5 runs of java -jar target/dequantlab.jar)
# e.g.   scripts/launch-ratio.sh 5 target/dist/DequantLab/bin/DequantLab
# Needs target/lib (mvn package) and a display or xvfb-run (then 1600x1000, as the README's figures).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi
runs=${1:-5}
shift || true
app=("$@")
if [ ${#app[@]} -eq 0 ]; then app=(java -jar target/dequantlab.jar); fi
fxcp=$(ls target/lib/javafx-*.jar | tr '\n' ':')
mkdir -p target/probe
javac -d target/probe -cp "$fxcp" scripts/probe/BareWindow.java
first_frame() { sed -n 's/^launch-to-first-frame: \([0-9]*\) ms.*/\1/p' | head -1; }
window_complete() { sed -n 's/^launch-to-window-complete: \([0-9]*\) ms.*/\1/p' | head -1; }
first_snapshot() { sed -n 's/^launch-to-first-snapshot: \([0-9]*\) ms.*/\1/p' | head -1; }
median() { sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : int((v[NR/2]+v[NR/2+1])/2)}'; }
bare=(); lab=(); snap=(); whole=()
out=$(mktemp)
for i in $(seq "$runs"); do
  b=$(java -cp "target/probe:$fxcp" 'BareWindow$Main' 2>/dev/null | first_frame)
  "${app[@]}" --fps-report 1 > "$out" 2>/dev/null
  a=$(first_frame < "$out"); s=$(first_snapshot < "$out"); w=$(window_complete < "$out")
  echo "run $i: bare JavaFX ${b} ms, DequantLab ${a} ms (whole window ${w} ms, first snapshot on screen ${s} ms)"
  bare+=("$b"); lab+=("$a"); snap+=("$s"); whole+=("$w")
done
rm -f "$out"
mb=$(printf '%s\n' "${bare[@]}" | median)
ma=$(printf '%s\n' "${lab[@]}" | median)
ms=$(printf '%s\n' "${snap[@]}" | median)
mw=$(printf '%s\n' "${whole[@]}" | median)
awk -v b="$mb" -v a="$ma" -v s="$ms" -v w="$mw" -v n="$runs" 'BEGIN {printf "median of %d: bare JavaFX %d ms, DequantLab %d ms, ratio %.2f (whole window %d ms, %.2f; first snapshot %d ms, %.2f)\n", n, b, a, a / b, w, w / b, s, s / b}'
