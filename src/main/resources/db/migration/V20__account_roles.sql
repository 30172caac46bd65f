-- Roles (CANDIDATE at sign-up; admins promote interviewers) and an optional email for admin-made accounts.
alter table app_user add column role text not null default 'CANDIDATE'
    check (role in ('CANDIDATE', 'INTERVIEWER', 'ADMIN'));
alter table app_user add column email text;
create unique index app_user_email on app_user (lower(email));
