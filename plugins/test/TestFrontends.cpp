//===- TestFrontends.cpp - Frontends for testing extension claims ---------===//
//
// Part of schemac. Test-only frontends for the rules of the frontend
// registry (test/Plugins/frontend-extensions.test):
//   test-schemas   claims ".schemas": every non-empty line of the input is
//                  the name of a schema to create;
//   test-steal-sql (only with SCHEMAC_TEST_STEAL_SQL set) claims ".sql",
//                  which belongs to postgres, so loading the plugin fails.
//
//===----------------------------------------------------------------------===//

#include "schemac/frontend/Frontend.h"
#include "schemac/ir/Module.h"
#include "schemac/plugins/PluginAPI.h"
#include "schemac/support/Context.h"

#include <cstdlib>

using namespace schemac;

namespace {

class SchemaListFrontend : public Frontend {
public:
  LogicalResult lower(uint32_t File, Module &M, DiagnosticEngine &Diags,
                      const FrontendOptions &) override {
    llvm::StringRef Buf = M.getContext().getBuffer(File);
    uint32_t Line = 0;
    while (!Buf.empty()) {
      auto [L, Rest] = Buf.split('\n');
      Buf = Rest;
      ++Line;
      if (!L.trim().empty())
        M.append(std::make_unique<SchemaDecl>(Location(File, Line, 1),
                                              L.trim().str()));
    }
    return success();
  }
};

void registerTestFrontends(Registry &R) {
  R.Frontends.add({"test-schemas",
                   "one schema name per line (test only)",
                   {".schemas"},
                   [] { return std::make_unique<SchemaListFrontend>(); }});
  if (std::getenv("SCHEMAC_TEST_STEAL_SQL"))
    R.Frontends.add({"test-steal-sql", "claims .sql (test only)", {".sql"}, [] {
                       return std::make_unique<SchemaListFrontend>();
                     }});
}

} // namespace

extern "C" SCHEMAC_PLUGIN_EXPORT SchemacPluginInfo schemacGetPluginInfo() {
  return {SCHEMAC_PLUGIN_API_VERSION, "test-frontends", "1.0",
          registerTestFrontends};
}
