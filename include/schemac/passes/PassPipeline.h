//===- PassPipeline.h - Textual pass pipelines -----------------*- C++ -*-===//
//
// Part of schemac. Pipelines are text, like LLVM's -passes=:
//
//   pipeline := element (',' element)*
//   element  := pass-name ['<' [option (';' option)*] '>']
//   option   := key ['=' value]            value may be "double-quoted"
//
// Blanks around ',' are allowed. parsePassPipeline() reports
// `unknown pass 'x'`, `unknown option 'y' for pass 'a'` and
// `invalid pipeline text: ... at position N` (1-based, with the text and a
// caret below). PassManager::printPipeline() prints the canonical text back.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_PASSPIPELINE_H
#define SCHEMAC_PASSES_PASSPIPELINE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

namespace schemac {

class PassManager;
class PassRegistry;

/// Parses \p Text and appends the passes to \p PM.
llvm::Error parsePassPipeline(llvm::StringRef Text, const PassRegistry &R,
                              PassManager &PM);

} // namespace schemac

#endif // SCHEMAC_PASSES_PASSPIPELINE_H
