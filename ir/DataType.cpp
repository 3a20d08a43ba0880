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

std::optional<bool> schemac::readBooleanText(llvm::StringRef S) {
  std::string L = S.trim(" \t\n\r\f\v").lower();
  llvm::StringRef V = L;
  if (V.empty())
    return std::nullopt;
  auto Prefix = [&](llvm::StringRef Word, size_t MinLen) {
    return V.size() >= MinLen && Word.startswith(V);
  };
  if (Prefix("true", 1) || Prefix("yes", 1) || Prefix("on", 2) || V == "1")
    return true;
  if (Prefix("false", 1) || Prefix("no", 1) || Prefix("off", 2) || V == "0")
    return false;
  return std::nullopt;
}
