#!/usr/bin/env bash
# Fuzzes the import of single files (every reader behind the importer, zip and tar.gz included)
# with libFuzzer and AddressSanitizer, from a seed corpus made of Fixtures/.
#
#   scripts/fuzz.sh [SECONDS] [WORK-DIRECTORY] [TARGET]   # default 600 s, FuzzImport
#
# TARGET FuzzReaders fuzzes each reader entry point directly (CSV parser, JSON splitter, content
# lines, HTML, XML, zip/tar.gz), its first byte choosing which.
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
swift build -c release --package-path fuzz -Xswiftc -sanitize=fuzzer,address
# Seeds: each fixture file, prefixed with the byte that gives its name back (see FuzzInputs.names).
names=("Connections.csv" "messages.csv" "your_friends.json" "message_1.json" "followers_1.json"
  "tweets.js" "direct-messages.js" "contacts.vcf" "contacts.csv" "calendar.ics" "result.json"
  "WhatsApp Chat with Priya.txt" "archive.zip" "graph.graphml" "graph.gexf" "foaf.rdf" "contacts.xml"
  "messages.html" "outbox.json" "archive.tar.gz" "meetings.csv")
seed=0
while IFS= read -r -d '' file; do
  base="$(basename "$file")"
  index=-1
  for i in "${!names[@]}"; do
    case "$base" in
      *.csv) [[ "${names[$i]}" == "$base" || ( $index -lt 0 && "${names[$i]}" == "contacts.csv" ) ]] && index=$i ;;
      *) [[ "${names[$i]}" == "$base" ]] && index=$i ;;
    esac
  done
  if [[ $index -lt 0 ]]; then
    case "$base" in
      *.json) index=2 ;; *.js) index=5 ;; *.vcf) index=7 ;; *.ics) index=9 ;; *.txt) index=11 ;;
      *.graphml) index=13 ;; *.gexf) index=14 ;; *.rdf) index=15 ;; *.xml) index=16 ;; *.html) index=17 ;;
      *.gz) index=19 ;; *) continue ;;
    esac
  fi
  [[ $(stat -c %s "$file") -gt 200000 ]] && continue
  if [[ "$target" == FuzzReaders ]]; then
    case "$base" in
      *.csv) index=0 ;; *.json|*.js) index=1 ;; *.vcf|*.ics) index=2 ;; *.html|*.htm) index=3 ;;
      *.xml|*.graphml|*.gexf|*.rdf) index=4 ;; *.gz) index=5 ;; *) continue ;;
    esac
  fi
  { printf "\\$(printf '%03o' "$index")"; cat "$file"; } > "$work/corpus/seed-$seed"
  seed=$((seed + 1))
done < <(find Fixtures -type f -print0)
# Zip seeds: a few fixture folders zipped.
for folder in Fixtures/linkedin/2024 Fixtures/instagram/2026 Fixtures/twitter/2023; do
  prefix='\014'
  [[ "$target" == FuzzReaders ]] && prefix='\005'
  (cd "$folder" && zip -qr "$work/seed.zip" .) && { printf "$prefix"; cat "$work/seed.zip"; } > "$work/corpus/seed-$seed"
  rm -f "$work/seed.zip"
  seed=$((seed + 1))
done
echo "seeds: $seed, work directory: $work"
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
