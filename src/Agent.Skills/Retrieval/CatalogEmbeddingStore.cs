using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SegmentAI.Skills.Retrieval;

/// <summary>
/// Catalog embeddings on disk, one file per tenant, index fingerprint and model, so a restarted host indexes its
/// catalogs without running the model again. The fingerprint (<see cref="IndexFingerprint"/>, the same one the
/// facet-search cache uses) changes with any catalog text or the model, so a file is never read for another catalog;
/// each file also keeps the texts it embedded and is used only when they all match. Files are written to a temporary
/// name and renamed, so a reader (another host, a crash mid-write) sees a whole file or none. A missing, damaged or
/// unwritable file only costs an embedding run.
/// </summary>
public sealed partial class CatalogEmbeddingStore
{
    /// <summary>Folder name under the state directory used when none is configured.</summary>
    public const string DefaultFolderName = "catalog-embeddings";

    private const string Extension = ".vectors";

    // Bump when the layout below changes, so files written by older code are never read.
    private static readonly byte[] Magic = "SEGAI-CE-v1"u8.ToArray();

    private readonly ILogger _logger;

    /// <summary>Keeps files in <paramref name="directory"/> (created on first write).</summary>
    public CatalogEmbeddingStore(string directory, ILogger? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>The folder holding the files.</summary>
    public string Directory { get; }

    /// <summary>The file of <paramref name="tenantId"/>'s catalog with <paramref name="fingerprint"/>, embedded by <paramref name="modelId"/>.</summary>
    public string PathFor(string tenantId, string fingerprint, string modelId) =>
        Path.Combine(Directory, $"{Safe(tenantId)}.{Safe(fingerprint)}.{Safe(modelId)}{Extension}");

    /// <summary>
    /// The stored vectors of <paramref name="texts"/>, in order; null when there is no file, it cannot be read, or
    /// it holds other texts.
    /// </summary>
    public async Task<IReadOnlyList<ReadOnlyMemory<float>>?> ReadAsync(
        string tenantId,
        string fingerprint,
        string modelId,
        IReadOnlyList<string> texts,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var path = PathFor(tenantId, fingerprint, modelId);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            var vectors = Parse(bytes, modelId, texts);
            if (vectors is null)
            {
                LogStale(_logger, path);
            }

            return vectors;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            LogReadFailed(_logger, path, e);
            return null;
        }
    }

    /// <summary>Stores the vectors of <paramref name="texts"/>; a failure is logged, never thrown.</summary>
    public async Task WriteAsync(
        string tenantId,
        string fingerprint,
        string modelId,
        IReadOnlyList<string> texts,
        IReadOnlyList<ReadOnlyMemory<float>> vectors,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(vectors);
        if (texts.Count != vectors.Count)
        {
            throw new ArgumentException($"{vectors.Count} vectors for {texts.Count} texts", nameof(vectors));
        }

        var path = PathFor(tenantId, fingerprint, modelId);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            var bytes = Serialize(modelId, texts, vectors);
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await file.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
            LogWritten(_logger, texts.Count, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogWriteFailed(_logger, path, e);
            TryDelete(temporary);
        }
        catch (OperationCanceledException)
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static byte[] Serialize(string modelId, IReadOnlyList<string> texts, IReadOnlyList<ReadOnlyMemory<float>> vectors)
    {
        var dimensions = vectors.Count == 0 ? 0 : vectors[0].Length;
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(modelId);
            writer.Write(texts.Count);
            writer.Write(dimensions);
            for (var i = 0; i < texts.Count; i++)
            {
                if (vectors[i].Length != dimensions)
                {
                    throw new ArgumentException($"vector {i} has {vectors[i].Length} dimensions, not {dimensions}", nameof(vectors));
                }

                writer.Write(texts[i]);
                foreach (var x in vectors[i].Span)
                {
                    writer.Write(x);
                }
            }
        }

        return buffer.ToArray();
    }

    private static IReadOnlyList<ReadOnlyMemory<float>>? Parse(byte[] bytes, string modelId, IReadOnlyList<string> texts)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            {
                throw new InvalidDataException("not a catalog embeddings file");
            }

            var model = reader.ReadString();
            var count = reader.ReadInt32();
            var dimensions = reader.ReadInt32();
            if (!string.Equals(model, modelId, StringComparison.Ordinal) || count != texts.Count)
            {
                return null;
            }

            if (dimensions <= 0 || (long)count * dimensions * sizeof(float) > bytes.Length)
            {
                throw new InvalidDataException($"{count} vectors of {dimensions} dimensions do not fit in {bytes.Length} bytes");
            }

            var vectors = new ReadOnlyMemory<float>[count];
            for (var i = 0; i < count; i++)
            {
                if (!string.Equals(reader.ReadString(), texts[i], StringComparison.Ordinal))
                {
                    return null;
                }

                var vector = new float[dimensions];
                for (var d = 0; d < dimensions; d++)
                {
                    vector[d] = reader.ReadSingle();
                }

                vectors[i] = vector;
            }

            return vectors;
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("catalog embeddings file is truncated", e);
        }
    }

    private static string Safe(string part)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(part);
        return string.Concat(part.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A stray temporary file is harmless: readers only open the final name.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored {Count} catalog embeddings in {Path}")]
    private static partial void LogWritten(ILogger logger, int count, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalog embeddings in {Path} were made for other texts; the catalog is embedded again")]
    private static partial void LogStale(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catalog embeddings in {Path} could not be read; the catalog is embedded again")]
    private static partial void LogReadFailed(ILogger logger, string path, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catalog embeddings could not be stored in {Path}; the next start embeds the catalog again")]
    private static partial void LogWriteFailed(ILogger logger, string path, Exception exception);
}
