#!/bin/bash
# The statistics' budget (issue 18): a province's year, its statutory report and its narrative, for one user
# (wrk -c1) and for 16 users at once (wrk -c16), --timeout 60s so slow answers are measured, not dropped.
set -euo pipefail
cd "$(dirname "$0")"
R=${RESULTS:-results}; mkdir -p $R
S=$(./login.sh canbo.vinhlong)
for c in "award_statistics /reports/awards?year=2023&unit=VL" "statutory_report /reports/statutory?year=2023&unit=VL" \
         "narrative /reports/narrative?year=2023&unit=VL" "award_statistics_by_unit_h1 /reports/awards?year=2024&half=FIRST&unit=VL&by=UNIT"; do
  set -- $c
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$S" "http://127.0.0.1:18105$2")
  for n in 1 16; do
    t=$([ $n = 1 ] && echo 1 || echo 2)
    wrk -t$t -c$n -d15s --timeout 60s --latency -H "Cookie: SESSION=$S" "http://127.0.0.1:18105$2" > $R/stats-$1-c$n.txt
    echo "$1 (HTTP $code) c$n: $(grep Requests/sec $R/stats-$1-c$n.txt | awk '{print $2}') req/s, p50 $(awk '$1=="50%"{print $2}' $R/stats-$1-c$n.txt), p99 $(awk '$1=="99%"{print $2}' $R/stats-$1-c$n.txt), $(grep -o 'timeout [0-9]*' $R/stats-$1-c$n.txt || echo 'timeout 0'), $(grep -o 'Non-2xx or 3xx responses: [0-9]*' $R/stats-$1-c$n.txt || echo 'all 2xx/3xx')"
  done
done | tee $R/stats-latency.md
