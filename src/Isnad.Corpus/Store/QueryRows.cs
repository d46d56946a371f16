namespace Isnad.Corpus.Store;

/// <summary>A speaker (canonical where linked) with the number of attributions to it, in all and per outlet (largest first).</summary>
internal sealed record SpeakerRow(string Speaker, string Kind, int Attributions, IReadOnlyList<(string Outlet, int Count)> PerOutlet);

/// <summary>Per outlet: attributions, how many rest on anonymous sources, and the share.</summary>
internal sealed record AnonymityRow(string Outlet, int Attributions, int Anonymous)
{
    public double Share => Attributions == 0 ? 0 : (double)Anonymous / Attributions;
}

/// <summary>An edge of the relay network: <c>From</c> passes on what <c>To</c> said (chain) or reprints <c>To</c> (copy).</summary>
internal sealed record RelayEdge(string From, string To, string Via, int Count);

/// <summary>An article carrying a phrase, with where it is and the attribution (speaker and chain) that carries it, if any.</summary>
internal sealed record ProvenanceRow(
    string ArticleId,
    string? Date,
    string? Outlet,
    string? Title,
    string Name,
    double Match,
    string Excerpt,
    string? Speaker,
    string? Chain,
    string? Cluster);

/// <summary>Counts of what is stored.</summary>
internal sealed record StoreCounts(int Articles, int Attributions, int Rejected, int Clusters);

/// <summary>An article whose words hold the phrase's words (to be checked on its text), earliest first.</summary>
internal sealed record PhraseCandidate(string Id, string? Date, string? Outlet, string? Title, string Name, string? Cluster);

/// <summary>A stored article as a search lists it: where and when it appeared, and how many attributions it holds.</summary>
internal sealed record ArticleSummary(string Id, string? Date, string? Outlet, string? Title, string Name, int Attributions);

/// <summary>One page of a search: the articles on it and how many match in all.</summary>
internal sealed record ArticlePage(int Total, IReadOnlyList<ArticleSummary> Articles);
