//===- DataType.cpp - Dialect-neutral column types ------------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/DataType.h"

using namespace schemac;

llvm::StringRef schemac::getTypeKindName(TypeKind K) {
  switch (K) {
#define SCHEMAC_TYPE(Kind, IRName)                                             \
  case TypeKind::Kind:                                                         \
    return IRName;
#include "schemac/ir/TypeKinds.def"
  }
  return "unknown";
}

std::optional<TypeKind> schemac::parseTypeKindName(llvm::StringRef Name) {
#define SCHEMAC_TYPE(Kind, IRName)                                             \
  if (Name == (IRName))                                                        \
    return TypeKind::Kind;
#include "schemac/ir/TypeKinds.def"
  return std::nullopt;
}
