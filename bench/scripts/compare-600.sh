#!/usr/bin/env bash
# Checks that the engine's output is unchanged: analyses the first N (default 600) articles of the SaudiNewsNet corpus
# with `./isnad analyze --jsonl` and compares every line, with its "engine" block removed, to a baseline.
#   bench/scripts/compare-600.sh baseline OUT.jsonl   writes the baseline (run it on the old commit)
#   bench/scripts/compare-600.sh check OUT.jsonl      compares the current engine with it; exit 1 on any difference
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
mode="${1:?baseline|check}"
baseline="${2:?baseline file}"
count="${COUNT:-600}"
corpus="${CORPUS:-$root/../shared/data/news/saudinewsnet.jsonl.gz}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
{ zcat "$corpus" || true; } | head -n "$count" >"$work/articles.jsonl"
"$root/isnad" analyze --jsonl "$work/articles.jsonl" >"$work/raw.jsonl"
# Drop the engine block (new in this engine, and different on every build); nothing else is touched.
python3 -c '
import json, sys
for line in sys.stdin:
    record = json.loads(line)
    record.pop("engine", None)
    sys.stdout.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
' <"$work/raw.jsonl" >"$work/stripped.jsonl"
if [[ "$mode" == baseline ]]; then
    cp "$work/stripped.jsonl" "$baseline"
    echo "baseline: $(wc -l <"$baseline") analyses in $baseline"
elif cmp -s "$work/stripped.jsonl" "$baseline"; then
    echo "identical: $(wc -l <"$baseline") analyses"
else
    echo "DIFFERENT:" >&2
    diff <(python3 -c 'import sys; [print(i + 1) for i, (a, b) in enumerate(zip(open(sys.argv[1]), open(sys.argv[2]))) if a != b]' "$work/stripped.jsonl" "$baseline") /dev/null | head -n 20 >&2 || true
    exit 1
fi
