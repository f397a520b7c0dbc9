-- Schema version 4 on PostgreSQL: what worklists, search and reports need at millions of
-- dossiers (see ../004_worklists.sql).

CREATE INDEX dossiers_finished ON dossiers (finished_at, received_at);
CREATE INDEX dossiers_returned ON dossiers (returned_at) WHERE returned_at IS NOT NULL;

-- Name search: the folded key is matched as whole syllables with LIKE on ' ' || key || ' '
-- (DossierQuery); a trigram index answers such a LIKE without reading every row.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX dossiers_applicant_key_trgm ON dossiers
    USING gin ((' ' || applicant_key || ' ') gin_trgm_ops);

-- Live badges for the big worklists: the counts per status, kept by the triggers.
CREATE TABLE dossier_status_counts (
    status TEXT PRIMARY KEY,
    n      BIGINT NOT NULL
);
INSERT INTO dossier_status_counts (status, n) SELECT status, count(*) FROM dossiers GROUP BY status;

CREATE FUNCTION motcua_count_statuses() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE dossier_status_counts SET n = n - 1 WHERE status = OLD.status;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO dossier_status_counts AS c (status, n) VALUES (NEW.status, 1)
            ON CONFLICT (status) DO UPDATE SET n = c.n + 1;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER dossier_status_counts_insert AFTER INSERT ON dossiers
    FOR EACH ROW EXECUTE FUNCTION motcua_count_statuses();
CREATE TRIGGER dossier_status_counts_update AFTER UPDATE OF status ON dossiers
    FOR EACH ROW WHEN (OLD.status <> NEW.status) EXECUTE FUNCTION motcua_count_statuses();
CREATE TRIGGER dossier_status_counts_delete AFTER DELETE ON dossiers
    FOR EACH ROW EXECUTE FUNCTION motcua_count_statuses();
