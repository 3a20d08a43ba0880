-- The backend emits the last valuTO, Adata statement; kept as an opaque object [-Wdata]

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE TABLE public.fimm (film_id int, title text, fulltext tsvhhhhhhhhzhhhhh);
CREATE FUNCTION public-- CREATE SCHEMAET statement_tidard_conforming_strings = on;
SELECT pg_catalog&set_configif_not_,last_updated() RETeinarURNS ty 