using System.Globalization;
using System.Text.Json;
using Isnad.Attributions.Resolution;
using Isnad.Cli.Input;

namespace Isnad.Cli.Evaluation;

/// <summary>
/// Learns the mention ranker from gold attributions: runs the rules over each gold article, records every ranked
/// resolution (candidates and features), labels a candidate right when a gold source name is contained in its words
/// (as the scorer tests a source), and trains a regularised log-linear ranker. Deterministic: same data, same model.
/// </summary>
internal static class RankerTraining
{
    /// <summary>One resolution with its candidates labelled; <see cref="Right"/> has at least one true.</summary>
    internal sealed record Example(string Doc, RankedDecision Decision, bool[] Right);

    private sealed class Recorder : IResolutionObserver
    {
        public List<RankedDecision> Decisions { get; } = [];

        public void Decided(RankedDecision decision) => Decisions.Add(decision);
    }

    /// <summary>The labelled resolutions of one gold article (those whose every candidate is right or wrong teach nothing and are left out).</summary>
    public static List<Example> Examples(string doc, JsonElement gold, Article article, Pipeline rules)
    {
        var recorder = new Recorder();
        rules.Analyze(article.Text, article.Meta, CancellationToken.None, recorder);
        var aliases = gold.TryGetProperty("aliases", out var a) && a.ValueKind == JsonValueKind.Object ? a : default;
        var items = gold.GetProperty("items").EnumerateArray().Where(i => !AttributionScorer.IsOptional(i)).ToList();
        var examples = new List<Example>();
        foreach (var decision in recorder.Decisions)
        {
            var item = Pair(decision, items, article.Text);
            if (item is not { } found)
            {
                continue;
            }

            var names = AttributionScorer.Names(found.GetProperty("source"), aliases);
            bool Matches(string words)
            {
                var normalised = PythonText.Norm(words);
                return names.Any(n => n.Length > 0 && normalised.Contains(n, StringComparison.Ordinal));
            }

            // The source as written may already name the speaker («متحدث باسم الحملة»): then «a new speaker» is right, and a
            // mention it would wrongly point back to brings along that mention's relays.
            var named = Matches(decision.PhraseText);
            var right = decision.Candidates.Select(c => c.Mention is null ? named : Matches(c.Texts)).ToArray();
            if (right.Any(r => r) && right.Any(r => !r))
            {
                examples.Add(new Example(doc, decision, right));
            }
        }

        return examples;
    }

    /// <summary>The gold core item a decision speaks for: content overlap, cue overlap preferred.</summary>
    private static JsonElement? Pair(RankedDecision decision, List<JsonElement> items, string text)
    {
        JsonElement? contentOnly = null;
        foreach (var item in items)
        {
            var content = AttributionScorer.ItemSpan(item, text, "content_span", "content_ctx", "content_ctx");
            if (!(content.Start < decision.Content.End && decision.Content.Start < content.End))
            {
                continue;
            }

            var cue = AttributionScorer.ItemSpan(item, text, "cue_span", "cue_ctx", "cue");
            if (cue.Start < decision.Cue.End && decision.Cue.Start < cue.End)
            {
                return item;
            }

            contentOnly ??= item;
        }

        return contentOnly;
    }

    /// <summary>
    /// A log-linear ranker over <paramref name="examples"/> (softmax over each resolution's candidates, the probability
    /// of the right ones maximised, L2-regularised toward the rules' weights), by stochastic gradient in a seeded order.
    /// Small data calls for the prior: where the evidence is weak the rules' pick keeps winning.
    /// </summary>
    public static MentionRanker Train(IReadOnlyList<Example> examples, int epochs, int seed, float rate = 0.1f, float l2 = 0.01f)
    {
        var prior = MentionRanker.RuleWeights();
        var weights = (float[])prior.Clone();
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        var scores = new List<double>();
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            var step = rate / (1f + epoch * 0.1f);
            foreach (var n in order)
            {
                var example = examples[n];
                var candidates = example.Decision.Candidates;
                scores.Clear();
                var max = double.NegativeInfinity;
                foreach (var c in candidates)
                {
                    double score = 0;
                    foreach (var f in c.Features)
                    {
                        score += weights[f];
                    }

                    scores.Add(score);
                    max = Math.Max(max, score);
                }

                double all = 0, right = 0;
                for (var c = 0; c < candidates.Count; c++)
                {
                    scores[c] = Math.Exp(scores[c] - max);
                    all += scores[c];
                    right += example.Right[c] ? scores[c] : 0;
                }

                // d(-log P(right))/d(score c) = p(c) - [c right] p(c) / P(right)
                for (var c = 0; c < candidates.Count; c++)
                {
                    var gradient = scores[c] / all - (example.Right[c] ? scores[c] / right : 0);
                    if (gradient == 0)
                    {
                        continue;
                    }

                    foreach (var f in candidates[c].Features)
                    {
                        weights[f] -= (float)(step * gradient);
                    }
                }

                for (var i = 0; i < weights.Length; i++)
                {
                    weights[i] -= step * l2 * (weights[i] - prior[i]);
                }
            }
        }

        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = MathF.Round(weights[i], 4);
        }

        return new MentionRanker(weights);
    }

    /// <summary>How many examples a ranker gets right, and how many the rules' own pick gets right.</summary>
    public static (int Ranker, int Rules, int Count) Accuracy(MentionRanker ranker, IEnumerable<Example> examples)
    {
        int byRanker = 0, byRules = 0, count = 0;
        foreach (var example in examples)
        {
            count++;
            byRanker += example.Right[ranker.Best([.. example.Decision.Candidates.Select(c => c.Features)])] ? 1 : 0;
            byRules += example.Decision.RulePick >= 0 && example.Right[example.Decision.RulePick] ? 1 : 0;
        }

        return (byRanker, byRules, count);
    }

    public static string Percent(int part, int whole) =>
        whole == 0 ? "n/a" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static int Best(float[] weights, IReadOnlyList<RankedCandidate> candidates, Func<int, bool> allowed)
    {
        var best = -1;
        var bestScore = float.NegativeInfinity;
        for (var c = 0; c < candidates.Count; c++)
        {
            if (!allowed(c))
            {
                continue;
            }

            var score = 0f;
            foreach (var f in candidates[c].Features)
            {
                score += weights[f];
            }

            if (score > bestScore)
            {
                best = c;
                bestScore = score;
            }
        }

        return best;
    }
}
