namespace Isnad.Corpus.Store;

/// <summary>What the single writer puts in the store: an analysed article or an input refused with its reason.</summary>
internal abstract record StoreItem(string Name);

/// <summary>One relay of an attribution's chain, outermost first: as written, its name (entity or text) and the name's key.</summary>
internal sealed record StoredRelay(string Text, string Name, string Key, string Kind);

/// <summary>One attribution flattened for the questions: the speaker is the linked canonical name where one is known.</summary>
internal sealed record StoredAttribution(
    int Ordinal,
    string Cue,
    string CueLemma,
    string SourceText,
    string SourceKind,
    string Speaker,
    string SpeakerKey,
    int ContentStart,
    int ContentEnd,
    string Content,
    string ContentForm,
    IReadOnlyList<StoredRelay> Chain);

/// <summary>The engine that produced an analysis: what <c>reanalyze</c> compares with the running engine.</summary>
internal sealed record StoredEngine(string Fingerprint, string Version, string Build, string? Model, string Lexicons);

/// <summary>An analysed article, ready to write: everything computed by a worker, nothing left for the writer.</summary>
internal sealed record StoredArticle(
    string Id,
    string Name,
    string? ExternalId,
    string? Outlet,
    string? Date,
    string? Title,
    string? Author,
    string? Url,
    string Text,
    string KeyText,
    StoredEngine Engine,
    string AnalysisJson,
    IReadOnlyList<StoredAttribution> Attributions,
    IReadOnlyList<ulong> Signature) : StoreItem(Name);

/// <summary>An input that was not stored, and why (undecodable, empty, too large, failing analysis, malformed line).</summary>
internal sealed record StoredRejection(string Name, string Reason) : StoreItem(Name);
