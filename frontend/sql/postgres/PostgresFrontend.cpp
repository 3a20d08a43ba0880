//===- PostgresFrontend.cpp - PostgreSQL DDL into the IR ------------------===//
//
// Part of schemac. The PostgreSQL frontend is the shared batch pipeline
// (frontend/sql/BatchPipeline.h) with PostgreSQL's stages:
//
//   1. PostgresSplitter (sequential) scans the script with the hand-written
//      scanner and cuts it into statements, in batches.
//   2. Each statement of a batch is classified by its leading words and
//      either parsed (views and tables by the hand-written parser of
//      PostgresFastParser.h when it takes them, else with ANTLR: SLL, then
//      LL on failure) and lowered, or
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
#include "PostgresFastParser.h"
#include "PostgresLexer.h"
#include "PostgresLowering.h"
#include "PostgresOpaque.h"
#include "PostgresParseDriver.h"
#include "PostgresSplitter.h"

#include "schemac/dialects/postgres/PostgresDialect.h"
#include "schemac/frontend/sql/BatchPipeline.h"
#include "schemac/ir/Index.h"
#include "schemac/ir/Module.h"
#include "schemac/ir/References.h"
#include "schemac/ir/SchemaDecl.h"
#include "schemac/ir/Walk.h"
#include "schemac/support/Context.h"
#include "schemac/support/Limits.h"
#include "schemac/support/TimeReport.h"

#include <set>

using namespace schemac;
using namespace schemac::pg;

namespace {

using Batch = sql::StatementBatch<RawStatement, LoweredStatement>;

/// Refuses a statement whose brackets (and CASE ... END) nest deeper than
/// the nesting limit (support/Limits.h), before either parser sees it: both
/// recurse once per level, and ANTLR's prediction would scan ahead to the
/// matching bracket at each level, quadratic in the depth.
bool refuseDeepBrackets(const StatementTokens &In, LoweredStatement &Out) {
  unsigned Depth = 0;
  for (unsigned I = 0; I < In.N; ++I) {
    uint16_t T = In.Toks[I].Type;
    if (T == tok::LParen || T == tok::LBracket || T == PostgresLexer::K_CASE) {
      if (++Depth <= MaxNestingDepth)
        continue;
      uint16_t Next = I + 1 < In.N ? In.Toks[I + 1].Type : 0;
      bool Query = T == tok::LParen && (Next == PostgresLexer::K_SELECT ||
                                        Next == PostgresLexer::K_WITH ||
                                        Next == PostgresLexer::K_VALUES);
      Out.Diags.push_back(makeDiagnostic(
          Location(In.File, In.Toks[I].Line, In.Toks[I].Col),
          DiagID::err_too_deep,
          {Query ? "query" : "expression", std::to_string(MaxNestingDepth)}));
      Out.Failed = true;
      return true;
    }
    if ((T == tok::RParen || T == tok::RBracket || T == PostgresLexer::K_END) &&
        Depth)
      --Depth;
  }
  return false;
}

/// Refuses a lowered statement whose IR nests deeper than the IR readers
/// accept (operators applied to operators, each subquery's operators),
/// before the editor or anything else walks it: so every output reads back.
void refuseDeepIR(LoweredStatement &Out) {
  TooDeepNode Deep;
  auto Check = [&](const auto &N) {
    if (!Deep)
      Deep = findTooDeep(N, MaxNestingDepth);
  };
  if (auto *C = llvm::dyn_cast_or_null<CreateChange>(Out.Change.get())) {
    if (C->Object)
      Check(*C->Object);
  } else if (auto *A = llvm::dyn_cast_or_null<AlterChange>(Out.Change.get())) {
    for (const AlterAction &Act : A->Actions) {
      if (Act.Expression)
        Check(*Act.Expression);
      for (const Constraint &K : Act.Constraints)
        Check(K);
      if (Act.Col)
        Check(*Act.Col);
      if (Act.Check)
        Check(*Act.Check);
      if (Act.Bound)
        Check(*Act.Bound);
    }
  }
  if (!Deep)
    return;
  Out.Diags.push_back(makeDiagnostic(
      Deep.getLoc().isValid() ? Deep.getLoc() : Out.Loc, DiagID::err_too_deep,
      {Deep.getNoun(), std::to_string(MaxNestingDepth)}));
  Out.Failed = true;
}

/// Parses a statement of a parsed kind and lowers it into Out.Change.
void parseAndLower(const StatementTokens &In, const RawStatement &Raw,
                   const StmtClass &C, LoweredStatement &Out,
                   PostgresParseDriver &Driver,
                   llvm::StringRef ElementSchema = "") {
  Out.Description = C.Description.str();
  if (refuseDeepBrackets(In, Out))
    return;
  if (hasFastPath(C.Kind) && isFastParseEnabled()) {
    // The hand-written parser first; what it declines goes to ANTLR.
    TimePhaseScope T(TimePhase::Parse);
    FastParseStats &Stats = getFastParseStats();
    if (fastLowerStatement(In, Raw.StdStrings, C.Kind, ElementSchema, Out)) {
      ++Stats.Taken;
      refuseDeepIR(Out);
      return;
    }
    ++Stats.Declined;
  }
  antlr4::ParserRuleContext *Root;
  {
    TimePhaseScope T(TimePhase::Parse);
    Root = Driver.parse(C.Kind, In, Out.Diags);
  }
  if (!Root) {
    Out.Failed = true;
    return;
  }
  TimePhaseScope T(TimePhase::Lowering);
  PostgresLowering Lowering(In, Raw.StdStrings, Out);
  Lowering.setElementSchema(ElementSchema.str());
  Lowering.lowerStatement(Root);
  Driver.release();
  Out.Toks = In.Toks;
  Out.NumTokens = In.N;
  refuseDeepIR(Out);
}

/// The schema elements of CREATE SCHEMA s CREATE TABLE ... CREATE VIEW ...:
/// the token index where each element begins (a CREATE or GRANT outside
/// parentheses after the schema's name); empty if there are none.
std::vector<unsigned> findSchemaElements(const StatementTokens &In) {
  std::vector<unsigned> Starts;
  int Depth = 0;
  for (unsigned I = 2; I < In.N; ++I) {
    uint16_t T = In.Toks[I].Type;
    if (T == tok::LParen)
      ++Depth;
    else if (T == tok::RParen)
      --Depth;
    else if (Depth == 0 &&
             (T == PostgresLexer::K_CREATE || T == PostgresLexer::K_GRANT))
      Starts.push_back(I);
  }
  return Starts;
}

/// Lowers the elements of CREATE SCHEMA \p Schema into Out.Elements, in
/// the order PostgreSQL 15 runs them (sequences, tables, views, indexes).
/// Unqualified names of relations that the elements create refer to those
/// (the schema is first in the search path while they run).
void lowerSchemaElements(const StatementTokens &In, const RawStatement &Raw,
                         llvm::ArrayRef<unsigned> Starts,
                         const std::string &Schema, LoweredStatement &Out,
                         PostgresParseDriver &Driver) {
  unsigned End = In.N;
  if (End && In.Toks[End - 1].Type == tok::Semi)
    --End;
  std::vector<LoweredStatement> Elements;
  for (size_t K = 0; K < Starts.size(); ++K) {
    unsigned First = Starts[K];
    unsigned Last = K + 1 < Starts.size() ? Starts[K + 1] : End;
    StatementTokens Sub{In.Buffer, In.Toks + First, Last - First, In.File};
    const PgToken &T = Sub.Toks[0];
    RawStatement SubRaw = Raw;
    SubRaw.Begin = T.Begin;
    SubRaw.End = Sub.Toks[Sub.N - 1].End;
    SubRaw.Line = T.Line;
    SubRaw.Col = T.Col;
    LoweredStatement E;
    E.Begin = SubRaw.Begin;
    E.End = SubRaw.End;
    E.Loc = Location(In.File, T.Line, T.Col);
    StmtClass C = classifyStatement(In.Buffer, Sub.Toks, Sub.N);
    E.Kind = C.Kind;
    switch (C.Kind) {
    case StmtKind::CreateTable:
    case StmtKind::CreateView:
    case StmtKind::CreateIndex:
    case StmtKind::CreateSequence:
      parseAndLower(Sub, SubRaw, C, E, Driver, Schema);
      break;
    default: {
      // PostgreSQL also takes CREATE TRIGGER and GRANT here; their text
      // would name the schema's objects unqualified, which an opaque
      // object cannot keep.
      std::string What = C.Description.empty()
                             ? In.Buffer.slice(T.Begin, T.End).upper()
                             : C.Description.str();
      E.Diags.push_back(
          makeDiagnostic(E.Loc, DiagID::err_schema_element_kind, {What}));
      E.Failed = true;
      break;
    }
    }
    if (E.Failed) {
      Out.Diags.insert(Out.Diags.end(),
                       std::make_move_iterator(E.Diags.begin()),
                       std::make_move_iterator(E.Diags.end()));
      Out.Failed = true;
      return;
    }
    Elements.push_back(std::move(E));
  }
  // The relations the elements create, by their unqualified names.
  std::set<std::string> Created;
  for (LoweredStatement &E : Elements)
    if (auto *CC = llvm::dyn_cast_or_null<CreateChange>(E.Change.get()))
      if (!llvm::isa<Index>(*CC->Object))
        Created.insert(CC->Object->getName().Name);
  for (LoweredStatement &E : Elements)
    if (auto *CC = llvm::dyn_cast_or_null<CreateChange>(E.Change.get()))
      forEachReference(*CC->Object, [&](Reference &R) {
        if (R.Kind != ReferenceKind::Relation &&
            R.Kind != ReferenceKind::Sequence)
          return;
        const QualifiedName &N = R.getName();
        if (!N.isQualified() && Created.count(N.Name))
          R.setName(QualifiedName(Schema, N.Name));
      });
  auto Rank = [](StmtKind K) {
    switch (K) {
    case StmtKind::CreateSequence:
      return 0;
    case StmtKind::CreateTable:
      return 1;
    case StmtKind::CreateView:
      return 2;
    default:
      return 3;
    }
  };
  std::stable_sort(Elements.begin(), Elements.end(),
                   [&](const LoweredStatement &A, const LoweredStatement &B) {
                     return Rank(A.Kind) < Rank(B.Kind);
                   });
  Out.Elements = std::move(Elements);
}

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
    TimePhaseScope T(TimePhase::Lowering);
    lowerUnparsedStatement(In, Raw, C, Out);
    return;
  }
  std::vector<unsigned> Elements;
  if (C.Kind == StmtKind::CreateSchema)
    Elements = findSchemaElements(In);
  if (Elements.empty()) {
    parseAndLower(In, Raw, C, Out, Driver);
    return;
  }
  // CREATE SCHEMA with elements: the schema, then each element as a
  // statement of its own.
  StatementTokens Head{In.Buffer, In.Toks, Elements.front(), In.File};
  parseAndLower(Head, Raw, C, Out, Driver);
  Out.Toks = In.Toks;
  Out.NumTokens = In.N;
  auto *CC = llvm::dyn_cast_or_null<CreateChange>(Out.Change.get());
  if (Out.Failed || !CC)
    return;
  auto &S = llvm::cast<SchemaDecl>(*CC->Object);
  if (S.IfNotExists) {
    Out.Diags.push_back(
        makeDiagnostic(Out.Loc, DiagID::err_schema_elements_if_not_exists));
    Out.Failed = true;
    return;
  }
  lowerSchemaElements(In, Raw, Elements, S.getName().Name, Out, Driver);
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
  sql::TimedSplitter<PostgresSplitter> Splitter(Buffer);
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
      [&](LoweredStatement &S) {
        TimePhaseScope T(TimePhase::Editor);
        Applier.apply(S);
        // The statements before this one are in the module.
        M.getContext().releaseText(File, S.Begin);
      });
  {
    TimePhaseScope T(TimePhase::Editor);
    Applier.finish();
  }
  return failure(Diags.getNumErrors() != ErrorsBefore);
}

void schemac::registerPostgresFrontend(FrontendRegistry &R) {
  R.add({"postgres",
         "PostgreSQL scripts (pg_dump schema dumps, DDL)",
         {".sql", ".psql", ".pgsql"},
         [] { return std::make_unique<PostgresFrontend>(); }});
}
