using DuckDB.NET.Data;

namespace SegmentAI.Skills.Warehouses.Importing;

/// <summary>Writes event rows with DuckDB's appender, which appends inside the connection's open transaction.</summary>
internal sealed class DuckDbEventWriter(DuckDBConnection connection, string table, IReadOnlyList<EventColumn> columns) : IEventTableWriter
{
    private readonly DuckDBAppender _appender = connection.CreateAppender(table);

    public ValueTask WriteAsync(object?[] row, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        var appending = _appender.CreateRow();
        for (var i = 0; i < row.Length; i++)
        {
            appending = row[i] switch
            {
                null => appending.AppendNullValue(),
                string text => appending.AppendValue(text),
                long whole => appending.AppendValue(whole),
                int whole => appending.AppendValue(whole),
                short whole => appending.AppendValue(whole),
                double number => appending.AppendValue(number),
                decimal number => appending.AppendValue(number),
                bool flag => appending.AppendValue(flag),
                DateTime time => appending.AppendValue(time),
                DateOnly date => appending.AppendValue(date),
                var other => throw new InvalidOperationException($"column {columns[i].Name} got a {other.GetType().Name}, which the appender does not take"),
            };
        }

        appending.EndRow();
        return ValueTask.CompletedTask;
    }

    public ValueTask CompleteAsync(CancellationToken cancellationToken = default)
    {
        _appender.Close();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        _appender.Dispose();
        return ValueTask.CompletedTask;
    }
}
