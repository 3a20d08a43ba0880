//===- SQLiteLowering.cpp - SQLite parse trees into the IR ----------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "SQLiteLowering.h"

#include "SQLiteParser.h"
#include "SQLiteVocabulary.h"

#include "AntlrParseDriver.h"
#include "FastQueryParser.h"

#include "schemac/dialects/sqlite/SQLiteDialect.h"
#include "schemac/ir/Column.h"
#include "schemac/ir/Constraint.h"
#include "schemac/ir/Index.h"
#include "schemac/ir/Table.h"
#include "schemac/ir/View.h"
#include "schemac/ir/Walk.h"

#include "llvm/ADT/StringExtras.h"

using namespace schemac;
using namespace schemac::sqlite;
using P = SQLiteParser;
using L = SQLiteLexer;

//===----------------------------------------------------------------------===//
// Tokens and types
//===----------------------------------------------------------------------===//

std::string sqlite::identifierValue(llvm::StringRef Buffer,
                                    const sql::Token &T) {
  llvm::StringRef Text = Buffer.slice(T.Begin, T.End);
  if (Text.empty())
    return "";
  char Open = Text.front();
  if (Open != '"' && Open != '[' && Open != '`' && Open != '\'')
    return Text.str();
  char Close = Open == '[' ? ']' : Open;
  llvm::StringRef Body = Text.drop_front().drop_back();
  if (Open == '[')
    return Body.str();
  std::string R;
  R.reserve(Body.size());
  for (size_t I = 0; I < Body.size(); ++I) {
    R.push_back(Body[I]);
    if (Body[I] == Close && I + 1 < Body.size() && Body[I + 1] == Close)
      ++I;
  }
  return R;
}

std::string sqlite::stringValue(llvm::StringRef Buffer, const sql::Token &T) {
  return identifierValue(Buffer, T);
}

DataType sqlite::readDeclaredType(llvm::ArrayRef<std::string> Words,
                                  llvm::ArrayRef<std::string> Modifiers,
                                  std::string Spelling) {
  std::string Key = llvm::join(Words, " ");
  Key = llvm::StringRef(Key).lower();
  DataType T;
  T.Spelling = Spelling;
  const TypeTable &Types = getSQLiteDialect().getTypes();
  if (const TypeName *Row = Types.lookup(Key)) {
    T.Kind = Row->Kind;
  } else {
    // By SQLite's affinity rules: the widest neutral type of the affinity.
    switch (sqlite::getAffinity(Key)) {
    case sqlite::Affinity::Integer:
      T.Kind = TypeKind::BigInt;
      break;
    case sqlite::Affinity::Text:
      T.Kind = Modifiers.size() == 1 && llvm::StringRef(Key).contains("char")
                   ? TypeKind::Varchar
                   : TypeKind::Text;
      break;
    case sqlite::Affinity::Blob:
      T.Kind = TypeKind::Binary;
      break;
    case sqlite::Affinity::Real:
      T.Kind = TypeKind::Double;
      break;
    case sqlite::Affinity::Numeric:
    case sqlite::Affinity::None:
      T.Kind = TypeKind::Decimal;
      break;
    }
  }
  // Modifiers are kept where the neutral type has them; SQLite ignores
  // them everywhere (the spelling keeps what was written).
  bool Keep = false;
  switch (T.Kind) {
  case TypeKind::Char:
  case TypeKind::Varchar:
    Keep = Modifiers.size() == 1;
    break;
  case TypeKind::Decimal:
    Keep = !Modifiers.empty() && Modifiers.size() <= 2;
    break;
  default:
    break;
  }
  if (Keep) {
    std::vector<std::string> Mods(Modifiers.begin(), Modifiers.end());
    T.Modifiers = Mods;
  }
  return T;
}

//===----------------------------------------------------------------------===//
// The fast query parser's view of SQLite
//===----------------------------------------------------------------------===//

namespace {

class SQLiteFastParseHooks : public sql::FastParseHooks {
public:
  explicit SQLiteFastParseHooks(const sql::StatementTokens &In) : In(In) {}

  llvm::ArrayRef<sql::TokInfo> tokenInfos() const override {
    return getFastTokenInfos();
  }
  bool name(const sql::Token &T, std::string &Out) override {
    if (T.Type == L::STRING)
      return false;
    Out = identifierValue(In.Buffer, T);
    return !Out.empty();
  }
  bool stringValue(const sql::Token &T, std::string &Out) override {
    if (T.Type != L::STRING)
      return false;
    Out = sqlite::stringValue(In.Buffer, T);
    return true;
  }
  bool typeName(unsigned &I, DataType &Out) override {
    // Words, then (n [, m]).
    std::vector<std::string> Words, Mods;
    unsigned Start = I;
    while (I < In.N && (In.Toks[I].Type == L::IDENT ||
                        In.Toks[I].Type == L::QUOTED_IDENT)) {
      Words.push_back(identifierValue(In.Buffer, In.Toks[I]));
      ++I;
    }
    if (Words.empty())
      return false;
    if (I < In.N && In.Toks[I].Type == L::LPAREN) {
      ++I;
      while (I < In.N && In.Toks[I].Type == L::INTEGER) {
        Mods.push_back(In.Buffer.slice(In.Toks[I].Begin, In.Toks[I].End).str());
        if (In.Toks[++I].Type != L::COMMA)
          break;
        ++I;
      }
      if (I >= In.N || In.Toks[I].Type != L::RPAREN || Mods.empty())
        return false;
      ++I;
    }
    std::string Spelling =
        In.Buffer.slice(In.Toks[Start].Begin, In.Toks[I - 1].End).str();
    Out = readDeclaredType(Words, Mods, Spelling);
    return true;
  }
  const OperatorTable &operators() const override {
    return getSQLiteDialect().getOperators();
  }
  ExprPtr negate(Location Loc, ExprPtr Operand) override;

private:
  const sql::StatementTokens &In;
};

ExprPtr SQLiteFastParseHooks::negate(Location Loc, ExprPtr Operand) {
  return sql::negateLiteral(Loc, std::move(Operand));
}

/// SQLite's LIKE ignores the case of ASCII letters: its neutral meaning is
/// ILIKE's (SQLite has no ILIKE). The query parser gives LIKE's.
void setLikeKind(std::string &Op, BinaryOpKind &K) {
  if (K == BinaryOpKind::Like) {
    Op = "ILIKE";
    K = BinaryOpKind::ILike;
  } else if (K == BinaryOpKind::NotLike) {
    Op = "NOT ILIKE";
    K = BinaryOpKind::NotILike;
  }
}
/// SQLite's LIKE as the IR's ILIKE, and function names in lower case
/// (SQLite's are case-insensitive; the query parser keeps them as written).
void setLikeKinds(const Expr &E) {
  if (auto *F = llvm::dyn_cast<FuncCall>(const_cast<Expr *>(&E))) {
    for (std::string &Part : F->Name)
      Part = llvm::StringRef(Part).lower();
    return;
  }
  if (auto *B = llvm::dyn_cast<BinaryOp>(const_cast<Expr *>(&E)))
    setLikeKind(B->Op, B->OpKind);
  else if (auto *C = llvm::dyn_cast<OpChain>(const_cast<Expr *>(&E)))
    for (ChainLink &Link : C->Links)
      setLikeKind(Link.Op, Link.OpKind);
}

} // namespace

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

class SQLiteLowering::Impl {
public:
  Impl(const sql::StatementTokens &In, LoweredStatement &Out)
      : In(In), Out(Out) {}

  void createTable(P::CreateTableStmtContext *C);
  void createIndex(P::CreateIndexStmtContext *C);
  void createView(P::CreateViewStmtContext *C);
  void alterTable(P::AlterTableStmtContext *C);
  void drop(P::DropStmtContext *C);

private:
  // Names and locations.
  Location loc(antlr4::Token *T) const {
    const sql::Token &K = sql::tokenOf(T);
    return Location(In.File, K.Line, K.Col);
  }
  Location loc(antlr4::ParserRuleContext *C) const {
    return loc(C->getStart());
  }
  std::string text(antlr4::Token *T) const {
    const sql::Token &K = sql::tokenOf(T);
    return In.Buffer.slice(K.Begin, K.End).str();
  }
  std::string source(antlr4::ParserRuleContext *C) const {
    return In.Buffer
        .slice(sql::tokenOf(C->getStart()).Begin,
               sql::tokenOf(C->getStop()).End)
        .str();
  }
  std::string name(antlr4::ParserRuleContext *C) const {
    return identifierValue(In.Buffer, sql::tokenOf(C->getStart()));
  }
  /// The name a CREATE statement gives: SQLite reads an unquoted IF there
  /// as the start of IF NOT EXISTS.
  QualifiedName createdName(P::QualifiedNameContext *C) {
    antlr4::Token *First = C->getStart();
    size_t Next = First->getTokenIndex() + 1;
    if (First->getType() == L::K_IF && Next < In.N) {
      const sql::Token &T = In.Toks[Next];
      Out.Diags.push_back(makeDiagnostic(
          Location(In.File, T.Line, T.Col), DiagID::err_syntax_near_expected,
          {In.Buffer.slice(T.Begin, T.End).str(), "NOT"}));
      Out.Failed = true;
    }
    return qualifiedName(C);
  }
  QualifiedName qualifiedName(P::QualifiedNameContext *C) const {
    auto Names = C->anyName();
    if (Names.size() == 2)
      return QualifiedName(name(Names[0]), name(Names[1]));
    return QualifiedName(name(Names[0]));
  }
  void unsupported(const std::string &What) {
    if (Out.Unsupported.empty())
      Out.Unsupported = What;
  }

  DataType type(P::TypeNameContext *C);
  void column(P::ColumnDefContext *C, Column &Col,
              std::vector<Constraint> &Constraints);
  void foreignKey(P::ForeignKeyClauseContext *C, Constraint &K);
  bool keyColumns(const std::vector<P::IndexedColumnContext *> &Cols,
                  std::vector<std::string> &Out);
  ExprPtr defaultValue(P::DefaultValueContext *C);

  // Expressions.
  ExprPtr expr(P::ExprContext *C);
  ExprPtr literal(P::LiteralContext *C);
  ExprPtr binary(Location L, std::string Op, ExprPtr LHS, ExprPtr RHS,
                 BinaryOpKind Kind);
  /// The BETWEEN without its high bound at the end of \p E (itself, the
  /// last operand of an AND, the operand of NOT), or null.
  Between *openBetween(Expr *E);
  static bool isComparison(size_t Token) {
    return Token == L::LESS || Token == L::LESS_EQUALS || Token == L::GREATER ||
           Token == L::GREATER_EQUALS || Token == L::EQUALS ||
           Token == L::NOT_EQUALS;
  }

public:
  /// BETWEENs whose AND has not been seen yet, innermost last.
  std::vector<P::EBetweenContext *> OpenBetweens;

private:
  const sql::StatementTokens &In;
  LoweredStatement &Out;
};

DataType SQLiteLowering::Impl::type(P::TypeNameContext *C) {
  std::vector<std::string> Words, Mods;
  for (P::TypeWordContext *W : C->typeWord())
    Words.push_back(name(W));
  for (P::SignedNumberContext *N : C->signedNumber())
    Mods.push_back(source(N));
  // The spelling as written, which SQLite keeps as the declared type (a
  // quoted name without its quotes).
  std::string Spelling =
      C->typeWord().size() == 1 && Mods.empty() ? Words[0] : source(C);
  return readDeclaredType(Words, Mods, Spelling);
}

ExprPtr SQLiteLowering::Impl::defaultValue(P::DefaultValueContext *C) {
  if (P::ExprContext *E = C->expr())
    return expr(E);
  if (P::LiteralContext *Lit = C->literal())
    return literal(Lit);
  if (antlr4::tree::TerminalNode *Id = C->IDENT()) {
    // DEFAULT word: the word as a string, TRUE and FALSE as booleans.
    std::string W = text(Id->getSymbol());
    if (llvm::StringRef(W).equals_insensitive("true") ||
        llvm::StringRef(W).equals_insensitive("false"))
      return std::make_unique<Literal>(loc(C), Literal::LitKind::Boolean,
                                       llvm::StringRef(W).lower());
    return std::make_unique<Literal>(loc(C), Literal::LitKind::String, W);
  }
  // Signed number.
  antlr4::Token *Num =
      C->INTEGER() ? C->INTEGER()->getSymbol() : C->NUMERIC()->getSymbol();
  ExprPtr N = std::make_unique<Literal>(
      loc(Num),
      C->INTEGER() ? Literal::LitKind::Integer : Literal::LitKind::Numeric,
      text(Num));
  if (C->getStart()->getType() == L::MINUS)
    return sql::negateLiteral(loc(C), std::move(N));
  // DEFAULT +1 keeps its sign, as SQLite's catalog does.
  if (C->getStart()->getType() == L::PLUS)
    return std::make_unique<UnaryOp>(loc(C), "+", std::move(N));
  return N;
}

void SQLiteLowering::Impl::foreignKey(P::ForeignKeyClauseContext *C,
                                      Constraint &K) {
  K.K = Constraint::Kind::ForeignKey;
  auto Names = C->name();
  K.RefTable = QualifiedName(name(Names[0]));
  for (size_t I = 1; I < Names.size(); ++I)
    K.RefColumns.push_back(name(Names[I]));
  for (P::ForeignKeyOptionContext *O : C->foreignKeyOption()) {
    if (P::NameContext *M = O->name()) {
      std::string Match = llvm::StringRef(name(M)).lower();
      // SQLite parses MATCH and ignores it: every key matches SIMPLE.
      if (Match == "simple")
        K.Match = ForeignKeyMatch::Simple;
      else
        unsupported("MATCH " + llvm::StringRef(Match).upper());
      continue;
    }
    P::ForeignKeyActionContext *A = O->foreignKeyAction();
    ForeignKeyAction Act = ForeignKeyAction::NoAction;
    if (A->K_CASCADE())
      Act = ForeignKeyAction::Cascade;
    else if (A->K_RESTRICT())
      Act = ForeignKeyAction::Restrict;
    else if (A->K_NULL())
      Act = ForeignKeyAction::SetNull;
    else if (A->K_DEFAULT())
      Act = ForeignKeyAction::SetDefault;
    (O->K_DELETE() ? K.OnDelete : K.OnUpdate) = Act;
  }
  if (P::DeferrableContext *D = C->deferrable()) {
    K.Deferrable = D->K_NOT() == nullptr;
    if (D->K_INITIALLY())
      K.InitiallyDeferred = D->K_DEFERRED() != nullptr;
  }
}

bool SQLiteLowering::Impl::keyColumns(
    const std::vector<P::IndexedColumnContext *> &Cols,
    std::vector<std::string> &Names) {
  for (P::IndexedColumnContext *IC : Cols) {
    auto *Col = dynamic_cast<P::EColumnContext *>(IC->expr());
    if (!Col || Col->name().size() != 1 || IC->sortOrder()) {
      unsupported("a key column with an order, a collation or an expression");
      return false;
    }
    Names.push_back(name(Col->name(0)));
  }
  return true;
}

void SQLiteLowering::Impl::column(P::ColumnDefContext *C, Column &Col,
                                  std::vector<Constraint> &Constraints) {
  Col.Loc = loc(C);
  Col.Name = name(C->anyName());
  if (P::TypeNameContext *T = C->typeName())
    Col.Type = type(T);
  else
    Col.Type = DataType(TypeKind::Unknown); // no declared type: any value
  for (P::ColumnConstraintContext *CC : C->columnConstraint()) {
    std::string KName = CC->name() ? name(CC->name()) : "";
    Constraint K;
    K.Name = KName;
    K.Loc = loc(CC);
    K.ColumnLevel = Col.Name;
    P::ColumnConstraintBodyContext *B = CC->columnConstraintBody();
    if (auto *PK = dynamic_cast<P::ColPrimaryKeyContext *>(B)) {
      if (PK->conflictClause())
        unsupported("ON CONFLICT");
      if (PK->sortOrder() && PK->sortOrder()->K_DESC())
        unsupported("PRIMARY KEY DESC");
      if (PK->K_AUTOINCREMENT()) {
        // The rowid numbered without reusing values: an identity column
        // (explicit values may be inserted, as BY DEFAULT allows).
        Column::Identity Id;
        Id.Always = false;
        Col.Ident.emplace(std::move(Id));
      }
      K.K = Constraint::Kind::PrimaryKey;
      K.Columns = {Col.Name};
      Constraints.push_back(std::move(K));
    } else if (auto *NN = dynamic_cast<P::ColNotNullContext *>(B)) {
      if (NN->conflictClause())
        unsupported("ON CONFLICT");
      Col.NotNull = true;
    } else if (auto *N = dynamic_cast<P::ColNullContext *>(B)) {
      if (N->conflictClause())
        unsupported("ON CONFLICT");
      Col.ExplicitNull = true;
    } else if (auto *U = dynamic_cast<P::ColUniqueContext *>(B)) {
      if (U->conflictClause())
        unsupported("ON CONFLICT");
      K.K = Constraint::Kind::Unique;
      K.Columns = {Col.Name};
      Constraints.push_back(std::move(K));
    } else if (auto *Ck = dynamic_cast<P::ColCheckContext *>(B)) {
      K.K = Constraint::Kind::Check;
      K.Check = expr(Ck->expr());
      Constraints.push_back(std::move(K));
    } else if (auto *D = dynamic_cast<P::ColDefaultContext *>(B)) {
      Col.Default = defaultValue(D->defaultValue());
    } else if (auto *Co = dynamic_cast<P::ColCollateContext *>(B)) {
      Col.details().Collation = QualifiedName(name(Co->name()));
    } else if (auto *R = dynamic_cast<P::ColReferencesContext *>(B)) {
      foreignKey(R->foreignKeyClause(), K);
      K.Columns = {Col.Name};
      Constraints.push_back(std::move(K));
    } else if (auto *G = dynamic_cast<P::ColGeneratedContext *>(B)) {
      Column::Generated Gen;
      Gen.Expression = expr(G->expr());
      Gen.Virtual = true; // SQLite's default
      if (P::NameContext *S = G->name()) {
        std::string Kind = llvm::StringRef(name(S)).lower();
        if (Kind == "stored")
          Gen.Virtual = false;
        else if (Kind != "virtual")
          unsupported("generated column kind '" + name(S) + "'");
      }
      Col.details().Generation = std::move(Gen);
    }
  }
}

void SQLiteLowering::Impl::createTable(P::CreateTableStmtContext *C) {
  auto T = std::make_unique<Table>(loc(C->qualifiedName()),
                                   createdName(C->qualifiedName()));
  T->IfNotExists = C->ifNotExists() != nullptr;
  if (C->tempScope())
    T->Persist = Table::Persistence::Temporary;
  if (C->K_AS()) {
    unsupported("CREATE TABLE ... AS");
    Out.Change = std::make_unique<CreateChange>(Out.Loc, std::move(T));
    return;
  }
  // Exactly the room the table needs: the module keeps every table.
  auto Defs = C->columnDef();
  size_t Keys = C->tableConstraint().size();
  for (P::ColumnDefContext *CD : Defs)
    for (P::ColumnConstraintContext *CC : CD->columnConstraint()) {
      P::ColumnConstraintBodyContext *B = CC->columnConstraintBody();
      Keys += dynamic_cast<P::ColPrimaryKeyContext *>(B) ||
              dynamic_cast<P::ColUniqueContext *>(B) ||
              dynamic_cast<P::ColCheckContext *>(B) ||
              dynamic_cast<P::ColReferencesContext *>(B);
    }
  T->Columns.reserve(Defs.size());
  T->Constraints.reserve(Keys);
  for (P::ColumnDefContext *CD : Defs) {
    Column Col;
    column(CD, Col, T->Constraints);
    T->Columns.push_back(std::move(Col));
  }
  for (P::TableConstraintContext *TC : C->tableConstraint()) {
    Constraint K;
    K.Loc = loc(TC);
    if (TC->name())
      K.Name = name(TC->name());
    P::TableConstraintBodyContext *B = TC->tableConstraintBody();
    if (auto *PK = dynamic_cast<P::TabPrimaryKeyContext *>(B)) {
      if (PK->conflictClause())
        unsupported("ON CONFLICT");
      K.K = Constraint::Kind::PrimaryKey;
      keyColumns(PK->indexedColumn(), K.Columns);
    } else if (auto *U = dynamic_cast<P::TabUniqueContext *>(B)) {
      if (U->conflictClause())
        unsupported("ON CONFLICT");
      K.K = Constraint::Kind::Unique;
      keyColumns(U->indexedColumn(), K.Columns);
    } else if (auto *Ck = dynamic_cast<P::TabCheckContext *>(B)) {
      K.K = Constraint::Kind::Check;
      K.Check = expr(Ck->expr());
    } else if (auto *FK = dynamic_cast<P::TabForeignKeyContext *>(B)) {
      for (P::NameContext *N : FK->name())
        K.Columns.push_back(name(N));
      // The constraint's own name is the first name() when present.
      if (TC->name())
        K.Name = name(TC->name());
      foreignKey(FK->foreignKeyClause(), K);
    }
    T->Constraints.push_back(std::move(K));
  }
  // Options that change how SQLite stores and checks the rows, kept as
  // dialect attributes (a STRICT table's ANY column takes any value, as a
  // column without a declared type does).
  for (P::TableOptionContext *O : C->tableOption()) {
    std::string Word = llvm::StringRef(name(O->name())).lower();
    bool Without = O->K_WITHOUT() != nullptr;
    if (Without ? Word == "rowid" : Word == "strict") {
      setAttribute(T->Attributes,
                   Without ? "sqlite.without_rowid" : "sqlite.strict", "true");
      continue;
    }
    Out.Diags.push_back(
        makeDiagnostic(loc(O), DiagID::err_unknown_table_option,
                       {source(O), "'WITHOUT ROWID' or 'STRICT'"}));
    Out.Failed = true;
  }
  if (findAttribute(T->Attributes, "sqlite.strict"))
    for (Column &Col : T->Columns)
      if (llvm::StringRef(Col.Type.Spelling).equals_insensitive("any")) {
        std::string Spelling = std::move(Col.Type.Spelling);
        Col.Type = DataType(TypeKind::Unknown);
        Col.Type.Spelling = std::move(Spelling);
      }
  Out.Change = std::make_unique<CreateChange>(Out.Loc, std::move(T));
}

void SQLiteLowering::Impl::createIndex(P::CreateIndexStmtContext *C) {
  QualifiedName Name = createdName(C->qualifiedName());
  // The table is in the index's schema.
  QualifiedName Table(Name.Schema, name(C->name()));
  auto I = std::make_unique<Index>(loc(C->qualifiedName()), Name, Table);
  I->Unique = C->K_UNIQUE() != nullptr;
  I->IfNotExists = C->ifNotExists() != nullptr;
  for (P::IndexedColumnContext *IC : C->indexedColumn()) {
    IndexElement E;
    E.Loc = loc(IC);
    P::ExprContext *X = IC->expr();
    if (auto *Co = dynamic_cast<P::ECollateContext *>(X)) {
      E.details().Collation = QualifiedName(name(Co->name()));
      X = Co->expr();
    }
    auto *Col = dynamic_cast<P::EColumnContext *>(X);
    if (Col && Col->name().size() == 1)
      E.Column = name(Col->name(0));
    else
      E.Expression = expr(X);
    if (P::SortOrderContext *S = IC->sortOrder())
      E.Direction = S->K_DESC() ? SortDirection::Desc : SortDirection::Asc;
    I->Elements.push_back(std::move(E));
  }
  if (P::ExprContext *W = C->expr())
    I->Where = expr(W);
  Out.Change = std::make_unique<CreateChange>(Out.Loc, std::move(I));
}

void SQLiteLowering::Impl::createView(P::CreateViewStmtContext *C) {
  auto V = std::make_unique<View>(loc(C->qualifiedName()),
                                  createdName(C->qualifiedName()), false);
  V->Temporary = C->tempScope() != nullptr;
  V->IfNotExists = C->ifNotExists() != nullptr;
  for (P::NameContext *N : C->name())
    V->ColumnNames.push_back(name(N));
  // The query through the shared query parser, over the statement's tokens
  // from the SELECT on.
  P::SelectStmtContext *S = C->selectStmt();
  unsigned First = static_cast<unsigned>(S->getStart()->getTokenIndex());
  unsigned Last = static_cast<unsigned>(S->getStop()->getTokenIndex());
  sql::StatementTokens Query{In.Buffer, In.Toks + First, Last - First + 1,
                             In.File};
  SQLiteFastParseHooks Hooks(Query);
  sql::FastQueryParser Parser(Query, Hooks);
  RelPtr R = Parser.parseQuery();
  if (!R || Parser.Pos != Query.N) {
    unsupported("the query of view '" + V->getName().str() + "'");
    Out.Change = std::make_unique<CreateChange>(Out.Loc, std::move(V));
    return;
  }
  walk(*R, setLikeKinds);
  V->Query = std::move(R);
  Out.Change = std::make_unique<CreateChange>(Out.Loc, std::move(V));
}

void SQLiteLowering::Impl::alterTable(P::AlterTableStmtContext *C) {
  NameRef Target{qualifiedName(C->qualifiedName()), loc(C->qualifiedName())};
  P::AlterTableActionContext *A = C->alterTableAction();
  if (auto *R = dynamic_cast<P::RenameTableContext *>(A)) {
    auto Ch =
        std::make_unique<RenameChange>(Out.Loc, Target, TargetKind::Table);
    Ch->NewName = name(R->name());
    Out.Change = std::move(Ch);
    return;
  }
  auto Ch = std::make_unique<AlterChange>(Out.Loc, Target, TargetKind::Table);
  if (auto *R = dynamic_cast<P::RenameColumnContext *>(A)) {
    AlterAction Act(AlterAction::Kind::RenameColumn, loc(A));
    Act.Name = name(R->name(0));
    Act.NameLoc = loc(R->name(0));
    Act.NewName = name(R->name(1));
    Ch->Actions.push_back(std::move(Act));
  } else if (auto *Add = dynamic_cast<P::AddColumnContext *>(A)) {
    AlterAction Act(AlterAction::Kind::AddColumn, loc(A));
    Act.Col = std::make_unique<Column>();
    column(Add->columnDef(), *Act.Col, Act.Constraints);
    Act.Name = Act.Col->Name;
    Act.NameLoc = Act.Col->Loc;
    Ch->Actions.push_back(std::move(Act));
  } else if (auto *D = dynamic_cast<P::DropColumnContext *>(A)) {
    AlterAction Act(AlterAction::Kind::DropColumn, loc(A));
    Act.Name = name(D->name());
    Act.NameLoc = loc(D->name());
    Ch->Actions.push_back(std::move(Act));
  }
  Out.Change = std::move(Ch);
}

void SQLiteLowering::Impl::drop(P::DropStmtContext *C) {
  P::DropKindContext *K = C->dropKind();
  NameRef N{qualifiedName(C->qualifiedName()), loc(C->qualifiedName())};
  TargetKind TK = K->K_TABLE()   ? TargetKind::Table
                  : K->K_INDEX() ? TargetKind::Index
                  : K->K_VIEW()  ? TargetKind::View
                                 : TargetKind::Opaque;
  auto D = std::make_unique<DropChange>(Out.Loc, TK);
  D->IfExists = C->ifExists() != nullptr;
  D->Names.push_back(std::move(N));
  if (TK == TargetKind::Opaque) {
    D->OpaqueKind = "trigger";
    Out.AsOpaque = std::make_unique<OpaqueObject>(
        Out.Loc, QualifiedName(), "drop trigger",
        In.Buffer.slice(Out.Begin, Out.End).str(), "sqlite");
    Out.AsOpaque->Target = D->Names.front().Name;
  }
  Out.Change = std::move(D);
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

ExprPtr SQLiteLowering::Impl::literal(P::LiteralContext *C) {
  antlr4::Token *T = C->getStart();
  Location Lc = loc(T);
  std::string Text = text(T);
  switch (T->getType()) {
  case L::INTEGER:
    return std::make_unique<Literal>(Lc, Literal::LitKind::Integer, Text);
  case L::NUMERIC:
    return std::make_unique<Literal>(Lc, Literal::LitKind::Numeric, Text);
  case L::STRING:
    return std::make_unique<Literal>(Lc, Literal::LitKind::String,
                                     stringValue(In.Buffer, sql::tokenOf(T)));
  case L::HEX_STRING: {
    llvm::StringRef Hex(Text);
    if (Hex.startswith_insensitive("0x")) {
      // A hexadecimal integer: its 64-bit two's complement value.
      uint64_t V = 0;
      if (Hex.size() <= 18 && !Hex.drop_front(2).getAsInteger(16, V))
        return std::make_unique<Literal>(Lc, Literal::LitKind::Integer,
                                         std::to_string(int64_t(V)));
      unsupported("the hexadecimal integer " + Text);
    } else {
      unsupported("the BLOB literal " + Text);
    }
    return std::make_unique<Literal>(Lc, Literal::LitKind::Null, "");
  }
  case L::K_NULL:
    return std::make_unique<Literal>(Lc, Literal::LitKind::Null, "");
  default: {
    // CURRENT_TIME, CURRENT_DATE, CURRENT_TIMESTAMP.
    auto F = std::make_unique<FuncCall>(
        Lc, std::vector<std::string>{llvm::StringRef(Text).lower()});
    F->Form = FuncCall::Syntax::NoParens;
    return F;
  }
  }
}

ExprPtr SQLiteLowering::Impl::binary(Location Lc, std::string Op, ExprPtr LHS,
                                     ExprPtr RHS, BinaryOpKind Kind) {
  auto B = std::make_unique<BinaryOp>(Lc, std::move(Op), std::move(LHS),
                                      std::move(RHS));
  B->OpKind = Kind;
  // Chains of one operator keep no depth (AND of many checks, a || b || c).
  if (auto *Prev = llvm::dyn_cast<BinaryOp>(B->LHS.get());
      Prev && Prev->Op == B->Op && isChainPrefix(*B->LHS))
    return extendChain(std::move(B));
  if (auto *Prev = llvm::dyn_cast<OpChain>(B->LHS.get());
      Prev && Prev->Links.back().Op == B->Op)
    return extendChain(std::move(B));
  return B;
}

Between *SQLiteLowering::Impl::openBetween(Expr *E) {
  while (E) {
    if (auto *B = llvm::dyn_cast<Between>(E))
      return B->High ? nullptr : B;
    if (auto *U = llvm::dyn_cast<UnaryOp>(E); U && U->Op == "NOT")
      E = U->Operand.get();
    else if (auto *B = llvm::dyn_cast<BinaryOp>(E); B && B->Op == "AND")
      E = B->RHS.get();
    else if (auto *C = llvm::dyn_cast<OpChain>(E);
             C && C->Links.back().Op == "AND")
      E = C->Links.back().Operand.get();
    else
      return nullptr;
  }
  return nullptr;
}

static BinaryOpKind kindOf(llvm::StringRef Op) {
  return getNotationBinaryOpKind(std::string(Op));
}

ExprPtr SQLiteLowering::Impl::expr(P::ExprContext *C) {
  if (auto *X = dynamic_cast<P::ELiteralContext *>(C))
    return literal(X->literal());
  if (auto *X = dynamic_cast<P::EColumnContext *>(C)) {
    std::vector<std::string> Path;
    for (P::NameContext *N : X->name())
      Path.push_back(name(N));
    // TRUE and FALSE are identifiers that mean 1 and 0 unless a column has
    // the name (SQLite 3.23); in DDL they are the booleans.
    if (Path.size() == 1 && X->getStart()->getType() == L::IDENT) {
      llvm::StringRef W(Path[0]);
      if (W.equals_insensitive("true") || W.equals_insensitive("false"))
        return std::make_unique<Literal>(loc(C), Literal::LitKind::Boolean,
                                         W.lower());
    }
    return std::make_unique<ColumnRef>(loc(C), std::move(Path));
  }
  if (auto *X = dynamic_cast<P::EParensContext *>(C)) {
    auto Items = X->expr();
    if (Items.size() == 1)
      return expr(Items[0]);
    auto R = std::make_unique<RowExpr>(loc(C));
    for (P::ExprContext *E : Items)
      R->Fields.push_back(expr(E));
    return R;
  }
  if (auto *X = dynamic_cast<P::ECallContext *>(C)) {
    if (X->filterClause() || X->overClause()) {
      unsupported("FILTER and OVER");
      return std::make_unique<Literal>(loc(C), Literal::LitKind::Null, "");
    }
    std::string Fn = name(X->functionName());
    if (X->functionName()->getStart()->getType() != L::QUOTED_IDENT)
      Fn = llvm::StringRef(Fn).lower();
    auto F = std::make_unique<FuncCall>(loc(C), std::vector<std::string>{Fn});
    F->Star = X->STAR() != nullptr;
    F->Distinct = X->K_DISTINCT() != nullptr;
    for (P::ExprContext *E : X->expr())
      F->Args.push_back(expr(E));
    return F;
  }
  if (auto *X = dynamic_cast<P::ECastContext *>(C))
    return std::make_unique<Cast>(loc(C), expr(X->expr()), type(X->typeName()),
                                  Cast::Syntax::CastFunction);
  if (auto *X = dynamic_cast<P::ECaseContext *>(C)) {
    auto K = std::make_unique<Case>(loc(C));
    auto Es = X->expr();
    size_t I = 0;
    size_t Pairs = X->K_WHEN().size();
    if (Es.size() > 2 * Pairs + (X->K_ELSE() ? 1 : 0))
      K->Operand = expr(Es[I++]);
    for (size_t W = 0; W < Pairs; ++W, I += 2)
      K->Whens.emplace_back(expr(Es[I]), expr(Es[I + 1]));
    if (X->K_ELSE())
      K->Else = expr(Es[I]);
    return K;
  }
  if (auto *X = dynamic_cast<P::EUnaryContext *>(C)) {
    ExprPtr Operand = expr(X->expr());
    if (X->op->getType() == L::MINUS)
      return sql::negateLiteral(loc(C), std::move(Operand));
    return std::make_unique<UnaryOp>(loc(C), text(X->op), std::move(Operand));
  }
  if (auto *X = dynamic_cast<P::ECollateContext *>(C))
    return std::make_unique<CollateExpr>(loc(X->K_COLLATE()->getSymbol()),
                                         expr(X->expr()),
                                         QualifiedName(name(X->name())));
  if (auto *X = dynamic_cast<P::EBinaryContext *>(C)) {
    std::string Op = text(X->op);
    if (Op == "==")
      Op = "=";
    Location Lc = loc(X->op);
    return binary(Lc, Op, expr(X->expr(0)), expr(X->expr(1)), kindOf(Op));
  }
  if (auto *X = dynamic_cast<P::EIsContext *>(C)) {
    bool Not = X->K_NOT() != nullptr;
    // IS DISTINCT FROM is IS NOT; IS NOT DISTINCT FROM is IS.
    if (X->K_DISTINCT())
      Not = !Not;
    ExprPtr LHS = expr(X->expr(0));
    ExprPtr RHS = expr(X->expr(1));
    Location Lc = loc(X->K_IS()->getSymbol());
    if (auto *Lit = llvm::dyn_cast<Literal>(RHS.get())) {
      if (Lit->LK == Literal::LitKind::Null)
        return std::make_unique<IsTest>(Lc, std::move(LHS), IsTest::Test::Null,
                                        Not);
      if (Lit->LK == Literal::LitKind::Boolean)
        return std::make_unique<IsTest>(
            Lc, std::move(LHS),
            Lit->Value == "true" ? IsTest::Test::True : IsTest::Test::False,
            Not);
    }
    std::string Op = Not ? "IS DISTINCT FROM" : "IS NOT DISTINCT FROM";
    return binary(Lc, Op, std::move(LHS), std::move(RHS), kindOf(Op));
  }
  if (auto *X = dynamic_cast<P::EBetweenContext *>(C)) {
    // Open until the AND that follows gives its high bound.
    auto B =
        std::make_unique<Between>(loc(X->K_BETWEEN()->getSymbol()),
                                  expr(X->expr(0)), expr(X->expr(1)), nullptr);
    B->Negated = X->K_NOT() != nullptr;
    OpenBetweens.push_back(X);
    return B;
  }
  if (auto *X = dynamic_cast<P::EInContext *>(C)) {
    auto Es = X->expr();
    auto I = std::make_unique<InList>(loc(X->K_IN()->getSymbol()), expr(Es[0]));
    I->Negated = X->K_NOT() != nullptr;
    if (X->selectStmt() || X->qualifiedName())
      unsupported("IN with a subquery or a table");
    for (size_t K = 1; K < Es.size(); ++K)
      I->Items.push_back(expr(Es[K]));
    return I;
  }
  if (auto *X = dynamic_cast<P::ELikeContext *>(C)) {
    bool Not = X->K_NOT() != nullptr;
    std::string Word = llvm::StringRef(text(X->op)).upper();
    // SQLite's LIKE ignores the case of ASCII letters: the IR's ILIKE.
    if (Word == "LIKE")
      Word = "ILIKE";
    std::string Op = Not ? "NOT " + Word : Word;
    BinaryOpKind Kind = kindOf(Op);
    auto B = std::make_unique<BinaryOp>(loc(X->op), Op, expr(X->expr(0)),
                                        expr(X->expr(1)));
    B->OpKind = Kind;
    if (X->K_ESCAPE())
      B->Escape = expr(X->expr(2));
    return B;
  }
  if (auto *X = dynamic_cast<P::ENullTestContext *>(C))
    return std::make_unique<IsTest>(loc(X->getStop()), expr(X->expr()),
                                    IsTest::Test::Null,
                                    X->K_ISNULL() == nullptr);
  if (auto *X = dynamic_cast<P::ENotContext *>(C))
    return std::make_unique<UnaryOp>(loc(C), "NOT", expr(X->expr()));
  if (auto *X = dynamic_cast<P::EAndContext *>(C)) {
    ExprPtr LHS = expr(X->expr(0));
    if (Between *Open = openBetween(LHS.get())) {
      // low AND high of the BETWEEN at the end of the left operand. SQLite
      // reads x BETWEEN 1 AND 2 = y as (x BETWEEN 1 AND 2) = y: a high bound
      // with a comparison at its top is not taken.
      P::ExprContext *High = X->expr(1);
      if (dynamic_cast<P::EBinaryContext *>(High) &&
          isComparison(static_cast<P::EBinaryContext *>(High)->op->getType()))
        unsupported("BETWEEN ... AND followed by a comparison");
      if (dynamic_cast<P::EIsContext *>(High) ||
          dynamic_cast<P::EBetweenContext *>(High) ||
          dynamic_cast<P::EInContext *>(High) ||
          dynamic_cast<P::ELikeContext *>(High) ||
          dynamic_cast<P::ENullTestContext *>(High))
        unsupported("BETWEEN ... AND followed by a comparison");
      Open->High = expr(High);
      OpenBetweens.pop_back();
      return LHS;
    }
    return binary(loc(X->K_AND()->getSymbol()), "AND", std::move(LHS),
                  expr(X->expr(1)), BinaryOpKind::And);
  }
  if (auto *X = dynamic_cast<P::EOrContext *>(C))
    return binary(loc(X->K_OR()->getSymbol()), "OR", expr(X->expr(0)),
                  expr(X->expr(1)), BinaryOpKind::Or);
  // Parameters, subqueries, EXISTS, RAISE: not in the DDL the IR models.
  unsupported("the expression '" + source(C) + "'");
  return std::make_unique<Literal>(loc(C), Literal::LitKind::Null, "");
}

//===----------------------------------------------------------------------===//
// Entry
//===----------------------------------------------------------------------===//

void SQLiteLowering::lowerStatement(StmtKind K,
                                    antlr4::ParserRuleContext *Root) {
  Impl I(In, Out);
  auto CheckBetweens = [&] {
    // x BETWEEN low without AND high: the grammar's binary BETWEEN takes it.
    if (I.OpenBetweens.empty())
      return;
    antlr4::Token *After = I.OpenBetweens.front()->getStop();
    size_t Next = After->getTokenIndex() + 1;
    Location Lc(In.File, sql::tokenOf(After).Line, sql::tokenOf(After).Col);
    if (Next < In.N) {
      const sql::Token &T = In.Toks[Next];
      Out.Diags.push_back(makeDiagnostic(
          Location(In.File, T.Line, T.Col), DiagID::err_syntax_near_expected,
          {In.Buffer.slice(T.Begin, T.End).str(), "AND"}));
    } else {
      Out.Diags.push_back(
          makeDiagnostic(Lc, DiagID::err_syntax_at_end_expected, {"AND"}));
    }
    Out.Failed = true;
    Out.Change.reset();
  };
  switch (K) {
  case StmtKind::CreateTable:
    I.createTable(static_cast<P::CreateTableStmtContext *>(Root));
    break;
  case StmtKind::CreateIndex:
    I.createIndex(static_cast<P::CreateIndexStmtContext *>(Root));
    break;
  case StmtKind::CreateView:
    I.createView(static_cast<P::CreateViewStmtContext *>(Root));
    break;
  case StmtKind::AlterTable:
    I.alterTable(static_cast<P::AlterTableStmtContext *>(Root));
    break;
  case StmtKind::Drop:
    I.drop(static_cast<P::DropStmtContext *>(Root));
    break;
  default:
    llvm_unreachable("not a parsed kind");
  }
  CheckBetweens();
}
