-- V4: how long each target asked to be left alone (Retry-After, maxlag), so that the next pass waits too, whichever
-- process or node runs it.
CREATE TABLE glam_target_pause (
  target       VARCHAR(64)              NOT NULL,
  paused_until TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_glam_target_pause PRIMARY KEY (target)
);
