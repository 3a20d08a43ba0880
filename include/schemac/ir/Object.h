//===- Object.h - Base class of top-level schema objects -------*- C++ -*-===//
//
// Part of schemac. A Module holds an ordered list of Objects: settings,
// schemas, types, sequences, tables, views, indexes and opaque objects. The
// order is the order of the source; backends use it to break ties when they
// order objects by dependencies.
//
// Names are changed only through Module::rename() so that the module's name
// index stays valid.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_OBJECT_H
#define SCHEMAC_IR_OBJECT_H

#include "schemac/ir/QualifiedName.h"
#include "schemac/support/Location.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Casting.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace schemac {

class Module;
template <class> struct NodeFields;

/// WITH (fillfactor = 70, ...) storage parameters, values as written.
using StorageParams = std::vector<std::pair<std::string, std::string>>;

/// Options of one dialect that the IR does not model (MySQL's ENGINE and
/// ROW_FORMAT, SQL Server's filegroup, Oracle's storage clauses), kept so
/// that nothing the user wrote is lost and DDL for the same dialect writes
/// them back. Keys are `<dialect>.<option>` ("mysql.engine"), values as
/// written; a backend of another dialect ignores keys that are not its own.
using DialectAttributes = std::vector<std::pair<std::string, std::string>>;

/// The value of attribute \p Key ("mysql.engine"), or nullptr.
const std::string *findAttribute(const DialectAttributes &A,
                                 llvm::StringRef Key);
/// Sets attribute \p Key to \p Value (replacing an earlier value).
void setAttribute(DialectAttributes &A, llvm::StringRef Key,
                  llvm::StringRef Value);

class Object {
public:
  enum class Kind {
#define SCHEMAC_OBJECT(Class, IRName) Class,
#include "schemac/ir/ObjectKinds.def"
  };

  virtual ~Object();
  Kind getKind() const { return K; }
  /// The IR keyword of the kind ("table", "view", ...).
  llvm::StringRef getKindName() const;
  /// A human-readable noun for messages ("table", "materialized view", ...).
  virtual llvm::StringRef getDescription() const;

  const QualifiedName &getName() const { return Name; }

  Location Loc;
  /// ALTER ... OWNER TO; empty if never set.
  std::string Owner;
  /// COMMENT ON ...; nullopt if never set (an empty comment is a value).
  std::optional<std::string> Comment;
  /// Options of one dialect the IR does not model (see DialectAttributes).
  DialectAttributes Attributes;

  /// Deep copy (not attached to any module).
  std::unique_ptr<Object> clone() const;

protected:
  Object(Kind K, QualifiedName Name, Location Loc)
      : Loc(Loc), Name(std::move(Name)), K(K) {}
  Object(const Object &) = default;

private:
  friend class Module;
  template <class> friend struct NodeFields;
  QualifiedName Name;
  Kind K;
};

using ObjectPtr = std::unique_ptr<Object>;

} // namespace schemac

#endif // SCHEMAC_IR_OBJECT_H
