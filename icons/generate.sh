#!/usr/bin/env bash
# Regenerates every icon size from source.svg (needs ImageMagick and the Tauri CLI from ui/).
set -euo pipefail
cd "$(dirname "$0")"
/usr/bin/convert -background none -density 96 source.svg -resize 1024x1024 PNG32:source.png
(cd ../ui && npx tauri icon ../icons/source.png --output ../icons)
rm -rf android ios source.png
