#!/usr/bin/env bash
# The .deb that `./scripts/dev package` builds passes lintian with no error and no warning.
# Usage: deb_lintian.sh BUILD_DIR
set -euo pipefail
build_dir="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work" >/dev/null)
deb="$(ls "$work"/*.deb)"
# Root is told it should not run lintian; that line is not a finding.
lintian --fail-on error,warning --tag-display-limit 0 "$deb" 2>&1 | grep -v 'running with root privileges' || true
lintian --fail-on error,warning --tag-display-limit 0 "$deb" >/dev/null 2>&1 || { echo "FAIL: lintian"; exit 1; }
echo "PASS: lintian clean on $(basename "$deb")"
