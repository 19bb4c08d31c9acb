using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Distributed;

namespace SegmentAI.Skills.Llm.Caching;

/// <summary>
/// A distributed cache kept as one file per key in a folder, for model responses that must survive the process
/// (repeatable eval runs). Entries never expire: determinism is the point, and the salt of
/// <see cref="LlmResponseCacheOptions"/> retires them. Writes go to a temporary file renamed into place, so a reader
/// never sees half a response and two writers of one key leave one whole file.
/// </summary>
internal sealed class FileResponseCache : IDistributedCache
{
    private readonly string _directory;

    /// <summary>Keeps entries in <paramref name="directory"/>, created when missing.</summary>
    public FileResponseCache(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        _directory = Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(_directory);
    }

    /// <inheritdoc />
    public byte[]? Get(string key) => File.Exists(PathOf(key)) ? File.ReadAllBytes(PathOf(key)) : null;

    /// <inheritdoc />
    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        var path = PathOf(key);
        try
        {
            return await File.ReadAllBytesAsync(path, token).ConfigureAwait(false);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public void Set(string key, byte[] value, DistributedCacheEntryOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        var temporary = TemporaryPathOf(key);
        File.WriteAllBytes(temporary, value);
        File.Move(temporary, PathOf(key), overwrite: true);
    }

    /// <inheritdoc />
    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        var temporary = TemporaryPathOf(key);
        await File.WriteAllBytesAsync(temporary, value, token).ConfigureAwait(false);
        File.Move(temporary, PathOf(key), overwrite: true);
    }

    /// <inheritdoc />
    public void Refresh(string key)
    {
        // Entries do not slide: there is nothing to refresh.
    }

    /// <inheritdoc />
    public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

    /// <inheritdoc />
    public void Remove(string key) => File.Delete(PathOf(key));

    /// <inheritdoc />
    public Task RemoveAsync(string key, CancellationToken token = default)
    {
        Remove(key);
        return Task.CompletedTask;
    }

    // Keys are hashed again so that any key is a safe, fixed-length file name.
    private string PathOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Path.Combine(_directory, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))) + ".json");
    }

    private string TemporaryPathOf(string key) => PathOf(key) + $".{Guid.NewGuid():N}.tmp";
}
