#!/usr/bin/env bash
# `npm start`: installs what is missing, builds the static site and serves it on http://localhost:4173.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm run --silent build
exec npx tsx scripts/serve.ts "$@"
