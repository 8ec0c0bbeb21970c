#!/usr/bin/env bash
# Regenerates (or, with --check, verifies) the sample plans of bundles/org.tactician.samples/plans
# from the builder programs in src/. See README.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
mode="${1:---write}"

# A Java 21+ JDK, picked as ./mvnw and the product pick it.
# shellcheck source=../../features/org.tactician.app.feature/rootfiles/unix/tactician-java.sh
. "$root/features/org.tactician.app.feature/rootfiles/unix/tactician-java.sh"
java="$(tactician_find_java jdk)" || { echo "generate.sh: no JDK 21 or newer found; install one or set JAVA_HOME" >&2; exit 2; }
JAVA_HOME="$(tactician_java_home "$java")"

# The model classes: build them when missing (the generator must save with the current PlanResource).
model="$root/bundles/org.tactician.model/target/classes"
if [ ! -f "$model/org/tactician/model/resource/PlanResource.class" ]; then
  (cd "$root" && ./mvnw -B -q -o package -DskipTests -pl releng/org.tactician.target,bundles/org.tactician.model)
fi

# The EMF runtime jars at the versions the target platform pins.
target_file="$root/releng/org.tactician.target/org.tactician.target.target"
repo="${MAVEN_REPO:-$HOME/.m2/repository}"
cp="$model"
for artifact in org.eclipse.emf.common org.eclipse.emf.ecore org.eclipse.emf.ecore.xmi; do
  version="$(awk -v a="<artifactId>$artifact</artifactId>" 'index($0, a) { found = 1; next }
      found && /<version>/ { gsub(/.*<version>|<\/version>.*/, ""); print; exit }' "$target_file")"
  jar="$repo/org/eclipse/emf/$artifact/$version/$artifact-$version.jar"
  [ -f "$jar" ] || { echo "generate.sh: missing $jar (run ./mvnw -B verify once)" >&2; exit 2; }
  cp="$cp:$jar"
done

classes="$(mktemp -d)"
trap 'rm -rf "$classes"' EXIT
"$JAVA_HOME/bin/javac" -encoding UTF-8 --release 21 -d "$classes" -cp "$cp" $(find "$here/src" -name '*.java')
exec "$JAVA_HOME/bin/java" -Dfile.encoding=UTF-8 -cp "$classes:$cp" org.tactician.samples.generator.GenerateSamples \
  "${SAMPLES_OUT:-$root/bundles/org.tactician.samples/plans}" "$mode"
