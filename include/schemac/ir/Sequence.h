//===- Sequence.h - Sequences and identity options -------------*- C++ -*-===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_SEQUENCE_H
#define SCHEMAC_IR_SEQUENCE_H

#include "schemac/ir/DataType.h"
#include "schemac/ir/Object.h"

#include <cstdint>

namespace schemac {

/// Options shared by CREATE SEQUENCE and identity columns. Unset options were
/// not written.
struct SequenceOptions {
  std::optional<DataType> AsType;
  std::optional<int64_t> Start, Increment, MinValue, MaxValue, Cache;
  bool NoMinValue = false;    ///< NO MINVALUE written
  bool NoMaxValue = false;    ///< NO MAXVALUE written
  std::optional<bool> Cycle;  ///< CYCLE / NO CYCLE
  QualifiedName SequenceName; ///< Identity: SEQUENCE NAME x

  bool empty() const {
    return !AsType && !Start && !Increment && !MinValue && !MaxValue &&
           !Cache && !NoMinValue && !NoMaxValue && !Cycle &&
           SequenceName.empty();
  }
  friend bool operator==(const SequenceOptions &A, const SequenceOptions &B) {
    return A.AsType == B.AsType && A.Start == B.Start &&
           A.Increment == B.Increment && A.MinValue == B.MinValue &&
           A.MaxValue == B.MaxValue && A.Cache == B.Cache &&
           A.NoMinValue == B.NoMinValue && A.NoMaxValue == B.NoMaxValue &&
           A.Cycle == B.Cycle && A.SequenceName == B.SequenceName;
  }
};

class Sequence : public Object {
public:
  enum class Persistence { Permanent, Temporary, Unlogged };
  SequenceOptions Options;
  /// ALTER SEQUENCE ... OWNED BY table.column; OwnedByNone for OWNED BY NONE.
  QualifiedName OwnedByTable;
  std::string OwnedByColumn;
  bool OwnedByNone = false;
  bool IfNotExists = false;
  Persistence Persist = Persistence::Permanent;

  Sequence(Location L, QualifiedName Name)
      : Object(Kind::Sequence, std::move(Name), L) {}
  bool isOwned() const { return !OwnedByTable.empty(); }
  llvm::StringRef getDescription() const override { return "sequence"; }
  static bool classof(const Object *O) {
    return O->getKind() == Kind::Sequence;
  }
};

} // namespace schemac

#endif // SCHEMAC_IR_SEQUENCE_H
