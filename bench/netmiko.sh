#!/bin/sh
# Issue 4 benchmark 2: NocVault against the seeds' approach (a Python script with Debian's python3-netmiko) on the
# same simulated Cisco IOS devices at each concurrency level of a sweep (1 is the seeds' own, sequential).
# Usage: bench/netmiko.sh [--devices=1000] [--concurrency=1,8,64] [--devices-per-worker=40] [--warm-up-sessions=4000] [--config-lines=300] [--base-port=32000] [--netmiko=true]
set -eu
cd "$(dirname "$0")/.."
if ! /usr/bin/python3 -c 'import netmiko' 2>/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing python3-netmiko..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-netmiko >/dev/null
  else
    echo "bench/netmiko.sh needs Debian's python3-netmiko: sudo apt-get install python3-netmiko" >&2
    exit 1
  fi
fi
. ./.mvn/select-jdk.sh
MAVEN_ARGS="-q -B" ./mvnw -Dmaven.test.skip=true -Dspotless.check.skip=true -Dcheckstyle.skip=true install -pl bench -am
cp="$(cat bench/target/classpath.txt):bench/target/nocvault-bench-0.1.0-SNAPSHOT.jar"
# BENCH_JAVA_OPTS: NocVault's JVM options; SIMULATOR_JAVA_OPTS: the simulator's (e.g. -XX:StartFlightRecording=...)
exec "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--Xmx320m -XX:+UseSerialGC} -Dsimulator.jar=simulator/target/nocvault-simulator.jar \
  -Dsimulator.java.opts="${SIMULATOR_JAVA_OPTS:--Xmx1g}" \
  -Dnetmiko.script=bench/netmiko_backup.py -cp "$cp" io.nocvault.bench.NetmikoComparison "$@"
