#!/bin/bash
# As admin, create a READ API key for Tỉnh Vĩnh Long (unit VL) through the /api-keys form; saves it to api-key.txt.
set -euo pipefail
cd "$(dirname "$0")"
BASE=${BASE:-http://127.0.0.1:18105}
S=$(./login.sh admin)
csrf=$(curl -s -H "Cookie: SESSION=$S" $BASE/api-keys/new | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/')
page=$(curl -s -H "Cookie: SESSION=$S" --data-urlencode "name=perf wrk $(date +%s)" --data-urlencode "unitCode=VL" \
  --data-urlencode "access=READ" --data-urlencode "_csrf=$csrf" $BASE/api-keys)
key=$(echo "$page" | grep -o 'id="api-key-secret"[^>]*' | grep -o 'value="td_[^"]*"' | sed 's/value="\(.*\)"/\1/')
[ -n "$key" ] || { echo "no key in the answer" >&2; echo "$page" | head -50 >&2; exit 1; }
echo "$key" > api-key.txt
echo "API key created for VL: ${key:0:16}…" >&2
