//===- Limits.cpp - Limits schemac applies to its input -------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/support/Limits.h"

#include "llvm/Support/thread.h"

using namespace schemac;

static thread_local unsigned StackBytes = 0;

void schemac::runOnStack(unsigned Bytes, llvm::function_ref<void()> Fn) {
  llvm::thread T(llvm::Optional<unsigned>(Bytes), [Bytes, Fn] {
    StackBytes = Bytes;
    Fn();
  });
  T.join();
}

unsigned schemac::currentStackBytes() { return StackBytes; }
