-- Backup outcomes per UTC day and NOC, counted from the backup module's BackupSucceeded / BackupFailed events, so
-- that the 30-day trend reads 30 x NOCs rows instead of every run result. noc_id has no foreign key on purpose:
-- the history outlives the NOC, and the NOC's deletion must not wait for it.
create table reporting_backup_days (
    backup_day date    not null,
    noc_id     bigint  not null,
    succeeded  integer not null default 0,
    failed     integer not null default 0,
    constraint pk_reporting_backup_days primary key (backup_day, noc_id)
);
create index ix_reporting_backup_days_noc on reporting_backup_days (noc_id, backup_day);
