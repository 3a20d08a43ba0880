//===- PostgresFrontend.cpp - PostgreSQL DDL into the IR ------------------===//
//
// Part of schemac. The PostgreSQL frontend is the shared batch pipeline
// (frontend/sql/BatchPipeline.h) with PostgreSQL's stages:
//
//   1. PostgresSplitter (sequential) scans the script with the hand-written
//      scanner and cuts it into statements, in batches.
//   2. Each statement of a batch is classified by its leading words and
//      either parsed with ANTLR (SLL, then LL on failure) and lowered, or
//      kept as an opaque object straight from its tokens, on worker threads
//      (one parse driver each); each result carries its diagnostics.
//   3. Each result is a SchemaChange; PostgresChangeApplier has the
//      SchemaEditor apply them to the module in source order on the calling
//      thread, emitting the diagnostics in order.
//   4. After the whole input, the names opaque objects mention are
//      resolved into their References.
//
//===----------------------------------------------------------------------===//

#include "schemac/frontend/sql/postgres/PostgresFrontend.h"

#include "PostgresChangeApplier.h"
#include "PostgresClassifier.h"
#include "PostgresLowering.h"
#include "PostgresOpaque.h"
#include "PostgresParseDriver.h"
#include "PostgresSplitter.h"

#include "schemac/dialects/postgres/PostgresDialect.h"
#include "schemac/frontend/sql/BatchPipeline.h"
#include "schemac/ir/Module.h"
#include "schemac/support/Context.h"

using namespace schemac;
using namespace schemac::pg;

namespace {

using Batch = sql::StatementBatch<RawStatement, LoweredStatement>;

/// Parses and lowers one statement; safe to run on any thread with its own
/// parse driver.
void lowerStatement(llvm::StringRef Buffer, uint32_t File, const Batch &B,
                    size_t I, LoweredStatement &Out,
                    PostgresParseDriver &Driver) {
  const RawStatement &Raw = B.Statements[I];
  Out.Begin = Raw.Begin;
  Out.End = Raw.End;
  Out.Loc = Location(File, Raw.Line, Raw.Col);
  if (Raw.LexError) {
    const ScanError &E = *Raw.LexError;
    std::vector<std::string> Args;
    if (!E.Arg.empty())
      Args.push_back(E.Arg);
    Out.Diags.push_back(
        makeDiagnostic(Location(File, E.Line, E.Col), E.ID, std::move(Args)));
    Out.Failed = true;
    return;
  }
  StatementTokens In{Buffer, B.Tokens.data() + Raw.FirstToken, Raw.NumTokens,
                     File};
  StmtClass C;
  if (Raw.MetaCommand) {
    C.Kind = StmtKind::MetaCommand;
    C.ObjectType = "psql meta-command";
  } else {
    C = classifyStatement(Buffer, In.Toks, In.N);
  }
  Out.Kind = C.Kind;
  switch (C.Kind) {
  case StmtKind::Empty:
    return;
  case StmtKind::Unknown: {
    const PgToken &T = In.Toks[0];
    std::string Text = Buffer.substr(T.Begin, std::min(T.size(), 24u)).str();
    Out.Diags.push_back(makeDiagnostic(Location(File, T.Line, T.Col),
                                       DiagID::err_syntax_expected_statement,
                                       {Text}));
    Out.Failed = true;
    return;
  }
  default:
    break;
  }
  if (!C.isParsed()) {
    lowerUnparsedStatement(In, Raw, C, Out);
    return;
  }
  Out.Description = C.Description.str();
  antlr4::ParserRuleContext *Root = Driver.parse(C.Kind, In, Out.Diags);
  if (!Root) {
    Out.Failed = true;
    return;
  }
  PostgresLowering Lowering(In, Raw.StdStrings, Out);
  Lowering.lowerStatement(Root);
  Driver.release();
  Out.Toks = In.Toks;
  Out.NumTokens = In.N;
}

} // namespace

LogicalResult PostgresFrontend::lower(uint32_t File, Module &M,
                                      DiagnosticEngine &Diags,
                                      const FrontendOptions &Opts) {
  // Modules of this frontend are in the dialect "postgres": the verifier and
  // passes find its rules by that name.
  registerPostgresDialect();
  llvm::StringRef Buffer = M.getContext().getBuffer(File);
  unsigned ErrorsBefore = Diags.getNumErrors();
  PostgresSplitter Splitter(Buffer);
  PostgresChangeApplier Applier(M, Diags, Buffer);

  sql::PipelineOptions Pipeline;
  Pipeline.Threads = Opts.Threads;
  sql::runBatchPipeline<RawStatement, LoweredStatement, PostgresParseDriver>(
      Splitter, Pipeline,
      [] { return std::make_unique<PostgresParseDriver>(); },
      [&](PostgresParseDriver &Driver, const Batch &B, size_t I,
          LoweredStatement &Out) {
        lowerStatement(Buffer, File, B, I, Out, Driver);
      },
      [&](LoweredStatement &S) { Applier.apply(S); });
  Applier.finish();
  return failure(Diags.getNumErrors() != ErrorsBefore);
}

void schemac::registerPostgresFrontend(FrontendRegistry &R) {
  R.add({"postgres",
         "PostgreSQL scripts (pg_dump schema dumps, DDL)",
         {".sql", ".psql", ".pgsql"},
         [] { return std::make_unique<PostgresFrontend>(); }});
}
