//===- Pass.cpp - Base class of IR passes ---------------------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/passes/Pass.h"

using namespace schemac;

Pass::~Pass() = default;

void Pass::printPipeline(llvm::raw_ostream &OS) const {
  OS << Name;
  if (Options.empty())
    return;
  OS << '<';
  Options.printCanonical(OS);
  OS << '>';
}
