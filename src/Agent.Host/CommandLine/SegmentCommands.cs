using System.CommandLine;
using System.Text.Json;
using SegmentAI.Skills.Estimation;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sql;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Host.CommandLine;

/// <summary><c>segment estimate</c> and <c>segment sql</c>: run or compile a segment definition file.</summary>
internal static class SegmentCommands
{
    public static Command Build()
    {
        var segment = new Command("segment", "Compile segment definitions to SQL and estimate their size.");
        segment.Subcommands.Add(BuildEstimate());
        segment.Subcommands.Add(BuildSql());
        var schema = new Command("schema", "Print the JSON Schema of segment definitions (published as schemas/segment-definition.schema.json).");
        schema.SetAction(_ => Console.Out.Write(SegmentJson.Schema()));
        segment.Subcommands.Add(schema);
        return segment;
    }

    private static Command BuildEstimate()
    {
        var tenant = CommonOptions.Tenant();
        var file = CommonOptions.DefinitionFile();
        var asOf = CommonOptions.AsOf();
        var warehouse = CommonOptions.Warehouse();
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of text." };
        var command = new Command("estimate", "Count a segment on the tenant's warehouse: size, population, logic and display SQL.")
        {
            tenant, file, asOf, warehouse, json,
        };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async ct =>
        {
            var context = CommandContext.Discover();
            var target = context.Tenant(result.GetValue(tenant)!);
            var definition = ReadDefinition(result.GetValue(file)!);
            SegmentValidator.Validate(definition, target);
            var (compiled, store, date) = await context.Runner.PrepareAsync(
                definition, target, CommandContext.ParseDate(result.GetValue(asOf), "--as-of"), result.GetValue(warehouse), ct).ConfigureAwait(false);
            var estimate = await new SizeEstimator().EstimateAsync(compiled, target, store, cancellationToken: ct).ConfigureAwait(false);
            Console.Out.Write(result.GetValue(json) ? EstimateJson(compiled, estimate, target, date) : EstimateText(compiled, estimate, target, date));
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command BuildSql()
    {
        var tenant = CommonOptions.Tenant();
        var file = CommonOptions.DefinitionFile();
        var asOf = CommonOptions.AsOf();
        var dialect = new Option<SqlDialect>("--dialect") { Description = "duck_db or postgres.", DefaultValueFactory = _ => SqlDialect.DuckDb };
        var command = new Command("sql", "Print the display SQL of a segment without running it.") { tenant, file, asOf, dialect };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(ct =>
        {
            var context = CommandContext.Discover();
            var target = context.Tenant(result.GetValue(tenant)!);
            var definition = ReadDefinition(result.GetValue(file)!);
            var date = CommandContext.ParseDate(result.GetValue(asOf), "--as-of") ?? definition.AsOf ?? DateOnly.FromDateTime(DateTime.Today);
            var compiled = SegmentCompiler.Compile(definition, target, result.GetValue(dialect), date);
            Console.Out.WriteLine(compiled.DisplaySql + ";");
            return Task.FromResult(0);
        }, cancellationToken));
        return command;
    }

    private static SegmentDefinition ReadDefinition(string path)
    {
        if (!File.Exists(path))
        {
            throw new CommandFailedException($"definition file '{path}' does not exist");
        }

        return SegmentJson.Parse(File.ReadAllText(path));
    }

    private static string EstimateText(CompiledSegment compiled, SizeEstimate estimate, Tenant tenant, DateOnly asOf)
    {
        var noun = tenant.Config.Entity.Noun;
        var lines = new List<string>
        {
            $"Segment:     {compiled.Definition.Name ?? "(unnamed)"}  [{tenant.Id}, as of {asOf:yyyy-MM-dd}]",
            $"Who:         {compiled.Description}",
            $"Logic:       {compiled.Logic}",
            $"Size:        {estimate.Size:N0} of {estimate.Population:N0} {noun} ({estimate.Share * 100:0.0}%)",
        };
        if (estimate.LimitWarning is { } warning)
        {
            lines.Add($"Warning:     {warning}");
        }

        lines.AddRange(compiled.Assumptions.Select((a, i) => (i == 0 ? "Assumptions: " : "             ") + a));
        lines.Add($"Sample keys: {string.Join(", ", estimate.SampleKeys)}");
        lines.Add($"Elapsed:     {estimate.Elapsed.TotalMilliseconds:N0} ms");
        lines.Add("SQL:");
        lines.Add(compiled.DisplaySql + ";");
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }

    private static string EstimateJson(CompiledSegment compiled, SizeEstimate estimate, Tenant tenant, DateOnly asOf)
    {
        var payload = new
        {
            tenant = tenant.Id,
            as_of = asOf,
            name = compiled.Definition.Name,
            logic = compiled.Logic,
            description = compiled.Description,
            estimated_size = estimate.Size,
            total_population = estimate.Population,
            share = Math.Round(estimate.Share, 6),
            sample_keys = estimate.SampleKeys,
            assumptions = compiled.Assumptions,
            warning = estimate.LimitWarning,
            elapsed_ms = Math.Round(estimate.Elapsed.TotalMilliseconds, 1),
            sql = compiled.DisplaySql,
            definition = compiled.Definition,
        };
        return JsonSerializer.Serialize(payload, SegmentJson.Options) + Environment.NewLine;
    }
}
