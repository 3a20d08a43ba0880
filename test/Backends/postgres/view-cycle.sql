-- Views that read each other cannot be created by any script: the
-- verifier reports the cycle where it closes (PostgreSQL: relation "v2"
-- does not exist). Such DDL used to be written with a warning only.
-- RUN: schemac %s --emit=ddl -o /dev/null --verify-diagnostics

CREATE VIEW v1 AS SELECT a FROM v2;
-- expected-error@+1 {{view 'v1' reads itself through view 'v2': no script can create it}}
CREATE VIEW v2 AS SELECT a FROM v1;
