-- Live progress: every change a reader can see (state, attempt, counts, a new test result) NOTIFYs the submission's
-- id on channel submission_progress, delivered when the writing transaction commits. Each API node LISTENs once and
-- fans the change out to all of its streams (SubmissionStream). Lease renewals change none of these columns and stay
-- silent.
create function notify_submission_progress() returns trigger language plpgsql as $$
begin
    perform pg_notify('submission_progress', new.id::text);
    return null;
end $$;

create trigger submission_progress
    after insert or update of state, attempt, tests_total, tests_passed, verdict on submission
    for each row execute function notify_submission_progress();

create function notify_test_result_progress() returns trigger language plpgsql as $$
begin
    perform pg_notify('submission_progress', new.submission_id::text);
    return null;
end $$;

create trigger test_result_progress
    after insert on test_result
    for each row execute function notify_test_result_progress();
