#!/usr/bin/env bash
# `npm test`: every check, from a fresh clone — installs packages and the browser, then runs the
# static checks, unit and component tests, the content check, both builds and the browser suite.
set -euo pipefail
cd "$(dirname "$0")/.."
export VITE_CONFIG_NATIVE_IGNORE_WARNING=true

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Installation"
bash scripts/setup.sh
CHROME_PATH=$(node scripts/lib/find-browser.mjs | tail -n 1)
export CHROME_PATH
echo "Navigateur : $CHROME_PATH"
# xmllint checks the SCORM manifests are well-formed XML (Debian: libxml2-utils).
if ! command -v xmllint >/dev/null 2>&1; then
	if command -v apt-get >/dev/null 2>&1; then
		echo "Installation de xmllint (libxml2-utils)…"
		apt-get update -qq && apt-get install -y -qq libxml2-utils >/dev/null
	else
		echo "xmllint introuvable : installez libxml2-utils (ou l'équivalent de votre système)." >&2
		exit 1
	fi
fi

step "Vérifications statiques (svelte-check, eslint, prettier)"
npm run --silent check

step "Tests unitaires et de composants"
mkdir -p test-results
npx vitest run --project unit --project component --reporter=default --reporter=json --outputFile=test-results/unit.json

step "Vérification du contenu"
npm run --silent content:check

step "Construction du site"
npm run --silent build
step "Construction sous un sous-chemin (/formation)"
BASE_PATH=/formation BUILD_DIR=build-formation npm run --silent build
step "Construction d'un module piégé (Markdown hostile, pour vérifier qu'il reste inerte)"
CAPSULES_CONTENT_DIR=tests/fixtures/content/unsafe-markdown/content \
	CAPSULES_QUIZZES_DIR=tests/fixtures/content/unsafe-markdown/quizzes \
	BUILD_DIR=build-fixture npm run --silent build
step "Paquetages SCORM (site construit pour eux dans build-scorm/, zips dans dist/scorm/)"
npm run --silent package
step "Construction d'un module avec des temps de vidéo et des chapitres (parcours vidéo)"
CAPSULES_CONTENT_DIR=tests/fixtures/content/video-timecodes/content \
	CAPSULES_QUIZZES_DIR=tests/fixtures/content/video-timecodes/quizzes \
	BUILD_DIR=build-video npm run --silent build

step "Parcours dans Chromium"
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile=test-results/e2e.json

step "Banc d'essai, version rapide (un budget manqué s'affiche FAIL sans faire échouer ; une section cassée échoue)"
npm run --silent bench -- --quick

# One closing line for the whole run.
node -e '
const files = ["test-results/unit.json", "test-results/e2e.json"];
const total = { passed: 0, failed: 0, skipped: 0 };
for (const file of files) {
	const r = JSON.parse(require("fs").readFileSync(file, "utf8"));
	total.passed += r.numPassedTests;
	total.failed += r.numFailedTests;
	total.skipped += r.numPendingTests + r.numTodoTests;
}
console.log(`\nTests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
'
