#!/bin/sh
# Issue 5 benchmark: NocVault's compare engine against GNU diff -u on two generated 50,000-line configurations
# with 1% changed lines. Prints median/p95 wall time (after a JIT warm-up) of both, the engine's CPU time and
# the ratio. Usage: bench/compare.sh [--lines=50000] [--changed-percent=1] [--warmup=20] [--runs=30] [--context=3] [--seed=1]
set -eu
cd "$(dirname "$0")/.."
. ./.mvn/select-jdk.sh
MAVEN_ARGS="-q -B" ./mvnw -Dmaven.test.skip=true -Dspotless.check.skip=true -Dcheckstyle.skip=true install -pl bench -am
cp="$(cat bench/target/classpath.txt):bench/target/nocvault-bench-0.1.0-SNAPSHOT.jar"
exec "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--Xmx512m -XX:+UseSerialGC} -cp "$cp" io.nocvault.bench.CompareBenchmark "$@"
