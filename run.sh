#!/usr/bin/env bash
# Builds Canale and starts the backend (http://localhost:8080) and the portal (http://127.0.0.1:8081)
# with the embedded store under ./data and the demo data. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")"

JAVA_HOME=$(bin/find-jdk) || exit 1
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

BACKEND_JAR=backend/target/canale-backend-0.1.0-SNAPSHOT-exec.jar
PORTAL_JAR=portal-ui/target/canale-portal-ui-0.1.0-SNAPSHOT.jar
if [ "${SKIP_BUILD:-}" != "1" ]; then
  echo "Building (set SKIP_BUILD=1 to skip)..."
  ./mvnw -q -B -DskipTests -pl schema,backend,portal-ui -am install
fi

mkdir -p data
pids=()
stop() {
  trap - INT TERM EXIT
  echo; echo "Stopping Canale..."
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  echo "Stopped. Your data stays in ./data"
}
trap stop INT TERM EXIT

wait_for() {
  local url=$1 name=$2
  for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null || { echo "$name exited; see data/$name.log"; exit 1; }; done
    sleep 1
  done
  echo "$name did not start within 120 s; see data/$name.log"; exit 1
}

java -jar "$BACKEND_JAR" --spring.profiles.active=demo --canale.embedded.data-dir=./data > data/backend.log 2>&1 &
pids+=($!)
wait_for http://localhost:8080/actuator/health backend

java -jar "$PORTAL_JAR" --spring.profiles.active=demo > data/portal.log 2>&1 &
pids+=($!)
wait_for http://127.0.0.1:8081/ portal

cat <<'MSG'

Canale is running.
  Portal:   http://127.0.0.1:8081        (sign in with a demo login below)
  Backend:  http://localhost:8080        (GraphQL at /graphql, OIDC discovery at /.well-known/openid-configuration)
  Logs:     data/backend.log, data/portal.log

Demo logins (password canale-demo):
  staff@canale.demo      manufacturer staff (directory admin)
  dealer@canale.demo     Rossi Auto (dealer admin)         dealer2@canale.demo   Bianchi Moto (dealer admin)
  supplier@canale.demo   Ferri Componenti (supplier admin) supplier2@canale.demo Gallo Ricambi (supplier admin)
  carrier@canale.demo    Veloce Logistica (carrier admin)
Partner-system clients (secret canale-demo-secret): dealer-system, dealer2-system, supplier-system, carrier-system

Press Ctrl-C to stop.
MSG
wait
