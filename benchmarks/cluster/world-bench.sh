#!/usr/bin/env bash
# A big world across silos, for benchmarks/README.md ("Cluster"): one world of RESIDENTS residents run for DAYS days
# in one process (2 threads) and on the grains of a cluster of two silo processes on this machine (Redis clustering,
# resident block grains of 2,048 placed over both), timed as fresh zbsim processes; checks that both print the same
# JSON, and reports each silo's peak memory. Usage: benchmarks/cluster/world-bench.sh [RESIDENTS] [DAYS]
# Needs redis-server on PATH. Everything binds to 127.0.0.1 and is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
residents=${1:-1000000}; days=${2:-30}
redis_port=6392
. benchmarks/cluster/common.sh
for i in 1 2; do silo $i world 11400; silo_pids[$i]=$silo_pid; done
args=(run rural-deeldorp --days "$days" --json --set population.inhabitants="$residents")
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
exec 3>&1
timed() { local s; s=$(date +%s.%N); "$@" || { echo "failed: $*" >&3; tail -n 20 "$work"/*.err >&3; exit 1; }; echo "$(date +%s.%N) - $s" | bc >"$work/seconds"; }
timed $zbsim "${args[@]}" --threads 2 >"$work/engine.json" 2>"$work/engine.err"; t_engine=$(cat "$work/seconds")
timed $zbsim "${args[@]}" --host orleans --cluster "redis://127.0.0.1:$redis_port?cluster=world" >"$work/grains.json" 2>"$work/grains.err"; t_grains=$(cat "$work/seconds")
cmp -s "$work/engine.json" "$work/grains.json" || { echo "the JSON differs"; exit 1; }
rd=$((residents * days))
echo "world: $residents residents x $days days = $rd resident-days (build, the days and the end-of-run network analysis)"
grep "resident blocks on" "$work/grains.err" || true
printf "| host | wall s | resident-days/s |\n|---|---:|---:|\n"
printf "| in one process, 2 threads | %.1f | %.2f M |\n" "$t_engine" "$(echo "$rd / $t_engine / 1000000" | bc -l)"
printf "| grains on 2 silos (same 2 cores) | %.1f | %.2f M |\n" "$t_grains" "$(echo "$rd / $t_grains / 1000000" | bc -l)"
for i in 1 2; do
  printf "silo %s peak memory: %s\n" "$i" "$(grep VmHWM /proc/"${silo_pids[$i]}"/status 2>/dev/null | awk '{printf "%.0f MB", $2/1024}')"
done
echo "identical JSON: yes"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
