-- Scores are a durable queue of their own: a PENDING score is claimed by a judge node's score worker under a
-- lease it renews, so a score whose worker died is taken over by another, and judging never waits for scoring.
alter table submission_score add column attempt integer not null default 0;
alter table submission_score add column lease_owner text;
alter table submission_score add column lease_until timestamptz;
create index submission_score_pending on submission_score (created_at) where state = 'PENDING';
