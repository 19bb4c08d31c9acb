using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using DuckDB.NET.Data;

namespace SegmentAI.Skills.Warehouses;

/// <summary>
/// Content hash of a DuckDB warehouse: SHA-256 over every table of every schema (names, column names and types,
/// rows in ORDER BY ALL order). Two files with the same content hash equal whatever their on-disk layout.
/// </summary>
public static class WarehouseFingerprint
{
    /// <summary>Computes the lowercase hex SHA-256 fingerprint of the warehouse at <paramref name="duckDbPath"/>.</summary>
    /// <param name="duckDbPath">Path of an existing DuckDB file; opened read-only.</param>
    /// <param name="cancellationToken">Cancels between rows.</param>
    public static Task<string> ComputeAsync(string duckDbPath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(duckDbPath);
        return Task.Run(() => Compute(duckDbPath, cancellationToken), cancellationToken);
    }

    private static string Compute(string duckDbPath, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var connection = DuckDb.OpenReadOnly(duckDbPath);
        foreach (var (schema, table) in DuckDb.Tables(connection))
        {
            AppendText(hash, 'T', $"{schema}.{table}");
            foreach (var (name, type) in DuckDb.Columns(connection, schema, table))
            {
                AppendText(hash, 'C', $"{name}:{type}");
            }

            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {DuckDb.Quote(schema)}.{DuckDb.Quote(table)} ORDER BY ALL";
            using var reader = command.ExecuteReader();
            var rows = 0L;
            while (reader.Read())
            {
                if ((++rows & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                hash.AppendData("R"u8);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    AppendValue(hash, reader, i);
                }
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AppendValue(IncrementalHash hash, DuckDBDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            hash.AppendData("N"u8);
            return;
        }

        var text = reader.GetValue(ordinal) switch
        {
            string s => s,
            bool b => b ? "true" : "false",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            float f => f.ToString("R", CultureInfo.InvariantCulture),
            decimal m => m.ToString(CultureInfo.InvariantCulture),
            DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            TimeOnly t => t.ToString("HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
            BigInteger b => b.ToString(CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString() ?? string.Empty,
        };
        AppendText(hash, 'V', text);
    }

    /// <summary>Tag + length prefix keep adjacent values from running into each other ("ab","c" ≠ "a","bc").</summary>
    private static void AppendText(IncrementalHash hash, char tag, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Span<byte> header = stackalloc byte[5];
        header[0] = (byte)tag;
        BinaryPrimitives.WriteInt32LittleEndian(header[1..], bytes.Length);
        hash.AppendData(header);
        hash.AppendData(bytes);
    }
}
