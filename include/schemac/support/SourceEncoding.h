//===- SourceEncoding.h - UTF-8 checks of inputs and outputs ---*- C++ -*-===//
//
// Part of schemac. Every text input is UTF-8: the driver checks each buffer
// once, before any frontend or reader sees it, and reports the first byte
// that is not UTF-8 with its file:line:col. Writers never change a name to
// make it valid; text meant for people (diagnostic messages, snippets of
// the source) shows a byte that is not UTF-8 as `\xNN`.
//
// The decoding is LLVM's (llvm/Support/ConvertUTF.h).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SUPPORT_SOURCEENCODING_H
#define SCHEMAC_SUPPORT_SOURCEENCODING_H

#include "schemac/support/LogicalResult.h"

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>
#include <string>

namespace schemac {

class Context;
class DiagnosticEngine;

/// The offset of the first byte of \p Text that does not start a complete,
/// well-formed UTF-8 sequence, or none if \p Text is UTF-8.
std::optional<size_t> findInvalidUTF8(llvm::StringRef Text);

/// The length of the well-formed UTF-8 sequence at the start of \p Text, or
/// 0 if it does not start with one.
unsigned getUTF8SequenceLength(llvm::StringRef Text);

/// \p Text with every byte that is not part of a well-formed UTF-8 sequence
/// written as `\xNN`, for messages only (never for names that are output).
std::string escapeInvalidUTF8(llvm::StringRef Text);

/// Reports the first byte of \p File that is not UTF-8 (err_invalid_utf8).
LogicalResult checkSourceEncoding(const Context &Ctx, uint32_t File,
                                  DiagnosticEngine &Diags);

} // namespace schemac

#endif // SCHEMAC_SUPPORT_SOURCEENCODING_H
