-- What MariaDB cannot hold but MySQL can: an index on an expression (MySQL
-- 8.0.13's functional key parts). MariaDB refuses it with an error.
-- RUN: schemac --target=mariadb -Wno-lossy-conversion %s --verify-diagnostics
-- RUN: schemac --target=mysql -Wno-lossy-conversion %s | FileCheck %s

CREATE TABLE u (name varchar(50));
-- expected-error@+1 {{index 'u_lower' uses an index on an expression, which cannot be written in MariaDB}}
CREATE INDEX u_lower ON u (lower(name));

-- CHECK: CREATE INDEX u_lower ON u ((lower(name)));
