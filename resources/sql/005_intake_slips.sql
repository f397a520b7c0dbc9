-- Schema version 5: an intake slip (request for completion, refusal at the counter) keeps what
-- printing it again needs, and can be found by the applicant's ID number.
ALTER TABLE intake_slips ADD COLUMN applicant_kind TEXT NOT NULL DEFAULT 'person'
    CHECK (applicant_kind IN ('person', 'organisation'));
CREATE INDEX intake_slips_applicant ON intake_slips (applicant_id);
