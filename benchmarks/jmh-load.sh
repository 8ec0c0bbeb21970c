#!/bin/sh
# Runs JMH's PlanLoadBenchmark at 100,000 elements with the allocation profiler (-prof gc), on the
# jars this work tree built: bytes allocated per load (gc.alloc.rate.norm) do not depend on the
# machine's load, the times only as a ratio against saxPass of the same run. Build them first:
#   ./mvnw -B -o -Dtycho.localArtifacts=ignore verify -DskipTests \
#     -pl releng/org.tactician.target,bundles/org.tactician.model,bundles/org.tactician.forecast,bundles/org.tactician.validation,benchmarks/org.tactician.benchmarks
# Usage: benchmarks/jmh-load.sh [JMH run options...]   (without any: 1 fork, 3 × 2 s warm-up, 5 × 2 s,
# about a minute; options given replace those, e.g. -f 1 -wi 1 -i 1)
set -e
cd "$(dirname "$0")/.."
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
R=${MAVEN_REPOSITORY:-$HOME/.m2/repository}
CP=benchmarks/org.tactician.benchmarks/target/classes
for bundle in model forecast validation; do
  CP=$CP:$(ls bundles/org.tactician.$bundle/target/org.tactician.$bundle-*.jar | grep -v sources | head -1)
done
CP=$CP:$R/org/eclipse/emf/org.eclipse.emf.ecore.xmi/2.41.0/org.eclipse.emf.ecore.xmi-2.41.0.jar
CP=$CP:$R/org/eclipse/emf/org.eclipse.emf.ecore/2.43.0/org.eclipse.emf.ecore-2.43.0.jar
CP=$CP:$R/org/eclipse/emf/org.eclipse.emf.common/2.46.0/org.eclipse.emf.common-2.46.0.jar
CP=$CP:$R/org/openjdk/jmh/jmh-core/1.37/jmh-core-1.37.jar
CP=$CP:$R/net/sf/jopt-simple/jopt-simple/5.0.4/jopt-simple-5.0.4.jar
CP=$CP:$R/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar
[ $# -eq 0 ] && set -- -f 1 -wi 3 -w 2 -i 5 -r 2
exec "$JAVA" -cp "$CP" org.openjdk.jmh.Main PlanLoadBenchmark -p elements=100000 -prof gc "$@"
