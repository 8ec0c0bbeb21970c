#!/usr/bin/env bash
# Runs Tactician's command line from an installation and checks what a user would: `validate`
# and `generate` (every format) on the furniture sample finish in time, exit 0, write every
# file, readable by the group under umask 022, and print Tactician's own lines only (no
# library logging on the console).
#
#   releng/scripts/check-command-line.sh OUTPUT_DIR COMMAND [ARGS...]
#
# CHECK_CONSOLE=0 skips the console check (an Eclipse IDE's platform logs its start-up lines,
# which Tactician does not control). COMMAND [ARGS...] starts the command line of the
# installation under test, e.g. the
# product's start script, or `java -jar .../org.eclipse.equinox.launcher_*.jar -application
# org.tactician.cli.commandline ...` for an Eclipse IDE with Tactician installed.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$1"; shift
sample="$top/bundles/org.tactician.samples/plans/furniture-retailer.mplan"
timeout_s="${CLI_TIMEOUT:-300}"
rm -rf "$out" && mkdir -p "$out"

fail() { echo "command-line check: $*" >&2; exit 1; }

# Lines Tactician itself prints; anything else on the console is a library talking.
own_lines='^(loading |writing |wrote |tactician: |.*\.mplan: (valid|[0-9]+ error|error: |warning: ))'
check_console() {
  local log="$1" stray
  [ "${CHECK_CONSOLE:-1}" = 1 ] || return 0
  stray="$(grep -vE "$own_lines" "$log" | grep -v '^\s*$' || true)"
  [ -z "$stray" ] || fail "$(basename "$log") holds lines that are not Tactician's:"$'\n'"$(head -20 <<<"$stray")"
}

rc=0
(umask 022; timeout "$timeout_s" "$@" validate "$sample") >"$out/validate.log" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || { cat "$out/validate.log" >&2; fail "validate exited $rc (124: timed out after ${timeout_s}s)"; }
grep -q "furniture-retailer.mplan: valid" "$out/validate.log" || { cat "$out/validate.log" >&2; fail "validate did not say valid"; }
check_console "$out/validate.log"

rc=0
(umask 022; timeout "$timeout_s" "$@" generate "$sample" --out "$out/generated") >"$out/generate.log" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || { cat "$out/generate.log" >&2; fail "generate exited $rc (124: timed out after ${timeout_s}s)"; }
for file in plan.html plan.pdf calendar.pdf plan.docx budget.xlsx budget.csv calendar-entries.csv calendar-all.ics \
    calendar-editorial.ics; do
  [ -s "$out/generated/$file" ] || { cat "$out/generate.log" >&2; fail "generate wrote no $file"; }
done
check_console "$out/generate.log"
unshared="$(find "$out/generated" -type f ! -perm -0044 -printf '%m %f\n')"
[ -z "$unshared" ] || fail "generated files the group and others cannot read under umask 022:"$'\n'"$unshared"
echo "command-line check: OK ($(ls "$out/generated" | wc -l) files in $out/generated)"
