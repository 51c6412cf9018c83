#!/usr/bin/env bash
# `npm test`: every check, from a fresh clone — installs packages and the browser, then runs the
# static checks, unit and component tests, the content check, both builds and the browser suite.
set -euo pipefail
cd "$(dirname "$0")/.."
export VITE_CONFIG_NATIVE_IGNORE_WARNING=true

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Installation"
bash scripts/setup.sh
CHROME_PATH=$(node tests/support/find-browser.mjs | tail -n 1)
export CHROME_PATH
echo "Navigateur : $CHROME_PATH"

step "Vérifications statiques (svelte-check, eslint, prettier)"
npm run --silent check

step "Tests unitaires et de composants"
npx vitest run --project unit --project component

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

step "Parcours dans Chromium"
npx vitest run --config vitest.e2e.config.ts
