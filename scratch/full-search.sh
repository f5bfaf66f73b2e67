#!/bin/bash
# usage: full-search.sh SHARD_PAGES
cd /work/main
rm -rf /tmp/union-cms-bench-IK2NLG/site-scratch*
export SITE_SEARCH_SHARD_PAGES=$1
( timeout 900 node --expose-gc node_modules/tsx/dist/cli.mjs scratch/inc.mts /tmp/union-cms-bench-IK2NLG search > /tmp/fs-$1.log 2>&1 ) &
peak=0; pf=0
while pgrep -f "scratch/inc.mts" >/dev/null; do r=$(ps -eo rss,comm | awk '/pagefind/ {s+=$1} END {print s+0}'); n=$(ps -eo rss,args | awk '/inc.mts/ && !/awk/ {s+=$1} END {print s+0}'); t=$((r+n)); [ $t -gt $peak ] && peak=$t; [ $r -gt $pf ] && pf=$r; sleep 0.5; done
echo "shard $1: peak total MB $((peak/1024)), pagefind peak MB $((pf/1024))" >> /tmp/fs-$1.log
node bench/publish/pagefind-query.mjs /tmp/union-cms-bench-IK2NLG/site-scratch.search 劳模 10 | python3 -c "
import json,sys; d=json.load(sys.stdin); print(d['results'], d['shards'], round(d['ms']))
from collections import defaultdict; g=defaultdict(int)
for f in d['fetched']:
  n=f['name']; k='frag' if n.endswith('pf_fragment') else 'index' if n.endswith('pf_index') else 'meta' if n.endswith('pf_meta') else 'wasm' if n.endswith('.pagefind') else n.split('/')[-1]
  g[k]+=f['bytes']
print({k: round(v/1024,1) for k,v in g.items()}, round(sum(g.values())/1024,1))" >> /tmp/fs-$1.log
