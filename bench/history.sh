#!/bin/sh
# Issue 4 storage benchmark: a fleet's year of daily backups (1,000 devices x 365 days, realistic churn) in NocVault's
# store vs the same history in a git repository after gc --aggressive and as plain files (one per device and day).
# Usage: bench/history.sh [--devices=1000] [--days=365] [--min-lines=200] [--max-lines=3000] [--seed=42]
#                         [--concurrency=16] [--git-raw=gc|aggressive|off]
set -eu
cd "$(dirname "$0")/.."
. ./.mvn/select-jdk.sh
MAVEN_ARGS="-q -B" ./mvnw -Dmaven.test.skip=true -Dspotless.check.skip=true -Dcheckstyle.skip=true install -pl bench -am
cp="$(cat bench/target/classpath.txt):bench/target/nocvault-bench-0.1.0-SNAPSHOT.jar"
exec "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--Xmx768m -XX:+UseSerialGC} -cp "$cp" io.nocvault.bench.HistoryBenchmark "$@"
