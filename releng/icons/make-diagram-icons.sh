#!/bin/sh
# Draws the diagram editors' icons (bundles/org.tactician.diagrams.ui/icons/) with ImageMagick:
#   tows16.png     the TOWS matrix: four cells in the colours of the diagram's SO, WO, ST, WT cells
#   canvas16.png   the Business Model Canvas: its blocks, the value proposition in the middle
#   journey16.png  the customer journey: three touchpoints left to right, linked
#   diagram16.png  any diagram (Open Diagram): three linked boxes
# Deterministic output (no time stamps), so re-running it leaves git status unchanged.
set -eu
out="$(cd "$(dirname "$0")/../.." && pwd)/bundles/org.tactician.diagrams.ui/icons"
mkdir -p "$out"
convert -size 64x64 xc:none -stroke '#2a5d8f' -strokewidth 3 \
  -fill '#6fbf73' -draw 'rectangle 4,4 31,31' -fill '#e8c16a' -draw 'rectangle 33,4 60,31' \
  -fill '#7fa7d9' -draw 'rectangle 4,33 31,60' -fill '#e08080' -draw 'rectangle 33,33 60,60' \
  -resize 16x16 -strip -define png:exclude-chunks=date,time "$out/tows16.png"
convert -size 64x64 xc:none -stroke '#2a5d8f' -strokewidth 5 -draw 'line 20,15 44,32' -draw 'line 20,49 44,32' \
  -strokewidth 4 -fill '#dfe9f4' -draw 'roundrectangle 3,5 23,25 4,4' -draw 'roundrectangle 3,39 23,59 4,4' \
  -fill '#2a5d8f' -draw 'roundrectangle 41,22 61,42 4,4' \
  -resize 16x16 -strip -define png:exclude-chunks=date,time "$out/diagram16.png"
convert -size 64x64 xc:none -stroke '#2a5d8f' -strokewidth 3 -fill '#f4f1de' \
  -draw 'rectangle 3,6 21,42' -draw 'rectangle 23,6 41,42' -draw 'rectangle 43,6 61,42' \
  -draw 'rectangle 3,44 32,58' -draw 'rectangle 32,44 61,58' -fill '#e8c16a' -draw 'rectangle 23,6 41,42' \
  -resize 16x16 -strip -define png:exclude-chunks=date,time "$out/canvas16.png"
convert -size 64x64 xc:none -stroke '#2a5d8f' -strokewidth 5 -draw 'line 14,32 50,32' -draw 'line 30,32 50,14' \
  -strokewidth 3 -fill '#7fa7d9' -draw 'circle 12,32 12,22' -fill '#6fbf73' -draw 'circle 32,32 32,23' \
  -fill '#e08080' -draw 'circle 52,32 52,23' -fill '#e8c16a' -draw 'circle 52,12 52,5' \
  -resize 16x16 -strip -define png:exclude-chunks=date,time "$out/journey16.png"
