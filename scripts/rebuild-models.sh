#!/usr/bin/env bash
# Rebuilds the bundled models from the SemEval-2025 Task 10 training data (about 30 s on 2 cores).
# Usage: scripts/rebuild-models.sh [DATA_DIR]   (default: ../shared/data/semeval2025-task10/train)
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data/semeval2025-task10/train}"
mvn -q -B -ntp -DskipTests package
polnear="${POLNEAR:-../shared/data/polnear/train.jsonl.gz}"   # the English quote speaker ranker, when present
java -Xmx3g -jar narrascope-app/target/narrascope.jar train --data "$data" \
  $([ -f "$polnear" ] && echo --polnear "$polnear") \
  --out narrascope-core/src/main/resources/dev/narrascope/models
mvn -q -B -ntp -DskipTests package   # put the new model into the jar
