//===- PostgresFastParser.cpp - The hand-written fast path ----------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "PostgresFastParser.h"

#include "FastQueryParser.h"
#include "PostgresLexer.h"
#include "PostgresLowering.h"
#include "PostgresTables.h"
#include "PostgresText.h"

#include "schemac/dialects/postgres/PostgresDialect.h"
#include "schemac/ir/Domain.h"
#include "schemac/ir/EnumType.h"
#include "schemac/ir/Index.h"
#include "schemac/ir/SchemaDecl.h"
#include "schemac/ir/Sequence.h"
#include "schemac/ir/Setting.h"
#include "schemac/ir/Table.h"
#include "schemac/ir/View.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/CommandLine.h"

#include <algorithm>
#include <cstdlib>
#include <string_view>

using namespace schemac;
using namespace schemac::pg;
using sql::TokClass;
using sql::Word;
using L = PostgresLexer;

static llvm::cl::opt<bool>
    NoFastParse("fno-fast-parse", llvm::cl::Hidden,
                llvm::cl::desc("Parse every PostgreSQL statement with the "
                               "ANTLR grammar (no hand-written fast path)"));

static std::atomic<bool> FastParseOn{std::getenv("SCHEMAC_NO_FAST_PARSE") ==
                                     nullptr};

bool pg::isFastParseEnabled() { return FastParseOn && !NoFastParse; }

void pg::setFastParseEnabled(bool On) { FastParseOn = On; }

FastParseStats &pg::getFastParseStats() {
  static FastParseStats S;
  return S;
}

namespace {

/// What each token type of the vocabulary is to the fast parser, from the
/// dialect's key word table and the scanner's token classes.
class TokInfoTable {
public:
  TokInfoTable() {
    // The key word tokens with their category and fast parser word, built
    // ahead (PostgresTables.h).
    Infos.resize(tables::MaxTokenType + 1);
    for (size_t I = 0; I != tables::NumKeywordTokens; ++I) {
      const tables::KeywordToken &K = tables::KeywordTokens[I];
      sql::TokInfo &Info = at(K.Type);
      Info.Class = TokClass::Keyword;
      Info.Category = K.Category;
      Info.W = K.FastWord;
    }
    at(tok::Ident).Class = TokClass::Ident;
    at(tok::QuotedIdent).Class = TokClass::QuotedIdent;
    at(tok::UnicodeQuotedIdent).Class = TokClass::QuotedIdent;
    // N'...' is left out: PostgreSQL reads it as NCHAR '...', which the
    // grammar's lowering builds.
    for (uint16_t T : {tok::String, tok::EscapeString, tok::UnicodeString,
                       tok::DollarString})
      at(T).Class = TokClass::String;
    at(tok::Integer).Class = TokClass::Integer;
    at(tok::Numeric).Class = TokClass::Numeric;
    for (size_t T :
         {L::PLUS, L::MINUS, L::SLASH, L::PERCENT, L::CARET, L::LT, L::GT,
          L::EQ, L::LESS_EQUALS, L::GREATER_EQUALS, L::NOT_EQUALS, L::OPERATOR})
      at(T).Class = TokClass::Operator;
    at(L::STAR).Class = TokClass::Star;
    at(tok::Comma).Class = TokClass::Comma;
    at(tok::Dot).Class = TokClass::Dot;
    at(tok::LParen).Class = TokClass::LParen;
    at(tok::RParen).Class = TokClass::RParen;
    at(tok::LBracket).Class = TokClass::LBracket;
    at(tok::RBracket).Class = TokClass::RBracket;
    at(tok::Typecast).Class = TokClass::Typecast;
    at(tok::Semi).Class = TokClass::Semi;
  }

  llvm::ArrayRef<sql::TokInfo> get() const { return Infos; }

private:
  sql::TokInfo &at(size_t Type) {
    if (Type >= Infos.size())
      Infos.resize(Type + 1);
    return Infos[Type];
  }

  std::vector<sql::TokInfo> Infos;
};

class PostgresFastParseHooks : public sql::FastParseHooks {
public:
  PostgresFastParseHooks(const sql::StatementTokens &In, bool StdStrings,
                         PostgresLowering &Lowering)
      : In(In), StdStrings(StdStrings), Lowering(Lowering) {}

  llvm::ArrayRef<sql::TokInfo> tokenInfos() const override {
    static const TokInfoTable Table;
    return Table.get();
  }
  const sql::TokInfo &info(uint16_t Type) const {
    llvm::ArrayRef<sql::TokInfo> Infos = tokenInfos();
    static const sql::TokInfo Other;
    return Type < Infos.size() ? Infos[Type] : Other;
  }

  bool name(const sql::Token &T, std::string &Out) override {
    std::string Err;
    Out = identifierValue(In.Buffer, T, &Err);
    // Truncation warns and a bad escape is an error: the grammar's.
    return Err.empty() && Out.size() <= MaxIdentifierLength;
  }

  bool stringValue(const sql::Token &T, std::string &Out) override {
    std::string Err;
    Out = pg::stringValue(In.Buffer, T, StdStrings, &Err);
    // A bad escape and bytes UTF8 rejects are errors: the grammar's (as in
    // PostgresLowering::stringValue).
    return Err.empty() && pg::invalidByteSequence(Out).empty();
  }

  bool typeName(unsigned &I, DataType &Out) override;
  ExprPtr primary(unsigned &I) override;
  bool isExtractField(uint16_t Type) const override {
    return Type == L::K_YEAR || Type == L::K_MONTH || Type == L::K_DAY ||
           Type == L::K_HOUR || Type == L::K_MINUTE || Type == L::K_SECOND;
  }

  const OperatorTable &operators() const override {
    return getPostgresDialect().getOperators();
  }

  ExprPtr negate(Location Loc, ExprPtr Operand) override {
    return pg::negate(Loc, std::move(Operand));
  }

private:
  uint16_t type(unsigned I) const { return I < In.N ? In.Toks[I].Type : 0; }
  Location loc(unsigned I) const {
    return Location(In.File, In.Toks[I].Line, In.Toks[I].Col);
  }
  /// '(' INTEGER (',' INTEGER)* ')' with at most \p Max integers.
  bool modifiers(unsigned &I, unsigned Max) const {
    if (type(I) != tok::LParen)
      return true;
    ++I;
    for (unsigned N = 0;; ++I) {
      if (type(I) != tok::Integer || ++N > Max)
        return false;
      if (type(++I) != tok::Comma)
        break;
    }
    return type(I++) == tok::RParen;
  }

  /// simpleTypeName without INTERVAL (constTypeName and genericType of
  /// the grammar) at \p I, with its spelling.
  bool simpleType(unsigned &I, DataType &Out);
  /// intervalQualifier at \p I, if there is one; the precision of SECOND
  /// goes to \p Mods.
  bool intervalQualifier(unsigned &I, std::vector<std::string> &Mods) const;
  /// A string constant at \p I as the operand of a typed literal.
  ExprPtr typedLiteralString(unsigned &I);

  const sql::StatementTokens &In;
  bool StdStrings;
  PostgresLowering &Lowering;
};

bool PostgresFastParseHooks::simpleType(unsigned &I, DataType &Out) {
  // Without BIT, NATIONAL and modifiers other than integers.
  unsigned First = I;
  uint16_t T = type(I);
  const sql::TokInfo &Info = info(T);
  bool KeywordType = true;
  switch (T) {
  case L::K_INT:
  case L::K_INTEGER:
  case L::K_SMALLINT:
  case L::K_BIGINT:
  case L::K_REAL:
  case L::K_BOOLEAN:
    ++I;
    break;
  case L::K_DOUBLE:
    if (type(I + 1) != L::K_PRECISION)
      return false;
    I += 2;
    break;
  case L::K_FLOAT:
    ++I;
    if (!modifiers(I, 1))
      return false;
    break;
  case L::K_DECIMAL:
  case L::K_DEC:
  case L::K_NUMERIC:
    ++I;
    if (!modifiers(I, 2))
      return false;
    break;
  case L::K_VARCHAR:
  case L::K_CHARACTER:
  case L::K_CHAR:
    if (T != L::K_VARCHAR && type(I + 1) == L::K_VARYING)
      ++I;
    ++I;
    if (!modifiers(I, 1))
      return false;
    break;
  case L::K_TIMESTAMP:
  case L::K_TIME:
    ++I;
    if (!modifiers(I, 1))
      return false;
    if (type(I) == L::K_WITH || type(I) == L::K_WITHOUT) {
      if (type(I + 1) != L::K_TIME || type(I + 2) != L::K_ZONE)
        return false;
      I += 3;
    }
    break;
  default:
    KeywordType = false;
    break;
  }
  if (KeywordType) {
    Out = Lowering.lowerKeywordType(First, I, loc(First));
  } else {
    // genericType: typeFunctionName ('.' colLabel)* typeModifiers?
    if (Info.Class != TokClass::Ident && Info.Class != TokClass::QuotedIdent &&
        !(Info.Class == TokClass::Keyword &&
          Info.Category == KeywordCategory::Unreserved))
      return false;
    std::vector<std::string> Parts(1);
    if (!name(In.Toks[I++], Parts[0]))
      return false;
    while (type(I) == tok::Dot) {
      const sql::TokInfo &Part = info(type(++I));
      if (Part.Class != TokClass::Ident &&
          Part.Class != TokClass::QuotedIdent &&
          Part.Class != TokClass::Keyword)
        return false;
      Parts.emplace_back();
      if (!name(In.Toks[I++], Parts.back()))
        return false;
    }
    if (Parts.size() > 3)
      return false;
    Out = Lowering.typeFromName(Parts, Info.Class == TokClass::QuotedIdent,
                                loc(First));
    // typeModifiers: '(' exprList ')', here integers only.
    unsigned Mods = I;
    if (!modifiers(I, 8))
      return false;
    for (unsigned J = Mods + 1; J < I; J += 2)
      Out.Modifiers.push_back(
          In.Buffer.substr(In.Toks[J].Begin, In.Toks[J].size()).str());
  }
  Out.Spelling = Lowering.normalizedText(First, I - 1);
  return true;
}

bool PostgresFastParseHooks::intervalQualifier(
    unsigned &I, std::vector<std::string> &Mods) const {
  auto Second = [&] {
    if (type(I) != L::K_SECOND)
      return false;
    ++I;
    if (type(I) == tok::LParen) {
      if (type(I + 1) != tok::Integer || type(I + 2) != tok::RParen)
        return false;
      const sql::Token &N = In.Toks[I + 1];
      Mods.push_back(In.Buffer.substr(N.Begin, N.size()).str());
      I += 3;
    }
    return true;
  };
  switch (type(I)) {
  case L::K_YEAR:
    ++I;
    if (type(I) == L::K_TO) {
      if (type(I + 1) != L::K_MONTH)
        return false;
      I += 2;
    }
    return true;
  case L::K_MONTH:
    ++I;
    return true;
  case L::K_DAY:
  case L::K_HOUR:
  case L::K_MINUTE: {
    uint16_t From = type(I++);
    if (type(I) != L::K_TO)
      return true;
    ++I;
    uint16_t To = type(I);
    if ((From == L::K_DAY && To == L::K_HOUR) ||
        (From != L::K_MINUTE && To == L::K_MINUTE)) {
      ++I;
      return true;
    }
    return Second();
  }
  case L::K_SECOND:
    return Second();
  default:
    return true;
  }
}

bool PostgresFastParseHooks::typeName(unsigned &I, DataType &Out) {
  // typeName: simpleTypeName arrayBounds?, without SETOF and ARRAY.
  unsigned First = I;
  if (type(I) == L::K_INTERVAL) {
    // intervalType: INTERVAL (intervalQualifier | '(' INTEGER ')')?
    Out = DataType(TypeKind::Interval);
    ++I;
    if (type(I) == tok::LParen) {
      if (type(I + 1) != tok::Integer || type(I + 2) != tok::RParen)
        return false;
      const sql::Token &N = In.Toks[I + 1];
      Out.Modifiers.push_back(In.Buffer.substr(N.Begin, N.size()).str());
      I += 3;
    } else {
      std::vector<std::string> Mods = Out.Modifiers;
      if (!intervalQualifier(I, Mods))
        return false;
      Out.Modifiers = Mods;
    }
  } else if (!simpleType(I, Out)) {
    return false;
  }
  // arrayBounds: ('[' INTEGER? ']')+
  unsigned Dims = 0;
  while (type(I) == tok::LBracket) {
    ++I;
    if (type(I) == tok::Integer)
      ++I;
    if (type(I++) != tok::RBracket)
      return false;
    ++Dims;
  }
  if (type(I) == L::K_ARRAY)
    return false;
  if (Dims)
    Out.ArrayDims = Dims;
  Out.Spelling = Lowering.normalizedText(First, I - 1);
  return true;
}

ExprPtr PostgresFastParseHooks::typedLiteralString(unsigned &I) {
  if (info(type(I)).Class != TokClass::String)
    return nullptr;
  std::string V;
  if (!stringValue(In.Toks[I], V))
    return nullptr;
  return std::make_unique<Literal>(loc(I++), Literal::LitKind::String,
                                   std::move(V));
}

ExprPtr PostgresFastParseHooks::primary(unsigned &I) {
  // Typed literals: type 'text', INTERVAL 'text' [qualifier],
  // INTERVAL (n) 'text'.
  unsigned First = I;
  if (type(I) == L::K_INTERVAL) {
    DataType T(TypeKind::Interval);
    std::string Spelling =
        In.Buffer.substr(In.Toks[I].Begin, In.Toks[I].size()).str();
    ++I;
    if (type(I) == tok::LParen) {
      if (type(I + 1) != tok::Integer || type(I + 2) != tok::RParen)
        return nullptr;
      const sql::Token &N = In.Toks[I + 1];
      T.Modifiers.push_back(In.Buffer.substr(N.Begin, N.size()).str());
      Spelling += "(" + T.Modifiers.back() + ")";
      I += 3;
      ExprPtr Lit = typedLiteralString(I);
      if (!Lit)
        return nullptr;
      T.Spelling = Spelling;
      return std::make_unique<Cast>(loc(First), std::move(Lit), std::move(T),
                                    Cast::Syntax::TypedLiteral);
    }
    ExprPtr Lit = typedLiteralString(I);
    if (!Lit)
      return nullptr;
    unsigned Q = I;
    std::vector<std::string> Mods = T.Modifiers;
    if (!intervalQualifier(I, Mods))
      return nullptr;
    T.Modifiers = Mods;
    if (I > Q)
      Spelling += " " + Lowering.normalizedText(Q, I - 1);
    T.Spelling = Spelling;
    return std::make_unique<Cast>(loc(First), std::move(Lit), std::move(T),
                                  Cast::Syntax::TypedLiteral);
  }
  DataType T;
  if (!simpleType(I, T))
    return nullptr;
  ExprPtr Lit = typedLiteralString(I);
  if (!Lit)
    return nullptr;
  return std::make_unique<Cast>(loc(First), std::move(Lit), std::move(T),
                                Cast::Syntax::TypedLiteral);
}

} // namespace

namespace {

/// The statements the fast path takes whole. Each lower method returns the
/// object, or null to decline.
class FastStatement {
public:
  FastStatement(const sql::StatementTokens &In, bool StdStrings,
                llvm::StringRef ElementSchema)
      : In(In), ElementSchema(ElementSchema), Lowering(In, StdStrings, Scratch),
        Hooks(In, StdStrings, Lowering), P(In, Hooks) {}

  /// Lowers the statement of kind \p K into \p Out; false to decline.
  bool lower(StmtKind K, LoweredStatement &Out) {
    std::unique_ptr<SchemaChange> Change;
    if (K == StmtKind::AlterTable) {
      Change = lowerAlterTable(Out.Loc);
    } else if (K == StmtKind::AlterType || K == StmtKind::AlterDomain ||
               K == StmtKind::AlterSchema) {
      Change = lowerAlterOwner(Out.Loc, K);
    } else if (K == StmtKind::AlterSequence) {
      Change = lowerAlterSequence(Out.Loc);
    } else if (K == StmtKind::Comment) {
      Change = lowerComment(Out.Loc);
    } else if (K == StmtKind::Drop) {
      Change = lowerDrop(Out.Loc);
    } else if (K == StmtKind::Set) {
      Change = lowerSet();
    } else {
      ObjectPtr O;
      if (K == StmtKind::CreateTable)
        O = lowerTable();
      else if (K == StmtKind::CreateIndex)
        O = lowerIndex();
      else if (K == StmtKind::CreateEnum)
        O = lowerEnum();
      else if (K == StmtKind::CreateSequence)
        O = lowerSequence();
      else if (K == StmtKind::CreateDomain)
        O = lowerDomain();
      else if (K == StmtKind::CreateSchema)
        O = lowerSchema();
      else if (K == StmtKind::CreateView || K == StmtKind::CreateMatView)
        O = lowerView(K == StmtKind::CreateMatView);
      if (O)
        Change = std::make_unique<CreateChange>(Out.Loc, std::move(O));
    }
    if (!Change)
      return false;
    // stmtEnd: ';'? EOF. Any diagnostic of the lowering helpers is the
    // grammar's to give.
    P.accept(TokClass::Semi);
    if (P.Pos != In.N || !Scratch.Diags.empty() || Scratch.Failed)
      return false;
    Out.Change = std::move(Change);
    Out.Toks = In.Toks;
    Out.NumTokens = In.N;
    return true;
  }

private:
  /// The name a CREATE statement creates: in the schema being created when
  /// the statement is a schema element (createdName of the lowering).
  bool createdName(QualifiedName &Name) {
    if (!P.qualifiedName(Name))
      return false;
    if (ElementSchema.empty())
      return true;
    if (Name.isQualified() && Name.Schema != ElementSchema)
      return false;
    Name.Schema = ElementSchema.str();
    return true;
  }

  ObjectPtr lowerView(bool Materialized);
  ObjectPtr lowerTable();
  ObjectPtr lowerIndex();
  ObjectPtr lowerEnum();
  ObjectPtr lowerSequence();
  /// A signed integer (numericOnly) into \p Field; declines a second one
  /// (the grammar's "conflicting or redundant options").
  bool sequenceNumber(std::optional<int64_t> &Field);
  /// One option of CREATE SEQUENCE (or of an identity column, which may name
  /// its sequence) of the forms lowerSequence() takes.
  bool sequenceOption(SequenceOptions &O, bool Identity);
  /// The sequence options in parentheses after AS IDENTITY, if any.
  bool identityOptions(SequenceOptions &O);
  /// generatedWhen: ALWAYS or BY DEFAULT, after GENERATED.
  bool generatedWhen(bool &Always) {
    Always = P.accept(Word::Always);
    return Always || (P.accept(Word::By) && P.accept(Word::Default));
  }
  ObjectPtr lowerDomain();
  ObjectPtr lowerSchema();
  std::unique_ptr<SchemaChange> lowerComment(Location StmtLoc);
  /// [IF NOT EXISTS] into \p Out; false on IF without NOT EXISTS.
  bool ifNotExists(bool &Out) {
    Out = false;
    if (!P.isWord(Word::If))
      return true;
    ++P.Pos;
    return Out = P.accept(Word::Not) && P.accept(Word::Exists);
  }
  /// colId ('.' colLabel)*: the parts of a name as written (anyName).
  bool nameParts(std::vector<std::string> &Parts);
  std::unique_ptr<SchemaChange> lowerAlterTable(Location StmtLoc);
  std::unique_ptr<SchemaChange> lowerAlterOwner(Location StmtLoc, StmtKind K);
  std::unique_ptr<SchemaChange> lowerSet();
  /// The end of a table constraint: ',' or ')' in CREATE TABLE, ',' or the
  /// end of the statement in ALTER TABLE.
  bool atConstraintEnd(bool InAlter) const {
    if (InAlter)
      return P.isClass(TokClass::Comma) || P.isClass(TokClass::Semi) ||
             P.Pos == In.N;
    return P.isClass(TokClass::Comma) || P.isClass(TokClass::RParen);
  }
  bool keyAction(ForeignKeyAction &Out);
  /// keyActions of a foreign key, without column lists of SET NULL / SET
  /// DEFAULT.
  bool keyActions(Constraint &Out);
  /// partitionBoundSpec without hash bounds.
  bool partitionBound(PartitionBound &Out);
  /// The optional PARTITION BY of CREATE TABLE, into \p T.
  bool partitionSpec(Table &T);
  /// An index element, followed by ',' or ')' (or by WITH, \p Exclusion).
  bool indexElem(IndexElement &E, bool Exclusion = false);
  bool columnDef(Column &Col, std::vector<Constraint> &Constraints);
  /// Where a column's constraints end: at ',' or ')' in CREATE TABLE, at
  /// ',' or the statement's end in ALTER TABLE ... ADD COLUMN, at the
  /// statement's end in CREATE DOMAIN (which takes no keys).
  enum class ColumnIn { Table, Alter, Domain };
  /// colConstraint* of a column (or of a domain).
  bool columnConstraints(Column &Col, std::vector<Constraint> &Constraints,
                         ColumnIn In);
  /// IF EXISTS into \p Out; false on IF without EXISTS.
  bool ifExists(bool &Out) {
    Out = false;
    if (!P.isWord(Word::If))
      return true;
    ++P.Pos;
    return Out = P.accept(Word::Exists);
  }
  std::unique_ptr<SchemaChange> lowerDrop(Location StmtLoc);
  std::unique_ptr<SchemaChange> lowerAlterSequence(Location StmtLoc);
  /// TABLE, VIEW, MATERIALIZED VIEW, INDEX, SEQUENCE, SCHEMA and (\p Types)
  /// TYPE, DOMAIN, as COMMENT ON and DROP name them.
  bool objectKind(TargetKind &TK, bool Types) {
    static constexpr std::pair<Word, TargetKind> Kinds[] = {
        {Word::Table, TargetKind::Table},
        {Word::View, TargetKind::View},
        {Word::Index, TargetKind::Index},
        {Word::Sequence, TargetKind::Sequence},
        {Word::Schema, TargetKind::Schema},
        {Word::Type, TargetKind::Type},
        {Word::Domain, TargetKind::Domain}};
    if (P.accept(Word::Materialized)) {
      TK = TargetKind::MaterializedView;
      return P.accept(Word::View);
    }
    for (const auto &[W, K] : Kinds)
      if ((Types || (K != TargetKind::Type && K != TargetKind::Domain)) &&
          P.accept(W)) {
        TK = K;
        return true;
      }
    return false;
  }
  /// A table constraint. With \p UsingIndex (ALTER TABLE ... ADD), also
  /// UNIQUE | PRIMARY KEY USING INDEX name, whose index name and location
  /// go there.
  /// A table constraint, not a column, starts here.
  bool startsTableConstraint() const {
    Word W = P.word(P.Pos);
    // EXCLUDE is an unreserved word: a column of that name has a type
    // next, which neither USING nor '(' can start.
    if (W == Word::Exclude)
      return P.word(P.Pos + 1) == Word::Using ||
             P.cls(P.Pos + 1) == TokClass::LParen;
    return W == Word::Constraint || W == Word::Check || W == Word::Unique ||
           W == Word::Primary || W == Word::Foreign;
  }
  bool tableConstraint(Constraint &Out, bool InAlter = false,
                       NameRef *UsingIndex = nullptr);
  /// constraintAttr* after a table constraint.
  bool constraintAttrs(Constraint &C);

  const sql::StatementTokens &In;
  llvm::StringRef ElementSchema;
  /// Diagnostics of the lowering helpers land here: any means decline.
  LoweredStatement Scratch;
  PostgresLowering Lowering;
  PostgresFastParseHooks Hooks;
  sql::FastQueryParser P;
};

ObjectPtr FastStatement::lowerView(bool Materialized) {
  // CREATE [OR REPLACE] VIEW name [(columns)] AS query
  //   [WITH [CASCADED | LOCAL] CHECK OPTION]
  // CREATE MATERIALIZED VIEW name [(columns)] AS query [WITH [NO] DATA]
  if (!P.accept(Word::Create))
    return nullptr;
  bool OrReplace = false;
  if (!Materialized && P.accept(Word::Or)) {
    if (!P.accept(Word::Replace))
      return nullptr;
    OrReplace = true;
  }
  if (Materialized && !P.accept(Word::Materialized))
    return nullptr;
  if (!P.accept(Word::View))
    return nullptr;
  unsigned NameTok = P.Pos;
  QualifiedName Name;
  // Materialized views are no schema elements.
  if (Materialized ? !P.qualifiedName(Name) : !createdName(Name))
    return nullptr;
  auto V = std::make_unique<View>(P.loc(NameTok), Name, Materialized);
  V->OrReplace = OrReplace;
  if (P.isClass(TokClass::LParen) && !P.nameList(V->ColumnNames))
    return nullptr;
  if (!P.accept(Word::As))
    return nullptr;
  V->Query = P.parseQuery();
  if (!V->Query)
    return nullptr;
  if (P.accept(Word::With)) {
    if (Materialized) {
      bool No = P.accept(Word::No);
      if (!P.accept(Word::Data))
        return nullptr;
      V->WithData = !No;
    } else {
      V->WithCheckOption = true;
      if (P.accept(Word::Local))
        V->CheckOption = "LOCAL";
      else if (P.accept(Word::Cascaded))
        V->CheckOption = "CASCADED";
      if (!P.accept(Word::Check) || !P.accept(Word::Option))
        return nullptr;
    }
  }
  return V;
}

ObjectPtr FastStatement::lowerTable() {
  // CREATE [TEMP | TEMPORARY | UNLOGGED] TABLE [IF NOT EXISTS] name
  // {(columnDef | tableConstraint, ...) [INHERITS (parent, ...)] |
  // PARTITION OF parent bound} [PARTITION BY strategy (columns)]: LIKE,
  // column options of partitions, typed tables, LOCAL and GLOBAL, and
  // options are the grammar's.
  if (!P.accept(Word::Create))
    return nullptr;
  Table::Persistence Persist = Table::Persistence::Permanent;
  if (P.accept(Word::Unlogged))
    Persist = Table::Persistence::Unlogged;
  else if (P.accept(Word::Temp) || P.accept(Word::Temporary))
    Persist = Table::Persistence::Temporary;
  bool IfNotExists = false;
  if (!P.accept(Word::Table) || !ifNotExists(IfNotExists))
    return nullptr;
  unsigned NameTok = P.Pos;
  QualifiedName Name;
  if (!createdName(Name))
    return nullptr;
  auto T = std::make_unique<Table>(P.loc(NameTok), Name);
  T->Persist = Persist;
  T->IfNotExists = IfNotExists;
  if (P.isWord(Word::Partition) && P.word(P.Pos + 1) == Word::Of) {
    P.Pos += 2;
    PartitionBound Bound;
    if (!P.qualifiedName(T->PartitionOf) || P.isClass(TokClass::LParen) ||
        !partitionBound(Bound))
      return nullptr;
    T->Bound = std::move(Bound);
    return partitionSpec(*T) ? std::move(T) : nullptr;
  }
  if (!P.accept(TokClass::LParen))
    return nullptr;
  if (!P.accept(TokClass::RParen)) {
    auto AddConstraint = [&](Constraint K) {
      // NOT VALID in CREATE TABLE: PostgreSQL ignores it, as the grammar's
      // lowering does (see there).
      K.NotValid = false;
      if (K.K == Constraint::Kind::PrimaryKey)
        for (const Constraint &Prev : T->Constraints)
          if (Prev.K == Constraint::Kind::PrimaryKey)
            return false; // the grammar's lowering reports it
      T->Constraints.push_back(std::move(K));
      return true;
    };
    llvm::StringSet<> ColumnNames; // a set: 100k columns stay linear
    unsigned MaxColumns = getPostgresDialect().getFeatures().MaxTableColumns;
    if (MaxColumns == 0)
      MaxColumns = ~0u;
    do {
      if (startsTableConstraint()) {
        Constraint K;
        if (!tableConstraint(K) || !AddConstraint(std::move(K)))
          return nullptr;
        continue;
      }
      Column Col;
      std::vector<Constraint> Cs;
      if (!columnDef(Col, Cs))
        return nullptr;
      if (!ColumnNames.insert(Col.Name).second ||
          T->Columns.size() == MaxColumns)
        return nullptr; // a duplicate or one column too many: the grammar's
                        // lowering reports them
      T->Columns.push_back(std::move(Col));
      for (Constraint &K : Cs)
        if (!AddConstraint(std::move(K)))
          return nullptr;
    } while (P.accept(TokClass::Comma));
    if (!P.accept(TokClass::RParen))
      return nullptr;
  }
  if (P.accept(Word::Inherits)) {
    // INHERITS (parent, ...): pg_dump's child tables.
    if (!P.accept(TokClass::LParen))
      return nullptr;
    do {
      QualifiedName Parent;
      if (!P.qualifiedName(Parent))
        return nullptr;
      T->Inherits.push_back(std::move(Parent));
    } while (P.accept(TokClass::Comma));
    if (!P.accept(TokClass::RParen))
      return nullptr;
  }
  return partitionSpec(*T) ? std::move(T) : nullptr;
}

bool FastStatement::partitionSpec(Table &T) {
  // [PARTITION BY strategy (column, ...)], keys without COLLATE or
  // operator classes.
  if (!P.isWord(Word::Partition))
    return true;
  ++P.Pos;
  if (!P.accept(Word::By))
    return false;
  PartitionSpec Spec;
  std::string Strategy;
  if (!P.colId(Strategy) || !partitionStrategy(Strategy, Spec.Strat) ||
      !P.accept(TokClass::LParen))
    return false;
  do {
    IndexElement E;
    E.Loc = P.loc(P.Pos);
    if (!P.colId(E.Column) ||
        !(P.isClass(TokClass::Comma) || P.isClass(TokClass::RParen)))
      return false;
    Spec.Keys.push_back(std::move(E));
  } while (P.accept(TokClass::Comma));
  if (!P.accept(TokClass::RParen))
    return false;
  T.PartitionBy = std::move(Spec);
  return true;
}

ObjectPtr FastStatement::lowerIndex() {
  // CREATE [UNIQUE] INDEX [CONCURRENTLY] [[IF NOT EXISTS] name] ON [ONLY]
  // table [USING method] (element, ...) [INCLUDE (columns)] [WHERE
  // condition]: NULLS [NOT] DISTINCT, WITH, TABLESPACE and function calls
  // as elements are the grammar's.
  if (!P.accept(Word::Create))
    return nullptr;
  bool Unique = P.accept(Word::Unique);
  if (!P.accept(Word::Index))
    return nullptr;
  bool Concurrently = P.accept(Word::Concurrently);
  bool IfNotExists = false;
  if (!ifNotExists(IfNotExists))
    return nullptr;
  std::string IndexName;
  unsigned NameTok = P.Pos;
  bool Named = !P.isWord(Word::On);
  // Without a name, IF NOT EXISTS is an error of the lowering.
  if ((Named || IfNotExists) && !P.colId(IndexName))
    return nullptr;
  if (!P.accept(Word::On))
    return nullptr;
  bool Only = P.accept(Word::Only);
  unsigned TableTok = P.Pos;
  QualifiedName TableName;
  if (!createdName(TableName))
    return nullptr;
  QualifiedName Name;
  if (Named)
    Name = QualifiedName(TableName.Schema, IndexName);
  auto I = std::make_unique<Index>(P.loc(Named ? NameTok : TableTok), Name,
                                   TableName);
  I->Unique = Unique;
  I->Concurrently = Concurrently;
  I->IfNotExists = IfNotExists;
  I->Only = Only;
  if (P.accept(Word::Using) && !P.colId(I->Method))
    return nullptr;
  if (!P.accept(TokClass::LParen))
    return nullptr;
  do {
    IndexElement E;
    if (!indexElem(E))
      return nullptr;
    I->Elements.push_back(std::move(E));
  } while (P.accept(TokClass::Comma));
  if (!P.accept(TokClass::RParen))
    return nullptr;
  if (P.accept(Word::Include) && !P.nameList(I->Include))
    return nullptr;
  if (P.accept(Word::Where)) {
    I->Where = P.parseExpr();
    if (!I->Where)
      return nullptr;
  }
  return I;
}

ObjectPtr FastStatement::lowerEnum() {
  // CREATE TYPE name AS ENUM ('label', ...): labels too long, duplicate
  // labels and N'...' are the grammar's.
  if (!P.accept(Word::Create) || !P.accept(Word::Type))
    return nullptr;
  unsigned NameTok = P.Pos;
  QualifiedName Name;
  if (!P.qualifiedName(Name) || !P.accept(Word::As) || !P.accept(Word::Enum) ||
      !P.accept(TokClass::LParen))
    return nullptr;
  auto E = std::make_unique<EnumType>(P.loc(NameTok), Name);
  if (P.accept(TokClass::RParen))
    return E;
  llvm::StringSet<> Labels;
  do {
    std::string V;
    if (!P.isClass(TokClass::String) || !Hooks.stringValue(In.Toks[P.Pos], V) ||
        V.size() > MaxIdentifierLength || !Labels.insert(V).second)
      return nullptr;
    ++P.Pos;
    E->Values.push_back(std::move(V));
  } while (P.accept(TokClass::Comma));
  if (!P.accept(TokClass::RParen))
    return nullptr;
  return E;
}

ObjectPtr FastStatement::lowerSequence() {
  // CREATE [TEMP | TEMPORARY | UNLOGGED] SEQUENCE [IF NOT EXISTS] name with
  // the options pg_dump writes: INCREMENT [BY], START [WITH], MINVALUE,
  // MAXVALUE, CACHE, [NO] CYCLE, NO MINVALUE, NO MAXVALUE. AS, OWNED BY,
  // LOCAL/GLOBAL, non-integers, values out of range, a zero increment and
  // repeated options are the grammar's.
  if (!P.accept(Word::Create))
    return nullptr;
  auto Persist = Sequence::Persistence::Permanent;
  if (P.accept(Word::Temp) || P.accept(Word::Temporary))
    Persist = Sequence::Persistence::Temporary;
  else if (P.accept(Word::Unlogged))
    Persist = Sequence::Persistence::Unlogged;
  if (!P.accept(Word::Sequence))
    return nullptr;
  bool IfNotExists = false;
  if (!ifNotExists(IfNotExists))
    return nullptr;
  unsigned NameTok = P.Pos;
  QualifiedName Name;
  if (!createdName(Name))
    return nullptr;
  auto S = std::make_unique<Sequence>(P.loc(NameTok), Name);
  S->Persist = Persist;
  S->IfNotExists = IfNotExists;
  while (!P.isClass(TokClass::Semi) && !P.isClass(TokClass::Eof) &&
         P.Pos < In.N)
    if (!sequenceOption(S->Options, /*Identity=*/false))
      return nullptr;
  return S;
}

bool FastStatement::sequenceOption(SequenceOptions &O, bool Identity) {
  if (P.accept(Word::Increment)) {
    P.accept(Word::By);
    return sequenceNumber(O.Increment) && *O.Increment != 0;
  }
  if (P.accept(Word::Start)) {
    P.accept(Word::With);
    return sequenceNumber(O.Start);
  }
  if (P.accept(Word::Minvalue))
    return sequenceNumber(O.MinValue);
  if (P.accept(Word::Maxvalue))
    return sequenceNumber(O.MaxValue);
  if (P.accept(Word::Cache))
    return sequenceNumber(O.Cache);
  if (P.accept(Word::Cycle)) {
    O.Cycle = true;
    return true;
  }
  if (P.accept(Word::No)) {
    if (P.accept(Word::Cycle))
      O.Cycle = false;
    else if (P.accept(Word::Minvalue))
      O.NoMinValue = true;
    else if (P.accept(Word::Maxvalue))
      O.NoMaxValue = true;
    else
      return false;
    return true;
  }
  // SEQUENCE NAME of an identity column (pg_dump writes it); a second one
  // is the grammar's.
  if (Identity && P.isWord(Word::Sequence) && P.word(P.Pos + 1) == Word::Name &&
      O.SequenceName.empty()) {
    P.Pos += 2;
    return P.qualifiedName(O.SequenceName);
  }
  return false;
}

bool FastStatement::identityOptions(SequenceOptions &O) {
  // ['(' seqOptElem+ ')'] after AS IDENTITY.
  if (!P.accept(TokClass::LParen))
    return true;
  do {
    if (!sequenceOption(O, /*Identity=*/true))
      return false;
  } while (!P.isClass(TokClass::RParen) && P.Pos < In.N);
  return P.accept(TokClass::RParen);
}

bool FastStatement::sequenceNumber(std::optional<int64_t> &Field) {
  if (Field)
    return false;
  bool Minus = false;
  uint16_t T = P.tok(P.Pos).Type;
  if (T == L::PLUS || T == L::MINUS) {
    Minus = T == L::MINUS;
    ++P.Pos;
  }
  if (!P.isClass(TokClass::Integer))
    return false;
  std::string Digits = (Minus ? "-" : "") + P.text(P.Pos).str();
  int64_t V = 0;
  if (llvm::StringRef(Digits).getAsInteger(10, V))
    return false;
  ++P.Pos;
  Field = V;
  return true;
}

std::unique_ptr<SchemaChange> FastStatement::lowerAlterOwner(Location StmtLoc,
                                                             StmtKind K) {
  // ALTER TYPE | DOMAIN | SCHEMA name OWNER TO role, as pg_dump writes it;
  // the other actions, and CURRENT_USER and the like, are the grammar's.
  bool Schema = K == StmtKind::AlterSchema;
  if (!P.accept(Word::Alter) ||
      !P.accept(Schema                     ? Word::Schema
                : K == StmtKind::AlterType ? Word::Type
                                           : Word::Domain))
    return nullptr;
  unsigned NameTok = P.Pos;
  QualifiedName Name;
  if (Schema ? !P.colId(Name.Name) : !P.qualifiedName(Name))
    return nullptr;
  // The action of ALTER SCHEMA is where its name is (the lowering's).
  Location L = P.loc(Schema ? NameTok : P.Pos);
  if (K == StmtKind::AlterType && P.accept(Word::Rename)) {
    // ALTER TYPE name RENAME TO new (migra's enum changes).
    auto R = std::make_unique<RenameChange>(L, NameRef{Name, P.loc(NameTok)},
                                            TargetKind::Type);
    if (!P.accept(Word::To) || !P.colId(R->NewName))
      return nullptr;
    return R;
  }
  std::string Role;
  if (!P.accept(Word::Owner) || !P.accept(Word::To) || !P.colId(Role))
    return nullptr;
  auto A = std::make_unique<AlterChange>(StmtLoc, NameRef{Name, P.loc(NameTok)},
                                         Schema ? TargetKind::Schema
                                         : K == StmtKind::AlterType
                                             ? TargetKind::Type
                                             : TargetKind::Domain);
  A->Actions.emplace_back(AlterAction::Kind::OwnerTo, L);
  A->Actions.back().Value = std::move(Role);
  return A;
}

ObjectPtr FastStatement::lowerDomain() {
  // CREATE DOMAIN name [AS] type with NOT NULL, NULL, DEFAULT, COLLATE and
  // CHECK constraints (as a column's, without attributes). In a schema
  // element and anything else: the grammar's.
  if (!ElementSchema.empty() || !P.accept(Word::Create) ||
      !P.accept(Word::Domain))
    return nullptr;
  unsigned NameTok = P.Pos;
  QualifiedName Name;
  if (!P.qualifiedName(Name))
    return nullptr;
  P.accept(Word::As);
  Column Col;
  Col.Name = Name.Name;
  Col.Loc = P.loc(NameTok);
  std::vector<Constraint> Cs;
  if (!Hooks.typeName(P.Pos, Col.Type) ||
      !columnConstraints(Col, Cs, ColumnIn::Domain))
    return nullptr;
  auto D = std::make_unique<Domain>(P.loc(NameTok), Name, Col.Type);
  fillDomain(*D, Col, Cs);
  return D;
}

ObjectPtr FastStatement::lowerSchema() {
  // CREATE SCHEMA [IF NOT EXISTS] {name [AUTHORIZATION role] |
  // AUTHORIZATION role} (the frontend hands schema elements over one by
  // one); CURRENT_USER and the like are the grammar's.
  bool IfNotExists = false;
  if (!P.accept(Word::Create) || !P.accept(Word::Schema) ||
      !ifNotExists(IfNotExists))
    return nullptr;
  unsigned NameTok = P.Pos;
  std::string Name, Role;
  if (!P.isWord(Word::Authorization) && !P.colId(Name))
    return nullptr;
  unsigned RoleTok = P.Pos + 1;
  if (P.accept(Word::Authorization) && !P.colId(Role))
    return nullptr;
  bool Named = !Name.empty();
  auto S = std::make_unique<SchemaDecl>(P.loc(Named ? NameTok : RoleTok),
                                        Named ? Name : Role);
  S->IfNotExists = IfNotExists;
  S->Authorization = std::move(Role);
  return S;
}

bool FastStatement::nameParts(std::vector<std::string> &Parts) {
  Parts.emplace_back();
  if (!P.colId(Parts.back()))
    return false;
  while (P.accept(TokClass::Dot)) {
    Parts.emplace_back();
    if (!P.colLabel(Parts.back()))
      return false;
  }
  return true;
}

std::unique_ptr<SchemaChange> FastStatement::lowerComment(Location StmtLoc) {
  // COMMENT ON {TABLE | VIEW | MATERIALIZED VIEW | SEQUENCE | INDEX | SCHEMA
  // | COLUMN} name IS {'text' | NULL}; types, domains and constraints are
  // the grammar's.
  if (!P.accept(Word::Comment) || !P.accept(Word::On))
    return nullptr;
  TargetKind TK;
  bool Column = false;
  if (P.accept(Word::Column))
    TK = TargetKind::Relation, Column = true;
  else if (!objectKind(TK, /*Types=*/false))
    return nullptr;
  unsigned NameTok = P.Pos;
  QualifiedName Name;
  std::string PartName;
  if (TK == TargetKind::Schema) {
    if (!P.colId(Name.Name))
      return nullptr;
  } else if (Column) {
    // table.column, schema.table.column or catalog.schema.table.column.
    std::vector<std::string> N;
    if (!nameParts(N) || N.size() < 2 || N.size() > 4)
      return nullptr;
    if (N.size() == 4)
      N.erase(N.begin());
    Name = N.size() == 2 ? QualifiedName(N[0]) : QualifiedName(N[0], N[1]);
    PartName = N.back();
  } else if (!P.qualifiedName(Name)) {
    return nullptr;
  }
  if (!P.accept(Word::Is))
    return nullptr;
  std::optional<std::string> Text;
  if (!P.accept(Word::Null)) {
    std::string V;
    if (!P.isClass(TokClass::String) || !Hooks.stringValue(In.Toks[P.Pos], V))
      return nullptr;
    ++P.Pos;
    Text = std::move(V);
  }
  auto C = std::make_unique<CommentChange>(StmtLoc, TK,
                                           NameRef{Name, P.loc(NameTok)});
  C->Text = std::move(Text);
  if (Column) {
    C->On = CommentChange::Part::Column;
    C->PartName = std::move(PartName);
  }
  return C;
}

std::unique_ptr<SchemaChange>
FastStatement::lowerAlterSequence(Location StmtLoc) {
  // ALTER SEQUENCE [IF EXISTS] name OWNED BY [schema.]table.column, as
  // pg_dump and migra write it; OWNED BY NONE, options and the other
  // actions are the grammar's.
  bool IfExists = false;
  if (!P.accept(Word::Alter) || !P.accept(Word::Sequence) ||
      !ifExists(IfExists))
    return nullptr;
  unsigned NameTok = P.Pos;
  QualifiedName Name;
  if (!P.qualifiedName(Name) || !P.accept(Word::Owned) || !P.accept(Word::By))
    return nullptr;
  unsigned OwnerTok = P.Pos;
  std::vector<std::string> Parts;
  if (!nameParts(Parts) || Parts.size() < 2 || Parts.size() > 3)
    return nullptr;
  auto A = std::make_unique<AlterChange>(StmtLoc, NameRef{Name, P.loc(NameTok)},
                                         TargetKind::Sequence);
  A->IfExists = IfExists;
  // The action is where the sequence is named (the lowering's).
  A->Actions.emplace_back(AlterAction::Kind::SetSequenceOptions,
                          P.loc(NameTok));
  AlterAction &R = A->Actions.back();
  R.SeqOptions = std::make_unique<SequenceOptions>();
  R.Name = Parts.back();
  R.Relation = {Parts.size() == 2 ? QualifiedName(Parts[0])
                                  : QualifiedName(Parts[0], Parts[1]),
                P.loc(OwnerTok)};
  return A;
}

std::unique_ptr<SchemaChange> FastStatement::lowerDrop(Location StmtLoc) {
  // DROP {TABLE | VIEW | MATERIALIZED VIEW | INDEX | SEQUENCE | TYPE |
  // DOMAIN | SCHEMA} [CONCURRENTLY (indexes)] [IF EXISTS] name, ...
  // [CASCADE | RESTRICT].
  if (!P.accept(Word::Drop))
    return nullptr;
  TargetKind TK;
  if (!objectKind(TK, /*Types=*/true))
    return nullptr;
  if (TK == TargetKind::Index)
    P.accept(Word::Concurrently);
  auto D = std::make_unique<DropChange>(StmtLoc, TK);
  if (!ifExists(D->IfExists))
    return nullptr;
  do {
    unsigned NameTok = P.Pos;
    QualifiedName Name;
    if (TK == TargetKind::Schema
            ? !P.colId(Name.Name) || P.isClass(TokClass::Dot)
            : !P.qualifiedName(Name))
      return nullptr;
    D->Names.push_back({std::move(Name), P.loc(NameTok)});
  } while (P.accept(TokClass::Comma));
  D->Cascade = P.accept(Word::Cascade);
  if (!D->Cascade)
    P.accept(Word::Restrict);
  return D;
}

std::unique_ptr<SchemaChange> FastStatement::lowerSet() {
  // SET name[.name...] {TO | =} {DEFAULT | value, ...} with values that are
  // strings, signed numbers, TRUE, FALSE, ON, identifiers and unreserved key
  // words (the setting keeps their text). SET SESSION / LOCAL and the
  // special forms (TIME ZONE, SCHEMA, NAMES, ROLE, ...) are the grammar's.
  if (!P.accept(Word::Set) || P.isWord(Word::Session) || P.isWord(Word::Local))
    return nullptr;
  unsigned ParamTok = P.Pos;
  std::string Param, Part;
  if (!P.colId(Param))
    return nullptr;
  while (P.accept(TokClass::Dot)) {
    if (!P.colId(Part))
      return nullptr;
    Param += '.';
    Param += Part;
  }
  if (P.tok(P.Pos).Type == L::EQ)
    ++P.Pos;
  else if (!P.accept(Word::To))
    return nullptr;
  auto S = std::make_unique<Setting>(P.loc(ParamTok), Param, "");
  if (P.accept(Word::Default)) {
    S->IsDefault = true;
    return makeSettingChange(std::move(S));
  }
  unsigned First = P.Pos;
  do {
    uint16_t T = P.tok(P.Pos).Type;
    if (T == L::PLUS || T == L::MINUS) {
      ++P.Pos;
      if (!P.isClass(TokClass::Integer) && !P.isClass(TokClass::Numeric))
        return nullptr;
      ++P.Pos;
      continue;
    }
    const sql::TokInfo &I = P.info(P.Pos);
    bool Value = I.Class == TokClass::String || I.Class == TokClass::Integer ||
                 I.Class == TokClass::Numeric || P.isColId(P.Pos) ||
                 I.W == Word::True || I.W == Word::False || I.W == Word::On;
    if (!Value)
      return nullptr;
    ++P.Pos;
  } while (P.accept(TokClass::Comma));
  S->Value =
      In.Buffer.slice(In.Toks[First].Begin, In.Toks[P.Pos - 1].End).str();
  return makeSettingChange(std::move(S));
}

bool FastStatement::indexElem(IndexElement &E, bool Exclusion) {
  // (colId | '(' expr ')') [COLLATE name] [opclass] [ASC | DESC] [NULLS
  // FIRST | LAST]; function calls and operator class parameters are the
  // grammar's.
  E.Loc = P.loc(P.Pos);
  if (P.accept(TokClass::LParen)) {
    E.Expression = P.parseExpr();
    if (!E.Expression || !P.accept(TokClass::RParen))
      return false;
  } else if (P.cls(P.Pos + 1) == TokClass::LParen || !P.colId(E.Column)) {
    return false;
  }
  if (P.accept(Word::Collate) && !P.qualifiedName(E.details().Collation))
    return false;
  // NULLS would be an operator class name too: the grammar decides.
  if (P.isColId(P.Pos) && !P.isWord(Word::Nulls)) {
    if (!P.qualifiedName(E.details().OpClass) || P.isClass(TokClass::LParen))
      return false;
  }
  if (P.accept(Word::Asc))
    E.Direction = SortDirection::Asc;
  else if (P.accept(Word::Desc))
    E.Direction = SortDirection::Desc;
  if (P.accept(Word::Nulls)) {
    if (P.accept(Word::First))
      E.Nulls = NullsOrder::First;
    else if (P.accept(Word::Last))
      E.Nulls = NullsOrder::Last;
    else
      return false;
  }
  if (Exclusion)
    return P.isWord(Word::With);
  return P.isClass(TokClass::Comma) || P.isClass(TokClass::RParen);
}

bool FastStatement::columnDef(Column &Col, std::vector<Constraint> &Cs) {
  // colId typeName colConstraint*, the constraints without attributes.
  Col.Loc = P.loc(P.Pos);
  if (!P.colId(Col.Name) || !Hooks.typeName(P.Pos, Col.Type))
    return false;
  return columnConstraints(Col, Cs, ColumnIn::Table);
}

bool FastStatement::columnConstraints(Column &Col, std::vector<Constraint> &Cs,
                                      ColumnIn Where) {
  bool ForDomain = Where == ColumnIn::Domain;
  auto ColumnConstraint = [&](Constraint::Kind K, Location L,
                              std::string Name) {
    Constraint C;
    C.K = K;
    C.Loc = L;
    C.ColumnLevel = Col.Name;
    if (K != Constraint::Kind::Check)
      C.Columns.push_back(Col.Name);
    C.Name = std::move(Name);
    Cs.push_back(std::move(C));
    return &Cs.back();
  };
  bool SeenNull = false, SeenNotNull = false;
  // The constraint that attributes (DEFERRABLE, ...) written next would
  // apply to: one this column definition made last.
  constexpr size_t NoTarget = ~size_t(0);
  size_t AttrTarget = NoTarget;
  for (;;) {
    bool End = P.isClass(TokClass::Semi) || P.Pos == In.N;
    if (Where == ColumnIn::Table)
      End = P.isClass(TokClass::Comma) || P.isClass(TokClass::RParen);
    else if (Where == ColumnIn::Alter)
      End |= P.isClass(TokClass::Comma);
    if (End) // errors of the lowering
      return !(Col.generation() && Col.Default) &&
             !(Col.Ident && (Col.Default || Col.generation()));
    Location L = P.loc(P.Pos);
    if (P.accept(Word::Collate)) {
      if (!Col.collation().empty())
        return false;
      // any_name: a ColId, which here includes the column-name key words
      // (`COLLATE numeric`), then attributes.
      QualifiedName &Collation = Col.details().Collation;
      const sql::TokInfo &First = P.info(P.Pos);
      if (First.Class == TokClass::Keyword &&
          First.Category == KeywordCategory::ColName &&
          P.cls(P.Pos + 1) != TokClass::Dot) {
        std::string N;
        if (!P.colLabel(N))
          return false;
        Collation = QualifiedName(std::move(N));
      } else if (!P.qualifiedName(Collation)) {
        return false;
      }
      continue;
    }
    Word Next = P.word(P.Pos + 1);
    if (P.isWord(Word::Deferrable) || P.isWord(Word::Initially) ||
        (P.isWord(Word::Not) &&
         (Next == Word::Deferrable || Next == Word::Valid)) ||
        (P.isWord(Word::No) && Next == Word::Inherit)) {
      // Attributes of the key, reference or CHECK just before them; NOT
      // VALID (an error of the grammar's lowering) and attributes after
      // anything else (PostgreSQL: misplaced) are declined.
      if (AttrTarget == NoTarget || ForDomain)
        return false;
      Constraint &C = Cs[AttrTarget];
      if (!constraintAttrs(C) || C.NotValid)
        return false;
      continue;
    }
    AttrTarget = NoTarget;
    std::string ConName;
    if (P.accept(Word::Constraint) && !P.colId(ConName))
      return false;
    if (P.accept(Word::Not)) {
      if (!P.accept(Word::Null) || SeenNull || !ConName.empty())
        return false;
      SeenNotNull = Col.NotNull = true;
    } else if (P.accept(Word::Null)) {
      if (SeenNotNull || !ConName.empty())
        return false;
      SeenNull = Col.ExplicitNull = true;
    } else if (P.accept(Word::Default)) {
      if (Col.Default || !ConName.empty())
        return false;
      // b_expr: no AND, OR, NOT, IS, comparison or LIKE-level operator at
      // the top, and no COLLATE (which would be the column's).
      Col.Default = P.parseBExpr();
      if (!Col.Default)
        return false;
    } else if (P.accept(Word::Check)) {
      Constraint *K = ColumnConstraint(Constraint::Kind::Check, L, ConName);
      if (!P.accept(TokClass::LParen))
        return false;
      K->Check = P.parseExpr();
      if (!K->Check || !P.accept(TokClass::RParen))
        return false;
      AttrTarget = Cs.size() - 1;
    } else if (ForDomain) {
      // Keys, references and generated columns are not for domains: the
      // grammar's lowering reports them.
      return false;
    } else if (P.accept(Word::Generated)) {
      // GENERATED {ALWAYS | BY DEFAULT} AS IDENTITY [(options)] or
      // GENERATED ALWAYS AS (expr) [STORED | VIRTUAL].
      bool Always;
      if (!generatedWhen(Always) || !P.accept(Word::As))
        return false;
      if (P.accept(Word::Identity)) {
        if (Col.Ident)
          return false;
        Column::Identity Id;
        Id.Always = Always;
        if (!identityOptions(Id.Options))
          return false;
        Col.Ident = std::move(Id);
        continue;
      }
      if (!Always || Col.generation() || !P.accept(TokClass::LParen))
        return false;
      Column::Generated Gen;
      Gen.Expression = P.parseExpr();
      if (!Gen.Expression || !P.accept(TokClass::RParen))
        return false;
      if (!P.accept(Word::Stored))
        Gen.Virtual = P.accept(Word::Virtual);
      Col.details().Generation = std::move(Gen);
    } else if (P.accept(Word::Unique)) {
      ColumnConstraint(Constraint::Kind::Unique, L, ConName);
      AttrTarget = Cs.size() - 1;
    } else if (P.accept(Word::Primary)) {
      if (!P.accept(Word::Key))
        return false;
      ColumnConstraint(Constraint::Kind::PrimaryKey, L, ConName);
      AttrTarget = Cs.size() - 1;
    } else if (P.accept(Word::References)) {
      Constraint *K =
          ColumnConstraint(Constraint::Kind::ForeignKey, L, ConName);
      if (!P.qualifiedName(K->RefTable))
        return false;
      if ((P.isClass(TokClass::LParen) && !P.nameList(K->RefColumns)) ||
          !keyActions(*K))
        return false;
      AttrTarget = Cs.size() - 1;
    } else {
      // Attributes (DEFERRABLE, ...), options of keys, MATCH, ON DELETE,
      // identity, generated columns, STORAGE: the grammar's.
      return false;
    }
  }
}

bool FastStatement::tableConstraint(Constraint &Out, bool InAlter,
                                    NameRef *UsingIndex) {
  // [CONSTRAINT name] CHECK (expr) | UNIQUE (columns) | PRIMARY KEY
  // (columns) | FOREIGN KEY (columns) REFERENCES table [(columns)] [ON
  // UPDATE action] [ON DELETE action] | EXCLUDE ..., then attributes
  // (DEFERRABLE, NOT VALID, ...); without options, MATCH or column lists of
  // SET NULL / SET DEFAULT.
  Out.Loc = P.loc(P.Pos);
  if (P.accept(Word::Constraint) && !P.colId(Out.Name))
    return false;
  if (UsingIndex && (P.isWord(Word::Unique) || P.isWord(Word::Primary))) {
    // pg_dump's and migra's UNIQUE | PRIMARY KEY USING INDEX name.
    unsigned At = P.Pos + (P.isWord(Word::Primary) ? 2 : 1);
    if (P.word(At) == Word::Using && P.word(At + 1) == Word::Index) {
      Out.K = P.isWord(Word::Primary) ? Constraint::Kind::PrimaryKey
                                      : Constraint::Kind::Unique;
      if (Out.K == Constraint::Kind::PrimaryKey &&
          P.word(P.Pos + 1) != Word::Key)
        return false;
      P.Pos = At + 2;
      unsigned NameTok = P.Pos;
      if (!P.colId(UsingIndex->Name.Name))
        return false;
      UsingIndex->Loc = P.loc(NameTok);
      return constraintAttrs(Out) && atConstraintEnd(InAlter);
    }
  }
  if (P.accept(Word::Check)) {
    Out.K = Constraint::Kind::Check;
    if (!P.accept(TokClass::LParen))
      return false;
    Out.Check = P.parseExpr();
    if (!Out.Check || !P.accept(TokClass::RParen))
      return false;
  } else if (P.accept(Word::Unique)) {
    Out.K = Constraint::Kind::Unique;
    if (!P.nameList(Out.Columns))
      return false;
  } else if (P.accept(Word::Primary)) {
    Out.K = Constraint::Kind::PrimaryKey;
    if (!P.accept(Word::Key) || !P.nameList(Out.Columns))
      return false;
  } else if (P.accept(Word::Exclude)) {
    // EXCLUDE [USING method] (element WITH operator, ...) [INCLUDE
    // (columns)] [WHERE (predicate)]; operators of one token (OPERATOR(...)
    // and qualified ones are the grammar's), without WITH options or USING
    // INDEX TABLESPACE.
    Out.K = Constraint::Kind::Exclusion;
    if (P.accept(Word::Using) && !P.colId(Out.ExclusionMethod))
      return false;
    if (!P.accept(TokClass::LParen))
      return false;
    do {
      ExclusionElement EE;
      if (!indexElem(EE.Element, /*Exclusion=*/true) || !P.accept(Word::With) ||
          !P.isClass(TokClass::Operator))
        return false;
      EE.Operator = P.text(P.Pos).str();
      ++P.Pos;
      Out.Exclusions.push_back(std::move(EE));
    } while (P.accept(TokClass::Comma));
    if (!P.accept(TokClass::RParen))
      return false;
    if (P.accept(Word::Include) && !P.nameList(Out.Include))
      return false;
    if (P.accept(Word::Where)) {
      if (!P.accept(TokClass::LParen))
        return false;
      Out.ExclusionWhere = P.parseExpr();
      if (!Out.ExclusionWhere || !P.accept(TokClass::RParen))
        return false;
    }
  } else if (P.accept(Word::Foreign)) {
    Out.K = Constraint::Kind::ForeignKey;
    if (!P.accept(Word::Key) || !P.nameList(Out.Columns) ||
        !P.accept(Word::References) || !P.qualifiedName(Out.RefTable))
      return false;
    if (P.isClass(TokClass::LParen) && !P.nameList(Out.RefColumns))
      return false;
    if (!keyActions(Out))
      return false;
  } else {
    return false;
  }
  return constraintAttrs(Out) && atConstraintEnd(InAlter);
}

bool FastStatement::constraintAttrs(Constraint &C) {
  // DEFERRABLE, NOT DEFERRABLE, INITIALLY {DEFERRED | IMMEDIATE}, NOT
  // VALID, NO INHERIT. Declined, for the grammar's lowering or PostgreSQL
  // to report: deferrability of a CHECK, NO INHERIT of anything else, NOT
  // VALID of a key, an attribute given twice, INITIALLY DEFERRED with NOT
  // DEFERRABLE, and NOT ENFORCED.
  bool Check = C.K == Constraint::Kind::Check;
  bool SeenValid = false;
  for (;;) {
    Word Next = P.word(P.Pos + 1);
    if (P.isWord(Word::Deferrable) ||
        (P.isWord(Word::Not) && Next == Word::Deferrable)) {
      if (Check || C.Deferrable)
        return false;
      C.Deferrable = !P.accept(Word::Not);
      ++P.Pos;
    } else if (P.isWord(Word::Initially)) {
      if (Check || C.InitiallyDeferred)
        return false;
      if (Next == Word::Deferred)
        C.InitiallyDeferred = true;
      else if (Next == Word::Immediate)
        C.InitiallyDeferred = false;
      else
        return false;
      P.Pos += 2;
    } else if (P.isWord(Word::Not) && Next == Word::Valid) {
      if (SeenValid || !(Check || C.K == Constraint::Kind::ForeignKey))
        return false;
      SeenValid = C.NotValid = true;
      P.Pos += 2;
    } else if (P.isWord(Word::No) && Next == Word::Inherit) {
      if (!Check || C.NoInherit)
        return false;
      C.NoInherit = true;
      P.Pos += 2;
    } else {
      break;
    }
  }
  return !(C.InitiallyDeferred.value_or(false) && C.Deferrable == false);
}

bool FastStatement::partitionBound(PartitionBound &Out) {
  if (P.accept(Word::Default)) {
    Out.BK = PartitionBound::BoundKind::Default;
    return true;
  }
  auto List = [&](std::vector<ExprPtr> &Values) {
    if (!P.accept(TokClass::LParen))
      return false;
    do {
      Values.push_back(P.parseExpr());
      if (!Values.back())
        return false;
    } while (P.accept(TokClass::Comma));
    return P.accept(TokClass::RParen);
  };
  if (!P.accept(Word::For) || !P.accept(Word::Values))
    return false;
  if (P.accept(Word::In)) {
    Out.BK = PartitionBound::BoundKind::In;
    return List(Out.In);
  }
  Out.BK = PartitionBound::BoundKind::Range;
  return P.accept(Word::From) && List(Out.From) && P.accept(Word::To) &&
         List(Out.To);
}

bool FastStatement::keyActions(Constraint &Out) {
  // ON UPDATE a [ON DELETE b] | ON DELETE b [ON UPDATE a].
  bool Update = false, Delete = false;
  while (P.accept(Word::On)) {
    if (!Update && P.accept(Word::Update)) {
      Update = true;
      if (!keyAction(Out.OnUpdate))
        return false;
    } else if (!Delete && P.accept(Word::Delete)) {
      Delete = true;
      if (!keyAction(Out.OnDelete))
        return false;
    } else {
      return false;
    }
  }
  return true;
}

bool FastStatement::keyAction(ForeignKeyAction &Out) {
  if (P.accept(Word::No)) {
    Out = ForeignKeyAction::NoAction;
    return P.accept(Word::Action);
  }
  if (P.accept(Word::Restrict)) {
    Out = ForeignKeyAction::Restrict;
  } else if (P.accept(Word::Cascade)) {
    Out = ForeignKeyAction::Cascade;
  } else if (P.accept(Word::Set)) {
    if (P.accept(Word::Null))
      Out = ForeignKeyAction::SetNull;
    else if (P.accept(Word::Default))
      Out = ForeignKeyAction::SetDefault;
    else
      return false;
    // SET NULL (columns): the grammar's.
    return !P.isClass(TokClass::LParen);
  } else {
    return false;
  }
  return true;
}

std::unique_ptr<SchemaChange> FastStatement::lowerAlterTable(Location StmtLoc) {
  // ALTER TABLE [IF EXISTS] [ONLY] name action, ... with the actions ADD
  // table constraint or column (as in CREATE TABLE), DROP column or
  // constraint, VALIDATE CONSTRAINT, the simple ALTER COLUMN forms, ATTACH
  // PARTITION and OWNER TO role; the others, and ONLY (name) and name *,
  // are the grammar's.
  if (!P.accept(Word::Alter) || !P.accept(Word::Table))
    return nullptr;
  bool IfExists = false;
  if (!ifExists(IfExists))
    return nullptr;
  P.accept(Word::Only);
  unsigned NameTok = P.Pos;
  QualifiedName Name;
  if (!P.qualifiedName(Name) || P.isClass(TokClass::Star))
    return nullptr;
  auto A = std::make_unique<AlterChange>(StmtLoc, NameRef{Name, P.loc(NameTok)},
                                         TargetKind::Table);
  A->IfExists = IfExists;
  do {
    Location L = P.loc(P.Pos);
    if (P.accept(Word::Add)) {
      if (!startsTableConstraint()) {
        // ADD [COLUMN] [IF NOT EXISTS] column, as in CREATE TABLE.
        P.accept(Word::Column);
        bool IfNotExists = false;
        if (!ifNotExists(IfNotExists))
          return nullptr;
        A->Actions.emplace_back(AlterAction::Kind::AddColumn, L);
        AlterAction &R = A->Actions.back();
        R.IfNotExists = IfNotExists;
        Column Col;
        Col.Loc = P.loc(P.Pos);
        if (!P.colId(Col.Name) || !Hooks.typeName(P.Pos, Col.Type) ||
            !columnConstraints(Col, R.Constraints, ColumnIn::Alter) ||
            Col.generation() || Col.Default)
          return nullptr; // defaults and generated columns: the grammar's
        R.Name = Col.Name;
        R.NameLoc = Col.Loc;
        for (Constraint &Con : R.Constraints)
          Con.AddedByAlter = true;
        R.Col = std::make_unique<Column>(std::move(Col));
        continue;
      }
      Constraint Con;
      NameRef Index;
      if (!tableConstraint(Con, /*InAlter=*/true, &Index))
        return nullptr;
      Con.AddedByAlter = true;
      bool UsingIndex = !Index.Name.Name.empty();
      A->Actions.emplace_back(UsingIndex
                                  ? AlterAction::Kind::AddConstraintUsingIndex
                                  : AlterAction::Kind::AddConstraint,
                              L);
      if (UsingIndex) {
        A->Actions.back().Name = std::move(Index.Name.Name);
        A->Actions.back().NameLoc = Index.Loc;
      }
      A->Actions.back().Constraints.push_back(std::move(Con));
    } else if (P.accept(Word::Attach)) {
      // ATTACH PARTITION name FOR VALUES FROM (...) TO (...) | IN (...) |
      // DEFAULT; hash bounds are the grammar's.
      unsigned PartTok = P.Pos + 1;
      QualifiedName Part;
      if (!P.accept(Word::Partition) || !P.qualifiedName(Part))
        return nullptr;
      auto Bound = std::make_unique<PartitionBound>();
      if (!partitionBound(*Bound) || !atConstraintEnd(true))
        return nullptr;
      A->Actions.emplace_back(AlterAction::Kind::AttachPartition, L);
      A->Actions.back().Relation = {Part, P.loc(PartTok)};
      A->Actions.back().Bound = std::move(Bound);
    } else if (P.accept(Word::Drop) || P.isWord(Word::Validate)) {
      // DROP [COLUMN] [IF EXISTS] name [CASCADE | RESTRICT], DROP
      // CONSTRAINT [IF EXISTS] name [CASCADE | RESTRICT], VALIDATE
      // CONSTRAINT name.
      bool Validate = P.accept(Word::Validate);
      bool Con = P.accept(Word::Constraint);
      if (Validate && !Con)
        return nullptr;
      if (!Con)
        P.accept(Word::Column);
      bool IfExists = false;
      if (!Validate && !ifExists(IfExists))
        return nullptr;
      unsigned NameTok = P.Pos;
      std::string N;
      if (!P.colId(N))
        return nullptr;
      bool Cascade = !Validate && P.accept(Word::Cascade);
      if (!Validate && !Cascade)
        P.accept(Word::Restrict);
      if (!atConstraintEnd(true))
        return nullptr;
      A->Actions.emplace_back(Validate ? AlterAction::Kind::ValidateConstraint
                              : Con    ? AlterAction::Kind::DropConstraint
                                       : AlterAction::Kind::DropColumn,
                              L);
      AlterAction &R = A->Actions.back();
      R.Name = std::move(N);
      R.NameLoc = P.loc(NameTok);
      R.IfExists = IfExists;
      R.Cascade = Cascade;
    } else if (P.accept(Word::Alter)) {
      // ALTER [COLUMN] name {SET | DROP} NOT NULL, DROP DEFAULT, SET DEFAULT
      // expr, [SET DATA] TYPE type [COLLATE name] [USING expr], ADD
      // GENERATED ... AS IDENTITY; the other identity forms, expressions,
      // storage and statistics are the grammar's.
      P.accept(Word::Column);
      unsigned NameTok = P.Pos;
      std::string N;
      if (!P.colId(N))
        return nullptr;
      AlterAction R(AlterAction::Kind::SetNotNull, L);
      if (P.isWord(Word::Add) && P.word(P.Pos + 1) == Word::Generated) {
        // ADD GENERATED {ALWAYS | BY DEFAULT} AS IDENTITY [(options)]:
        // pg_dump's identity columns.
        P.Pos += 2;
        Column::Identity Id;
        if (!generatedWhen(Id.Always) || !P.accept(Word::As) ||
            !P.accept(Word::Identity) || !identityOptions(Id.Options))
          return nullptr;
        R.K = AlterAction::Kind::AddIdentity;
        R.Identity = std::make_unique<Column::Identity>(std::move(Id));
      } else if (P.accept(Word::Drop)) {
        if (P.accept(Word::Default))
          R.K = AlterAction::Kind::DropDefault;
        else if (P.accept(Word::Not) && P.accept(Word::Null))
          R.K = AlterAction::Kind::DropNotNull;
        else
          return nullptr;
      } else if (P.isWord(Word::Set) && P.word(P.Pos + 1) == Word::Default) {
        P.Pos += 2;
        R.K = AlterAction::Kind::SetDefault;
        if (!(R.Expression = P.parseExpr()))
          return nullptr;
      } else if (P.isWord(Word::Set) && P.word(P.Pos + 1) == Word::Not) {
        P.Pos += 2;
        if (!P.accept(Word::Null))
          return nullptr;
      } else {
        if (P.accept(Word::Set) && !P.accept(Word::Data))
          return nullptr;
        if (!P.accept(Word::Type))
          return nullptr;
        R.K = AlterAction::Kind::AlterColumnType;
        R.Type = std::make_unique<DataType>();
        if (!Hooks.typeName(P.Pos, *R.Type))
          return nullptr;
        if (P.accept(Word::Collate) && !P.qualifiedName(R.Collation))
          return nullptr;
        if (P.accept(Word::Using) && !(R.Expression = P.parseExpr()))
          return nullptr;
      }
      if (!atConstraintEnd(true))
        return nullptr;
      R.Name = std::move(N);
      R.NameLoc = P.loc(NameTok);
      A->Actions.push_back(std::move(R));
    } else if (P.accept(Word::Owner)) {
      // OWNER TO role: a name (CURRENT_USER and the like are the grammar's).
      std::string Role;
      if (!P.accept(Word::To) || !P.colId(Role) || !atConstraintEnd(true))
        return nullptr;
      A->Actions.emplace_back(AlterAction::Kind::OwnerTo, L);
      A->Actions.back().Value = std::move(Role);
    } else if (P.isWord(Word::Enable) || P.isWord(Word::Disable) ||
               P.isWord(Word::Force) ||
               (P.isWord(Word::No) && P.word(P.Pos + 1) == Word::Force)) {
      // {ENABLE | DISABLE | [NO] FORCE} ROW LEVEL SECURITY; ENABLE TRIGGER
      // and RULE are the grammar's.
      AlterAction::Kind K =
          P.accept(Word::Enable)    ? AlterAction::Kind::EnableRowSecurity
          : P.accept(Word::Disable) ? AlterAction::Kind::DisableRowSecurity
          : P.accept(Word::Force)   ? AlterAction::Kind::ForceRowSecurity
                                    : AlterAction::Kind::NoForceRowSecurity;
      if (K == AlterAction::Kind::NoForceRowSecurity)
        P.Pos += 2;
      if (!P.accept(Word::Row) || !P.accept(Word::Level) ||
          !P.accept(Word::Security) || !atConstraintEnd(true))
        return nullptr;
      A->Actions.emplace_back(K, L);
    } else if (P.isWord(Word::Set) && (P.word(P.Pos + 1) == Word::Logged ||
                                       P.word(P.Pos + 1) == Word::Unlogged)) {
      // SET LOGGED | UNLOGGED.
      bool Logged = P.word(P.Pos + 1) == Word::Logged;
      P.Pos += 2;
      if (!atConstraintEnd(true))
        return nullptr;
      A->Actions.emplace_back(Logged ? AlterAction::Kind::SetLogged
                                     : AlterAction::Kind::SetUnlogged,
                              L);
    } else {
      return nullptr;
    }
  } while (P.accept(TokClass::Comma));
  return A;
}

} // namespace

bool pg::fastLowerStatement(const sql::StatementTokens &In, bool StdStrings,
                            StmtKind K, llvm::StringRef ElementSchema,
                            LoweredStatement &Out) {
  FastStatement S(In, StdStrings, ElementSchema);
  return S.lower(K, Out);
}
