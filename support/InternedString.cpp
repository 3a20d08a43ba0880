//===- InternedString.cpp - Immutable strings shared through a pool -------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/support/InternedString.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/ErrorHandling.h"

#include <limits>
#include <mutex>
#include <set>

using namespace schemac;

namespace {
struct Pool {
  std::mutex Lock;
  llvm::BumpPtrAllocator Alloc;
  llvm::DenseSet<llvm::StringRef> Strings;
};
} // namespace

const char *InternedString::intern(llvm::StringRef S) {
  // Never destroyed: interned strings may be used by static destructors.
  static Pool *ThePool = new Pool;
  std::lock_guard<std::mutex> Guard(ThePool->Lock);
  auto It = ThePool->Strings.find(S);
  if (It != ThePool->Strings.end())
    return It->data();
  if (S.size() > std::numeric_limits<uint32_t>::max())
    llvm::report_fatal_error("interned string too long");
  uint32_t N = static_cast<uint32_t>(S.size());
  char *Mem = static_cast<char *>(
      ThePool->Alloc.Allocate(sizeof(N) + S.size() + 1, alignof(uint32_t)));
  std::memcpy(Mem, &N, sizeof(N));
  char *Chars = Mem + sizeof(N);
  std::memcpy(Chars, S.data(), S.size());
  Chars[S.size()] = '\0';
  ThePool->Strings.insert(llvm::StringRef(Chars, S.size()));
  return Chars;
}

const InternedStringList::Vector *InternedStringList::intern(const Vector &V) {
  static auto *Lists = new std::set<Vector>;
  static auto *Lock = new std::mutex;
  std::lock_guard<std::mutex> Guard(*Lock);
  return &*Lists->insert(V).first;
}
