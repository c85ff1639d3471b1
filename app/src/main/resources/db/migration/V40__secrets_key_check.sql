-- A value encrypted with the master key: proves at start that the key in use is this database's key.
create table secrets_key_check (
    id         integer primary key,
    key_check  varchar(512) not null,
    created_at timestamp with time zone not null
);
