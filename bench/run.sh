#!/bin/sh
# Issue 4 benchmark: a full backup run of every device of a standalone simulator (default 1,000 devices, mixed
# platforms) in one NOC behind the simulator's jump server: capture, normalize, encrypted store, status, events.
# Usage: bench/run.sh [--devices=1000] [--warm-up=<devices>] [--concurrency=64] [--config-lines=300] [--base-port=30000] [--jump-port=29999]
set -eu
cd "$(dirname "$0")/.."
. ./.mvn/select-jdk.sh
MAVEN_ARGS="-q -B" ./mvnw -Dmaven.test.skip=true -Dspotless.check.skip=true -Dcheckstyle.skip=true install -pl bench -am
cp="$(cat bench/target/classpath.txt):bench/target/nocvault-bench-0.1.0-SNAPSHOT.jar"
exec "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--Xmx180m -XX:+UseSerialGC} -Dsimulator.jar=simulator/target/nocvault-simulator.jar \
  -cp "$cp" io.nocvault.bench.RunBenchmark "$@"
