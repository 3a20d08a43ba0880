//===- QualifyNames.cpp - Schema-qualify every name -----------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/passes/QualifyNames.h"
#include "schemac/ir/Module.h"
#include "schemac/ir/References.h"
#include "schemac/passes/DependencyOrder.h"

using namespace schemac;

std::optional<std::vector<std::string>>
pgnames::splitQualifiedNameLiteral(llvm::StringRef S) {
  return parseNameLiteral(S);
}

std::string pgnames::quoteIdentifierIfNeeded(llvm::StringRef Ident) {
  return quoteNameLiteralPart(Ident);
}

void QualifyNamesPass::declareOptions(PassOptions &O) {
  O.addBool("functions", true, "qualify calls of functions the module defines");
}

QualifyNamesPass::QualifyNamesPass(const PassOptions &O)
    : QualifyFunctions(O.getBool("functions")) {}

namespace {

class Qualifier {
public:
  Qualifier(Module &M, bool Functions) : M(M), Functions(Functions) {}

  bool run() {
    std::vector<Object *> Objects;
    for (const ObjectPtr &O : M.objects())
      Objects.push_back(O.get());
    // Resolve every reference against the names as the script wrote them,
    // then qualify the definitions (renaming invalidates the name index).
    for (Object *O : Objects)
      qualifyReferences(*O);
    std::vector<std::pair<Object *, QualifiedName>> Renames;
    for (Object *O : Objects)
      if (std::optional<QualifiedName> N = qualifiedDefinition(*O))
        Renames.emplace_back(O, std::move(*N));
    for (auto &[O, N] : Renames)
      M.rename(O, std::move(N));
    Changed |= !Renames.empty();
    return Changed;
  }

private:
  std::string schemaOf(const Object &O) const {
    return M.qualify(O.getName()).Schema;
  }

  /// The object an unqualified reference resolves to, if the pass
  /// qualifies references of its kind and site.
  Object *target(const Reference &R) const {
    const QualifiedName &N = R.getName();
    switch (R.Site) {
    case ReferenceSite::ForeignKey:
    case ReferenceSite::Inherits:
    case ReferenceSite::PartitionOf:
    case ReferenceSite::IndexTable:
    case ReferenceSite::SequenceOwner:
    case ReferenceSite::Scan:
      return M.lookupRelation(N);
    case ReferenceSite::OfType:
    case ReferenceSite::ColumnType:
    case ReferenceSite::IdentityType:
    case ReferenceSite::SequenceType:
    case ReferenceSite::DomainType:
    case ReferenceSite::CastType:
    case ReferenceSite::ColumnDefinition:
      return M.lookupType(N);
    case ReferenceSite::NameLiteral:
    case ReferenceSite::CallArgument:
      // 'seq'::regclass and nextval('seq'): the literal names a relation.
      return R.Kind == ReferenceKind::Sequence ? M.lookupRelation(N) : nullptr;
    case ReferenceSite::CallName: {
      auto *F = llvm::cast<FuncCall>(R.Node);
      if (!Functions || F->Name.size() != 1 ||
          F->Form != FuncCall::Syntax::Normal)
        return nullptr;
      return M.lookupFunction(N);
    }
    case ReferenceSite::OpaqueTarget:
    case ReferenceSite::OpaqueReference:
      if (Object *O = M.lookupRelation(N))
        return O;
      if (Object *O = M.lookupType(N))
        return O;
      return M.lookupFunction(N);
    case ReferenceSite::ColumnCollation:
    case ReferenceSite::ElementCollation:
    case ReferenceSite::ElementOpClass:
    case ReferenceSite::DomainCollation:
    case ReferenceSite::CollateClause:
    case ReferenceSite::OperatorSchema:
      return nullptr;
    }
    return nullptr;
  }

  void qualifyReferences(Object &O) {
    forEachReference(O, [&](Reference &R) {
      if (R.getName().isQualified())
        return;
      Object *T = target(R);
      if (!T)
        return;
      R.setName(QualifiedName(schemaOf(*T), R.getName().Name));
      // The spelling is the unqualified source text; the backend rebuilds
      // the type from its parts (DataType.h).
      if (R.Type)
        R.Type->Spelling.clear();
      Changed = true;
    });
    // SEQUENCE NAME of an identity column is not a reference but the name
    // of the sequence it creates, in the table's schema (as PostgreSQL
    // does).
    if (auto *T = llvm::dyn_cast<Table>(&O))
      for (Column &C : T->Columns)
        if (C.Ident) {
          QualifiedName &Seq = C.Ident->Options.SequenceName;
          if (!Seq.empty() && !Seq.isQualified()) {
            Seq.Schema = schemaOf(*T);
            Changed = true;
          }
        }
  }

  /// The qualified name of an object the module creates, or nullopt.
  std::optional<QualifiedName> qualifiedDefinition(const Object &O) const {
    const QualifiedName &N = O.getName();
    if (N.empty() || N.isQualified())
      return std::nullopt;
    if (auto *I = llvm::dyn_cast<Index>(&O)) {
      // An index lives in its table's schema; qualifyReferences() already
      // qualified the table if the module creates it.
      return QualifiedName(M.qualify(I->Table).Schema, N.Name);
    }
    Namespace NS = getNamespace(O);
    if (NS != Namespace::Relation && NS != Namespace::Type &&
        NS != Namespace::Function)
      return std::nullopt;
    return QualifiedName(M.getDefaultSchema(), N.Name);
  }

  Module &M;
  bool Functions;
  bool Changed = false;
};

} // namespace

PassResult QualifyNamesPass::run(Module &M, AnalysisManager &AM) {
  bool Changed = Qualifier(M, QualifyFunctions).run();
  if (!Changed)
    return PreservedAnalyses::all();
  // Objects keep their positions and references resolve to the same
  // objects: the dependency graph stays valid.
  return PreservedAnalyses::none().preserve<DependencyOrderAnalysis>();
}
