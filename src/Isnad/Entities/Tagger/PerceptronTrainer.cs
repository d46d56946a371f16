using System.Globalization;

namespace Isnad.Entities.Tagger;

/// <summary>
/// Trains an averaged structured perceptron: each epoch visits the sentences in a shuffled order (fixed seed),
/// decodes each with the current weights under the BIO constraints and, where the best path differs from the gold
/// one, moves weight from the predicted to the gold features and transitions. The model keeps the weights averaged
/// over every step, which generalises far better than the last ones. With a dev set, the epoch with the best dev F1 is
/// kept.
/// <para>
/// Domain adaptation by feature augmentation (Daumé III, 2007): when sentences carry a domain, every feature also
/// fires in a copy specific to that domain, so conventions of the other corpus (say, Wikipedia) go to its copies
/// instead of bending the shared weights. The saved model is for the target domain: each shared weight plus its
/// target copy, in one table, the other copies dropped; tagging costs the same as without adaptation.
/// </para>
/// </summary>
internal sealed class PerceptronTrainer
{
    private const int T = BioTags.Count;

    private readonly FeatureExtractor _extractor;
    private readonly Dictionary<ulong, int> _featureIds = [];
    private readonly List<ulong> _featureHashes = [];
    private readonly HashSet<int> _copies = [];
    private readonly Dictionary<int, int> _targetCopies = [];

    public PerceptronTrainer(NerGazetteer gazetteer, WordClusters clusters)
    {
        _extractor = new FeatureExtractor(gazetteer, clusters);
    }

    public NerGazetteer Gazetteer => _extractor.Gazetteer;

    public WordClusters Clusters => _extractor.Clusters;

    /// <summary>Average weights smaller than this in absolute value are dropped from the saved model.</summary>
    public float PruneBelow { get; init; } = 0.001f;

    public int Seed { get; init; } = 1;

    /// <summary>Features seen fewer times than this in the training data get no weight.</summary>
    public int MinFeatureCount { get; init; } = 1;

    /// <summary>
    /// Probability of hiding each feature occurrence during a training step. Hiding the word's own features now and
    /// then makes the weights lean on context, affixes and clusters too, which is what unseen names need.
    /// </summary>
    public double FeatureDropout { get; init; }

    /// <summary>
    /// Perceptrons trained side by side with different shuffling seeds; the model averages them (a cheap ensemble
    /// that smooths out the luck of one visiting order).
    /// </summary>
    public int Runs { get; init; } = 1;

    public Action<string>? Log { get; init; }

    /// <summary>Trains for <paramref name="epochs"/> epochs; returns the model of the best dev epoch (or the last).</summary>
    public TrainingResult Train(IReadOnlyList<TaggedSentence> train, IReadOnlyList<TaggedSentence>? dev, int epochs, CancellationToken cancellationToken) =>
        Train(train, null, dev, null, epochs, cancellationToken);

    /// <summary>Trains a second-stage model: each sentence comes with its <see cref="DocumentMemory"/> cues.</summary>
    public TrainingResult Train(IReadOnlyList<TaggedSentence> train, IReadOnlyList<uint[]>? trainCues, IReadOnlyList<TaggedSentence>? dev, IReadOnlyList<uint[]>? devCues, int epochs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(train);
        var trainSet = Index(train, trainCues, grow: true);
        var devSet = dev is null ? null : Index(dev, devCues, grow: false);
        var features = _featureHashes.Count;
        var runs = Enumerable.Range(0, Math.Max(1, Runs)).Select(r => new Run(features, trainSet.Length, Seed + r)).ToArray();
        var buffers = new DecodeBuffers();
        var bestF1 = -1.0;
        var bestEpoch = 0;
        (float[] Weights, float[] Transitions)? best = null;
        var history = new List<double>();

        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            var mistakes = 0;
            foreach (var run in runs)
            {
                mistakes += Epoch(run, trainSet, buffers, cancellationToken);
            }

            var averaged = Averaged(runs);
            var message = string.Create(CultureInfo.InvariantCulture, $"epoch {epoch,2}: {mistakes} word errors on train");
            if (devSet is not null)
            {
                var f1 = Score(devSet, averaged.Item1, averaged.Item2, buffers);
                history.Add(f1);
                message += string.Create(CultureInfo.InvariantCulture, $", dev micro F1 {f1 * 100:0.00}");
                if (f1 > bestF1)
                {
                    bestF1 = f1;
                    bestEpoch = epoch;
                    best = averaged;
                }
            }
            else
            {
                best = averaged;
                bestEpoch = epoch;
            }

            Log?.Invoke(message);
        }

        var model = best is { } chosen ? Build(chosen.Weights, chosen.Transitions) : Build(new float[features * T], new float[ViterbiDecoder.TransitionSize]);
        return new TrainingResult(model, bestEpoch, devSet is null ? null : bestF1, history);
    }

    /// <summary>One pass over the training set in a fresh shuffled order; returns the number of wrongly tagged words.</summary>
    private int Epoch(Run run, IndexedSentence[] trainSet, DecodeBuffers buffers, CancellationToken cancellationToken)
    {
        run.Random.Shuffle(run.Order);
        var mistakes = 0;
        foreach (var index in run.Order)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = trainSet[index];
            if (FeatureDropout > 0)
            {
                sentence = Dropped(sentence, run.Random);
            }

            var predicted = buffers.Decode(sentence, run.Weights, run.Transitions);
            var gold = sentence.Tags;
            for (var i = 0; i < gold.Length; i++)
            {
                var previousGold = i == 0 ? ViterbiDecoder.StartRow : gold[i - 1];
                var previousPredicted = i == 0 ? ViterbiDecoder.StartRow : predicted[i - 1];
                if (gold[i] == predicted[i] && previousGold == previousPredicted)
                {
                    continue;
                }

                Update(run.Transitions, run.AccumulatedTransitions, (previousGold * T) + gold[i], 1, run.Step);
                Update(run.Transitions, run.AccumulatedTransitions, (previousPredicted * T) + predicted[i], -1, run.Step);
                if (gold[i] == predicted[i])
                {
                    continue;
                }

                mistakes++;
                for (var f = sentence.Starts[i]; f < sentence.Starts[i + 1]; f++)
                {
                    var row = sentence.Features[f] * T;
                    Update(run.Weights, run.Accumulated, row + gold[i], 1, run.Step);
                    Update(run.Weights, run.Accumulated, row + predicted[i], -1, run.Step);
                }
            }

            run.Step++;
        }

        return mistakes;
    }

    // The mean over runs of each run's averaged weights.
    private static (float[], float[]) Averaged(Run[] runs)
    {
        var weights = Average(runs[0].Weights, runs[0].Accumulated, runs[0].Step);
        var transitions = Average(runs[0].Transitions, runs[0].AccumulatedTransitions, runs[0].Step);
        for (var r = 1; r < runs.Length; r++)
        {
            var more = Average(runs[r].Weights, runs[r].Accumulated, runs[r].Step);
            var moreTransitions = Average(runs[r].Transitions, runs[r].AccumulatedTransitions, runs[r].Step);
            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] += more[i];
            }

            for (var i = 0; i < transitions.Length; i++)
            {
                transitions[i] += moreTransitions[i];
            }
        }

        if (runs.Length > 1)
        {
            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] /= runs.Length;
            }

            for (var i = 0; i < transitions.Length; i++)
            {
                transitions[i] /= runs.Length;
            }
        }

        return (weights, transitions);
    }

    /// <summary>The state of one perceptron: weights, their running sums for averaging, its shuffling.</summary>
    private sealed class Run(int features, int sentences, int seed)
    {
        public float[] Weights { get; } = new float[features * T];

        public double[] Accumulated { get; } = new double[features * T];

        public float[] Transitions { get; } = new float[ViterbiDecoder.TransitionSize];

        public double[] AccumulatedTransitions { get; } = new double[ViterbiDecoder.TransitionSize];

        public int[] Order { get; } = Enumerable.Range(0, sentences).ToArray();

        public Random Random { get; } = new(seed);

        public double Step { get; set; } = 1;
    }

    private IndexedSentence Dropped(IndexedSentence sentence, Random random)
    {
        var kept = new List<int>(sentence.Features.Length);
        var starts = new int[sentence.Starts.Length];
        for (var i = 0; i < sentence.Tags.Length; i++)
        {
            starts[i] = kept.Count;
            for (var f = sentence.Starts[i]; f < sentence.Starts[i + 1]; f++)
            {
                if (random.NextDouble() >= FeatureDropout)
                {
                    kept.Add(sentence.Features[f]);
                }
            }
        }

        starts[^1] = kept.Count;
        return new IndexedSentence([.. kept], starts, sentence.Tags);
    }

    private static void Update(float[] weights, double[] accumulated, int index, int delta, double step)
    {
        weights[index] += delta;
        accumulated[index] += delta * step;
    }

    // Averaged weight = w − (Σ step·Δ) / steps: the mean of the weights after every step, computed lazily.
    private static float[] Average(float[] weights, double[] accumulated, double step)
    {
        var average = new float[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            average[i] = (float)(weights[i] - (accumulated[i] / step));
        }

        return average;
    }

    private static double Score(IndexedSentence[] sentences, float[] weights, float[] transitions, DecodeBuffers buffers)
    {
        var scores = new EntityScores();
        foreach (var sentence in sentences)
        {
            scores.Add(sentence.Tags, buffers.Decode(sentence, weights, transitions));
        }

        return scores.Micro.F1;
    }

    private NerModel Build(float[] weights, float[] transitions)
    {
        var hashes = new List<ulong>();
        var kept = new List<float>();
        for (var feature = 0; feature < _featureHashes.Count; feature++)
        {
            if (_copies.Contains(feature))
            {
                continue;
            }

            var row = weights.AsSpan(feature * T, T);
            if (_targetCopies.TryGetValue(feature, out var copy))
            {
                var copyRow = weights.AsSpan(copy * T, T);
                for (var t = 0; t < T; t++)
                {
                    row[t] += copyRow[t];
                }
            }

            var any = false;
            for (var t = 0; t < T; t++)
            {
                if (Math.Abs(row[t]) < PruneBelow)
                {
                    row[t] = 0;
                }
                else
                {
                    any = true;
                }
            }

            if (any)
            {
                hashes.Add(_featureHashes[feature]);
                kept.AddRange(row);
            }
        }

        return new NerModel(_extractor, [.. hashes], [.. kept], transitions);
    }

    private IndexedSentence[] Index(IReadOnlyList<TaggedSentence> sentences, IReadOnlyList<uint[]>? cues, bool grow)
    {
        var scratch = new FeatureScratch();
        var counts = new Dictionary<ulong, int>();
        if (grow && MinFeatureCount > 1)
        {
            for (var s = 0; s < sentences.Count; s++)
            {
                var sentence = sentences[s];
                _extractor.Extract(sentence.Words, cues is null ? default : cues[s], scratch);
                foreach (var hash in scratch.Features.AsSpan(0, scratch.Starts[sentence.Words.Length]))
                {
                    counts[hash] = counts.GetValueOrDefault(hash) + 1;
                }
            }
        }

        var indexed = new IndexedSentence[sentences.Count];
        var ids = new List<int>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var n = sentence.Words.Length;
            _extractor.Extract(sentence.Words, cues is null ? default : cues[s], scratch);
            ids.Clear();
            var starts = new int[n + 1];
            for (var i = 0; i < n; i++)
            {
                starts[i] = ids.Count;
                for (var f = scratch.Starts[i]; f < scratch.Starts[i + 1]; f++)
                {
                    var hash = scratch.Features[f];
                    if (!AddFeature(hash, ids, grow, counts, isCopy: false))
                    {
                        continue;
                    }

                    if (sentence.Domain != Domains.General)
                    {
                        var copy = DomainCopy(hash, sentence.Domain);
                        if (AddFeature(copy, ids, grow, null, isCopy: true) && sentence.Domain == Domains.Target)
                        {
                            _targetCopies.TryAdd(_featureIds[hash], _featureIds[copy]);
                        }
                    }
                }
            }

            starts[n] = ids.Count;
            indexed[s] = new IndexedSentence([.. ids], starts, sentence.Tags);
        }

        return indexed;
    }

    // Adds the id of a feature (a new one when growing and the feature is frequent enough); false if it has none. A
    // domain copy is never filtered by count and is remembered as a copy, to be left out of the saved model.
    private bool AddFeature(ulong hash, List<int> ids, bool grow, Dictionary<ulong, int>? counts, bool isCopy)
    {
        if (!_featureIds.TryGetValue(hash, out var id))
        {
            if (!grow || (counts is not null && MinFeatureCount > 1 && counts[hash] < MinFeatureCount))
            {
                return false;
            }

            id = _featureHashes.Count;
            _featureIds.Add(hash, id);
            _featureHashes.Add(hash);
            if (isCopy)
            {
                _copies.Add(id);
            }
        }

        ids.Add(id);
        return true;
    }

    /// <summary>The copy of a feature specific to a domain.</summary>
    private static ulong DomainCopy(ulong hash, byte domain) => FeatureHash.Feature(DomainTemplate + domain, hash);

    private const int DomainTemplate = 90;

    private sealed record IndexedSentence(int[] Features, int[] Starts, byte[] Tags);

    private sealed class DecodeBuffers
    {
        private float[] _emissions = [];
        private float[] _scores = [];
        private byte[] _backpointers = [];
        private byte[] _tags = [];

        public byte[] Decode(IndexedSentence sentence, float[] weights, float[] transitions)
        {
            var n = sentence.Tags.Length;
            if (_tags.Length < n)
            {
                _emissions = new float[n * T * 2];
                _scores = new float[n * T * 2];
                _backpointers = new byte[n * T * 2];
                _tags = new byte[n * 2];
            }

            var emissions = _emissions.AsSpan(0, n * T);
            emissions.Clear();
            for (var i = 0; i < n; i++)
            {
                var scores = emissions.Slice(i * T, T);
                for (var f = sentence.Starts[i]; f < sentence.Starts[i + 1]; f++)
                {
                    var row = weights.AsSpan(sentence.Features[f] * T, T);
                    for (var t = 0; t < T; t++)
                    {
                        scores[t] += row[t];
                    }
                }
            }

            var tags = _tags.AsSpan(0, n);
            ViterbiDecoder.Decode(emissions, transitions, _scores, _backpointers, tags);
            return _tags[..n];
        }
    }
}

/// <summary>The trained model, the epoch it comes from, its dev F1 (when a dev set was given) and the dev F1 per epoch.</summary>
internal sealed record TrainingResult(NerModel Model, int Epoch, double? DevF1, IReadOnlyList<double> DevHistory);
