-- Host keys pinned on first use, per device and per jump server; a different key waits as "pending" for review.
create table host_keys (
    subject              varchar(100) primary key,
    noc_id               bigint,
    label                varchar(300) not null,
    key_type             varchar(64)  not null,
    fingerprint          varchar(128) not null,
    public_key           varchar(8000) not null,
    first_seen           timestamp with time zone not null,
    last_seen            timestamp with time zone not null,
    pending_key_type     varchar(64),
    pending_fingerprint  varchar(128),
    pending_public_key   varchar(8000),
    pending_seen_at      timestamp with time zone
);
create index ix_host_keys_noc on host_keys (noc_id);
