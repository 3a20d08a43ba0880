CREATE TABLE ÿ (a int);
