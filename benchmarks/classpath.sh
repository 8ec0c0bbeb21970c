# The setup the benchmark scripts share; they source it (`. benchmarks/classpath.sh`) from the work
# tree's root. Sets JAVA (default Temurin 25), R (the Maven repository: MAVEN_REPOSITORY, default
# ~/.m2/repository) and CP: the benchmark classes, the model, forecast and validation jars this work
# tree built, EMF and JMH's core. Build them first:
#   ./mvnw -B -o -Dtycho.localArtifacts=ignore verify -DskipTests \
#     -pl releng/org.tactician.target,bundles/org.tactician.model,bundles/org.tactician.forecast,bundles/org.tactician.validation,benchmarks/org.tactician.benchmarks
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
