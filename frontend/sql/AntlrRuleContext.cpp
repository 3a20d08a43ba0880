//===- AntlrRuleContext.cpp - Base class of parse tree contexts -----------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "AntlrRuleContext.h"

#include <algorithm>
#include <cstdint>
#include <new>

using namespace schemac::sql;

namespace {
/// Each context is preceded by a header saying where its memory came from.
constexpr size_t HeaderSize = 16;
constexpr uint64_t FromArena = 0xA7E4A7E4A7E4A7E4ull;
constexpr uint64_t FromHeap = 0x4EA94EA94EA94EA9ull;
} // namespace

void *ParseArena::allocateSlow(size_t Size) {
  if (Size > ChunkSize) {
    Large.emplace_back(new char[Size]);
    return Large.back().get();
  }
  if (Next == Chunks.size())
    Chunks.emplace_back(new char[ChunkSize]);
  Ptr = Chunks[Next++].get();
  End = Ptr + ChunkSize;
  void *R = Ptr;
  Ptr += Size;
  return R;
}

void ParseArena::reset() {
  // The chunks are kept for the next statement.
  Next = 0;
  Ptr = End = nullptr;
  Large.clear();
}

void *AntlrRuleContext::operator new(size_t Size) {
  ParseArena *A = ParseArena::current();
  char *P = A ? static_cast<char *>(A->allocate(Size + HeaderSize))
              : static_cast<char *>(::operator new(Size + HeaderSize));
  *reinterpret_cast<uint64_t *>(P) = A ? FromArena : FromHeap;
  return P + HeaderSize;
}

void AntlrRuleContext::operator delete(void *P) noexcept {
  if (!P)
    return;
  char *Base = static_cast<char *>(P) - HeaderSize;
  if (*reinterpret_cast<uint64_t *>(Base) == FromHeap)
    ::operator delete(Base);
  // Arena memory is released with the arena.
}

AntlrRuleContext::~AntlrRuleContext() {
  if (KidsOnHeap)
    delete[] Kids;
}

void AntlrRuleContext::growKids() {
  uint32_t Capacity = KidCapacity ? KidCapacity * 2 : 4;
  ParseArena *A = ParseArena::current();
  auto **New = A ? static_cast<antlr4::tree::ParseTree **>(A->allocate(
                       Capacity * sizeof(antlr4::tree::ParseTree *)))
                 : new antlr4::tree::ParseTree *[Capacity];
  std::copy(Kids, Kids + NumKids, New);
  if (KidsOnHeap)
    delete[] Kids;
  Kids = New;
  KidCapacity = Capacity;
  KidsOnHeap = !A;
}

antlr4::tree::TerminalNode *AntlrRuleContext::getToken(size_t Type, size_t I) {
  size_t J = 0;
  for (antlr4::tree::ParseTree *C : kids())
    if (isTerminalNode(C)) {
      auto *T = static_cast<antlr4::tree::TerminalNode *>(C);
      if (T->getSymbol()->getType() == Type && J++ == I)
        return T;
    }
  return nullptr;
}

std::vector<antlr4::tree::TerminalNode *>
AntlrRuleContext::getTokens(size_t Type) {
  std::vector<antlr4::tree::TerminalNode *> R;
  for (antlr4::tree::ParseTree *C : kids())
    if (isTerminalNode(C)) {
      auto *T = static_cast<antlr4::tree::TerminalNode *>(C);
      if (T->getSymbol()->getType() == Type)
        R.push_back(T);
    }
  return R;
}
