-- Schema version 6: an event may only be appended after the last one. REPLACE INTO (or INSERT
-- OR REPLACE) with an existing id would otherwise delete and rewrite that row without firing
-- the DELETE trigger; an id at or below the chain's head is refused before the conflict is
-- resolved. Every append gives its id explicitly (EventLog), so none is refused.
CREATE TRIGGER events_refuse_rewrite BEFORE INSERT ON events
WHEN new.id <= (SELECT max(id) FROM events)
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;
