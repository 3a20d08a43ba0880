//===- Location.h - Source locations of IR nodes ---------------*- C++ -*-===//
//
// Part of schemac. A Location names a file (by id in the Context's file
// table), a 1-based line and a 1-based byte column, like MLIR's
// FileLineColLoc. Every IR node carries one.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SUPPORT_LOCATION_H
#define SCHEMAC_SUPPORT_LOCATION_H

#include <cstdint>
#include <tuple>

namespace schemac {

struct Location {
  uint32_t File = 0; ///< Index into Context's file table; 0 means unknown.
  uint32_t Line = 0; ///< 1-based; 0 means unknown.
  uint32_t Col = 0;  ///< 1-based byte column.

  Location() = default;
  Location(uint32_t File, uint32_t Line, uint32_t Col)
      : File(File), Line(Line), Col(Col) {}

  bool isValid() const { return File != 0 && Line != 0; }
  friend bool operator==(const Location &A, const Location &B) {
    return A.File == B.File && A.Line == B.Line && A.Col == B.Col;
  }
  friend bool operator!=(const Location &A, const Location &B) {
    return !(A == B);
  }
  friend bool operator<(const Location &A, const Location &B) {
    return std::tie(A.File, A.Line, A.Col) < std::tie(B.File, B.Line, B.Col);
  }
};

/// A half-open source range [Begin, End) used to underline diagnostics.
struct SourceRange {
  Location Begin, End;
  SourceRange() = default;
  SourceRange(Location B, Location E) : Begin(B), End(E) {}
  bool isValid() const { return Begin.isValid(); }
};

} // namespace schemac

#endif // SCHEMAC_SUPPORT_LOCATION_H
