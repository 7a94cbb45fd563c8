-- One row per document (documentId = first 16 hex digits of the sha256). Columns stay null until the event that
-- carries them arrives: events for one document come in any order.
create table documents (
    document_id       varchar(64)  primary key,
    filename          text,
    sha256            varchar(64),
    size_bytes        bigint,
    source            varchar(32),
    blob_uri          text,
    status            varchar(16)  not null,
    error_code        varchar(64),
    error_message     text,
    failed_at         timestamptz,
    received_at       timestamptz,
    page_count        integer,
    title             text,
    department        text,
    report_year       integer,
    extracted_at      timestamptz,
    validated_at      timestamptz,
    catalogue_version varchar(64),
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null
);
create index documents_listing_idx on documents (coalesce(received_at, created_at) desc, document_id);

-- Every distinct pipeline event seen for a document; a redelivered event maps to the same (status, at) key.
create table document_status_history (
    id          bigserial    primary key,
    document_id varchar(64)  not null references documents on delete cascade,
    status      varchar(16)  not null,
    stage       varchar(32)  not null,
    detail      text,
    at          timestamptz  not null,
    unique (document_id, status, at)
);

-- The latest TablesExtracted payload of a document, as received.
create table extractions (
    document_id  varchar(64)  primary key references documents on delete cascade,
    payload      jsonb        not null,
    extracted_at timestamptz  not null
);

-- The findings of the latest FindingsProduced of a document, replaced as a whole.
create table findings (
    id                bigserial    primary key,
    document_id       varchar(64)  not null references documents on delete cascade,
    position          integer      not null,
    rule_id           varchar(128) not null,
    severity          varchar(16)  not null,
    confidence        varchar(16),
    message           text         not null,
    locations         jsonb        not null,
    expected          text,
    actual            text,
    formula           text,
    catalogue_version varchar(64)  not null,
    created_at        timestamptz  not null,
    unique (document_id, position)
);
create index findings_created_at_idx on findings (created_at);
