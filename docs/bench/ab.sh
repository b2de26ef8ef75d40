#!/bin/bash
# A/B of one JVM option or property, or of two builds: A (:18105) runs $JAR and B (:18106) $JAR_B (default: the
# same jar) on the same database; rounds of wrk interleaved, each reporting req/s, p99 and the JVM's CPU per
# request (from /proc/<pid>/stat).
# With ANCHOR set (e.g. ANCHOR=http://127.0.0.1:18180/fortunes, started by start-tfb.sh), each round also measures
# the anchor, so every figure has a share of it from the same round.
# With AUTH set (e.g. AUTH="Authorization: Bearer $(cat api-key.txt)", see create-api-key.sh) that header is sent
# instead of a signed-in officer's session: the API's cases.
# Usage: JAR=... [JAR_B=...] A_ARGS="..." B_ARGS="..." PATHS="/registry /" ROUNDS=3 DUR=10s [ANCHOR=...] ./ab.sh
set -euo pipefail
cd "$(dirname "$0")"
source ./jdk.sh
export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/thidua SPRING_DATASOURCE_USERNAME=thidua SPRING_DATASOURCE_PASSWORD=thidua
start() { # port args jar
  nohup $JAVA_HOME/bin/java -Xmx512m -jar "$3" --server.port=$1 --thidua.api.requests-per-minute=100000000 $2 > logs/ab-$1.log 2>&1 &
  echo $! > ab-$1.pid
  for i in $(seq 1 600); do [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$1/login || true)" = 200 ] && break; sleep 0.2; done
}
start 18105 "${A_ARGS:-}" "$JAR"; start 18106 "${B_ARGS:-}" "${JAR_B:-$JAR}"
ticks() { awk '{print $14+$15}' /proc/$1/stat; }
HZ=$(getconf CLK_TCK)
declare -A S
for p in 18105 18106; do S[$p]=${AUTH:-"Cookie: SESSION=$(BASE=http://127.0.0.1:$p ./login.sh canbo.vinhlong)"}; done
for p in 18105 18106; do for path in ${PATHS:-/registry /}; do wrk -t2 -c16 -d${WARM:-30s} -H "${S[$p]}" "http://127.0.0.1:$p$path" > /dev/null; done; done
# measure compiled code: under 64 connections on two cores the C2 compiler thread gets a sliver of the CPU, and
# a page could still run partly in the interpreter minutes into a run; wait until the compile queue has drained
for p in 18105 18106; do
  for i in $(seq 1 60); do
    q=$($JAVA_HOME/bin/jcmd "$(cat ab-$p.pid)" Compiler.queue 2>/dev/null | grep -c '^[0-9]' || true)
    [ "${q:-0}" -le 2 ] && break
    sleep 2
  done
  echo "warm $p: $q methods waiting for the JIT"
done
for r in $(seq 1 ${ROUNDS:-3}); do
  if [ -n "${ANCHOR:-}" ]; then
    echo "r$r anchor $(wrk -t2 -c${CONN:-64} -d${DUR:-10s} "$ANCHOR" | awk '/Requests\/sec/{print $2}') req/s"
  fi
  for path in ${PATHS:-/registry /}; do
    # alternate which build goes first, so that a machine warming up over the run favours neither
    if [ $((r % 2)) = 1 ]; then order="18105 18106"; else order="18106 18105"; fi
    for p in $order; do
      pid=$(cat ab-$p.pid); t0=$(ticks $pid)
      out=$(wrk -t2 -c${CONN:-64} -d${DUR:-10s} --latency -H "${S[$p]}" "http://127.0.0.1:$p$path")
      t1=$(ticks $pid); n=$(echo "$out" | awk '/requests in/{print $1}')
      echo "r$r $p $path $(echo "$out" | awk '/Requests\/sec/{print $2}') req/s p99 $(echo "$out" | awk '$1=="99%"{print $2}') cpu/req $(echo "scale=3; ($t1-$t0)*1000/$HZ/$n" | bc) ms"
    done
  done
done
kill $(cat ab-18105.pid) $(cat ab-18106.pid)
