-- an integration that repeats a create (a timeout, a retry) names it with an Idempotency-Key: the first
-- request claims the key, a repeat gets the same proposal back instead of a second draft
create table api_idempotency_key (
    id                bigint        generated always as identity primary key,
    api_key_id        bigint        not null references api_key (id),
    idempotency_key   varchar(100)  not null,
    request_hash      varchar(64)   not null,
    proposal_id       bigint        references award_proposal (id),
    created_at        timestamptz   not null default now(),
    unique (api_key_id, idempotency_key)
);
