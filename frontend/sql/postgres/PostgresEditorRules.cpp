//===- PostgresEditorRules.cpp - PostgreSQL's choices for the editor ------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "PostgresEditorRules.h"

using namespace schemac;
using namespace schemac::pg;

std::string PostgresEditorRules::constraintName(const Object &Owner,
                                                const Constraint &C) const {
  if (!C.Name.empty())
    return C.Name;
  std::string N = Owner.getName().Name;
  auto AddColumns = [&](const std::vector<std::string> &Cols) {
    for (const std::string &Col : Cols)
      N += "_" + Col;
  };
  switch (C.K) {
  case Constraint::Kind::PrimaryKey:
    return N + "_pkey";
  case Constraint::Kind::Unique:
    AddColumns(C.Columns);
    return N + "_key";
  case Constraint::Kind::ForeignKey:
    AddColumns(C.Columns);
    return N + "_fkey";
  case Constraint::Kind::Check:
    if (!C.ColumnLevel.empty())
      N += "_" + C.ColumnLevel;
    return N + "_check";
  case Constraint::Kind::Exclusion:
    return N + "_excl";
  }
  return N;
}

bool PostgresEditorRules::isImplicitSequence(const Table &T, const Column &C,
                                             llvm::StringRef Name) const {
  if (!C.Type.Serial && !C.Ident)
    return false;
  return Name == T.getName().Name + "_" + C.Name + "_seq" ||
         (C.Ident && C.Ident->Options.SequenceName.Name == Name);
}
