//===- PostgresEditorRules.cpp - PostgreSQL's choices for the editor ------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "PostgresEditorRules.h"
#include "schemac/dialects/NamingScheme.h"
#include "schemac/dialects/postgres/PostgresDialect.h"
#include "schemac/ir/References.h"

using namespace schemac;
using namespace schemac::pg;

static const NamingScheme &scheme() { return NamingScheme::getPostgres(); }

std::string PostgresEditorRules::nameConstraint(const Table &T,
                                                const Constraint &C,
                                                NameTaken Taken) const {
  return scheme().nameConstraint(T, C, Taken);
}

std::string PostgresEditorRules::nameIndex(llvm::StringRef Table,
                                           const Index &I,
                                           NameTaken Taken) const {
  return scheme().nameIndex(Table, I, Taken);
}

std::string PostgresEditorRules::nameImplicitSequence(llvm::StringRef Table,
                                                      llvm::StringRef Column,
                                                      NameTaken Taken) const {
  return scheme().nameSequence(Table, Column, Taken);
}

std::string PostgresEditorRules::nameDomainCheck(llvm::StringRef Domain,
                                                 NameTaken Taken) const {
  return scheme().nameDomainCheck(Domain, Taken);
}

std::unique_ptr<Sequence>
PostgresEditorRules::makeSerialExplicit(const Table &T, Column &C,
                                        const QualifiedName &Name) const {
  auto S = std::make_unique<Sequence>(C.Loc, Name);
  // serial is integer, smallserial smallint, bigserial bigint.
  DataType AsType(C.Type.Kind);
  S->Options.AsType = AsType;
  S->OwnedByTable = T.getName();
  S->OwnedByColumn = C.Name;
  C.Type.Serial = false;
  C.Type.Spelling = getTypeKindName(C.Type.Kind).str();
  DataType RegClass(TypeKind::DialectSpecific);
  RegClass.Name = QualifiedName("regclass");
  RegClass.Spelling = "regclass";
  std::vector<ExprPtr> Args;
  Args.push_back(std::make_unique<Cast>(
      C.Loc,
      std::make_unique<Literal>(C.Loc, Literal::LitKind::String, Name.str()),
      std::move(RegClass), Cast::Syntax::DoubleColon));
  C.Default = std::make_unique<FuncCall>(
      C.Loc, std::vector<std::string>{"nextval"}, std::move(Args));
  C.NotNull = true;
  C.ExplicitNull = false;
  return S;
}

bool PostgresEditorRules::isPredefinedSchema(llvm::StringRef Name) const {
  return getPostgresDialect().getRules().isPredefinedSchema(Name);
}

bool PostgresEditorRules::isSystemSchema(llvm::StringRef Name) const {
  return getPostgresDialect().getRules().isSystemSchema(Name);
}

void PostgresEditorRules::retypeDefault(Column &C,
                                        const DataType &Stored) const {
  auto *Lit = llvm::dyn_cast_or_null<Literal>(C.Default.get());
  if (!Lit || Lit->LK != Literal::LitKind::String)
    return;
  // The literal was read as the column's type with typmod -1 (the length
  // check was a separate coercion, which ALTER TYPE strips), except that
  // interval's input routine takes the typmod.
  DataType T = Stored;
  T.Serial = false;
  T.Spelling.clear();
  if (T.Kind != TypeKind::Interval)
    T.Modifiers.clear();
  // character without a length is character(1); the type itself is bpchar.
  // (A spelling is the whole type, array dimensions included.)
  if (T.Kind == TypeKind::Char) {
    T.Spelling = "bpchar";
    for (unsigned I = 0; I != T.ArrayDims; ++I)
      T.Spelling += "[]";
  }
  Location L = C.Default->Loc;
  C.Default = std::make_unique<Cast>(L, std::move(C.Default), std::move(T),
                                     Cast::Syntax::DoubleColon);
}

std::unique_ptr<OpaqueObject>
PostgresEditorRules::makeSequenceState(const QualifiedName &Sequence,
                                       int64_t Value, Location L) const {
  std::string Name = quoteNameLiteralPart(Sequence.Schema) + "." +
                     quoteNameLiteralPart(Sequence.Name);
  std::string Literal;
  for (char Ch : Name)
    Literal.append(Ch == '\'' ? 2 : 1, Ch);
  auto O = std::make_unique<OpaqueObject>(
      L, QualifiedName(), "select",
      "SELECT pg_catalog.setval('" + Literal + "', " + std::to_string(Value) +
          ", false);",
      "postgres");
  O->Target = Sequence;
  O->IsData = true;
  return O;
}
