-- Per-device retention policies that replace the global default (nocvault.backup.retention.*).
-- Counts: 0 = rule off, -1 = unlimited. keep_within is a restic duration such as 1y6m or 30d (null = off).
create table backup_retention_overrides (
    device_id     bigint primary key,
    noc_id        bigint       not null,
    keep_last     integer      not null default 0,
    keep_hourly   integer      not null default 0,
    keep_daily    integer      not null default 0,
    keep_weekly   integer      not null default 0,
    keep_monthly  integer      not null default 0,
    keep_yearly   integer      not null default 0,
    keep_within   varchar(40),
    updated_at    timestamp with time zone not null,
    constraint fk_backup_retention_noc foreign key (noc_id) references nocs (id)
);
create index ix_backup_retention_noc on backup_retention_overrides (noc_id);
