//===- SQLServerFrontend.cpp - T-SQL DDL into the IR ----------------------===//
//
// Part of schemac. The SQL Server frontend is the shared batch pipeline
// (frontend/sql/BatchPipeline.h) with SQL Server's stages:
//
//   0. a script with sqlcmd directives is first rewritten as sqlcmd sends
//      it (SQLCmd.h: :setvar, $(var));
//   1. SQLServerSplitter cuts it into GO batches and statements
//      (SQLServerSplitter.h), scanning with the shared SQLScanner under SQL
//      Server's lexical traits;
//   2. each statement is classified by its leading words
//      (SQLServerStatementKinds.def) and parsed with the ANTLR grammar
//      (SQLServerParser.g4; SLL, then LL on failure) and lowered
//      (SQLServerLowering.h), or kept as an opaque object from its tokens;
//   3. the results are applied to the module in source order by the
//      SchemaEditor.
//
//===----------------------------------------------------------------------===//

#include "schemac/frontend/sql/sqlserver/SQLServerFrontend.h"

#include "SQLCmd.h"
#include "SQLServerLowering.h"
#include "SQLServerParser.h"
#include "SQLServerSplitter.h"
#include "SQLServerVocabulary.h"

#include "AntlrParseDriver.h"

#include "schemac/dialects/StatementPattern.h"
#include "schemac/dialects/sqlserver/SQLServerDialect.h"
#include "schemac/frontend/sql/BatchPipeline.h"
#include "schemac/frontend/sql/StatementClassifier.h"
#include "schemac/ir/Column.h"
#include "schemac/ir/Domain.h"
#include "schemac/ir/Index.h"
#include "schemac/ir/Module.h"
#include "schemac/ir/NameResolver.h"
#include "schemac/ir/SchemaDecl.h"
#include "schemac/ir/SchemaEditor.h"
#include "schemac/ir/Sequence.h"
#include "schemac/ir/Table.h"
#include "schemac/ir/View.h"
#include "schemac/support/Context.h"
#include "schemac/support/TimeReport.h"

#include "llvm/Support/MemoryBuffer.h"

#include <set>

using namespace schemac;
using namespace schemac::sqlserver;
using P = SQLServerParser;
using L = SQLServerLexer;

namespace {

const sql::StatementClassifier &getClassifier() {
  static const sql::StatementClassifier C = [] {
    using namespace opaque;
    std::vector<sql::StatementClassifier::Pattern> Patterns = {
#define SQLSERVER_STATEMENT(Pattern, Kind, ObjectType, Flags)                  \
  {Pattern, static_cast<unsigned>(StmtKind::Kind), ObjectType, Flags},
#include "SQLServerStatementKinds.def"
    };
    return sql::StatementClassifier(Patterns, getKeywordTokens(), L::IDENT);
  }();
  return C;
}

//===----------------------------------------------------------------------===//
// Parsing
//===----------------------------------------------------------------------===//

struct Rule {
  size_t Index;
  antlr4::ParserRuleContext *(*Enter)(P &);
};

#define SQLSERVER_RULE(Name, Ctx)                                              \
  {                                                                            \
    P::Rule##Ctx,                                                              \
        [](P &Parser) -> antlr4::ParserRuleContext * { return Parser.Name(); } \
  }
/// In StmtKind order.
const Rule Rules[] = {
    SQLSERVER_RULE(createTableStmt, CreateTableStmt),
    SQLSERVER_RULE(createIndexStmt, CreateIndexStmt),
    SQLSERVER_RULE(createViewStmt, CreateViewStmt),
    SQLSERVER_RULE(alterTableStmt, AlterTableStmt),
    SQLSERVER_RULE(dropStmt, DropStmt),
    SQLSERVER_RULE(createSchemaStmt, CreateSchemaStmt),
    SQLSERVER_RULE(createSequenceStmt, CreateSequenceStmt),
    SQLSERVER_RULE(createTypeStmt, CreateTypeStmt),
    SQLSERVER_RULE(execStmt, ExecStmt),
};
#undef SQLSERVER_RULE

sql::AntlrGrammarInfo grammarInfo() {
  sql::AntlrGrammarInfo G;
  G.DisplayName = getTokenDisplayName;
  G.IsKeyword = isKeywordToken;
  G.Eof = 0xFFFF;
  G.Ident = L::IDENT;
  G.IdentifierTokens = {L::QUOTED_IDENT};
  G.NameKeywordRules = {P::RuleNonReservedKeyword};
  G.IsQueryRule = [](size_t) { return false; };
  return G;
}

class ParseDriver {
public:
  antlr4::ParserRuleContext *parse(StmtKind K, const sql::StatementTokens &In,
                                   std::vector<Diagnostic> &Diags) {
    if (!Driver)
      Driver = std::make_unique<sql::AntlrParseDriver>(
          [](antlr4::TokenStream *S) -> std::unique_ptr<sql::AntlrParserBase> {
            return std::make_unique<P>(S);
          },
          grammarInfo());
    const Rule &R = Rules[static_cast<unsigned>(K)];
    auto &Parser = static_cast<P &>(Driver->getParser());
    return Driver->parse(
        R.Index, [&] { return R.Enter(Parser); }, In, Diags);
  }
  void release() { Driver->release(); }

private:
  std::unique_ptr<sql::AntlrParseDriver> Driver;
};

//===----------------------------------------------------------------------===//
// Statements kept opaque
//===----------------------------------------------------------------------===//

class TokenReader {
public:
  explicit TokenReader(const sql::StatementTokens &In) : In(In) {}

  bool isName(unsigned I) const {
    if (I >= In.N)
      return false;
    uint16_t T = In.Toks[I].Type;
    return (T == L::IDENT && In.Buffer[In.Toks[I].Begin] != '@') ||
           T == L::QUOTED_IDENT || isKeywordToken(T);
  }
  bool word(unsigned I, llvm::StringRef W) const {
    return I < In.N && In.Buffer.slice(In.Toks[I].Begin, In.Toks[I].End)
                           .equals_insensitive(W);
  }
  /// name ['.' name]* at I (the last two parts kept); advances I.
  bool readName(unsigned &I, QualifiedName &N, Location &Loc) const {
    if (!isName(I))
      return false;
    Loc = Location(In.File, In.Toks[I].Line, In.Toks[I].Col);
    std::vector<std::string> Parts{identifierValue(In.Buffer, In.Toks[I])};
    ++I;
    while (I + 1 < In.N && In.Toks[I].Type == L::DOT && isName(I + 1)) {
      Parts.push_back(identifierValue(In.Buffer, In.Toks[I + 1]));
      I += 2;
    }
    N = Parts.size() == 1
            ? QualifiedName(Parts[0])
            : QualifiedName(llvm::StringRef(Parts[Parts.size() - 2])
                                    .equals_insensitive("dbo")
                                ? std::string()
                                : Parts[Parts.size() - 2],
                            Parts.back());
    return true;
  }
  unsigned find(unsigned From, llvm::StringRef W) const {
    for (unsigned I = From; I < In.N; ++I)
      if (word(I, W))
        return I;
    return In.N;
  }

private:
  const sql::StatementTokens &In;
};

void lowerOpaque(const sql::StatementTokens &In, llvm::StringRef ObjectType,
                 unsigned Flags, bool IsData, llvm::StringRef Description,
                 unsigned Matched, LoweredStatement &Out) {
  using namespace opaque;
  TokenReader R(In);
  QualifiedName Name, Target;
  Location NameLoc = Out.Loc, TargetLoc = Out.Loc;
  unsigned I = Matched;
  if (Flags & NAME)
    R.readName(I, Name, NameLoc);
  if (Flags & TARGET) {
    if (R.word(I, "if") && R.word(I + 1, "exists"))
      I += 2;
    R.readName(I, Target, TargetLoc);
  }
  if (Flags & (ON | INTO | GRANT)) {
    unsigned At = R.find(Matched, (Flags & INTO) ? "into" : "on");
    if ((Flags & INTO) && At == In.N)
      At = Matched - 1; // INSERT t without INTO
    // DDL triggers are ON DATABASE or ON ALL SERVER: no relation.
    if (At + 1 < In.N && (R.word(At + 1, "database") || R.word(At + 1, "all")))
      At = In.N;
    if (At < In.N) {
      ++At;
      // GRANT ... ON SCHEMA::s / OBJECT::t
      if ((Flags & GRANT) && At + 2 < In.N &&
          In.Toks[At + 1].Type == L::DOUBLE_COLON)
        At += 2;
      R.readName(At, Target, TargetLoc);
    }
  }
  auto O = std::make_unique<OpaqueObject>(
      Name.empty() ? Out.Loc : NameLoc, Name, ObjectType.str(),
      In.Buffer.slice(Out.Begin, Out.End).str(), "sqlserver");
  O->Target = Target;
  O->IsData = IsData;
  Out.Description = Description.str();
  Out.Diags.push_back(makeDiagnostic(Out.Loc,
                                     O->IsData ? DiagID::warn_data_statement
                                               : DiagID::warn_opaque_statement,
                                     {Out.Description}));
  auto Change = std::make_unique<OpaqueChange>(Out.Loc, std::move(O));
  // The names it mentions (identifiers, not key words or variables), once
  // each; resolved once the whole input is lowered.
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

/// EXEC of a procedure other than sp_addextendedproperty: opaque.
bool isExtendedPropertyCall(const sql::StatementTokens &In) {
  TokenReader R(In);
  unsigned I = 1;
  // EXEC @ret = proc
  if (I + 1 < In.N && In.Toks[I + 1].Type == L::EQUALS)
    I += 2;
  QualifiedName N;
  Location Loc;
  return R.readName(I, N, Loc) &&
         (llvm::StringRef(N.Name).equals_insensitive(
              "sp_addextendedproperty") ||
          llvm::StringRef(N.Name).equals_insensitive("sp_rename"));
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
  if (Raw.MetaCommand) {
    Out.Kind = StmtKind::Empty; // GO
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
  Out.ObjectType = C->ObjectType.str();
  // The text kept for an opaque object ends before its ';' (the DDL
  // backend writes one).
  if (In.Toks[In.N - 1].Type == L::SEMI && In.N > 1)
    Out.End = In.Toks[In.N - 2].End;
  if (Out.Kind == StmtKind::Exec && !isExtendedPropertyCall(In))
    Out.Kind = StmtKind::Opaque;
  if (!isParsed(Out.Kind)) {
    TimePhaseScope T(TimePhase::Lowering);
    lowerOpaque(In, C->ObjectType, C->Flags, Out.Kind == StmtKind::Data,
                C->Description, Matched, Out);
    return;
  }
  antlr4::ParserRuleContext *Root;
  {
    TimePhaseScope T(TimePhase::Parse);
    Root = Driver.parse(Out.Kind, In, Out.Diags);
  }
  if (!Root) {
    Out.Failed = true;
    return;
  }
  TimePhaseScope T(TimePhase::Lowering);
  SQLServerLowering(In, Out).lowerStatement(Out.Kind, Root);
  Driver.release();
}

//===----------------------------------------------------------------------===//
// Applying
//===----------------------------------------------------------------------===//

/// SQL Server names unnamed constraints with generated names
/// (PK__t__3213E83F...) that a script cannot predict: they stay unnamed,
/// as in the script. Indexes are always named in T-SQL.
class SQLServerEditorRules : public EditorRules {
public:
  std::string nameConstraint(const Table &, const Constraint &,
                             NameTaken) const override {
    return "";
  }
  std::string nameIndex(llvm::StringRef Table, const Index &I,
                        NameTaken Taken) const override {
    return getSQLServerDialect().getNamingScheme().nameIndex(Table, I, Taken);
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
    return getSQLServerDialect().getRules().isPredefinedSchema(Name) ||
           getSQLServerDialect().getRules().isSystemSchema(Name);
  }
  bool isSystemSchema(llvm::StringRef Name) const override {
    return getSQLServerDialect().getRules().isSystemSchema(Name);
  }
  bool dropColumnRefusesKeysAndIndexes() const override { return true; }
  bool constraintNamesAreRelations() const override { return true; }
};

class ChangeApplier {
public:
  ChangeApplier(Module &M, DiagnosticEngine &Diags, llvm::StringRef Buffer)
      : M(M), Diags(Diags), Buffer(Buffer),
        Names(createNameResolver("sqlserver")),
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
    matchCase(*S.Change);
    if (auto *D = llvm::dyn_cast<DropChange>(S.Change.get()))
      if (std::string Missing = undefinedTarget(*D); !Missing.empty()) {
        // A drop script for a database this input does not create.
        keepOpaque(S, DiagID::warn_opaque_statement,
                   S.Description + " of '" + Missing +
                       "', which the input does not create,");
        return;
      }
    if (auto *A = llvm::dyn_cast<AlterChange>(S.Change.get())) {
      if (!M.lookupTable(M.qualify(A->Target.Name))) {
        keepOpaque(S, DiagID::warn_opaque_statement,
                   S.Description + " of '" + A->Target.Name.str() +
                       "', which the input does not create,");
        return;
      }
      bitDefaults(*A);
    }
    if (auto *C = llvm::dyn_cast<CreateChange>(S.Change.get()))
      if (auto *T = llvm::dyn_cast_or_null<Table>(C->Object.get())) {
        bitDefaults(*T);
        computedTypes(*T);
      }
    if (auto *C = llvm::dyn_cast<CreateChange>(S.Change.get()))
      if (auto *I = llvm::dyn_cast_or_null<Index>(C->Object.get())) {
        // An indexed view: the IR indexes tables only.
        if (M.lookupView(M.qualify(I->Table))) {
          keepOpaque(S, DiagID::warn_unsupported_clause,
                     "an index on view '" + I->Table.str() + "'");
          return;
        }
        renameIndexIfTaken(*C);
      }
    ApplyResult R = Editor.apply(*S.Change);
    if (R.S == ApplyResult::Status::NotModelled) {
      keepOpaque(S, DiagID::warn_opaque_statement,
                 S.Description + " of " + R.ObjectType + " '" + R.Name.str() +
                     "'");
      return;
    }
    if (R.S == ApplyResult::Status::Applied)
      nameDefaults(*S.Change);
    if (R.S == ApplyResult::Status::Applied)
      for (SchemaChangePtr &More : S.More) {
        if (auto *C = llvm::dyn_cast<CreateChange>(More.get()))
          if (llvm::isa_and_nonnull<Index>(C->Object.get()))
            renameIndexIfTaken(*C);
        Editor.apply(*More);
      }
  }
  void finish() { Editor.finish(); }

private:
  /// SQL Server compares names as its collation does, case-insensitively
  /// by default: a name written in another case than the object's is the
  /// object's (the IR's look-ups are exact).
  void canonical(QualifiedName &N, bool Relation = true) const {
    QualifiedName Q = M.qualify(N);
    if (Relation ? M.lookupRelation(Q) != nullptr
                 : M.lookupSchema(N.Name) != nullptr)
      return;
    for (const ObjectPtr &O : M.objects()) {
      const QualifiedName &Have = O->getName();
      QualifiedName HaveQ = M.qualify(Have);
      if (Relation && !llvm::isa<Table>(O.get()) && !llvm::isa<View>(O.get()) &&
          !llvm::isa<Index>(O.get()) && !llvm::isa<Sequence>(O.get()))
        continue;
      if (!Relation && !llvm::isa<SchemaDecl>(O.get()))
        continue;
      if (llvm::StringRef(Have.Name).equals_insensitive(Relation ? Q.Name
                                                                 : N.Name) &&
          (!Relation ||
           llvm::StringRef(HaveQ.Schema).equals_insensitive(Q.Schema))) {
        N = Relation && N.Schema.empty() ? QualifiedName(Have.Name) : Have;
        return;
      }
    }
  }
  void canonicalSchema(QualifiedName &N) const {
    if (N.Schema.empty() || M.lookupSchema(N.Schema))
      return;
    QualifiedName S(N.Schema);
    canonical(S, /*Relation=*/false);
    N.Schema = S.Name;
  }
  void matchCase(SchemaChange &C) const {
    if (auto *Cr = llvm::dyn_cast<CreateChange>(&C)) {
      if (!Cr->Object)
        return;
      QualifiedName N = Cr->Object->getName();
      canonicalSchema(N);
      if (auto *T = llvm::dyn_cast<Table>(Cr->Object.get())) {
        for (Constraint &K : T->Constraints)
          if (K.K == Constraint::Kind::ForeignKey)
            canonical(K.RefTable);
      } else if (auto *I = llvm::dyn_cast<Index>(Cr->Object.get())) {
        canonical(I->Table);
      }
    } else if (auto *A = llvm::dyn_cast<AlterChange>(&C)) {
      canonical(A->Target.Name);
      for (AlterAction &Act : A->Actions)
        for (Constraint &K : Act.Constraints)
          if (K.K == Constraint::Kind::ForeignKey)
            canonical(K.RefTable);
    } else if (auto *D = llvm::dyn_cast<DropChange>(&C)) {
      for (NameRef &N : D->Names)
        if (D->TK != TargetKind::Schema)
          canonical(N.Name);
    } else if (auto *R = llvm::dyn_cast<RenameChange>(&C)) {
      canonical(R->Target.Name);
    } else if (auto *Cm = llvm::dyn_cast<CommentChange>(&C)) {
      canonical(Cm->Target.Name);
    }
  }
  /// True if \p T is BIT, or an alias type of BIT.
  bool isBit(const DataType &T) const {
    if (T.Kind == TypeKind::Boolean)
      return true;
    if (T.Kind != TypeKind::UserDefined)
      return false;
    auto *D = llvm::dyn_cast_or_null<Domain>(M.lookupType(M.qualify(T.Name)));
    return D && D->BaseType.Kind == TypeKind::Boolean;
  }
  /// DEFAULT 0 / 1 of a BIT column: the booleans. DROP CONSTRAINT of a
  /// column's named default: the drop of the default.
  void bitDefaults(AlterChange &A) {
    Table *T = M.lookupTable(M.qualify(A.Target.Name));
    for (AlterAction &Act : A.Actions) {
      if (Act.K == AlterAction::Kind::DropConstraint &&
          !llvm::any_of(T->Constraints, [&](const Constraint &K) {
            return K.Name == Act.Name;
          }))
        for (Column &Col : T->Columns)
          if (const std::string *DF = findAttribute(
                  Col.attributes(), "sqlserver.default_constraint");
              DF && *DF == Act.Name) {
            Act.K = AlterAction::Kind::DropDefault;
            Act.Name = Col.Name;
            break;
          }
      if (Act.K == AlterAction::Kind::SetDefault && Act.Expression)
        if (Column *Col = T->findColumn(Act.Name); Col && isBit(Col->Type))
          Act.Expression = bitLiteral(std::move(Act.Expression));
      if (Act.K == AlterAction::Kind::AddColumn && Act.Col &&
          Act.Col->Default && isBit(Act.Col->Type))
        Act.Col->Default = bitLiteral(std::move(Act.Col->Default));
    }
  }
  /// A computed column has no declared type; the IR's generated column
  /// needs one (other targets declare it): the type of its expression
  /// where it is clear (a column, a cast, text built of text), else left
  /// unknown.
  static DataType typeOf(const Table &T, const Expr &E) {
    if (const auto *R = llvm::dyn_cast<ColumnRef>(&E))
      if (const Column *C = T.findColumn(R->getColumnName());
          C && C->Type.Kind != TypeKind::Unknown)
        return C->Type;
    if (const auto *C = llvm::dyn_cast<Cast>(&E))
      return C->Type;
    if (const auto *B = llvm::dyn_cast<BinaryOp>(&E);
        B && B->OpKind == BinaryOpKind::Concat)
      return DataType(TypeKind::Text);
    if (const auto *C = llvm::dyn_cast<OpChain>(&E);
        C && C->Links.back().OpKind == BinaryOpKind::Concat)
      return DataType(TypeKind::Text);
    if (const auto *F = llvm::dyn_cast<FuncCall>(&E)) {
      llvm::StringRef N = F->getFunctionName();
      for (const char *Text :
           {"upper", "lower", "ltrim", "rtrim", "concat", "replace", "left",
            "right", "json_value", "json_query"})
        if (N.equals_insensitive(Text))
          return DataType(TypeKind::Text);
      if ((N.equals_insensitive("isnull") ||
           N.equals_insensitive("coalesce")) &&
          !F->Args.empty())
        return typeOf(T, *F->Args[0]);
    }
    return DataType(TypeKind::Unknown);
  }
  void computedTypes(Table &T) {
    for (Column &C : T.Columns)
      if (C.Type.Kind == TypeKind::Unknown && C.generation() &&
          C.generation()->Expression) {
        DataType Ty = typeOf(T, *C.generation()->Expression);
        if (Ty.Kind != TypeKind::Unknown) {
          C.Type = Ty;
          setAttribute(C.details().Attributes, "sqlserver.computed", "");
        }
      }
  }
  void bitDefaults(Table &T) {
    for (Column &Col : T.Columns)
      if (Col.Default && Col.Type.Kind == TypeKind::UserDefined &&
          isBit(Col.Type))
        Col.Default = bitLiteral(std::move(Col.Default));
  }
  /// The first object \p D drops that the module does not have (without
  /// IF EXISTS), or "".
  std::string undefinedTarget(const DropChange &D) const {
    if (D.IfExists)
      return "";
    for (const NameRef &N : D.Names) {
      QualifiedName Q = M.qualify(N.Name);
      bool Has = false;
      switch (D.TK) {
      case TargetKind::Table:
        Has = M.lookupTable(Q);
        break;
      case TargetKind::View:
        Has = M.lookupView(Q);
        break;
      case TargetKind::Sequence:
        Has = M.lookupSequence(Q);
        break;
      case TargetKind::Index:
        Has = M.lookupIndex(Q);
        break;
      case TargetKind::Schema:
        Has = M.lookupSchema(N.Name.Name);
        break;
      default:
        Has = true;
        break;
      }
      if (!Has)
        return N.Name.str();
    }
    return "";
  }
  /// SQL Server names indexes per table; the IR, per schema (as
  /// PostgreSQL): an index whose name another relation of the schema has
  /// is named <table>_<index>, its own name kept for SQL Server output.
  void renameIndexIfTaken(CreateChange &C) {
    auto &I = llvm::cast<Index>(*C.Object);
    QualifiedName Q = M.qualify(I.getName());
    if (!M.lookupRelation(Q))
      return;
    const QualifiedName &T = I.Table;
    std::string New = T.Name + "_" + I.getName().Name;
    for (unsigned K = 2; M.lookupRelation(QualifiedName(Q.Schema, New)); ++K)
      New = T.Name + "_" + I.getName().Name + "_" + std::to_string(K);
    Diags.report(I.Loc, DiagID::warn_sqlserver_index_renamed)
        << I.getName().Name << T.str() << New;
    // The same index under the new name.
    auto R = std::make_unique<Index>(
        I.Loc, QualifiedName(I.getName().Schema, New), I.Table);
    R->Unique = I.Unique;
    R->Elements = std::move(I.Elements);
    R->Include = std::move(I.Include);
    R->Where = std::move(I.Where);
    R->With = std::move(I.With);
    R->Comment = I.Comment;
    R->Attributes = std::move(I.Attributes);
    setAttribute(R->Attributes, "sqlserver.name", I.getName().Name);
    C.Object = std::move(R);
  }
  /// ADD CONSTRAINT DF_x DEFAULT ... FOR c: the default's name, kept as
  /// the column's attribute (as CONSTRAINT DF_x DEFAULT in CREATE TABLE).
  void nameDefaults(const SchemaChange &C) {
    auto *A = llvm::dyn_cast<AlterChange>(&C);
    if (!A)
      return;
    for (const AlterAction &Act : A->Actions) {
      if (Act.K != AlterAction::Kind::SetDefault || Act.Value.empty())
        continue;
      if (Table *T = M.lookupTable(M.qualify(A->Target.Name)))
        if (Column *Col = T->findColumn(Act.Name))
          setAttribute(Col->details().Attributes,
                       "sqlserver.default_constraint", Act.Value);
    }
  }
  void keepOpaque(LoweredStatement &S, DiagID Warning, llvm::StringRef Why) {
    Diags.report(S.Loc, Warning) << Why;
    auto O = std::make_unique<OpaqueObject>(S.Loc, S.OpaqueName, S.ObjectType,
                                            Buffer.slice(S.Begin, S.End).str(),
                                            "sqlserver");
    O->Target = S.OpaqueTarget;
    OpaqueChange Keep(S.Loc, std::move(O));
    Editor.apply(Keep);
  }

  Module &M;
  DiagnosticEngine &Diags;
  llvm::StringRef Buffer;
  std::unique_ptr<NameResolver> Names;
  SQLServerEditorRules Rules;
  SchemaEditor Editor;
};

} // namespace

LogicalResult SQLServerFrontend::lower(uint32_t File, Module &M,
                                       DiagnosticEngine &Diags,
                                       const FrontendOptions &Opts) {
  registerSQLServerDialect();
  M.Dialect = "sqlserver";
  // Unqualified names are dbo's.
  if (M.size() == 0)
    M.setSearchPath(createNameResolver("sqlserver")->initialPath());
  unsigned ErrorsBefore = Diags.getNumErrors();
  // sqlcmd's directives first: the statements are read from the text
  // sqlcmd would send, under the same file name (lines are kept).
  {
    std::vector<Diagnostic> CmdDiags;
    std::optional<std::string> Sent =
        runSQLCmd(M.getContext().getBuffer(File), File, CmdDiags);
    for (Diagnostic &D : CmdDiags)
      Diags.emit(std::move(D));
    if (Sent) {
      std::string Name = M.getContext().getFileName(File).str();
      File = M.getContext().addBuffer(
          llvm::MemoryBuffer::getMemBufferCopy(*Sent, Name), Name);
    }
  }
  llvm::StringRef Buffer = M.getContext().getBuffer(File);
  sql::TimedSplitter<SQLServerSplitter> Splitter(Buffer);
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
  }
  return failure(Diags.getNumErrors() != ErrorsBefore);
}

void schemac::registerSQLServerFrontend(FrontendRegistry &R) {
  R.add({"sqlserver",
         "SQL Server scripts (T-SQL: SSMS scripts, SSDT projects, sqlcmd)",
         {".sqlserver.sql", ".mssql.sql", ".tsql"},
         [] { return std::make_unique<SQLServerFrontend>(); }});
}
