#!/usr/bin/env bash
# Checks .github/workflows/release.yml against the GitHub Actions workflow schema with action-validator
# (from npm, installed into a temporary folder and removed again; nothing is added to the repository).
set -euo pipefail
if ! command -v npm >/dev/null; then
  echo "npm is missing: install nodejs and npm (apt-get install npm) to validate the release workflow"
  exit 1
fi
tools="$(mktemp -d)"
trap 'rm -rf "$tools"' EXIT
npm install --silent --no-audit --no-fund --prefix "$tools" @action-validator/core @action-validator/cli >/dev/null
for workflow in .github/workflows/*.yml; do
  "$tools/node_modules/.bin/action-validator" "$workflow"
  echo "action-validator: $workflow matches the workflow schema"
done
