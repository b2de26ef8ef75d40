#!/bin/bash
# The slow pages' real latency: the rounds use wrk's default 2 s timeout, which leaves responses slower than 2 s out of
# the latency histogram (counted as timeouts). One run each with --timeout 60s (same -t2 -c64 -d15s otherwise).
set -euo pipefail
cd "$(dirname "$0")"
R=${RESULTS:-results}
S=$(./login.sh canbo.vinhlong)
for c in "registry /registry" "award_statistics /reports/awards?year=2023&unit=VL" "home /"; do
  set -- $c
  wrk -t2 -c64 -d15s --timeout 60s --latency -H "Cookie: SESSION=$S" "http://127.0.0.1:18105$2" > $R/latency-$1.txt
  echo "$1: $(grep Requests/sec $R/latency-$1.txt | awk '{print $2}') req/s, p50 $(awk '$1=="50%"{print $2}' $R/latency-$1.txt), p90 $(awk '$1=="90%"{print $2}' $R/latency-$1.txt), p99 $(awk '$1=="99%"{print $2}' $R/latency-$1.txt), $(grep -o 'timeout [0-9]*' $R/latency-$1.txt || echo 'timeout 0')"
done | tee $R/latency.md
