//===- SQLiteFrontend.cpp - SQLite DDL into the IR ------------------------===//
//
// Part of schemac. The SQLite frontend is the shared batch pipeline
// (frontend/sql/BatchPipeline.h) with SQLite's stages:
//
//   1. SQLiteSplitter cuts the script into statements as the sqlite3 shell
//      does (a CREATE TRIGGER runs to the ';' after its END), scanning with
//      the shared SQLScanner under SQLite's lexical traits;
//   2. each statement is classified by its leading words
//      (SQLiteStatementKinds.def) and parsed with the ANTLR grammar
//      (SQLiteParser.g4; SLL, then LL on failure) and lowered
//      (SQLiteLowering.h), or kept as an opaque object from its tokens;
//   3. the results are applied to the module in source order by the
//      SchemaEditor.
//
//===----------------------------------------------------------------------===//

#include "schemac/frontend/sql/sqlite/SQLiteFrontend.h"

#include "SQLiteLowering.h"
#include "SQLiteParser.h"
#include "SQLiteVocabulary.h"

#include "AntlrParseDriver.h"
#include "StatementTokenReader.h"

#include "schemac/dialects/StatementPattern.h"
#include "schemac/dialects/sqlite/SQLiteDialect.h"
#include "schemac/frontend/sql/BatchPipeline.h"
#include "schemac/frontend/sql/StatementClassifier.h"
#include "schemac/frontend/sql/StatementSplitter.h"
#include "schemac/ir/Module.h"
#include "schemac/ir/NameResolver.h"
#include "schemac/ir/SchemaEditor.h"
#include "schemac/support/Context.h"
#include "schemac/support/TimeReport.h"

#include <set>

using namespace schemac;
using namespace schemac::sqlite;
using P = SQLiteParser;
using L = SQLiteLexer;

namespace {

//===----------------------------------------------------------------------===//
// Splitting and classifying
//===----------------------------------------------------------------------===//

/// The sqlite3 shell's rule: ';' ends a statement, except inside the body
/// of CREATE TRIGGER, which runs from BEGIN to its END (CASE ... END
/// inside it nests).
class SQLiteSplitter
    : public sql::StatementSplitter<SQLiteSplitter, sql::SQLScanner> {
  using Base = sql::StatementSplitter<SQLiteSplitter, sql::SQLScanner>;

public:
  explicit SQLiteSplitter(llvm::StringRef Buffer)
      : Base(sql::SQLScanner(Buffer, getSQLiteDialect().getTraits(),
                             getVocabulary())) {}

  void beginStatement(sql::RawStatement &) {
    Words = 0;
    Trigger = InBody = false;
    CaseDepth = 0;
  }
  void onWord(const sql::Token &T, unsigned ParenDepth) {
    ++Words;
    if (Words == 1) {
      Create = isWord(T, "create");
      return;
    }
    if (Create && Words <= 3 && isWord(T, "trigger")) {
      Trigger = true;
      return;
    }
    if (!Trigger || ParenDepth)
      return;
    if (!InBody) {
      InBody = isWord(T, "begin");
      return;
    }
    if (isWord(T, "case"))
      ++CaseDepth;
    else if (isWord(T, "end") && CaseDepth)
      --CaseDepth;
    else if (isWord(T, "end"))
      InBody = false;
  }
  bool semicolonEnds() const { return !InBody; }

private:
  unsigned Words = 0;
  bool Create = false, Trigger = false, InBody = false;
  unsigned CaseDepth = 0;
};

const sql::StatementClassifier &getClassifier() {
  static const sql::StatementClassifier C = [] {
    using namespace opaque;
    std::vector<sql::StatementClassifier::Pattern> Patterns = {
#define SQLITE_STATEMENT(Pattern, Kind, ObjectType, Flags)                     \
  {Pattern, static_cast<unsigned>(StmtKind::Kind), ObjectType, Flags},
#include "SQLiteStatementKinds.def"
    };
    return sql::StatementClassifier(Patterns, getKeywordTokens(), L::IDENT);
  }();
  return C;
}

//===----------------------------------------------------------------------===//
// Parsing
//===----------------------------------------------------------------------===//

#define SQLITE_RULE(Name, Ctx)                                                 \
  {                                                                            \
    P::Rule##Ctx,                                                              \
        [](P &Parser) -> antlr4::ParserRuleContext * { return Parser.Name(); } \
  }
/// In StmtKind order.
const sql::StatementRule<P> ParsedRules[] = {
    SQLITE_RULE(createTableStmt, CreateTableStmt),
    SQLITE_RULE(createIndexStmt, CreateIndexStmt),
    SQLITE_RULE(createViewStmt, CreateViewStmt),
    SQLITE_RULE(alterTableStmt, AlterTableStmt),
    SQLITE_RULE(dropStmt, DropStmt),
};
#undef SQLITE_RULE

bool isQueryRule(size_t Rule) {
  switch (Rule) {
  case P::RuleSelectStmt:
  case P::RuleSelectCore:
  case P::RuleFromClause:
  case P::RuleTableOrSubquery:
    return true;
  default:
    return false;
  }
}

sql::AntlrGrammarInfo grammarInfo() {
  sql::AntlrGrammarInfo G;
  G.DisplayName = getTokenDisplayName;
  G.IsKeyword = isKeywordToken;
  G.Eof = 0xFFFF;
  G.Ident = L::IDENT;
  G.IdentifierTokens = {L::QUOTED_IDENT};
  G.NameKeywordRules = {P::RuleFallbackKeyword, P::RuleJoinKeyword,
                        P::RuleTypeKeyword};
  G.IsQueryRule = isQueryRule;
  return G;
}

class ParseDriver : public sql::StatementParseDriver<P> {
public:
  ParseDriver() : StatementParseDriver(ParsedRules, grammarInfo) {}
};

//===----------------------------------------------------------------------===//
// Statements kept opaque
//===----------------------------------------------------------------------===//

/// Names read from tokens: identifiers, quoted ones, strings (SQLite names
/// tables by strings too) and key words.
bool isNameToken(uint16_t T) {
  return T == L::IDENT || T == L::QUOTED_IDENT || T == L::STRING ||
         isKeywordToken(T);
}

void lowerOpaque(const sql::StatementTokens &In,
                 const sql::StatementClassifier::Match &C, unsigned Matched,
                 LoweredStatement &Out) {
  using namespace opaque;
  sql::StatementTokenReader R(In, isNameToken, identifierValue, L::DOT);
  QualifiedName Name, Target;
  Location NameLoc = Out.Loc, TargetLoc = Out.Loc;
  unsigned I = Matched;
  if (C.Flags & NAME) {
    if (R.word(I, "if"))
      I += R.word(I + 1, "not") ? 3 : 2;
    R.readName(I, Name, NameLoc);
  }
  if (C.Flags & TARGET)
    R.readName(I, Target, TargetLoc);
  if (C.Flags & (ON | INTO)) {
    unsigned At = R.find(Matched, (C.Flags & ON) ? "on" : "into");
    if (At < In.N) {
      ++At;
      R.readName(At, Target, TargetLoc);
    }
  }
  auto O = std::make_unique<OpaqueObject>(
      Name.empty() ? Out.Loc : NameLoc, Name, C.ObjectType.str(),
      In.Buffer.slice(Out.Begin, Out.End).str(), "sqlite");
  O->Target = Target;
  O->IsData = static_cast<StmtKind>(C.Kind) == StmtKind::Data;
  Out.Description = C.Description.str();
  Out.Diags.push_back(makeDiagnostic(Out.Loc,
                                     O->IsData ? DiagID::warn_data_statement
                                               : DiagID::warn_opaque_statement,
                                     {Out.Description}));
  auto Change = std::make_unique<OpaqueChange>(Out.Loc, std::move(O));
  // The names it mentions (identifiers, not key words), once each;
  // resolved once the whole input is lowered.
  std::set<std::pair<std::string, std::string>> Seen;
  for (unsigned K = 0; K < In.N;) {
    QualifiedName N;
    Location NL;
    uint16_t Type = In.Toks[K].Type;
    if ((Type == L::IDENT || Type == L::QUOTED_IDENT) && R.readName(K, N, NL)) {
      if (Seen.emplace(N.Schema, N.Name).second)
        Change->Mentions.push_back(std::move(N));
    } else {
      ++K;
    }
  }
  Out.Change = std::move(Change);
}

//===----------------------------------------------------------------------===//
// One statement
//===----------------------------------------------------------------------===//

using Batch = sql::StatementBatch<sql::RawStatement, LoweredStatement>;

void lowerStatement(llvm::StringRef Buffer, uint32_t File, const Batch &B,
                    size_t I, LoweredStatement &Out, ParseDriver &Driver) {
  const sql::RawStatement &Raw = B.Statements[I];
  Out.Begin = Raw.Begin;
  Out.End = Raw.End;
  Out.Loc = Location(File, Raw.Line, Raw.Col);
  if (Raw.LexError) {
    const sql::ScanError &E = *Raw.LexError;
    std::vector<std::string> Args;
    if (!E.Arg.empty())
      Args.push_back(E.Arg);
    Out.Diags.push_back(
        makeDiagnostic(Location(File, E.Line, E.Col), E.ID, std::move(Args)));
    Out.Failed = true;
    return;
  }
  sql::StatementTokens In{Buffer, B.Tokens.data() + Raw.FirstToken,
                          Raw.NumTokens, File};
  if (In.N == 0 || (In.N == 1 && In.Toks[0].Type == L::SEMI)) {
    Out.Kind = StmtKind::Empty;
    return;
  }
  unsigned Matched = 0;
  const sql::StatementClassifier::Match *C =
      getClassifier().match(Buffer, In.Toks, In.N, Matched);
  if (!C) {
    const sql::Token &T = In.Toks[0];
    Out.Kind = StmtKind::Unknown;
    Out.Diags.push_back(makeDiagnostic(
        Location(File, T.Line, T.Col), DiagID::err_syntax_expected_statement,
        {Buffer.substr(T.Begin, std::min(T.size(), 24u)).str()}));
    Out.Failed = true;
    return;
  }
  Out.Kind = static_cast<StmtKind>(C->Kind);
  Out.Description = C->Description.str();
  if (!isParsed(Out.Kind)) {
    TimePhaseScope T(TimePhase::Lowering);
    lowerOpaque(In, *C, Matched, Out);
    return;
  }
  antlr4::ParserRuleContext *Root;
  {
    TimePhaseScope T(TimePhase::Parse);
    Root = Driver.parse(static_cast<unsigned>(Out.Kind), In, Out.Diags);
  }
  if (!Root) {
    Out.Failed = true;
    return;
  }
  TimePhaseScope T(TimePhase::Lowering);
  SQLiteLowering(In, Out).lowerStatement(Out.Kind, Root);
  Driver.release();
}

//===----------------------------------------------------------------------===//
// Applying
//===----------------------------------------------------------------------===//

/// SQLite names what it must name (indexes) as PostgreSQL would; unnamed
/// constraints stay unnamed, as in SQLite's catalog.
class SQLiteEditorRules : public EditorRules {
public:
  std::string nameConstraint(const Table &, const Constraint &,
                             NameTaken) const override {
    return "";
  }
  std::string nameIndex(llvm::StringRef Table, const Index &I,
                        NameTaken Taken) const override {
    return getSQLiteDialect().getNamingScheme().nameIndex(Table, I, Taken);
  }
  std::string nameImplicitSequence(llvm::StringRef, llvm::StringRef,
                                   NameTaken) const override {
    return "";
  }
  std::string nameDomainCheck(llvm::StringRef, NameTaken) const override {
    return "";
  }
  std::unique_ptr<Sequence>
  makeSerialExplicit(const Table &, Column &,
                     const QualifiedName &) const override {
    return nullptr;
  }
  bool isPredefinedSchema(llvm::StringRef Name) const override {
    return Name == "main" || Name == "temp";
  }
  bool isSystemSchema(llvm::StringRef) const override { return false; }
  bool dropColumnRefusesKeysAndIndexes() const override { return true; }
  bool constraintNamesAreRelations() const override { return false; }
};

class ChangeApplier {
public:
  ChangeApplier(Module &M, DiagnosticEngine &Diags, llvm::StringRef Buffer)
      : Diags(Diags), Buffer(Buffer), Names(createNameResolver("sqlite")),
        Editor(M, Diags, *Names, Rules) {}

  void apply(LoweredStatement &S) {
    for (Diagnostic &D : S.Diags)
      Diags.emit(std::move(D));
    S.Diags.clear();
    if (S.Failed || !S.Change)
      return;
    if (!S.Unsupported.empty()) {
      keepOpaque(S, DiagID::warn_unsupported_clause, S.Unsupported);
      return;
    }
    ApplyResult R = Editor.apply(*S.Change);
    if (R.S != ApplyResult::Status::NotModelled)
      return;
    if (R.Why == ApplyResult::Reason::UnknownOpaque && S.AsOpaque) {
      Diags.report(S.Loc, DiagID::warn_opaque_statement) << S.Description;
      OpaqueChange Keep(S.Loc, std::move(S.AsOpaque));
      Editor.apply(Keep);
      return;
    }
    keepOpaque(S, DiagID::warn_opaque_statement,
               S.Description + " of " + R.ObjectType + " '" + R.Name.str() +
                   "'");
  }
  void finish() { Editor.finish(); }

private:
  void keepOpaque(LoweredStatement &S, DiagID Warning, llvm::StringRef Why) {
    Diags.report(S.Loc, Warning) << Why;
    // A CREATE keeps the name it gives, so that what uses the object finds
    // it (and messages name it).
    QualifiedName Name;
    if (auto *C = llvm::dyn_cast_or_null<CreateChange>(S.Change.get()))
      if (C->Object)
        Name = C->Object->getName();
    auto O = std::make_unique<OpaqueObject>(
        S.Loc, Name, llvm::StringRef(S.Description).lower(),
        Buffer.slice(S.Begin, S.End).str(), "sqlite");
    OpaqueChange Keep(S.Loc, std::move(O));
    Editor.apply(Keep);
  }

  DiagnosticEngine &Diags;
  llvm::StringRef Buffer;
  std::unique_ptr<NameResolver> Names;
  SQLiteEditorRules Rules;
  SchemaEditor Editor;
};

} // namespace

LogicalResult SQLiteFrontend::lower(uint32_t File, Module &M,
                                    DiagnosticEngine &Diags,
                                    const FrontendOptions &Opts) {
  registerSQLiteDialect();
  M.Dialect = "sqlite";
  // Unqualified names are the main database's.
  if (M.size() == 0)
    M.setSearchPath(createNameResolver("sqlite")->initialPath());
  llvm::StringRef Buffer = M.getContext().getBuffer(File);
  unsigned ErrorsBefore = Diags.getNumErrors();
  sql::TimedSplitter<SQLiteSplitter> Splitter(Buffer);
  ChangeApplier Applier(M, Diags, Buffer);
  sql::PipelineOptions Pipeline;
  Pipeline.Threads = Opts.Threads;
  sql::runBatchPipeline<sql::RawStatement, LoweredStatement, ParseDriver>(
      Splitter, Pipeline, [] { return std::make_unique<ParseDriver>(); },
      [&](ParseDriver &Driver, const Batch &B, size_t I,
          LoweredStatement &Out) {
        lowerStatement(Buffer, File, B, I, Out, Driver);
      },
      [&](LoweredStatement &S) {
        TimePhaseScope T(TimePhase::Editor);
        Applier.apply(S);
        M.getContext().releaseText(File, S.Begin);
      });
  {
    TimePhaseScope T(TimePhase::Editor);
    Applier.finish();
    if (Diags.getNumErrors() == ErrorsBefore)
      applyComparisonAffinities(M);
  }
  return failure(Diags.getNumErrors() != ErrorsBefore);
}

void schemac::registerSQLiteFrontend(FrontendRegistry &R) {
  R.add({"sqlite",
         "SQLite scripts (sqlite3 .schema output, DDL)",
         {".sqlite.sql", ".sqlite3.sql"},
         [] { return std::make_unique<SQLiteFrontend>(); }});
}
