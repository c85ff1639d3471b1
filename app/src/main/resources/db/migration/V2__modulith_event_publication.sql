-- Spring Modulith's event publication registry (schema v2), owned by Flyway so that it is the same on H2 and
-- PostgreSQL. serialized_event is a large VARCHAR, not TEXT/CLOB: the registry compares it in WHERE clauses,
-- which H2 does not allow on CLOBs, and the library's own H2 schema stops at 4000 characters.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(1000000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index ix_event_publication_completion on event_publication (completion_date);
create index ix_event_publication_listener on event_publication (listener_id);
