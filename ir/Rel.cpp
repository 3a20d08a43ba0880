//===- Rel.cpp - Relational algebra of queries ----------------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/Rel.h"
#include "FieldCopy.h"

using namespace schemac;

Rel::~Rel() = default;

llvm::StringRef Rel::getKindName() const {
  switch (K) {
#define SCHEMAC_REL(Class, IRName)                                             \
  case Kind::Class:                                                            \
    return IRName;
#include "schemac/ir/RelKinds.def"
  }
  return "?";
}

SelectItem SelectItem::clone() const { return fieldcopy::cloneStruct(*this); }

XmlNamespace XmlNamespace::clone() const {
  return fieldcopy::cloneStruct(*this);
}

XmlTableColumn XmlTableColumn::clone() const {
  return fieldcopy::cloneStruct(*this);
}

CommonTableExpr CommonTableExpr::clone() const {
  return fieldcopy::cloneStruct(*this);
}

RelPtr Rel::clone() const {
  return visitNode(
      *this, [](const auto &R) -> RelPtr { return fieldcopy::cloneNode(R); });
}
