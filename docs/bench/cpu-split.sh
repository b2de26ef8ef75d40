#!/bin/bash
# The JVM's user and system CPU time per request, one build at a time on :18105 against the 'thidua' database:
# for each jar given, start it, warm $P for 40 s at 16 connections, then two 15 s runs at 64 connections.
# Give the jars alternately (a b a b) so that a machine drifting over the run favours neither.
# Usage: JAR=x P=/registry [AUTH="Authorization: Bearer …"] ./cpu-split.sh a.jar b.jar a.jar b.jar
set -uo pipefail
cd "$(dirname "$0")"
export JAR=${JAR:-x}; source ./jdk.sh
export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/thidua SPRING_DATASOURCE_USERNAME=thidua SPRING_DATASOURCE_PASSWORD=thidua
P=${P:-/registry}; HZ=$(getconf CLK_TCK); mkdir -p logs
for jar in "$@"; do
  nohup $JAVA_HOME/bin/java -Xmx512m -jar "$jar" --server.port=18105 --thidua.api.requests-per-minute=100000000 \
    > logs/cpu-split.log 2>&1 & pid=$!
  for i in $(seq 1 600); do [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:18105/login)" = 200 ] && break; sleep 0.2; done
  H=${AUTH:-"Cookie: SESSION=$(./login.sh canbo.vinhlong)"}
  wrk -t2 -c16 -d40s -H "$H" "http://127.0.0.1:18105$P" > /dev/null
  for r in 1 2; do
    read -r u0 s0 < <(awk '{print $14, $15}' /proc/$pid/stat)
    out=$(wrk -t2 -c64 -d15s -H "$H" "http://127.0.0.1:18105$P")
    read -r u1 s1 < <(awk '{print $14, $15}' /proc/$pid/stat)
    n=$(echo "$out" | awk '/requests in/{print $1}')
    echo "$(basename "$jar") $P r$r $(echo "$out" | awk '/Requests\/sec/{print $2}') req/s" \
      "user $(echo "scale=3; ($u1-$u0)*1000/$HZ/$n" | bc) sys $(echo "scale=3; ($s1-$s0)*1000/$HZ/$n" | bc) ms/request"
  done
  kill $pid; wait $pid 2>/dev/null
done
