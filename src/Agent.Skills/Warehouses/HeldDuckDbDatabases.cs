using System.Collections.Concurrent;
using DuckDB.NET.Data;

namespace SegmentAI.Skills.Warehouses;

/// <summary>
/// Keeps the database of each read-only DuckDB warehouse file open between connections. DuckDB.NET shares one
/// database instance among the open connections to a file and closes it with the last one, so without a held
/// connection every turn re-reads the file's catalog: about 40 ms per open on the demo warehouse, against about
/// 1 ms with the database held. A held database is let go when its file changes on disk (a regenerated warehouse
/// is renamed into place) and when more files are held than <see cref="MaxHeld"/>.
/// </summary>
internal static class HeldDuckDbDatabases
{
    /// <summary>Files held open at most; tenants of one host rarely have more warehouses than this.</summary>
    public const int MaxHeld = 16;

    private static readonly ConcurrentDictionary<string, HeldDatabase> Held = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    /// <summary>Makes sure the database of <paramref name="path"/> stays open; a failure to hold it only costs speed.</summary>
    public static void Hold(string path, string connectionString)
    {
        var file = new FileInfo(path);
        if (!file.Exists || (Held.TryGetValue(path, out var current) && current.Matches(file)))
        {
            return;
        }

        lock (Gate)
        {
            if (Held.TryGetValue(path, out current) && current.Matches(file))
            {
                return;
            }

            if (Held.Count >= MaxHeld)
            {
                foreach (var key in Held.Keys)
                {
                    Release(key);
                }
            }

            Release(path);
            var connection = new DuckDBConnection(connectionString);
            try
            {
                connection.Open();
            }
            catch (DuckDBException)
            {
                // The caller's own open reports the problem; holding is an optimisation.
                connection.Dispose();
                return;
            }

            Held[path] = new HeldDatabase(connection, file.LastWriteTimeUtc, file.Length);
        }
    }

    /// <summary>Closes the held database of <paramref name="path"/>, if any, so the file can be opened for writing.</summary>
    public static void LetGo(string path)
    {
        lock (Gate)
        {
            Release(path);
        }
    }

    private static void Release(string path)
    {
        if (Held.TryRemove(path, out var held))
        {
            held.Connection.Dispose();
        }
    }

    private sealed record HeldDatabase(DuckDBConnection Connection, DateTime LastWriteUtc, long Length)
    {
        public bool Matches(FileInfo file) => file.LastWriteTimeUtc == LastWriteUtc && file.Length == Length;
    }
}
