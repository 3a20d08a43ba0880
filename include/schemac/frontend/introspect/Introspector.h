//===- Introspector.h - Schemas read from live databases -------*- C++ -*-===//
//
// Part of schemac. An Introspector (a connector) reads the schema of a
// running database and writes it as a script in an input language schemac
// already has a frontend for: canonical DDL built from the database's own
// catalog (and, where the database has them, its own deparse functions).
// The driver registers that script as a source buffer named after the URL
// without its password and lowers it with that frontend, so the IR of a
// live database is the IR of the script that would create it, and every
// node's location points into the synthesized text.
//
// Connectors are registered by URL scheme in an IntrospectorRegistry, which
// the driver and plugins share (plugins/Registry.h). Problems reaching or
// reading the database are llvm::Errors, reported once by the tool.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_INTROSPECT_INTROSPECTOR_H
#define SCHEMAC_FRONTEND_INTROSPECT_INTROSPECTOR_H

#include "schemac/frontend/introspect/DatabaseURL.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace schemac {

class Module;

/// What a connector read: a script and the frontend that lowers it.
struct IntrospectedSchema {
  std::string Text;     ///< the script, e.g. PostgreSQL DDL
  std::string Language; ///< the frontend's name (--from=), e.g. "postgres"
  /// Run on the module after the script is lowered (before any input that
  /// follows): what the catalog knows but the script cannot say, such as
  /// which names the database generated (GeneratedNames.h).
  std::function<void(Module &)> Finish;
};

class Introspector {
public:
  virtual ~Introspector();
  /// Connects to the database at \p URL and reads its schema. Errors name
  /// the URL by its display name, never with its password.
  virtual llvm::Expected<IntrospectedSchema>
  introspect(const DatabaseURL &URL) = 0;
};

/// Connectors by URL scheme.
class IntrospectorRegistry {
public:
  using Factory = std::function<std::unique_ptr<Introspector>()>;
  struct Entry {
    std::string Name;                 ///< e.g. "postgres"
    std::string Description;          ///< one line for --help
    std::vector<std::string> Schemes; ///< lower case, e.g. {"postgresql"}
    Factory Create;
  };

  /// Registers a connector for its schemes. Returns false, and registers
  /// nothing, if one of them is taken.
  bool add(Entry E);
  /// The connector of \p Scheme (compared in lower case), or null.
  const Entry *lookup(llvm::StringRef Scheme) const;
  /// Every registered scheme, sorted.
  std::vector<std::string> getSchemes() const;

  /// Reads the schema at \p URL with the connector of its scheme; an
  /// unknown scheme is makeUnknownSchemeError().
  llvm::Expected<IntrospectedSchema> introspect(const DatabaseURL &URL) const;
  /// "no connector for database URLs of scheme 'x' in '<URL>'; expected one
  /// of ...".
  llvm::Error makeUnknownSchemeError(const DatabaseURL &URL) const;

private:
  std::vector<Entry> Entries;
  std::map<std::string, size_t> ByScheme;
};

} // namespace schemac

#endif // SCHEMAC_FRONTEND_INTROSPECT_INTROSPECTOR_H
