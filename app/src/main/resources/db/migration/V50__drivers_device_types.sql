-- User-defined device types (module drivers): a base driver plus YAML overrides, resolved at use.
CREATE TABLE device_type (
    type_key   VARCHAR(64)     NOT NULL,
    name       VARCHAR(200)    NOT NULL,
    base_key   VARCHAR(64)     NOT NULL,
    overrides  VARCHAR(100000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT          NOT NULL,
    CONSTRAINT device_type_pk PRIMARY KEY (type_key)
);

CREATE INDEX device_type_base_idx ON device_type (base_key);
