namespace Isnad.Tests.Specs;

/// <summary>One case of a spec file: a passage, its article metadata and the attributions expected from it.</summary>
internal sealed record SpecCase(
    string File,
    int Line,
    string Title,
    string? Outlet,
    DateOnly? Date,
    string Passage,
    IReadOnlyList<ExpectedAttribution> Expected,
    string? Gap = null)
{
    /// <summary>Whether the engine is known not to meet this case yet (a <c>@gap REASON</c> line); the test then
    /// requires it still to fail, so a fixed gap is noticed and its marker removed.</summary>
    public bool IsKnownGap => Gap is not null;

    /// <summary>The name shown by the test runner and used to find the case again.</summary>
    public string Id => $"{File} › {Title}";
}

/// <summary>
/// One expectation line. Names are lists of acceptable alternatives (written <c>a / b</c>); the chain holds one list per
/// relay, outermost first. <see cref="NestedIn"/> is the 1-based position of the outer line in the same case.
/// </summary>
internal sealed record ExpectedAttribution(
    int Line,
    string Cue,
    IReadOnlyList<string> Source,
    string Kind,
    string Form,
    IReadOnlyList<IReadOnlyList<string>> Chain,
    string Content,
    int? NestedIn,
    string? Affiliation,
    bool Optional,
    string Raw)
{
    /// <summary>
    /// The source exactly as written at the cue (<c>speaker:</c>): its text, at the occurrence in the passage nearest the
    /// cue. For a pro-drop verb it is the verb itself. Null when the line does not give it.
    /// </summary>
    public string? Speaker { get; init; }
}
