-- db-scheduler's table (its PostgreSQL schema, written so that it also runs on H2 in PostgreSQL mode: varchar keys
-- instead of text, which H2 makes a CLOB that cannot be a key). One row per pending task execution; nodes lock a
-- due row by its version, so that exactly one node runs it.
create table scheduled_tasks (
    task_name            varchar(100) not null,
    task_instance        varchar(200) not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean not null,
    picked_by            varchar(100),
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint not null,
    priority             smallint,
    constraint pk_scheduled_tasks primary key (task_name, task_instance)
);

create index ix_scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index ix_scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index ix_scheduled_tasks_priority_time on scheduled_tasks (priority desc, execution_time asc);
