#!/bin/bash
# JFR (settings=profile, 15 s) on the running app during a wrk run of a page; summarised by jfrsum.py.
# Usage: profile.sh [case] [path] [port]   (default: registry /registry 18105)
set -euo pipefail
cd "$(dirname "$0")"
R=${RESULTS:-results}; mkdir -p $R
CASE=${1:-registry}; PATH_=${2:-/registry}; PORT=${3:-18105}
source "$(dirname "$0")/jdk.sh"; J=$JAVA_HOME/bin
pid=$(ss -ltnpH "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
H=()
if [ "$PORT" != 18180 ] && [ "$CASE" != login_page ]; then
  if [ "$CASE" = api_awards ]; then H=(-H "Authorization: Bearer $(cat api-key.txt)"); else H=(-H "Cookie: SESSION=$(./login.sh canbo.vinhlong)"); fi
fi
wrk -t2 -c64 -d21s --latency "${H[@]}" "http://127.0.0.1:$PORT$PATH_" > $R/profile-$CASE-wrk.txt &
w=$!
sleep 3
$J/jcmd $pid JFR.start name=perf settings=profile duration=15s filename=$(pwd)/$R/profile-$CASE.jfr > /dev/null
# a few thread dumps as a cross-check of the JFR samples
for i in 1 2 3; do sleep 4; $J/jcmd $pid Thread.print > $R/profile-$CASE-threads-$i.txt 2>/dev/null || true; done
wait $w
sleep 3
$J/jfr summary $R/profile-$CASE.jfr > $R/profile-$CASE-jfr-summary.txt
python3 jfrsum.py $R/profile-$CASE.jfr "$CASE ($PATH_ on :$PORT)" > $R/profile-$CASE.md
# GC during the recording
$J/jfr print --events jdk.GarbageCollection $R/profile-$CASE.jfr | grep -E 'sumOfPauses|name = ' | paste - - | \
  awk '{n++; s+=$0 ~ /ms/ ? 0:0} END {print n " GC events"}' > $R/profile-$CASE-gc.txt || true
$J/jfr print --events jdk.GarbageCollection $R/profile-$CASE.jfr | grep -E 'sumOfPauses' >> $R/profile-$CASE-gc.txt || true
$J/jfr print --events jdk.CPULoad $R/profile-$CASE.jfr | grep -E 'jvmUser|jvmSystem|machineTotal' | paste - - - > $R/profile-$CASE-cpuload.txt || true
head -60 $R/profile-$CASE.md
grep -E 'Requests/sec|requests in' $R/profile-$CASE-wrk.txt
