//===- PostgresFrontendFuzzer.cpp - libFuzzer target for the frontend -----===//
//
// Part of schemac. Feeds arbitrary bytes to the PostgreSQL frontend (scanner,
// splitter, classifier, parser, lowering, module builder), then verifies and
// prints whatever module results. Nothing may crash, hang or leak. Build with
// clang, the libraries instrumented too:
//
//   cmake -DCMAKE_CXX_COMPILER=clang++ -DSCHEMAC_BUILD_FUZZERS=ON \
//     -DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link,address ...
//   ninja postgres-frontend-fuzzer
//   bin/postgres-frontend-fuzzer -max_total_time=600 -dict=... corpus/
//
// A good seed corpus is the PostgreSQL files of ../shared/corpora and
// test/Frontend/postgres/*.sql.
//
//===----------------------------------------------------------------------===//

#include "schemac/frontend/sql/postgres/PostgresFrontend.h"
#include "schemac/ir/IRPrinter.h"
#include "schemac/ir/Module.h"
#include "schemac/ir/Verifier.h"
#include "schemac/support/Context.h"
#include "schemac/support/Diagnostic.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

using namespace schemac;

namespace {
/// Swallows diagnostics.
class NullConsumer : public DiagnosticConsumer {
public:
  void handle(const Diagnostic &) override {}
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  Context Ctx;
  DiagnosticEngine Diags(Ctx);
  Diags.setConsumer(std::make_unique<NullConsumer>());
  uint32_t File = Ctx.addBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(Text, "fuzz.sql"), "fuzz.sql");
  Module M(Ctx, "fuzz.sql");
  PostgresFrontend FE;
  FrontendOptions Opts;
  Opts.Threads = 1;
  (void)FE.lower(File, M, Diags, Opts);
  (void)verifyModule(M, Diags);
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  printModule(M, OS, IRPrintOptions());
  return 0;
}
