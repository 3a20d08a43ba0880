//===- LexicalTraits.h - How a dialect's SQL is written --------*- C++ -*-===//
//
// Part of schemac. The lexical facts of a dialect as data: which characters
// quote identifiers and strings and how quotes and backslashes are escaped,
// which comment forms exist, how unquoted identifiers fold and how long they
// may be, what ends a statement and a batch, and how parameters are
// written. The shared scanner and statement splitter (frontend/sql/) are
// driven by them, and the SQL builder quotes with them.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_DIALECTS_LEXICALTRAITS_H
#define SCHEMAC_DIALECTS_LEXICALTRAITS_H

#include "llvm/ADT/StringRef.h"

namespace schemac {

/// What the database does with the case of unquoted identifiers.
enum class CaseFolding {
  Lower, ///< PostgreSQL: Foo is foo.
  Upper, ///< Oracle, the SQL standard: Foo is FOO.
  None,  ///< MySQL, SQL Server: kept as written, compared without case.
};

/// When a backslash escapes the next character in a '...' string.
enum class BackslashEscapes {
  Never,   ///< SQL Server, Oracle, SQLite.
  Setting, ///< PostgreSQL: when standard_conforming_strings is off.
  Always,  ///< MySQL (unless sql_mode NO_BACKSLASH_ESCAPES).
};

/// How bind parameters are written.
enum class ParameterStyle {
  Dollar,   ///< $1 (PostgreSQL)
  Question, ///< ? (MySQL, SQLite, JDBC)
  Colon,    ///< :name (Oracle)
  At,       ///< @name (SQL Server; lexed as identifiers)
};

/// How runs of operator characters become tokens.
enum class OperatorLexing {
  /// PostgreSQL's user-definable operators: a run of operator characters is
  /// one operator, cut before "--" and "/*", losing a trailing + or - unless
  /// the run has one of ~ ! @ # ^ & | ` ? %.
  Postgres,
  /// A fixed set: the longest operator of the vocabulary that matches.
  Fixed,
};

struct LexicalTraits {
  //===--- Identifiers ----------------------------------------------------===//
  /// Pairs of (open, close) characters that quote identifiers; the first
  /// pair is the one written. A doubled close character inside stands for
  /// itself ("a""b", `a``b`, [a]]b]).
  llvm::StringRef IdentifierQuotes = "\"\"";
  /// Characters besides letters, '_' and bytes >= 0x80 that may start an
  /// unquoted identifier (SQL Server: "@#").
  llvm::StringRef IdentifierStartChars = "";
  /// Characters besides letters, digits, '_' and bytes >= 0x80 that may
  /// follow in an unquoted identifier.
  llvm::StringRef IdentifierChars = "$";
  CaseFolding Folding = CaseFolding::Lower;
  /// Longest identifier in bytes; longer ones are truncated (PostgreSQL) or
  /// rejected (most others).
  unsigned MaxIdentifierLength = 63;

  //===--- Strings --------------------------------------------------------===//
  /// Characters that quote string literals (MySQL: "'\"").
  llvm::StringRef StringQuotes = "'";
  BackslashEscapes Backslashes = BackslashEscapes::Setting;
  /// E'...' strings, in which backslashes are escapes.
  bool EscapeStrings = true;
  /// N'...' national character strings.
  bool NationalStrings = true;
  /// B'0101' bit strings and X'1F' hexadecimal strings.
  bool BitStrings = true;
  /// X'1F' BLOB literals without B'' strings (SQLite): hexadecimal strings.
  bool BlobLiterals = false;
  /// U&'...' strings and U&"..." identifiers with Unicode escapes.
  bool UnicodeStrings = true;
  /// $tag$...$tag$ strings.
  bool DollarQuotes = true;
  /// 'a' <newline> 'b' is one string constant 'ab' (the SQL standard).
  bool StringContinuation = true;

  //===--- Comments -------------------------------------------------------===//
  /// -- comments.
  bool DashDashComments = true;
  /// MySQL: "--" starts a comment only when a space or control character
  /// follows.
  bool DashDashNeedsSpace = false;
  /// # comments (MySQL).
  bool HashComments = false;
  /// /* */ comments nest (PostgreSQL, SQL Server).
  bool NestedBlockComments = true;

  //===--- Numbers, operators, parameters ---------------------------------===//
  /// 0x1F hexadecimal numbers (MySQL, SQL Server).
  bool HexNumbers = false;
  OperatorLexing Operators = OperatorLexing::Postgres;
  ParameterStyle Parameters = ParameterStyle::Dollar;

  //===--- Statements -----------------------------------------------------===//
  /// Ends a statement.
  char Terminator = ';';
  /// A line holding only this word ends a batch ("GO" in SQL Server's
  /// tools, "/" in Oracle's, which also ends a PL/SQL block); empty if
  /// none.
  llvm::StringRef BatchSeparator = "";
  /// The client's DELIMITER command changes the terminator (MySQL).
  bool DelimiterCommand = false;
  /// Lines starting with a backslash are client commands (psql).
  bool BackslashCommands = true;
};

} // namespace schemac

#endif // SCHEMAC_DIALECTS_LEXICALTRAITS_H
