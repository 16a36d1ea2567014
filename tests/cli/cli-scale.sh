#!/usr/bin/env bash
# Time, peak memory and time to the first row of `creditdesk-cli lots` against a scaled sandbox
# (README: "The command line", streaming). Not part of ctest: figures depend on the machine.
#
#   tests/cli/cli-scale.sh [BUILD_DIR] [LOTS_PER_PROFILE] [FORMAT]
#
# BUILD_DIR (default build-release) needs creditdesk-cli and creditdesk-sandbox; the sandbox
# has 1 MCA account x 10 billing profiles x LOTS_PER_PROFILE lots (default 1000: 10,000 lots;
# 10000: 100,000 lots), 1,000 items per page, as the load bench. FORMAT: csv (default), json, table.
# LATENCY_MS=N makes the sandbox answer every ARM request after N ms (first row vs. whole list).
# HEAPTRACK=FILE additionally records one run under heaptrack into FILE (heaptrack_print FILE.zst).
set -euo pipefail

build="${1:-build-release}"
per_profile="${2:-1000}"
format="${3:-csv}"
cli="$build/cli/creditdesk-cli"
sandbox="$build/sandbox/creditdesk-sandbox"
work="$(mktemp -d)"
trap 'kill "$sandbox_pid" 2>/dev/null || true; rm -rf "$work"' EXIT

"$sandbox" --port 0 --auto-approve --device-code-interval 1 --billing-accounts 1 --billing-profiles 10 \
    --customers 0 --lots-per-profile "$per_profile" --events-per-lot 1 --users 10 --subscriptions 1 \
    --benefit-credits 0 --page-size 1000 --latency-ms "${LATENCY_MS:-0}" >"$work/sandbox.out" 2>"$work/sandbox.err" &
sandbox_pid=$!
for _ in $(seq 300); do
    grep -q '^listening on ' "$work/sandbox.out" 2>/dev/null && break
    sleep 0.1
done
base="$(sed -n 's/^listening on //p' "$work/sandbox.out")"
[ -n "$base" ] || { echo "the sandbox did not start" >&2; cat "$work/sandbox.err" >&2; exit 1; }

# A token the way any client gets one: device code, approved at once by --auto-approve.
scope='https%3A%2F%2Fmanagement.azure.com%2F.default'
device_code="$(curl -s -d "client_id=cli-scale&scope=$scope" "$base/organizations/oauth2/v2.0/devicecode" |
    sed -n 's/.*"device_code": *"\([^"]*\)".*/\1/p')"
token="$(curl -s --data-urlencode "device_code=$device_code" \
    -d 'grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&client_id=cli-scale' \
    "$base/organizations/oauth2/v2.0/token" | sed -n 's/.*"access_token": *"\([^"]*\)".*/\1/p')"
[ -n "$token" ] || { echo "no token from the sandbox" >&2; exit 1; }

export CREDITDESK_ACCESS_TOKEN="$token" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
run=("$cli" --cloud custom --arm-url "$base" lots --format "$format")

# Warm-up (the sandbox generates and caches its pages on first use), then the measured run.
"${run[@]}" >/dev/null 2>&1 || true
/usr/bin/time -v "${run[@]}" >"$work/out" 2>"$work/time" || true
rows="$(grep -c . "$work/out" || true)"
wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time")"
rss_kb="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time")"

# Time to the first row: from the start of the process to the second line (after the header)
# reaching the reader of stdout.
start_ns="$(date +%s%N)"
"${run[@]}" 2>/dev/null | { IFS= read -r _; IFS= read -r _; date +%s%N >"$work/first"; cat >/dev/null; }
first_ms=$(( ($(cat "$work/first") - start_ns) / 1000000 ))

if [ -n "${HEAPTRACK:-}" ]; then
    heaptrack -o "$HEAPTRACK" "${run[@]}" >/dev/null 2>"$work/heaptrack.err" || true
fi

echo "lots=$((per_profile * 10)) format=$format latency_ms=${LATENCY_MS:-0} output_lines=$rows wall=$wall peak_rss_mb=$((rss_kb / 1024)) first_row_ms=$first_ms"
