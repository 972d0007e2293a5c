// Generated from the API's OpenAPI document by `npm run api:client`. Do not edit by hand.

export type paths = {
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications, oldest first, filtered by job, stage, status or candidate. */
        get: operations["ApplicationsController_list"];
        put?: never;
        /** Add a candidate to an open job, in its applied stage (409 if they applied already or the job is not open). */
        post: operations["ApplicationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An application with its candidate, job, stage, version, history and notes. */
        get: operations["ApplicationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/challenges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The application's coding challenges, oldest first, each with its status (sent, submitted, expired). */
        get: operations["ApplicationChallengesController_list"];
        put?: never;
        /** Send a coding challenge for the application's current stage: the candidate is emailed a single-use link, also returned here. */
        post: operations["ApplicationChallengesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every stage move, rejection, withdrawal, reopening and hire, oldest first. */
        get: operations["ApplicationsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move to another stage of the job; into "hired" hires. With expectedVersion, a stale version gets 409. */
        post: operations["ApplicationsController_move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The application's notes, oldest first. */
        get: operations["ApplicationsController_notes"];
        put?: never;
        /** Add a note to the application. */
        post: operations["ApplicationsController_addNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject with a reason of type we_rejected; optionally notify the candidate. */
        post: operations["ApplicationsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/scorecards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The application's scorecards and their summary. Blind scoring: a panel member or challenge reviewer who has not submitted their own sees neither (blind: true). */
        get: operations["ApplicationScorecardsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/unreject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a rejected or withdrawn application in the stage it was in. */
        post: operations["ApplicationsController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the candidate withdrew, with a reason of type they_withdrew. */
        post: operations["ApplicationsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's security events, newest first. */
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/accept-invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activate an invited account with a password of its own, and sign in. */
        post: operations["AuthController_acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password. Wrong email and wrong password get the same 401. */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session the refresh token belongs to. */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, their role and organisation. */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a password-reset link (valid one hour) if the account exists. Always 202. */
        post: operations["AuthController_requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with a reset link; ends every session of the account. */
        post: operations["AuthController_confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a refresh token (body, or the session cookie) for a new pair; the old one is spent. Reusing a spent token ends the session. */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an organisation and its first admin, and sign in. */
        post: operations["AuthController_signup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Candidates, newest first; with `q`, best match first. Hiring managers see those who applied to their jobs. */
        get: operations["CandidatesController_list"];
        put?: never;
        /** Add a candidate. The email is unique in the organisation (any case): 409 CANDIDATE_EMAIL_TAKEN names the existing `candidateId`. */
        post: operations["CandidatesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/candidates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A candidate with their applications. */
        get: operations["CandidatesController_get"];
        put?: never;
        post?: never;
        /** Erase a candidate (GDPR): personal data removed everywhere, the résumé file deleted, anonymous history kept. Then 404. */
        delete: operations["CandidatesController_erase"];
        options?: never;
        head?: never;
        /** Edit a candidate; a new email must still be unique in the organisation (409 CANDIDATE_EMAIL_TAKEN). */
        patch: operations["CandidatesController_update"];
        trace?: never;
    };
    "/api/v1/candidates/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything stored about a candidate (GDPR access request), one section per part of the product. */
        get: operations["CandidatesController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/candidates/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the résumé file as uploaded (404 RESUME_NOT_FOUND when there is none). */
        get: operations["CandidatesController_downloadResume"];
        put?: never;
        /** Upload the résumé (PDF, DOCX or UTF-8 text, at most 10 MiB; the type is read from the content), replacing any previous one. Its text becomes searchable. */
        post: operations["CandidatesController_uploadResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/candidates/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge a duplicate into the primary candidate: applications, notes, tags, links and résumé move; 409 if both applied to the same job. */
        post: operations["CandidateMergeController_merge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A coding challenge with its reviewers, submission and status (sent, submitted, expired); for those who see its application, and its reviewers. */
        get: operations["ChallengesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move the deadline (to a future time); 409 once the challenge was submitted. */
        patch: operations["ChallengesController_update"];
        trace?: never;
    };
    "/api/v1/challenges/{id}/scorecards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit your scorecard for a coding challenge you review, rating the attributes of its stage (403 if not a reviewer; 409 before the candidate submitted it, or once you have scored it). */
        post: operations["ChallengeScorecardsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges/{id}/scorecards/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Amend your own scorecard of a challenge, until the application leaves the challenge's stage (then 409). */
        put: operations["ChallengeScorecardsController_amend"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Interviews by start time (interviewers: those on their panels), filtered by time, interviewer, application or status. */
        get: operations["InterviewsController_list"];
        put?: never;
        /** Schedule an interview of an active application and invite its panel and the candidate (iCalendar REQUEST). */
        post: operations["InterviewsController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An interview with its candidate, job, stage and panel. */
        get: operations["InterviewsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Reschedule a scheduled interview or change its panel; attendees get an update, people removed a cancellation. */
        patch: operations["InterviewsController_update"];
        trace?: never;
    };
    "/api/v1/interviews/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a scheduled interview; the panel and the candidate get an iCalendar CANCEL. */
        post: operations["InterviewsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that a scheduled interview took place. */
        post: operations["InterviewsController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{id}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the candidate did not come to a scheduled interview. */
        post: operations["InterviewsController_noShow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{id}/scorecards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit your scorecard for an interview you sat on, rating the attributes of its stage (403 off the panel; 409 once submitted, or if the interview was cancelled or a no-show). */
        post: operations["InterviewScorecardsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{id}/scorecards/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Amend your own scorecard, until the application leaves the interview's stage (then 409). */
        put: operations["InterviewScorecardsController_amend"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jobs, newest first; hiring managers see the jobs they manage. */
        get: operations["JobsController_list"];
        put?: never;
        /** Create a job (status draft) with its pipeline; the default pipeline when `stages` is omitted. */
        post: operations["JobsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A job with its stages. */
        get: operations["JobsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a job, or change its status (409 naming the allowed targets otherwise). */
        patch: operations["JobsController_update"];
        trace?: never;
    };
    "/api/v1/jobs/{id}/pipeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The job's board: each stage with its count of active applications and a page of cards (each stage paginated on its own). */
        get: operations["PipelineBoardController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The job's pipeline, in order. */
        get: operations["JobsController_listStages"];
        put?: never;
        /** Add a stage (before "hired" unless `position` says otherwise). */
        post: operations["JobsController_addStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}/stages/{stageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a stage from the pipeline (409 while active applications sit in it). */
        delete: operations["JobsController_removeStage"];
        options?: never;
        head?: never;
        /** Rename a stage, change its kind, SLA days or scorecard attributes. */
        patch: operations["JobsController_updateStage"];
        trace?: never;
    };
    "/api/v1/jobs/{id}/stages/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Reorder the pipeline: every stage id once, "applied" first and "hired" last. */
        put: operations["JobsController_reorderStages"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change my name or timezone (null: use the organisation’s). */
        patch: operations["MeController_update"];
        trace?: never;
    };
    "/api/v1/me/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's agenda: scheduled interviews on their panels that have not ended, soonest first. */
        get: operations["MyInterviewsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which reminder emails I receive (security emails cannot be turned off). */
        get: operations["NotificationPreferencesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Turn reminder kinds on or off for myself. */
        patch: operations["NotificationPreferencesController_update"];
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password; my other sessions end. */
        post: operations["MeController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organization/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's timezone, reminder policy and candidate retention. */
        get: operations["OrganizationSettingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change settings; reminders not yet sent are re-planned under the new policy. */
        patch: operations["OrganizationSettingsController_update"];
        trace?: never;
    };
    "/api/v1/public/challenges/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A candidate's coding challenge, by the token of their link (404 for an unknown or malformed token). */
        get: operations["PublicChallengesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/challenges/{token}/submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the work, once: a repository URL, notes, or both (409 once submitted or after the deadline). */
        post: operations["PublicChallengesController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/organizations/{slug}/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's open jobs, newest first. */
        get: operations["CareerSiteController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/organizations/{slug}/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An open job. */
        get: operations["CareerSiteController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/organizations/{slug}/jobs/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply without an account (JSON, or multipart with a `resume` file). The answer is the same whether or not the person was known or had applied. */
        post: operations["CareerSiteController_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rejection-reasons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's rejection and withdrawal reasons. */
        get: operations["RejectionReasonsController_list"];
        put?: never;
        /** Add a reason. */
        post: operations["RejectionReasonsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's reminders, newest first: when each is due, to whom, and what became of it. */
        get: operations["RemindersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reminders/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a failed or skipped reminder again now (its reason is checked again when it fires). */
        post: operations["RemindersController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per stage of a job (or per stage kind across jobs): applications that reached it, are in it now, left it rejected or withdrawn, and the conversion to the next. Counts applications applied in the window; see docs/reports.md. */
        get: operations["ReportsController_funnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/interviewers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per interviewer, for interviews that ended in the window: interviews held, scorecards on time (within 24 hours of the end), late, missing, and median hours to submit. Interviewers get their own row only. */
        get: operations["ReportsController_interviewers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per source, for applications applied in the window: applications, past screening, offers, hires and the hire rate. */
        get: operations["ReportsController_sources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/time-in-stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per stage (or stage kind): median and 90th percentile of the days applications applied in the window spent in it, from the stage history; the current stage counts up to now. */
        get: operations["ReportsController_timeInStage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/time-to-hire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per job and overall, for the hires made in the window: median and 90th percentile days from application to hire, and from the job's opening to its first hire. */
        get: operations["ReportsController_timeToHire"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The team, oldest first. */
        get: operations["UsersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user’s role or name, deactivate or reactivate them. At least one active admin remains. */
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/api/v1/users/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite someone: a pending user and an emailed single-use link (7 days). */
        post: operations["UsersController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers. */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: PostgreSQL and Redis answer. 503 when either does not. */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics: requests by route and status, latency histogram, process metrics. */
        get: operations["HealthController_scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        ProblemDetails: {
            /** @description Stable machine-readable code, e.g. VALIDATION_FAILED. */
            code: string;
            detail: string;
            /** @description Field errors of a VALIDATION_FAILED problem. */
            errors?: {
                field: string;
                message: string;
            }[];
            /** @description Correlation id; also the `x-request-id` response header and in the log line. */
            requestId: string;
            status: number;
            title: string;
            /** @description URI naming the kind of problem; one per `code`. */
            type: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    ApplicationsController_list: {
        parameters: {
            query?: {
                candidateId?: string;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                jobId?: string;
                /** @description Rows per page (1–200). */
                limit?: number;
                stageId?: string;
                status?: "active" | "rejected" | "withdrawn" | "hired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            appliedAt: string;
                            candidate: {
                                email: string | null;
                                firstName: string;
                                /** Format: uuid */
                                id: string;
                                lastName: string;
                            };
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            hiredAt: string | null;
                            /** Format: uuid */
                            id: string;
                            job: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                            rejectionReason: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                type: "we_rejected" | "they_withdrew";
                            } | null;
                            /** @enum {string} */
                            source: "career_site" | "referral" | "job_board" | "agency" | "sourced" | "other";
                            stage: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "applied" | "screening" | "technical_interview" | "coding_challenge" | "onsite" | "offer" | "hired" | "custom";
                                name: string;
                            };
                            /** Format: date-time */
                            stageEnteredAt: string;
                            /** @enum {string} */
                            status: "active" | "rejected" | "withdrawn" | "hired";
                            version: number;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ApplicationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    candidateId: string;
                    /** Format: uuid */
                    jobId: string;
                    /**
                     * @description Defaults to the candidate's source.
                     * @enum {string}
                     */
                    source?: "career_site" | "referral" | "job_board" | "agency" | "sourced" | "other";
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        appliedAt: string;
                        candidate: {
                            email: string | null;
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            lastName: string;
                        };
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date-time */
                        hiredAt: string | null;
                        /** Format: uuid */
                        id: string;
                        job: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        };
                        rejectionReason: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            type: "we_rejected" | "they_withdrew";
                        } | null;
                        /** @enum {string} */
                        source: "career_site" | "referral" | "job_board" | "agency" | "sourced" | "other";
                        stage: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "applied" | "screening" | "technical_interview" | "coding_challenge" | "onsite" | "offer" | "hired" | "custom";
                            name: string;
                        };
                        /** Format: date-time */
                        stageEnteredAt: string;
                        /** @enum {string} */
                        status: "active" | "rejected" | "withdrawn" | "hired";
                        version: number;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ApplicationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        appliedAt: string;
                        candidate: {
                            email: string | null;
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            lastName: string;
                        };
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date-time */
                        hiredAt: string | null;
                        history: {
                            actor: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            fromStage: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "applied" | "screening" | "technical_interview" | "coding_challenge" | "onsite" | "offer" | "hired" | "custom";
                                name: string;
                            } | null;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** Format: date-time */
                            occurredAt: string;
                            rejectionReason: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                type: "we_rejected" | "they_withdrew";
                            } | null;
                            toStage: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "applied" | "screening" | "technical_interview" | "coding_challenge" | "onsite" | "offer" | "hired" | "custom";
                                name: string;
                            } | null;
                            /** @enum {string} */
                            type: "applied" | "moved" | "rejected" | "withdrawn" | "reopened" | "hired";
                        }[];
                        /** Format: uuid */
                        id: string;
                        job: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        };
                        notes: {
                            author: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        rejectionReason: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            type: "we_rejected" | "they_withdrew";
                        } | null;
                        /** @description The summary of the application's scorecards; null for a panel member or challenge reviewer who has not submitted their own (blind scoring). */
                        scorecardSummary: {
                            countByRecommendation: {
                                no: number;
                                strong_no: number;
                                strong_yes: number;
                                yes: number;
                            };
                            /** @description Panel members of interviews not cancelled, and reviewers of submitted challenges, who have not submitted their scorecard. */
                            due: {
                                /**
                                 * Format: uuid
                                 * @description The coding challenge to score, or null for an interview.
                                 */
                                challengeId: string | null;
                                /**
                                 * Format: uuid
                                 * @description The panel member or reviewer who owes the scorecard.
                                 */
                                interviewerId: string;
                                /**
                                 * Format: uuid
                                 * @description The interview to score, or null for a challenge.
                                 */
                                interviewId: string | null;
                                name: string;
                            }[];
                            /** @description Mean of every assessed rating (strong_no 1 … strong_yes 4), two decimals; null if none. */
                            meanScore: number | null;
                            submitted: number;
                        } | null;
                        /** @enum {string} */
                        source: "career_site" | "referral" | "job_board" | "agency" | "sourced" | "other";
                        stage: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "applied" | "screening" | "technical_interview" | "coding_challenge" | "onsite" | "offer" | "hired" | "custom";
                            name: string;
                        };
                        /** Format: date-time */
                        stageEnteredAt: string;
                        /** @enum {string} */
                        status: "active" | "rejected" | "withdrawn" | "hired";
                        submittedForm: {
                            [key: string]: unknown;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ApplicationChallengesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        applicationId: string;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        dueAt: string;
                        /** Format: uuid */
                        id: string;
                        instructions: string;
                        repositoryUrl: string | null;
                        reviewers: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                        stage: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description What the reviewers rate on this stage's scorecard. */
                            scorecardAttributes: string[];
                        };
                        /** @enum {string} */
                        status: "sent" | "submitted" | "expired";
                        submissionNotes: string | null;
                        /** Format: date-time */
                        submittedAt: string | null;
                        title: string;
                    }[];
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ApplicationChallengesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @example 2030-01-15T09:30:00.000Z
                     */
                    dueAt: string;
                    /** @example Implement a token bucket in the language of your choice. */
                    instructions: string;
                    reviewerIds: string[];
                    /** @example Build a rate limiter */
                    title: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        challenge: {
                            /** Format: uuid */
                            applicationId: string;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: date-time */
                            dueAt: string;
                            /** Format: uuid */
                            id: string;
                            instructions: string;
                            repositoryUrl: string | null;
                            reviewers: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            stage: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @description What the reviewers rate on this stage's scorecard. */
                                scorecardAttributes: string[];
                            };
                            /** @enum {string} */
                            status: "sent" | "submitted" | "expired";
                            submissionNotes: string | null;
                            /** Format: date-time */
                            submittedAt: string | null;
                            title: string;
                        };
                        /**
                         * Format: uri
                         * @description The link the candidate was emailed; single-use, shown once so a recruiter can resend it by hand.
                         */
                        submissionUrl: string;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ApplicationsController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actor: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        fromStage: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "applied" | "screening" | "technical_interview" | "coding_challenge" | "onsite" | "offer" | "hired" | "custom";
                            name: string;
                        } | null;
                        /** Format: uuid */
                        id: string;
                        note: string | null;
                        /** Format: date-time */
                        occurredAt: string;
                        rejectionReason: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            type: "we_rejected" | "they_withdrew";
                        } | null;
                        toStage: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "applied" | "screening" | "technical_interview" | "coding_challenge" | "onsite" | "offer" | "hired" | "custom";
                            name: string;
                        } | null;
                        /** @enum {string} */
                        type: "applied" | "moved" | "rejected" | "withdrawn" | "reopened" | "hired";
                    }[];
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ApplicationsController_move: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version the client saw; a stale one gets 409 with the current version. */
                    expectedVersion?: number;
                    /** Format: uuid */
                    toStageId: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        appliedAt: string;
                        candidate: {
                            email: string | null;
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            lastName: string;
                        };
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date-time */
                        hiredAt: string | null;
                        /** Format: uuid */
                        id: string;
                        job: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        };
                        rejectionReason: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            type: "we_rejected" | "they_withdrew";
                        } | null;
                        /** @enum {string} */
                        source: "career_site" | "referral" | "job_board" | "agency" | "sourced" | "other";
                        stage: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "applied" | "screening" | "technical_interview" | "coding_challenge" | "onsite" | "offer" | "hired" | "custom";
                            name: string;
                        };
                        /** Format: date-time */
                        stageEnteredAt: string;
                        /** @enum {string} */
                        status: "active" | "rejected" | "withdrawn" | "hired";
                        version: number;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ApplicationsController_notes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        author: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        body: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                    }[];
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ApplicationsController_addNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example Strong on distributed systems; probe testing habits next. */
                    body: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        author: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        body: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ApplicationsController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                    /** @description Email the candidate a rejection notice (sent after a delay, cancelled if reopened). */
                    notifyCandidate?: boolean;
                    /**
                     * Format: uuid
                     * @description A rejection reason of type we_rejected.
                     */
                    reasonId: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        appliedAt: string;
                        candidate: {
                            email: string | null;
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            lastName: string;
                        };
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date-time */
                        hiredAt: string | null;
                        /** Format: uuid */
                        id: string;
                        job: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        };
                        rejectionReason: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            type: "we_rejected" | "they_withdrew";
                        } | null;
                        /** @enum {string} */
                        source: "career_site" | "referral" | "job_board" | "agency" | "sourced" | "other";
                        stage: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "applied" | "screening" | "technical_interview" | "coding_challenge" | "onsite" | "offer" | "hired" | "custom";
                            name: string;
                        };
                        /** Format: date-time */
                        stageEnteredAt: string;
                        /** @enum {string} */
                        status: "active" | "rejected" | "withdrawn" | "hired";
                        version: number;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ApplicationScorecardsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description True for a panel member or challenge reviewer who has not submitted their own scorecard yet: they see nothing else until they do. */
                        blind: boolean;
                        scorecards: {
                            /** Format: uuid */
                            applicationId: string;
                            author: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: uuid */
                            challengeId: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            interviewId: string | null;
                            notes: string | null;
                            ratings: {
                                attribute: string;
                                note?: string;
                                /** @enum {string} */
                                rating: "strong_no" | "no" | "yes" | "strong_yes" | "no_decision";
                            }[];
                            /** @enum {string} */
                            recommendation: "strong_no" | "no" | "yes" | "strong_yes";
                            /** Format: date-time */
                            submittedAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        summary: {
                            countByRecommendation: {
                                no: number;
                                strong_no: number;
                                strong_yes: number;
                                yes: number;
                            };
                            /** @description Panel members of interviews not cancelled, and reviewers of submitted challenges, who have not submitted their scorecard. */
                            due: {
                                /**
                                 * Format: uuid
                                 * @description The coding challenge to score, or null for an interview.
                                 */
                                challengeId: string | null;
                                /**
                                 * Format: uuid
                                 * @description The panel member or reviewer who owes the scorecard.
                                 */
                                interviewerId: string;
                                /**
                                 * Format: uuid
                                 * @description The interview to score, or null for a challenge.
                                 */
                                interviewId: string | null;
                                name: string;
                            }[];
                            /** @description Mean of every assessed rating (strong_no 1 … strong_yes 4), two decimals; null if none. */
                            meanScore: number | null;
                            submitted: number;
                        } | null;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ApplicationsController_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        appliedAt: string;
                        candidate: {
                            email: string | null;
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            lastName: string;
                        };
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date-time */
                        hiredAt: string | null;
                        /** Format: uuid */
                        id: string;
                        job: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        };
                        rejectionReason: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            type: "we_rejected" | "they_withdrew";
                        } | null;
                        /** @enum {string} */
                        source: "career_site" | "referral" | "job_board" | "agency" | "sourced" | "other";
                        stage: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "applied" | "screening" | "technical_interview" | "coding_challenge" | "onsite" | "offer" | "hired" | "custom";
                            name: string;
                        };
                        /** Format: date-time */
                        stageEnteredAt: string;
                        /** @enum {string} */
                        status: "active" | "rejected" | "withdrawn" | "hired";
                        version: number;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ApplicationsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                    /**
                     * Format: uuid
                     * @description A rejection reason of type they_withdrew.
                     */
                    reasonId: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        appliedAt: string;
                        candidate: {
                            email: string | null;
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            lastName: string;
                        };
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date-time */
                        hiredAt: string | null;
                        /** Format: uuid */
                        id: string;
                        job: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        };
                        rejectionReason: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            type: "we_rejected" | "they_withdrew";
                        } | null;
                        /** @enum {string} */
                        source: "career_site" | "referral" | "job_board" | "agency" | "sourced" | "other";
                        stage: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "applied" | "screening" | "technical_interview" | "coding_challenge" | "onsite" | "offer" | "hired" | "custom";
                            name: string;
                        };
                        /** Format: date-time */
                        stageEnteredAt: string;
                        /** @enum {string} */
                        status: "active" | "rejected" | "withdrawn" | "hired";
                        version: number;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                actorId?: string;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Rows per page (1–200). */
                limit?: number;
                type?: "organization.created" | "login.succeeded" | "login.failed" | "session.refresh_reused" | "password.changed" | "password.reset" | "user.invited" | "user.invitation_accepted" | "user.role_changed" | "user.deactivated" | "user.reactivated" | "candidate.exported" | "candidate.erased" | "candidate.merged" | "organization.settings_changed" | "reminder.retried";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            actorUserId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            data: {
                                [key: string]: unknown;
                            };
                            /** Format: uuid */
                            id: string;
                            ip: string | null;
                            /** Format: uuid */
                            targetUserId: string | null;
                            /** @enum {string} */
                            type: "organization.created" | "login.succeeded" | "login.failed" | "session.refresh_reused" | "password.changed" | "password.reset" | "user.invited" | "user.invitation_accepted" | "user.role_changed" | "user.deactivated" | "user.reactivated" | "candidate.exported" | "candidate.erased" | "candidate.merged" | "organization.settings_changed" | "reminder.retried";
                            userAgent: string | null;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuthController_acceptInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Browsers send `cookie`: the refresh token is then set as an httpOnly `hp_session` cookie and left out of the JSON body. */
                "X-Refresh-Token-Transport"?: "cookie";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example correct horse battery */
                    password: string;
                    /** @example q8Jc2m0Yp1d9s3u4v5w6x7y8z9A0B1C2D3E4F5G6H7I */
                    token: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessToken: string;
                        /** @description Seconds until the access token expires. */
                        expiresIn: number;
                        organization: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            slug: string;
                            timezone: string;
                        };
                        /** @description Absent when the request asked for the refresh token as a cookie. */
                        refreshToken?: string;
                        /** @enum {string} */
                        tokenType: "Bearer";
                        user: {
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "recruiter" | "hiring_manager" | "interviewer";
                            /** @enum {string} */
                            status: "invited" | "active" | "deactivated";
                            /** @description The user's own timezone; null means the organisation's. */
                            timezone: string | null;
                        };
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: {
                /** @description Browsers send `cookie`: the refresh token is then set as an httpOnly `hp_session` cookie and left out of the JSON body. */
                "X-Refresh-Token-Transport"?: "cookie";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @example ada@example.com
                     */
                    email: string;
                    /** @description Needed only when the email belongs to users of several organisations. */
                    organizationSlug?: string;
                    /** @example correct horse battery */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessToken: string;
                        /** @description Seconds until the access token expires. */
                        expiresIn: number;
                        organization: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            slug: string;
                            timezone: string;
                        };
                        /** @description Absent when the request asked for the refresh token as a cookie. */
                        refreshToken?: string;
                        /** @enum {string} */
                        tokenType: "Bearer";
                        user: {
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "recruiter" | "hiring_manager" | "interviewer";
                            /** @enum {string} */
                            status: "invited" | "active" | "deactivated";
                            /** @description The user's own timezone; null means the organisation's. */
                            timezone: string | null;
                        };
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: {
                /** @description Browsers send `cookie`: the refresh token is then set as an httpOnly `hp_session` cookie and left out of the JSON body. */
                "X-Refresh-Token-Transport"?: "cookie";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example q8Jc2m0Yp1d9s3u4v5w6x7y8z9A0B1C2D3E4F5G6H7I */
                    refreshToken?: string;
                };
            };
        };
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        effectiveTimezone: string;
                        organization: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            slug: string;
                            timezone: string;
                        };
                        /** @description What the user's role may do (docs/permissions.md): clients show only what is allowed. */
                        permissions: ("organization:read" | "organization:manage" | "users:read" | "users:manage" | "audit:read" | "jobs:read" | "jobs:manage" | "candidates:read" | "candidates:manage" | "candidates:privacy" | "applications:read" | "applications:manage" | "rejection-reasons:manage" | "interviews:read" | "interviews:manage" | "challenges:manage" | "reminders:read" | "reminders:manage" | "reports:interviewers:read" | "reports:pipeline:read" | "queues:dashboard")[];
                        user: {
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "recruiter" | "hiring_manager" | "interviewer";
                            /** @enum {string} */
                            status: "invited" | "active" | "deactivated";
                            /** @description The user's own timezone; null means the organisation's. */
                            timezone: string | null;
                        };
                    };
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuthController_requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @example ada@example.com
                     */
                    email: string;
                    organizationSlug?: string;
                };
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuthController_confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example correct horse battery */
                    newPassword: string;
                    /** @example q8Jc2m0Yp1d9s3u4v5w6x7y8z9A0B1C2D3E4F5G6H7I */
                    token: string;
                };
            };
        };
        responses: {
            /** @description Password changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: {
                /** @description Browsers send `cookie`: the refresh token is then set as an httpOnly `hp_session` cookie and left out of the JSON body. */
                "X-Refresh-Token-Transport"?: "cookie";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example q8Jc2m0Yp1d9s3u4v5w6x7y8z9A0B1C2D3E4F5G6H7I */
                    refreshToken?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessToken: string;
                        /** @description Seconds until the access token expires. */
                        expiresIn: number;
                        organization: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            slug: string;
                            timezone: string;
                        };
                        /** @description Absent when the request asked for the refresh token as a cookie. */
                        refreshToken?: string;
                        /** @enum {string} */
                        tokenType: "Bearer";
                        user: {
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "recruiter" | "hiring_manager" | "interviewer";
                            /** @enum {string} */
                            status: "invited" | "active" | "deactivated";
                            /** @description The user's own timezone; null means the organisation's. */
                            timezone: string | null;
                        };
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuthController_signup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Browsers send `cookie`: the refresh token is then set as an httpOnly `hp_session` cookie and left out of the JSON body. */
                "X-Refresh-Token-Transport"?: "cookie";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @example ada@example.com
                     */
                    email: string;
                    /** @example Ada Lovelace */
                    name: string;
                    /** @example Acme Robotics */
                    organizationName: string;
                    /** @example correct horse battery */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessToken: string;
                        /** @description Seconds until the access token expires. */
                        expiresIn: number;
                        organization: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            slug: string;
                            timezone: string;
                        };
                        /** @description Absent when the request asked for the refresh token as a cookie. */
                        refreshToken?: string;
                        /** @enum {string} */
                        tokenType: "Bearer";
                        user: {
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "recruiter" | "hiring_manager" | "interviewer";
                            /** @enum {string} */
                            status: "invited" | "active" | "deactivated";
                            /** @description The user's own timezone; null means the organisation's. */
                            timezone: string | null;
                        };
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CandidatesController_list: {
        parameters: {
            query?: {
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Only candidates with an application to this job. */
                jobId?: string;
                /** @description Rows per page (1–200). */
                limit?: number;
                /** @description Search words: names and email (typos tolerated), tags and résumé text; results best match first. */
                q?: string;
                source?: "career_site" | "referral" | "job_board" | "agency" | "sourced" | "other";
                /** @description Only candidates with an application in this stage. */
                stageId?: string;
                /** @description Only candidates with this tag. */
                tag?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            consentGivenAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Null once erased. */
                            email: string | null;
                            /**
                             * Format: date-time
                             * @description Set when the candidate was erased (GDPR); such candidates appear only in anonymous history.
                             */
                            erasedAt: string | null;
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            lastName: string;
                            links: string[];
                            location: string | null;
                            phone: string | null;
                            /** @description The uploaded résumé file (`GET /candidates/{id}/resume`), if any. */
                            resume: {
                                contentType: string;
                                fileName: string;
                                size: number;
                                /** Format: date-time */
                                uploadedAt: string;
                            } | null;
                            /** @enum {string} */
                            source: "career_site" | "referral" | "job_board" | "agency" | "sourced" | "other";
                            tags: string[];
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CandidatesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The candidate agreed to have their data kept; records when (false withdraws it). */
                    consent?: boolean;
                    /**
                     * Format: email
                     * @example ada.lovelace@example.com
                     */
                    email: string;
                    /** @example Ada */
                    firstName: string;
                    /** @example Lovelace */
                    lastName: string;
                    /**
                     * @description Profiles and portfolio (http or https URLs).
                     * @example [
                     *       "https://www.linkedin.com/in/ada"
                     *     ]
                     */
                    links?: string[];
                    /** @example London */
                    location?: string | null;
                    /** @example +44 20 7946 0000 */
                    phone?: string | null;
                    /** @description Résumé as plain text (an uploaded file replaces it with its own text). */
                    resumeText?: string | null;
                    /**
                     * @description Where the candidate came from; default `other`.
                     * @enum {string}
                     */
                    source?: "career_site" | "referral" | "job_board" | "agency" | "sourced" | "other";
                    /**
                     * @description Free labels; trimmed, lower-cased and kept once each.
                     * @example [
                     *       "python",
                     *       "remote"
                     *     ]
                     */
                    tags?: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        consentGivenAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description Null once erased. */
                        email: string | null;
                        /**
                         * Format: date-time
                         * @description Set when the candidate was erased (GDPR); such candidates appear only in anonymous history.
                         */
                        erasedAt: string | null;
                        firstName: string;
                        /** Format: uuid */
                        id: string;
                        lastName: string;
                        links: string[];
                        location: string | null;
                        phone: string | null;
                        /** @description The uploaded résumé file (`GET /candidates/{id}/resume`), if any. */
                        resume: {
                            contentType: string;
                            fileName: string;
                            size: number;
                            /** Format: date-time */
                            uploadedAt: string;
                        } | null;
                        /** @enum {string} */
                        source: "career_site" | "referral" | "job_board" | "agency" | "sourced" | "other";
                        tags: string[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CandidatesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Newest first; a hiring manager sees those of the jobs they manage. */
                        applications: {
                            /** Format: date-time */
                            appliedAt: string;
                            /** Format: uuid */
                            id: string;
                            job: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                            stage: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                name: string;
                            };
                            /** Format: date-time */
                            stageEnteredAt: string;
                            /** @enum {string} */
                            status: "active" | "rejected" | "withdrawn" | "hired";
                        }[];
                        /** Format: date-time */
                        consentGivenAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description Null once erased. */
                        email: string | null;
                        /**
                         * Format: date-time
                         * @description Set when the candidate was erased (GDPR); such candidates appear only in anonymous history.
                         */
                        erasedAt: string | null;
                        firstName: string;
                        /** Format: uuid */
                        id: string;
                        lastName: string;
                        links: string[];
                        location: string | null;
                        phone: string | null;
                        /** @description The uploaded résumé file (`GET /candidates/{id}/resume`), if any. */
                        resume: {
                            contentType: string;
                            fileName: string;
                            size: number;
                            /** Format: date-time */
                            uploadedAt: string;
                        } | null;
                        /** @enum {string} */
                        source: "career_site" | "referral" | "job_board" | "agency" | "sourced" | "other";
                        tags: string[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CandidatesController_erase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erased */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CandidatesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The candidate agreed to have their data kept; records when (false withdraws it). */
                    consent?: boolean;
                    /**
                     * Format: email
                     * @example ada.lovelace@example.com
                     */
                    email?: string;
                    /** @example Ada */
                    firstName?: string;
                    /** @example Lovelace */
                    lastName?: string;
                    /**
                     * @description Profiles and portfolio (http or https URLs).
                     * @example [
                     *       "https://www.linkedin.com/in/ada"
                     *     ]
                     */
                    links?: string[];
                    /** @example London */
                    location?: string | null;
                    /** @example +44 20 7946 0000 */
                    phone?: string | null;
                    /** @description Résumé as plain text (an uploaded file replaces it with its own text). */
                    resumeText?: string | null;
                    /**
                     * @description Where the candidate came from; default `other`.
                     * @enum {string}
                     */
                    source?: "career_site" | "referral" | "job_board" | "agency" | "sourced" | "other";
                    /**
                     * @description Free labels; trimmed, lower-cased and kept once each.
                     * @example [
                     *       "python",
                     *       "remote"
                     *     ]
                     */
                    tags?: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        consentGivenAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description Null once erased. */
                        email: string | null;
                        /**
                         * Format: date-time
                         * @description Set when the candidate was erased (GDPR); such candidates appear only in anonymous history.
                         */
                        erasedAt: string | null;
                        firstName: string;
                        /** Format: uuid */
                        id: string;
                        lastName: string;
                        links: string[];
                        location: string | null;
                        phone: string | null;
                        /** @description The uploaded résumé file (`GET /candidates/{id}/resume`), if any. */
                        resume: {
                            contentType: string;
                            fileName: string;
                            size: number;
                            /** Format: date-time */
                            uploadedAt: string;
                        } | null;
                        /** @enum {string} */
                        source: "career_site" | "referral" | "job_board" | "agency" | "sourced" | "other";
                        tags: string[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CandidatesController_export: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        candidateId: string;
                        /** Format: date-time */
                        exportedAt: string;
                        /** @description One member per library that stores data about candidates: `candidate` (profile, résumé), `applications`… */
                        sections: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CandidatesController_downloadResume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with its type and a Content-Disposition file name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "text/plain; charset=utf-8": string;
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CandidatesController_uploadResume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description PDF, DOCX or UTF-8 plain text (.txt), at most 10 MiB; the type is read from the content.
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        consentGivenAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description Null once erased. */
                        email: string | null;
                        /**
                         * Format: date-time
                         * @description Set when the candidate was erased (GDPR); such candidates appear only in anonymous history.
                         */
                        erasedAt: string | null;
                        firstName: string;
                        /** Format: uuid */
                        id: string;
                        lastName: string;
                        links: string[];
                        location: string | null;
                        phone: string | null;
                        /** @description The uploaded résumé file (`GET /candidates/{id}/resume`), if any. */
                        resume: {
                            contentType: string;
                            fileName: string;
                            size: number;
                            /** Format: date-time */
                            uploadedAt: string;
                        } | null;
                        /** @enum {string} */
                        source: "career_site" | "referral" | "job_board" | "agency" | "sourced" | "other";
                        tags: string[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description RESUME_TOO_LARGE: the file is over 10 MiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description UNSUPPORTED_RESUME_TYPE: not a PDF, DOCX or UTF-8 text file. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CandidateMergeController_merge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    duplicateId: string;
                    /** Format: uuid */
                    primaryId: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        consentGivenAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description Null once erased. */
                        email: string | null;
                        /**
                         * Format: date-time
                         * @description Set when the candidate was erased (GDPR); such candidates appear only in anonymous history.
                         */
                        erasedAt: string | null;
                        firstName: string;
                        /** Format: uuid */
                        id: string;
                        lastName: string;
                        links: string[];
                        location: string | null;
                        phone: string | null;
                        /** @description The uploaded résumé file (`GET /candidates/{id}/resume`), if any. */
                        resume: {
                            contentType: string;
                            fileName: string;
                            size: number;
                            /** Format: date-time */
                            uploadedAt: string;
                        } | null;
                        /** @enum {string} */
                        source: "career_site" | "referral" | "job_board" | "agency" | "sourced" | "other";
                        tags: string[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ChallengesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        applicationId: string;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        dueAt: string;
                        /** Format: uuid */
                        id: string;
                        instructions: string;
                        repositoryUrl: string | null;
                        reviewers: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                        stage: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description What the reviewers rate on this stage's scorecard. */
                            scorecardAttributes: string[];
                        };
                        /** @enum {string} */
                        status: "sent" | "submitted" | "expired";
                        submissionNotes: string | null;
                        /** Format: date-time */
                        submittedAt: string | null;
                        title: string;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ChallengesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @example 2030-01-15T09:30:00.000Z
                     */
                    dueAt: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        applicationId: string;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        dueAt: string;
                        /** Format: uuid */
                        id: string;
                        instructions: string;
                        repositoryUrl: string | null;
                        reviewers: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                        stage: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description What the reviewers rate on this stage's scorecard. */
                            scorecardAttributes: string[];
                        };
                        /** @enum {string} */
                        status: "sent" | "submitted" | "expired";
                        submissionNotes: string | null;
                        /** Format: date-time */
                        submittedAt: string | null;
                        title: string;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ChallengeScorecardsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    notes?: string;
                    /**
                     * @description Each attribute of the stage of the interview (or challenge) at most once.
                     * @example [
                     *       {
                     *         "attribute": "Communication",
                     *         "rating": "yes",
                     *         "note": "Explained trade-offs clearly."
                     *       }
                     *     ]
                     */
                    ratings: {
                        /** @description One of the scorecard attributes of the stage of the interview (or challenge). */
                        attribute: string;
                        note?: string;
                        /**
                         * @description `no_decision` when the attribute was not assessed (left out of means).
                         * @enum {string}
                         */
                        rating: "strong_no" | "no" | "yes" | "strong_yes" | "no_decision";
                    }[];
                    /** @enum {string} */
                    recommendation: "strong_no" | "no" | "yes" | "strong_yes";
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        applicationId: string;
                        author: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** Format: uuid */
                        challengeId: string | null;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        interviewId: string | null;
                        notes: string | null;
                        ratings: {
                            attribute: string;
                            note?: string;
                            /** @enum {string} */
                            rating: "strong_no" | "no" | "yes" | "strong_yes" | "no_decision";
                        }[];
                        /** @enum {string} */
                        recommendation: "strong_no" | "no" | "yes" | "strong_yes";
                        /** Format: date-time */
                        submittedAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ChallengeScorecardsController_amend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    notes?: string;
                    /**
                     * @description Each attribute of the stage of the interview (or challenge) at most once.
                     * @example [
                     *       {
                     *         "attribute": "Communication",
                     *         "rating": "yes",
                     *         "note": "Explained trade-offs clearly."
                     *       }
                     *     ]
                     */
                    ratings: {
                        /** @description One of the scorecard attributes of the stage of the interview (or challenge). */
                        attribute: string;
                        note?: string;
                        /**
                         * @description `no_decision` when the attribute was not assessed (left out of means).
                         * @enum {string}
                         */
                        rating: "strong_no" | "no" | "yes" | "strong_yes" | "no_decision";
                    }[];
                    /** @enum {string} */
                    recommendation: "strong_no" | "no" | "yes" | "strong_yes";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        applicationId: string;
                        author: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** Format: uuid */
                        challengeId: string | null;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        interviewId: string | null;
                        notes: string | null;
                        ratings: {
                            attribute: string;
                            note?: string;
                            /** @enum {string} */
                            rating: "strong_no" | "no" | "yes" | "strong_yes" | "no_decision";
                        }[];
                        /** @enum {string} */
                        recommendation: "strong_no" | "no" | "yes" | "strong_yes";
                        /** Format: date-time */
                        submittedAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    InterviewsController_list: {
        parameters: {
            query?: {
                applicationId?: string;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Interviews ending after this instant. */
                from?: string;
                interviewerId?: string;
                /** @description Rows per page (1–200). */
                limit?: number;
                status?: "scheduled" | "completed" | "cancelled" | "no_show";
                /** @description Interviews starting before this instant. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            applicationId: string;
                            /** @description True once the interview has ended (and was not cancelled or a no-show) while some panel member has not submitted a scorecard. */
                            awaitingFeedback: boolean;
                            cancelReason: string | null;
                            candidate: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            createdAt: string;
                            durationMinutes: number;
                            /** @description UTC, ISO 8601. */
                            endsAt: string;
                            /** Format: uuid */
                            id: string;
                            job: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                            location: string | null;
                            meetingUrl: string | null;
                            panel: {
                                id: string;
                                name: string;
                            }[];
                            /** @description Panel members who have not submitted their scorecard (none for a cancelled or no-show interview). */
                            scorecardsDue: {
                                /** Format: uuid */
                                interviewerId: string;
                                name: string;
                            }[];
                            sequence: number;
                            stage: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @description What the panel rates on this stage's scorecard. */
                                scorecardAttributes: string[];
                            };
                            /** @description UTC, ISO 8601. */
                            startsAt: string;
                            /** @enum {string} */
                            status: "scheduled" | "completed" | "cancelled" | "no_show";
                            timezone: string;
                            title: string;
                            updatedAt: string;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    InterviewsController_schedule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    applicationId: string;
                    /** @description Length of the interview in minutes (5–1440). */
                    durationMinutes: number;
                    /** @description The panel: 1–20 active users of the organisation. */
                    interviewerIds: string[];
                    location?: string | null;
                    /** Format: uri */
                    meetingUrl?: string | null;
                    /**
                     * Format: uuid
                     * @description Defaults to the application's current stage; must be a stage of its job.
                     */
                    stageId?: string;
                    /**
                     * Format: date-time
                     * @description RFC 3339 date-time with its offset (`Z` or `±hh:mm`).
                     * @example 2026-01-05T15:00:00+01:00
                     */
                    startsAt: string;
                    /**
                     * @description IANA timezone the interview is worded in for the candidate.
                     * @example Europe/Paris
                     */
                    timezone: string;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        applicationId: string;
                        /** @description True once the interview has ended (and was not cancelled or a no-show) while some panel member has not submitted a scorecard. */
                        awaitingFeedback: boolean;
                        cancelReason: string | null;
                        candidate: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        createdAt: string;
                        durationMinutes: number;
                        /** @description UTC, ISO 8601. */
                        endsAt: string;
                        /** Format: uuid */
                        id: string;
                        job: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        };
                        location: string | null;
                        meetingUrl: string | null;
                        panel: {
                            id: string;
                            name: string;
                        }[];
                        /** @description Panel members who have not submitted their scorecard (none for a cancelled or no-show interview). */
                        scorecardsDue: {
                            /** Format: uuid */
                            interviewerId: string;
                            name: string;
                        }[];
                        sequence: number;
                        stage: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description What the panel rates on this stage's scorecard. */
                            scorecardAttributes: string[];
                        };
                        /** @description UTC, ISO 8601. */
                        startsAt: string;
                        /** @enum {string} */
                        status: "scheduled" | "completed" | "cancelled" | "no_show";
                        timezone: string;
                        title: string;
                        updatedAt: string;
                        /** @description Panel members with another scheduled interview at that time (not a refusal). */
                        warnings: {
                            /** @enum {string} */
                            code: "INTERVIEWER_DOUBLE_BOOKED";
                            /** Format: uuid */
                            conflictingInterviewId: string;
                            /** Format: uuid */
                            interviewerId: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    InterviewsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        applicationId: string;
                        /** @description True once the interview has ended (and was not cancelled or a no-show) while some panel member has not submitted a scorecard. */
                        awaitingFeedback: boolean;
                        cancelReason: string | null;
                        candidate: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        createdAt: string;
                        durationMinutes: number;
                        /** @description UTC, ISO 8601. */
                        endsAt: string;
                        /** Format: uuid */
                        id: string;
                        job: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        };
                        location: string | null;
                        meetingUrl: string | null;
                        panel: {
                            id: string;
                            name: string;
                        }[];
                        /** @description Panel members who have not submitted their scorecard (none for a cancelled or no-show interview). */
                        scorecardsDue: {
                            /** Format: uuid */
                            interviewerId: string;
                            name: string;
                        }[];
                        sequence: number;
                        stage: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description What the panel rates on this stage's scorecard. */
                            scorecardAttributes: string[];
                        };
                        /** @description UTC, ISO 8601. */
                        startsAt: string;
                        /** @enum {string} */
                        status: "scheduled" | "completed" | "cancelled" | "no_show";
                        timezone: string;
                        title: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    InterviewsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Length of the interview in minutes (5–1440). */
                    durationMinutes?: number;
                    /** @description The panel: 1–20 active users of the organisation. */
                    interviewerIds?: string[];
                    location?: string | null;
                    /** Format: uri */
                    meetingUrl?: string | null;
                    /**
                     * Format: date-time
                     * @description RFC 3339 date-time with its offset (`Z` or `±hh:mm`).
                     * @example 2026-01-05T15:00:00+01:00
                     */
                    startsAt?: string;
                    /**
                     * @description IANA timezone the interview is worded in for the candidate.
                     * @example Europe/Paris
                     */
                    timezone?: string;
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        applicationId: string;
                        /** @description True once the interview has ended (and was not cancelled or a no-show) while some panel member has not submitted a scorecard. */
                        awaitingFeedback: boolean;
                        cancelReason: string | null;
                        candidate: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        createdAt: string;
                        durationMinutes: number;
                        /** @description UTC, ISO 8601. */
                        endsAt: string;
                        /** Format: uuid */
                        id: string;
                        job: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        };
                        location: string | null;
                        meetingUrl: string | null;
                        panel: {
                            id: string;
                            name: string;
                        }[];
                        /** @description Panel members who have not submitted their scorecard (none for a cancelled or no-show interview). */
                        scorecardsDue: {
                            /** Format: uuid */
                            interviewerId: string;
                            name: string;
                        }[];
                        sequence: number;
                        stage: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description What the panel rates on this stage's scorecard. */
                            scorecardAttributes: string[];
                        };
                        /** @description UTC, ISO 8601. */
                        startsAt: string;
                        /** @enum {string} */
                        status: "scheduled" | "completed" | "cancelled" | "no_show";
                        timezone: string;
                        title: string;
                        updatedAt: string;
                        /** @description Panel members with another scheduled interview at that time (not a refusal). */
                        warnings: {
                            /** @enum {string} */
                            code: "INTERVIEWER_DOUBLE_BOOKED";
                            /** Format: uuid */
                            conflictingInterviewId: string;
                            /** Format: uuid */
                            interviewerId: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    InterviewsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        applicationId: string;
                        /** @description True once the interview has ended (and was not cancelled or a no-show) while some panel member has not submitted a scorecard. */
                        awaitingFeedback: boolean;
                        cancelReason: string | null;
                        candidate: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        createdAt: string;
                        durationMinutes: number;
                        /** @description UTC, ISO 8601. */
                        endsAt: string;
                        /** Format: uuid */
                        id: string;
                        job: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        };
                        location: string | null;
                        meetingUrl: string | null;
                        panel: {
                            id: string;
                            name: string;
                        }[];
                        /** @description Panel members who have not submitted their scorecard (none for a cancelled or no-show interview). */
                        scorecardsDue: {
                            /** Format: uuid */
                            interviewerId: string;
                            name: string;
                        }[];
                        sequence: number;
                        stage: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description What the panel rates on this stage's scorecard. */
                            scorecardAttributes: string[];
                        };
                        /** @description UTC, ISO 8601. */
                        startsAt: string;
                        /** @enum {string} */
                        status: "scheduled" | "completed" | "cancelled" | "no_show";
                        timezone: string;
                        title: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    InterviewsController_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        applicationId: string;
                        /** @description True once the interview has ended (and was not cancelled or a no-show) while some panel member has not submitted a scorecard. */
                        awaitingFeedback: boolean;
                        cancelReason: string | null;
                        candidate: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        createdAt: string;
                        durationMinutes: number;
                        /** @description UTC, ISO 8601. */
                        endsAt: string;
                        /** Format: uuid */
                        id: string;
                        job: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        };
                        location: string | null;
                        meetingUrl: string | null;
                        panel: {
                            id: string;
                            name: string;
                        }[];
                        /** @description Panel members who have not submitted their scorecard (none for a cancelled or no-show interview). */
                        scorecardsDue: {
                            /** Format: uuid */
                            interviewerId: string;
                            name: string;
                        }[];
                        sequence: number;
                        stage: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description What the panel rates on this stage's scorecard. */
                            scorecardAttributes: string[];
                        };
                        /** @description UTC, ISO 8601. */
                        startsAt: string;
                        /** @enum {string} */
                        status: "scheduled" | "completed" | "cancelled" | "no_show";
                        timezone: string;
                        title: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    InterviewsController_noShow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        applicationId: string;
                        /** @description True once the interview has ended (and was not cancelled or a no-show) while some panel member has not submitted a scorecard. */
                        awaitingFeedback: boolean;
                        cancelReason: string | null;
                        candidate: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        createdAt: string;
                        durationMinutes: number;
                        /** @description UTC, ISO 8601. */
                        endsAt: string;
                        /** Format: uuid */
                        id: string;
                        job: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        };
                        location: string | null;
                        meetingUrl: string | null;
                        panel: {
                            id: string;
                            name: string;
                        }[];
                        /** @description Panel members who have not submitted their scorecard (none for a cancelled or no-show interview). */
                        scorecardsDue: {
                            /** Format: uuid */
                            interviewerId: string;
                            name: string;
                        }[];
                        sequence: number;
                        stage: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description What the panel rates on this stage's scorecard. */
                            scorecardAttributes: string[];
                        };
                        /** @description UTC, ISO 8601. */
                        startsAt: string;
                        /** @enum {string} */
                        status: "scheduled" | "completed" | "cancelled" | "no_show";
                        timezone: string;
                        title: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    InterviewScorecardsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    notes?: string;
                    /**
                     * @description Each attribute of the stage of the interview (or challenge) at most once.
                     * @example [
                     *       {
                     *         "attribute": "Communication",
                     *         "rating": "yes",
                     *         "note": "Explained trade-offs clearly."
                     *       }
                     *     ]
                     */
                    ratings: {
                        /** @description One of the scorecard attributes of the stage of the interview (or challenge). */
                        attribute: string;
                        note?: string;
                        /**
                         * @description `no_decision` when the attribute was not assessed (left out of means).
                         * @enum {string}
                         */
                        rating: "strong_no" | "no" | "yes" | "strong_yes" | "no_decision";
                    }[];
                    /** @enum {string} */
                    recommendation: "strong_no" | "no" | "yes" | "strong_yes";
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        applicationId: string;
                        author: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** Format: uuid */
                        challengeId: string | null;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        interviewId: string | null;
                        notes: string | null;
                        ratings: {
                            attribute: string;
                            note?: string;
                            /** @enum {string} */
                            rating: "strong_no" | "no" | "yes" | "strong_yes" | "no_decision";
                        }[];
                        /** @enum {string} */
                        recommendation: "strong_no" | "no" | "yes" | "strong_yes";
                        /** Format: date-time */
                        submittedAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    InterviewScorecardsController_amend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    notes?: string;
                    /**
                     * @description Each attribute of the stage of the interview (or challenge) at most once.
                     * @example [
                     *       {
                     *         "attribute": "Communication",
                     *         "rating": "yes",
                     *         "note": "Explained trade-offs clearly."
                     *       }
                     *     ]
                     */
                    ratings: {
                        /** @description One of the scorecard attributes of the stage of the interview (or challenge). */
                        attribute: string;
                        note?: string;
                        /**
                         * @description `no_decision` when the attribute was not assessed (left out of means).
                         * @enum {string}
                         */
                        rating: "strong_no" | "no" | "yes" | "strong_yes" | "no_decision";
                    }[];
                    /** @enum {string} */
                    recommendation: "strong_no" | "no" | "yes" | "strong_yes";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        applicationId: string;
                        author: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** Format: uuid */
                        challengeId: string | null;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        interviewId: string | null;
                        notes: string | null;
                        ratings: {
                            attribute: string;
                            note?: string;
                            /** @enum {string} */
                            rating: "strong_no" | "no" | "yes" | "strong_yes" | "no_decision";
                        }[];
                        /** @enum {string} */
                        recommendation: "strong_no" | "no" | "yes" | "strong_yes";
                        /** Format: date-time */
                        submittedAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    JobsController_list: {
        parameters: {
            query?: {
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                department?: string;
                /** @description Rows per page (1–200). */
                limit?: number;
                /** @description Words of the title. */
                q?: string;
                status?: "draft" | "open" | "on_hold" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            department: string | null;
                            description: string | null;
                            /** @enum {string|null} */
                            employmentType: "full_time" | "part_time" | "contract" | "temporary" | "internship" | null;
                            /** Format: uuid */
                            hiringManagerId: string | null;
                            /** Format: uuid */
                            id: string;
                            location: string | null;
                            /** Format: date-time */
                            openedAt: string | null;
                            openings: number;
                            recruiterIds: string[];
                            /** @enum {string} */
                            status: "draft" | "open" | "on_hold" | "closed";
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    JobsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example Engineering */
                    department?: string | null;
                    description?: string | null;
                    /** @enum {string|null} */
                    employmentType?: "full_time" | "part_time" | "contract" | "temporary" | "internship" | null;
                    /**
                     * Format: uuid
                     * @description An active user of the organisation.
                     */
                    hiringManagerId?: string | null;
                    /** @example Berlin or remote */
                    location?: string | null;
                    openings?: number;
                    /** @description Active admins or recruiters of the organisation. */
                    recruiterIds?: string[];
                    /** @description The pipeline; exactly one "applied" stage first and one "hired" stage last. Default: Applied → Screening → Technical interview → Coding challenge → Offer → Hired. */
                    stages?: {
                        /**
                         * @example technical_interview
                         * @enum {string}
                         */
                        kind: "applied" | "screening" | "technical_interview" | "coding_challenge" | "onsite" | "offer" | "hired" | "custom";
                        /** @example Technical interview */
                        name: string;
                        /**
                         * @example [
                         *       "Problem solving",
                         *       "Communication"
                         *     ]
                         */
                        scorecardAttributes?: string[];
                        slaDays?: number | null;
                    }[];
                    /** @example Senior Backend Engineer */
                    title: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        department: string | null;
                        description: string | null;
                        /** @enum {string|null} */
                        employmentType: "full_time" | "part_time" | "contract" | "temporary" | "internship" | null;
                        /** Format: uuid */
                        hiringManagerId: string | null;
                        /** Format: uuid */
                        id: string;
                        location: string | null;
                        /** Format: date-time */
                        openedAt: string | null;
                        openings: number;
                        recruiterIds: string[];
                        stages: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            jobId: string;
                            /** @enum {string} */
                            kind: "applied" | "screening" | "technical_interview" | "coding_challenge" | "onsite" | "offer" | "hired" | "custom";
                            name: string;
                            position: number;
                            scorecardAttributes: string[];
                            slaDays: number | null;
                        }[];
                        /** @enum {string} */
                        status: "draft" | "open" | "on_hold" | "closed";
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    JobsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        department: string | null;
                        description: string | null;
                        /** @enum {string|null} */
                        employmentType: "full_time" | "part_time" | "contract" | "temporary" | "internship" | null;
                        /** Format: uuid */
                        hiringManagerId: string | null;
                        /** Format: uuid */
                        id: string;
                        location: string | null;
                        /** Format: date-time */
                        openedAt: string | null;
                        openings: number;
                        recruiterIds: string[];
                        stages: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            jobId: string;
                            /** @enum {string} */
                            kind: "applied" | "screening" | "technical_interview" | "coding_challenge" | "onsite" | "offer" | "hired" | "custom";
                            name: string;
                            position: number;
                            scorecardAttributes: string[];
                            slaDays: number | null;
                        }[];
                        /** @enum {string} */
                        status: "draft" | "open" | "on_hold" | "closed";
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    JobsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example Engineering */
                    department?: string | null;
                    description?: string | null;
                    /** @enum {string|null} */
                    employmentType?: "full_time" | "part_time" | "contract" | "temporary" | "internship" | null;
                    /**
                     * Format: uuid
                     * @description An active user of the organisation.
                     */
                    hiringManagerId?: string | null;
                    /** @example Berlin or remote */
                    location?: string | null;
                    openings?: number;
                    /** @description Active admins or recruiters of the organisation. */
                    recruiterIds?: string[];
                    /**
                     * @description draft→open|closed, open→on_hold|closed, on_hold→open|closed, closed→open.
                     * @enum {string}
                     */
                    status?: "draft" | "open" | "on_hold" | "closed";
                    /** @example Senior Backend Engineer */
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        department: string | null;
                        description: string | null;
                        /** @enum {string|null} */
                        employmentType: "full_time" | "part_time" | "contract" | "temporary" | "internship" | null;
                        /** Format: uuid */
                        hiringManagerId: string | null;
                        /** Format: uuid */
                        id: string;
                        location: string | null;
                        /** Format: date-time */
                        openedAt: string | null;
                        openings: number;
                        recruiterIds: string[];
                        stages: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            jobId: string;
                            /** @enum {string} */
                            kind: "applied" | "screening" | "technical_interview" | "coding_challenge" | "onsite" | "offer" | "hired" | "custom";
                            name: string;
                            position: number;
                            scorecardAttributes: string[];
                            slaDays: number | null;
                        }[];
                        /** @enum {string} */
                        status: "draft" | "open" | "on_hold" | "closed";
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PipelineBoardController_get: {
        parameters: {
            query?: {
                /** @description A stage's `nextCursor`; needs `stageId`. */
                cursor?: string;
                /** @description Cards per stage. */
                limit?: number;
                /** @description Only this stage (with `cursor`: its next page). */
                stageId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        job: {
                            /** Format: uuid */
                            id: string;
                            status: string;
                            title: string;
                        };
                        stages: {
                            activeCount: number;
                            cards: {
                                /** Format: uuid */
                                applicationId: string;
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                daysInStage: number;
                                /** @description Null until a scorecard is submitted. */
                                scoreSummary: {
                                    /** @description Scorecards submitted. */
                                    count: number;
                                    /** @description Mean of every assessed rating (strong_no 1 … strong_yes 4), two decimals; null if none. */
                                    meanScore: number | null;
                                    recommendations: {
                                        no: number;
                                        strong_no: number;
                                        strong_yes: number;
                                        yes: number;
                                    };
                                } | null;
                                tags: string[];
                                version: number;
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "applied" | "screening" | "technical_interview" | "coding_challenge" | "onsite" | "offer" | "hired" | "custom";
                            name: string;
                            nextCursor: string | null;
                            position: number;
                            slaDays: number | null;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    JobsController_listStages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        jobId: string;
                        /** @enum {string} */
                        kind: "applied" | "screening" | "technical_interview" | "coding_challenge" | "onsite" | "offer" | "hired" | "custom";
                        name: string;
                        position: number;
                        scorecardAttributes: string[];
                        slaDays: number | null;
                    }[];
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    JobsController_addStage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @example technical_interview
                     * @enum {string}
                     */
                    kind: "applied" | "screening" | "technical_interview" | "coding_challenge" | "onsite" | "offer" | "hired" | "custom";
                    /** @example Technical interview */
                    name: string;
                    /** @description Where to insert (0 is "applied"); default: just before "hired". */
                    position?: number;
                    /**
                     * @example [
                     *       "Problem solving",
                     *       "Communication"
                     *     ]
                     */
                    scorecardAttributes?: string[];
                    slaDays?: number | null;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        jobId: string;
                        /** @enum {string} */
                        kind: "applied" | "screening" | "technical_interview" | "coding_challenge" | "onsite" | "offer" | "hired" | "custom";
                        name: string;
                        position: number;
                        scorecardAttributes: string[];
                        slaDays: number | null;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    JobsController_removeStage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                stageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    JobsController_updateStage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                stageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind?: "applied" | "screening" | "technical_interview" | "coding_challenge" | "onsite" | "offer" | "hired" | "custom";
                    /** @example Technical interview */
                    name?: string;
                    /**
                     * @example [
                     *       "Problem solving",
                     *       "Communication"
                     *     ]
                     */
                    scorecardAttributes?: string[];
                    slaDays?: number | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        jobId: string;
                        /** @enum {string} */
                        kind: "applied" | "screening" | "technical_interview" | "coding_challenge" | "onsite" | "offer" | "hired" | "custom";
                        name: string;
                        position: number;
                        scorecardAttributes: string[];
                        slaDays: number | null;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    JobsController_reorderStages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Every stage of the job, in the new order. */
                    stageIds: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        jobId: string;
                        /** @enum {string} */
                        kind: "applied" | "screening" | "technical_interview" | "coding_challenge" | "onsite" | "offer" | "hired" | "custom";
                        name: string;
                        position: number;
                        scorecardAttributes: string[];
                        slaDays: number | null;
                    }[];
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MeController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example Ada Lovelace */
                    name?: string;
                    /** @example Europe/Paris */
                    timezone?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        effectiveTimezone: string;
                        organization: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            slug: string;
                            timezone: string;
                        };
                        /** @description What the user's role may do (docs/permissions.md): clients show only what is allowed. */
                        permissions: ("organization:read" | "organization:manage" | "users:read" | "users:manage" | "audit:read" | "jobs:read" | "jobs:manage" | "candidates:read" | "candidates:manage" | "candidates:privacy" | "applications:read" | "applications:manage" | "rejection-reasons:manage" | "interviews:read" | "interviews:manage" | "challenges:manage" | "reminders:read" | "reminders:manage" | "reports:interviewers:read" | "reports:pipeline:read" | "queues:dashboard")[];
                        user: {
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "recruiter" | "hiring_manager" | "interviewer";
                            /** @enum {string} */
                            status: "invited" | "active" | "deactivated";
                            /** @description The user's own timezone; null means the organisation's. */
                            timezone: string | null;
                        };
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MyInterviewsController_mine: {
        parameters: {
            query?: {
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Rows per page (1–200). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            applicationId: string;
                            /** @description True once the interview has ended (and was not cancelled or a no-show) while some panel member has not submitted a scorecard. */
                            awaitingFeedback: boolean;
                            cancelReason: string | null;
                            candidate: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            createdAt: string;
                            durationMinutes: number;
                            /** @description UTC, ISO 8601. */
                            endsAt: string;
                            /** Format: uuid */
                            id: string;
                            job: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                            location: string | null;
                            meetingUrl: string | null;
                            panel: {
                                id: string;
                                name: string;
                            }[];
                            /** @description Panel members who have not submitted their scorecard (none for a cancelled or no-show interview). */
                            scorecardsDue: {
                                /** Format: uuid */
                                interviewerId: string;
                                name: string;
                            }[];
                            sequence: number;
                            stage: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @description What the panel rates on this stage's scorecard. */
                                scorecardAttributes: string[];
                            };
                            /** @description UTC, ISO 8601. */
                            startsAt: string;
                            /** @enum {string} */
                            status: "scheduled" | "completed" | "cancelled" | "no_show";
                            timezone: string;
                            title: string;
                            updatedAt: string;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    NotificationPreferencesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        challengeExpired: boolean;
                        interviewUpcoming: boolean;
                        scorecardDue: boolean;
                        stageStale: boolean;
                    };
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    NotificationPreferencesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    challengeExpired?: boolean;
                    interviewUpcoming?: boolean;
                    scorecardDue?: boolean;
                    stageStale?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        challengeExpired: boolean;
                        interviewUpcoming: boolean;
                        scorecardDue: boolean;
                        stageStale: boolean;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MeController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example correct horse battery */
                    currentPassword: string;
                    /** @example correct horse battery */
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Password changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OrganizationSettingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reminderPolicy: {
                            candidateNotifications: {
                                /**
                                 * @description Confirm an application made on the career page.
                                 * @default true
                                 */
                                applicationReceived: boolean;
                                /**
                                 * @description Delay before a rejection notice goes out; reopening the application meanwhile cancels it.
                                 * @default 120
                                 */
                                rejectionNoticeDelayMinutes: number;
                            };
                            challengeDue: {
                                /** @default 1440 */
                                beforeMinutes: number;
                                /** @default true */
                                enabled: boolean;
                            };
                            interviewUpcoming: {
                                /** @default true */
                                enabled: boolean;
                                /**
                                 * @description How long before the interview starts each reminder goes out.
                                 * @default [
                                 *       1440,
                                 *       60
                                 *     ]
                                 */
                                offsetsMinutes: number[];
                            };
                            scorecardDue: {
                                /** @default true */
                                enabled: boolean;
                                /**
                                 * @description After the interview's end.
                                 * @default 120
                                 */
                                firstAfterMinutes: number;
                                /** @default 3 */
                                maxReminders: number;
                                /** @default 1440 */
                                repeatEveryMinutes: number;
                            };
                            stageStale: {
                                /**
                                 * @description For stages without their own SLA.
                                 * @default 5
                                 */
                                defaultSlaDays: number;
                                /**
                                 * @description Hour of the daily digest, in the recipient's timezone.
                                 * @default 9
                                 */
                                digestHour: number;
                                /** @default true */
                                enabled: boolean;
                            };
                        };
                        /** @description Erase candidates with no active application and no activity for this many months; null keeps them. */
                        retentionMonths: number | null;
                        /** @description The organisation's IANA timezone (users without their own, candidates' emails). */
                        timezone: string;
                    };
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OrganizationSettingsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reminderPolicy?: {
                        candidateNotifications?: {
                            applicationReceived?: boolean;
                            rejectionNoticeDelayMinutes?: number;
                        };
                        challengeDue?: {
                            beforeMinutes?: number;
                            enabled?: boolean;
                        };
                        interviewUpcoming?: {
                            enabled?: boolean;
                            offsetsMinutes?: number[];
                        };
                        scorecardDue?: {
                            enabled?: boolean;
                            firstAfterMinutes?: number;
                            maxReminders?: number;
                            repeatEveryMinutes?: number;
                        };
                        stageStale?: {
                            defaultSlaDays?: number;
                            digestHour?: number;
                            enabled?: boolean;
                        };
                    };
                    /** @description Erase candidates with no active application and no activity for this many months; null keeps them. */
                    retentionMonths?: number | null;
                    /** @example Europe/Paris */
                    timezone?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reminderPolicy: {
                            candidateNotifications: {
                                /**
                                 * @description Confirm an application made on the career page.
                                 * @default true
                                 */
                                applicationReceived: boolean;
                                /**
                                 * @description Delay before a rejection notice goes out; reopening the application meanwhile cancels it.
                                 * @default 120
                                 */
                                rejectionNoticeDelayMinutes: number;
                            };
                            challengeDue: {
                                /** @default 1440 */
                                beforeMinutes: number;
                                /** @default true */
                                enabled: boolean;
                            };
                            interviewUpcoming: {
                                /** @default true */
                                enabled: boolean;
                                /**
                                 * @description How long before the interview starts each reminder goes out.
                                 * @default [
                                 *       1440,
                                 *       60
                                 *     ]
                                 */
                                offsetsMinutes: number[];
                            };
                            scorecardDue: {
                                /** @default true */
                                enabled: boolean;
                                /**
                                 * @description After the interview's end.
                                 * @default 120
                                 */
                                firstAfterMinutes: number;
                                /** @default 3 */
                                maxReminders: number;
                                /** @default 1440 */
                                repeatEveryMinutes: number;
                            };
                            stageStale: {
                                /**
                                 * @description For stages without their own SLA.
                                 * @default 5
                                 */
                                defaultSlaDays: number;
                                /**
                                 * @description Hour of the daily digest, in the recipient's timezone.
                                 * @default 9
                                 */
                                digestHour: number;
                                /** @default true */
                                enabled: boolean;
                            };
                        };
                        /** @description Erase candidates with no active application and no activity for this many months; null keeps them. */
                        retentionMonths: number | null;
                        /** @description The organisation's IANA timezone (users without their own, candidates' emails). */
                        timezone: string;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PublicChallengesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        dueAt: string;
                        instructions: string;
                        jobTitle: string;
                        organizationName: string;
                        /** @enum {string} */
                        status: "sent" | "submitted" | "expired";
                        title: string;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PublicChallengesController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    notes?: string;
                    /**
                     * Format: uri
                     * @example https://github.com/ada/rate-limiter
                     */
                    repositoryUrl?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "submitted";
                        /** Format: date-time */
                        submittedAt: string;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CareerSiteController_list: {
        parameters: {
            query?: {
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Rows per page (1–200). */
                limit?: number;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            department: string | null;
                            description: string | null;
                            /** @enum {string|null} */
                            employmentType: "full_time" | "part_time" | "contract" | "temporary" | "internship" | null;
                            /** Format: uuid */
                            id: string;
                            location: string | null;
                            /** Format: date-time */
                            postedAt: string | null;
                            title: string;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CareerSiteController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        department: string | null;
                        description: string | null;
                        /** @enum {string|null} */
                        employmentType: "full_time" | "part_time" | "contract" | "temporary" | "internship" | null;
                        /** Format: uuid */
                        id: string;
                        location: string | null;
                        /** Format: date-time */
                        postedAt: string | null;
                        title: string;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CareerSiteController_apply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {boolean} */
                    consent: true;
                    /** @example ada@example.com */
                    email: string;
                    /** @example Ada */
                    firstName: string;
                    /** @example Lovelace */
                    lastName: string;
                    links?: string[];
                    phone?: string;
                    /**
                     * Format: binary
                     * @description Multipart only: the résumé file.
                     */
                    resume?: string;
                    resumeText?: string;
                };
                "multipart/form-data": {
                    /** @enum {boolean} */
                    consent: true;
                    /** @example ada@example.com */
                    email: string;
                    /** @example Ada */
                    firstName: string;
                    /** @example Lovelace */
                    lastName: string;
                    links?: string[];
                    phone?: string;
                    /**
                     * Format: binary
                     * @description Multipart only: the résumé file.
                     */
                    resume?: string;
                    resumeText?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "received";
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RejectionReasonsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @enum {string} */
                        type: "we_rejected" | "they_withdrew";
                    }[];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RejectionReasonsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example Salary expectations too high */
                    name: string;
                    /** @enum {string} */
                    type: "we_rejected" | "they_withdrew";
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @enum {string} */
                        type: "we_rejected" | "they_withdrew";
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RemindersController_list: {
        parameters: {
            query?: {
                applicationId?: string;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                interviewId?: string;
                kind?: "interview_upcoming" | "scorecard_due" | "scorecard_overdue" | "stage_stale_digest" | "challenge_due" | "challenge_expired" | "application_received" | "rejection_notice";
                /** @description Rows per page (1–200). */
                limit?: number;
                status?: "scheduled" | "sent" | "skipped" | "cancelled" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            applicationId: string | null;
                            /** Format: uuid */
                            challengeId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            dueAt: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            interviewId: string | null;
                            /** @enum {string} */
                            kind: "interview_upcoming" | "scorecard_due" | "scorecard_overdue" | "stage_stale_digest" | "challenge_due" | "challenge_expired" | "application_received" | "rejection_notice";
                            mailDelivery: {
                                attempts: number;
                                /** Format: uuid */
                                id: string;
                                lastError: string | null;
                                /** Format: date-time */
                                sentAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "sending" | "sent" | "failed";
                            } | null;
                            /** Format: date-time */
                            processedAt: string | null;
                            recipient: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                type: "user" | "candidate";
                            };
                            /** @description How many times it was retried. */
                            sendCount: number;
                            /** @enum {string} */
                            status: "scheduled" | "sent" | "skipped" | "cancelled" | "failed";
                            /** @description Why it was skipped, cancelled or failed. */
                            statusReason: string | null;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RemindersController_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        applicationId: string | null;
                        /** Format: uuid */
                        challengeId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        details: {
                            [key: string]: unknown;
                        };
                        /** Format: date-time */
                        dueAt: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        interviewId: string | null;
                        /** @enum {string} */
                        kind: "interview_upcoming" | "scorecard_due" | "scorecard_overdue" | "stage_stale_digest" | "challenge_due" | "challenge_expired" | "application_received" | "rejection_notice";
                        mailDelivery: {
                            attempts: number;
                            /** Format: uuid */
                            id: string;
                            lastError: string | null;
                            /** Format: date-time */
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "sending" | "sent" | "failed";
                        } | null;
                        /** Format: date-time */
                        processedAt: string | null;
                        recipient: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            type: "user" | "candidate";
                        };
                        /** @description How many times it was retried. */
                        sendCount: number;
                        /** @enum {string} */
                        status: "scheduled" | "sent" | "skipped" | "cancelled" | "failed";
                        /** @description Why it was skipped, cancelled or failed. */
                        statusReason: string | null;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReportsController_funnel: {
        parameters: {
            query?: {
                /** @description `csv` answers text/csv (as does `Accept: text/csv`); the default is JSON. */
                format?: "json" | "csv";
                /** @description Applications applied at or after this instant. */
                from?: string;
                /** @description One job's stages; without it, the figures by stage kind across the jobs you can see (custom stages left out). */
                jobId?: string;
                /** @description Applications applied before this instant (exclusive). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. JSON by default; CSV (RFC 4180, a header line, the filters as `filter.<name>` columns and in the `x-report-filters` header as JSON) with `Accept: text/csv` or `?format=csv`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The filters the figures were computed with, as given (absent ones are null). */
                        filters: {
                            from: string | null;
                            /** Format: uuid */
                            jobId: string | null;
                            to: string | null;
                        };
                        rows: {
                            /** @description `reached` of the next row ÷ `reached` of this one; null on the last row. */
                            conversionRate: number | null;
                            /** @description Applications in this stage now, not rejected or withdrawn. */
                            current: number;
                            /** @enum {string} */
                            kind: "applied" | "screening" | "technical_interview" | "coding_challenge" | "onsite" | "offer" | "hired" | "custom";
                            position: number | null;
                            /** @description Applications that were ever in this stage or in a later one (by the positions the stages have now). */
                            reached: number;
                            /** @description Applications rejected in this stage and still rejected. */
                            rejected: number;
                            /**
                             * Format: uuid
                             * @description Null in the figures by stage kind (without `jobId`).
                             */
                            stageId: string | null;
                            stageName: string | null;
                            /** @description Applications withdrawn in this stage and still withdrawn. */
                            withdrawn: number;
                        }[];
                    };
                    "text/csv": string;
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReportsController_interviewers: {
        parameters: {
            query?: {
                /** @description `csv` answers text/csv (as does `Accept: text/csv`); the default is JSON. */
                format?: "json" | "csv";
                /** @description Interviews ending at or after this instant. */
                from?: string;
                /** @description Interviews ending before this instant (exclusive). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. JSON by default; CSV (RFC 4180, a header line, the filters as `filter.<name>` columns and in the `x-report-filters` header as JSON) with `Accept: text/csv` or `?format=csv`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The filters the figures were computed with, as given (absent ones are null). */
                        filters: {
                            from: string | null;
                            to: string | null;
                        };
                        rows: {
                            /** Format: uuid */
                            interviewerId: string;
                            interviewerName: string;
                            /** @description Interviews on their panel that took place (completed, or scheduled and over), not cancelled or no-show. */
                            interviews: number;
                            /** @description Scorecards submitted later than that. */
                            late: number;
                            /** @description From the interview's end to the scorecard, median, in hours to 2 decimals. */
                            medianHoursToSubmit: number | null;
                            /** @description No scorecard yet. */
                            missing: number;
                            /** @description Scorecards submitted within 24 hours of the interview's end. */
                            onTime: number;
                        }[];
                    };
                    "text/csv": string;
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReportsController_sources: {
        parameters: {
            query?: {
                /** @description `csv` answers text/csv (as does `Accept: text/csv`); the default is JSON. */
                format?: "json" | "csv";
                /** @description Applications applied at or after this instant. */
                from?: string;
                /** @description Only applications to this job. */
                jobId?: string;
                /** @description Applications applied before this instant (exclusive). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. JSON by default; CSV (RFC 4180, a header line, the filters as `filter.<name>` columns and in the `x-report-filters` header as JSON) with `Accept: text/csv` or `?format=csv`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The filters the figures were computed with, as given (absent ones are null). */
                        filters: {
                            from: string | null;
                            /** Format: uuid */
                            jobId: string | null;
                            to: string | null;
                        };
                        rows: {
                            applications: number;
                            /** @description hires ÷ applications. */
                            hireRate: number | null;
                            hires: number;
                            /** @description Reached the job's `offer` stage. */
                            offers: number;
                            /** @description Reached a stage after the `screening` stage (after `applied` where the job has none). */
                            passedScreening: number;
                            source: string;
                        }[];
                    };
                    "text/csv": string;
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReportsController_timeInStage: {
        parameters: {
            query?: {
                /** @description `csv` answers text/csv (as does `Accept: text/csv`); the default is JSON. */
                format?: "json" | "csv";
                /** @description Applications applied at or after this instant. */
                from?: string;
                /** @description One job's stages; without it, by stage kind across the jobs you can see (custom stages left out). */
                jobId?: string;
                /** @description Applications applied before this instant (exclusive). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. JSON by default; CSV (RFC 4180, a header line, the filters as `filter.<name>` columns and in the `x-report-filters` header as JSON) with `Accept: text/csv` or `?format=csv`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The filters the figures were computed with, as given (absent ones are null). */
                        filters: {
                            from: string | null;
                            /** Format: uuid */
                            jobId: string | null;
                            to: string | null;
                        };
                        rows: {
                            /** @description Applications that spent time in this stage. */
                            applications: number;
                            /** @enum {string} */
                            kind: "applied" | "screening" | "technical_interview" | "coding_challenge" | "onsite" | "offer" | "hired" | "custom";
                            /** @description Days, to 2 decimals; null without data. */
                            medianDays: number | null;
                            /** @description Days, to 2 decimals; null without data. */
                            p90Days: number | null;
                            position: number | null;
                            /**
                             * Format: uuid
                             * @description Null in the figures by stage kind (without `jobId`).
                             */
                            stageId: string | null;
                            stageName: string | null;
                        }[];
                    };
                    "text/csv": string;
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReportsController_timeToHire: {
        parameters: {
            query?: {
                /** @description Only jobs of this department (the job's `department`, exactly). */
                department?: string;
                /** @description `csv` answers text/csv (as does `Accept: text/csv`); the default is JSON. */
                format?: "json" | "csv";
                /** @description Hires made at or after this instant. */
                from?: string;
                /** @description Hires made before this instant (exclusive). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. JSON by default; CSV (RFC 4180, a header line, the filters as `filter.<name>` columns and in the `x-report-filters` header as JSON) with `Accept: text/csv` or `?format=csv`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The filters the figures were computed with, as given (absent ones are null). */
                        filters: {
                            department: string | null;
                            from: string | null;
                            to: string | null;
                        };
                        overall: {
                            hires: number;
                            /** @description Jobs listed whose first hire falls in the window. */
                            jobsWithFirstHire: number;
                            /** @description Over those jobs: from the job's opening to its first hire, median. */
                            medianDaysToFirstHire: number | null;
                            /** @description From application to hire, median. */
                            medianDaysToHire: number | null;
                            /** @description Over those jobs, 90th percentile. */
                            p90DaysToFirstHire: number | null;
                            /** @description From application to hire, 90th percentile. */
                            p90DaysToHire: number | null;
                        };
                        rows: {
                            /** @description From the job's opening to its first hire. */
                            daysToFirstHire: number | null;
                            department: string | null;
                            /**
                             * Format: date-time
                             * @description The job's first hire ever (possibly before the window).
                             */
                            firstHiredAt: string;
                            hires: number;
                            /** Format: uuid */
                            jobId: string;
                            jobTitle: string;
                            /** @description From application to hire, median. */
                            medianDaysToHire: number | null;
                            /** Format: date-time */
                            openedAt: string | null;
                            /** @description From application to hire, 90th percentile. */
                            p90DaysToHire: number | null;
                        }[];
                    };
                    "text/csv": string;
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Rows per page (1–200). */
                limit?: number;
                role?: "admin" | "recruiter" | "hiring_manager" | "interviewer";
                status?: "invited" | "active" | "deactivated";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "recruiter" | "hiring_manager" | "interviewer";
                            /** @enum {string} */
                            status: "invited" | "active" | "deactivated";
                            /** @description The user's own timezone; null means the organisation's. */
                            timezone: string | null;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description false deactivates the user (their sessions end); true reactivates. */
                    active?: boolean;
                    /** @example Ada Lovelace */
                    name?: string;
                    /** @enum {string} */
                    role?: "admin" | "recruiter" | "hiring_manager" | "interviewer";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        lastLoginAt: string | null;
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "recruiter" | "hiring_manager" | "interviewer";
                        /** @enum {string} */
                        status: "invited" | "active" | "deactivated";
                        /** @description The user's own timezone; null means the organisation's. */
                        timezone: string | null;
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UsersController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @example ada@example.com
                     */
                    email: string;
                    /** @example Ada Lovelace */
                    name: string;
                    /** @enum {string} */
                    role: "admin" | "recruiter" | "hiring_manager" | "interviewer";
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        expiresAt: string;
                        /**
                         * Format: uri
                         * @description The link the invitation email carries, to share by hand if needed.
                         */
                        invitationUrl: string;
                        user: {
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "recruiter" | "hiring_manager" | "interviewer";
                            /** @enum {string} */
                            status: "invited" | "active" | "deactivated";
                            /** @description The user's own timezone; null means the organisation's. */
                            timezone: string | null;
                        };
                    };
                };
            };
            /** @description The request is malformed or fails validation; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checks: {
                            [key: string]: {
                                durationMs: number;
                                error?: string;
                                /** @enum {string} */
                                status: "up" | "down";
                            };
                        };
                        /** @enum {string} */
                        status: "ok" | "unavailable";
                    };
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checks: {
                            [key: string]: {
                                durationMs: number;
                                error?: string;
                                /** @enum {string} */
                                status: "up" | "down";
                            };
                        };
                        /** @enum {string} */
                        status: "ok" | "unavailable";
                    };
                };
            };
        };
    };
    HealthController_scrape: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Unexpected error; the body holds only a correlation id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
