#!/usr/bin/env bash
# Run the CI entry point from fresh clones, as CI does, and record the outcome.
#
#   bash benchmarks/fresh_clones.sh [RUNS] [--busy]
#
# Each run clones the repository's committed HEAD into a new temporary folder and
# runs `CI=true bash .ci/run` there, with empty pip, npm and vendor caches (so
# nothing a previous run downloaded or built is reused). With --busy, a second
# fresh clone rebuilds the whole book from scratch in a loop beside the suite
# (`make rebuild`: a CPU-heavy process on the same cores), the condition under
# which the suite used to fail. One line per run is appended to
# benchmarks/FRESH_CLONES.md; the logs stay in the temporary folder.
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
runs=1
busy=0
for arg in "$@"; do
  case "$arg" in
    --busy) busy=1 ;;
    *) runs=$arg ;;
  esac
done

out=benchmarks/FRESH_CLONES.md
if [ ! -f "$out" ]; then
  cat > "$out" <<'EOF'
# Runs of the CI entry point from fresh clones

Written by `bash benchmarks/fresh_clones.sh [RUNS] [--busy]`: each run clones the
committed HEAD into an empty folder and runs `CI=true bash .ci/run` with empty pip,
npm and vendor caches. "busy" means a second fresh clone rebuilt the whole book
from scratch in a loop (`make rebuild`) on the same cores while the suite ran.

| When (UTC) | Commit | Machine | Load beside it | Result | Tests | Wall time |
|---|---|---|---|---|---|---|
EOF
fi

tree() { echo "$1"; local c; for c in $(pgrep -P "$1"); do tree "$c"; done; }
kill_tree() {   # a process and everything it started: freeze all first, so the
  local all     # loop cannot start another build between two kills
  all=$(tree "$1")
  kill -STOP $all 2>/dev/null; kill -TERM $all 2>/dev/null; kill -CONT $all 2>/dev/null
}

status=0
for i in $(seq 1 "$runs"); do
  work=$(mktemp -d /tmp/mfml-fresh.XXXXXX)
  git clone -q "$repo" "$work/book"
  commit=$(git -C "$work/book" rev-parse --short HEAD)
  export XDG_CACHE_HOME="$work/cache" npm_config_cache="$work/cache/npm" \
         MFML_VENDOR_CACHE="$work/cache/vendor" PIP_CACHE_DIR="$work/cache/pip"
  loader=""
  if [ "$busy" = 1 ]; then
    git clone -q "$repo" "$work/load"
    ( cd "$work/load" && make setup >/dev/null 2>&1
      while true; do make rebuild >/dev/null 2>&1; done ) &
    loader=$!
  fi
  start=$(date +%s)
  (cd "$work/book" && CI=true bash .ci/run) > "$work/ci.log" 2>&1
  rc=$?
  took=$(( $(date +%s) - start ))
  [ -n "$loader" ] && kill_tree "$loader"
  tests=$(grep -Eo '[0-9]+ passed[^=]*' "$work/ci.log" | tail -n 1 | sed 's/ in .*//')
  result=$([ $rc = 0 ] && echo green || echo "FAILED (exit $rc)")
  [ $rc = 0 ] || status=1
  load=$([ "$busy" = 1 ] && echo "busy: make rebuild loop" || echo "none")
  printf '| %s | %s | %s, %s cores | %s | %s | %s | %d min %02d s |\n' \
    "$(date -u '+%Y-%m-%d %H:%M')" "$commit" "$(uname -m)" "$(nproc)" "$load" "$result" \
    "${tests:-?}" $((took / 60)) $((took % 60)) >> "$out"
  echo "run $i: $result in ${took}s (log: $work/ci.log)"
done
exit $status
