#!/usr/bin/env bash
# Configures (Ninja; the top-level CMakeLists.txt uses ccache when it is
# installed) and builds schemac.
#
#   scripts/build.sh [TARGET...]        Release build in $SCHEMAC_BUILD_DIR
#                                       (default <repo>/build)
#
# Extra CMake arguments can be passed in SCHEMAC_CMAKE_ARGS, e.g.
#   SCHEMAC_BUILD_DIR=build-asan SCHEMAC_CMAKE_ARGS="-DCMAKE_BUILD_TYPE=Debug \
#     -DSCHEMAC_ENABLE_SANITIZERS=ON" scripts/build.sh
set -euo pipefail
. "$(dirname "$0")/common.sh"

read -r -a extra_args <<<"${SCHEMAC_CMAKE_ARGS:-}"

# Configure on the first run only; later runs let Ninja re-run CMake when a
# CMakeLists.txt changed, and keep the cache (so options given once stick).
if [ ! -f "$SCHEMAC_BUILD_DIR/build.ninja" ]; then
  log "configuring $SCHEMAC_BUILD_DIR"
  cmake -S "$SCHEMAC_ROOT" -B "$SCHEMAC_BUILD_DIR" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release "${extra_args[@]}"
elif [ ${#extra_args[@]} -gt 0 ]; then
  cmake "$SCHEMAC_BUILD_DIR" "${extra_args[@]}"
fi

log "building ${*:-all} in $SCHEMAC_BUILD_DIR with $SCHEMAC_JOBS jobs"
targets=()
[ $# -eq 0 ] || targets=(--target "$@")
cmake --build "$SCHEMAC_BUILD_DIR" --parallel "$SCHEMAC_JOBS" "${targets[@]}"
