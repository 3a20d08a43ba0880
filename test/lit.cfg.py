# -*- Python -*-
#
# lit configuration for schemac. The build-specific values (paths, sanitizer
# flag) come from lit.site.cfg.py, which CMake configures into
# <build>/test/; run lit on that directory (ninja check, or ctest -R lit).
#
# Substitutions: %corpora, %plugindir, %srcroot, %bindir, %python (plus
# lit's own %s, %t, %S, ...). Features: corpora, debian-schemas, postgres,
# mariadb, asan.

import os
import shutil
import subprocess
import sys

import lit.formats
import lit.util

config.name = "schemac"
config.test_format = lit.formats.ShTest(execute_external=False)

# Only files with RUN lines may carry these suffixes; test inputs without RUN
# lines (including JSON and SQL fixtures) live in Inputs/ folders.
config.suffixes = [".sql", ".sir", ".test"]
config.excludes = ["Inputs", "CMakeLists.txt", "README.md", "README.txt",
                   "lit.cfg.py", "lit.site.cfg.py"]

config.test_source_root = os.path.dirname(__file__)
if getattr(config, "schemac_obj_root", None):
    config.test_exec_root = os.path.join(config.schemac_obj_root, "test")
else:
    lit_config.fatal("lit.site.cfg.py was not loaded: run lit on <build>/test")

# --- Environment ------------------------------------------------------------
# Our tools first, then LLVM's FileCheck/not/count/split-file.
path = os.pathsep.join([config.schemac_tools_dir, config.llvm_tools_dir,
                        config.environment.get("PATH", os.environ["PATH"])])
config.environment["PATH"] = path
config.environment["FILECHECK_OPTS"] = \
    "-enable-var-scope --allow-unused-prefixes=false"
# Deterministic output independent of the caller's locale.
config.environment["LC_ALL"] = "C.UTF-8"

# Server connection settings exported by scripts/pg-server.sh and
# scripts/mariadb-server.sh (through the env file scripts/check.sh sources).
for var in ["PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGPASSWORD",
            "MYSQL_UNIX_PORT", "MYSQL_TCP_PORT", "MYSQL_HOST", "MYSQL_USER",
            "MYSQL_PWD", "SCHEMAC_MARIADB_DIR", "SCHEMAC_MARIADB_USER", "SCHEMAC_TEST_POSTGRES", "SCHEMAC_TEST_MARIADB",
            "SCHEMAC_CORPORA", "SCHEMAC_DEBIAN_SCHEMAS", "ASAN_OPTIONS", "UBSAN_OPTIONS",
            "LSAN_OPTIONS", "TMPDIR"]:
    if var in os.environ:
        config.environment[var] = os.environ[var]


# --- Corpora ----------------------------------------------------------------
def find_corpora():
    """The shared corpora: $SCHEMAC_CORPORA, else <source>/../shared/corpora,
    else /work/shared/corpora. Returns None when none exists."""
    candidates = []
    if os.environ.get("SCHEMAC_CORPORA"):
        candidates.append(os.environ["SCHEMAC_CORPORA"])
    candidates.append(os.path.join(config.schemac_src_root, os.pardir,
                                   "shared", "corpora"))
    candidates.append("/work/shared/corpora")
    for c in candidates:
        if os.path.isdir(c):
            return os.path.realpath(c)
    return None


corpora = find_corpora()
if corpora:
    config.available_features.add("corpora")
    config.environment["SCHEMAC_CORPORA"] = corpora
else:
    # Keep the substitution valid so that UNSUPPORTED tests still parse.
    corpora = os.path.join(config.schemac_src_root, os.pardir, "shared",
                           "corpora")

# Real-world schemas from Debian packages (scripts/debian_schemas.py fetch):
# $SCHEMAC_DEBIAN_SCHEMAS, else <source>/build/debian-schemas.
debian_schemas = os.environ.get("SCHEMAC_DEBIAN_SCHEMAS") or os.path.join(
    config.schemac_src_root, "build", "debian-schemas")
if os.path.isfile(os.path.join(debian_schemas, "STAMP")):
    config.available_features.add("debian-schemas")
    config.environment["SCHEMAC_DEBIAN_SCHEMAS"] = os.path.realpath(
        debian_schemas)

# --- Features ---------------------------------------------------------------
if os.environ.get("SCHEMAC_TEST_POSTGRES") == "1":
    config.available_features.add("postgres")
if os.environ.get("SCHEMAC_TEST_MARIADB") == "1":
    config.available_features.add("mariadb")
# A T-SQL parser independent of schemac (Debian's sqlfluff, dialect tsql)
# checks the SQL Server backend's output (test/Backends/sqlserver).
if shutil.which("sqlfluff"):
    config.available_features.add("sqlfluff")
# An Oracle SQL parser for the Oracle target's output (Debian's
# python3-sqlglot, scripts/setup.sh), for the Python that runs the scripts.
if subprocess.run([sys.executable, "-c", "import sqlglot"],
                  capture_output=True).returncode == 0:
    config.available_features.add("sqlglot")
if config.schemac_sanitizers:
    config.available_features.add("asan")
    # Leak checking is part of the sanitizer run; keep reports readable.
    config.environment.setdefault(
        "ASAN_OPTIONS", "detect_leaks=1:abort_on_error=0:symbolize=1")
    config.environment.setdefault("UBSAN_OPTIONS",
                                  "print_stacktrace=1:halt_on_error=1")
    # Known leaks of third-party libraries (see the file).
    lsan = os.path.join(config.schemac_src_root, "test",
                        "lsan-suppressions.txt")
    config.environment["LSAN_OPTIONS"] = ":".join(filter(None, [
        config.environment.get("LSAN_OPTIONS"), "suppressions=" + lsan]))

# --- Substitutions ----------------------------------------------------------
# Longest first: lit applies them in order.
config.substitutions.append(("%plugindir", config.schemac_plugin_dir))
config.substitutions.append(("%corpora", corpora))
config.substitutions.append(("%srcroot", config.schemac_src_root))
config.substitutions.append(("%bindir", config.schemac_tools_dir))
config.substitutions.append(("%python", sys.executable))
