#!/usr/bin/env bash
# Regenerates src/main/resources/org/dequantlab/startup-classes.txt: the classes the window loads from
# JVM start until a few seconds after its first frame, in load order, for StartupClassPreloader and the
# launchers' class-data-sharing archive (SharedArchive); and startup-lambdas.txt, the lambda classes and
# method-handle holders the same launch generates (-XX:DumpLoadedClassList's @ lines), for the archive.
# Run after adding UI, upgrading a dependency or renaming classes (StartupClassPreloaderTest says when).
# Needs a display or xvfb-run. Usage: scripts/startup-classes.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp package -DskipTests
log=$(mktemp)
dump=$(mktemp)
run=(java -Xlog:class+load=info:file="$log" -XX:DumpLoadedClassList="$dump" -Ddequantlab.preload=false
  -jar target/dequantlab.jar --fps-report 3)
if [ -z "${DISPLAY:-}" ]; then run=(xvfb-run -a -s "-screen 0 1600x1000x24" "${run[@]}"); fi
"${run[@]}" > /dev/null
# keep classes read from a jar or the JDK's modules (not the CDS archive, not generated or hidden classes)
sed -n 's/^\[[^]]*\]\[info\]\[class,load\] \([^ ]*\) source: \(jrt:\|file:\).*/\1/p' "$log" \
  | grep -v '\$\$\|/' | awk '!seen[$0]++' > src/main/resources/org/dequantlab/startup-classes.txt
grep -E '^@lambda-(proxy|form-invoker) ' "$dump" | awk '!seen[$0]++' > src/main/resources/org/dequantlab/startup-lambdas.txt
rm -f "$log" "$dump"
wc -l src/main/resources/org/dequantlab/startup-classes.txt src/main/resources/org/dequantlab/startup-lambdas.txt
