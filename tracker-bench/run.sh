#!/usr/bin/env sh
# Runs one benchmark of tracker-bench in its own JVM, after building the reactor modules it needs (tests skipped).
#   tracker-bench/run.sh store [sizes] [memory|h2]     e.g. store 10000,100000,1000000 memory
#   tracker-bench/run.sh views [directives] [seconds] [reports/s]  e.g. views 1000 30 5
#   tracker-bench/run.sh views after-write [sizes] [writes]       e.g. views after-write 100,1000 140
#   tracker-bench/run.sh views copies [sizes] [writes]            e.g. views copies 100,1000 350
#   tracker-bench/run.sh audit [events] [other events]             e.g. audit 5000 20000
#   tracker-bench/run.sh durability [appends per round] [rounds] [writers]  e.g. durability 300 7 8
#   tracker-bench/run.sh statistics [directives] [rounds]          e.g. statistics 1000 200
#   tracker-bench/run.sh load [--name=value ...]   the packaged service over HTTP, e.g. load --stages=10000,100000 --seconds=60
#   tracker-bench/run.sh kill [--name=value ...]   kill -9 while writing, restart, every acknowledged write found, e.g. kill --rounds=20
#   tracker-bench/run.sh chunks [seconds] [retention ms]            e.g. chunks 20 0
#   tracker-bench/run.sh cache [events] [cache sizes in MB]         e.g. cache 300000 16,256
#   tracker-bench/run.sh index [documents] [rounds]                 e.g. index 100000 5
# Environment: BENCH_MVN_ARGS (extra Maven arguments, e.g. -o), BENCH_JAVA_OPTS (JVM options, default -Xmx4g),
# BENCH_SKIP_BUILD=1 to reuse the last build.
set -eu
cd "$(dirname "$0")/.."
case "${1:-}" in
  store) main=org.directivetracker.bench.store.StoreBenchmark ;;
  views) main=org.directivetracker.bench.views.ViewsBenchmark ;;
  audit) main=org.directivetracker.bench.audit.AuditBenchmark ;;
  durability) main=org.directivetracker.bench.store.DurabilityBenchmark ;;
  statistics) main=org.directivetracker.bench.views.StatisticsBenchmark ;;
  load) main=org.directivetracker.bench.load.LoadBenchmark ;;
  kill) main=org.directivetracker.bench.load.KillBenchmark ;;
  chunks) main=org.directivetracker.bench.store.ChunkReuseReproduction ;;
  cache) main=org.directivetracker.bench.store.PageCacheBenchmark ;;
  index) main=org.directivetracker.bench.store.IndexLookupBenchmark ;;
  *) echo "usage: $0 store|views|audit|durability|statistics|load|kill|chunks|cache|index [arguments of the benchmark]" >&2; exit 2 ;;
esac
shift
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  # shellcheck disable=SC2086
  ./mvnw -q -B ${BENCH_MVN_ARGS:-} -DskipTests -pl tracker-bench -am package \
      dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
fi
# shellcheck disable=SC2086
exec java ${BENCH_JAVA_OPTS:--Xmx4g} -cp "tracker-bench/target/classes:$(cat tracker-bench/target/classpath.txt)" "$main" "$@"
