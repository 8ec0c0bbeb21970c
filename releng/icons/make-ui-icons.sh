#!/bin/sh
# Draws the plan editor's own icons (bundles/org.tactician.ui/icons/) with ImageMagick:
#   validate.png  a tick in a green disc (Validate plan)
# Deterministic output (no time stamps), so re-running it leaves git status unchanged.
# The plan icon (plan16.png) is the model's MarketingPlan icon (releng/icons/make-icons.py).
set -eu
out="$(cd "$(dirname "$0")/../.." && pwd)/bundles/org.tactician.ui/icons"
mkdir -p "$out"
convert -size 64x64 xc:none -fill '#2e8b57' -draw 'circle 32,32 32,4' \
  -stroke white -strokewidth 8 -fill none -draw 'polyline 18,33 28,44 47,22' \
  -resize 16x16 -strip -define png:exclude-chunks=date,time "$out/validate.png"
cp "$(dirname "$0")/../../bundles/org.tactician.model.edit/icons/full/obj16/MarketingPlan.png" "$out/plan16.png"
