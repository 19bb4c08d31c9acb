using System.CommandLine;
using System.Globalization;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;
using SegmentAI.Skills.Warehouses.Generation;
using Spectre.Console;

namespace SegmentAI.Host.CommandLine;

/// <summary><c>data generate</c>: build a tenant's demo warehouse (<c>data import</c> and <c>data export</c> are in <see cref="DataImportCommands"/>).</summary>
internal static class DataCommands
{
    public const ulong DefaultSeed = 42;

    public static Command Build()
    {
        var data = new Command("data", "Generate demo warehouses, import event exports and export warehouse tables.");
        var tenant = CommonOptions.Tenant();
        var size = new Option<int?>("--size") { Description = "Number of entities (customers, users, employees); the generator's default when omitted." };
        var seed = new Option<ulong>("--seed") { Description = "Random seed; the same arguments always give the same rows.", DefaultValueFactory = _ => DefaultSeed };
        var asOf = new Option<string?>("--as-of") { Description = "The warehouse holds events up to the day before this date (YYYY-MM-DD); today when omitted." };
        var days = new Option<int?>("--days") { Description = "Days of history before --as-of; the generator's default when omitted." };
        var output = new Option<string?>("--out") { Description = "DuckDB file to write; the tenant's configured warehouse file when omitted." };
        var generate = new Command("generate", "Write a deterministic demo warehouse for a tenant.") { tenant, size, seed, asOf, days, output };
        generate.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async ct =>
        {
            var context = CommandContext.Discover();
            var target = context.Tenant(result.GetValue(tenant)!);
            var generator = GeneratorFor(target);
            var options = new WarehouseGenerationOptions(
                OutputPath: OutputPath(context, target, result.GetValue(output)),
                Size: Positive(result.GetValue(size), "--size") ?? generator.DefaultSize,
                Seed: result.GetValue(seed),
                AsOf: CommandContext.ParseDate(result.GetValue(asOf), "--as-of") ?? DateOnly.FromDateTime(DateTime.Today),
                HistoryDays: Positive(result.GetValue(days), "--days") ?? generator.DefaultHistoryDays);
            var generated = await GenerateWithProgressAsync(generator, options, ct).ConfigureAwait(false);
            var rows = string.Join(", ", generated.RowCounts.Select(r => $"{r.Key} {r.Value.ToString("N0", CultureInfo.InvariantCulture)}"));
            Console.Out.WriteLine($"wrote {generated.OutputPath} in {generated.Elapsed.TotalSeconds:0.0} s (as of {options.AsOf:yyyy-MM-dd}, seed {options.Seed}): {rows}");
            return 0;
        }, cancellationToken));
        data.Subcommands.Add(generate);
        data.Subcommands.Add(DataImportCommands.Import());
        data.Subcommands.Add(DataImportCommands.Export());
        return data;
    }

    private static IWarehouseGenerator GeneratorFor(Tenant tenant)
    {
        var id = tenant.Config.Warehouse.Generator
            ?? throw new CommandFailedException($"tenant {tenant.Id} has no demo data generator (set warehouse.generator in its tenant.yaml to one of {string.Join(", ", WarehouseGenerators.Ids)})");
        try
        {
            return WarehouseGenerators.Get(id);
        }
        catch (ArgumentException ex)
        {
            throw new CommandFailedException(ex.Message, ex);
        }
    }

    private static string OutputPath(CommandContext context, Tenant tenant, string? requested)
    {
        if (requested is not null)
        {
            return Path.GetFullPath(requested);
        }

        return tenant.Config.Warehouse is { Provider: WarehouseProvider.DuckDb, Path: { } path }
            ? context.Layout.Resolve(path)
            : Path.Combine(context.Layout.Data, $"{tenant.Id}.duckdb");
    }

    private static int? Positive(int? value, string option) =>
        value is <= 0 ? throw new CommandFailedException($"{option} must be a positive whole number (got {value})") : value;

    private static async Task<WarehouseGenerationResult> GenerateWithProgressAsync(
        IWarehouseGenerator generator, WarehouseGenerationOptions options, CancellationToken cancellationToken)
    {
        try
        {
            if (Console.IsErrorRedirected || Console.IsOutputRedirected)
            {
                return await generator.GenerateAsync(options, progress: null, cancellationToken).ConfigureAwait(false);
            }

            return await AnsiConsole.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async progressContext =>
                {
                    var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                    var progress = new SynchronousProgress(update =>
                    {
                        if (!tasks.TryGetValue(update.Stage, out var task))
                        {
                            task = progressContext.AddTask(Markup.Escape(update.Stage), maxValue: Math.Max(1, update.Total));
                            tasks[update.Stage] = task;
                        }

                        task.MaxValue = Math.Max(1, update.Total);
                        task.Value = Math.Min(update.Done, task.MaxValue);
                    });
                    return await generator.GenerateAsync(options, progress, cancellationToken).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }
        catch (ArgumentException ex)
        {
            throw new CommandFailedException(ex.Message, ex);
        }
        catch (IOException ex)
        {
            throw new CommandFailedException($"cannot write {options.OutputPath}: {ex.Message}", ex);
        }
    }

    // Progress<T> posts to the thread pool; updates must reach the progress bars in order, so report inline.
    private sealed class SynchronousProgress(Action<GenerationProgress> report) : IProgress<GenerationProgress>
    {
        private readonly object _gate = new();

        public void Report(GenerationProgress value)
        {
            lock (_gate)
            {
                report(value);
            }
        }
    }
}
