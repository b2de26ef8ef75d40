-- Quotas are kept on a page by administrators: how the share is rounded, whether going over it
-- refuses the proposal (BLOCK) or only warns (WARN), and a version for concurrent edits.
alter table award_quota
    add column rounding  varchar(10) not null default 'FLOOR' check (rounding in ('FLOOR', 'CEILING', 'HALF_UP')),
    add column severity  varchar(10) not null default 'BLOCK' check (severity in ('BLOCK', 'WARN')),
    add column version   bigint      not null default 0,
    add constraint award_quota_dates_check check (effective_to is null or effective_to >= effective_from),
    add constraint award_quota_basis_not_self_check check (basis_type_code is null or basis_type_code <> award_type_code);

-- read per award type and period (the proposal check, the overlap check), per scope (the page)
create index award_quota_type_idx on award_quota (award_type_code, effective_from);
create index award_quota_scope_idx on award_quota (scope_unit_id) where scope_unit_id is not null;

-- The seeded rows (Nghị định 91/2017, repealed on 01/01/2024) stay as configurable settings: no ratio
-- for these titles could be verified in Nghị định 98/2023 or 152/2025, so no "current" rows are added.
