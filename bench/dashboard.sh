#!/bin/sh
# Dashboard benchmark: 10,000 devices and 3,650,000 versions inserted directly, then the statistics API timed over
# HTTP (p50/p99 over N calls) on H2 and on embedded PostgreSQL. Target: /api/v1/statistics/dashboard <= 150 ms.
# Usage: bench/dashboard.sh [--devices=10000] [--versions-per-device=365] [--nocs=10] [--calls=200] [--db=both|h2|postgres]
#        [--profile=true]  (lists the statements that took the most time per endpoint)
set -eu
cd "$(dirname "$0")/.."
. ./.mvn/select-jdk.sh
MAVEN_ARGS="-q -B" ./mvnw -Dmaven.test.skip=true -Dspotless.check.skip=true -Dcheckstyle.skip=true install -pl bench -am
cp="$(cat bench/target/classpath.txt):bench/target/nocvault-bench-0.1.0-SNAPSHOT.jar"
exec "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--Xmx1g -XX:+UseParallelGC} -cp "$cp" io.nocvault.bench.DashboardBenchmark "$@"
