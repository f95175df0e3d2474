namespace ZorgzameBuurt.Sim.Experiments.Storage;

/// <summary>The results database schema (documented in docs/experiments.md). Bump <see cref="Version"/> on change.</summary>
internal static class Schema
{
    internal const int Version = 2;

    internal const string Create = """
        CREATE TABLE IF NOT EXISTS experiments (
            id             INTEGER PRIMARY KEY,
            key            TEXT    NOT NULL UNIQUE,
            kind           TEXT    NOT NULL CHECK (kind IN ('run', 'compare', 'sweep', 'patterns')),
            command_line   TEXT    NOT NULL,
            scenario_name  TEXT    NOT NULL,
            scenario_hash  TEXT    NOT NULL,
            scenario_yaml  TEXT    NOT NULL,
            model_version  TEXT    NOT NULL,
            root_seed      INTEGER NOT NULL,
            settings_json  TEXT    NOT NULL,
            created_utc    TEXT    NOT NULL
        );
        CREATE TABLE IF NOT EXISTS runs (
            id             INTEGER PRIMARY KEY,
            experiment_id  INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
            label          TEXT    NOT NULL,
            replication    INTEGER NOT NULL,
            seed           INTEGER NOT NULL,
            point_json     TEXT    NOT NULL,
            end_day        INTEGER NOT NULL,
            finished_utc   TEXT    NOT NULL,
            UNIQUE (experiment_id, label, replication)
        );
        CREATE TABLE IF NOT EXISTS end_indicators (
            run_id  INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            name    TEXT    NOT NULL,
            value   REAL
        );
        CREATE INDEX IF NOT EXISTS ix_end_indicators_run ON end_indicators(run_id);
        CREATE TABLE IF NOT EXISTS series (
            run_id  INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            day     INTEGER NOT NULL,
            name    TEXT    NOT NULL,
            value   REAL
        );
        CREATE INDEX IF NOT EXISTS ix_series_run ON series(run_id, day);
        CREATE TABLE IF NOT EXISTS resident_outcomes (
            run_id  INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            metric  TEXT    NOT NULL,
            data    BLOB    NOT NULL,
            PRIMARY KEY (run_id, metric)
        );
        """;
}
