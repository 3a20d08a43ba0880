//===- MySQLLowering.cpp - MySQL parse trees into the IR ------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "MySQLLowering.h"

#include "MySQLParser.h"
#include "MySQLVocabulary.h"

#include "AntlrParseDriver.h"
#include "FastQueryParser.h"

#include "schemac/dialects/mysql/MySQLDialect.h"
#include "schemac/ir/Index.h"
#include "schemac/ir/Table.h"
#include "schemac/ir/View.h"
#include "schemac/ir/Walk.h"

#include "llvm/ADT/StringExtras.h"

using namespace schemac;
using namespace schemac::mysql;
using P = MySQLParser;
using L = MySQLLexer;

//===----------------------------------------------------------------------===//
// Tokens and types
//===----------------------------------------------------------------------===//

std::string mysql::identifierValue(llvm::StringRef Buffer,
                                   const sql::Token &T) {
  llvm::StringRef Text = Buffer.slice(T.Begin, T.End);
  if (Text.size() < 2 || Text.front() != '`')
    return Text.str();
  llvm::StringRef Body = Text.drop_front().drop_back();
  std::string R;
  R.reserve(Body.size());
  for (size_t I = 0; I < Body.size(); ++I) {
    R.push_back(Body[I]);
    if (Body[I] == '`' && I + 1 < Body.size() && Body[I + 1] == '`')
      ++I;
  }
  return R;
}

std::string mysql::stringValue(llvm::StringRef Buffer, const sql::Token &T) {
  llvm::StringRef Text = Buffer.slice(T.Begin, T.End);
  if (!Text.empty() && (Text.front() == 'n' || Text.front() == 'N'))
    Text = Text.drop_front();
  std::string R;
  // One quoted part, or several ('a' 'b' across lines is one string).
  size_t I = 0;
  while (I < Text.size()) {
    char Q = Text[I];
    if (Q != '\'' && Q != '"') {
      ++I;
      continue;
    }
    for (++I; I < Text.size(); ++I) {
      char C = Text[I];
      if (C == Q) {
        if (I + 1 < Text.size() && Text[I + 1] == Q) {
          R.push_back(Q);
          ++I;
          continue;
        }
        ++I;
        break;
      }
      if (C != '\\' || I + 1 >= Text.size()) {
        R.push_back(C);
        continue;
      }
      char E = Text[++I];
      switch (E) {
      case '0':
        R.push_back('\0');
        break;
      case 'b':
        R.push_back('\b');
        break;
      case 'n':
        R.push_back('\n');
        break;
      case 'r':
        R.push_back('\r');
        break;
      case 't':
        R.push_back('\t');
        break;
      case 'Z':
        R.push_back('\x1A');
        break;
      case '%':
      case '_':
        // Kept with their backslash: LIKE patterns read them.
        R.push_back('\\');
        R.push_back(E);
        break;
      default:
        R.push_back(E);
        break;
      }
    }
  }
  return R;
}

namespace {

/// The neutral type of a MySQL type: \p Words (lower case), \p Args as
/// written (lengths, or ENUM and SET values, unquoted), UNSIGNED. The
/// spelling keeps what was written, for DDL of MySQL and MariaDB.
DataType readType(const SQLDialect &D, llvm::ArrayRef<std::string> Words,
                  llvm::ArrayRef<std::string> Args, bool Unsigned,
                  std::string Spelling, bool &IsEnum) {
  std::string Key = llvm::StringRef(llvm::join(Words, " ")).lower();
  DataType T;
  T.Spelling = Spelling;
  IsEnum = Key == "enum";
  if (IsEnum) {
    T.Kind = TypeKind::UserDefined;
    return T;
  }
  if (const TypeName *Row = D.getTypes().lookup(Key))
    T.Kind = Row->Kind;
  else
    T.Kind = TypeKind::DialectSpecific;
  if (T.Kind == TypeKind::DialectSpecific) {
    T.Name = QualifiedName(Key);
    return T;
  }
  // TINYINT(1) is MySQL's BOOLEAN.
  if (Key == "tinyint" && Args.size() == 1 && Args[0] == "1" && !Unsigned)
    T.Kind = TypeKind::Boolean;
  // An unsigned integer in the next wider type that holds its values.
  if (Unsigned) {
    if (Key == "tinyint" || Key == "int1")
      T.Kind = TypeKind::SmallInt;
    else if (T.Kind == TypeKind::SmallInt)
      T.Kind = TypeKind::Integer;
    else if (Key == "mediumint" || Key == "int3" || Key == "middleint")
      T.Kind = TypeKind::Integer;
    else if (T.Kind == TypeKind::Integer)
      T.Kind = TypeKind::BigInt;
    // BIGINT UNSIGNED stays BIGINT: it numbers rows and the keys that
    // refer to them alike (values above 2^63-1 do not fit; docs/Dialects.md).
  }

  if (Key == "float" && Args.size() == 1) {
    unsigned Precision = 0;
    if (!llvm::StringRef(Args[0]).getAsInteger(10, Precision) && Precision > 24)
      T.Kind = TypeKind::Double;
  }
  if (Key == "set") {
    // The longest value: every member, with commas between.
    size_t Length = Args.empty() ? 0 : Args.size() - 1;
    for (const std::string &A : Args)
      Length += A.size();
    T.Modifiers = std::vector<std::string>{std::to_string(Length ? Length : 1)};
    return T;
  }
  bool Keep = false;
  switch (T.Kind) {
  case TypeKind::Char:
  case TypeKind::Varchar:
  case TypeKind::Bit:
  case TypeKind::Time:
  case TypeKind::Timestamp:
  case TypeKind::TimestampTz:
    Keep = Args.size() == 1;
    break;
  case TypeKind::Decimal:
    Keep = !Args.empty() && Args.size() <= 2;
    break;
  default:
    break;
  }
  if (Keep)
    T.Modifiers = std::vector<std::string>(Args.begin(), Args.end());
  return T;
}

/// Key words MySQL also names functions with: before '(' they are names
/// (MySQL's lexer does the same).
bool isFunctionKeyword(uint16_t Type) {
  switch (Type) {
  case L::K_LEFT:
  case L::K_RIGHT:
  case L::K_REPLACE:
  case L::K_IF:
  case L::K_MOD:
  case L::K_DATABASE:
  case L::K_SCHEMA:
  case L::K_VALUES:
  case L::K_CURRENT_TIMESTAMP:
  case L::K_CURRENT_DATE:
  case L::K_CURRENT_TIME:
  case L::K_LOCALTIME:
  case L::K_LOCALTIMESTAMP:
  case L::K_CURRENT_USER:
  case L::K_CHARSET:
    return true;
  default:
    return false;
  }
}

//===----------------------------------------------------------------------===//
// The fast query parser's view of MySQL
//===----------------------------------------------------------------------===//

class MySQLFastParseHooks : public sql::FastParseHooks {
public:
  MySQLFastParseHooks(const sql::StatementTokens &In, const SQLDialect &D)
      : In(In), D(D) {}

  /// The last character set introducer read (_utf8 in _utf8'x'), if any.
  std::string Introducer;

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
    Out = mysql::stringValue(In.Buffer, T);
    return true;
  }
  bool typeName(unsigned &I, DataType &Out) override {
    // CAST(x AS CHAR(10)), AS SIGNED [INTEGER], AS DECIMAL(10,2), ...
    std::vector<std::string> Words, Args;
    unsigned Start = I;
    bool Unsigned = false;
    if (I < In.N &&
        (In.Toks[I].Type == L::K_SIGNED || In.Toks[I].Type == L::K_UNSIGNED)) {
      Unsigned = In.Toks[I].Type == L::K_UNSIGNED;
      ++I;
      Words.push_back("bigint");
      if (I < In.N && In.Toks[I].Type == L::IDENT &&
          text(I).equals_insensitive("integer"))
        ++I;
    } else {
      while (I < In.N &&
             (In.Toks[I].Type == L::IDENT || In.Toks[I].Type == L::K_BINARY ||
              In.Toks[I].Type == L::K_CHARACTER)) {
        Words.push_back(text(I).lower());
        ++I;
      }
    }
    if (Words.empty())
      return false;
    if (I < In.N && In.Toks[I].Type == L::LPAREN) {
      ++I;
      while (I < In.N && In.Toks[I].Type == L::INTEGER) {
        Args.push_back(text(I).str());
        if (++I < In.N && In.Toks[I].Type != L::COMMA)
          break;
        ++I;
      }
      if (I >= In.N || In.Toks[I].Type != L::RPAREN || Args.empty())
        return false;
      ++I;
    }
    bool IsEnum;
    std::string Spelling =
        In.Buffer.slice(In.Toks[Start].Begin, In.Toks[I - 1].End).str();
    Out = readType(D, Words, Args, Unsigned, Spelling, IsEnum);
    return !IsEnum;
  }
  const OperatorTable &operators() const override { return D.getOperators(); }
  ExprPtr primary(unsigned &I) override {
    if (I >= In.N)
      return nullptr;
    const sql::Token &T = In.Toks[I];
    Location Lc(In.File, T.Line, T.Col);
    // _utf8mb4'text': a string with its character set introducer (which
    // the literal does not keep: the caller decides whether that matters).
    if (T.Type == L::IDENT && text(I).startswith("_") && I + 1 < In.N &&
        In.Toks[I + 1].Type == L::STRING) {
      Introducer = text(I).str();
      I += 2;
      return std::make_unique<Literal>(
          Lc, Literal::LitKind::String,
          mysql::stringValue(In.Buffer, In.Toks[I - 1]));
    }
    // The clocks without parentheses.
    switch (T.Type) {
    case L::K_CURRENT_TIMESTAMP:
    case L::K_CURRENT_DATE:
    case L::K_CURRENT_TIME:
    case L::K_LOCALTIME:
    case L::K_LOCALTIMESTAMP:
    case L::K_CURRENT_USER: {
      ++I;
      auto F = std::make_unique<FuncCall>(
          Lc, std::vector<std::string>{text(I - 1).lower()});
      F->Form = FuncCall::Syntax::NoParens;
      return F;
    }
    default:
      return nullptr;
    }
  }
  ExprPtr negate(Location Loc, ExprPtr Operand) override {
    return sql::negateLiteral(Loc, std::move(Operand));
  }

private:
  llvm::StringRef text(unsigned I) const {
    return In.Buffer.slice(In.Toks[I].Begin, In.Toks[I].End);
  }
  const sql::StatementTokens &In;
  const SQLDialect &D;
};

/// Function names in lower case (MySQL's are case-insensitive); the clocks
/// called with parentheses as the SQL clocks (CURRENT_TIMESTAMP(6) keeps its
/// precision, as PostgreSQL writes it).
void normalizeCalls(const Expr &E) {
  auto *F = llvm::dyn_cast<FuncCall>(const_cast<Expr *>(&E));
  if (!F)
    return;
  for (std::string &Part : F->Name)
    Part = llvm::StringRef(Part).lower();
  if (F->Name.size() != 1 || F->Form != FuncCall::Syntax::Normal)
    return;
  llvm::StringRef N = F->Name[0];
  bool Clock = N == "current_timestamp" || N == "current_date" ||
               N == "current_time" || N == "localtime" ||
               N == "localtimestamp" || N == "current_user";
  if (Clock && F->Args.size() <= 1 && !F->Star && !F->Distinct)
    F->Form = FuncCall::Syntax::NoParens;
}

} // namespace

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

class MySQLLowering::Impl {
public:
  Impl(const sql::StatementTokens &In, LoweredStatement &Out,
       const SQLDialect &D)
      : In(In), Out(Out), D(D) {}

  void createTable(P::CreateTableStmtContext *C);
  void createIndex(P::CreateIndexStmtContext *C);
  void createView(P::CreateViewStmtContext *C);
  void alterTable(P::AlterTableStmtContext *C);
  void renameTable(P::RenameTableStmtContext *C);
  void drop(P::DropStmtContext *C);

private:
  // Names, locations and text.
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
  std::string name(P::NameContext *C) const {
    return identifierValue(In.Buffer, sql::tokenOf(C->getStart()));
  }
  /// A name, or a string that names (COLLATE 'x', CHARSET 'x').
  std::string nameOrString(antlr4::ParserRuleContext *C) const {
    const sql::Token &T = sql::tokenOf(C->getStart());
    if (T.Type == L::STRING)
      return stringValue(In.Buffer, T);
    return identifierValue(In.Buffer, T);
  }
  std::string str(antlr4::tree::TerminalNode *N) const {
    return stringValue(In.Buffer, sql::tokenOf(N->getSymbol()));
  }
  QualifiedName tableName(P::TableNameContext *C) const {
    auto Names = C->name();
    if (Names.size() == 2)
      return QualifiedName(name(Names[0]), name(Names[1]));
    return QualifiedName(name(Names[0]));
  }
  NameRef tableRef(P::TableNameContext *C) const {
    return NameRef{tableName(C), loc(C)};
  }
  size_t index(antlr4::Token *T) const { return T->getTokenIndex(); }
  void unsupported(const std::string &What) {
    if (Out.Unsupported.empty())
      Out.Unsupported = What;
  }

  // Expressions, through the shared query parser.
  ExprPtr exprTokens(size_t First, size_t Last);
  ExprPtr parenExpr(P::ParenExprContext *C) {
    return exprTokens(index(C->getStart()) + 1, index(C->getStop()) - 1);
  }
  ExprPtr defaultValue(P::DefaultValueContext *C, const DataType &Type);

  // Tables.
  DataType type(P::DataTypeContext *C, const QualifiedName &Table,
                const std::string &Column, Step &S);
  void column(P::ColumnDefContext *C, const QualifiedName &Table, Column &Col,
              std::vector<Constraint> &Constraints, Step &S);
  void references(P::ReferencesContext *C, Constraint &K);
  /// A table constraint: a constraint of \p Constraints, or an index of
  /// \p Indexes (KEY, INDEX, FULLTEXT, SPATIAL).
  void tableConstraint(P::TableConstraintContext *C, const QualifiedName &Table,
                       std::vector<Constraint> &Constraints,
                       std::vector<std::unique_ptr<Index>> &Indexes);
  /// Key parts as columns; an expression or a prefix length is kept as
  /// the attribute mysql.key_parts (an index can hold expressions too).
  bool keyParts(P::KeyPartsContext *C, std::vector<std::string> &Columns,
                DialectAttributes &Attributes);
  void indexElements(P::KeyPartsContext *C, Index &I);
  void indexOptions(const std::vector<P::IndexOptionContext *> &Opts,
                    P::IndexTypeContext *Type, DialectAttributes &Attributes,
                    std::optional<std::string> &Comment);
  void tableOption(P::TableOptionContext *C, Table &T);
  void positionOf(P::ColumnPositionContext *C, Step &S);

  const sql::StatementTokens &In;
  LoweredStatement &Out;
  const SQLDialect &D;
};

ExprPtr MySQLLowering::Impl::exprTokens(size_t First, size_t Last) {
  auto Fail = [&] {
    unsupported("the expression '" +
                In.Buffer.slice(In.Toks[First].Begin, In.Toks[Last].End).str() +
                "'");
    return std::make_unique<Literal>(
        Location(In.File, In.Toks[First].Line, In.Toks[First].Col),
        Literal::LitKind::Null, "");
  };
  if (Last < First || Last >= In.N)
    return std::make_unique<Literal>(Out.Loc, Literal::LitKind::Null, "");
  std::vector<sql::Token> Toks(In.Toks + First, In.Toks + Last + 1);
  for (size_t I = 0; I + 1 < Toks.size(); ++I)
    if (isFunctionKeyword(Toks[I].Type) && Toks[I + 1].Type == L::LPAREN)
      Toks[I].Type = L::IDENT;
  sql::StatementTokens Sub{In.Buffer, Toks.data(),
                           static_cast<unsigned>(Toks.size()), In.File};
  MySQLFastParseHooks Hooks(Sub, D);
  sql::FastQueryParser Parser(Sub, Hooks);
  ExprPtr E = Parser.parseExpr();
  if (!E || Parser.Pos != Sub.N)
    return Fail();
  walk(*E, normalizeCalls);
  return E;
}

ExprPtr MySQLLowering::Impl::defaultValue(P::DefaultValueContext *C,
                                          const DataType &Type) {
  Location Lc = loc(C);
  antlr4::Token *First = C->getStart();
  ExprPtr E;
  switch (First->getType()) {
  case L::HEX_STRING:
  case L::BIT_STRING: {
    // b'0101' and x'1F' / 0x1F: bit strings of the IR ("b0101", "x1F").
    std::string Text = text(First);
    llvm::StringRef T(Text);
    std::string V;
    if (T.startswith_insensitive("0x"))
      V = "x" + T.drop_front(2).str();
    else
      V = T.take_front(1).lower() + T.drop_front(2).drop_back().str();
    return std::make_unique<Literal>(Lc, Literal::LitKind::BitString, V);
  }
  case L::INTEGER:
  case L::NUMERIC:
  case L::STRING:
  case L::K_NULL:
    // A lone literal (most defaults) needs no expression parser.
    if (C->getStart() == C->getStop()) {
      const sql::Token &T = sql::tokenOf(First);
      Literal::LitKind K =
          First->getType() == L::INTEGER   ? Literal::LitKind::Integer
          : First->getType() == L::NUMERIC ? Literal::LitKind::Numeric
          : First->getType() == L::STRING  ? Literal::LitKind::String
                                           : Literal::LitKind::Null;
      E = std::make_unique<Literal>(
          Lc, K,
          K == Literal::LitKind::String ? stringValue(In.Buffer, T)
          : K == Literal::LitKind::Null ? std::string()
                                        : text(First));
      break;
    }
    E = exprTokens(index(C->getStart()), index(C->getStop()));
    break;
  default:
    E = exprTokens(index(C->getStart()), index(C->getStop()));
    break;
  }
  // MySQL writes the defaults of TINYINT(1) as 0 and 1, often quoted.
  if (Type.Kind == TypeKind::Boolean)
    if (auto *Lit = llvm::dyn_cast<Literal>(E.get()))
      if ((Lit->LK == Literal::LitKind::Integer ||
           Lit->LK == Literal::LitKind::String) &&
          (Lit->Value == "0" || Lit->Value == "1")) {
        Lit->LK = Literal::LitKind::Boolean;
        Lit->Value = Lit->Value == "1" ? "true" : "false";
      }
  return E;
}

//===----------------------------------------------------------------------===//
// Columns
//===----------------------------------------------------------------------===//

DataType MySQLLowering::Impl::type(P::DataTypeContext *C,
                                   const QualifiedName &Table,
                                   const std::string &ColumnName, Step &S) {
  std::vector<std::string> Words, Args;
  for (P::TypeWordContext *W : C->typeWord())
    Words.push_back(llvm::StringRef(text(W->getStart())).lower());
  for (P::TypeArgContext *A : C->typeArg()) {
    antlr4::Token *T = A->getStart();
    Args.push_back(T->getType() == L::INTEGER
                       ? text(T)
                       : stringValue(In.Buffer, sql::tokenOf(T)));
  }
  bool Unsigned = false;
  for (P::TypeSuffixContext *X : C->typeSuffix())
    Unsigned |= X->K_UNSIGNED() != nullptr;
  bool IsEnum;
  DataType T = readType(D, Words, Args, Unsigned, source(C), IsEnum);
  if (IsEnum) {
    EnumDef E;
    E.Name = QualifiedName(Table.Schema, Table.Name + "_" + ColumnName);
    E.Values = Args;
    E.Loc = loc(C);
    T.Name = E.Name;
    S.Enums.push_back(std::move(E));
  }
  if (T.Kind == TypeKind::DialectSpecific)
    unsupported("the type '" + source(C) + "'");
  return T;
}

void MySQLLowering::Impl::references(P::ReferencesContext *C, Constraint &K) {
  K.K = Constraint::Kind::ForeignKey;
  K.RefTable = tableName(C->tableName());
  for (P::NameContext *N : C->name())
    K.RefColumns.push_back(name(N));
  if (C->K_MATCH()) {
    // MATCH FULL | PARTIAL | SIMPLE: the word after MATCH.
    size_t After = index(C->K_MATCH()->getSymbol()) + 1;
    llvm::StringRef W =
        After < In.N ? In.Buffer.slice(In.Toks[After].Begin, In.Toks[After].End)
                     : "";
    K.Match = W.equals_insensitive("full")      ? ForeignKeyMatch::Full
              : W.equals_insensitive("partial") ? ForeignKeyMatch::Partial
                                                : ForeignKeyMatch::Simple;
  }
  auto Actions = C->referenceAction();
  auto Ons = C->K_ON();
  for (size_t I = 0; I < Actions.size() && I < Ons.size(); ++I) {
    P::ReferenceActionContext *A = Actions[I];
    ForeignKeyAction Act = ForeignKeyAction::NoAction;
    if (A->K_CASCADE())
      Act = ForeignKeyAction::Cascade;
    else if (A->K_RESTRICT())
      Act = ForeignKeyAction::Restrict;
    else if (A->K_NULL())
      Act = ForeignKeyAction::SetNull;
    else if (A->K_DEFAULT())
      Act = ForeignKeyAction::SetDefault;
    // The word after ON.
    size_t After = index(Ons[I]->getSymbol()) + 1;
    bool Delete = After < In.N && In.Toks[After].Type == L::K_DELETE;
    (Delete ? K.OnDelete : K.OnUpdate) = Act;
  }
}

void MySQLLowering::Impl::column(P::ColumnDefContext *C,
                                 const QualifiedName &Table, Column &Col,
                                 std::vector<Constraint> &Constraints,
                                 Step &S) {
  Col.Loc = loc(C);
  Col.Name = name(C->name());
  Col.Type = type(C->dataType(), Table, Col.Name, S);
  std::string Spelling = Col.Type.Spelling;
  bool SerialType = llvm::StringRef(Spelling).equals_insensitive("serial");
  auto Attr = [&](llvm::StringRef Key, llvm::StringRef Value) {
    setAttribute(Col.details().Attributes, ("mysql." + Key).str(), Value);
  };
  for (P::ColumnAttributeContext *A : C->columnAttribute()) {
    Constraint K;
    K.Loc = loc(A);
    K.ColumnLevel = Col.Name;
    if (dynamic_cast<P::ColNotNullContext *>(A)) {
      Col.NotNull = true;
    } else if (dynamic_cast<P::ColNullContext *>(A)) {
      Col.ExplicitNull = true;
    } else if (auto *X = dynamic_cast<P::ColDefaultContext *>(A)) {
      Col.Default = defaultValue(X->defaultValue(), Col.Type);
    } else if (dynamic_cast<P::ColAutoIncrementContext *>(A)) {
      // Numbered by the table's counter; explicit values are taken too.
      Column::Identity Id;
      Id.Always = false;
      Col.Ident.emplace(std::move(Id));
    } else if (dynamic_cast<P::ColPrimaryKeyContext *>(A)) {
      // KEY alone is PRIMARY KEY here.
      K.K = Constraint::Kind::PrimaryKey;
      K.Columns = {Col.Name};
      Constraints.push_back(std::move(K));
    } else if (dynamic_cast<P::ColUniqueContext *>(A)) {
      K.K = Constraint::Kind::Unique;
      K.Columns = {Col.Name};
      Constraints.push_back(std::move(K));
    } else if (auto *X = dynamic_cast<P::ColCommentContext *>(A)) {
      Col.details().Comment = str(X->STRING());
    } else if (auto *X = dynamic_cast<P::ColCollateContext *>(A)) {
      std::string Coll = X->name() ? name(X->name()) : str(X->STRING());
      Attr("collate", Coll);
    } else if (auto *X = dynamic_cast<P::ColCharsetContext *>(A)) {
      std::string Cs = X->name()     ? name(X->name())
                       : X->STRING() ? str(X->STRING())
                                     : "binary";
      Attr("charset", Cs);
    } else if (dynamic_cast<P::ColBinaryContext *>(A)) {
      // A binary collation of the column's character set.
      Attr("binary", "");
    } else if (auto *X = dynamic_cast<P::ColSuffixContext *>(A)) {
      // UNSIGNED or ZEROFILL after other attributes: part of the type.
      Spelling += " " + llvm::StringRef(source(X)).lower();
      if (X->typeSuffix()->K_UNSIGNED())
        unsupported("UNSIGNED after the column's attributes");
    } else if (auto *X = dynamic_cast<P::ColOnUpdateContext *>(A)) {
      Attr("on_update", source(X->onUpdateValue()));
    } else if (auto *X = dynamic_cast<P::ColGeneratedContext *>(A)) {
      Column::Generated G;
      G.Expression = parenExpr(X->parenExpr());
      G.Virtual = !X->genKind || X->genKind->getType() == L::K_VIRTUAL;
      Col.details().Generation = std::move(G);
    } else if (auto *X = dynamic_cast<P::ColVisibilityContext *>(A)) {
      if (X->K_INVISIBLE())
        Attr("invisible", "");
    } else if (auto *X = dynamic_cast<P::ColOptionContext *>(A)) {
      // COLUMN_FORMAT, STORAGE, SRID, ...
      std::string Key = llvm::StringRef(text(X->IDENT()->getSymbol())).lower();
      std::string Value;
      if (X->name())
        Value = name(X->name());
      else if (X->LPAREN())
        Value = llvm::StringRef(source(X)).drop_front(Key.size()).ltrim().str();
      else if (!X->INTEGER().empty())
        Value = text(X->INTEGER(0)->getSymbol());
      Attr(Key, Value);
    } else if (auto *X = dynamic_cast<P::ColCheckContext *>(A)) {
      K.K = Constraint::Kind::Check;
      if (X->name())
        K.Name = name(X->name());
      K.Check = parenExpr(X->parenExpr());
      if (X->K_ENFORCED() && X->K_NOT())
        unsupported("NOT ENFORCED");
      Constraints.push_back(std::move(K));
    } else if (auto *X = dynamic_cast<P::ColReferencesContext *>(A)) {
      // MySQL parses a column's REFERENCES and ignores it; MariaDB makes it
      // a foreign key (10.5).
      references(X->references(), K);
      K.Columns = {Col.Name};
      if (D.getName() == "mariadb")
        Constraints.push_back(std::move(K));
      else
        Attr("references", source(X));
    } else if (dynamic_cast<P::ColSerialDefaultContext *>(A)) {
      // SERIAL DEFAULT VALUE: NOT NULL AUTO_INCREMENT UNIQUE.
      Col.NotNull = true;
      Column::Identity Id;
      Id.Always = false;
      Col.Ident.emplace(std::move(Id));
      K.K = Constraint::Kind::Unique;
      K.Columns = {Col.Name};
      Constraints.push_back(std::move(K));
    }
  }
  if (SerialType) {
    // BIGINT UNSIGNED NOT NULL AUTO_INCREMENT UNIQUE.
    Col.NotNull = true;
    Column::Identity Id;
    Id.Always = false;
    Col.Ident.emplace(std::move(Id));
    Constraint K;
    K.Loc = Col.Loc;
    K.ColumnLevel = Col.Name;
    K.K = Constraint::Kind::Unique;
    K.Columns = {Col.Name};
    Constraints.push_back(std::move(K));
  }
  Col.Type.Spelling = Spelling;
}

//===----------------------------------------------------------------------===//
// Keys and indexes
//===----------------------------------------------------------------------===//

bool MySQLLowering::Impl::keyParts(P::KeyPartsContext *C,
                                   std::vector<std::string> &Columns,
                                   DialectAttributes &Attributes) {
  bool Plain = true;
  for (P::KeyPartContext *K : C->keyPart()) {
    if (!K->name()) {
      unsupported("a key on an expression");
      return false;
    }
    Columns.push_back(name(K->name()));
    Plain &= !K->INTEGER() && !K->K_DESC();
  }
  if (!Plain)
    setAttribute(Attributes, "mysql.key_parts", source(C));
  return true;
}

void MySQLLowering::Impl::indexElements(P::KeyPartsContext *C, Index &I) {
  bool Prefix = false;
  for (P::KeyPartContext *K : C->keyPart()) {
    IndexElement E;
    E.Loc = loc(K);
    if (K->name() && K->INTEGER()) {
      // A prefix of the column: the expression says it to other engines
      // (a unique prefix key compares prefixes only, in characters for text
      // and bytes for binary strings, as substr counts them); MySQL reads
      // the key parts back from mysql.key_parts.
      std::vector<ExprPtr> Args;
      Args.push_back(std::make_unique<ColumnRef>(
          loc(K->name()), std::vector<std::string>{name(K->name())}));
      Args.push_back(
          std::make_unique<Literal>(E.Loc, Literal::LitKind::Integer, "1"));
      Args.push_back(std::make_unique<Literal>(
          E.Loc, Literal::LitKind::Integer, text(K->INTEGER()->getSymbol())));
      E.Expression = std::make_unique<FuncCall>(
          E.Loc, std::vector<std::string>{"substr"}, std::move(Args));
    } else if (K->name()) {
      E.Column = name(K->name());
    } else {
      E.Expression = parenExpr(K->parenExpr());
    }
    if (K->K_DESC())
      E.Direction = SortDirection::Desc;
    else if (K->K_ASC())
      E.Direction = SortDirection::Asc;
    Prefix |= K->INTEGER() != nullptr;
    I.Elements.push_back(std::move(E));
  }
  if (Prefix)
    setAttribute(I.Attributes, "mysql.key_parts", source(C));
}

void MySQLLowering::Impl::indexOptions(
    const std::vector<P::IndexOptionContext *> &Opts, P::IndexTypeContext *Type,
    DialectAttributes &Attributes, std::optional<std::string> &Comment) {
  auto Using = [&](P::IndexTypeContext *T) {
    setAttribute(Attributes, "mysql.using",
                 llvm::StringRef(name(T->name())).upper());
  };
  if (Type)
    Using(Type);
  for (P::IndexOptionContext *O : Opts) {
    if (O->indexType())
      Using(O->indexType());
    else if (O->K_COMMENT())
      Comment = str(O->STRING());
    else if (O->K_INVISIBLE() || (O->K_IGNORED() && !O->K_NOT()))
      setAttribute(Attributes, "mysql.invisible", "");
    else if (O->K_PARSER())
      setAttribute(Attributes, "mysql.with_parser", name(O->name()));
    else if (O->IDENT()) {
      std::string Key = llvm::StringRef(text(O->IDENT()->getSymbol())).lower();
      std::string Value = O->INTEGER()  ? text(O->INTEGER()->getSymbol())
                          : O->STRING() ? str(O->STRING())
                                        : name(O->name());
      setAttribute(Attributes, "mysql." + Key, Value);
    }
  }
}

void MySQLLowering::Impl::tableConstraint(
    P::TableConstraintContext *C, const QualifiedName &Table,
    std::vector<Constraint> &Constraints,
    std::vector<std::unique_ptr<Index>> &Indexes) {
  Constraint K;
  K.Loc = loc(C);
  std::optional<std::string> Comment;
  auto MakeIndex = [&](P::NameContext *N, P::KeyPartsContext *Parts) {
    auto I = std::make_unique<Index>(
        N ? loc(N) : loc(C),
        QualifiedName(Table.Schema, N ? name(N) : std::string()), Table);
    indexElements(Parts, *I);
    return I;
  };
  if (auto *X = dynamic_cast<P::TabPrimaryKeyContext *>(C)) {
    K.K = Constraint::Kind::PrimaryKey;
    if (!keyParts(X->keyParts(), K.Columns, K.Attributes))
      return;
    indexOptions(X->indexOption(), X->indexType(), K.Attributes, Comment);
  } else if (auto *X = dynamic_cast<P::TabUniqueContext *>(C)) {
    // A unique key is a unique index in MySQL (named in the table's index
    // namespace, any key part a prefix or an expression), and in the IR:
    // the other engines have the same (a unique index is a foreign key's
    // target there too).
    // CONSTRAINT c UNIQUE KEY k: MySQL's name is k, else c.
    std::string KName;
    size_t UniqueAt = index(X->K_UNIQUE()->getSymbol());
    for (P::NameContext *N : X->name())
      if (index(N->getStart()) > UniqueAt || KName.empty())
        KName = name(N);
    auto I = std::make_unique<Index>(loc(C), QualifiedName(Table.Schema, KName),
                                     Table);
    indexElements(X->keyParts(), *I);
    I->Unique = true;
    indexOptions(X->indexOption(), X->indexType(), I->Attributes, I->Comment);
    Indexes.push_back(std::move(I));
    return;
  } else if (auto *X = dynamic_cast<P::TabIndexContext *>(C)) {
    auto I = MakeIndex(X->name(), X->keyParts());
    indexOptions(X->indexOption(), X->indexType(), I->Attributes, I->Comment);
    Indexes.push_back(std::move(I));
    return;
  } else if (auto *X = dynamic_cast<P::TabFulltextContext *>(C)) {
    auto I = MakeIndex(X->name(), X->keyParts());
    setAttribute(I->Attributes, "mysql.kind",
                 llvm::StringRef(text(X->kind)).upper());
    indexOptions(X->indexOption(), nullptr, I->Attributes, I->Comment);
    Indexes.push_back(std::move(I));
    return;
  } else if (auto *X = dynamic_cast<P::TabForeignKeyContext *>(C)) {
    size_t ForeignAt = index(X->K_FOREIGN()->getSymbol());
    size_t OpenAt = index(X->LPAREN()->getSymbol());
    for (P::NameContext *N : X->name()) {
      size_t At = index(N->getStart());
      if (At < ForeignAt)
        K.Name = name(N);
      else if (At < OpenAt)
        setAttribute(K.Attributes, "mysql.index_name", name(N));
      else
        K.Columns.push_back(name(N));
    }
    references(X->references(), K);
  } else if (auto *X = dynamic_cast<P::TabCheckContext *>(C)) {
    K.K = Constraint::Kind::Check;
    if (X->name())
      K.Name = name(X->name());
    K.Check = parenExpr(X->parenExpr());
    if (X->K_ENFORCED() && X->K_NOT())
      unsupported("NOT ENFORCED");
  }
  if (Comment)
    setAttribute(K.Attributes, "mysql.comment", *Comment);
  Constraints.push_back(std::move(K));
}

//===----------------------------------------------------------------------===//
// Tables
//===----------------------------------------------------------------------===//

void MySQLLowering::Impl::tableOption(P::TableOptionContext *C, Table &T) {
  auto Attr = [&](llvm::StringRef Key, llvm::StringRef Value) {
    setAttribute(T.Attributes, ("mysql." + Key).str(), Value);
  };
  if (auto *X = dynamic_cast<P::OptCharsetContext *>(C)) {
    Attr("charset", X->name()       ? name(X->name())
                    : X->STRING()   ? str(X->STRING())
                    : X->K_BINARY() ? "binary"
                                    : "DEFAULT");
  } else if (auto *X = dynamic_cast<P::OptCollateContext *>(C)) {
    Attr("collate", X->name()     ? name(X->name())
                    : X->STRING() ? str(X->STRING())
                                  : "DEFAULT");
  } else if (auto *X = dynamic_cast<P::OptCommentContext *>(C)) {
    T.Comment = str(X->STRING());
  } else if (auto *X = dynamic_cast<P::OptAutoIncrementContext *>(C)) {
    Attr("auto_increment", text(X->INTEGER()->getSymbol()));
  } else if (auto *X = dynamic_cast<P::OptUnionContext *>(C)) {
    std::string Tables;
    for (P::TableNameContext *N : X->tableName()) {
      if (!Tables.empty())
        Tables += ",";
      Tables += source(N);
    }
    Attr("union", Tables);
  } else if (auto *X = dynamic_cast<P::OptDirectoryContext *>(C)) {
    Attr(X->K_DATA() ? "data_directory" : "index_directory", str(X->STRING()));
  } else if (auto *X = dynamic_cast<P::OptGenericContext *>(C)) {
    std::string Key = llvm::StringRef(text(X->IDENT()->getSymbol())).lower();
    P::OptionValueContext *V = X->optionValue();
    std::string Value = V->STRING() ? str(V->STRING()) : source(V);
    Attr(Key, Value);
  }
}

void MySQLLowering::Impl::createTable(P::CreateTableStmtContext *C) {
  QualifiedName Name = tableName(C->tableName(0));
  auto T = std::make_unique<Table>(loc(C->tableName(0)), Name);
  T->IfNotExists = C->ifNotExists() != nullptr;
  if (C->K_TEMPORARY())
    T->Persist = Table::Persistence::Temporary;
  if (C->K_OR())
    unsupported("CREATE OR REPLACE TABLE");
  Out.Name = Name;
  Step S;
  if (C->K_LIKE()) {
    auto Ch = std::make_unique<CreateChange>(Out.Loc, std::move(T));
    LikeClause Like;
    Like.Source = tableRef(C->tableName(1));
    // MySQL's LIKE copies everything: defaults, keys, indexes, comments.
    Like.Defaults = Like.Constraints = Like.Identity = Like.Generated =
        Like.Indexes = Like.Comments = Like.Storage = true;
    Ch->Likes.push_back(std::move(Like));
    S.Change = std::move(Ch);
    Out.Steps.push_back(std::move(S));
    return;
  }
  if (C->queryExpr())
    unsupported("CREATE TABLE ... SELECT");
  std::vector<std::unique_ptr<Index>> Indexes;
  for (P::TableElementContext *E : C->tableElement()) {
    if (P::ColumnDefContext *CD = E->columnDef()) {
      Column Col;
      column(CD, Name, Col, T->Constraints, S);
      T->Columns.push_back(std::move(Col));
    } else {
      tableConstraint(E->tableConstraint(), Name, T->Constraints, Indexes);
    }
  }
  if (P::TableOptionsContext *Opts = C->tableOptions())
    for (P::TableOptionContext *O : Opts->tableOption())
      tableOption(O, *T);
  if (P::PartitionClauseContext *Part = C->partitionClause())
    setAttribute(T->Attributes, "mysql.partition", source(Part));
  // AUTO_INCREMENT=n: where the column's numbering starts.
  if (const std::string *Start =
          findAttribute(T->Attributes, "mysql.auto_increment")) {
    int64_t N;
    for (Column &Col : T->Columns)
      if (Col.Ident && !llvm::StringRef(*Start).getAsInteger(10, N))
        Col.Ident->Options.Start = N;
  }
  S.Change = std::make_unique<CreateChange>(Out.Loc, std::move(T));
  Out.Steps.push_back(std::move(S));
  for (std::unique_ptr<Index> &I : Indexes) {
    Step IS;
    IS.Change = std::make_unique<CreateChange>(I->Loc, std::move(I));
    Out.Steps.push_back(std::move(IS));
  }
}

void MySQLLowering::Impl::createIndex(P::CreateIndexStmtContext *C) {
  QualifiedName Table = tableName(C->tableName());
  auto I = std::make_unique<Index>(
      loc(C->name()), QualifiedName(Table.Schema, name(C->name())), Table);
  I->IfNotExists = C->ifNotExists() != nullptr;
  if (C->K_OR())
    unsupported("CREATE OR REPLACE INDEX");
  if (C->indexKind && C->indexKind->getType() == L::K_UNIQUE)
    I->Unique = true;
  else if (C->indexKind)
    setAttribute(I->Attributes, "mysql.kind",
                 llvm::StringRef(text(C->indexKind)).upper());
  indexElements(C->keyParts(), *I);
  indexOptions(C->indexOption(), C->indexType(), I->Attributes, I->Comment);
  Out.Name = I->getName();
  Step S;
  S.Change = std::make_unique<CreateChange>(Out.Loc, std::move(I));
  Out.Steps.push_back(std::move(S));
}

void MySQLLowering::Impl::createView(P::CreateViewStmtContext *C) {
  auto V =
      std::make_unique<View>(loc(C->tableName()), tableName(C->tableName()),
                             /*Materialized=*/false);
  V->OrReplace = C->K_OR() != nullptr;
  V->IfNotExists = C->ifNotExists() != nullptr;
  for (P::NameContext *N : C->name())
    V->ColumnNames.push_back(name(N));
  for (P::ViewOptionContext *O : C->viewOption()) {
    if (auto *X = dynamic_cast<P::ViewAlgorithmContext *>(O))
      setAttribute(V->Attributes, "mysql.algorithm",
                   llvm::StringRef(name(X->name())).upper());
    else if (auto *X = dynamic_cast<P::ViewDefinerContext *>(O))
      setAttribute(V->Attributes, "mysql.definer", source(X->userName()));
    else if (auto *X = dynamic_cast<P::ViewSecurityContext *>(O))
      setAttribute(V->Attributes, "mysql.sql_security",
                   llvm::StringRef(name(X->name())).upper());
  }
  if (C->K_CHECK()) {
    V->WithCheckOption = true;
    V->CheckOption =
        C->K_LOCAL() ? "LOCAL" : (C->K_CASCADED() ? "CASCADED" : "");
  }
  Out.Name = V->getName();
  // The query through the shared query parser.
  P::QueryExprContext *Q = C->queryExpr();
  size_t First = index(Q->getStart()), Last = index(Q->getStop());
  std::vector<sql::Token> Toks(In.Toks + First, In.Toks + Last + 1);
  for (size_t I = 0; I + 1 < Toks.size(); ++I)
    if (isFunctionKeyword(Toks[I].Type) && Toks[I + 1].Type == L::LPAREN)
      Toks[I].Type = L::IDENT;
  sql::StatementTokens Query{In.Buffer, Toks.data(),
                             static_cast<unsigned>(Toks.size()), In.File};
  MySQLFastParseHooks Hooks(Query, D);
  sql::FastQueryParser Parser(Query, Hooks);
  RelPtr R = Parser.parseQuery();
  if (!R || Parser.Pos != Query.N)
    unsupported("the query of view '" + V->getName().str() + "'");
  else if (!Hooks.Introducer.empty())
    // It sets the character set of the view's column, which the IR's
    // literal does not hold.
    unsupported("the character set introducer " + Hooks.Introducer);
  else {
    walk(*R, normalizeCalls);
    V->Query = std::move(R);
  }
  Step S;
  S.Change = std::make_unique<CreateChange>(Out.Loc, std::move(V));
  Out.Steps.push_back(std::move(S));
}

//===----------------------------------------------------------------------===//
// ALTER TABLE, RENAME TABLE, DROP
//===----------------------------------------------------------------------===//

void MySQLLowering::Impl::positionOf(P::ColumnPositionContext *C, Step &S) {
  if (!C)
    return;
  S.MoveAfter = C->K_FIRST() ? std::string() : name(C->name());
}

void MySQLLowering::Impl::alterTable(P::AlterTableStmtContext *C) {
  NameRef Target = tableRef(C->tableName());
  Out.Name = Target.Name;
  // Actions that need no module are collected into one AlterChange; the
  // others are steps of their own, in order.
  std::unique_ptr<AlterChange> Pending;
  auto Action = [&](AlterAction A) {
    if (!Pending) {
      Pending =
          std::make_unique<AlterChange>(Out.Loc, Target, TargetKind::Table);
      Pending->IfExists = C->ifExists() != nullptr;
    }
    Pending->Actions.push_back(std::move(A));
  };
  auto Flush = [&] {
    if (!Pending)
      return;
    Step S;
    S.Change = std::move(Pending);
    Out.Steps.push_back(std::move(S));
  };
  auto Push = [&](Step S) {
    Flush();
    Out.Steps.push_back(std::move(S));
  };
  auto AddColumn = [&](P::ColumnDefContext *CD, bool IfNotExists,
                       P::ColumnPositionContext *Pos, Location Lc) {
    Step S;
    AlterAction A(AlterAction::Kind::AddColumn, Lc);
    A.Col = std::make_unique<Column>();
    column(CD, Target.Name, *A.Col, A.Constraints, S);
    A.Name = A.Col->Name;
    A.NameLoc = A.Col->Loc;
    A.IfNotExists = IfNotExists;
    auto Ch = std::make_unique<AlterChange>(Out.Loc, Target, TargetKind::Table);
    Ch->Actions.push_back(std::move(A));
    S.Change = std::move(Ch);
    S.Table = Target;
    S.Name = name(CD->name());
    positionOf(Pos, S);
    Push(std::move(S));
  };
  for (P::AlterSpecContext *Spec : C->alterSpec()) {
    Location Lc = loc(Spec);
    if (auto *X = dynamic_cast<P::AddColumnContext *>(Spec)) {
      AddColumn(X->columnDef(), X->ifNotExists() != nullptr,
                X->columnPosition(), Lc);
    } else if (auto *X = dynamic_cast<P::AddColumnsContext *>(Spec)) {
      for (P::ColumnDefContext *CD : X->columnDef())
        AddColumn(CD, X->ifNotExists() != nullptr, nullptr, Lc);
    } else if (auto *X = dynamic_cast<P::AddConstraintContext *>(Spec)) {
      std::vector<Constraint> Constraints;
      std::vector<std::unique_ptr<Index>> Indexes;
      tableConstraint(X->tableConstraint(), Target.Name, Constraints, Indexes);
      for (Constraint &K : Constraints) {
        AlterAction A(AlterAction::Kind::AddConstraint, Lc);
        K.AddedByAlter = true;
        A.Constraints.push_back(std::move(K));
        Action(std::move(A));
      }
      for (std::unique_ptr<Index> &I : Indexes) {
        Step S;
        S.Change = std::make_unique<CreateChange>(Lc, std::move(I));
        Push(std::move(S));
      }
    } else if (auto *X = dynamic_cast<P::DropColumnContext *>(Spec)) {
      AlterAction A(AlterAction::Kind::DropColumn, Lc);
      A.Name = name(X->name());
      A.NameLoc = loc(X->name());
      A.IfExists = X->ifExists() != nullptr;
      Action(std::move(A));
    } else if (dynamic_cast<P::DropPrimaryKeyContext *>(Spec)) {
      // The primary key's name in the IR is the table's: the applier finds
      // it.
      Step S;
      S.Table = Target;
      S.Name = "PRIMARY";
      S.NameLoc = Lc;
      S.OnIndex = Step::IndexOp::Drop;
      Push(std::move(S));
    } else if (auto *X = dynamic_cast<P::DropIndexContext *>(Spec)) {
      Step S;
      S.Table = Target;
      S.Name = name(X->name());
      S.NameLoc = loc(X->name());
      S.IfExists = X->ifExists() != nullptr;
      S.OnIndex = Step::IndexOp::Drop;
      Push(std::move(S));
    } else if (auto *X = dynamic_cast<P::DropForeignKeyContext *>(Spec)) {
      AlterAction A(AlterAction::Kind::DropConstraint, Lc);
      A.Name = name(X->name());
      A.NameLoc = loc(X->name());
      A.IfExists = X->ifExists() != nullptr;
      Action(std::move(A));
    } else if (auto *X = dynamic_cast<P::DropConstraintContext *>(Spec)) {
      AlterAction A(AlterAction::Kind::DropConstraint, Lc);
      A.Name = name(X->name());
      A.NameLoc = loc(X->name());
      A.IfExists = X->ifExists() != nullptr;
      Action(std::move(A));
    } else if (auto *X = dynamic_cast<P::ModifyColumnContext *>(Spec)) {
      Step S;
      S.Redefine = std::make_unique<Column>();
      column(X->columnDef(), Target.Name, *S.Redefine, S.RedefineConstraints,
             S);
      S.Table = Target;
      S.Name = S.Redefine->Name;
      S.NameLoc = S.Redefine->Loc;
      S.IfExists = X->ifExists() != nullptr;
      positionOf(X->columnPosition(), S);
      Push(std::move(S));
    } else if (auto *X = dynamic_cast<P::ChangeColumnContext *>(Spec)) {
      Step S;
      S.Redefine = std::make_unique<Column>();
      column(X->columnDef(), Target.Name, *S.Redefine, S.RedefineConstraints,
             S);
      S.Table = Target;
      S.Name = name(X->name());
      S.NameLoc = loc(X->name());
      S.IfExists = X->ifExists() != nullptr;
      positionOf(X->columnPosition(), S);
      Push(std::move(S));
    } else if (auto *X = dynamic_cast<P::AlterColumnContext *>(Spec)) {
      std::string Col = name(X->name());
      if (X->K_VISIBLE() || X->K_INVISIBLE()) {
        unsupported("ALTER COLUMN SET VISIBLE/INVISIBLE");
        continue;
      }
      if (X->defaultValue()) {
        AlterAction A(AlterAction::Kind::SetDefault, Lc);
        A.Name = Col;
        A.NameLoc = loc(X->name());
        A.Expression = defaultValue(X->defaultValue(), DataType());
        Action(std::move(A));
      } else {
        AlterAction A(AlterAction::Kind::DropDefault, Lc);
        A.Name = Col;
        A.NameLoc = loc(X->name());
        Action(std::move(A));
      }
    } else if (dynamic_cast<P::AlterIndexContext *>(Spec)) {
      unsupported("ALTER INDEX VISIBLE/INVISIBLE");
    } else if (auto *X = dynamic_cast<P::RenameColumnContext *>(Spec)) {
      AlterAction A(AlterAction::Kind::RenameColumn, Lc);
      A.Name = name(X->name(0));
      A.NameLoc = loc(X->name(0));
      A.NewName = name(X->name(1));
      Action(std::move(A));
    } else if (auto *X = dynamic_cast<P::RenameIndexContext *>(Spec)) {
      Step S;
      S.Table = Target;
      S.Name = name(X->name(0));
      S.NameLoc = loc(X->name(0));
      S.NewName = name(X->name(1));
      S.OnIndex = Step::IndexOp::Rename;
      Push(std::move(S));
    } else if (auto *X = dynamic_cast<P::RenameTableContext *>(Spec)) {
      Flush();
      QualifiedName New = tableName(X->tableName());
      Step S;
      auto R =
          std::make_unique<RenameChange>(Out.Loc, Target, TargetKind::Table);
      R->NewName = New.Name;
      if (!New.Schema.empty() && New.Schema != Target.Name.Schema)
        R->NewSchema = New.Schema;
      S.Change = std::move(R);
      Push(std::move(S));
      Target.Name = QualifiedName(
          New.Schema.empty() ? Target.Name.Schema : New.Schema, New.Name);
    } else if (dynamic_cast<P::KeysContext *>(Spec) ||
               dynamic_cast<P::ForceContext *>(Spec) ||
               dynamic_cast<P::AlterLockContext *>(Spec)) {
      // DISABLE/ENABLE KEYS (mysqldump around its INSERTs), FORCE,
      // ALGORITHM= and LOCK=: how the server works, not the schema.
    } else if (dynamic_cast<P::PartitionOpContext *>(Spec)) {
      unsupported("partition maintenance ('" + source(Spec) + "')");
    } else if (auto *X = dynamic_cast<P::AlterOptionsContext *>(Spec)) {
      unsupported("table options in ALTER TABLE ('" + source(X) + "')");
    } else {
      unsupported(llvm::StringRef(source(Spec)).upper());
    }
  }
  if (C->partitionClause())
    unsupported("PARTITION BY in ALTER TABLE");
  Flush();
}

void MySQLLowering::Impl::renameTable(P::RenameTableStmtContext *C) {
  for (P::RenamePairContext *Pair : C->renamePair()) {
    NameRef From = tableRef(Pair->tableName(0));
    QualifiedName To = tableName(Pair->tableName(1));
    auto R = std::make_unique<RenameChange>(Out.Loc, From, TargetKind::Table);
    R->NewName = To.Name;
    if (!To.Schema.empty() && To.Schema != From.Name.Schema)
      R->NewSchema = To.Schema;
    Step S;
    S.Change = std::move(R);
    Out.Steps.push_back(std::move(S));
  }
}

void MySQLLowering::Impl::drop(P::DropStmtContext *C) {
  if (C->K_INDEX()) {
    Step S;
    S.Table = tableRef(C->tableName(0));
    S.Name = name(C->name());
    S.NameLoc = loc(C->name());
    S.IfExists = C->ifExists() != nullptr;
    S.OnIndex = Step::IndexOp::Drop;
    Out.Steps.push_back(std::move(S));
    return;
  }
  auto Ch = std::make_unique<DropChange>(
      Out.Loc, C->K_VIEW() ? TargetKind::View : TargetKind::Table);
  Ch->IfExists = C->ifExists() != nullptr;
  Ch->Cascade = C->K_CASCADE() != nullptr;
  for (P::TableNameContext *N : C->tableName())
    Ch->Names.push_back(tableRef(N));
  Step S;
  S.Change = std::move(Ch);
  Out.Steps.push_back(std::move(S));
}

//===----------------------------------------------------------------------===//
// Entry
//===----------------------------------------------------------------------===//

void MySQLLowering::lowerStatement(StmtKind K,
                                   antlr4::ParserRuleContext *Root) {
  Impl I(In, Out, Dialect);
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
  case StmtKind::RenameTable:
    I.renameTable(static_cast<P::RenameTableStmtContext *>(Root));
    break;
  case StmtKind::Drop:
    I.drop(static_cast<P::DropStmtContext *>(Root));
    break;
  default:
    llvm_unreachable("not a parsed kind");
  }
}
