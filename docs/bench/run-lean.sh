#!/bin/bash
# run-all.sh without the generation and the first start (the registry is already generated): both apps
# started once, the interleaved wrk rounds, SQL per request, the statistics' latency, a JFR of the registry.
set -euo pipefail
cd "$(dirname "$0")"
export RESULTS=${RESULTS:-results}
mkdir -p "$RESULTS" logs
source "$(dirname "$0")/jdk.sh"; J=$JAVA_HOME
export JAVA_HOME=$J PATH=$J/bin:$PATH
log() { echo "== $(date +%T) $*"; }
[ "${SKIP_START:-0}" = 1 ] || ./stop-apps.sh
PGPASSWORD=thidua psql -h 127.0.0.1 -U thidua -d thidua -c "select count(*) as award_records, min(year), max(year) from award_record" \
  -c "select count(*) as people from person" > $RESULTS/data-size.txt
if [ "${SKIP_START:-0}" != 1 ]; then
  ./start-tfb.sh > /dev/null 2> $RESULTS/tfb-start.txt
  ./start-thidua.sh > /dev/null 2> $RESULTS/thidua-start.txt
  sleep 5
fi
rss() { awk '/VmRSS/{print int($2/1024)}' /proc/$1/status; }
echo "thidua RSS after start: $(rss $(cat thidua.pid)) MB; tfb RSS after start: $(rss $(cat tfb.pid)) MB" > $RESULTS/memory.txt
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(cat api-key.txt 2>/dev/null)" 'http://127.0.0.1:18105/api/v1/awards?size=1')" = 200 ] \
  || { rm -f api-key.txt; ./create-api-key.sh; }
SESS="select count(*) from spring_session"
echo "spring_session rows before the rounds: $(PGPASSWORD=thidua psql -h 127.0.0.1 -U thidua -d thidua -tAc "$SESS")" > $RESULTS/sessions.txt
su postgres -c "psql -q -d thidua -tAc 'select pg_stat_statements_reset()'" > /dev/null || true
log "wrk rounds"; python3 measure.py | tee $RESULTS/measure.log
echo "spring_session rows after the rounds: $(PGPASSWORD=thidua psql -h 127.0.0.1 -U thidua -d thidua -tAc "$SESS")" >> $RESULTS/sessions.txt
echo "thidua RSS after load: $(rss $(cat thidua.pid)) MB; tfb RSS after load: $(rss $(cat tfb.pid)) MB" >> $RESULTS/memory.txt
jcmd $(cat thidua.pid) GC.heap_info >> $RESULTS/memory.txt 2>&1 || true
python3 summarise.py > /dev/null
log "SQL per request"; python3 sqlstats.py | tee $RESULTS/sqlstats.log || true
log "statistics latency"; ./stats-latency.sh || true
log "profile"; ./profile.sh registry /registry 18105 > $RESULTS/profile.log 2>&1 || true
./stop-apps.sh
python3 summarise.py
log "done: $RESULTS"
