//===- PostgresChangeApplier.cpp - Apply lowered statements ---------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "PostgresChangeApplier.h"
#include "PostgresOpaque.h"

using namespace schemac;
using namespace schemac::pg;

PostgresChangeApplier::PostgresChangeApplier(Module &M, DiagnosticEngine &Diags,
                                             llvm::StringRef Buffer)
    : Diags(Diags), Buffer(Buffer), Names(createSearchPathResolver()),
      Editor(M, Diags, *Names, Rules) {}

/// The object the statement acts on, as written.
static QualifiedName targetOf(const SchemaChange &C) {
  if (auto *A = llvm::dyn_cast<AlterChange>(&C))
    return A->Target.Name;
  if (auto *R = llvm::dyn_cast<RenameChange>(&C))
    return R->Target.Name;
  if (auto *Cm = llvm::dyn_cast<CommentChange>(&C))
    return Cm->Target.Name;
  return QualifiedName();
}

/// Why a statement is kept opaque, in PostgreSQL's words.
static std::string describe(const ApplyResult &R, const LoweredStatement &S) {
  std::string Name = ("'" + llvm::Twine(R.Name.str()) + "'").str();
  bool Comment = S.Kind == StmtKind::Comment;
  switch (R.Why) {
  case ApplyResult::Reason::OpaqueTarget:
    return (Comment ? "COMMENT on " : S.Description + " of ") + R.ObjectType +
           " " + Name;
  case ApplyResult::Reason::ImplicitSequence:
    return "ALTER SEQUENCE of an implicit sequence";
  case ApplyResult::Reason::ConstraintIndex:
    return "ALTER INDEX of the index of constraint " + Name;
  case ApplyResult::Reason::BuiltinType:
    return "COMMENT on built-in type " + Name;
  case ApplyResult::Reason::TypeAttribute:
    return "COMMENT on an attribute of type " + Name;
  case ApplyResult::Reason::OpaqueColumn:
    return "COMMENT on a column of " + R.ObjectType + " " + Name;
  case ApplyResult::Reason::OpaqueConstraint:
    return "COMMENT on a constraint of " + Name;
  case ApplyResult::Reason::ViewCycle:
    return "CREATE OR REPLACE VIEW of view " + Name + " that reads itself";
  case ApplyResult::Reason::UnknownOpaque:
  case ApplyResult::Reason::None:
    break;
  }
  return S.Description;
}

void PostgresChangeApplier::apply(LoweredStatement &S) {
  for (Diagnostic &D : S.Diags)
    Diags.emit(std::move(D));
  S.Diags.clear();
  if (S.Failed || !S.Change)
    return;
  if (!S.Elements.empty()) {
    unsigned Errors = Diags.getNumErrors();
    Editor.apply(*S.Change);
    for (LoweredStatement &E : S.Elements)
      if (Diags.getNumErrors() == Errors)
        apply(E);
    return;
  }
  QualifiedName Target = targetOf(*S.Change);
  if (!S.Unsupported.empty()) {
    keepOpaque(S, S.Unsupported, DiagID::warn_unsupported_clause, Target);
    return;
  }
  ApplyResult R = Editor.apply(*S.Change);
  if (R.S != ApplyResult::Status::NotModelled)
    return;
  if (R.Why == ApplyResult::Reason::UnknownOpaque) {
    // DROP FUNCTION f(...) of a function the script does not create.
    Diags.report(S.Loc, DiagID::warn_opaque_statement) << S.Description;
    OpaqueChange Keep(S.Loc, std::move(S.AsOpaque));
    Editor.apply(Keep);
    return;
  }
  keepOpaque(S, describe(R, S), DiagID::warn_opaque_statement,
             R.Why == ApplyResult::Reason::ImplicitSequence ||
                     R.Why == ApplyResult::Reason::ConstraintIndex
                 ? R.Target
                 : Target);
}

void PostgresChangeApplier::keepOpaque(LoweredStatement &S, llvm::StringRef Why,
                                       DiagID Warning, QualifiedName Target) {
  Diags.report(S.Loc, Warning) << Why;
  auto O = std::make_unique<OpaqueObject>(
      S.Loc, QualifiedName(), llvm::StringRef(S.Description).lower(),
      Buffer.slice(S.Begin, S.End).str(), "postgres");
  O->Target = std::move(Target);
  OpaqueChange Keep(S.Loc, std::move(O));
  if (S.Toks)
    collectNameCandidates(Buffer, S.Toks, S.NumTokens, false, Keep.Mentions);
  Editor.apply(Keep);
}
