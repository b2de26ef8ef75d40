#!/bin/bash
# As admin, create a READ API key for Tỉnh Vĩnh Long (unit VL) through the /api-keys form; saves it to api-key.txt.
# The CSRF token lives in a cookie (XSRF-TOKEN) matched against the form's _csrf field: a cookie jar carries it.
set -euo pipefail
cd "$(dirname "$0")"
BASE=${BASE:-http://127.0.0.1:18105}
S=$(./login.sh admin)
jar=$(mktemp)
printf '127.0.0.1\tFALSE\t/\tFALSE\t0\tSESSION\t%s\n' "$S" > "$jar"
csrf=$(curl -s -b "$jar" -c "$jar" $BASE/api-keys/new | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/')
page=$(curl -s -b "$jar" -c "$jar" --data-urlencode "name=perf wrk $(date +%s)" --data-urlencode "unitCode=VL" \
  --data-urlencode "access=READ" --data-urlencode "_csrf=$csrf" -L $BASE/api-keys)
rm -f "$jar"
key=$(echo "$page" | grep -o 'id="api-key-secret"[^>]*' | grep -o 'value="td_[^"]*"' | sed 's/value="\(.*\)"/\1/')
[ -n "$key" ] || { echo "no key in the answer" >&2; echo "$page" | head -50 >&2; exit 1; }
echo "$key" > api-key.txt
echo "API key created for VL: ${key:0:16}…" >&2
