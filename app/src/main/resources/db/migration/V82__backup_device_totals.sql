-- Running totals per device, kept in the same transaction as every insert and delete of one of its versions, so
-- that storage figures read one row per device instead of summing every version:
-- versions (count), bytes (sum of the raw sizes), stored_bytes (sum over its versions of the stored sizes of the raw
-- and the normalized blob; a blob that several versions refer to is counted for each).
alter table backup_devices add column versions bigint not null default 0;
alter table backup_devices add column bytes bigint not null default 0;
alter table backup_devices add column stored_bytes bigint not null default 0;

update backup_devices set
    versions = (select count(*) from backup_versions v where v.device_id = backup_devices.device_id),
    bytes = (select coalesce(sum(v.size), 0) from backup_versions v where v.device_id = backup_devices.device_id),
    stored_bytes = (select coalesce(sum(r.stored_size + n.stored_size), 0)
                    from backup_versions v
                    join backup_blobs r on r.id = v.blob_id
                    join backup_blobs n on n.id = v.normalized_sha256
                    where v.device_id = backup_devices.device_id);

create index ix_backup_devices_noc on backup_devices (noc_id, bytes);
