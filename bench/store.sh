#!/bin/sh
# Backup store benchmark: storage size of a year of daily versions vs plain files, git-style zlib objects and a
# git repository after gc --aggressive; write/read throughput of 10,000 versions through NocVault's VersionStore.
# Usage: bench/store.sh [--days=365] [--lines=2000] [--churn=0.01] [--versions=10000] [--devices=100] [--concurrency=16]
set -eu
cd "$(dirname "$0")/.."
. ./.mvn/select-jdk.sh
MAVEN_ARGS="-q -B" ./mvnw -Dmaven.test.skip=true -Dspotless.check.skip=true -Dcheckstyle.skip=true install -pl bench -am
cp="$(cat bench/target/classpath.txt):bench/target/nocvault-bench-0.1.0-SNAPSHOT.jar"
exec "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--Xmx320m -XX:+UseSerialGC} -cp "$cp" io.nocvault.bench.StoreBenchmark "$@"
