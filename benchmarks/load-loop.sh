#!/bin/sh
# Runs the LoadLoop harness (SAX pass, parser-path load and tokenizer load alternated in one JVM)
# on a synthetic plan, with the jars this work tree built. Build them first:
#   ./mvnw -B -o -Dtycho.localArtifacts=ignore verify -DskipTests \
#     -pl releng/org.tactician.target,bundles/org.tactician.model,bundles/org.tactician.forecast,bundles/org.tactician.validation,benchmarks/org.tactician.benchmarks
# Usage: benchmarks/load-loop.sh [elements (100000)] [rounds (30)] [extra JVM options...]
set -e
cd "$(dirname "$0")/.."
ELEMENTS=${1:-100000}
ROUNDS=${2:-30}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] && shift
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
PLAN=benchmarks/org.tactician.benchmarks/target/synthetic-$ELEMENTS.mplan
[ -f "$PLAN" ] || "$JAVA" -cp "$CP" org.tactician.benchmarks.WriteSyntheticPlan "$ELEMENTS" "$PLAN"
exec "$JAVA" -Xmx2g "$@" -cp "$CP" org.tactician.benchmarks.LoadLoop "$PLAN" "$ROUNDS"
