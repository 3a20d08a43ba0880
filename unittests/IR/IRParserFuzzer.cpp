//===- IRParserFuzzer.cpp - libFuzzer target for the IR readers -----------===//
//
// Part of schemac. Feeds arbitrary bytes to the textual IR parser (and, when
// the input starts with '{' or '[', to the JSON reader). Whatever parses is
// verified, printed with and without locations, and must print the same
// after being parsed again. Build with clang:
//
//   cmake -DCMAKE_CXX_COMPILER=clang++ -DSCHEMAC_BUILD_FUZZERS=ON ...
//   ninja ir-parser-fuzzer && bin/ir-parser-fuzzer -max_total_time=600 corpus/
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/IRJSON.h"
#include "schemac/ir/IRParser.h"
#include "schemac/ir/IRPrinter.h"
#include "schemac/ir/Module.h"
#include "schemac/ir/Verifier.h"
#include "schemac/support/Context.h"
#include "schemac/support/Diagnostic.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>
#include <nlohmann/json.hpp>

using namespace schemac;

namespace {
/// Swallows diagnostics.
class NullConsumer : public DiagnosticConsumer {
public:
  void handle(const Diagnostic &) override {}
};

std::string print(const Module &M, bool Locs) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  IRPrintOptions Opts;
  Opts.PrintLocations = Locs;
  printModule(M, OS, Opts);
  return OS.str();
}

std::unique_ptr<Module> parse(Context &Ctx, llvm::StringRef Text,
                              DiagnosticEngine &Diags, bool JSON) {
  uint32_t File =
      Ctx.addBuffer(llvm::MemoryBuffer::getMemBufferCopy(Text, "fuzz"), "fuzz");
  return JSON ? parseIRModuleJSON(Ctx, File, Diags)
              : parseIRModule(Ctx, File, Diags);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  bool JSON = !Text.empty() && (Text[0] == '{' || Text[0] == '[');
  Context Ctx;
  DiagnosticEngine Diags(Ctx);
  Diags.setConsumer(std::make_unique<NullConsumer>());
  std::unique_ptr<Module> M = parse(Ctx, Text, Diags, JSON);
  if (!M)
    return 0;
  (void)verifyModule(*M, Diags);
  for (bool Locs : {false, true}) {
    std::string P1 = print(*M, Locs);
    std::unique_ptr<Module> M2 = parse(Ctx, P1, Diags, /*JSON=*/false);
    if (!M2 || print(*M2, Locs) != P1)
      abort(); // the printer wrote something the parser does not read back
  }
  (void)moduleToJSON(*M);
  return 0;
}
