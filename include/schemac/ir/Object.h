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
