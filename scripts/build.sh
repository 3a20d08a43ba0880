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

# A build directory configured for another compiler than the one asked for
# (CMake cannot switch compilers in place) is configured afresh.
for arg in "${extra_args[@]}"; do
  case $arg in
  -DCMAKE_CXX_COMPILER=*)
    wanted=$(command -v "${arg#*=}" || echo "${arg#*=}")
    cached=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' \
      "$SCHEMAC_BUILD_DIR/CMakeCache.txt" 2>/dev/null || true)
    if [ -n "$cached" ] && [ "$(readlink -f "$cached")" != "$(readlink -f "$wanted")" ]; then
      log "$SCHEMAC_BUILD_DIR was configured for $cached; configuring it for $wanted"
      rm -rf "$SCHEMAC_BUILD_DIR/CMakeCache.txt" "$SCHEMAC_BUILD_DIR/CMakeFiles" \
        "$SCHEMAC_BUILD_DIR/build.ninja"
    fi
    ;;
  esac
done

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
