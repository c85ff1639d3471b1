-- When each problem last occurred and, once it recovered, when it did. The alerts of backup runs that end together
-- may be processed in either order; an alert older than its key's last change of state is stale and dropped.
-- A recovery keeps its key's row (recovered_at set) instead of deleting it; a row made by a recovery processed before
-- its failure has no notified_at.
alter table notify_suppressions add column last_seen_at timestamp with time zone;
alter table notify_suppressions add column recovered_at timestamp with time zone;
alter table notify_suppressions alter column notified_at drop not null;
update notify_suppressions set last_seen_at = notified_at;
