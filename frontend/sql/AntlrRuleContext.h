//===- AntlrRuleContext.h - Base class of parse tree contexts --*- C++ -*-===//
//
// Part of schemac. The contexts of every generated parser of schemac derive
// from AntlrRuleContext (grammar option contextSuperClass), which
//  - allocates them from the parse driver's arena: a statement's tree is
//    freed all at once after lowering, instead of node by node;
//  - keeps the number of the alternative the parser took (enterOuterAlt),
//    which ANTLR's default context drops.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_ANTLRRULECONTEXT_H
#define SCHEMAC_FRONTEND_SQL_ANTLRRULECONTEXT_H

#include "antlr4-runtime.h"

#include "llvm/ADT/ArrayRef.h"

#include <cstddef>
#include <memory>
#include <typeinfo>
#include <vector>

namespace schemac {
namespace sql {

/// A bump allocator for parse tree contexts, reset after each statement.
class ParseArena {
public:
  ParseArena() = default;
  ParseArena(const ParseArena &) = delete;
  ParseArena &operator=(const ParseArena &) = delete;

  void *allocate(size_t Size) {
    Size = (Size + 15) & ~size_t(15);
    if (static_cast<size_t>(End - Ptr) >= Size) {
      void *R = Ptr;
      Ptr += Size;
      return R;
    }
    return allocateSlow(Size);
  }
  /// Forgets every allocation; keeps the memory for reuse.
  void reset();

  /// The arena contexts are allocated from on this thread (set by the
  /// parse driver while it parses).
  static ParseArena *&current() { return Current; }

private:
  void *allocateSlow(size_t Size);

  static inline thread_local ParseArena *Current = nullptr;

  static constexpr size_t ChunkSize = size_t(64) * 1024;
  std::vector<std::unique_ptr<char[]>> Chunks;
  std::vector<std::unique_ptr<char[]>> Large; ///< Allocations > ChunkSize.
  size_t Next = 0; ///< Index of the next chunk to use.
  char *Ptr = nullptr, *End = nullptr;
};

/// True if \p T is a terminal node (or an error node).
inline bool isTerminalNode(const antlr4::tree::ParseTree *T) {
  const std::type_info &Type = typeid(*T);
  return &Type == &typeid(antlr4::tree::TerminalNodeImpl) ||
         &Type == &typeid(antlr4::tree::ErrorNodeImpl);
}

/// The context \p T as the labelled-alternative context class Alt, or
/// null. Alt must be a leaf class (a #label of the grammar): this compares
/// dynamic types exactly, which is much cheaper than dynamic_cast.
template <typename Alt> Alt *altCast(antlr4::tree::ParseTree *T) {
  return T && &typeid(*T) == &typeid(Alt) ? static_cast<Alt *>(T) : nullptr;
}

class AntlrRuleContext : public antlr4::ParserRuleContext {
public:
  AntlrRuleContext() = default;
  AntlrRuleContext(antlr4::ParserRuleContext *Parent, size_t InvokingState)
      : antlr4::ParserRuleContext(Parent, InvokingState) {}

  size_t getAltNumber() const override { return AltNumber; }
  void setAltNumber(size_t N) override { AltNumber = N; }

  ~AntlrRuleContext() override;

  static void *operator new(size_t Size);
  static void operator delete(void *P) noexcept;

  /// The children: contexts and terminal nodes, in order. They are kept in
  /// the parse arena (ANTLR's `children` vector, one heap block per
  /// context, stays empty); AntlrParserBase adds them.
  llvm::ArrayRef<antlr4::tree::ParseTree *> kids() const {
    return {Kids, NumKids};
  }
  void addKid(antlr4::tree::ParseTree *C) {
    if (NumKids == KidCapacity)
      growKids();
    Kids[NumKids++] = C;
  }
  /// A labelled alternative's context takes the place of the rule's.
  void replaceLastKid(antlr4::tree::ParseTree *C) { Kids[NumKids - 1] = C; }

  // The generated accessors (colId(), K_NOT(), ...) call these; they hide
  // ParserRuleContext's versions, which test every child with dynamic_cast.
  // Children are identified by rule index and token type instead.

  /// The \p I-th child context of rule context class T.
  template <typename T> T *getRuleContext(size_t I) {
    size_t Want = ruleIndexOf<T>(), J = 0;
    for (antlr4::tree::ParseTree *C : kids())
      if (!isTerminalNode(C) &&
          static_cast<antlr4::ParserRuleContext *>(C)->getRuleIndex() == Want &&
          J++ == I)
        return static_cast<T *>(C);
    return nullptr;
  }
  template <typename T> std::vector<T *> getRuleContexts() {
    size_t Want = ruleIndexOf<T>();
    std::vector<T *> R;
    for (antlr4::tree::ParseTree *C : kids())
      if (!isTerminalNode(C) &&
          static_cast<antlr4::ParserRuleContext *>(C)->getRuleIndex() == Want)
        R.push_back(static_cast<T *>(C));
    return R;
  }
  antlr4::tree::TerminalNode *getToken(size_t Type, size_t I);
  std::vector<antlr4::tree::TerminalNode *> getTokens(size_t Type);

private:
  /// The rule index of a rule's context class.
  template <typename T> static size_t ruleIndexOf() {
    static const size_t Index = T(nullptr, 0).getRuleIndex();
    return Index;
  }

  void growKids();

  size_t AltNumber = 0;
  antlr4::tree::ParseTree **Kids = nullptr;
  uint32_t NumKids = 0;
  uint32_t KidCapacity = 0;
  bool KidsOnHeap = false; ///< Parsed without an arena.
};

/// The children of a context of our parser.
inline llvm::ArrayRef<antlr4::tree::ParseTree *>
kidsOf(antlr4::ParserRuleContext *C) {
  return static_cast<AntlrRuleContext *>(C)->kids();
}

} // namespace sql
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_ANTLRRULECONTEXT_H
