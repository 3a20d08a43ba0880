//===- PostgresText.h - Identifiers and literals of PostgreSQL -*- C++ -*-===//
//
// Part of schemac. Turns token text into values: identifier case folding
// (unquoted names fold ASCII A-Z to lower case; non-ASCII bytes are kept)
// and truncation to NAMEDATALEN-1 bytes, quoted and U&"..." identifiers,
// and the string constants ('..' with '' and, when
// standard_conforming_strings is off, backslash escapes; E'..'; U&'..';
// $tag$..$tag$; continuation over newlines).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESTEXT_H
#define SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESTEXT_H

#include "PostgresScanner.h"

#include <string>

namespace schemac {
namespace pg {

/// PostgreSQL's NAMEDATALEN - 1: identifiers are truncated to this many
/// bytes.
constexpr size_t MaxIdentifierLength = 63;

/// The identifier an identifier or keyword token denotes. Sets \p Error to a
/// message (and returns the text as written) if a U&"..." escape is
/// invalid.
std::string identifierValue(llvm::StringRef Buffer, const PgToken &T,
                            std::string *Error = nullptr);

/// Truncates \p Name to MaxIdentifierLength bytes without splitting a UTF-8
/// sequence. Returns true if it was truncated.
bool truncateIdentifier(std::string &Name);

/// The value of a string constant token (STRING, ESCAPE_STRING,
/// NATIONAL_STRING, UNICODE_STRING, DOLLAR_STRING). \p StdStrings is
/// standard_conforming_strings for plain strings. Sets \p Error on an
/// invalid escape.
std::string stringValue(llvm::StringRef Buffer, const PgToken &T,
                        bool StdStrings, std::string *Error = nullptr);

/// If \p Value (a decoded string constant) is not valid UTF-8 or contains a
/// NUL byte, which escapes such as E'\\xff' and E'\\0' can produce and
/// PostgreSQL rejects, returns the offending bytes as PostgreSQL shows them
/// ("0xff", "0xe2 0x28"); otherwise an empty string.
std::string invalidByteSequence(llvm::StringRef Value);

/// The value of a B'..' or X'..' token: the prefix letter in lower case
/// followed by the digits ("b0101", "x1f").
std::string bitStringValue(llvm::StringRef Buffer, const PgToken &T);

/// Appends \p CodePoint to \p Out as UTF-8; false if it is not a valid code
/// point.
bool appendUTF8(std::string &Out, uint32_t CodePoint);

} // namespace pg
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESTEXT_H
