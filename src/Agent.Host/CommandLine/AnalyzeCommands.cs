using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SegmentAI.Skills.Behaviour;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Host.CommandLine;

/// <summary><c>analyze personas</c>: find a tenant's behavioural personas and write who is in which.</summary>
internal static class AnalyzeCommands
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static Command Build()
    {
        var analyze = new Command("analyze", "Analyse users' product behaviour.");
        var tenant = CommonOptions.Tenant();
        var asOf = new Option<string?>("--as-of") { Description = "Last day of the window is the day before this date (YYYY-MM-DD); defaults to the warehouse's as-of date." };
        var days = new Option<int>("--days") { Description = "Length of the window in days.", DefaultValueFactory = _ => 7 };
        var warehouse = CommonOptions.Warehouse();
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of text." };
        var assignments = new Option<string?>("--assignments") { Description = "Write user_id,persona for every analysed user to this CSV file." };
        var timings = new Option<bool>("--timings") { Description = "Print how long each phase of the analysis took to standard error." };
        var personas = new Command("personas", "Cluster users by behaviour into named personas with drop-off rates and stability.")
        {
            tenant, asOf, days, warehouse, json, assignments, timings,
        };
        personas.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async ct =>
        {
            var context = CommandContext.Discover();
            var target = context.Tenant(result.GetValue(tenant)!);
            var length = result.GetValue(days);
            if (length is < 1 or > 366)
            {
                throw new CommandFailedException($"--days must be between 1 and 366 (got {length})");
            }

            var store = Warehouse.For(target, context.Layout.Root, result.GetValue(warehouse));
            var end = CommandContext.ParseDate(result.GetValue(asOf), "--as-of")
                ?? (await WarehouseMetadata.ReadAsync(store, ct).ConfigureAwait(false))?.AsOf
                ?? DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
            PersonaAnalysis analysis;
            try
            {
                analysis = await BehaviourAnalysis.AnalyzeAsync(target, store, end.AddDays(-length), end, ct).ConfigureAwait(false);
            }
            catch (BehaviourAnalysisException ex)
            {
                throw new CommandFailedException(ex.Message);
            }

            if (result.GetValue(assignments) is { } file)
            {
                await WriteAssignmentsAsync(file, analysis, ct).ConfigureAwait(false);
            }

            Console.Out.Write(result.GetValue(json) ? JsonSerializer.Serialize(analysis, Json) + "\n" : Text(analysis));
            if (result.GetValue(timings))
            {
                // Standard error, so --json output stays one parseable object.
                await Console.Error.WriteAsync(Timings(analysis)).ConfigureAwait(false);
            }

            return 0;
        }, cancellationToken));
        analyze.Subcommands.Add(personas);
        return analyze;
    }

    private static async Task WriteAssignmentsAsync(string file, PersonaAnalysis analysis, CancellationToken cancellationToken)
    {
        var text = new StringBuilder("user_id,persona\n");
        foreach (var (user, persona) in analysis.Assignments.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(Csv(user)).Append(',').Append(Csv(persona)).Append('\n');
        }

        // Written beside the target and moved over it, so a reader never sees half a file.
        var temporary = file + ".tmp";
        await File.WriteAllTextAsync(temporary, text.ToString(), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, file, overwrite: true);
    }

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string Timings(PersonaAnalysis analysis)
    {
        var text = new StringBuilder();
        foreach (var phase in analysis.Phases)
        {
            text.Append(CultureInfo.InvariantCulture, $"{phase.Phase,-40} {phase.Elapsed.TotalSeconds,7:0.000} s\n");
        }

        return text.Append(CultureInfo.InvariantCulture, $"{"total",-40} {analysis.Phases.Sum(p => p.Elapsed.TotalSeconds),7:0.000} s\n").ToString();
    }

    private static string Text(PersonaAnalysis analysis)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{analysis.Personas.Count} personas among {analysis.Users:N0} users active from {analysis.Start:yyyy-MM-dd} to {analysis.End.AddDays(-1):yyyy-MM-dd}\n");
        text.Append(CultureInfo.InvariantCulture, $"stability {analysis.Stability:0.00} (mean adjusted Rand index of 10 reruns on 80 % subsamples){(analysis.Stable ? "" : " — below 0.80: these personas change from run to run; do not rely on them")}\n\n");
        foreach (var persona in analysis.Personas)
        {
            text.Append(CultureInfo.InvariantCulture, $"{persona.Name}: {persona.Users:N0} users ({persona.Share * 100:0} %), drop-off {persona.DropOffRate * 100:0} % (95 % CI {persona.DropOffLow * 100:0}–{persona.DropOffHigh * 100:0} %)\n");
            foreach (var trait in persona.Traits)
            {
                text.Append("  ").Append(trait).Append('\n');
            }

            foreach (var description in persona.Descriptions)
            {
                text.Append("  also ").Append(description).Append('\n');
            }
        }

        return text.Append('\n').Append(analysis.DropOffDefinition).Append('\n').ToString();
    }
}
