using System.Data.Common;
using SegmentAI.Skills.Sql;

namespace SegmentAI.Skills.Warehouses;

/// <summary>Builds commands whose values are bound as positional parameters, never spliced into the text.</summary>
public static class SegmentCommand
{
    /// <summary>Creates a command for <paramref name="sql"/> with <paramref name="parameters"/> bound to $1, $2, ...</summary>
    public static DbCommand Create(DbConnection connection, string sql, IReadOnlyList<object> parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(parameters);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var value in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>Runs a compiled segment and returns every member key, in ascending order.</summary>
    public static async Task<IReadOnlyList<string>> MembersAsync(DbConnection connection, CompiledSegment segment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(segment);
        await using var command = Create(connection, $"SELECT m.{segment.KeyColumn} FROM (\n{segment.Sql}\n) AS m ORDER BY 1", segment.Parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var keys = new List<string>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            keys.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture) ?? "");
        }

        return keys;
    }
}
