-- The index of a constraint is an index (issue 6, defect 4).
CREATE TABLE p (u text, v text);
ALTER TABLE p ADD CONSTRAINT idx_old UNIQUE (u);
ALTER INDEX idx_old RENAME TO idx_new;
ALTER INDEX idx_new SET (fillfactor = 70);
ALTER TABLE p ADD PRIMARY KEY (v);
ALTER INDEX p_pkey RENAME TO p_key_index;
