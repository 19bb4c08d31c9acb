using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Memory.Tests.EndToEnd;

/// <summary>
/// Seed example 3 across sessions and a host restart: week 1 the user says what "a lot" means; week 3 "high-value
/// fall shoppers" needs no question and cites the remembered preference; week 6 "our biggest spenders this quarter"
/// reuses it on the fiscal quarter. Run against each memory back end.
/// </summary>
public abstract class SeedExample3Contract(AcmeWarehouseFixture warehouse) : IClassFixture<AcmeWarehouseFixture>
{
    private static readonly DateOnly Week1 = new(2026, 11, 2);
    private static readonly DateOnly Week3 = new(2026, 11, 16);
    private static readonly DateOnly Week6 = new(2026, 12, 7);

    protected AcmeWarehouseFixture Warehouse => warehouse;

    /// <summary>Memory configuration (keys under <c>Memory:</c>) of the back end under test; the same for every start.</summary>
    protected abstract IReadOnlyDictionary<string, string?> MemoryConfiguration { get; }

    [Fact]
    public async Task A_threshold_learned_in_week_1_is_reused_in_weeks_3_and_6_after_a_restart()
    {
        var user = $"seed3-{Guid.NewGuid():N}@acme"[..22];
        ChatReply asked, answered;
        await using (var before = await AgentMemoryHost.StartAsync(MemoryConfiguration))
        {
            asked = await before.Engine.HandleAsync(Say("segment customers who spent a lot last holiday", $"{user}-w1", user, Week1));
            answered = await before.Engine.HandleAsync(Say("More than $200 in a single transaction", $"{user}-w1", user, Week1));
        }

        await using var after = await AgentMemoryHost.StartAsync(MemoryConfiguration);
        var week3 = await after.Engine.HandleAsync(Say("create a segment of high-value fall shoppers", $"{user}-w3", user, Week3));
        var week6 = await after.Engine.HandleAsync(Say("our biggest spenders this quarter", $"{user}-w6", user, Week6));

        Assert.Equal("high_value_threshold", asked.Clarification?.Slot);
        Assert.Equal(ReplyKind.Segment, answered.Kind);
        Assert.Equal(ReplyKind.Segment, week3.Kind);
        var fall = Assert.Single(week3.Segment!.Conditions, c => c.Facet == "single_order_total");
        Assert.Equal(["200"], fall.Values);
        Assert.Equal((new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 1)), (fall.Window!.Start, fall.Window.End));
        Assert.Contains(week3.Segment.Assumptions, a => a.Contains("what you told me before", StringComparison.Ordinal));
        Assert.Equal(ReplyKind.Segment, week6.Kind);
        var quarter = Assert.Single(week6.Segment!.Conditions, c => c.Facet == "single_order_total");
        Assert.Equal(["200"], quarter.Values);
        Assert.Equal(new DateOnly(2026, 11, 1), quarter.Window!.Start);
        Assert.Contains(week6.Segment.Assumptions, a => a.Contains("what you told me before", StringComparison.Ordinal));
    }

    private ChatRequest Say(string text, string session, string user, DateOnly asOf) =>
        new("acme-retail", user, session, text, "eval", TrustUnknownUsers: true, AsOf: asOf, Warehouse: warehouse.Warehouse);
}
