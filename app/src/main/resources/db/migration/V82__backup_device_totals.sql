-- Running totals per device, kept in the same transaction as every insert and delete of one of its versions, so
-- that storage figures read one row per device instead of summing every version:
-- versions (count), bytes (sum of the raw sizes), stored_bytes (sum over its versions of the stored sizes of the raw
-- and the normalized blob; a blob that several versions refer to is counted for each).
alter table backup_devices add column versions bigint not null default 0;
alter table backup_devices add column bytes bigint not null default 0;
alter table backup_devices add column stored_bytes bigint not null default 0;

-- Backfill: one pass over the versions (grouped), then one keyed look-up per device.
create table backup_device_totals_v82 (
    device_id     bigint primary key,
    versions      bigint not null,
    bytes         bigint not null,
    stored_bytes  bigint not null
);
insert into backup_device_totals_v82 (device_id, versions, bytes, stored_bytes)
    select v.device_id, count(*), sum(v.size), sum(r.stored_size + n.stored_size)
    from backup_versions v
    join backup_blobs r on r.id = v.blob_id
    join backup_blobs n on n.id = v.normalized_sha256
    group by v.device_id;
update backup_devices set
    versions = coalesce((select t.versions from backup_device_totals_v82 t
                         where t.device_id = backup_devices.device_id), 0),
    bytes = coalesce((select t.bytes from backup_device_totals_v82 t where t.device_id = backup_devices.device_id), 0),
    stored_bytes = coalesce((select t.stored_bytes from backup_device_totals_v82 t
                             where t.device_id = backup_devices.device_id), 0);
drop table backup_device_totals_v82;

create index ix_backup_devices_noc on backup_devices (noc_id, bytes);
