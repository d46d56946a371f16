namespace Isnad.Attributions;

/// <summary>
/// The names of the constructions that make an attribution, as <c>--explain</c> prints them and the <c>rule</c> object
/// of isnad/1 carries them. A name is a stable identifier: tests and users' notes refer to it.
/// </summary>
internal static class Patterns
{
    /// <summary>«وقال الوزير إن …»: the subject after the verb.</summary>
    public const string VerbSubject = "VerbSubject";

    /// <summary>«وأضاف أن …»: a verb with no subject of its own (pro-drop).</summary>
    public const string ProDropVerb = "ProDropVerb";

    /// <summary>«الوزير أكد أن …»، «فيما الشركة قالت …»: the subject before the verb.</summary>
    public const string FrontedSubject = "FrontedSubject";

    /// <summary>«وكان الوزير قد أعلن …»: the subject between كان and the verb.</summary>
    public const string KanaQadSubject = "KanaQadSubject";

    /// <summary>«أما المدير، …، فقد أوضح …»: the topic of أما.</summary>
    public const string AmaTopic = "AmaTopic";

    /// <summary>«لكنه قال إن …»: a pronoun subject before the verb.</summary>
    public const string PronounBeforeVerb = "PronounBeforeVerb";

    /// <summary>«وجاء في البيان أن …»: a document named where the statement is.</summary>
    public const string DocumentLocus = "DocumentLocus";

    /// <summary>«أصدرت الرئاسة بياناً جاء فيه …»: the body that issued the document speaks.</summary>
    public const string DocumentIssuer = "DocumentIssuer";

    /// <summary>«وذكرت قناة X نقلاً عن مصادر أن …»: the subject relays the source after نقلاً عن.</summary>
    public const string NaqlanAn = "NaqlanAn";

    /// <summary>«نقلت صحيفة X عن مصدر …»، «نقل موقع X عن وكالة Y عن مصادر …».</summary>
    public const string RelayAn = "RelayAn";

    /// <summary>«وعلمت الصحيفة من مصادر أن …»: the subject relays the source after من.</summary>
    public const string KnowingFrom = "KnowingFrom";

    /// <summary>«مؤكداً أن …»: a participle continuing the statement before.</summary>
    public const string Participle = "Participle";

    /// <summary>«أعربت … عن سعادتها، مشيرة إلى …»: a participle continuing a stance of the same sentence.</summary>
    public const string ParticipleAfterStance = "ParticipleAfterStance";

    /// <summary>«بحسب X»، «وفقاً لـX»، «حسبما أفاد X».</summary>
    public const string Prepositional = "Prepositional";

    /// <summary>A stance cue (أعرب عن) remembered for a participle; never an attribution itself.</summary>
    public const string Stance = "Stance";
}

/// <summary>Where the content was found.</summary>
internal static class Contents
{
    public const string Complementizer = "Complementizer";
    public const string Colon = "Colon";
    public const string Quotation = "Quotation";
    public const string QuotationBefore = "QuotationBeforeCue";
    public const string Nominal = "NominalContent";
    public const string Clause = "ClauseAfterCue";
    public const string ClauseAfter = "ClauseAfterPrepositional";
    public const string ClauseBefore = "ClauseBeforePrepositional";
    public const string PreviousSentence = "PreviousSentence";
}

/// <summary>The resolution steps of <see cref="SourceResolver"/>, in the order it tries them.</summary>
internal static class Resolutions
{
    public const string None = "Unresolved";
    public const string Explicit = "ExplicitMention";
    public const string KnownMention = "KnownMention";
    public const string Surname = "Surname";
    public const string RecentSpeaker = "RecentSpeaker";
    public const string JointPair = "JointPair";
    public const string RecentMention = "RecentMention";
    public const string SameSpeaker = "SameSpeaker";
    public const string Honorific = "Honorific";
    public const string Description = "Description";
    public const string DocumentIssuer = "DocumentIssuer";
    public const string BodySpoke = "DocumentOfBodyThatSpoke";
    public const string NewGroup = "NewGroupThroughNewRelay";
    public const string PreviousStatement = "PreviousStatement";
    public const string StanceSpeaker = "StanceSpeaker";
    public const string Ranker = "MentionRanker";
}
