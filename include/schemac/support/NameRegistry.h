//===- NameRegistry.h - Process-wide objects found by name -----*- C++ -*-===//
//
// Part of schemac. A thread-safe map from names to objects that live as long
// as the process uses them: what the dialect layer registers (SQLDialect,
// DialectRules) and the neutral layers look up by a module's dialect name.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SUPPORT_NAMEREGISTRY_H
#define SCHEMAC_SUPPORT_NAMEREGISTRY_H

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace schemac {

template <typename T> class NameRegistry {
public:
  /// Registers \p Object as \p Name, replacing an earlier one.
  void add(llvm::StringRef Name, const T &Object) {
    std::lock_guard<std::mutex> Guard(Lock);
    ByName[Name] = &Object;
  }
  /// The object registered as \p Name, or null.
  const T *lookup(llvm::StringRef Name) const {
    std::lock_guard<std::mutex> Guard(Lock);
    auto It = ByName.find(Name);
    return It == ByName.end() ? nullptr : It->second;
  }
  /// Every registered object, ordered by name.
  std::vector<const T *> getAll() const {
    std::lock_guard<std::mutex> Guard(Lock);
    std::vector<std::pair<std::string, const T *>> Sorted;
    for (const auto &E : ByName)
      Sorted.emplace_back(E.first().str(), E.second);
    llvm::sort(Sorted);
    std::vector<const T *> All;
    All.reserve(Sorted.size());
    for (auto &E : Sorted)
      All.push_back(E.second);
    return All;
  }

private:
  mutable std::mutex Lock;
  llvm::StringMap<const T *> ByName;
};

} // namespace schemac

#endif // SCHEMAC_SUPPORT_NAMEREGISTRY_H
