//===- OracleDialect.cpp - Oracle as an SQL dialect -----------------------===//
//
// Part of schemac. The tables are the .def files of this folder; the traits
// and features below are what differs from the defaults (PostgreSQL's).
//
//===----------------------------------------------------------------------===//

#include "schemac/dialects/oracle/OracleDialect.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSwitch.h"

using namespace schemac;

namespace {

using namespace schemac::typeflags;

// Reserved words are quoted when they name something; the grammar's other
// key words are names to Oracle.
const Keyword Keywords[] = {
#define ORACLE_RESERVED(Word)                                                  \
  {Word, KeywordCategory::Reserved, /*BareLabel=*/false, /*Token=*/true},
#define ORACLE_KEYWORD(Word)                                                   \
  {Word, KeywordCategory::Unreserved, /*BareLabel=*/true, /*Token=*/true},
#include "OracleKeywords.def"
};

const TypeName Types[] = {
#define ORACLE_TYPE(Name, Kind, Flags) {Name, TypeKind::Kind, Flags},
#include "OracleTypes.def"
};

const TypeKind TypesWithoutSpelling[] = {
#define ORACLE_TYPE_WITHOUT_SPELLING(Kind) TypeKind::Kind,
#include "OracleTypes.def"
};

const std::pair<TypeKind, const char *> LossyTypes[] = {
#define ORACLE_LOSSY_TYPE(Kind, Note) {TypeKind::Kind, Note},
#include "OracleTypes.def"
};

const BinaryOperator BinaryOperators[] = {
#define ORACLE_BINARY_OP(Spelling, Kind, Prec, Assoc)                          \
  {Spelling, BinaryOpKind::Kind, Precedence::Prec, Associativity::Assoc},
#include "OracleOperators.def"
};

const UnaryOperator UnaryOperators[] = {
#define ORACLE_UNARY_OP(Spelling, Kind, Prec)                                  \
  {Spelling, UnaryOpKind::Kind, Precedence::Prec},
#include "OracleOperators.def"
};

const oracle::Function Functions[] = {
#define ORACLE_FUNCTION(Name, MinArgs, MaxArgs) {Name, MinArgs, MaxArgs},
#include "OracleFunctions.def"
};

struct Renamed {
  const char *Oracle, *Neutral;
  unsigned Args;
};
const Renamed RenamedFunctions[] = {
#define ORACLE_RENAMED_FUNCTION(OracleName, NeutralName, Args)                 \
  {OracleName, NeutralName, Args},
#include "OracleFunctions.def"
};

// The schemas of the database's own objects.
const char *const SystemSchemas[] = {"SYS",   "SYSTEM", "PUBLIC", "XDB",
                                     "MDSYS", "CTXSYS", "ORDSYS"};
// DUAL resolves without a schema (a public synonym of SYS.DUAL).
const char *const CatalogRelations[] = {"DUAL"};
const char *const SystemColumns[] = {"ROWID", "ROWNUM", "ORA_ROWSCN"};

SQLDialect::Description describeOracle() {
  SQLDialect::Description D;
  D.Name = "oracle";
  D.DisplayName = "Oracle";
  D.Version = 19;

  LexicalTraits &L = D.Traits;
  L.IdentifierQuotes = "\"\"";
  L.IdentifierChars = "$#";
  L.Folding = CaseFolding::Upper;
  // 128 bytes since 12.2 (30 before).
  L.MaxIdentifierLength = 128;
  L.Backslashes = BackslashEscapes::Never;
  L.EscapeStrings = false;
  L.NationalStrings = true;
  L.BitStrings = false;
  L.BlobLiterals = false;
  L.UnicodeStrings = false;
  L.DollarQuotes = false;
  L.StringContinuation = false;
  L.NestedBlockComments = false;
  L.HexNumbers = false;
  L.Operators = OperatorLexing::Fixed;
  L.Parameters = ParameterStyle::Colon;
  // SQL*Plus: a line holding only "/" runs the buffer (ends a PL/SQL
  // block).
  L.BatchSeparator = "/";
  L.BackslashCommands = false;

  SQLFeatures &F = D.Features;
  F.DoubleColonCast = false;
  F.LimitOffset = false;
  F.LimitAll = false;
  F.FetchFirst = true; // 12c
  F.DistinctOn = false;
  F.ILike = false;
  F.ArrayConstructors = false;
  F.SerialTypes = false;
  F.IdentityColumns = true; // 12c
  F.AutoIncrement = false;
  F.Comments = CommentStyle::CommentOn;
  F.Owners = false; // a schema is its owner
  F.Schemas = true;
  F.TransactionalDDL = false;
  F.IfNotExistsKinds = 0; // 23ai only
  F.IfNotExistsMaterializedView = false;
  F.MaxTableColumns = 1000;
  F.StatementSettings = {};

  D.Keywords = Keywords;
  D.Types = Types;
  D.TypesWithoutSpelling = TypesWithoutSpelling;
  D.BinaryOperators = BinaryOperators;
  D.UnaryOperators = UnaryOperators;
  D.Rules.SystemSchemas = SystemSchemas;
  D.Rules.CatalogRelations = CatalogRelations;
  D.Rules.SystemColumns = SystemColumns;
  D.Rules.UnnamedColumn = "";
  // Oracle's own names of unnamed constraints (SYS_C0012345) are not
  // deterministic: unnamed constraints stay unnamed, and what must be
  // named is named as PostgreSQL would.
  D.Naming = &NamingScheme::getPostgres();
  return D;
}

} // namespace

const SQLDialect &schemac::getOracleDialect() {
  static const SQLDialect D(describeOracle());
  return D;
}

void schemac::registerOracleDialect() {
  static const bool Registered = [] {
    SQLDialect::registerDialect(getOracleDialect());
    return true;
  }();
  (void)Registered;
}

llvm::StringRef oracle::getLossyTypeNote(TypeKind K) {
  for (const auto &[Kind, Note] : LossyTypes)
    if (Kind == K)
      return Note;
  return "";
}

llvm::ArrayRef<oracle::Function> oracle::getFunctions() { return Functions; }

const oracle::Function *oracle::findFunction(llvm::StringRef Name) {
  return findBuiltinFunction(Functions, Name);
}

llvm::StringRef oracle::getNeutralFunction(llvm::StringRef Name,
                                           unsigned Args) {
  for (const Renamed &R : RenamedFunctions)
    if (Name == R.Oracle && Args == R.Args)
      return R.Neutral;
  return "";
}

bool oracle::isReservedWord(llvm::StringRef Word) {
  return getOracleDialect().getKeywordCategory(Word) ==
         KeywordCategory::Reserved;
}

bool oracle::readType(llvm::StringRef Key,
                      llvm::ArrayRef<std::string> Modifiers, DataType &Out) {
  const TypeName *Row = getOracleDialect().getTypes().lookup(Key);
  if (!Row)
    return false;
  Out.Kind = Row->Kind;
  Out.Modifiers = {};
  auto Precision = [&](unsigned &P) {
    return !Modifiers.empty() &&
           !llvm::StringRef(Modifiers[0]).getAsInteger(10, P);
  };
  bool IntegerAlias = Key == "integer" || Key == "int" || Key == "smallint";
  bool NumberLike =
      Key == "number" || Key == "numeric" || Key == "decimal" || Key == "dec";
  if (IntegerAlias) {
    // NUMBER(38).
    Out.Modifiers = {"38", "0"};
    return true;
  }
  if (NumberLike) {
    unsigned P = 0;
    bool ScaleZero =
        Modifiers.size() == 1 || (Modifiers.size() == 2 && Modifiers[1] == "0");
    // NUMBER(*, s): the largest precision.
    std::string Prec = Modifiers.empty() || Modifiers[0] != "*"
                           ? (Modifiers.empty() ? "" : Modifiers[0])
                           : std::string("38");
    if (Precision(P) && ScaleZero) {
      Out.Kind = P <= 4    ? TypeKind::SmallInt
                 : P <= 9  ? TypeKind::Integer
                 : P <= 18 ? TypeKind::BigInt
                           : TypeKind::Decimal;
      if (Out.Kind == TypeKind::Decimal)
        Out.Modifiers = {Prec, "0"};
      return true;
    }
    if (Modifiers.empty())
      return true; // NUMBER: any precision, floating decimal point
    if (Modifiers.size() == 2)
      Out.Modifiers = {Prec, Modifiers[1]};
    else
      Out.Modifiers = {Prec, "0"};
    return true;
  }
  switch (Out.Kind) {
  case TypeKind::Char:
  case TypeKind::Varchar:
    if (!Modifiers.empty())
      Out.Modifiers = {Modifiers[0]};
    else if (Out.Kind == TypeKind::Char)
      Out.Modifiers = {"1"}; // CHAR is CHAR(1)
    break;
  case TypeKind::Date:
    // DATE holds a date and a time to the second.
    Out.Kind = TypeKind::Timestamp;
    Out.Modifiers = {"0"};
    break;
  case TypeKind::Timestamp:
  case TypeKind::TimestampTz:
    // TIMESTAMP is TIMESTAMP(6).
    Out.Modifiers = {Modifiers.empty() ? std::string("6") : Modifiers[0]};
    break;
  default:
    break;
  }
  return true;
}
