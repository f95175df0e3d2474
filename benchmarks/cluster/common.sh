# Shared by the cluster benchmark scripts (sourced, from the repository root): builds the CLI in Release, makes a work
# folder, starts redis-server on loopback port $redis_port and a silo on demand; everything is killed on exit.
dotnet build src/ZorgzameBuurt.Sim.Cli -c Release -v q -nologo >/dev/null
zbsim="dotnet src/ZorgzameBuurt.Sim.Cli/bin/Release/net10.0/zbsim.dll"
work=$(mktemp -d); pids=()
cleanup() { for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no >"$work/redis.log" 2>&1 & pids+=($!)
sleep 0.5

# silo INDEX CLUSTER-ID BASE-PORT: a silo on silo port BASE+INDEX and gateway port 30000-11000+BASE+INDEX; waits until
# it has joined. Its pid is in $silo_pid.
silo() {
  $zbsim silo --redis 127.0.0.1:"$redis_port" --cluster-id "$2" --silo-port $(($3 + $1)) --gateway-port $((19000 + $3 + $1)) >"$work/silo$1.log" 2>&1 & pids+=($!)
  silo_pid=$!
  until grep -qs "silo: ready" "$work/silo$1.log"; do sleep 0.2; done
}
