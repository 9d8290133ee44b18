-- PostgreSQL only (a Flyway callback, before every migration): the migrations are written for both
-- databases, and H2's CLOB is PostgreSQL's text.
DO $$
BEGIN
    CREATE DOMAIN clob AS text;
EXCEPTION
    WHEN duplicate_object THEN NULL;
END
$$;
