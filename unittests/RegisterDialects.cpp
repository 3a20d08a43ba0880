//===- RegisterDialects.cpp - The built-in dialects in unit tests ---------===//
//
// Part of schemac. Tools register the built-in dialects at start-up
// (registerAllBuiltins()), and the verifier and the passes find the rules
// of a module's dialect by its name. Test binaries that verify modules link
// this file to do the same before any test runs.
//
//===----------------------------------------------------------------------===//

#include "schemac/dialects/postgres/PostgresDialect.h"

namespace {
const bool Registered = (schemac::registerPostgresDialect(), true);
} // namespace
