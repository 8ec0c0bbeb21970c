# Finds a Java 21+ runtime for Tactician. POSIX sh, sourced (never run) by the product's start
# script and, in the source tree, by ./mvnw, ./tactician and releng/samples-generator/generate.sh,
# so every entry point picks Java the same way.
#
#   tactician_find_java [jdk]   prints a java executable of version 21 or newer and returns 0,
#                               or prints nothing and returns 1; with "jdk" only a full JDK
#                               (javac beside java) counts
#   tactician_java_home JAVA    prints the installation folder of that java executable
#
# Looked at, in this order: TACTICIAN_JAVA, JAVA_HOME, the Temurin and OpenJDK 25/21 folders of
# Debian/Ubuntu (amd64 and arm64), any other JDK under /usr/lib/jvm, macOS's JavaVirtualMachines,
# and last `java` on the PATH. A candidate older than 21 is skipped, never used.

tactician_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

tactician_java_home() {
  _tj_real=$(readlink -f "$1" 2>/dev/null || echo "$1")
  (cd "$(dirname "$_tj_real")/.." && pwd -P)
}

tactician_find_java() {
  _tj_need_jdk=${1:-}
  for _tj_candidate in "${TACTICIAN_JAVA:-}" "${JAVA_HOME:+$JAVA_HOME/bin/java}" \
      /usr/lib/jvm/temurin-25-jdk-amd64/bin/java /usr/lib/jvm/temurin-25-jdk-arm64/bin/java \
      /usr/lib/jvm/java-25-openjdk-amd64/bin/java /usr/lib/jvm/java-25-openjdk-arm64/bin/java \
      /usr/lib/jvm/temurin-21-jdk-amd64/bin/java /usr/lib/jvm/temurin-21-jdk-arm64/bin/java \
      /usr/lib/jvm/java-21-openjdk-amd64/bin/java /usr/lib/jvm/java-21-openjdk-arm64/bin/java \
      /usr/lib/jvm/*/bin/java /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java \
      "$(command -v java 2>/dev/null)"; do
    [ -n "$_tj_candidate" ] && [ -x "$_tj_candidate" ] || continue
    if [ "$_tj_need_jdk" = jdk ] && [ ! -x "$(dirname "$(readlink -f "$_tj_candidate" 2>/dev/null || echo "$_tj_candidate")")/javac" ]; then
      continue
    fi
    _tj_major=$(tactician_java_major "$_tj_candidate")
    if [ -n "$_tj_major" ] && [ "$_tj_major" -ge 21 ]; then
      echo "$_tj_candidate"
      return 0
    fi
  done
  return 1
}
