#!/usr/bin/env bash
# Builds Confluent's @confluentinc/kafka-javascript (librdkafka, KIP-447 transactions) into
# .sluice/bench-clients for `npm run bench -- runtime` to measure beside kafkajs. Not a dependency
# of Sluice and never needed to run it. Its install step downloads prebuilt binaries from GitHub,
# which this machine cannot reach, so the script compiles the bundled librdkafka against Debian's
# libraries (CKJS_LINKING=dynamic): about 6 minutes of CPU on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-1.10.1}"
target="${SLUICE_BENCH_CLIENTS:-$PWD/.sluice/bench-clients}"
need=()
for pkg in libssl-dev zlib1g-dev libzstd-dev liblz4-dev libsasl2-dev libcurl4-openssl-dev; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# node-gyp needs the headers of the Node that runs the bench: the npm registry's Node 24 carries
# them (include/node); a Debian Node needs libnode-dev.
node_prefix="$(node -p 'require("node:path").resolve(process.execPath, "../..")')"
[ -f "$node_prefix/include/node/node_api.h" ] || { echo "no Node headers under $node_prefix/include/node" >&2; exit 1; }
mkdir -p "$target"
[ -f "$target/package.json" ] || echo '{"name":"sluice-bench-clients","private":true}' > "$target/package.json"
CKJS_LINKING=dynamic npm install --prefix "$target" --no-audit --no-fund --nodedir="$node_prefix" "@confluentinc/kafka-javascript@$version"
node -e "const c=require('$target/node_modules/@confluentinc/kafka-javascript'); console.log('librdkafka', c.librdkafkaVersion)"
