"""The store's schema, one migration per version: sources, events, blocks, tags, imports, history.

Times are UTC epoch seconds. Manual tags live in their own table, keyed by UID and
recurrence id, so no import ever touches them.
"""

from __future__ import annotations

SCHEMA_VERSION = 6

MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        location TEXT NOT NULL UNIQUE,
        calendar TEXT NOT NULL,
        content_hash TEXT,
        settings_hash TEXT,
        me TEXT NOT NULL DEFAULT '',
        span_start INTEGER,
        span_end INTEGER,
        imported_at TEXT
    );
    CREATE TABLE events (
        source_id INTEGER NOT NULL REFERENCES sources(id),
        uid TEXT NOT NULL,
        summary TEXT NOT NULL,
        recurring INTEGER NOT NULL,
        occurrences INTEGER NOT NULL,
        PRIMARY KEY (source_id, uid)
    );
    CREATE TABLE blocks (
        source_id INTEGER NOT NULL REFERENCES sources(id),
        id TEXT NOT NULL,
        uid TEXT NOT NULL,
        recurrence_id TEXT,
        summary TEXT NOT NULL,
        description TEXT NOT NULL,
        location TEXT NOT NULL,
        categories TEXT NOT NULL,
        start_ts INTEGER NOT NULL,
        end_ts INTEGER NOT NULL,
        all_day INTEGER NOT NULL,
        status TEXT NOT NULL,
        transparent INTEGER NOT NULL,
        my_partstat TEXT NOT NULL,
        attendees INTEGER NOT NULL,
        attendee_list TEXT NOT NULL,
        organizer TEXT NOT NULL,
        recurring INTEGER NOT NULL,
        counted INTEGER NOT NULL,
        not_counted_reason TEXT NOT NULL,
        category TEXT NOT NULL,
        rule TEXT,
        PRIMARY KEY (source_id, id)
    );
    CREATE INDEX blocks_start ON blocks (start_ts);
    CREATE INDEX blocks_id ON blocks (id);
    CREATE INDEX blocks_uid ON blocks (uid);
    CREATE TABLE tags (
        uid TEXT NOT NULL,
        scope TEXT NOT NULL CHECK (scope IN ('occurrence', 'series')),
        recurrence_id TEXT NOT NULL,
        category TEXT NOT NULL,
        tagged_at TEXT NOT NULL,
        PRIMARY KEY (uid, scope, recurrence_id)
    );
    CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        source_id INTEGER REFERENCES sources(id),
        location TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        outcome TEXT NOT NULL,
        added INTEGER NOT NULL DEFAULT 0,
        updated INTEGER NOT NULL DEFAULT 0,
        removed INTEGER NOT NULL DEFAULT 0,
        skipped INTEGER NOT NULL DEFAULT 0,
        message TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # Attendees keep their names (CN), which rules read: [[email, partstat, name], ...].
    # Older rows never stored a name, so they get "" and every source is read again in full
    # at its next import (its stored hash is cleared), which brings the names back.
    2: """
    UPDATE blocks SET attendee_list = (
        SELECT json_group_array(
            json_array(json_extract(value, '$[0]'), json_extract(value, '$[1]'), '')
        ) FROM json_each(blocks.attendee_list)
    ) WHERE attendee_list != '[]';
    UPDATE sources SET content_hash = NULL;
    """,
    # What the last read of each source's file found, group by group (a group is the VEVENTs
    # of one UID), so the next import reads only the groups that changed. Both tables only
    # save work: emptied, the next import of a source reads its whole file again.
    3: """
    CREATE TABLE IF NOT EXISTS source_files (
        source_id INTEGER PRIMARY KEY REFERENCES sources(id),
        settings TEXT NOT NULL,
        window_start INTEGER NOT NULL,
        window_end INTEGER NOT NULL,
        header TEXT NOT NULL,
        zones TEXT NOT NULL,
        calendar_name TEXT,
        warnings TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS event_groups (
        source_id INTEGER NOT NULL REFERENCES sources(id),
        key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        uid TEXT NOT NULL,
        block_ids TEXT NOT NULL,
        occurrences INTEGER NOT NULL,
        first_ts INTEGER,
        last_ts INTEGER,
        early INTEGER NOT NULL,
        unbounded INTEGER NOT NULL,
        notes TEXT NOT NULL,
        people TEXT NOT NULL,
        PRIMARY KEY (source_id, key)
    );
    """,
    # Whether each block's rule tag is confident or a guess; what ictime learned from the
    # person's corrections (`learned`: one example per corrected block or series, kept when
    # the block goes) and, per block, the example it resembles. The stored tags are
    # recomputed (the fingerprint is forgotten) so `confident` follows the rules.
    4: """
    ALTER TABLE blocks ADD COLUMN confident INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE blocks ADD COLUMN learned_from INTEGER;
    ALTER TABLE blocks ADD COLUMN learned_category TEXT;
    ALTER TABLE blocks ADD COLUMN learned_confident INTEGER;
    CREATE TABLE IF NOT EXISTS learned (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL,
        scope TEXT NOT NULL CHECK (scope IN ('occurrence', 'series')),
        recurrence_id TEXT NOT NULL,
        block_id TEXT NOT NULL,
        title TEXT NOT NULL,
        organizer TEXT NOT NULL,
        people TEXT NOT NULL,
        names TEXT NOT NULL,
        category TEXT NOT NULL,
        start_ts INTEGER NOT NULL,
        tagged_at TEXT NOT NULL,
        UNIQUE (uid, scope, recurrence_id)
    );
    DELETE FROM meta WHERE key = 'rules_fingerprint';
    """,
    # What each import found: a block's versions, each valid from the import that stored it
    # until the one that changed or removed it (NULL: still current). Only what the history
    # reads is kept (no description, location or attendee list), and only changed blocks get
    # a new version. An existing database starts its history with what it holds now, as of
    # each source's last import.
    5: """
    CREATE TABLE IF NOT EXISTS block_versions (
        source_id INTEGER NOT NULL REFERENCES sources(id),
        id TEXT NOT NULL,
        from_import INTEGER NOT NULL,
        to_import INTEGER,
        uid TEXT NOT NULL,
        recurrence_id TEXT,
        summary TEXT NOT NULL,
        start_ts INTEGER NOT NULL,
        end_ts INTEGER NOT NULL,
        all_day INTEGER NOT NULL,
        status TEXT NOT NULL,
        my_partstat TEXT NOT NULL,
        attendees INTEGER NOT NULL,
        recurring INTEGER NOT NULL,
        counted INTEGER NOT NULL,
        not_counted_reason TEXT NOT NULL,
        category TEXT NOT NULL,
        rule TEXT,
        PRIMARY KEY (source_id, id, from_import)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS block_versions_start ON block_versions (source_id, start_ts);
    INSERT OR IGNORE INTO block_versions
    SELECT source_id, id,
        COALESCE((SELECT max(i.id) FROM imports AS i
            WHERE i.source_id = blocks.source_id AND i.outcome = 'imported'), 0),
        NULL, uid, recurrence_id, summary, start_ts, end_ts, all_day, status, my_partstat,
        attendees, recurring, counted, not_counted_reason, category, rule
    FROM blocks
    """,
    # 6: an event (a series) is named by the title most of its occurrences have, the earliest's
    # among equals, not by its earliest occurrence: a series correction covers the occurrences
    # with the series' title (`store.reads.SERIES_TITLED`). A file made before is renamed so.
    6: """
    UPDATE events SET summary = (
        SELECT b.summary FROM blocks AS b
        WHERE b.source_id = events.source_id AND b.uid = events.uid
        GROUP BY b.summary ORDER BY count(*) DESC, min(b.start_ts), min(b.id) LIMIT 1
    )
    WHERE EXISTS (
        SELECT 1 FROM blocks AS b WHERE b.source_id = events.source_id AND b.uid = events.uid
    )
    """,
}
