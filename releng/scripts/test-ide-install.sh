#!/usr/bin/env bash
# Update-site install test, last step: runs Tactician's command line from the IDE-style
# installation that the build made (a plain Eclipse Platform profile with
# org.tactician.feature installed from the update site alone), as an IDE user would start it.
#
#   releng/scripts/test-ide-install.sh INSTALL_DIR OUTPUT_DIR
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/../.." && pwd)"
install="$1"
out="$2"
# shellcheck source=../../features/org.tactician.app.feature/rootfiles/unix/tactician-java.sh
. "$top/features/org.tactician.app.feature/rootfiles/unix/tactician-java.sh"
java="$(tactician_find_java)" || { echo "test-ide-install: no Java 21+" >&2; exit 2; }
launcher="$(ls "$install"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | tail -n 1)"
[ -n "$launcher" ] || { echo "test-ide-install: no equinox launcher in $install/plugins" >&2; exit 1; }
[ -f "$install/configuration/config.ini" ] || { echo "test-ide-install: $install has no configuration/config.ini" >&2; exit 1; }
if grep -q "org.tactician.app," "$install/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"; then
  echo "test-ide-install: the product's branding bundle org.tactician.app came with org.tactician.feature" >&2
  exit 1
fi
mkdir -p "$out"
# An IDE's own platform logs its start-up (SPI Fly's INFO lines) to the console; Tactician's
# console discipline is checked on the product (smoke test), not here.
CHECK_CONSOLE=0 exec "$here/check-command-line.sh" "$out" "$java" -Djava.awt.headless=true -Duser.home="$out" \
  -jar "$launcher" -application org.tactician.cli.commandline -nosplash -data @none
