//===- SourceEncoding.h - UTF-8 checks of inputs and outputs ---*- C++ -*-===//
//
// Part of schemac. UTF-8 checks for text meant for people: diagnostic
// messages show a byte that is not UTF-8 as `\xNN`, and source snippets
// are never cut inside a UTF-8 sequence.
//
// The decoding is LLVM's (llvm/Support/ConvertUTF.h).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SUPPORT_SOURCEENCODING_H
#define SCHEMAC_SUPPORT_SOURCEENCODING_H

#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>

namespace schemac {

/// The offset of the first byte of \p Text that does not start a complete,
/// well-formed UTF-8 sequence, or none if \p Text is UTF-8.
std::optional<size_t> findInvalidUTF8(llvm::StringRef Text);

/// The length of the well-formed UTF-8 sequence at the start of \p Text, or
/// 0 if it does not start with one.
unsigned getUTF8SequenceLength(llvm::StringRef Text);

/// \p Text with every byte that is not part of a well-formed UTF-8 sequence
/// written as `\xNN`, for messages only (never for names that are output).
std::string escapeInvalidUTF8(llvm::StringRef Text);

} // namespace schemac

#endif // SCHEMAC_SUPPORT_SOURCEENCODING_H
