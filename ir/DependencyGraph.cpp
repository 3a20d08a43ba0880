//===- DependencyGraph.cpp - Dependencies between schema objects ----------===//
//
// Part of schemac. (Stub: being written.)
//
//===----------------------------------------------------------------------===//
