#!/usr/bin/env bash
# The cluster test (deploy/cluster/README.md): three Kafka brokers, two canhbao replicas in prod on PostgreSQL and the
# provider simulators, each its own process; one broker and one replica killed with kill -9 during a fan-out to a
# ward of 20,000. Its last line is one JSON object; it exits non-zero when anyone is missed, more are sent twice than
# were in flight, the takeover takes more than 15 s, or the provider sees more than the account's rate.
#   deploy/cluster/cluster-test.sh [--residents N] [--rate R] [--pg-host H] [--pg-port P] [--pg-user U]
# Needs PostgreSQL (127.0.0.1:5432, user postgres, by default) and the jars `./canhbao test` or
# `./canhbao mvn -B package -DskipTests` builds; builds them when missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ ! -f gateway/target/canhbao-gateway.jar ] || [ ! -f gateway/bench/target/canhbao-bench.jar ]; then
  ./canhbao mvn -B -q -DskipTests -Dspotless.check.skip=true package
fi
# Apache Kafka's release jars (the version the service's clients are built with) and the test's driver.
./canhbao mvn -B -q -f deploy/cluster/pom.xml -Dspotless.check.skip=true package

# The JDK ./canhbao found, the one the jars were built with.
JAVA=$(./canhbao java-home)/bin/java
rm -rf deploy/cluster/target/run
exec "$JAVA" -cp "deploy/cluster/target/classes:deploy/cluster/target/driver-lib/*" vn.canhbao.cluster.ClusterTest \
  --work deploy/cluster/target/run "$@"
