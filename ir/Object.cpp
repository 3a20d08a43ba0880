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

ObjectPtr Object::clone() const {
  return visitNode(*this, [](const auto &O) -> ObjectPtr {
    return fieldcopy::cloneNode(O);
  });
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
