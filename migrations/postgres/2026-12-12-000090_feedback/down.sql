DROP TABLE feedback_answers;
DROP TABLE feedback_invitations;
