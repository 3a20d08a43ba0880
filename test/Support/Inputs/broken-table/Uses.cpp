// The sources the broken table's ids are looked for in (see
// DiagnosticKinds.def next to this file); err_unused is used only in test/.
void uses() {
  report(DiagID::err_used);
  report(DiagID::err_same_text);
  report(DiagID::err_only_placeholders);
  report(DiagID::err_generic);
  report(DiagID::warn_wrong_prefix);
  report(DiagID::err_grouped);
  report(DiagID::err_period);
  report(DiagID::err_capital);
  report(DiagID::err_keyword);
  report(DiagID::err_split);
  report(DiagID::err_unreadable);
  // A mention in a comment is no use: DiagID::err_unused is not used here.
}
