#!/bin/sh
# Runs JMH's PlanLoadBenchmark at 100,000 elements with the allocation profiler (-prof gc), on the
# jars this work tree built (see classpath.sh for how to build them): bytes allocated per load
# (gc.alloc.rate.norm) do not depend on the machine's load, the times only as a ratio against
# saxPass of the same run.
# Usage: benchmarks/jmh-load.sh [JMH run options...]   (without any: 1 fork, 3 × 2 s warm-up, 5 × 2 s,
# about a minute; options given replace those, e.g. -f 1 -wi 1 -i 1)
set -e
cd "$(dirname "$0")/.."
. benchmarks/classpath.sh
# JMH's command line and statistics, which only its runner needs
CP=$CP:$R/net/sf/jopt-simple/jopt-simple/5.0.4/jopt-simple-5.0.4.jar
CP=$CP:$R/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar
[ $# -eq 0 ] && set -- -f 1 -wi 3 -w 2 -i 5 -r 2
exec "$JAVA" -cp "$CP" org.openjdk.jmh.Main PlanLoadBenchmark -p elements=100000 -prof gc "$@"
