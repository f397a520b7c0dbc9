-- Schema version 5: an intake slip (request for completion, refusal at the counter) keeps what
-- printing it again needs. Slips are found within a range of days (intake_slips_created).
ALTER TABLE intake_slips ADD COLUMN applicant_kind TEXT NOT NULL DEFAULT 'person'
    CHECK (applicant_kind IN ('person', 'organisation'));
