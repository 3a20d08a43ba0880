//===- Limits.h - Limits schemac applies to its input -----------*- C++ -*-===//
//
// Part of schemac. The limits that more than one component applies, so that
// what one accepts the others accept too (docs/Limits.md).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SUPPORT_LIMITS_H
#define SCHEMAC_SUPPORT_LIMITS_H

#include "llvm/ADT/STLFunctionalExtras.h"

namespace schemac {

/// The deepest nesting of expressions and queries, in levels. The IR
/// readers (textual and JSON) count every expression and relation node as a
/// level; the SQL frontends refuse brackets and CASE nested deeper than this
/// before parsing and any statement whose IR would be deeper after
/// lowering, so that every output reads back. Flat chains of binary
/// operators (`a + b + c`, OpChain) are one level, whatever their length.
inline constexpr unsigned MaxNestingDepth = 1000;

/// The stack of the driver's thread (tools/driver) and of the threads that
/// parse and lower statements (every SQL frontend's BatchPipeline runs them
/// on threads of this size, with one thread too). The parsers recurse once
/// per grammar rule, up to eight rules per nesting level, and the readers,
/// verifier and printers once or more per level of IR; at the deepest
/// nesting allowed that is about 4 MB in an optimized build, and up to 30
/// times more in an unoptimized build with AddressSanitizer, whose frames
/// are larger. The pages are reserved, not used, until the recursion
/// reaches them.
#if defined(__SANITIZE_ADDRESS__)
#define SCHEMAC_ASAN_STACKS 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SCHEMAC_ASAN_STACKS 1
#endif
#endif
#ifdef SCHEMAC_ASAN_STACKS
inline constexpr unsigned LoweringStackBytes = 512u << 20;
#else
inline constexpr unsigned LoweringStackBytes = 64u << 20;
#endif
#undef SCHEMAC_ASAN_STACKS

/// Runs \p Fn on a new thread with a stack of \p Bytes and waits for it. On
/// that thread, currentStackBytes() is \p Bytes, so that work which needs a
/// stack of that size (BatchPipeline) can run there without a thread of its
/// own.
void runOnStack(unsigned Bytes, llvm::function_ref<void()> Fn);
/// The stack size of the current thread if runOnStack() started it, else 0
/// (unknown: the main thread's is whatever the user's limit says).
unsigned currentStackBytes();

} // namespace schemac

#endif // SCHEMAC_SUPPORT_LIMITS_H
