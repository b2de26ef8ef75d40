-- Digital signatures and the public verification page (issue 14).

-- Each decision and each of its lines (one certificate each) carries an unguessable token: the QR code
-- printed on the document leads to /verify/<token>. 122 random bits from gen_random_uuid(); a volatile
-- default gives every existing row its own token.
alter table award_proposal
    add column verification_token varchar(32) not null default replace(gen_random_uuid()::text, '-', '');
alter table award_proposal add constraint award_proposal_verification_token_key unique (verification_token);

alter table proposal_line
    add column verification_token varchar(32) not null default replace(gen_random_uuid()::text, '-', '');
alter table proposal_line add constraint proposal_line_verification_token_key unique (verification_token);

-- What the signed copy the office filed proved about itself: SIGNED (a valid digital signature over the
-- whole file, with its signer and signing time) or UNSIGNED (a scan or a PDF without a signature).
alter table award_proposal
    add column signed_copy_signature varchar(10),
    add column signed_copy_signer    varchar(500),
    add column signed_copy_signed_at timestamptz,
    add constraint award_proposal_signed_copy_signature_check
        check (signed_copy_signature is null or signed_copy_signature in ('SIGNED', 'UNSIGNED')),
    add constraint award_proposal_signed_copy_signer_check
        check ((signed_copy_signature = 'SIGNED') = (signed_copy_signer is not null));
