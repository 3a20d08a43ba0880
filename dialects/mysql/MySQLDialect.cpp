//===- MySQLDialect.cpp - MySQL and MariaDB as SQL dialects ---------------===//
//
// Part of schemac. The tables are the .def files of this folder; the traits
// and features below are what differs from the defaults (PostgreSQL's).
// MariaDB is MySQL with its own key words and types and a few features.
//
//===----------------------------------------------------------------------===//

#include "schemac/dialects/mysql/MySQLDialect.h"

#include "llvm/ADT/STLExtras.h"

#include <utility>
#include <vector>

using namespace schemac;

namespace {

using namespace schemac::typeflags;

enum class Engines { Both, MySQL, MariaDB };

struct EngineKeyword {
  const char *Word;
  Engines In;
};
const EngineKeyword AllKeywords[] = {
#define MYSQL_KEYWORD(Word, In) {Word, Engines::In},
#include "MySQLKeywords.def"
};

/// Reserved words that also name built-in functions (IF(), LEFT(), ...):
/// quoted as names, written bare as function names.
const char *const FunctionWords[] = {"char",
                                     "convert",
                                     "current_date",
                                     "current_time",
                                     "current_timestamp",
                                     "current_user",
                                     "database",
                                     "if",
                                     "insert",
                                     "left",
                                     "localtime",
                                     "localtimestamp",
                                     "mod",
                                     "repeat",
                                     "replace",
                                     "right",
                                     "schema",
                                     "utc_date",
                                     "utc_time",
                                     "utc_timestamp",
                                     "values"};

/// The reserved words of one engine (every one is quoted when it names
/// something).
std::vector<Keyword> keywordsOf(Engines E) {
  std::vector<Keyword> R;
  for (const EngineKeyword &K : AllKeywords)
    if (K.In == Engines::Both || K.In == E)
      R.push_back({K.Word,
                   llvm::is_contained(FunctionWords, llvm::StringRef(K.Word))
                       ? KeywordCategory::TypeFuncName
                       : KeywordCategory::Reserved,
                   /*BareLabel=*/false, /*Token=*/true});
  return R;
}

const TypeName MySQLTypes[] = {
#define MYSQL_TYPE(Name, Kind, Flags) {Name, TypeKind::Kind, Flags},
#define MYSQL_ONLY_TYPE(Name, Kind, Flags) {Name, TypeKind::Kind, Flags},
#include "MySQLTypes.def"
};

const TypeName MariaDBTypes[] = {
#define MYSQL_TYPE(Name, Kind, Flags) {Name, TypeKind::Kind, Flags},
#define MARIADB_TYPE(Name, Kind, Flags) {Name, TypeKind::Kind, Flags},
#include "MySQLTypes.def"
};

const TypeKind TypesWithoutSpelling[] = {
#define MYSQL_TYPE_WITHOUT_SPELLING(Kind) TypeKind::Kind,
#include "MySQLTypes.def"
};

struct LossyType {
  TypeKind Kind;
  Engines In;
  const char *Note;
};
const LossyType LossyTypes[] = {
#define MYSQL_LOSSY_TYPE(Kind, Note) {TypeKind::Kind, Engines::Both, Note},
#define MYSQL_ONLY_LOSSY_TYPE(Kind, Note)                                      \
  {TypeKind::Kind, Engines::MySQL, Note},
#define MARIADB_LOSSY_TYPE(Kind, Note) {TypeKind::Kind, Engines::MariaDB, Note},
#include "MySQLTypes.def"
};

const BinaryOperator BinaryOperators[] = {
#define MYSQL_BINARY_OP(Spelling, Kind, Prec, Assoc)                           \
  {Spelling, BinaryOpKind::Kind, Precedence::Prec, Associativity::Assoc},
#include "MySQLOperators.def"
};

const UnaryOperator UnaryOperators[] = {
#define MYSQL_UNARY_OP(Spelling, Kind, Prec)                                   \
  {Spelling, UnaryOpKind::Kind, Precedence::Prec},
#include "MySQLOperators.def"
};

const OperatorFunction OperatorFunctions[] = {
#define MYSQL_OPERATOR_FUNCTION(Kind, Function) {BinaryOpKind::Kind, Function},
#include "MySQLOperators.def"
};

const mysql::Function Functions[] = {
#define MYSQL_FUNCTION(Name, MinArgs, MaxArgs) {Name, MinArgs, MaxArgs},
#include "MySQLFunctions.def"
};

// The databases every server has.
const char *const SystemSchemas[] = {"information_schema", "mysql",
                                     "performance_schema", "sys"};

SQLDialect::Description describeMySQL() {
  static const std::vector<Keyword> Keywords = keywordsOf(Engines::MySQL);
  SQLDialect::Description D;
  D.Name = "mysql";
  D.DisplayName = "MySQL";
  D.Version = 80000;

  LexicalTraits &L = D.Traits;
  L.IdentifierQuotes = "``";
  L.IdentifierChars = "$";
  // Column names compare without case; table names as the file system does.
  L.Folding = CaseFolding::None;
  L.MaxIdentifierLength = 64;
  L.StringQuotes = "'\"";
  L.Backslashes = BackslashEscapes::Always;
  L.EscapeStrings = false;
  L.UnicodeStrings = false;
  L.DollarQuotes = false;
  L.DashDashNeedsSpace = true;
  L.HashComments = true;
  L.NestedBlockComments = false;
  L.HexNumbers = true;
  L.Operators = OperatorLexing::Fixed;
  L.Parameters = ParameterStyle::Question;
  L.DelimiterCommand = true;
  L.BackslashCommands = false;

  SQLFeatures &F = D.Features;
  F.DoubleColonCast = false;
  F.LimitAll = false;
  F.FetchFirst = false;
  F.DistinctOn = false;
  F.ILike = false;
  F.ArrayConstructors = false;
  F.SerialTypes = false;
  F.IdentityColumns = false;
  F.AutoIncrement = true;
  F.Comments = CommentStyle::Inline;
  F.Owners = false;
  // A schema is a database: the backend writes the module's default schema
  // as the database the script runs in.
  F.Schemas = false;
  F.TransactionalDDL = false;
  F.IfNotExistsKinds = SQLFeatures::ifNotExists(Object::Kind::Table);
  F.IfNotExistsMaterializedView = false;
  // InnoDB's limit.
  F.MaxTableColumns = 1017;
  F.StatementSettings = {};

  D.Keywords = Keywords;
  D.Types = MySQLTypes;
  D.TypesWithoutSpelling = TypesWithoutSpelling;
  D.BinaryOperators = BinaryOperators;
  D.UnaryOperators = UnaryOperators;
  D.OperatorFunctions = OperatorFunctions;
  D.Rules.SystemSchemas = SystemSchemas;
  D.Rules.UnnamedColumn = "";
  // Key names are a table's own (an index of a table), not the schema's.
  D.Rules.ConstraintIndexesNamed = false;
  D.Rules.GeneratedReadsGenerated = true;
  D.Naming = &NamingScheme::getMySQL();
  return D;
}

SQLDialect::Description describeMariaDB() {
  static const std::vector<Keyword> Keywords = keywordsOf(Engines::MariaDB);
  SQLDialect::Description D;
  D.Name = "mariadb";
  D.DisplayName = "MariaDB";
  D.Base = &getMySQLDialect();
  D.Version = 101100;
  D.Traits = getMySQLDialect().getTraits();
  D.Features = getMySQLDialect().getFeatures();
  D.Features.IfNotExistsKinds =
      SQLFeatures::ifNotExists(Object::Kind::Table) |
      SQLFeatures::ifNotExists(Object::Kind::View) |
      SQLFeatures::ifNotExists(Object::Kind::Index) |
      SQLFeatures::ifNotExists(Object::Kind::Sequence);
  D.Keywords = Keywords;
  D.Types = MariaDBTypes;
  return D;
}

const mysql::EngineFacts MySQLFacts = {
    /*Sequences=*/false, /*LiteralDefaultsOnBlobs=*/false,
    /*ExpressionIndexes=*/true, /*LongUniqueKeys=*/false,
    /*BinaryCollation=*/"utf8mb4_0900_bin"};
const mysql::EngineFacts MariaDBFacts = {
    /*Sequences=*/true, /*LiteralDefaultsOnBlobs=*/true,
    /*ExpressionIndexes=*/false, /*LongUniqueKeys=*/true,
    /*BinaryCollation=*/"utf8mb4_nopad_bin"};

bool isMariaDB(const SQLDialect &D) { return &D == &getMariaDBDialect(); }

} // namespace

const SQLDialect &schemac::getMySQLDialect() {
  static const SQLDialect D(describeMySQL());
  return D;
}

const SQLDialect &schemac::getMariaDBDialect() {
  static const SQLDialect D(describeMariaDB());
  return D;
}

void schemac::registerMySQLDialect() {
  static const bool Registered = [] {
    SQLDialect::registerDialect(getMySQLDialect());
    SQLDialect::registerDialect(getMariaDBDialect());
    return true;
  }();
  (void)Registered;
}

const mysql::EngineFacts &mysql::getEngineFacts(const SQLDialect &D) {
  return isMariaDB(D) ? MariaDBFacts : MySQLFacts;
}

llvm::StringRef mysql::getLossyTypeNote(const SQLDialect &D, TypeKind K) {
  Engines E = isMariaDB(D) ? Engines::MariaDB : Engines::MySQL;
  for (const LossyType &L : LossyTypes)
    if (L.Kind == K && (L.In == Engines::Both || L.In == E))
      return L.Note;
  return "";
}

llvm::ArrayRef<mysql::Function> mysql::getFunctions() { return Functions; }

const mysql::Function *mysql::findFunction(llvm::StringRef Name) {
  return findBuiltinFunction(Functions, Name);
}
