#!/usr/bin/env bash
# Load test of POST /api/analyze on loopback with wrk (Debian package `wrk`): a typical news article at 2, 16 and 64
# connections. Prints requests/s, latency percentiles and the server's memory after each level, then stops the
# server it started. Bounded: ISNAD_LOAD_SECONDS per level (default 15) after a warm-up, loopback only.
#
#   web/load/analyze-load.sh [--without-entities] [ARTICLE.txt]
#
# --without-entities is passed to `isnad serve` (the engine without its entity stage, which dominates its time).
# Without an article it takes the median-length article, among the first 2,000 with «قال», of the SaudiNewsNet
# corpus ($ISNAD_DATA/news/saudinewsnet.jsonl.gz, default ../shared/data beside the repository) into a temporary
# file, else samples/desalination-project.txt.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds="${ISNAD_LOAD_SECONDS:-15}"
port="${ISNAD_LOAD_PORT:-5099}"
url="http://127.0.0.1:$port"
command -v wrk >/dev/null || { echo "analyze-load: wrk is missing (apt-get install wrk)" >&2; exit 1; }

work="$(mktemp -d)"
server_pid=""
cleanup() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid"
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

serve_options=()
if [[ "${1:-}" == "--without-entities" ]]; then
    serve_options+=(--without-entities)
    shift
fi
article="${1:-}"
if [[ -z "$article" ]]; then
    corpus="${ISNAD_DATA:-$root/../shared/data}/news/saudinewsnet.jsonl.gz"
    article="$work/article.txt"
    if [[ -f "$corpus" ]]; then
        python3 - "$corpus" "$article" <<'PY'
import gzip, json, sys
texts = []
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as lines:
    for line in lines:
        text = json.loads(line)["text"]
        if "قال" in text:
            texts.append(text)
        if len(texts) == 2000:
            break
texts.sort(key=len)
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write(texts[len(texts) // 2])
PY
        source_note="median-length SaudiNewsNet article with قال (of the first 2,000)"
    else
        cp "$root/samples/desalination-project.txt" "$article"
        source_note="samples/desalination-project.txt (no corpus at $corpus)"
    fi
else
    source_note="$article"
fi
export ISNAD_LOAD_ARTICLE="$article"

"$root/isnad" serve --urls "$url" "${serve_options[@]}" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 600); do
    curl -sf "$url/api/status" >/dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.2
done
curl -sf "$url/api/status" >/dev/null || { echo "analyze-load: the server did not start" >&2; exit 1; }

status="$(curl -s -o "$work/out.json" -w '%{http_code}' -H 'Content-Type: text/plain; charset=utf-8' --data-binary "@$article" "$url/api/analyze")"
[[ "$status" == 200 ]] || { echo "analyze-load: POST /api/analyze answered $status" >&2; exit 1; }
attributions="$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["attributions"]))' "$work/out.json")"
chars="$(python3 -c 'import sys; print(len(open(sys.argv[1], encoding="utf-8").read()))' "$article")"

# The server's CPU time so far, in clock ticks (utime + stime): with other work on the machine, CPU per request says
# more about the server than requests per second do.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server_pid/stat"; }
ticks_per_second="$(getconf CLK_TCK)"
memory() { awk '/^VmRSS/ {rss=$2} /^VmHWM/ {hwm=$2} END {printf "%.0f MB (peak %.0f MB)", rss/1024, hwm/1024}' "/proc/$server_pid/status"; }

echo "article: $source_note: $chars chars, $attributions attributions"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run; server and wrk share them; $seconds s per level"
echo "server: isnad serve ${serve_options[*]:-(full pipeline)}"
echo "server memory after start: $(memory)"
wrk -t 2 -c 16 -d 5s -s "$root/web/load/post-article.lua" "$url/api/analyze" >/dev/null   # warm-up (JIT, tiering)
echo "server memory after warm-up: $(memory)"
printf '%-12s %10s %10s %10s %10s %8s %14s  %s\n' connections requests/s p50 p90 p99 errors "CPU ms/request" "server memory"
for connections in 2 16 64; do
    threads=2
    ticks_before="$(cpu_ticks)"
    wrk -t "$threads" -c "$connections" -d "${seconds}s" --latency -s "$root/web/load/post-article.lua" "$url/api/analyze" >"$work/wrk.txt"
    rps="$(awk '/^Requests\/sec:/ {print $2}' "$work/wrk.txt")"
    p50="$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")"
    p90="$(awk '$1 == "90%" {print $2}' "$work/wrk.txt")"
    p99="$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")"
    errors="$(awk '/Non-2xx or 3xx responses:/ {n += $NF} /Socket errors:/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' "$work/wrk.txt")"
    requests="$(awk '/requests in/ {print $1}' "$work/wrk.txt")"
    cpu_ms="$(awk -v t="$(( $(cpu_ticks) - ticks_before ))" -v hz="$ticks_per_second" -v n="$requests" 'BEGIN {printf "%.2f", n ? t * 1000 / hz / n : 0}')"
    printf '%-12s %10s %10s %10s %10s %8s %14s  %s\n' "$connections" "$rps" "$p50" "$p90" "$p99" "$errors" "$cpu_ms" "$(memory)"
done
