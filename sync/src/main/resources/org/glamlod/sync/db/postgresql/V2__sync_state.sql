-- V2: per-item sync state, one row per (target, object). Written only by SyncStates, one transaction per transition.
-- Target and object compare by code point (COLLATE "C"), as in H2, so lists come in the same order on both.
CREATE TABLE glam_sync_state (
  target             VARCHAR(64)   COLLATE "C" NOT NULL,
  object_uri         VARCHAR(2000) COLLATE "C" NOT NULL,
  state              VARCHAR(16)   NOT NULL,
  remote_id          VARCHAR(500),
  graph_fingerprint  VARCHAR(128),
  pushed_fingerprint VARCHAR(128),
  attempts           INTEGER       NOT NULL,
  next_attempt       TIMESTAMP WITH TIME ZONE,
  last_error         TEXT,
  last_error_code    VARCHAR(100),
  reason             TEXT,
  created            TIMESTAMP WITH TIME ZONE NOT NULL,
  updated            TIMESTAMP WITH TIME ZONE NOT NULL,
  last_pushed        TIMESTAMP WITH TIME ZONE,
  CONSTRAINT pk_glam_sync_state PRIMARY KEY (target, object_uri),
  CONSTRAINT ck_glam_sync_state CHECK (state IN ('PENDING', 'SYNCED', 'FAILED', 'SKIPPED', 'NEEDS_REVIEW', 'DELETED')),
  CONSTRAINT ck_glam_sync_attempts CHECK (attempts >= 0)
);

-- the sync loop's work list (dueRetries) and the per-state counts
CREATE INDEX ix_glam_sync_state_due ON glam_sync_state (target, state, next_attempt, object_uri);
-- the dashboard's newest problems first
CREATE INDEX ix_glam_sync_state_updated ON glam_sync_state (target, state, updated);
