using Isnad.Text;

namespace Isnad.Entities.Gazetteer;

/// <summary>
/// Finds outlets, organisations and places in a text: every leftmost-longest, non-overlapping run of words that spells
/// an alias, compared on normalised keys (<see cref="ArabicNormalizer.Key(string)"/>). On the first word the proclitics
/// و ف then ب ل ك may precede the name (لوكالة رويترز، بالأمم المتحدة، وللسعودية), and for names of two or more words
/// the article ال may also be present or absent; a one-word name must agree on the article (الهند ≠ هند). Later words
/// must match exactly. Short Latin aliases (three letters or fewer: AP, UN, US) must match in their own case.
/// Built once, then read-only and thread-safe.
/// </summary>
internal sealed class GazetteerMatcher
{
    private static readonly Lazy<GazetteerMatcher> DefaultInstance =
        new(() => new GazetteerMatcher(GazetteerLexicon.LoadAll()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Type words that confirm an ambiguous name right after them, with the kinds of entry they confirm.</summary>
    private static readonly Dictionary<string, TypeWord> TypeWords = BuildTypeWords();

    private readonly Node root = new();

    public GazetteerMatcher(IEnumerable<GazetteerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToArray();
        Entries = list;
        foreach (var entry in list)
        {
            foreach (var alias in entry.Aliases)
            {
                Add(entry, alias);
            }
        }
    }

    /// <summary>The matcher over the embedded <c>outlets.txt</c>, <c>bodies.txt</c> and <c>places.txt</c>.</summary>
    public static GazetteerMatcher Default => DefaultInstance.Value;

    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>All matches in <paramref name="text"/>, in text order.</summary>
    public IReadOnlyList<GazetteerMatch> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FindAll(text, Tokenizer.Tokenize(text));
    }

    /// <summary>All matches in <paramref name="text"/>, given its tokens from <see cref="Tokenizer"/>.</summary>
    public IReadOnlyList<GazetteerMatch> FindAll(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var keys = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            keys[i] = ArabicNormalizer.Key(text.AsSpan(tokens[i].Start, tokens[i].Length));
        }

        var matches = new List<GazetteerMatch>();
        var candidates = new List<Target>();
        var i0 = 0;
        while (i0 < tokens.Count)
        {
            var length = LongestAt(text, tokens, keys, i0, candidates, out var strippedLetters);
            if (length == 0)
            {
                i0++;
                continue;
            }

            Emit(text, tokens, keys, i0, length, strippedLetters, candidates, matches);
            i0 += length;
        }

        return matches;
    }

    private void Add(GazetteerEntry entry, string alias)
    {
        var tokens = Tokenizer.Tokenize(alias);
        if (tokens.Length == 0)
        {
            return;
        }

        var keys = tokens.Select(t => ArabicNormalizer.Key(alias.AsSpan(t.Start, t.Length))).ToArray();
        var firstIsArabic = tokens[0].Kind == TokenKind.Arabic;
        var (firstBare, firstArticle) = firstIsArabic ? SplitArticle(keys[0]) : (keys[0], false);
        var latin = tokens.All(t => t.Kind != TokenKind.Arabic) && tokens.Any(t => t.Kind == TokenKind.Latin);
        var exactCase = latin && tokens.Length == 1 && alias.Length <= 3 ? alias : null;
        // «صحيفة الرياض» carries its type word; «المدينة» alone is only a name, though مدينة is a type word.
        var typed = firstIsArabic && keys.Length > 1 && TypeWords.ContainsKey(firstBare);

        var node = root.Child(firstBare);
        for (var i = 1; i < keys.Length; i++)
        {
            node = node.Child(keys[i]);
        }

        if (!node.Targets.Exists(t => ReferenceEquals(t.Entry, entry) && t.FirstHasArticle == firstArticle && string.Equals(t.ExactCase, exactCase, StringComparison.Ordinal)))
        {
            var words = tokens.Select(t => alias.Substring(t.Start, t.Length)).ToArray();
            node.Targets.Add(new Target(entry, alias, words, firstArticle, typed || latin, exactCase));
        }
    }

    /// <summary>The length in tokens of the longest alias starting at token <paramref name="i"/>; its targets go to <paramref name="best"/>.</summary>
    private int LongestAt(string text, IReadOnlyList<Token> tokens, string[] keys, int i, List<Target> best, out int strippedLetters)
    {
        best.Clear();
        strippedLetters = 0;
        var token = tokens[i];
        if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol)
        {
            return 0;
        }

        var bestLength = 0;
        foreach (var variant in FirstWordVariants(keys[i], token.Kind == TokenKind.Arabic))
        {
            if (!root.Children.TryGetValue(variant.Bare, out var node))
            {
                continue;
            }

            var length = 1;
            while (true)
            {
                foreach (var target in node.Targets)
                {
                    if (!Accepts(target, variant, text, tokens, i))
                    {
                        continue;
                    }

                    if (length > bestLength)
                    {
                        bestLength = length;
                        best.Clear();
                        strippedLetters = variant.Stripped;
                    }

                    if (length == bestLength && !best.Exists(b => ReferenceEquals(b.Entry, target.Entry)))
                    {
                        best.Add(target);
                    }
                }

                if (i + length >= tokens.Count || !node.Children.TryGetValue(keys[i + length], out var next))
                {
                    break;
                }

                node = next;
                length++;
            }
        }

        return bestLength;
    }

    private static bool Accepts(Target target, FirstWord variant, string text, IReadOnlyList<Token> tokens, int first)
    {
        // A one-word name keeps its article: «الهند» is India, «هند» a given name.
        var token = tokens[first];
        if (target.WordCount == 1 && target.FirstHasArticle != variant.HasArticle)
        {
            return false;
        }

        if (target.ExactCase is not null && !text.AsSpan(token.Start, token.Length).SequenceEqual(target.ExactCase.AsSpan()))
        {
            return false;
        }

        // Writers drop hamza but do not add it: «وأم» is not وام, «لأحد» may be أحد.
        var firstStart = SurfaceOffsetAfterLetters(text, token.Start, token.End, variant.Stripped);
        if (target.FirstHasArticle == variant.HasArticle && AddsHamza(text.AsSpan(firstStart, token.End - firstStart), target.Words[0]))
        {
            return false;
        }

        for (var w = 1; w < target.WordCount; w++)
        {
            var t = tokens[first + w];
            if (AddsHamza(text.AsSpan(t.Start, t.Length), target.Words[w]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="written"/> has a hamza on an alef inside the word where <paramref name="alias"/> has a bare
    /// alef, letter for letter. The first letter (after ال) is not compared: writers often put a hamza on hamzat al-wasl
    /// (الإتحاد، إستراتيجية).
    /// </summary>
    private static bool AddsHamza(ReadOnlySpan<char> written, string alias)
    {
        var a = 0;
        var letter = 0;
        var articled = false;
        foreach (var c in written)
        {
            if (ArabicNormalizer.Fold(c) == '\0')
            {
                continue;
            }

            while (a < alias.Length && ArabicNormalizer.Fold(alias[a]) == '\0')
            {
                a++;
            }

            if (a == alias.Length)
            {
                return false; // different lengths: no letter-for-letter reading
            }

            articled |= letter == 1 && c == '\u0644' && alias[a] == '\u0644' && ArabicNormalizer.Fold(written[0]) == '\u0627';
            var initial = letter == 0 || (articled && letter == 2);
            if (!initial && c is '\u0623' or '\u0625' or '\u0622' && alias[a] == '\u0627')
            {
                return true;
            }

            a++;
            letter++;
        }

        return false;
    }

    private static void Emit(string text, IReadOnlyList<Token> tokens, string[] keys, int first, int length, int strippedLetters,
        List<Target> targets, List<GazetteerMatch> matches)
    {
        var last = first + length - 1;
        var span = new TextSpan(tokens[first].Start, tokens[last].End);
        var nameStart = SurfaceOffsetAfterLetters(text, tokens[first].Start, tokens[first].End, strippedLetters);
        var nameSpan = new TextSpan(nameStart, span.End);

        // A type word right before the name, possibly across an opening quotation mark: صحيفة «الرياض».
        var before = first - 1;
        var openQuote = before >= 0 && IsQuote(text, tokens[before]);
        if (openQuote)
        {
            before--;
        }

        var quoted = openQuote && last + 1 < tokens.Count && IsQuote(text, tokens[last + 1]);
        var typeWordEntry = before >= 0 && tokens[before].Kind == TokenKind.Arabic ? FindTypeWord(keys[before]) : null;
        var typeWord = typeWordEntry is null ? default : tokens[before].Span;

        // A type word picks its own kind of entry: «صحيفة الرياض» is not the city, «وكالة الأنباء» not a newspaper.
        var anyOfKind = typeWordEntry is { } tw && targets.Exists(t => tw.Confirms(t.Entry));
        foreach (var target in targets)
        {
            var confirmedByTypeWord = anyOfKind && typeWordEntry!.Confirms(target.Entry);
            if (anyOfKind && !confirmedByTypeWord)
            {
                continue;
            }

            var ambiguous = target.Entry.Ambiguous && !target.Trusted && !confirmedByTypeWord && !quoted;
            matches.Add(new GazetteerMatch(span, nameSpan, target.Entry, target.Alias, ambiguous,
                confirmedByTypeWord ? typeWord : default, quoted));
        }
    }

    /// <summary>The type word <paramref name="key"/> spells, trying it with its proclitics stripped (لصحيفة، بمدينة).</summary>
    private static TypeWord? FindTypeWord(string key)
    {
        foreach (var variant in FirstWordVariants(key, isArabic: true))
        {
            if (TypeWords.TryGetValue(variant.Bare, out var typeWord))
            {
                return typeWord;
            }
        }

        return null;
    }

    private static bool IsQuote(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && token.Length == 1
        && text[token.Start] is '"' or '\'' or '«' or '»' or '“' or '”' or '„' or '‘' or '’' or '‹' or '›';

    /// <summary>
    /// Readings of a first word: as written, then without و/ف, then without ب/ل/ك (or لل, which is ل before the article),
    /// each split into its article and bare key. <c>Stripped</c> counts the key letters of the removed proclitics.
    /// </summary>
    private static IEnumerable<FirstWord> FirstWordVariants(string key, bool isArabic)
    {
        if (!isArabic)
        {
            yield return new FirstWord(key, false, 0);
            yield break;
        }

        var afterConjunction = key.Length >= 3 && key[0] is 'و' or 'ف' ? key[1..] : null;
        foreach (var (form, stripped) in new[] { (key, 0), (afterConjunction, 1) })
        {
            if (form is null)
            {
                continue;
            }

            yield return Split(form, stripped);
            if (form.Length >= 4 && form.StartsWith("لل", StringComparison.Ordinal))
            {
                yield return new FirstWord(form[2..], true, stripped + 2);
            }
            else if (form.Length >= 3 && (form[0] is 'ب' or 'ل' || (form[0] == 'ك' && form.AsSpan(1).StartsWith("ال", StringComparison.Ordinal))))
            {
                // ك «like» stands before names only with the article (كالسعودية); كابل is not ك + أبل.
                yield return Split(form[1..], stripped + 1);
            }
        }

        static FirstWord Split(string form, int stripped)
        {
            var (bare, article) = SplitArticle(form);
            return new FirstWord(bare, article, stripped);
        }
    }

    private static (string Bare, bool Article) SplitArticle(string key) =>
        key.Length >= 4 && key.StartsWith("ال", StringComparison.Ordinal) ? (key[2..], true) : (key, false);

    /// <summary>The offset in the original text after the first <paramref name="letters"/> key letters of a token.</summary>
    private static int SurfaceOffsetAfterLetters(string text, int start, int end, int letters)
    {
        if (letters == 0)
        {
            return start;
        }

        var i = start;
        var counted = 0;
        while (i < end && counted < letters)
        {
            if (ArabicNormalizer.Fold(text[i]) != '\0')
            {
                counted++;
            }

            i++;
        }

        // Diacritics on the last stripped letter belong to it, not to the name.
        while (i < end && ArabicNormalizer.Fold(text[i]) == '\0')
        {
            i++;
        }

        return i;
    }

    private static Dictionary<string, TypeWord> BuildTypeWords()
    {
        var words = new Dictionary<string, TypeWord>(StringComparer.Ordinal);
        void Add(string list, GazetteerSource source, params string[] types)
        {
            foreach (var word in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words[SplitArticle(ArabicNormalizer.Key(word)).Bare] = new TypeWord(source, types);
            }
        }

        Add("وكالة أنباء", GazetteerSource.Outlet, "agency");
        Add("صحيفة جريدة", GazetteerSource.Outlet, "newspaper", "site");
        Add("موقع بوابة", GazetteerSource.Outlet, "site", "newspaper", "channel");
        Add("قناة فضائية تلفزيون شبكة", GazetteerSource.Outlet, "channel");
        Add("إذاعة", GazetteerSource.Outlet, "radio");
        Add("مجلة", GazetteerSource.Outlet, "magazine");
        Add("وزارة", GazetteerSource.Body, "ministry");
        Add("هيئة رئاسة", GazetteerSource.Body, "authority", "government");
        Add("مجلس", GazetteerSource.Body, "government", "international", "authority");
        Add("نادي فريق", GazetteerSource.Body, "club");
        Add("حزب", GazetteerSource.Body, "party");
        Add("حركة جماعة تنظيم", GazetteerSource.Body, "movement", "armed-group", "party");
        Add("شركة مجموعة مصرف بنك", GazetteerSource.Body, "company");
        Add("منظمة", GazetteerSource.Body, "international", "organization");
        Add("جامعة", GazetteerSource.Body, "university");
        Add("مؤسسة", GazetteerSource.Body, "authority", "company", "organization");
        Add("دولة جمهورية مملكة سلطنة", GazetteerSource.Place, "country");
        Add("مدينة بلدة قرية", GazetteerSource.Place, "city", "capital");
        Add("عاصمة", GazetteerSource.Place, "capital", "city");
        Add("منطقة محافظة إمارة ولاية", GazetteerSource.Place, "region", "city", "capital", "area");
        Add("جزيرة", GazetteerSource.Place, "area");
        return words;
    }

    private sealed record TypeWord(GazetteerSource Source, string[] Types)
    {
        public bool Confirms(GazetteerEntry entry) => entry.Source == Source && Types.Contains(entry.Type, StringComparer.Ordinal);
    }

    private readonly record struct FirstWord(string Bare, bool HasArticle, int Stripped);

    private sealed record Target(GazetteerEntry Entry, string Alias, string[] Words, bool FirstHasArticle, bool Trusted, string? ExactCase)
    {
        public int WordCount => Words.Length;
    }

    private sealed class Node
    {
        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public List<Target> Targets { get; } = [];

        public Node Child(string key)
        {
            if (!Children.TryGetValue(key, out var child))
            {
                child = new Node();
                Children[key] = child;
            }

            return child;
        }
    }
}
