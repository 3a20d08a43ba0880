-- Forms of pg_dump's statements that the fast path declines because the
-- grammar's lowering reports them: both paths give the same diagnostics.
-- RUN: not schemac --emit=ir %s > %t.fast 2>&1
-- RUN: not schemac -fno-fast-parse --emit=ir %s > %t.antlr 2>&1
-- RUN: diff %t.fast %t.antlr
-- RUN: schemac --emit=ir --verify-diagnostics %s -o /dev/null

-- expected-error@+1 {{INCREMENT must not be zero}}
CREATE SEQUENCE a INCREMENT BY 0;
-- expected-error@+1 {{conflicting or redundant options: CACHE}}
CREATE SEQUENCE b CACHE 1 CACHE 2;
