//===- SQLServerDialect.cpp - SQL Server as an SQL dialect ----------------===//
//
// Part of schemac. The tables are the .def files of this folder; the traits
// and features below are what differs from the defaults (PostgreSQL's).
//
//===----------------------------------------------------------------------===//

#include "schemac/dialects/sqlserver/SQLServerDialect.h"

#include "llvm/ADT/STLExtras.h"

using namespace schemac;

namespace {

using namespace schemac::typeflags;

const Keyword Keywords[] = {
#define SQLSERVER_KEYWORD(Word, Category)                                      \
  {Word, KeywordCategory::Category,                                            \
   /*BareLabel=*/KeywordCategory::Category != KeywordCategory::Reserved,       \
   /*Token=*/true},
#include "SQLServerKeywords.def"
};

const TypeName Types[] = {
#define SQLSERVER_TYPE(Name, Kind, Flags) {Name, TypeKind::Kind, Flags},
#include "SQLServerTypes.def"
};

const TypeKind TypesWithoutSpelling[] = {
#define SQLSERVER_TYPE_WITHOUT_SPELLING(Kind) TypeKind::Kind,
#include "SQLServerTypes.def"
};

const std::pair<TypeKind, const char *> LossyTypes[] = {
#define SQLSERVER_LOSSY_TYPE(Kind, Note) {TypeKind::Kind, Note},
#include "SQLServerTypes.def"
};

const char *const SpecificTypes[] = {
#define SQLSERVER_SPECIFIC_TYPE(Name) Name,
#include "SQLServerTypes.def"
};

const BinaryOperator BinaryOperators[] = {
#define SQLSERVER_BINARY_OP(Spelling, Kind, Prec, Assoc)                       \
  {Spelling, BinaryOpKind::Kind, Precedence::Prec, Associativity::Assoc},
#include "SQLServerOperators.def"
};

const UnaryOperator UnaryOperators[] = {
#define SQLSERVER_UNARY_OP(Spelling, Kind, Prec)                               \
  {Spelling, UnaryOpKind::Kind, Precedence::Prec},
#include "SQLServerOperators.def"
};

const sqlserver::Function Functions[] = {
#define SQLSERVER_FUNCTION(Name, MinArgs, MaxArgs) {Name, MinArgs, MaxArgs},
#include "SQLServerFunctions.def"
};

const sqlserver::RenamedFunction RenamedFunctions[] = {
#define SQLSERVER_RENAMED_FUNCTION(Name, Neutral, Args) {Name, Neutral, Args},
#include "SQLServerFunctions.def"
};

// dbo is every database's default schema; sys and INFORMATION_SCHEMA hold
// the catalog; guest is a schema of every database too.
const char *const PredefinedSchemas[] = {"dbo", "guest"};
const char *const SystemSchemas[] = {"sys", "INFORMATION_SCHEMA"};

// Latin1_General_BIN2 compares code points, as PostgreSQL's "C" does.
const std::pair<const char *, const char *> Collations[] = {
    {"Latin1_General_BIN2", "binary"}};

SQLDialect::Description describeSQLServer() {
  SQLDialect::Description D;
  D.Name = "sqlserver";
  D.DisplayName = "SQL Server";
  D.Version = 16; // SQL Server 2022

  LexicalTraits &L = D.Traits;
  // [x] is written; "x" is read too (QUOTED_IDENTIFIER ON, the default).
  L.IdentifierQuotes = "[]\"\"";
  // @variables and #temporary tables are identifiers to the scanner.
  L.IdentifierStartChars = "@#";
  L.IdentifierChars = "$@#";
  // Kept as written; compared as the database's collation says
  // (case-insensitive by default).
  L.Folding = CaseFolding::None;
  L.MaxIdentifierLength = sqlserver::MaxNameLength;
  L.Backslashes = BackslashEscapes::Never;
  L.EscapeStrings = false;
  L.NationalStrings = true;
  L.BitStrings = false;
  L.UnicodeStrings = false;
  L.DollarQuotes = false;
  L.StringContinuation = false;
  L.NestedBlockComments = true;
  L.HexNumbers = true;
  L.Operators = OperatorLexing::Fixed;
  L.Parameters = ParameterStyle::At;
  L.BatchSeparator = "GO";
  L.BackslashCommands = false;

  SQLFeatures &F = D.Features;
  F.DoubleColonCast = false;
  F.LimitAll = false;
  F.FetchFirst = false;
  F.DistinctOn = false;
  F.ILike = false;
  F.ArrayConstructors = false;
  F.SerialTypes = false;
  F.IdentityColumns = true;
  F.AutoIncrement = false;
  F.Comments = CommentStyle::ExtendedProperties;
  F.Owners = false;
  F.Schemas = true;
  F.TransactionalDDL = true;
  // CREATE TABLE IF NOT EXISTS does not exist; DROP ... IF EXISTS does.
  F.IfNotExistsKinds = 0;
  F.IfNotExistsMaterializedView = false;
  F.MaxTableColumns = 1024;
  F.StatementSettings = {};

  D.Keywords = Keywords;
  D.Types = Types;
  D.TypesWithoutSpelling = TypesWithoutSpelling;
  D.BinaryOperators = BinaryOperators;
  D.UnaryOperators = UnaryOperators;
  D.Rules.PredefinedSchemas = PredefinedSchemas;
  D.Rules.SystemSchemas = SystemSchemas;
  D.Rules.UnnamedColumn = "";
  D.Naming = &NamingScheme::getSQLServer();
  D.Collations = Collations;
  return D;
}

} // namespace

const SQLDialect &schemac::getSQLServerDialect() {
  static const SQLDialect D(describeSQLServer());
  return D;
}

void schemac::registerSQLServerDialect() {
  static const bool Registered = [] {
    SQLDialect::registerDialect(getSQLServerDialect());
    return true;
  }();
  (void)Registered;
}

llvm::StringRef sqlserver::getLossyTypeNote(TypeKind K) {
  for (const auto &[Kind, Note] : LossyTypes)
    if (Kind == K)
      return Note;
  return "";
}

bool sqlserver::isSpecificType(llvm::StringRef Name) {
  return llvm::any_of(SpecificTypes, [&](const char *T) { return Name == T; });
}

llvm::ArrayRef<sqlserver::Function> sqlserver::getFunctions() {
  return Functions;
}

const sqlserver::Function *sqlserver::findFunction(llvm::StringRef Name) {
  return findBuiltinFunction(Functions, Name);
}

const sqlserver::RenamedFunction *
sqlserver::findRenamedFunction(llvm::StringRef Name) {
  for (const RenamedFunction &F : RenamedFunctions)
    if (Name == F.Name)
      return &F;
  return nullptr;
}

const sqlserver::RenamedFunction *
sqlserver::findFunctionFor(llvm::StringRef Neutral, int Args) {
  for (const RenamedFunction &F : RenamedFunctions)
    if (Neutral == F.Neutral && Args == F.Args)
      return &F;
  return nullptr;
}
