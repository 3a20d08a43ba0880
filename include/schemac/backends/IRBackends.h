//===- IRBackends.h - The IR itself as an output ---------------*- C++ -*-===//
//
// Part of schemac. --emit=ir (textual IR) and --emit=json (JSON form).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_BACKENDS_IRBACKENDS_H
#define SCHEMAC_BACKENDS_IRBACKENDS_H

#include "schemac/backends/Backend.h"

namespace schemac {

/// Registers ("ir", "") and ("json", "").
void registerIRBackends(BackendRegistry &R);

} // namespace schemac

#endif // SCHEMAC_BACKENDS_IRBACKENDS_H
