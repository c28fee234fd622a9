#!/usr/bin/env bash
# Fuzzes Rekindle's readers with libFuzzer and AddressSanitizer, from a seed corpus made of Fixtures/.
#
#   scripts/fuzz.sh [SECONDS] [WORK-DIRECTORY] [TARGET]   # default 600 s, FuzzImport
#
# Targets (fuzz/Sources/), each input's first byte choosing a variant, the rest being the file:
#   FuzzArchive   zip / tar.gz opener, every entry read
#   FuzzCSV       the CSV entry reader (transcoding, header search, records)
#   FuzzJSON      the JSON / window.YTD JavaScript reader (streamed at a path, or whole)
#   FuzzVCardICS  vCard and iCalendar through their importers
#   FuzzMarkup    HTML pages and streamed XML (libxml2)
#   FuzzImport    the whole import of one file, its name chosen among 21
#
# Leak detection is off: Foundation on Linux leaks 37 bytes in FileManager.fileSystemRepresentation
# on every zip opened (ZIPFoundation calls it), which is not ours to fix.
#
# Findings (crash-*, timeout-*, oom-* files) land in the work directory; each one becomes a
# regression test in Tests/ArchiveImportTests/FuzzRegressionTests.swift.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
work="${2:-$(mktemp -d)}"
target="${3:-FuzzImport}"
mkdir -p "$work/corpus"
swift build -c release --package-path fuzz -Xswiftc -sanitize=fuzzer,address --product "$target"

seeds=0
# seed PREFIX-BYTE FILE: one corpus unit, the byte that chooses the variant, then the file.
seed() {
  [[ $(stat -c %s "$2") -gt 200000 ]] && return 0
  { printf "\\$(printf '%03o' "$1")"; cat "$2"; } > "$work/corpus/seed-$seeds"
  seeds=$((seeds + 1))
}
fixtures() { find Fixtures -type f \( "$@" \) -print0; }

case "$target" in
  FuzzArchive)
    for folder in Fixtures/linkedin/2024 Fixtures/instagram/2026 Fixtures/twitter/2023 Fixtures/facebook/2026; do
      (cd "$folder" && zip -qr "$work/seed.zip" .) && seed 0 "$work/seed.zip" && rm -f "$work/seed.zip"
    done
    tar -czf "$work/seed.tar.gz" -C Fixtures/mastodon . && seed 1 "$work/seed.tar.gz" && rm -f "$work/seed.tar.gz"
    ;;
  FuzzCSV)
    while IFS= read -r -d '' file; do for prefix in 0 1 2 3 4; do seed "$prefix" "$file"; done; done \
      < <(fixtures -name '*.csv')
    ;;
  FuzzJSON)
    while IFS= read -r -d '' file; do for prefix in 0 1 2 3 4; do seed "$prefix" "$file"; done; done \
      < <(fixtures -name '*.json' -o -name '*.js')
    ;;
  FuzzVCardICS)
    while IFS= read -r -d '' file; do seed 0 "$file"; done < <(fixtures -name '*.vcf')
    while IFS= read -r -d '' file; do seed 1 "$file"; done < <(fixtures -name '*.ics')
    ;;
  FuzzMarkup)
    while IFS= read -r -d '' file; do seed 0 "$file"; done < <(fixtures -name '*.html')
    while IFS= read -r -d '' file; do seed 1 "$file"; done \
      < <(fixtures -name '*.xml' -o -name '*.graphml' -o -name '*.gexf' -o -name '*.rdf')
    ;;
  FuzzImport)
    # The index of each file's name (or of a name of its kind) in fuzz/Sources/FuzzImport's list.
    names=("Connections.csv" "messages.csv" "your_friends.json" "message_1.json" "followers_1.json"
      "tweets.js" "direct-messages.js" "contacts.vcf" "contacts.csv" "calendar.ics" "result.json"
      "WhatsApp Chat with Priya.txt" "archive.zip" "graph.graphml" "graph.gexf" "foaf.rdf" "contacts.xml"
      "messages.html" "outbox.json" "archive.tar.gz" "meetings.csv")
    while IFS= read -r -d '' file; do
      base="$(basename "$file")"
      index=-1
      for i in "${!names[@]}"; do [[ "${names[$i]}" == "$base" ]] && index=$i; done
      if [[ $index -lt 0 ]]; then
        case "$base" in
          *.csv) index=8 ;; *.json) index=2 ;; *.js) index=5 ;; *.vcf) index=7 ;; *.ics) index=9 ;;
          *.txt) index=11 ;; *.graphml) index=13 ;; *.gexf) index=14 ;; *.rdf) index=15 ;;
          *.xml) index=16 ;; *.html) index=17 ;; *.gz) index=19 ;; *) continue ;;
        esac
      fi
      seed "$index" "$file"
    done < <(fixtures -type f)
    for folder in Fixtures/linkedin/2024 Fixtures/instagram/2026 Fixtures/twitter/2023; do
      (cd "$folder" && zip -qr "$work/seed.zip" .) && seed 12 "$work/seed.zip" && rm -f "$work/seed.zip"
    done
    tar -czf "$work/seed.tar.gz" -C Fixtures/mastodon . && seed 19 "$work/seed.tar.gz" && rm -f "$work/seed.tar.gz"
    ;;
  *) echo "unknown target $target" >&2; exit 64 ;;
esac
echo "target: $target, seeds: $seeds, work directory: $work"

cd "$work"
status=0
ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no "$OLDPWD/fuzz/.build/release/$target" corpus \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=262144 -detect_leaks=0 \
  -print_final_stats=1 > fuzz.log 2>&1 || status=$?
grep -E "^#[0-9]+[[:space:]]+(DONE|pulse|REDUCE|NEW)" fuzz.log | tail -1 || true
grep -E "^stat::" fuzz.log || true
ls crash-* timeout-* oom-* 2>/dev/null || echo "no findings"
echo "log: $work/fuzz.log"
exit "$status"
