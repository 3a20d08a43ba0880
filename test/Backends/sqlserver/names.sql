-- Names longer than SQL Server's 128 characters are shortened
-- deterministically, with a warning (SQLite, the source here, has no
-- limit); -Werror makes a lossy conversion fail.
-- RUN: schemac --from=sqlite --target=sqlserver %s 2>&1 | FileCheck %s
-- RUN: not schemac --from=sqlite --target=sqlserver -Werror %s 2>&1 | FileCheck %s --check-prefix=WERROR

CREATE TABLE a_very_long_table_name_that_goes_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_x (
    id integer PRIMARY KEY,
    data json
);
-- CHECK: warning: the name 'a_very_long_table_name_that_goes_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_x' is longer than the 128 characters SQL Server allows; written as '[[NAME:[a-z_]+_[0-9a-f]+]]'
-- CHECK: CREATE TABLE [[NAME]] (
-- WERROR: error: column 'data' of table 'a_very_long_table_name{{.*}}' uses the type json, which SQL Server does not keep exactly [-Werror,-Wlossy-conversion]
