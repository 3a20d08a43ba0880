//===- SchemaEditorComment.cpp - COMMENT ----------------------------------===//
//
// Part of schemac. Comments on relations, types, schemas, columns of
// tables and views, and constraints of tables and domains.
//
//===----------------------------------------------------------------------===//

#include "SchemaEditorImpl.h"

#include "llvm/ADT/STLExtras.h"

using namespace schemac;

using Reason = ApplyResult::Reason;

ApplyResult SchemaEditor::Impl::applyComment(CommentChange &C) {
  const std::optional<std::string> &Text = C.Text;
  const NameRef &Target = C.Target;
  auto WrongKind = [&](const Object &O, llvm::StringRef Want) {
    reportWrongKind(Target, O, Want);
    return ApplyResult::failed();
  };
  auto Unknown = [&](llvm::StringRef Kind, const QualifiedName &N) {
    reportUnknown(Target.Loc, Kind, N);
    return ApplyResult::failed();
  };

  if (C.On == CommentChange::Part::Column) {
    const std::string &Col = C.PartName;
    Object *O = M.lookupRelation(Target.Name);
    if (!O) {
      // A column of a composite type is one of its attributes.
      if (Object *T = M.lookupType(Target.Name))
        if (llvm::isa<OpaqueObject>(T))
          return ApplyResult::notModelled(Reason::TypeAttribute, Target.Name);
      return Unknown("relation", Target.Name);
    }
    if (auto *T = llvm::dyn_cast<Table>(O)) {
      Column *Co = T->findColumn(Col);
      if (!Co) {
        report(Target.Loc, DiagID::err_unknown_column)
            << Col << "table" << Target.Name.str();
        return ApplyResult::failed();
      }
      touch(*T);
      Co->details().Comment = Text;
      return ApplyResult();
    }
    if (auto *V = llvm::dyn_cast<View>(O)) {
      touch(*V);
      auto It = llvm::find_if(V->ColumnComments,
                              [&](const auto &P) { return P.first == Col; });
      if (!Text) {
        if (It != V->ColumnComments.end())
          V->ColumnComments.erase(It);
      } else if (It != V->ColumnComments.end()) {
        It->second = *Text;
      } else {
        V->ColumnComments.emplace_back(Col, *Text);
      }
      return ApplyResult();
    }
    if (auto *Opq = llvm::dyn_cast<OpaqueObject>(O))
      return ApplyResult::notModelled(Reason::OpaqueColumn, Target.Name,
                                      Opq->ObjectType);
    return WrongKind(*O, "table");
  }

  if (C.On == CommentChange::Part::Constraint) {
    const std::string &Name = C.PartName;
    if (C.TK == TargetKind::Domain) {
      auto *D = llvm::dyn_cast_or_null<Domain>(M.lookupType(Target.Name));
      if (!D)
        return Unknown("domain", Target.Name);
      for (DomainCheck &K : D->Checks)
        if (K.Name == Name) {
          touch(*D);
          K.Comment = Text;
          return ApplyResult();
        }
      return Unknown("constraint", QualifiedName(Name));
    }
    Object *O = M.lookupRelation(Target.Name);
    auto *T = llvm::dyn_cast_or_null<Table>(O);
    if (!T) {
      if (O && llvm::isa<OpaqueObject>(O))
        return ApplyResult::notModelled(Reason::OpaqueConstraint, Target.Name);
      return Unknown("table", Target.Name);
    }
    Constraint *K = T->findConstraint(Name);
    if (!K)
      return Unknown("constraint", QualifiedName(Name));
    touch(*T);
    K->Comment = Text;
    return ApplyResult();
  }

  switch (C.TK) {
  case TargetKind::Schema: {
    SchemaDecl *SD = M.lookupSchema(Target.Name.Name);
    if (!SD && !(SD = implicitSchema(Target)))
      return Unknown("schema", Target.Name);
    touch(*SD);
    SD->Comment = Text;
    return ApplyResult();
  }
  case TargetKind::Type:
  case TargetKind::Domain: {
    Object *O = M.lookupType(Target.Name);
    if (!O && !Target.Name.isQualified())
      return ApplyResult::notModelled(Reason::BuiltinType, Target.Name);
    if (!O)
      return Unknown("type", Target.Name);
    if (auto *Opq = llvm::dyn_cast<OpaqueObject>(O))
      return ApplyResult::notModelled(Reason::OpaqueTarget, Target.Name,
                                      Opq->ObjectType);
    if (C.TK == TargetKind::Domain && !llvm::isa<Domain>(O))
      return WrongKind(*O, "domain");
    if (!llvm::isa<EnumType>(O) && !llvm::isa<Domain>(O))
      return WrongKind(*O, "type");
    touch(*O);
    O->Comment = Text;
    return ApplyResult();
  }
  default: {
    Object *O = M.lookupRelation(Target.Name);
    if (!O)
      return Unknown("relation", Target.Name);
    if (auto *Opq = llvm::dyn_cast<OpaqueObject>(O))
      return ApplyResult::notModelled(Reason::OpaqueTarget, Target.Name,
                                      Opq->ObjectType);
    auto *V = llvm::dyn_cast<View>(O);
    bool Ok = false;
    switch (C.TK) {
    case TargetKind::Table:
      Ok = llvm::isa<Table>(O);
      break;
    case TargetKind::Index:
      Ok = llvm::isa<Index>(O);
      break;
    case TargetKind::Sequence:
      Ok = llvm::isa<Sequence>(O);
      break;
    case TargetKind::View:
    case TargetKind::MaterializedView:
      Ok = V && V->Materialized == (C.TK == TargetKind::MaterializedView);
      break;
    default:
      Ok = true;
      break;
    }
    if (!Ok)
      return WrongKind(*O, getTargetKindName(C.TK));
    touch(*O);
    O->Comment = Text;
    return ApplyResult();
  }
  }
}
