namespace Isnad.Attributions;

internal enum Gender : byte { Unknown, Masculine, Feminine }

internal enum GrammaticalNumber : byte { Unknown, Singular, Dual, Plural }

/// <summary>Gender and number a verb shows for its subject, or a noun phrase asks of its verb (ms, fs, mp, fp, md, fd).</summary>
internal readonly record struct Agreement(Gender Gender, GrammaticalNumber Number)
{
    public static Agreement Unknown => default;

    public static Agreement Parse(string code) => (code.Split('|')[0].Trim()) switch
    {
        "ms" => new(Gender.Masculine, GrammaticalNumber.Singular),
        "fs" => new(Gender.Feminine, GrammaticalNumber.Singular),
        "mp" => new(Gender.Masculine, GrammaticalNumber.Plural),
        "fp" => new(Gender.Feminine, GrammaticalNumber.Plural),
        "md" => new(Gender.Masculine, GrammaticalNumber.Dual),
        "fd" => new(Gender.Feminine, GrammaticalNumber.Dual),
        _ => Unknown,
    };

    public bool IsKnown => Number != GrammaticalNumber.Unknown;

    /// <summary>
    /// Whether a verb showing <paramref name="verb"/> can take a subject asking for this agreement. Broken plurals of
    /// things and bodies (مصادر، أوساط) take a feminine singular verb, and masculine plurals of people also take a
    /// masculine singular verb when the verb comes first; both are allowed.
    /// </summary>
    public bool AcceptsVerb(Agreement verb)
    {
        if (!IsKnown || !verb.IsKnown)
        {
            return true;
        }

        if (this == verb)
        {
            return true;
        }

        // Broken plurals of things and bodies (مصادر، أوساط) take a feminine singular verb (وأضافت المصادر) and,
        // loosely, a plural one; plurals of people (مسؤولون) take a masculine plural verb.
        if (Number == GrammaticalNumber.Plural && Gender == Gender.Feminine)
        {
            return verb.Number == GrammaticalNumber.Plural || verb == new Agreement(Gender.Feminine, GrammaticalNumber.Singular);
        }

        return false;
    }
}
