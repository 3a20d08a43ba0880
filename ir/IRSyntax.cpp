//===- IRSyntax.cpp - Shared spellings of the textual and JSON IR ---------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "IRSyntax.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/Support/ConvertUTF.h"

using namespace schemac;
using namespace schemac::irsyntax;

namespace {
/// Attribute keywords of the textual IR that are not a kind name or an enum
/// spelling (those are added from the tables).
const char *const AttributeKeywords[] = {
    // Module and common object attributes.
    "module", "search_path", "owner", "comment", "loc",
    // Settings and schemas.
    "local", "implicit", "if_not_exists", "authorization",
    // Domains, columns and sequences.
    "collate", "not_null", "null", "not_valid", "as", "start", "increment",
    "minvalue", "maxvalue", "no_minvalue", "no_maxvalue", "cache", "cycle",
    "no_cycle", "sequence_name", "owned_by", "owned_by_none", "column",
    "generated", "stored", "virtual", "identity", "always", "by_default",
    "storage", "compression",
    // Tables.
    "of", "partition_of", "bound", "attached_later", "inherits", "partition_by",
    "with", "tablespace", "on_commit", "row_security", "force_row_security",
    "constraint", "from", "to", "modulus", "remainder",
    // Constraints.
    "column_level", "added_by_alter", "generated_name", "include",
    "nulls_not_distinct", "without_overlaps", "index_with", "index_tablespace",
    "references", "on_delete", "on_update", "on_delete_columns", "match",
    "period", "no_inherit", "exclude", "where", "deferrable", "not_deferrable",
    "initially_deferred", "initially_immediate",
    // Index elements.
    "opclass", "opclass_params",
    // Views and indexes.
    "materialized", "or_replace", "recursive", "columns", "with_data",
    "with_no_data", "check_option", "with_check_option", "column_comments",
    "attributes", "on", "concurrently", "only",
    // Opaque objects.
    "object_type", "target", "is_data", "text",
    // Expressions.
    "true", "false", "op_schema", "op_kind", "escape", "distinct", "variadic",
    "order_by", "within_group", "filter", "over", "syntax", "trim_spec",
    "arg_names", "when", "then", "else", "op", "negated", "symmetric", "not",
    "nested", "row_keyword", "slice", "window", "ref", "frame", "frame_start",
    "frame_end", "serial", "normal_form",
    // Relations.
    "none", "lateral", "cte", "column_defs", "with_ordinality", "windows",
    "natural", "comma", "using", "offset", "limit_all", "with_ties", "all",
    "alias", "passing", "namespaces", "for_ordinality", "path", "default"};

llvm::StringSet<> buildKeywords() {
  llvm::StringSet<> S;
  for (const char *K : AttributeKeywords)
    S.insert(K);
  auto AddAll = [&S](const auto &Table) {
    for (const auto &E : Table)
      S.insert(E.Name);
  };
  AddAll(SettingSyntaxNames);
  AddAll(SequencePersistenceNames);
  AddAll(TablePersistenceNames);
  AddAll(PartitionStrategyNames);
  AddAll(PartitionBoundNames);
  AddAll(ConstraintKindNames);
  AddAll(ForeignKeyActionNames);
  AddAll(ForeignKeyMatchNames);
  AddAll(SortDirectionNames);
  AddAll(NullsOrderNames);
  AddAll(FrameModeNames);
  AddAll(FrameBoundNames);
  AddAll(FrameExclusionNames);
  AddAll(LiteralKindNames);
  AddAll(CallSyntaxNames);
  AddAll(CastSyntaxNames);
  AddAll(SubqueryKindNames);
  AddAll(IsTestNames);
  AddAll(QuantifierNames);
  AddAll(GroupingSetNames);
  AddAll(DistinctKindNames);
  AddAll(JoinKindNames);
  AddAll(LimitSyntaxNames);
  AddAll(SetOpKindNames);
  AddAll(CteMaterializationNames);
  AddAll(ObjectKindNames);
  AddAll(ExprKindNames);
  AddAll(RelKindNames);
  AddAll(TypeKindNames);
  return S;
}

bool isIdentStart(char C) {
  return (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') || C == '_';
}
bool isDigit(char C) { return C >= '0' && C <= '9'; }
} // namespace

bool irsyntax::isKeyword(llvm::StringRef S) {
  static const llvm::StringSet<> Keywords = buildKeywords();
  return Keywords.contains(S);
}

bool irsyntax::isBareName(llvm::StringRef S) {
  if (S.empty() || !isIdentStart(S[0]))
    return false;
  for (char C : S.drop_front())
    if (!isIdentStart(C) && !isDigit(C))
      return false;
  return !isKeyword(S);
}

bool irsyntax::isBareNumber(llvm::StringRef S) {
  S.consume_front("-");
  size_t I = 0;
  while (I < S.size() && isDigit(S[I]))
    ++I;
  if (I == 0)
    return false;
  if (I == S.size())
    return true;
  if (S[I] != '.' || I + 1 == S.size())
    return false;
  for (char C : S.drop_front(I + 1))
    if (!isDigit(C))
      return false;
  return true;
}

void irsyntax::printString(llvm::raw_ostream &OS, llvm::StringRef S) {
  static const char Hex[] = "0123456789abcdef";
  OS << '"';
  const char *P = S.data(), *End = P + S.size();
  while (P != End) {
    // Copy the longest run that needs no escape in one write.
    const char *Run = P;
    while (P != End && (unsigned char)*P >= 0x20 && *P != '"' && *P != '\\' &&
           (unsigned char)*P < 0x7f)
      ++P;
    if (P != Run)
      OS.write(Run, P - Run);
    if (P == End)
      break;
    unsigned char C = *P;
    if (C >= 0x80) {
      unsigned Len = llvm::getNumBytesForUTF8(C);
      if (P + Len <= End &&
          llvm::isLegalUTF8Sequence(reinterpret_cast<const llvm::UTF8 *>(P),
                                    reinterpret_cast<const llvm::UTF8 *>(P) +
                                        Len)) {
        OS.write(P, Len);
        P += Len;
        continue;
      }
    }
    switch (C) {
    case '"':
      OS << "\\\"";
      break;
    case '\\':
      OS << "\\\\";
      break;
    case '\n':
      OS << "\\n";
      break;
    case '\t':
      OS << "\\t";
      break;
    case '\r':
      OS << "\\r";
      break;
    default:
      OS << "\\x" << Hex[C >> 4] << Hex[C & 15];
      break;
    }
    ++P;
  }
  OS << '"';
}

void irsyntax::printName(llvm::raw_ostream &OS, llvm::StringRef S) {
  if (isBareName(S))
    OS << S;
  else
    printString(OS, S);
}

void irsyntax::printQualifiedName(llvm::raw_ostream &OS,
                                  const QualifiedName &N) {
  if (N.isQualified()) {
    printName(OS, N.Schema);
    OS << '.';
  }
  printName(OS, N.Name);
}

void irsyntax::printAtom(llvm::raw_ostream &OS, llvm::StringRef S) {
  if (isBareNumber(S))
    OS << S;
  else
    printName(OS, S);
}
