-- Schema version 6 on PostgreSQL: an event may only be appended after the last one (see
-- ../006_events_refuse_rewrite.sql); every append gives its id explicitly (EventLog).
CREATE FUNCTION motcua_refuse_event_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id <= (SELECT max(id) FROM events) THEN
        RAISE EXCEPTION 'events are append-only';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER events_refuse_rewrite BEFORE INSERT ON events
    FOR EACH ROW EXECUTE FUNCTION motcua_refuse_event_rewrite();
