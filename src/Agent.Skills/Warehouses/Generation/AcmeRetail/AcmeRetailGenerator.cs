using DuckDB.NET.Data;
using SegmentAI.Skills.Warehouses.Generation.Building;

namespace SegmentAI.Skills.Warehouses.Generation.AcmeRetail;

/// <summary>
/// Acme Retail, a US big-box retailer: customers with latent personas (truth.customer_persona), orders and
/// items over 14 departments with retail seasonality, returns, email campaigns and web browsing funnels.
/// </summary>
public sealed class AcmeRetailGenerator : IWarehouseGenerator
{
    /// <summary>Generator id of the Acme Retail tenant.</summary>
    public const string Id = "acme-retail";

    /// <summary>Written to _warehouse_info; bump when the same options would produce different rows.</summary>
    public const string GeneratorVersion = "acme-retail/2";

    private const int ChunkSize = 2_000;

    /// <inheritdoc />
    public string TenantId => Id;

    /// <inheritdoc />
    public int DefaultSize => 20_000;

    /// <inheritdoc />
    public int DefaultHistoryDays => 730;

    /// <inheritdoc />
    public Task<WarehouseGenerationResult> GenerateAsync(
        WarehouseGenerationOptions options,
        IProgress<GenerationProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        WarehouseBuild.RunAsync(Id, GeneratorVersion, options, (connection, ct) => WriteAsync(connection, options, progress, ct), cancellationToken);

    private static async Task WriteAsync(
        DuckDBConnection connection,
        WarehouseGenerationOptions options,
        IProgress<GenerationProgress>? progress,
        CancellationToken cancellationToken)
    {
        DuckDb.Execute(connection, AcmeSchema.Ddl);
        var campaigns = AcmeCampaigns.Build(options.HistoryStart, options.AsOf);
        using (var appender = connection.CreateAppender("email_campaigns"))
        {
            foreach (var c in campaigns)
            {
                appender.CreateRow().AppendValue(c.CampaignId).AppendValue(c.CampaignName).AppendValue(c.Theme).AppendValue(c.SendDate).EndRow();
            }
        }

        var calendar = new DayCalendar(options.HistoryStart, options.HistoryDays, AcmeSeasonality.OrderWeight);
        var synthesizer = new AcmeCustomerSynthesizer(options, calendar, campaigns);
        var chunkCount = (options.Size + ChunkSize - 1) / ChunkSize;
        var done = 0L;
        // The writer's appenders must be flushed (disposed) before the tables are reordered below.
        using (var writer = new AcmeChunkWriter(connection))
        {
            await ChunkPipeline.RunAsync(
                chunkCount,
                i => synthesizer.Generate(i * ChunkSize, Math.Min(ChunkSize, options.Size - i * ChunkSize)),
                chunk =>
                {
                    writer.Append(chunk);
                    done += chunk.Customers.Count;
                    progress?.Report(new GenerationProgress("customers", done, options.Size));
                },
                cancellationToken).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new GenerationProgress("ordering events by time", 0, 1));
        AcmeTimeClustering.Apply(connection);
        progress?.Report(new GenerationProgress("ordering events by time", 1, 1));
    }
}
