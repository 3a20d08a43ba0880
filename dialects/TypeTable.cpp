//===- TypeTable.cpp - Type names of a dialect, both directions -----------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/dialects/TypeTable.h"

#include <algorithm>
#include <cassert>

using namespace schemac;

namespace {
constexpr size_t NumTypeKinds = 0
// Counts the rows (a sum, not an expression to parenthesize).
// NOLINTNEXTLINE(bugprone-macro-parentheses)
#define SCHEMAC_TYPE(Kind, IRName) +1
#include "schemac/ir/TypeKinds.def"
    ;
} // namespace

std::string TypeTable::getReadName(llvm::StringRef Name) {
  auto [Before, After] = Name.split("()");
  return Before.str() + After.str();
}

TypeTable::TypeTable(llvm::ArrayRef<TypeName> Rows,
                     llvm::ArrayRef<TypeKind> WithoutSpelling)
    : Rows(Rows), WithoutSpelling(WithoutSpelling), ByKind(NumTypeKinds) {
  for (const TypeName &R : Rows) {
    if ((R.Flags & typeflags::SERIAL) && !(R.Flags & typeflags::WRITE_ONLY)) {
      SerialNames.push_back(R.Name);
      MaxSerialName = std::max(MaxSerialName, SerialNames.back().size());
    }
    if (!(R.Flags & typeflags::WRITE_ONLY)) {
      [[maybe_unused]] bool New =
          ByName.try_emplace(getReadName(R.Name), &R).second;
      assert(New && "a type name is read one way");
    }
    if (!(R.Flags & typeflags::CANONICAL))
      continue;
    llvm::StringRef Name = R.Name;
    Spelling S;
    size_t Marker = Name.find("()");
    if (Marker == llvm::StringRef::npos) {
      S.Name = Name;
    } else {
      S.Name = Name.take_front(Marker);
      S.Suffix = Name.drop_front(Marker + 2);
    }
    KindSpellings &K = ByKind[static_cast<size_t>(R.Kind)];
    std::optional<Spelling> &Slot =
        (R.Flags & typeflags::SERIAL) ? K.Serial : K.Plain;
    assert(!Slot && "one canonical spelling per kind");
    Slot = S;
  }
  for (TypeKind K : WithoutSpelling)
    ByKind[static_cast<size_t>(K)].None = true;
}

const TypeName *TypeTable::lookup(llvm::StringRef Key) const {
  auto It = ByName.find(Key);
  return It == ByName.end() ? nullptr : It->second;
}

std::optional<TypeTable::Spelling> TypeTable::getSpelling(TypeKind K,
                                                          bool Serial) const {
  const KindSpellings &S = ByKind[static_cast<size_t>(K)];
  return Serial ? S.Serial : S.Plain;
}

bool TypeTable::hasNoSpelling(TypeKind K) const {
  return ByKind[static_cast<size_t>(K)].None;
}
