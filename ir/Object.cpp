//===- Object.cpp - Schema objects: kinds, copies and lookups -------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "FieldCopy.h"
#include "schemac/ir/Module.h"

using namespace schemac;

Object::~Object() = default;

llvm::StringRef Object::getKindName() const {
  switch (K) {
#define SCHEMAC_OBJECT(Class, IRName)                                          \
  case Kind::Class:                                                            \
    return IRName;
#include "schemac/ir/ObjectKinds.def"
  }
  return "?";
}

llvm::StringRef Object::getDescription() const { return getKindName(); }

//===----------------------------------------------------------------------===//
// Deep copies
//===----------------------------------------------------------------------===//

IndexElement IndexElement::clone() const {
  return fieldcopy::cloneStruct(*this);
}
ExclusionElement ExclusionElement::clone() const {
  return fieldcopy::cloneStruct(*this);
}
Constraint Constraint::clone() const { return fieldcopy::cloneStruct(*this); }
Column Column::clone() const { return fieldcopy::cloneStruct(*this); }
DomainCheck DomainCheck::clone() const { return fieldcopy::cloneStruct(*this); }
PartitionSpec PartitionSpec::clone() const {
  return fieldcopy::cloneStruct(*this);
}
PartitionBound PartitionBound::clone() const {
  return fieldcopy::cloneStruct(*this);
}

const std::string *schemac::findAttribute(const DialectAttributes &A,
                                          llvm::StringRef Key) {
  for (const auto &[K, V] : A)
    if (K == Key)
      return &V;
  return nullptr;
}

void schemac::setAttribute(DialectAttributes &A, llvm::StringRef Key,
                           llvm::StringRef Value) {
  for (auto &[K, V] : A)
    if (K == Key) {
      V = Value.str();
      return;
    }
  A.emplace_back(Key.str(), Value.str());
}

ObjectPtr Object::clone() const {
  return visitNode(*this, [](const auto &O) -> ObjectPtr {
    return fieldcopy::cloneNode(O);
  });
}

bool Constraint::hasSameIndexAs(const Constraint &B) const {
  const Constraint &A = *this;
  if (!A.isIndexBacked() || !B.isIndexBacked())
    return false;
  bool AExcl = A.K == Constraint::Kind::Exclusion;
  bool BExcl = B.K == Constraint::Kind::Exclusion;
  if (AExcl != BExcl || A.Include != B.Include ||
      A.NullsNotDistinct != B.NullsNotDistinct ||
      A.Deferrable.value_or(false) != B.Deferrable.value_or(false) ||
      A.InitiallyDeferred.value_or(false) !=
          B.InitiallyDeferred.value_or(false))
    return false;
  if (!AExcl)
    return A.Columns == B.Columns;
  if (A.ExclusionWhere || B.ExclusionWhere ||
      A.ExclusionMethod != B.ExclusionMethod ||
      A.Exclusions.size() != B.Exclusions.size())
    return false;
  for (size_t I = 0; I != A.Exclusions.size(); ++I) {
    const ExclusionElement &X = A.Exclusions[I], &Y = B.Exclusions[I];
    // Expressions are not compared: treat them as different.
    if (X.Element.isExpression() || Y.Element.isExpression() ||
        X.Element.Column != Y.Element.Column || X.Operator != Y.Operator ||
        X.Element.OpClass != Y.Element.OpClass ||
        X.Element.Collation != Y.Element.Collation ||
        X.Element.Direction != Y.Element.Direction ||
        X.Element.Nulls != Y.Element.Nulls)
      return false;
  }
  return true;
}

llvm::StringRef Constraint::getKindDescription() const {
  switch (K) {
  case Kind::PrimaryKey:
    return "primary key";
  case Kind::Unique:
    return "unique constraint";
  case Kind::ForeignKey:
    return "foreign key";
  case Kind::Check:
    return "check constraint";
  case Kind::Exclusion:
    return "exclusion constraint";
  }
  return "constraint";
}

llvm::StringRef schemac::getForeignKeyActionName(ForeignKeyAction A) {
  switch (A) {
  case ForeignKeyAction::Unspecified:
    return "";
  case ForeignKeyAction::NoAction:
    return "NO ACTION";
  case ForeignKeyAction::Restrict:
    return "RESTRICT";
  case ForeignKeyAction::Cascade:
    return "CASCADE";
  case ForeignKeyAction::SetNull:
    return "SET NULL";
  case ForeignKeyAction::SetDefault:
    return "SET DEFAULT";
  }
  return "";
}

//===----------------------------------------------------------------------===//
// Table lookups
//===----------------------------------------------------------------------===//

Column *Table::findColumn(llvm::StringRef N) {
  for (Column &C : Columns)
    if (C.Name == N)
      return &C;
  return nullptr;
}
const Column *Table::findColumn(llvm::StringRef N) const {
  return const_cast<Table *>(this)->findColumn(N);
}
Constraint *Table::findConstraint(llvm::StringRef N) {
  for (Constraint &C : Constraints)
    if (!C.Name.empty() && C.Name == N)
      return &C;
  return nullptr;
}
const Constraint *Table::findConstraint(llvm::StringRef N) const {
  return const_cast<Table *>(this)->findConstraint(N);
}
const Constraint *Table::getPrimaryKey() const {
  for (const Constraint &C : Constraints)
    if (C.K == Constraint::Kind::PrimaryKey)
      return &C;
  return nullptr;
}
