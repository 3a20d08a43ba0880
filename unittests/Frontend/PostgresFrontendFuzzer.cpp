//===- PostgresFrontendFuzzer.cpp - libFuzzer target for the frontend -----===//
//
// Part of schemac. Feeds arbitrary bytes through what `schemac --emit=ddl`
// does with a PostgreSQL file: the encoding check, the frontend (scanner,
// splitter, classifier, fast parser, ANTLR parser, lowering, schema editor),
// the verifier and the PostgreSQL DDL writer. Built with
// SCHEMAC_FUZZ_SQLITE, the same for a SQLite file, its frontend and the
// SQLite DDL writer (sqlite-frontend-fuzzer), and with SCHEMAC_FUZZ_MYSQL
// for a MySQL file, its frontend and the MySQL DDL writer
// (mysql-frontend-fuzzer). Nothing may crash, hang or
// leak, and two properties must hold for every module the frontend accepts:
//   - its textual IR reads back, and prints the same again (the frontend
//     never builds what the IR reader refuses, e.g. nesting past the limit);
//   - the DDL it writes compiles again without an error.
// A violation aborts, so libFuzzer records the input.
//
// Build and run (docs/Testing.md, section Fuzzing):
//   cmake -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
//     -DSCHEMAC_BUILD_FUZZERS=ON <src>
//   ninja postgres-frontend-fuzzer
//   scripts/fuzz.sh postgres-frontend 600
//
//===----------------------------------------------------------------------===//

#include "schemac/backends/Backend.h"
#include "schemac/backends/ddl/mysql/MySQLDDLBackend.h"
#include "schemac/backends/ddl/postgres/PostgresDDLBackend.h"
#include "schemac/backends/ddl/sqlite/SQLiteDDLBackend.h"
#include "schemac/dialects/mysql/MySQLDialect.h"
#include "schemac/frontend/sql/mysql/MySQLFrontend.h"
#include "schemac/frontend/sql/postgres/PostgresFrontend.h"
#include "schemac/frontend/sql/sqlite/SQLiteFrontend.h"
#include "schemac/ir/IRParser.h"
#include "schemac/ir/IRPrinter.h"
#include "schemac/ir/Module.h"
#include "schemac/ir/Verifier.h"
#include "schemac/support/Context.h"
#include "schemac/support/Diagnostic.h"
#include "schemac/support/SourceEncoding.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdio>
#include <cstdlib>

using namespace schemac;

namespace {
#ifdef SCHEMAC_FUZZ_SQLITE
using FuzzedFrontend = SQLiteFrontend;
using FuzzedBackend = SQLiteDDLBackend;
#elif defined(SCHEMAC_FUZZ_MYSQL)
struct FuzzedFrontend : MySQLFrontend {
  FuzzedFrontend() : MySQLFrontend(/*MariaDB=*/false) {}
};
struct FuzzedBackend : MySQLDDLBackend {
  FuzzedBackend() : MySQLDDLBackend(getMySQLDialect()) {}
};
#else
using FuzzedFrontend = PostgresFrontend;
using FuzzedBackend = PostgresDDLBackend;
#endif

/// Swallows diagnostics.
class NullConsumer : public DiagnosticConsumer {
public:
  void handle(const Diagnostic &) override {}
};

/// Aborts with \p What and the texts involved, so that the crash report of
/// libFuzzer says which property failed.
[[noreturn]] void fail(const char *What, llvm::StringRef A,
                       llvm::StringRef B = {}) {
  fprintf(stderr, "property failed: %s\n--- first:\n%.*s\n--- second:\n%.*s\n",
          What, static_cast<int>(A.size()), A.data(),
          static_cast<int>(B.size()), B.data());
  abort();
}

struct Compiled {
  std::unique_ptr<Module> M;
  bool Ok = false;
};

/// Lowers \p Text as the driver does; Ok if no error was reported.
Compiled compile(Context &Ctx, DiagnosticEngine &Diags, llvm::StringRef Text,
                 const char *Name) {
  unsigned Errors = Diags.getNumErrors();
  uint32_t File =
      Ctx.addBuffer(llvm::MemoryBuffer::getMemBufferCopy(Text, Name), Name);
  Compiled R;
  R.M = std::make_unique<Module>(Ctx, Name);
  if (failed(checkSourceEncoding(Ctx, File, Diags)))
    return R;
  FuzzedFrontend FE;
  FrontendOptions Opts;
  Opts.Threads = 1;
  if (failed(FE.lower(File, *R.M, Diags, Opts)) ||
      Diags.getNumErrors() != Errors)
    return R;
  R.Ok = succeeded(verifyModule(*R.M, Diags)) && Diags.getNumErrors() == Errors;
  return R;
}

std::string printIR(const Module &M) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  printModule(M, OS, IRPrintOptions());
  return S;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  Context Ctx;
  DiagnosticEngine Diags(Ctx);
  Diags.setConsumer(std::make_unique<NullConsumer>());

  Compiled In = compile(Ctx, Diags, Text, "fuzz.sql");
  if (!In.Ok)
    return 0;

  // The textual IR reads back and prints the same.
  std::string IR = printIR(*In.M);
  unsigned Errors = Diags.getNumErrors();
  uint32_t IRFile = Ctx.addBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(IR, "fuzz.sir"), "fuzz.sir");
  std::unique_ptr<Module> Back = parseIRModule(Ctx, IRFile, Diags);
  if (!Back || Diags.getNumErrors() != Errors)
    fail("the IR reader refuses the frontend's IR", IR);
  if (std::string Again = printIR(*Back); Again != IR)
    fail("the IR does not print the same after reading it back", IR, Again);

  // The DDL compiles again.
  std::string DDL;
  llvm::raw_string_ostream OS(DDL);
  Errors = Diags.getNumErrors();
  if (failed(FuzzedBackend().emit(*In.M, OS, Diags, BackendOptions())) ||
      Diags.getNumErrors() != Errors)
    return 0; // a located error (e.g. a limit of the target) is fine
  Compiled Out = compile(Ctx, Diags, DDL, "fuzz-out.sql");
  if (!Out.Ok)
    fail("the DDL written does not compile again", Text, DDL);
  return 0;
}
