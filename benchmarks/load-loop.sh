#!/bin/sh
# Runs the LoadLoop harness (SAX pass, parser-path load and tokenizer load alternated in one JVM)
# on a synthetic plan, with the jars this work tree built (see classpath.sh for how to build them).
# Usage: benchmarks/load-loop.sh [elements (100000)] [rounds (30)] [extra JVM options...]
set -e
cd "$(dirname "$0")/.."
ELEMENTS=${1:-100000}
ROUNDS=${2:-30}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] && shift
. benchmarks/classpath.sh
PLAN=benchmarks/org.tactician.benchmarks/target/synthetic-$ELEMENTS.mplan
[ -f "$PLAN" ] || "$JAVA" -cp "$CP" org.tactician.benchmarks.WriteSyntheticPlan "$ELEMENTS" "$PLAN"
exec "$JAVA" -Xmx2g "$@" -cp "$CP" org.tactician.benchmarks.LoadLoop "$PLAN" "$ROUNDS"
