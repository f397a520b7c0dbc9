-- Schema version 4: what worklists, search and reports need to answer at millions of dossiers.

-- Reports: dossiers still open at the start of a period (carried over) are found from the
-- instant they were finished; received_at rides along so that the index alone answers.
CREATE INDEX dossiers_finished ON dossiers (finished_at, received_at);
-- Reports: results returned in a period.
CREATE INDEX dossiers_returned ON dossiers (returned_at) WHERE returned_at IS NOT NULL;

-- Name search: the folded key (diacritics and đ already removed by motcua_fold / Text::searchKey)
-- split into syllables, so that "van dang" finds "Nguyễn Văn Đặng" without reading every row.
-- External content: the text lives in dossiers only; the triggers keep the index in step.
-- detail=none: only "which rows contain the syllable" is needed, not positions. Prefix indexes
-- of 1 to 4 letters answer the syllable being typed ("tran thi h", "hoa" as in "hoàng") from one
-- list instead of merging every syllable that starts so (40 ms -> 5 ms at 2,000,000 names).
CREATE VIRTUAL TABLE dossier_names USING fts5 (
    applicant_key, content = 'dossiers', content_rowid = 'id', detail = none, prefix = '1 2 3 4'
);
INSERT INTO dossier_names (dossier_names) VALUES ('rebuild');

CREATE TRIGGER dossier_names_insert AFTER INSERT ON dossiers
BEGIN
    INSERT INTO dossier_names (rowid, applicant_key) VALUES (new.id, new.applicant_key);
END;

CREATE TRIGGER dossier_names_update AFTER UPDATE OF applicant_key ON dossiers
BEGIN
    INSERT INTO dossier_names (dossier_names, rowid, applicant_key) VALUES ('delete', old.id, old.applicant_key);
    INSERT INTO dossier_names (rowid, applicant_key) VALUES (new.id, new.applicant_key);
END;

CREATE TRIGGER dossier_names_delete AFTER DELETE ON dossiers
BEGIN
    INSERT INTO dossier_names (dossier_names, rowid, applicant_key) VALUES ('delete', old.id, old.applicant_key);
END;

-- Live badges for the big worklists ("returned", "all"): counting millions of index entries on
-- every refresh would take a tenth of a second; the triggers keep the counts per status.
CREATE TABLE dossier_status_counts (
    status TEXT PRIMARY KEY,
    n      INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO dossier_status_counts (status, n) SELECT status, count(*) FROM dossiers GROUP BY status;

CREATE TRIGGER dossier_status_counts_insert AFTER INSERT ON dossiers
BEGIN
    INSERT INTO dossier_status_counts (status, n) VALUES (new.status, 1)
        ON CONFLICT (status) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER dossier_status_counts_update AFTER UPDATE OF status ON dossiers
WHEN old.status <> new.status
BEGIN
    UPDATE dossier_status_counts SET n = n - 1 WHERE status = old.status;
    INSERT INTO dossier_status_counts (status, n) VALUES (new.status, 1)
        ON CONFLICT (status) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER dossier_status_counts_delete AFTER DELETE ON dossiers
BEGIN
    UPDATE dossier_status_counts SET n = n - 1 WHERE status = old.status;
END;
