//===- PostgresDialect.cpp - PostgreSQL as an SQL dialect -----------------===//
//
// Part of schemac. The tables are the .def files of this folder; the traits
// and features below are what differs from the defaults, which are
// PostgreSQL's.
//
//===----------------------------------------------------------------------===//

#include "schemac/dialects/postgres/PostgresDialect.h"

using namespace schemac;

namespace {

using namespace schemac::typeflags;
using namespace schemac::opaque;

const Keyword Keywords[] = {
#define PG_KEYWORD(Word, Category, Label, Lexing)                              \
  {Word, KeywordCategory::Category, Label, Lexing},
#define PG_KEYWORD_SINCE(Version, Word, Category, Label, Lexing)               \
  {Word, KeywordCategory::Category, Label, Lexing, Version},
#define BareLabel true
#define AsLabel false
#define Token true
#define Ident false
#include "PostgresKeywords.def"
#undef BareLabel
#undef AsLabel
#undef Token
#undef Ident
};

const TypeName Types[] = {
#define PG_TYPE(Name, Kind, Flags) {Name, TypeKind::Kind, Flags},
#include "PostgresTypes.def"
};

const TypeKind TypesWithoutSpelling[] = {
#define PG_TYPE_WITHOUT_SPELLING(Kind) TypeKind::Kind,
#include "PostgresTypes.def"
};

const BinaryOperator BinaryOperators[] = {
#define PG_BINARY_OP(Spelling, Kind, Prec, Assoc)                              \
  {Spelling, BinaryOpKind::Kind, Precedence::Prec, Associativity::Assoc},
#include "PostgresOperators.def"
};

const UnaryOperator UnaryOperators[] = {
#define PG_UNARY_OP(Spelling, Kind, Prec)                                      \
  {Spelling, UnaryOpKind::Kind, Precedence::Prec},
#include "PostgresOperators.def"
};

const StatementPattern Statements[] = {
#define PG_STATEMENT(Pattern, Kind, ObjectType, Flags)                         \
  {Pattern, #Kind, ObjectType, Flags},
#include "PostgresStatementKinds.def"
};

const char *const SystemSchemas[] = {
#define PG_SYSTEM_SCHEMA(Name) Name,
#include "PostgresCatalog.def"
};

const char *const SystemSchemaPrefixes[] = {
#define PG_SYSTEM_SCHEMA_PREFIX(Prefix) Prefix,
#include "PostgresCatalog.def"
};

const char *const PredefinedSchemas[] = {
#define PG_PREDEFINED_SCHEMA(Name) Name,
#include "PostgresCatalog.def"
};

const char *const CatalogRelations[] = {
#define PG_CATALOG_RELATION(Name) Name,
#include "PostgresCatalog.def"
};

const char *const CheckSystemColumns[] = {
#define PG_CHECK_SYSTEM_COLUMN(Name) Name,
#include "PostgresCatalog.def"
};

const char *const SystemColumns[] = {
#define PG_SYSTEM_COLUMN(Name) Name,
#include "PostgresCatalog.def"
};

const std::pair<const char *, const char *> CastColumnNames[] = {
#define PG_CAST_COLUMN_NAME(Kind, Name) {Kind, Name},
#include "PostgresCatalog.def"
};

const std::pair<const char *, const char *> OperatorColumnNames[] = {
#define PG_OPERATOR_COLUMN_NAME(Op, Name) {Op, Name},
#include "PostgresCatalog.def"
};

const TypeModifierRule TypeModifiers[] = {
#define PG_TYPE_MODIFIERS(Kind, Form, Name, Suffix, Max)                       \
  {TypeKind::Kind, TypeModifierForm::Form, Name, Suffix, Max},
#include "PostgresCatalog.def"
};

std::string implicitSequenceName(llvm::StringRef Table,
                                 llvm::StringRef Column) {
  return NamingScheme::getPostgres().nameSequence(Table, Column,
                                                  NamingScheme::nothingTaken);
}

// "C" and "POSIX" order by byte (code point in UTF-8).
const std::pair<const char *, const char *> Collations[] = {
    {"C", "binary"}, {"POSIX", "binary"}};

SQLDialect::Description describePostgres() {
  SQLDialect::Description D;
  D.Name = "postgres";
  D.DisplayName = "PostgreSQL";
  D.Version = 15;
  // LexicalTraits and SQLFeatures default to PostgreSQL's.
  D.Keywords = Keywords;
  D.Types = Types;
  D.TypesWithoutSpelling = TypesWithoutSpelling;
  D.BinaryOperators = BinaryOperators;
  D.UnaryOperators = UnaryOperators;
  D.Statements = Statements;
  D.Rules.SystemSchemas = SystemSchemas;
  D.Rules.SystemSchemaPrefixes = SystemSchemaPrefixes;
  D.Rules.PredefinedSchemas = PredefinedSchemas;
  D.Rules.CatalogRelations = CatalogRelations;
  D.Rules.BuiltinOperatorSchema = "pg_catalog";
  D.Rules.CheckSystemColumns = CheckSystemColumns;
  D.Rules.SystemColumns = SystemColumns;
  D.Rules.UnnamedColumn = "?column?";
  D.Rules.CastColumnNames = CastColumnNames;
  D.Rules.OperatorColumnNames = OperatorColumnNames;
  D.Rules.TypeModifiers = TypeModifiers;
  D.Rules.ImplicitSequenceName = implicitSequenceName;
  D.Naming = &NamingScheme::getPostgres();
  D.Collations = Collations;
  return D;
}

} // namespace

const SQLDialect &schemac::getPostgresDialect() {
  static const SQLDialect D(describePostgres());
  return D;
}

const SQLDialect &SQLDialect::getPostgres() { return getPostgresDialect(); }

void schemac::registerPostgresDialect() {
  static const bool Registered = [] {
    SQLDialect::registerDialect(getPostgresDialect());
    return true;
  }();
  (void)Registered;
}
