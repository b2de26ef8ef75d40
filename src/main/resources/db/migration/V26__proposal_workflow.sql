-- The proposal workflow as the law reads it (issue 13).

-- When a proposal was first sent: ranks it against other proposals of the same subject,
-- award and year (the one sent first wins) and bounds the receipt date the office records.
alter table award_proposal
    add column sent_on date,
    add column sent_at timestamptz;

update award_proposal p
set sent_at = e.first_at, sent_on = coalesce(p.received_on, (e.first_at at time zone 'Asia/Ho_Chi_Minh')::date)
from (select proposal_id, min(at) as first_at from proposal_event where status = 'SUBMITTED' group by proposal_id) e
where e.proposal_id = p.id;

update award_proposal
set sent_on = received_on, sent_at = received_on::timestamp at time zone 'Asia/Ho_Chi_Minh'
where sent_at is null and received_on is not null;

create index award_proposal_year_sent_idx on award_proposal (year, sent_at, id);

-- A session below the quorum of its vote rules decides nothing and is closed as inquorate;
-- the board meets again in a new session.
alter table board_session add column inquorate boolean not null default false;

-- Chiến sĩ thi đua cơ sở requires Lao động tiên tiến of the same year, awarded in the
-- registry or proposed for the same person in the same proposal.
insert into eligibility_rule (code, award_type_code, check_kind, parameters, legal_source, description, effective_from, severity)
values ('CSTDCS_LDTT', 'CSTDCS', 'AWARD_IN_YEAR', '{"awardType": "LDTT"}',
        'Luật Thi đua, khen thưởng 2022, Điều 23',
        'Đạt danh hiệu Lao động tiên tiến trong năm (đã được tặng, hoặc được đề nghị cùng trong đề nghị).',
        date '2024-01-01', 'BLOCKING');
