using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;
using SegmentAI.Skills.Warehouses.Importing;
using Spectre.Console;

namespace SegmentAI.Host.CommandLine;

/// <summary>
/// <c>data import</c>: load an event export (CSV or JSON lines) into a tenant's event table through its
/// <c>event_sources:</c> mapping; <c>data export</c>: write a warehouse table to such a file.
/// </summary>
internal static class DataImportCommands
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static Command Import()
    {
        var tenant = CommonOptions.Tenant();
        var file = new Option<string>("--file") { Description = "The event export to import: a CSV file with a header row, or JSON lines.", Required = true };
        var format = new Option<string>("--format") { Description = "auto (from the extension, else the first character), csv or jsonl.", DefaultValueFactory = _ => "auto" };
        var source = new Option<string?>("--source") { Description = "The event source (under event_sources: in tenant.yaml) whose mapping reads the file; the tenant's only one when omitted." };
        var warehouse = CommonOptions.Warehouse();
        var json = new Option<bool>("--json") { Description = "Print the report as one JSON object instead of text." };
        var import = new Command("import", "Import an event export into the tenant's event table: bad rows are reported by line, a file with too many is rejected whole, and the same file is imported once.")
        {
            tenant, file, format, source, warehouse, json,
        };
        import.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async ct =>
        {
            var context = CommandContext.Discover();
            var target = context.Tenant(result.GetValue(tenant)!);
            var path = Path.GetFullPath(result.GetValue(file)!);
            if (!File.Exists(path))
            {
                throw new CommandFailedException($"--file {result.GetValue(file)} does not exist");
            }

            var report = await Guarded(async () =>
            {
                var request = EventImportRequest.For(target, result.GetValue(source), ParseFormat(result.GetValue(format)), Path.GetFileName(path));
                var store = Warehouse.For(target, context.Layout.Root, result.GetValue(warehouse));
                return await ImportWithProgressAsync(store, request, path, ct).ConfigureAwait(false);
            }).ConfigureAwait(false);
            await Console.Out.WriteAsync(result.GetValue(json) ? JsonSerializer.Serialize(report, Json) + "\n" : Text(report, Path.GetFileName(path))).ConfigureAwait(false);
            return report.Outcome == EventImportOutcome.Rejected ? throw new CommandFailedException(report.Summary) : 0;
        }, cancellationToken));
        return import;
    }

    public static Command Export()
    {
        var tenant = CommonOptions.Tenant();
        var table = new Option<string>("--table") { Description = "The warehouse table to write, e.g. events.", Required = true };
        var format = new Option<string>("--format") { Description = "csv (with a header row) or jsonl (one JSON object per line).", Required = true };
        var output = new Option<string>("--out") { Description = "The file to write.", Required = true };
        var warehouse = CommonOptions.Warehouse();
        var export = new Command("export", "Write a table of the tenant's DuckDB warehouse to a CSV or JSON lines file, the shapes data import reads.")
        {
            tenant, table, format, output, warehouse,
        };
        export.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async ct =>
        {
            var context = CommandContext.Discover();
            var target = context.Tenant(result.GetValue(tenant)!);
            var store = Warehouse.For(target, context.Layout.Root, result.GetValue(warehouse));
            if (store.Dialect != Skills.Sql.SqlDialect.DuckDb)
            {
                throw new CommandFailedException($"tenant {target.Id} keeps its warehouse in PostgreSQL; data export writes DuckDB warehouses (pass --warehouse FILE.duckdb)");
            }

            var fileFormat = ParseFormat(result.GetValue(format));
            if (fileFormat == EventFileFormat.Auto)
            {
                throw new CommandFailedException("--format must be csv or jsonl");
            }

            var path = Path.GetFullPath(result.GetValue(output)!);
            var started = TimeProvider.System.GetTimestamp();
            var rows = await Guarded(() => EventFileExport.WriteAsync(store.Location, result.GetValue(table)!, fileFormat, path, ct)).ConfigureAwait(false);
            var elapsed = TimeProvider.System.GetElapsedTime(started);
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"wrote {path}: {rows:N0} rows of {result.GetValue(table)}, {new FileInfo(path).Length:N0} bytes, in {elapsed.TotalSeconds:0.0} s")).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return export;
    }

    private static EventFileFormat ParseFormat(string? text) =>
        text?.Trim().ToLowerInvariant() switch
        {
            null or "" or "auto" => EventFileFormat.Auto,
            "csv" => EventFileFormat.Csv,
            "jsonl" or "ndjson" or "json" => EventFileFormat.JsonLines,
            _ => throw new CommandFailedException($"--format '{text}' is not one of auto, csv, jsonl"),
        };

    private static async Task<T> Guarded<T>(Func<Task<T>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (EventImportException ex)
        {
            throw new CommandFailedException(ex.Message, ex);
        }
        catch (IOException ex)
        {
            throw new CommandFailedException(ex.Message, ex);
        }
    }

    private static async Task<EventImportReport> ImportWithProgressAsync(Warehouse store, EventImportRequest request, string path, CancellationToken cancellationToken)
    {
        var importer = new EventImporter(TimeProvider.System);
        if (Console.IsErrorRedirected || Console.IsOutputRedirected)
        {
            return await importer.ImportFileAsync(store, request, path, progress: null, cancellationToken).ConfigureAwait(false);
        }

        return await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progressContext =>
            {
                var task = progressContext.AddTask(Markup.Escape($"importing {Path.GetFileName(path)}"), maxValue: Math.Max(1, new FileInfo(path).Length));
                var progress = new InlineProgress(update => task.Value = Math.Min(update.BytesRead, task.MaxValue));
                return await importer.ImportFileAsync(store, request, path, progress, cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    private static string Text(EventImportReport report, string file)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{file}: {report.Summary}");
        if (report.Outcome == EventImportOutcome.AlreadyImported && report.RowsRead == 0)
        {
            // Recognised by its hash before any row was read: there is nothing more to say.
            text.AppendLine(CultureInfo.InvariantCulture, $"  content sha256 {report.ContentHash}");
            return text.ToString();
        }

        var format = report.Format == EventFileFormat.Csv ? "CSV" : "JSON lines";
        text.AppendLine(CultureInfo.InvariantCulture,
            $"  {format}, event source {report.Source}: {report.RowsRead:N0} rows read, {report.RowsImported:N0} imported, {report.BadRows:N0} bad ({report.BadRowShare:P2}; at most {report.MaxBadRowShare:P2} allowed), {report.Elapsed.TotalSeconds:0.0} s");
        text.AppendLine(CultureInfo.InvariantCulture, $"  content sha256 {report.ContentHash}");
        if (report.BadRowReasons.Count > 0)
        {
            text.AppendLine(report.BadRows > report.BadRowReasons.Count
                ? string.Create(CultureInfo.InvariantCulture, $"  bad rows (the first {report.BadRowReasons.Count:N0} of {report.BadRows:N0}):")
                : "  bad rows:");
            foreach (var reason in report.BadRowReasons)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    {reason}");
            }
        }

        return text.ToString();
    }

    // Progress<T> posts to the thread pool; the bar should move in order and at once, so report inline.
    private sealed class InlineProgress(Action<EventImportProgress> report) : IProgress<EventImportProgress>
    {
        public void Report(EventImportProgress value) => report(value);
    }
}
