#!/usr/bin/env bash
# Installs what the project needs, once: Node packages (exact versions from package-lock.json).
set -euo pipefail
cd "$(dirname "$0")/.."

node_version=$(node -p 'process.versions.node' 2>/dev/null || echo 0)
if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)'; then
	echo "Node.js >= 20.19 est nécessaire (trouvé : $node_version). Installez-le depuis https://nodejs.org/ ou votre gestionnaire de paquets." >&2
	exit 1
fi

# Reinstall when node_modules is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	echo "Installation des dépendances (npm ci)…"
	npm ci --no-audit --no-fund
fi
npx svelte-kit sync >/dev/null
