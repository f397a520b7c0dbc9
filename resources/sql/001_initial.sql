-- Schema version 1. Instants are integer seconds since the epoch (UTC); calendar dates are
-- ISO-8601 text. Names are stored NFC with a folded search key beside them.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE,
    full_name       TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'admin')),
    password_hash   TEXT,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    INTEGER,
    created_at      INTEGER NOT NULL
);

CREATE TABLE procedures (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    search_key      TEXT NOT NULL,
    field           TEXT NOT NULL,
    level           TEXT NOT NULL DEFAULT '',
    deciding_office TEXT NOT NULL DEFAULT '',
    duration        REAL NOT NULL CHECK (duration >= 0),
    duration_unit   TEXT NOT NULL CHECK (duration_unit IN ('days', 'hours', 'same-day')),
    cutoff          INTEGER NOT NULL DEFAULT 0 CHECK (cutoff IN (0, 1)),
    fee             TEXT NOT NULL DEFAULT '',
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    effective_from  TEXT,
    step_budgets    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX procedures_field ON procedures (field);

CREATE TABLE procedure_documents (
    id           INTEGER PRIMARY KEY,
    procedure_id INTEGER NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL,
    originals    INTEGER NOT NULL DEFAULT 0 CHECK (originals >= 0),
    copies       INTEGER NOT NULL DEFAULT 0 CHECK (copies >= 0),
    UNIQUE (procedure_id, position)
);

-- Daily sequence of dossier codes per office: [office code]-[YYMMDD]-[NNNN].
CREATE TABLE code_sequences (
    office_code TEXT NOT NULL,
    day         TEXT NOT NULL,
    last_value  INTEGER NOT NULL,
    PRIMARY KEY (office_code, day)
);

CREATE TABLE dossiers (
    id                INTEGER PRIMARY KEY,
    code              TEXT NOT NULL UNIQUE,
    procedure_id      INTEGER NOT NULL REFERENCES procedures (id),
    status            TEXT NOT NULL CHECK (status IN ('received', 'processing', 'awaiting_documents',
                                                      'awaiting_payment', 'result_ready', 'refused',
                                                      'returned', 'withdrawn')),
    channel           TEXT NOT NULL CHECK (channel IN ('direct', 'postal', 'online')),
    applicant_kind    TEXT NOT NULL CHECK (applicant_kind IN ('person', 'organisation')),
    applicant_name    TEXT NOT NULL,
    applicant_key     TEXT NOT NULL,
    applicant_id      TEXT NOT NULL DEFAULT '',
    applicant_birth   TEXT,
    applicant_phone   TEXT NOT NULL DEFAULT '',
    applicant_address TEXT NOT NULL DEFAULT '',
    applicant_email   TEXT NOT NULL DEFAULT '',
    proxy_name        TEXT NOT NULL DEFAULT '',
    proxy_id          TEXT NOT NULL DEFAULT '',
    proxy_phone       TEXT NOT NULL DEFAULT '',
    proxy_address     TEXT NOT NULL DEFAULT '',
    sets              INTEGER NOT NULL DEFAULT 1 CHECK (sets >= 1),
    return_method     TEXT NOT NULL DEFAULT 'counter' CHECK (return_method IN ('counter', 'post')),
    return_address    TEXT NOT NULL DEFAULT '',
    note              TEXT NOT NULL DEFAULT '',
    -- The deadline rule in force on the day of reception: later catalogue edits do not move it.
    rule_unit         TEXT NOT NULL CHECK (rule_unit IN ('days', 'hours', 'same-day')),
    rule_amount       REAL NOT NULL,
    rule_cutoff       INTEGER NOT NULL,
    received_at       INTEGER NOT NULL,
    -- due_at decides lateness (pushed only by pauses); extended_due_at is the apology's new date.
    due_at            INTEGER NOT NULL,
    extended_due_at   INTEGER,
    paused_at         INTEGER,
    finished_at       INTEGER,
    returned_at       INTEGER,
    result_kind       TEXT,
    receiver_id       INTEGER REFERENCES users (id),
    receiver_name     TEXT NOT NULL DEFAULT '',
    book_number       TEXT NOT NULL DEFAULT '',
    book_seq          INTEGER
);
CREATE INDEX dossiers_status_due ON dossiers (status, due_at);
CREATE INDEX dossiers_received ON dossiers (received_at);
CREATE INDEX dossiers_procedure_received ON dossiers (procedure_id, received_at);
CREATE INDEX dossiers_applicant_key ON dossiers (applicant_key);
CREATE INDEX dossiers_applicant_id ON dossiers (applicant_id);
CREATE INDEX dossiers_applicant_phone ON dossiers (applicant_phone);

CREATE TABLE dossier_documents (
    id         INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers (id),
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    originals  INTEGER NOT NULL DEFAULT 0 CHECK (originals >= 0),
    copies     INTEGER NOT NULL DEFAULT 0 CHECK (copies >= 0),
    received   INTEGER NOT NULL DEFAULT 1 CHECK (received IN (0, 1)),
    UNIQUE (dossier_id, position)
);

-- Intervals during which the clock stops (additional documents, financial obligations).
CREATE TABLE dossier_pauses (
    id         INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers (id),
    kind       TEXT NOT NULL CHECK (kind IN ('documents', 'payment')),
    started_at INTEGER NOT NULL,
    ended_at   INTEGER,
    reason     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX dossier_pauses_dossier ON dossier_pauses (dossier_id);

-- Reception outcomes that create no dossier: requests for completion and refusals.
CREATE TABLE intake_slips (
    id                INTEGER PRIMARY KEY,
    kind              TEXT NOT NULL CHECK (kind IN ('completion', 'refusal')),
    procedure_id      INTEGER REFERENCES procedures (id),
    channel           TEXT NOT NULL DEFAULT 'direct',
    applicant_name    TEXT NOT NULL,
    applicant_id      TEXT NOT NULL DEFAULT '',
    applicant_phone   TEXT NOT NULL DEFAULT '',
    applicant_address TEXT NOT NULL DEFAULT '',
    applicant_email   TEXT NOT NULL DEFAULT '',
    items             TEXT NOT NULL DEFAULT '',
    reason            TEXT NOT NULL DEFAULT '',
    created_at        INTEGER NOT NULL,
    user_id           INTEGER REFERENCES users (id),
    actor             TEXT NOT NULL
);
CREATE INDEX intake_slips_created ON intake_slips (created_at);

-- The append-only history: source of the timeline, the control slip and the reports.
CREATE TABLE events (
    id           INTEGER PRIMARY KEY,
    dossier_id   INTEGER REFERENCES dossiers (id),
    occurred_at  INTEGER NOT NULL,
    recorded_at  INTEGER NOT NULL,
    actor        TEXT NOT NULL,
    user_id      INTEGER REFERENCES users (id),
    kind         TEXT NOT NULL,
    from_status  TEXT,
    to_status    TEXT,
    note         TEXT NOT NULL DEFAULT '',
    details      TEXT NOT NULL DEFAULT '{}',
    prev_hash    TEXT NOT NULL DEFAULT '',
    hash         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX events_dossier ON events (dossier_id, id);
CREATE INDEX events_kind_time ON events (kind, occurred_at);

CREATE TRIGGER events_refuse_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;

CREATE TRIGGER events_refuse_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;

-- Yearly official announcements: an extra day off or a working rest day, with its legal text.
CREATE TABLE calendar_overrides (
    id              INTEGER PRIMARY KEY,
    day             TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL CHECK (kind IN ('off', 'work')),
    name            TEXT NOT NULL,
    legal_reference TEXT NOT NULL DEFAULT ''
);
