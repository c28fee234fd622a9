#!/usr/bin/env bash
# Renders the HTML report of the bundled fixtures in a real headless browser and writes a
# screenshot, to look at the charts. Nothing it writes is committed.
#
#   apt-get install -y chromium      # Debian's package
#   scripts/check-html-report.sh [OUTPUT-DIRECTORY]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-$(mktemp -d)}"
mkdir -p "$out"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
  echo "no headless browser: install Debian's chromium" >&2
  exit 2
fi
swift build --product rekindle
rm -f "$out/demo.sqlite"*
.build/debug/rekindle report --store "$out/demo.sqlite" --me "Alex Rivera" -q --as-of 2026-11-22 \
  --format html Fixtures/*/* > "$out/report.html"
grep -q "<svg" "$out/report.html"
if grep -Eq "<script|<link|src=\"http|@import" "$out/report.html"; then
  echo "the page fetches something: it must be self-contained" >&2
  exit 1
fi
"$browser" --headless --no-sandbox --disable-gpu --window-size=900,2400 \
  --screenshot="$out/report.png" "file://$out/report.html" 2>/dev/null
test -s "$out/report.png"
echo "$out/report.html"
echo "$out/report.png"
