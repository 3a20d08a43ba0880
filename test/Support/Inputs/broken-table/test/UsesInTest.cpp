// Uses in tests do not count.
void usesInTest() { report(DiagID::err_unused); }
