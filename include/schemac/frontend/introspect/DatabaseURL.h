//===- DatabaseURL.h - The address of a live database ----------*- C++ -*-===//
//
// Part of schemac. A database URL names a running database whose schema a
// connector reads (--from=postgresql://user@host:5432/db, later
// sqlite:path.db, mysql://...). The scheme picks the connector; the rest is
// the connector's business. The URL may carry a password (in its user part
// or as a `password=` parameter): getDisplayName() is the URL without it,
// the only form that is ever printed or used as a buffer name.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_INTROSPECT_DATABASEURL_H
#define SCHEMAC_FRONTEND_INTROSPECT_DATABASEURL_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <string>

namespace schemac {

class DatabaseURL {
public:
  /// True if \p Text has the form of a URL, `scheme:rest`, where the scheme
  /// is a letter followed by letters, digits, '+', '-' or '.'. Input
  /// language names never contain ':', so --from tells them apart by this.
  static bool looksLikeURL(llvm::StringRef Text);
  /// Parses \p Text. Fails (with a message that shows the URL without its
  /// password) if it is not `scheme:rest` with a non-empty rest.
  static llvm::Expected<DatabaseURL> parse(llvm::StringRef Text);

  /// The URL as written, password included: for the connector only.
  const std::string &getText() const { return Text; }
  /// The scheme in lower case ("postgresql").
  const std::string &getScheme() const { return Scheme; }
  /// The URL without its password: `user:secret@` becomes `user@`, a
  /// `password=...` query parameter is left out.
  const std::string &getDisplayName() const { return DisplayName; }

  /// \p Text with its password removed (see getDisplayName()); text that is
  /// not a URL comes back unchanged.
  static std::string redact(llvm::StringRef Text);

private:
  std::string Text, Scheme, DisplayName;
};

} // namespace schemac

#endif // SCHEMAC_FRONTEND_INTROSPECT_DATABASEURL_H
