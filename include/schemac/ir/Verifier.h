//===- Verifier.h - Structural and semantic checks of the IR ---*- C++ -*-===//
//
// Part of schemac. The verifier checks what every pass may assume: no
// dangling references (foreign keys, indexes, sequences, views, types), no
// duplicate names, key columns that exist, and well-typed defaults, checks
// and foreign keys. It runs after the frontend and, by default, after each
// pass (--verify-each).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_VERIFIER_H
#define SCHEMAC_IR_VERIFIER_H

#include "schemac/support/LogicalResult.h"

namespace schemac {

class DiagnosticEngine;
class Module;

/// Reports every problem found; returns failure if any was an error.
LogicalResult verifyModule(const Module &M, DiagnosticEngine &Diags);

} // namespace schemac

#endif // SCHEMAC_IR_VERIFIER_H
