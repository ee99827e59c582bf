#!/usr/bin/env bash
# Regenerates src/main/resources/org/dequantlab/startup-classes.txt: the classes the window loads from
# JVM start until a few seconds after its first frame, in load order, for StartupClassPreloader.
# Run after adding UI, upgrading a dependency or renaming classes (StartupClassPreloaderTest says when).
# Needs a display or xvfb-run. Usage: scripts/startup-classes.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp package -DskipTests
log=$(mktemp)
run=(java -Xlog:class+load=info:file="$log" -Ddequantlab.preload=false -jar target/dequantlab.jar --fps-report 3)
if [ -z "${DISPLAY:-}" ]; then run=(xvfb-run -a -s "-screen 0 1600x1000x24" "${run[@]}"); fi
"${run[@]}" > /dev/null
# keep classes read from a jar or the JDK's modules (not the CDS archive, not generated or hidden classes)
sed -n 's/^\[[^]]*\]\[info\]\[class,load\] \([^ ]*\) source: \(jrt:\|file:\).*/\1/p' "$log" \
  | grep -v '\$\$\|/' | awk '!seen[$0]++' > src/main/resources/org/dequantlab/startup-classes.txt
rm -f "$log"
wc -l src/main/resources/org/dequantlab/startup-classes.txt
