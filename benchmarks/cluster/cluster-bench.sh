#!/usr/bin/env bash
# Cluster numbers for benchmarks/README.md ("Cluster"): compare throughput in one process, on one silo and on two
# silos (processes on this machine, Redis clustering), and the cluster path's overhead per replication.
# Usage: benchmarks/cluster/cluster-bench.sh [RESIDENTS] [DAYS] [MIXES] [REPS]
# Needs redis-server on PATH. Everything binds to 127.0.0.1 and is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
residents=${1:-2000}; days=${2:-365}; mixes=${3:-"baseline;restaurant"}; reps=${4:-3}
redis_port=6391
. benchmarks/cluster/common.sh
seconds() { local s=$(date +%s.%N); "$@" >/dev/null 2>"$work/last.err" || { cat "$work/last.err"; exit 1; }; echo "$(date +%s.%N) - $s" | bc; }
min() { printf "%s\n" "$@" | sort -g | head -n1; }
nmix=$(tr ';' '\n' <<<"$mixes" | wc -l)
rd=$((residents * days * nmix * reps))
args=(compare --mixes "$mixes" --reps $reps --days $days --set population.inhabitants=$residents)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# Each measurement twice, interleaved (the machine is shared: load moves), keeping the faster; every compare is a
# fresh client process, so the wall time includes its start and (cluster) its connection to the silos.
silo 1 benchone 11300
silo 2 benchtwo 11300; silo 3 benchtwo 11300
rm_out() { rm -rf "$work/local" "$work/one" "$work/two"; }
for round in 1 2; do
  rm_out
  l[$round]=$(seconds $zbsim "${args[@]}" --threads 2 --out "$work/local")
  o[$round]=$(seconds $zbsim "${args[@]}" --cluster "redis://127.0.0.1:$redis_port?cluster=benchone" --out "$work/one")
  w[$round]=$(seconds $zbsim "${args[@]}" --cluster "redis://127.0.0.1:$redis_port?cluster=benchtwo" --out "$work/two")
done
t_local=$(min "${l[@]}"); t_one=$(min "${o[@]}"); t_two=$(min "${w[@]}")
for f in end_indicators.csv series.csv summary.csv; do cmp -s "$work/local/$f" "$work/one/$f" && cmp -s "$work/local/$f" "$work/two/$f" || { echo "$f differs"; exit 1; }; done

# Overhead per replication: many tiny runs (100 residents, 1 day), one silo, against the same in one process.
tiny=(compare --mixes baseline --reps 100 --days 1 --set population.inhabitants=100)
single=(compare --mixes baseline --reps 1 --days 1 --set population.inhabitants=100)
for round in 1 2; do
  rm -rf "$work"/t?
  tl[$round]=$(seconds $zbsim "${tiny[@]}" --threads 2 --out "$work/tl")
  tc[$round]=$(seconds $zbsim "${tiny[@]}" --cluster "redis://127.0.0.1:$redis_port?cluster=benchone" --out "$work/tc")
  el[$round]=$(seconds $zbsim "${single[@]}" --threads 2 --out "$work/te")
  ec[$round]=$(seconds $zbsim "${single[@]}" --cluster "redis://127.0.0.1:$redis_port?cluster=benchone" --out "$work/tf")
done
o_local=$(min "${tl[@]}"); o_one=$(min "${tc[@]}"); o_empty_local=$(min "${el[@]}"); o_empty_one=$(min "${ec[@]}")

printf "workload: %s residents x %s days x %s mixes x %s reps = %s resident-days\n" $residents $days $nmix $reps $rd
printf "| host | wall s | resident-days/s |\n|---|---:|---:|\n"
for row in "in-process, 2 threads:$t_local" "cluster, 1 silo:$t_one" "cluster, 2 silos:$t_two"; do
  printf "| %s | %.1f | %.2f M |\n" "${row%%:*}" "${row##*:}" "$(echo "$rd / ${row##*:} / 1000000" | bc -l)"
done
printf "overhead: 100 tiny runs in-process %.2f s, on 1 silo %.2f s; one tiny run in-process %.2f s, on 1 silo %.2f s (connect included)\n" $o_local $o_one $o_empty_local $o_empty_one
printf "per replication: %.1f ms\n" "$(echo "(($o_one - $o_empty_one) - ($o_local - $o_empty_local)) / 99 * 1000" | bc -l)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
