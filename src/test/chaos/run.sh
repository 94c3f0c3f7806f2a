#!/usr/bin/env bash
# Chaos run (issue 7, docs/reliability.md): one standalone PostgreSQL, one API process and two
# grader processes of the packaged application; kill -9 of a grader mid-grading, a database
# stop/restart under a stream of submissions, a mixed burst, SIGTERM of a grader under load.
# Usage: src/test/chaos/run.sh [burst-size] [--pool-size N] [--concurrency N]
#        (default burst 1000, 1 sandbox worker and 2 gradings per grader; needs root or the postgres
#        user; REBUILD=1 repackages the application first)
# Too slow for CI: run it by hand. It prints its figures and exits non-zero if anything was lost.
set -euo pipefail
cd "$(dirname "$0")/../../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
if [ ! -x "$JAVA_HOME/bin/java" ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$PGBIN" ]; then
  apt-get install -y -q postgresql >/dev/null
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ "${REBUILD:-0}" = 1 ]; then
  ./mvnw -q -DskipTests package
fi
exec python3 src/test/chaos/chaos.py --pgbin "$PGBIN" --burst "${1:-1000}" "${@:2}"
