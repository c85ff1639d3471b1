-- Repeats of an unchanged problem are not sent again for a while: the last time each dedup key was notified.
-- A recovery alert deletes its key's row.
create table notify_suppressions (
    dedup_key    varchar(300) primary key,
    notified_at  timestamp with time zone not null,
    suppressed   integer not null default 0
);
