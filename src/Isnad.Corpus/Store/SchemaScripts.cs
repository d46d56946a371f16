namespace Isnad.Corpus.Store;

/// <summary>
/// The tables every store has (version 1), written once for both SQL dialects; each dialect adds its full-text index.
/// Statements are separated by <c>;\n</c>.
/// </summary>
internal static class SchemaScripts
{
    public const string Tables = """
        CREATE TABLE articles (
            id TEXT NOT NULL PRIMARY KEY,
            name TEXT NOT NULL,
            external_id TEXT,
            outlet TEXT,
            date TEXT,
            title TEXT,
            author TEXT,
            url TEXT,
            text TEXT NOT NULL,
            engine_fingerprint TEXT NOT NULL,
            engine_version TEXT NOT NULL,
            engine_build TEXT NOT NULL,
            engine_model TEXT,
            engine_lexicons TEXT NOT NULL,
            analysis BYTES NOT NULL,
            signature BYTES NOT NULL
        );
        CREATE INDEX articles_outlet_date ON articles (outlet, date);
        CREATE INDEX articles_engine ON articles (engine_fingerprint);
        CREATE TABLE attributions (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            outlet TEXT,
            date TEXT,
            cue TEXT NOT NULL,
            cue_lemma TEXT NOT NULL,
            source_text TEXT NOT NULL,
            source_kind TEXT NOT NULL,
            speaker TEXT NOT NULL,
            speaker_key TEXT NOT NULL,
            content_start INTEGER NOT NULL,
            content_end INTEGER NOT NULL,
            content TEXT NOT NULL,
            content_form TEXT NOT NULL,
            chain TEXT NOT NULL,
            PRIMARY KEY (article_id, ordinal)
        );
        CREATE INDEX attributions_speaker ON attributions (speaker_key, outlet, source_kind, speaker, date);
        CREATE INDEX attributions_outlet ON attributions (outlet, source_kind, date);
        CREATE TABLE relays (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            position INTEGER NOT NULL,
            outlet TEXT,
            date TEXT,
            from_name TEXT NOT NULL,
            to_name TEXT NOT NULL,
            to_kind TEXT NOT NULL,
            PRIMARY KEY (article_id, ordinal, position)
        );
        CREATE INDEX relays_edge ON relays (from_name, to_name, outlet, date);
        CREATE TABLE rejections (
            name TEXT NOT NULL PRIMARY KEY,
            reason TEXT NOT NULL
        );
        CREATE TABLE clusters (
            article_id TEXT NOT NULL PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
            cluster_id TEXT NOT NULL
        );
        CREATE INDEX clusters_cluster ON clusters (cluster_id)
        """;
}
