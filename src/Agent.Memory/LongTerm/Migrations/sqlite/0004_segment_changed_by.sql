-- Who made each version of a saved segment (saved, updated, renamed, copied or deleted it), so a change can be
-- traced to a person and not only to the segment's owner. Null for versions written before this migration.
ALTER TABLE saved_segments ADD COLUMN changed_by TEXT NULL;
ALTER TABLE segment_versions ADD COLUMN changed_by TEXT NULL;
CREATE INDEX segment_versions_changed_by ON segment_versions (tenant_id, changed_by);
